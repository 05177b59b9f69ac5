package main

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/node"
)

var (
	// serve's names before the API settings had one name everywhere (node's --api.*); scripts
	// that pass them keep working.
	serveAliases    = map[string]string{"api.addr": "addr", "api.max-lag": "max-lag", "api.request-timeout": "request-timeout"}
	serveAliasFlags = []cli.Flag{
		&cli.StringFlag{Name: "addr", Hidden: true, EnvVars: envVar("addr")},
		&cli.Uint64Flag{Name: "max-lag", Hidden: true, EnvVars: envVar("max-lag")},
		&cli.DurationFlag{Name: "request-timeout", Hidden: true, EnvVars: envVar("request-timeout")},
	}
)

// aliased is the name of the flag whose value counts for the setting name: its old name
// when only that was given.
func aliased(c *cli.Context, name string) string {
	if old := serveAliases[name]; old != "" && !c.IsSet(name) && c.IsSet(old) {
		return old
	}
	return name
}

var serveCommand = &cli.Command{
	Name:  "serve",
	Usage: "serve the index over a read-only HTTP API",
	Description: `Serves markets, positions, liquidations and alerts from the index database as JSON:
GET /v1/markets, /v1/positions, /v1/markets/{market}/positions/{borrower}, /v1/liquidations,
/v1/alerts, /v1/risk, /healthz and /metrics. Its database sessions are read-only, so --db may be a
streaming replica (a hot standby): /healthz then also reports how far its replay trails the
primary and fails past --api.max-replay-lag. SIGINT or SIGTERM stops it after the requests in
flight.`,
	Flags:  append([]cli.Flag{dbFlag, apiAddrFlag, serveRPCFlag, serveChainFlag, apiMaxLagFlag, apiMaxReplayLagFlag, apiRequestTimeoutFlag}, serveAliasFlags...),
	Action: runServe,
}

func runServe(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q: serve takes only flags (see 'ltvkeeper serve --help')", c.Args().First())
	}
	cfg, err := nodeConfig(c)
	if err != nil {
		return err
	}
	if cfg.HTTPAddr, cfg.API, err = apiConfig(c); err != nil {
		return err
	}
	cfg.NoIndexer, cfg.NoKeeper = true, true
	if id := c.Uint64(serveChainFlag.Name); id > math.MaxInt64 {
		return fmt.Errorf("%s %d: not a chain id (want a number such as 1 or 8453)", flagRef(c, serveChainFlag.Name), id)
	} else {
		cfg.API.ChainID = int64(id)
	}
	if cfg.Pool, err = connectServeDB(c.Context, flagRef(c, dbFlag.Name), cfg.DB); err != nil {
		return err
	}
	defer cfg.Pool.Close()
	schema, err := indexdb.HasSchema(c.Context, cfg.Pool)
	if err != nil {
		return fmt.Errorf("%s: %w", cfg.Ref(dbFlag.Name), err)
	}
	if !schema {
		return fmt.Errorf("%s: the database has no ltvkeeper schema: run 'ltvkeeper migrate' (or 'ltvkeeper index', which migrates) against it first", cfg.Ref(dbFlag.Name))
	}
	if id := cfg.API.ChainID; id != 0 {
		indexed, err := indexdb.IndexedChains(c.Context, cfg.Pool)
		if err != nil {
			return fmt.Errorf("%s: %w", cfg.Ref(dbFlag.Name), err)
		}
		if len(indexed) > 0 && !slices.Contains(indexed, id) {
			return fmt.Errorf("%s %d: the index at %s holds no chain %d (it holds chains %s): pass one of them, or point --db at an index of chain %d",
				flagRef(c, serveChainFlag.Name), id, cfg.Ref(dbFlag.Name), id, joinIDs(indexed), id)
		}
	}
	return node.Run(c.Context, cfg, slog.Default())
}

// connectServeDB connects like connectDB, with every session read-only: the API cannot
// write even through a statement outside its read-only transactions.
func connectServeDB(ctx context.Context, ref, dbURL string) (*pgxpool.Pool, error) {
	return connectDB(ctx, ref, dbURL, func(cfg *pgxpool.Config) {
		cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	})
}

// joinIDs lists chain ids for a message: "1, 8453".
func joinIDs(ids []int64) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(s, ", ")
}
