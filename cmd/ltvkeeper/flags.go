package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
)

// Flag categories, as `ltvkeeper COMMAND --help` groups them.
const (
	catChain    = "CHAIN"
	catDatabase = "DATABASE"
	catIndexer  = "INDEXER"
	catKeeper   = "KEEPER"
	catMorpho   = "MORPHO"
	catAPI      = "API"
	catMetrics  = "METRICS"
	catDeploy   = "DEPLOYMENT"
	catDev      = "DEVELOPMENT"
	catLogging  = "LOGGING"
	catBench    = "BENCHMARK"
	catFetch    = "FETCH"
	catFilter   = "FILTERS"
	catOutput   = "OUTPUT"

	// simulate, backtest and advise
	catScenarioLoan     = "LOAN"
	catScenarioStrategy = "STRATEGY"
	catScenarioMoves    = "PRICES"
)

// envVar is the environment variable that sets a flag: --log.level is LTVKEEPER_LOG_LEVEL.
func envVar(flag string) []string {
	return []string{"LTVKEEPER_" + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(flag))}
}

// The flag constructors give every flag its name, default, category and help, and the
// environment variable of its name (envVar); a zero value is no default.

func stringFlag(name, value, category, usage string) *cli.StringFlag {
	return &cli.StringFlag{Name: name, Value: value, Category: category, EnvVars: envVar(name), Usage: usage}
}

// fileFlag is a stringFlag whose value is a path, which shells complete as one.
func fileFlag(name, value, category, usage string) *cli.StringFlag {
	f := stringFlag(name, value, category, usage)
	f.TakesFile = true
	return f
}

func boolFlag(name, category, usage string) *cli.BoolFlag {
	return &cli.BoolFlag{Name: name, Category: category, EnvVars: envVar(name), Usage: usage}
}

func intFlag(name string, value int, category, usage string) *cli.IntFlag {
	return &cli.IntFlag{Name: name, Value: value, Category: category, EnvVars: envVar(name), Usage: usage}
}

func int64Flag(name string, value int64, category, usage string) *cli.Int64Flag {
	return &cli.Int64Flag{Name: name, Value: value, Category: category, EnvVars: envVar(name), Usage: usage}
}

func uintFlag(name string, value uint, category, usage string) *cli.UintFlag {
	return &cli.UintFlag{Name: name, Value: value, Category: category, EnvVars: envVar(name), Usage: usage}
}

func uint64Flag(name string, value uint64, category, usage string) *cli.Uint64Flag {
	return &cli.Uint64Flag{Name: name, Value: value, Category: category, EnvVars: envVar(name), Usage: usage}
}

func durationFlag(name string, value time.Duration, category, usage string) *cli.DurationFlag {
	return &cli.DurationFlag{Name: name, Value: value, Category: category, EnvVars: envVar(name), Usage: usage}
}

func stringSliceFlag(name string, value []string, category, usage string) *cli.StringSliceFlag {
	f := &cli.StringSliceFlag{Name: name, Category: category, EnvVars: envVar(name), Usage: usage}
	if len(value) > 0 {
		f.Value = cli.NewStringSlice(value...)
	}
	return f
}

// scoped gives f the environment variable of SCOPE.NAME instead of NAME, for a subcommand's
// flag whose name alone would read another command's variable: bench's --out reads
// LTVKEEPER_BENCH_OUT, not deploy's LTVKEEPER_OUT.
func scoped[F cli.Flag](scope string, f F) F {
	env := envVar(scope + "." + f.Names()[0])
	switch f := any(f).(type) {
	case *cli.StringFlag:
		f.EnvVars = env
	case *cli.StringSliceFlag:
		f.EnvVars = env
	case *cli.IntFlag:
		f.EnvVars = env
	case *cli.Uint64Flag:
		f.EnvVars = env
	default:
		panic(fmt.Sprintf("scoped: no environment variable for a %T", f))
	}
	return f
}
