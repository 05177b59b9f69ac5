package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/api"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/node"
)

// dialTimeout bounds a process's first call to the RPC node (a variable for tests).
var dialTimeout = 10 * time.Second

var nodeCommand = &cli.Command{
	Name:  "node",
	Usage: "run the indexer, the keeper and the HTTP API in one process",
	Description: `One process with one lifecycle: migrations, then the indexer, the keeper and the API,
sharing one database pool and one RPC client. The keeper starts once the indexer has indexed
the deployment's markets. SIGINT or SIGTERM stops it cleanly.`,
	Flags: slices.Concat([]cli.Flag{
		rpcFlag, wsFlag, dbFlag, nodeDeploymentFlag, nodeKeyFileFlag, keystoreFlag, passwordFileFlag, noKeeperFlag,
		apiAddrFlag, apiMaxLagFlag, apiMaxReplayLagFlag, apiRequestTimeoutFlag,
		confirmationsFlag, concurrencyFlag, rangeSizeFlag, deferIndexesFlag,
	}, keeperFlags, morphoFlags, morphoKeeperFlags),
	Action: runNode,
}

func runNode(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q: node takes only flags (see 'ltvkeeper node --help')", c.Args().First())
	}
	if c.String(nodeDeploymentFlag.Name) == "" {
		return errors.New("--deployment is required: the deployment file written by 'ltvkeeper deploy'")
	}
	cfg, err := nodeConfig(c)
	if err != nil {
		return err
	}
	if cfg.Indexer, err = indexerConfig(c); err != nil {
		return err
	}
	if err := setKeeper(c, &cfg); err != nil {
		return err
	}
	needStart, err := setMorpho(c, &cfg)
	if err != nil {
		return err
	}
	cfg.NoKeeper = c.Bool(noKeeperFlag.Name)
	if c.String(apiAddrFlag.Name) != "" {
		if cfg.HTTPAddr, cfg.API, err = apiConfig(c); err != nil {
			return err
		}
	}
	if !cfg.NoKeeper {
		if cfg.Key, err = loadKey(c); errors.Is(err, chain.ErrNoKey) {
			return fmt.Errorf("%w; or pass --no-keeper for a read-only node that indexes and serves but never sends", err)
		} else if err != nil {
			return err
		}
	}
	return runNodeOn(c, cfg, needStart)
}

// runNodeOn runs the node of cfg, a preset's, until c's context ends: on connectDB's pool
// (pinged, with statement and idle-in-transaction timeouts), once the deployment blocks no
// flag or file gave are found on the chain: the factory's (--factory without --start-block)
// and, with needMorphoStart, the Morpho contract's.
func runNodeOn(c *cli.Context, cfg node.Config, needMorphoStart bool) (err error) {
	if cfg.Pool, err = connectDB(c.Context, flagRef(c, dbFlag.Name), cfg.DB); err != nil {
		return err
	}
	defer cfg.Pool.Close()
	if c.IsSet(factoryFlag.Name) && !c.IsSet(startBlockFlag.Name) {
		if cfg.Indexer.StartBlock, err = findStartBlock(c.Context, cfg); err != nil {
			return err
		}
	}
	if needMorphoStart {
		if err := findMorphoStart(c, &cfg); err != nil {
			return err
		}
	}
	return node.Run(c.Context, cfg, slog.Default())
}

// nodeConfig reads what every preset of the node reads alike: the node's URLs and the
// database, and how errors name their flags.
func nodeConfig(c *cli.Context) (node.Config, error) {
	cfg := node.Config{
		RPC: c.String(rpcFlag.Name), WS: c.String(wsFlag.Name), DB: c.String(dbFlag.Name), DialTimeout: dialTimeout,
		Ref: func(flag string) string {
			name := aliased(c, flag)
			value := c.String(name)
			if name == dbFlag.Name {
				value = redactDB(value)
			}
			return flagRef(c, name) + " " + value
		},
	}
	if ws := cfg.WS; ws != "" && !strings.HasPrefix(ws, "ws://") && !strings.HasPrefix(ws, "wss://") {
		return cfg, fmt.Errorf("%s %q: want a WebSocket URL such as ws://127.0.0.1:8545", flagRef(c, "ws"), ws)
	}
	return cfg, nil
}

// apiConfig reads the API's flags, under serve's old names too: where to serve it and how.
func apiConfig(c *cli.Context) (string, *api.Options, error) {
	addrName, lagName, timeoutName := aliased(c, apiAddrFlag.Name), aliased(c, apiMaxLagFlag.Name), aliased(c, apiRequestTimeoutFlag.Name)
	addr := c.String(addrName)
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return "", nil, fmt.Errorf("%s %q: want HOST:PORT, such as 127.0.0.1:8080", flagRef(c, addrName), addr)
	}
	timeout := c.Duration(timeoutName)
	if timeout <= 0 {
		return "", nil, fmt.Errorf("%s %s: want a positive duration, such as 10s", flagRef(c, timeoutName), timeout)
	}
	if c.IsSet(lagName) && c.String(rpcFlag.Name) == "" {
		return "", nil, fmt.Errorf("%s needs --rpc: without a node there is no chain head to measure the lag against", flagRef(c, lagName))
	}
	replayLag := c.Duration(apiMaxReplayLagFlag.Name)
	if replayLag <= 0 {
		return "", nil, fmt.Errorf("%s %s: want a positive duration, such as 30s", flagRef(c, apiMaxReplayLagFlag.Name), replayLag)
	}
	return addr, &api.Options{MaxLag: c.Uint64(lagName), MaxReplayLag: replayLag, RequestTimeout: timeout}, nil
}
