package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/api"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/node"
)

const catAPI = "API"

// defaultMaxLag is how many blocks the index may trail the head before /healthz fails.
const defaultMaxLag = 30

// dialTimeout bounds serve's first call to the node (a variable for tests).
var dialTimeout = 10 * time.Second

var (
	serveRPCFlag = &cli.StringFlag{
		Name: "rpc", Category: catChain, EnvVars: envVar("rpc"),
		Usage: "JSON-RPC URL of the Ethereum node: /healthz compares the index with its head, and its chain is the one served (empty: /healthz checks only the database)",
	}
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
/v1/alerts, /healthz and /metrics. Its database sessions are read-only. SIGINT or SIGTERM
stops it after the requests in flight.`,
	Flags:  append([]cli.Flag{dbFlag, apiAddrFlag, serveRPCFlag, apiMaxLagFlag, apiRequestTimeoutFlag}, serveAliasFlags...),
	Action: runServe,
}

func runServe(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q: serve takes only flags (see 'ltvkeeper serve --help')", c.Args().First())
	}
	addrName, lagName, timeoutName := aliased(c, apiAddrFlag.Name), aliased(c, apiMaxLagFlag.Name), aliased(c, apiRequestTimeoutFlag.Name)
	addr := c.String(addrName)
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return fmt.Errorf("%s %q: want HOST:PORT, such as 127.0.0.1:8080", flagRef(c, addrName), addr)
	}
	timeout := c.Duration(timeoutName)
	if timeout <= 0 {
		return fmt.Errorf("%s %s: want a positive duration, such as 10s", flagRef(c, timeoutName), timeout)
	}
	rpcURL := c.String(serveRPCFlag.Name)
	if c.IsSet(lagName) && rpcURL == "" {
		return fmt.Errorf("%s needs --rpc: without a node there is no chain head to measure the lag against", flagRef(c, lagName))
	}
	opts := api.Options{MaxLag: c.Uint64(lagName), RequestTimeout: timeout, Logger: slog.Default()}

	pool, err := connectServeDB(c.Context, flagRef(c, dbFlag.Name), c.String(dbFlag.Name))
	if err != nil {
		return err
	}
	defer pool.Close()
	if opts.HealthDB, err = indexdb.HealthPool(c.Context, pool); err != nil {
		return fmt.Errorf("%s %s: %w", flagRef(c, dbFlag.Name), redactDB(c.String(dbFlag.Name)), err)
	}
	defer opts.HealthDB.Close()
	var schema bool
	if err := pool.QueryRow(c.Context, `SELECT to_regclass('positions_live') IS NOT NULL`).Scan(&schema); err != nil {
		return fmt.Errorf("%s %s: %w", flagRef(c, dbFlag.Name), redactDB(c.String(dbFlag.Name)), err)
	}
	if !schema {
		return fmt.Errorf("%s %s: the database has no ltvkeeper schema: run 'ltvkeeper migrate' (or 'ltvkeeper index', which migrates) against it first", flagRef(c, dbFlag.Name), redactDB(c.String(dbFlag.Name)))
	}
	if rpcURL != "" {
		// A node that accepts connections but never answers must not hang the start.
		dialCtx, cancel := context.WithTimeout(c.Context, dialTimeout)
		client, chainID, err := chain.Dial(dialCtx, flagRef(c, serveRPCFlag.Name), rpcURL)
		cancel()
		if err != nil {
			return err
		}
		defer client.Close()
		// A node of another chain would serve empty lists and a /healthz of "nothing indexed".
		indexed, err := indexdb.IndexedChains(c.Context, pool)
		if err != nil {
			return fmt.Errorf("%s %s: %w", flagRef(c, dbFlag.Name), redactDB(c.String(dbFlag.Name)), err)
		}
		if err := checkChain(flagRef(c, serveRPCFlag.Name)+" "+rpcURL, chainID, "the index at --db "+redactDB(c.String(dbFlag.Name)), "point --db at an index of chain "+chainID.String(), indexed...); err != nil {
			return err
		}
		opts.ChainID = chainID.Int64()
		opts.Head = client.BlockNumber
	}
	opts.Registry = node.NewRegistry()

	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("%s %s: %w", flagRef(c, addrName), addr, err)
	}
	srv := &http.Server{
		Handler:           api.New(pool, opts),
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      timeout + 5*time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(l) }()
	slog.Info("serving the API", "addr", l.Addr().String(), "db", redactDB(c.String(dbFlag.Name)), "rpc", rpcURL)
	select {
	case err := <-served:
		return fmt.Errorf("%s %s: %w", flagRef(c, addrName), addr, err)
	case <-c.Context.Done():
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(c.Context), timeout+5*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		return fmt.Errorf("stop the API: %w", err)
	}
	slog.Info("API stopped")
	return nil
}

// connectServeDB connects like connectDB, with every session read-only: the API cannot
// write even through a statement outside its read-only transactions.
func connectServeDB(ctx context.Context, ref, dbURL string) (*pgxpool.Pool, error) {
	return connectDB(ctx, ref, dbURL, func(cfg *pgxpool.Config) {
		cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	})
}
