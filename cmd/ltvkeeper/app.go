package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/urfave/cli/v2"
)

// Flag categories, as `ltvkeeper COMMAND --help` groups them.
const (
	catChain   = "CHAIN"
	catDeploy  = "DEPLOYMENT"
	catDev     = "DEVELOPMENT"
	catLogging = "LOGGING"
	catMetrics = "METRICS"
	catBench   = "BENCHMARK"
)

// envVar is the environment variable that sets a flag: --log.level is LTVKEEPER_LOG_LEVEL.
func envVar(flag string) []string {
	return []string{"LTVKEEPER_" + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(flag))}
}

var (
	logLevelFlag = &cli.StringFlag{
		Name: "log.level", Value: "info", Category: catLogging, EnvVars: envVar("log.level"),
		Usage: "log level: debug, info, warn or error",
	}
	logFormatFlag = &cli.StringFlag{
		Name: "log.format", Value: "text", Category: catLogging, EnvVars: envVar("log.format"),
		Usage: "log format: text or json",
	}
)

func newApp() *cli.App {
	return &cli.App{
		Name:                 "ltvkeeper",
		Usage:                "keep loans against Bitcoin on-chain safe: deploy, index and liquidate",
		Version:              fmt.Sprintf("%s (commit %s)", version, commit),
		Flags:                []cli.Flag{logLevelFlag, logFormatFlag},
		Before:               setupLogging,
		Commands:             withLogFlags([]*cli.Command{deployCommand, migrateCommand, indexCommand, keepCommand, nodeCommand, benchCommand, serveCommand, positionsCommand, positionCommand, simulateCommand, backtestCommand, devnetCommand, demoCommand, docsCommand}),
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
// and --log.format after the command name: urfave/cli v2 has no flags inherited by
// commands, so each command gets its own copies, and its Before applies them over the
// global ones. The package's command values are left as they are.
func withLogFlags(cmds []*cli.Command) []*cli.Command {
	out := make([]*cli.Command, len(cmds))
	for i, cmd := range cmds {
		cp := *cmd
		cp.Flags = append(append([]cli.Flag{}, cmd.Flags...), commandLogFlag(logLevelFlag), commandLogFlag(logFormatFlag))
		cp.Subcommands = withLogFlags(cmd.Subcommands)
		before := cmd.Before
		cp.Before = func(c *cli.Context) error {
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
