package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/xrash/smetrics"

	"github.com/ltvkeeper/ltvkeeper/internal/secret"
)

// flagRef is how the command's flag name got its value, as an error about the value should
// name it: "--name" when it is on the command line (or not set at all), else the environment
// variable that set it, such as LTVKEEPER_LIMIT. Every flag-validation error starts with it.
func flagRef(c *cli.Context, name string) string {
	if c == nil || c.Command == nil {
		return "--" + name
	}
	var flag cli.Flag
	for _, f := range c.Command.Flags {
		if slices.Contains(f.Names(), name) {
			flag = f
		}
	}
	env, ok := flag.(cli.DocGenerationFlag)
	if !ok || onCommandLine(c, flag.Names()) {
		return "--" + name
	}
	for _, e := range env.GetEnvVars() {
		if _, set := os.LookupEnv(e); set {
			return e
		}
	}
	return "--" + name
}

// onCommandLine reports whether one of names was given to c's command on its command line.
func onCommandLine(c *cli.Context, names []string) bool {
	lineage := c.Lineage()
	if len(lineage) < 2 {
		return false
	}
	// The parent's arguments are this command's name and everything after it, unparsed.
	for _, a := range lineage[1].Args().Tail() {
		if a == "--" {
			return false
		}
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && slices.Contains(names, name) {
			return true
		}
	}
	return false
}

// Flag errors as the flag package and urfave/cli word them.
var (
	badFlagValue = regexp.MustCompile(`^invalid value ("(?:[^"\\]|\\.)*") for flag -+(\S+): `)
	badEnvValue  = regexp.MustCompile(`^could not parse ("(?:[^"\\]|\\.)*") as \S+ value from environment variable "([^"]+)" for flag (\S+): `)
	unknownFlag  = regexp.MustCompile(`^flag provided but not defined: -+(\S+)$`)
	missingValue = regexp.MustCompile(`^flag needs an argument: -+(\S+)$`)
)

// usageError replaces urfave/cli's answer to flags it cannot parse (the flag package's
// "parse error" and the whole help on stdout, which corrupts --json output) with one error,
// printed once by main on stderr: the flag (or the variable that set it), the value and what
// it wants.
func usageError(c *cli.Context, err error, _ bool) error {
	name, help := "ltvkeeper", "ltvkeeper --help"
	var flags []cli.Flag
	if c.Command != nil && c.Command.Name != "" {
		name, help, flags = c.Command.FullName(), "ltvkeeper "+c.Command.FullName()+" --help", c.Command.Flags
	} else {
		flags = c.App.Flags
	}
	msg := err.Error()
	if m := badFlagValue.FindStringSubmatch(msg); m != nil {
		v, _ := strconv.Unquote(m[1])
		return fmt.Errorf("%s %q: want %s (see '%s')", flagRef(c, m[2]), v, flagWants(flags, m[2]), help)
	}
	if m := badEnvValue.FindStringSubmatch(msg); m != nil {
		v, _ := strconv.Unquote(m[1])
		return fmt.Errorf("%s %q: want %s for --%s (see '%s')", m[2], v, flagWants(flags, m[3]), m[3], help)
	}
	if m := unknownFlag.FindStringSubmatch(msg); m != nil {
		var names []string
		for _, f := range flags {
			names = append(names, f.Names()...)
		}
		hint := ""
		if s := nearest(m[1], names); s != "" {
			hint = fmt.Sprintf("did you mean --%s? ", s)
		}
		return fmt.Errorf("unknown flag --%s for %s (%ssee '%s')", m[1], name, hint, help)
	}
	if m := missingValue.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("--%s needs a value: want %s (see '%s')", m[1], flagWants(flags, m[1]), help)
	}
	return fmt.Errorf("%s: %w (see '%s')", name, err, help)
}

// flagWants is what the flag name takes, by its type, for usage errors.
func flagWants(flags []cli.Flag, name string) string {
	for _, f := range flags {
		if !slices.Contains(f.Names(), name) {
			continue
		}
		switch f.(type) {
		case *cli.IntFlag, *cli.Int64Flag:
			return "a whole number"
		case *cli.UintFlag, *cli.Uint64Flag:
			return "a whole number, 0 or more"
		case *cli.DurationFlag:
			return "a duration such as 10s or 1m30s"
		case *cli.BoolFlag:
			return "true or false"
		case *cli.Float64Flag:
			return "a number"
		}
	}
	return "a value (see the flag's help)"
}

// unknownCommand is the app's answer to a first argument that names no command: the nearest
// command's name when one is close.
func unknownCommand(c *cli.Context) error {
	if c.NArg() == 0 {
		return cli.ShowAppHelp(c)
	}
	name := c.Args().First()
	var names []string
	for _, cmd := range c.App.VisibleCommands() {
		names = append(names, cmd.Names()...)
	}
	return unknownCommandError(name, names)
}

func unknownCommandError(name string, names []string) error {
	if best := nearest(name, names); best != "" {
		return fmt.Errorf("unknown command %q: did you mean %q? (see 'ltvkeeper --help')", name, best)
	}
	return fmt.Errorf("unknown command %q (see 'ltvkeeper --help' for the commands)", name)
}

