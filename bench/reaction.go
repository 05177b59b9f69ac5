package bench

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
	"github.com/ltvkeeper/ltvkeeper/bindings/devaggregator"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/devnet"
	"github.com/ltvkeeper/ltvkeeper/keeper"
)

// ReactionConfig is what Reaction measures.
type ReactionConfig struct {
	Sizes []int        // positions made liquidatable by one price update, one devnet each: nil is 1, 100, 1000
	Safe  int          // positions that stay safe beside them: 0 is 10
	Log   *slog.Logger // nil is slog.Default()
}

// The positions at risk are opened at an LTV just under the market's maxBorrowLtv (50%); a
// 40% fall takes them to 81.7-83.3%, past the liquidation LTV (80%). The safe ones, at
// 10-30%, end at 17-50%, below the margin call (65%).
const (
	riskyLTVMin, riskyLTVMax = 0.49, 0.5
	safeLTVMin, safeLTVMax   = 0.1, 0.3
	priceDrop                = -40 // percent
)

var (
	answerUpdatedID = chain.EventID(&devaggregator.DevAggregatorMetaData, "AnswerUpdated")
	liquidateID     = chain.EventID(&bindings.LendingMarketMetaData, "Liquidate")
)

// Reaction measures, for each size n, on a fresh devnet with 1 s blocks and the node running,
// its keeper holding no USDC and liquidating through its executor in flash mode:
// n positions made liquidatable by one price update, the blocks and milliseconds from the
// update's block to the blocks of the keeper's first and last liquidation, and the gas the
// liquidations used. Milliseconds are between the arrivals of the two blocks on a newHeads
// subscription.
func Reaction(ctx context.Context, cfg ReactionConfig) ([]Figure, error) {
	if cfg.Sizes == nil {
		cfg.Sizes = []int{1, 100, 1000}
	}
	cfg.Safe = cmp.Or(cfg.Safe, 10)
	cfg.Log = cmp.Or(cfg.Log, slog.Default())
	var out []Figure
	for _, n := range cfg.Sizes {
		figs, err := reactTo(ctx, n, cfg.Safe, cfg.Log.With("positions", n))
		if err != nil {
			return nil, fmt.Errorf("keeper reaction with %d positions: %w", n, err)
		}
		out = append(out, figs...)
	}
	return out, nil
}

// reactionPool is the liquidity the bench adds to the pool around the price after the fall,
// before it falls: the devnet's own bands sit around the first price, 40% above, and hold far
// less than the liquidations buy. Real liquidity providers follow the price; the flash
// swaps of 1,000 liquidations (about $17M) then move the pool's price under 1%.
var reactionPool = deploy.PoolBand{Percent: 5, Dollars: 500_000_000}

