package bench

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/devnet"
)

// MorphoBackfillConfig is what MorphoBackfill measures.
type MorphoBackfillConfig struct {
	Borrowers int    // Morpho positions in the fixture: three market events each
	Exe       string // the ltvkeeper binary: the indexer runs as its own process, for its peak RSS
	Log       *slog.Logger
}

// MorphoSection is the report's section of the Morpho Blue backfill; its figures are named as
// the LendingMarket backfill's, so that the two read side by side.
const MorphoSection = "morpho backfill"

// MorphoBackfill builds a fixture on the real Morpho Blue (a devnet, automining, with the
// development Morpho market over its feed, and cfg.Borrowers positions opened hundreds per
// transaction) and measures the indexer's backfill of it with its default settings, from
// Morpho's deployment block to the head, as a child process: events/s, blocks/s, wall time and
// peak RSS. The index must hold every borrower.
func MorphoBackfill(ctx context.Context, cfg MorphoBackfillConfig) ([]Figure, error) {
	log := cfg.Log
	if log == nil {
		log = slog.Default()
	}
	quiet := slog.New(minLevel{log.Handler(), slog.LevelWarn})
	d, stop, err := fixtureDevnet(ctx, false, quiet)
	if err != nil {
		return nil, err
	}
	defer stop()
	client, chainID, err := chain.Dial(ctx, "--rpc", d.RPCURL)
	if err != nil {
		return nil, err
	}
	defer client.Close()
	deployer := chain.NewSender(client, devnet.DeployerKey(), chainID)
	md, err := deploy.DeployMorpho(ctx, deployer, chainID, deploy.MorphoConfig{Feed: d.Deployment.Markets[0].PriceFeed}, quiet)
	if err != nil {
		return nil, fmt.Errorf("deploy Morpho Blue: %w", err)
	}

	log.Info("building the Morpho fixture", "borrowers", cfg.Borrowers)
	began := time.Now()
	borrowers, err := devnet.SeedMorpho(ctx, d.RPCURL, md, cfg.Borrowers, 0.1, 0.5, quiet)
	if err != nil {
		return nil, err
	}
	seedTime := time.Since(began)

	raw, err := rpc.DialContext(ctx, d.RPCURL)
	if err != nil {
		return nil, err
	}
	defer raw.Close()
	// Empty blocks on top, as in the LendingMarket backfill: every event is deeper than the
	// indexer's unsafe depth.
	mined := time.Now()
	if err := raw.CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(fixtureDepth)); err != nil {
		return nil, fmt.Errorf("mine %d empty blocks: %w", fixtureDepth, err)
	}
	log.Info("built the Morpho fixture", "borrowers", len(borrowers), "seeding", seedTime.Round(time.Millisecond),
		"empty_blocks", fixtureDepth, "mining_them", time.Since(mined).Round(time.Millisecond))
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the head: %w", err)
	}
	from, to := md.StartBlock, head
	blocks := float64(to - from + 1)

	log.Info("measuring the indexer's Morpho backfill", "from", from, "to", to)
	run, conn, err := measureIndexer(ctx, cfg.Exe, d, indexerRuns,
		"--morpho.address", md.Morpho.Hex(), "--morpho.start-block", fmt.Sprint(md.StartBlock))
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.Background())
	var open int64
	if err := conn.QueryRow(ctx, "select count(*) from positions where market = $1 and collateral > 0", md.ID.Bytes()).Scan(&open); err != nil {
		return nil, fmt.Errorf("count indexed positions: %w", err)
	}
	// Three events per borrower, and beside them the market's creation, a Supply per seeding
	// transaction and the market's accruals.
	if open != int64(len(borrowers)) || run.events < 3*int64(len(borrowers)) {
		return nil, fmt.Errorf("the indexer wrote %d events and %d Morpho positions with collateral for %d borrowers: want every borrower, three events each",
			run.events, open, len(borrowers))
	}

	figs := []Figure{
		{Section: MorphoSection, Name: fmt.Sprintf("fixture: seed %d borrowers (3 market events each)", cfg.Borrowers), Value: seedTime.Seconds(), Unit: "s"},
		{Section: MorphoSection, Name: "fixture: indexed events", Value: float64(run.events), Unit: "events"},
		{Section: MorphoSection, Name: "fixture: blocks from Morpho's deployment to the head", Value: blocks, Unit: "blocks"},
	}
	return append(figs, run.figures(MorphoSection, "from Morpho's deployment block to the head", blocks, "", "")...), nil
}