// unknownHelpTopic answers 'ltvkeeper help X' for an X that names no command as an unknown
// command is answered, instead of urfave/cli's "No help topic".
func unknownHelpTopic(c *cli.Context) error {
	args := c.Args().Slice()
	if len(args) < 2 || (args[0] != "help" && args[0] != "h") || c.App.Command(args[1]) != nil {
		return nil
	}
	var names []string
	for _, cmd := range c.App.VisibleCommands() {
		names = append(names, cmd.Names()...)
	}
	return unknownCommandError(args[1], names)
}

// nearest is the name among names closest to the mistyped s, or "" when none is close.
func nearest(s string, names []string) string {
	best, score := "", 0.7 // below this Jaro-Winkler similarity a name is no suggestion
	for _, n := range names {
		if d := smetrics.JaroWinkler(s, n, 0.7, 4); d > score {
			best, score = n, d
		}
	}
	return best
}

func newApp() *cli.App {
	return &cli.App{
		Name:                 "ltvkeeper",
		Usage:                "keep loans against Bitcoin on-chain safe: deploy, index and liquidate",
		Version:              fmt.Sprintf("%s (commit %s)", version, commit),
		Flags:                []cli.Flag{logLevelFlag, logFormatFlag},
		Before:               func(c *cli.Context) error { return errors.Join(setupLogging(c), unknownHelpTopic(c)) },
		Action:               unknownCommand,
		OnUsageError:         usageError,
		Commands:             withLogFlags([]*cli.Command{deployCommand, migrateCommand, indexCommand, keepCommand, nodeCommand, benchCommand, serveCommand, positionsCommand, positionCommand, simulateCommand, backtestCommand, adviseCommand, pricesCommand, devnetCommand, demoCommand, docsCommand}),
		EnableBashCompletion: true,
		// Errors are printed once, by main.
		ExitErrHandler: func(*cli.Context, error) {},
	}
}

// Where the logging settings in force are kept between the app's Before and a command's.
const (
	metaLogLevel  = "log.level"
	metaLogFormat = "log.format"
)

// setupLogging installs the slog default logger from --log.level and --log.format.
func setupLogging(c *cli.Context) error {
	return installLogger(c, c.String(logLevelFlag.Name), c.String(logFormatFlag.Name))
}

func installLogger(c *cli.Context, level, format string) error {
	logger, err := newLogger(c.App.ErrWriter, level, format)
	if err != nil {
		return err
	}
	if c.App.Metadata == nil {
		c.App.Metadata = map[string]any{}
	}
	c.App.Metadata[metaLogLevel], c.App.Metadata[metaLogFormat] = level, format
	slog.SetDefault(logger)
	return nil
}

// withLogFlags returns copies of cmds (and their subcommands) that also accept --log.level
// and --log.format after the command name, and answer unparsable flags with usageError: urfave/cli v2 has no flags inherited by
// commands, so each command gets its own copies, and its Before applies them over the
// global ones. The package's command values are left as they are.
func withLogFlags(cmds []*cli.Command) []*cli.Command {
	out := make([]*cli.Command, len(cmds))
	for i, cmd := range cmds {
		cp := *cmd
		cp.Flags = append(append([]cli.Flag{}, cmd.Flags...), commandLogFlag(logLevelFlag), commandLogFlag(logFormatFlag))
		cp.Subcommands = withLogFlags(cmd.Subcommands)
		cp.OnUsageError = usageError
		before := cmd.Before
		cp.Before = func(c *cli.Context) error {
			registerSecrets(c)
			if err := setupCommandLogging(c); err != nil {
				return err
			}
			if before != nil {
				return before(c)
			}
			return nil
		}
		out[i] = &cp
	}
	return out
}

// secretURLFlags name the node endpoints whose URLs may carry an API key.
var secretURLFlags = []string{rpcFlag.Name, wsFlag.Name, txPrivateRPCFlag.Name}

// registerSecrets registers the keys in the command's node endpoints, so that the app's
// output and logs mask them (secret.Writer), whatever error quotes the URL.
func registerSecrets(c *cli.Context) {
	for _, name := range secretURLFlags {
		if v := c.String(name); v != "" {
			secret.AddURL(v)
		}
	}
}

// commandLogFlag is a command's copy of a global logging flag. It has no default so that
// a value means it was given to this command (or by its environment variable).
func commandLogFlag(global *cli.StringFlag) *cli.StringFlag {
	return &cli.StringFlag{
		Name: global.Name, Category: catLogging, EnvVars: global.EnvVars,
		Usage: global.Usage + " (default: the global --" + global.Name + ", " + global.Value + ")",
	}
}

// setupCommandLogging reinstalls the logger when --log.level or --log.format was given
// after the command name; otherwise the settings from before it stay.
func setupCommandLogging(c *cli.Context) error {
	level, _ := c.App.Metadata[metaLogLevel].(string)
	format, _ := c.App.Metadata[metaLogFormat].(string)
	changed := false
	for _, f := range []struct {
		flag *cli.StringFlag
		into *string
	}{{logLevelFlag, &level}, {logFormatFlag, &format}} {
		// The environment variable is already in the global value, which may come from the
		// command line before the command name and so takes precedence over it.
		if v := c.String(f.flag.Name); v != "" && v != os.Getenv(f.flag.EnvVars[0]) {
			*f.into, changed = v, true
		}
	}
	if !changed {
		return nil
	}
	return installLogger(c, level, format)
}

func newLogger(w io.Writer, level, format string) (*slog.Logger, error) {
	if w == nil {
		w = os.Stderr
	}
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("--log.level %q: want debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lvl}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	default:
		return nil, fmt.Errorf("--log.format %q: want text or json", format)
	}
}
