package main

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/devnet"
	"github.com/ltvkeeper/ltvkeeper/internal/foundry"
	"github.com/ltvkeeper/ltvkeeper/internal/pgcluster"
	"github.com/ltvkeeper/ltvkeeper/story"
)

var demoCommand = &cli.Command{
	Name:  "demo",
	Usage: "tell the borrower's story on a fresh local devnet, then stop it (what 'make demo' runs)",
	Description: `Starts a throwaway devnet (Anvil, a private Postgres cluster even when DATABASE_URL is
set, the contracts, a node with its indexer and keeper), tells the story of three borrowers
through price moves, a margin call, a liquidation by the keeper and repayment, then one
liquidation on a Morpho Blue market beside it through the keeper's Morpho executor, prints
every number from the index and the chain, and removes everything it started.`,
	Flags:  []cli.Flag{devnetAllowInstallFlag},
	Action: runDemo,
}

func runDemo(c *cli.Context) error {
	start := time.Now()
	dir, err := os.MkdirTemp("", "ltvkeeper-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := os.Chmod(dir, 0o755); err != nil { // a server run as another user must reach it
		return err
	}
	port, err := pgcluster.FreePort()
	if err != nil {
		return err
	}
	quiet := slog.New(slog.NewTextHandler(c.App.ErrWriter, &slog.HandlerOptions{Level: slog.LevelError}))
	fmt.Fprintln(c.App.Writer, "Starting a local devnet: Anvil, Postgres, the contracts, the indexer and the keeper...")
	d, err := devnet.Start(c.Context, devnet.Config{
		Dir: dir, Port: port, Borrowers: -1, PrivateDB: true, AllowInstall: c.Bool(devnetAllowInstallFlag.Name),
		APIAddr: "127.0.0.1:0", Log: quiet, KeeperUSDC: new(big.Int), // the keeper liquidates through the pool
		Protocol: devnet.ProtocolBoth, // a Morpho Blue market beside it, for one Morpho liquidation at the end
	})
	if err != nil {
		return err
	}
	defer d.Stop()
	nodeCtx, stopNode := context.WithCancel(c.Context)
	nodeDone := make(chan error, 1)
	go func() { nodeDone <- d.RunNode(nodeCtx) }()
	defer func() {
		stopNode()
		<-nodeDone
	}()

	pool, err := connectDB(c.Context, "the demo database", d.DB())
	if err != nil {
		return err
	}
	defer pool.Close()
	client, err := ethclient.DialContext(c.Context, d.RPCURL)
	if err != nil {
		return err
	}
	defer client.Close()
	fmt.Fprintln(c.App.Writer)
	err = story.Run(c.Context, story.Env{Client: client, DB: pool, Deployment: d.Deployment, Deployer: foundry.AnvilKey(0), PriceKey: devnet.PriceKey(), Out: c.App.Writer, Keeper: d.Keeper})
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	fmt.Fprintf(c.App.Writer, "The demo took %s; everything it started is stopped and removed.\n", time.Since(start).Round(time.Second))
	return nil
}