func reactTo(ctx context.Context, n, safe int, log *slog.Logger) ([]Figure, error) {
	log.Info("keeper reaction: starting a devnet with 1 s blocks and a node; the keeper holds no USDC and liquidates through flash swaps")
	dn, err := startLiveNet(ctx, log, liveOptions{keeperUSDC: new(big.Int), keeper: keeper.Config{Mode: keeper.ModeFlash}})
	if err != nil {
		return nil, err
	}
	defer dn.Close()
	dep := dn.Deployment
	m := dep.Markets[0]
	quiet := slog.New(minLevel{log.Handler(), slog.LevelWarn})
	if dep.Executor == nil {
		return nil, fmt.Errorf("the devnet deployed no liquidation executor")
	}
	liquidator := *dep.Executor

	feed := chainlink.NewAggregatorV3Interface()
	round, err := chain.Call(ctx, dn.client, m.PriceFeed, feed.PackLatestRoundData(), feed.UnpackLatestRoundData, nil)
	if err != nil {
		return nil, fmt.Errorf("read the feed's price: %w", err)
	}
	after := new(big.Int).Div(new(big.Int).Mul(round.Answer, big.NewInt(100+priceDrop)), big.NewInt(100))
	owner := chain.NewSender(dn.client, devnet.PriceKey(), new(big.Int).SetUint64(dep.ChainID))
	if err := m.AddPoolBand(ctx, owner, after, reactionPool); err != nil {
		return nil, err
	}
	log.Info("keeper reaction: opening positions", "at_risk", n, "safe", safe)
	if _, err := devnet.Seed(ctx, dn.RPCURL, dep, safe, safeLTVMin, safeLTVMax, quiet); err != nil {
		return nil, err
	}
	if _, err := devnet.Seed(ctx, dn.RPCURL, dep, n, riskyLTVMin, riskyLTVMax, quiet); err != nil {
		return nil, err
	}
	err = dn.waitFor(ctx, fmt.Sprintf("the keeper to watch %d positions", n+safe), 2*time.Minute, func() (bool, error) {
		w, err := dn.watched(ctx)
		return w >= n+safe, err
	})
	if err != nil {
		return nil, err
	}

	before, err := dn.client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the head: %w", err)
	}
	log.Info("keeper reaction: moving the price", "change_pct", priceDrop)
	if _, err := devnet.ChangePrice(ctx, dn.RPCURL, dep, priceDrop); err != nil {
		return nil, err
	}
	// The devnet's market reads Chainlink's proxy, which logs nothing: the update is the
	// AnswerUpdated of the aggregator behind it (or of a mock feed, its own aggregator).
	source := m.PriceFeed
	if m.Aggregator != nil {
		source = *m.Aggregator
	}
	updates, err := dn.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(before + 1), Addresses: []common.Address{source},
		Topics: [][]common.Hash{{answerUpdatedID}},
	})
	if err != nil || len(updates) == 0 {
		return nil, fmt.Errorf("find the price update's block after block %d: %d logs, err %v", before, len(updates), err)
	}
	update := updates[len(updates)-1].BlockNumber

	// The keeper's Liquidate events since the update, first per borrower.
	liquidated := make(map[common.Address]types.Log)
	err = dn.waitFor(ctx, fmt.Sprintf("the keeper to liquidate %d positions", n), 2*time.Minute+time.Duration(n)*100*time.Millisecond, func() (bool, error) {
		logs, err := dn.client.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(update), Addresses: []common.Address{m.Market},
			Topics: [][]common.Hash{{liquidateID}, {common.BytesToHash(liquidator.Bytes())}},
		})
		if err != nil {
			return false, err
		}
		for _, l := range logs {
			borrower := common.BytesToAddress(l.Topics[2].Bytes())
			if _, ok := liquidated[borrower]; !ok {
				liquidated[borrower] = l
			}
		}
		return len(liquidated) >= n, nil
	})
	if err != nil {
		return nil, fmt.Errorf("%w (%d of %d liquidated)", err, len(liquidated), n)
	}

	var blocks []uint64
	var gas uint64
	seen := make(map[common.Hash]bool)
	for _, l := range liquidated {
		blocks = append(blocks, l.BlockNumber)
		if seen[l.TxHash] {
			continue
		}
		seen[l.TxHash] = true
		r, err := dn.client.TransactionReceipt(ctx, l.TxHash)
		if err != nil {
			return nil, fmt.Errorf("receipt of liquidation %s: %w", l.TxHash, err)
		}
		gas += r.GasUsed
	}
	sort.Slice(blocks, func(i, j int) bool { return blocks[i] < blocks[j] })
	first, last := blocks[0], blocks[len(blocks)-1]
	msAfter := func(block uint64) (float64, error) {
		u, ok1 := dn.heads.get(update)
		b, ok2 := dn.heads.get(block)
		if !ok1 || !ok2 {
			return 0, fmt.Errorf("blocks %d and %d: not both seen on the newHeads subscription", update, block)
		}
		return ms(b.at.Sub(u.at)), nil
	}
	firstMS, err := msAfter(first)
	if err != nil {
		return nil, err
	}
	lastMS, err := msAfter(last)
	if err != nil {
		return nil, err
	}
	log.Info("keeper reaction: done", "update_block", update, "first", first, "last", last, "liquidations", len(liquidated), "gas", gas)

	const section = "keeper reaction"
	label := fmt.Sprintf("%d positions: ", n)
	return []Figure{
		{Section: section, Name: label + "first liquidation mined, blocks after the price update's", Value: float64(first - update), Unit: "blocks", Target: "next block (1)"},
		{Section: section, Name: label + "first liquidation mined, after the price update's block", Value: firstMS, Unit: "ms"},
		{Section: section, Name: label + "last liquidation mined, blocks after the price update's", Value: float64(last - update), Unit: "blocks", Target: "≤ 2 (1,000 positions, flash, no USDC)"},
		{Section: section, Name: label + "last liquidation mined, after the price update's block", Value: lastMS, Unit: "ms"},
		{Section: section, Name: label + "gas per liquidation transaction (mean)", Value: float64(gas) / float64(len(seen)), Unit: "gas"},
		{Section: section, Name: label + "liquidation transactions", Value: float64(len(seen)), Unit: "txs"},
		{Section: section, Name: label + "gas per liquidated position, batches of up to 100", Value: float64(gas) / float64(len(liquidated)), Unit: "gas", Target: "≤ 77,651 (70% of 110,930)"},
		{Section: section, Name: label + "gas of all liquidations", Value: float64(gas), Unit: "gas"},
	}, nil
}
