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
		Commands:             []*cli.Command{deployCommand, migrateCommand, indexCommand, keepCommand, nodeCommand, benchCommand, serveCommand, positionsCommand, positionCommand, simulateCommand, backtestCommand, devnetCommand, demoCommand},
		EnableBashCompletion: true,
		// Errors are printed once, by main.
		ExitErrHandler: func(*cli.Context, error) {},
	}
}

// setupLogging installs the slog default logger from --log.level and --log.format.
func setupLogging(c *cli.Context) error {
	logger, err := newLogger(c.App.ErrWriter, c.String(logLevelFlag.Name), c.String(logFormatFlag.Name))
	if err != nil {
		return err
	}
	slog.SetDefault(logger)
	return nil
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
