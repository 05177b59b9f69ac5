package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/api"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/node"
)

var (
	noKeeperFlag = &cli.BoolFlag{
		Name: "no-keeper", Category: catKeeper, EnvVars: envVar("no-keeper"),
		Usage: "run a read-only node: index and serve, never send (no key needed)",
	}
	apiAddrFlag = &cli.StringFlag{
		Name: "api.addr", Value: "127.0.0.1:8080", Category: catAPI, EnvVars: envVar("api.addr"),
		Usage: "address to serve the HTTP API and /metrics on (empty: none)",
	}
	apiMaxLagFlag = &cli.Uint64Flag{
		Name: "api.max-lag", Value: defaultMaxLag, Category: catAPI, EnvVars: envVar("api.max-lag"),
		Usage: "blocks the index may trail the chain head before /healthz answers 503",
	}
	apiRequestTimeoutFlag = &cli.DurationFlag{
		Name: "api.request-timeout", Value: api.DefaultRequestTimeout, Category: catAPI, EnvVars: envVar("api.request-timeout"),
		Usage: "longest an API request may take, its database work included",
	}
	// The node's own copies of shared flags, with help that fits the node.
	nodeDeploymentFlag = &cli.StringFlag{
		Name: deploymentFlag.Name, Category: catIndexer, EnvVars: deploymentFlag.EnvVars, TakesFile: true,
		Usage: "deployment file written by 'ltvkeeper deploy': the chain, the factory, its start block and the markets to keep (required)",
	}
	nodeKeyFileFlag = &cli.StringFlag{
		Name: privateKeyFileFlag.Name, Category: catChain, EnvVars: privateKeyFileFlag.EnvVars, TakesFile: true,
		Usage: "file holding the keeper's hex private key (or set LTVKEEPER_PRIVATE_KEY to the key itself; not needed with --no-keeper)",
	}
)

var nodeCommand = &cli.Command{
	Name:  "node",
	Usage: "run the indexer, the keeper and the HTTP API in one process",
	Description: `One process with one lifecycle: migrations, then the indexer, the keeper and the API,
sharing one database pool and one RPC client. The keeper starts once the indexer has indexed
the deployment's markets. SIGINT or SIGTERM stops it cleanly.`,
	Flags: []cli.Flag{
		rpcFlag, wsFlag, dbFlag, nodeDeploymentFlag, nodeKeyFileFlag, keystoreFlag, passwordFileFlag, noKeeperFlag,
		apiAddrFlag, apiMaxLagFlag, apiRequestTimeoutFlag,
		confirmationsFlag, concurrencyFlag, rangeSizeFlag,
		dryRunFlag, minProfitFlag, ethPriceFlag, webhookFlag, hysteresisFlag, resubmitFlag, maxFeeFlag, txConfirmationsFlag,
	},
	Action: runNode,
}

func runNode(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q: node takes only flags (see 'ltvkeeper node --help')", c.Args().First())
	}
	if c.String(nodeDeploymentFlag.Name) == "" {
		return errors.New("--deployment is required: the deployment file written by 'ltvkeeper deploy'")
	}
	icfg, err := indexerConfig(c)
	if err != nil {
		return err
	}
	kcfg, err := keeperConfig(c)
	if err != nil {
		return err
	}
	addr := c.String(apiAddrFlag.Name)
	if addr != "" {
		if _, _, err := net.SplitHostPort(addr); err != nil {
			return fmt.Errorf("%s %q: want HOST:PORT, such as 127.0.0.1:8080 (or empty for no API)", flagRef(c, "api.addr"), addr)
		}
	}
	timeout := c.Duration(apiRequestTimeoutFlag.Name)
	if timeout <= 0 {
		return fmt.Errorf("%s %s: want a positive duration, such as 10s", flagRef(c, "api.request-timeout"), timeout)
	}
	opts := api.Options{ChainID: int64(kcfg.Deployment.ChainID), MaxLag: c.Uint64(apiMaxLagFlag.Name), RequestTimeout: timeout, Logger: slog.Default()}
	cfg := node.Config{
		RPC: c.String(rpcFlag.Name), WS: c.String(wsFlag.Name), DB: c.String(dbFlag.Name), Deployment: kcfg.Deployment,
		NoKeeper: c.Bool(noKeeperFlag.Name), APIAddr: addr, APIRequestTimeout: timeout, Indexer: icfg, Keeper: kcfg,
		API: func(db *pgxpool.Pool, head func(context.Context) (uint64, error), reg *prometheus.Registry) http.Handler {
			o := opts
			o.Head, o.Registry = head, reg
			return api.New(db, o)
		},
	}
	if !cfg.NoKeeper {
		if cfg.Key, err = loadKey(c); errors.Is(err, chain.ErrNoKey) {
			return fmt.Errorf("%w; or pass --no-keeper for a read-only node that indexes and serves but never sends", err)
		} else if err != nil {
			return err
		}
	}
	// Reachability is checked up front so that a wrong URL fails with one clear message.
	dialCtx, cancel := context.WithTimeout(c.Context, dialTimeout)
	client, chainID, err := chain.Dial(dialCtx, flagRef(c, rpcFlag.Name), cfg.RPC)
	cancel()
	if err != nil {
		return err
	}
	client.Close()
	if err := checkChain(flagRef(c, rpcFlag.Name)+" "+cfg.RPC, chainID, "--deployment "+c.String(nodeDeploymentFlag.Name), "use a deployment on chain "+chainID.String(), int64(kcfg.Deployment.ChainID)); err != nil {
		return err
	}
	// The node's pool is connectDB's: pinged, with statement and idle-in-transaction timeouts.
	if cfg.Pool, err = connectDB(c.Context, flagRef(c, dbFlag.Name), cfg.DB); err != nil {
		return err
	}
	defer cfg.Pool.Close()
	if opts.HealthDB, err = indexdb.HealthPool(c.Context, cfg.Pool); err != nil {
		return fmt.Errorf("%s %s: %w", flagRef(c, dbFlag.Name), redactDB(cfg.DB), err)
	}
	defer opts.HealthDB.Close()
	return node.Run(c.Context, cfg, slog.Default())
}

// checkChain refuses the node (its flag or environment variable and URL) whose chain id, got, is none of the chains want that
// other (the deployment, or the index) is on; fix is the other way out than pointing --rpc
// elsewhere. No chains to want (an empty index) is no check.
func checkChain(node string, got *big.Int, other, fix string, want ...int64) error {
	if len(want) == 0 || slices.Contains(want, got.Int64()) {
		return nil
	}
	ids := make([]string, len(want))
	for i, id := range want {
		ids[i] = fmt.Sprint(id)
	}
	chains := strings.Join(ids, ", ")
	return fmt.Errorf("%s serves chain %s but %s is on chain %s: point --rpc at a node of chain %s, or %s",
		node, got, other, chains, chains, fix)
}
