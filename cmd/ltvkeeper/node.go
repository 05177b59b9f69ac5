package main

import (
	"errors"
	"log/slog"

	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/node"
)

var (
	noKeeperFlag = &cli.BoolFlag{
		Name: "no-keeper", Category: catKeeper, EnvVars: envVar("no-keeper"),
		Usage: "run a read-only node: index and serve, never send (no key needed)",
	}
	apiAddrFlag = &cli.StringFlag{
		Name: "api.addr", Value: "127.0.0.1:8080", Category: catLogging, EnvVars: envVar("api.addr"),
		Usage: "address to serve the HTTP API and /metrics on (empty: none)",
	}
)

var nodeCommand = &cli.Command{
	Name:  "node",
	Usage: "run the indexer, the keeper and the HTTP API in one process",
	Description: `One process with one lifecycle: migrations, then the indexer, the keeper and the API,
sharing one database pool and one RPC client. SIGINT or SIGTERM stops it cleanly.`,
	Flags: []cli.Flag{
		rpcFlag, dbFlag, deploymentFlag, privateKeyFileFlag, keystoreFlag, passwordFileFlag, noKeeperFlag, apiAddrFlag,
		confirmationsFlag, concurrencyFlag, rangeSizeFlag,
		dryRunFlag, minProfitFlag, ethPriceFlag, webhookFlag, hysteresisFlag, resubmitFlag, maxFeeFlag,
	},
	Action: runNode,
}

func runNode(c *cli.Context) error {
	if c.String(deploymentFlag.Name) == "" {
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
	cfg := node.Config{
		RPC: c.String(rpcFlag.Name), DB: c.String(dbFlag.Name), Deployment: kcfg.Deployment,
		NoKeeper: c.Bool(noKeeperFlag.Name), APIAddr: c.String(apiAddrFlag.Name), Indexer: icfg, Keeper: kcfg,
		API: apiHandler,
	}
	if !cfg.NoKeeper {
		if cfg.Key, err = loadKey(c); err != nil {
			return err
		}
	}
	// Reachability is checked up front so that a wrong URL fails with one clear message.
	pool, err := connectDB(c.Context, cfg.DB)
	if err != nil {
		return err
	}
	pool.Close()
	client, _, err := chain.Dial(c.Context, cfg.RPC)
	if err != nil {
		return err
	}
	client.Close()
	return node.Run(c.Context, cfg, slog.Default())
}
