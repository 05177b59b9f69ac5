package keeper_test

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
	"github.com/ltvkeeper/ltvkeeper/internal/metrictest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/keeper"
)

// newExecutorWorld is a world with the real Uniswap v3 pool at $100,000, a mock feed, and an
// executor owned by the keeper named in the deployment; the keeper holds usdc.
func newExecutorWorld(t *testing.T, usdc *big.Int) *world {
	t.Helper()
	c := markettest.Start(t, deploy.Config{MockFeed: true, BTCPrice: big.NewInt(100_000e8), Liquidity: big.NewInt(20_000_000e6)})
	w := &world{t: t, c: c, anvil: c.Anvil, dep: c.Deployment, m: c.Market, deployer: c.Deployer, keeperKey: anviltest.Key(1)}
	if usdc.Sign() > 0 {
		c.Fund(w.keeperKey, usdc)
	}
	ex, err := deploy.DeployExecutor(context.Background(), w.deployer, w.keeperAddr())
	if err != nil {
		t.Fatal(err)
	}
	w.dep.Executor = &ex
	w.dbURL, w.pool = markettest.IndexDB(t)
	return w
}

// crashPrice moves the feed, and the pool after it as an arbitrageur would, to price (8
// decimals), each in a transaction of its own.
func (w *world) crashPrice(price int64) {
	w.t.Helper()
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(price)))
	if _, err := w.m.MovePool(context.Background(), w.deployer, big.NewInt(price)); err != nil {
		w.t.Fatal(err)
	}
}

func (w *world) usdcOf(who chain.Sender) *big.Int {
	w.t.Helper()
	return anviltest.Call(w.t, w.anvil.Client, w.m.LoanToken, erc20.PackBalanceOf(who.From), erc20.UnpackBalanceOf, nil)
}

// profits waits until the index holds n of the keeper's liquidations and returns them.
func (w *world) profits(n int) []indexdb.LiquidationProfit {
	w.t.Helper()
	var out []indexdb.LiquidationProfit
	w.eventually("the liquidations' profits in the index", 30*time.Second, func() bool {
		var err error
		out, err = indexdb.Profits(context.Background(), w.pool, 31337)
		if err != nil {
			w.t.Fatal(err)
		}
		return len(out) >= n
	})
	if len(out) != n {
		w.t.Fatalf("profits: got %d liquidations, want %d", len(out), n)
	}
	return out
}

// TestFlashWithoutUSDC: a keeper holding no USDC liquidates a position through a flash swap
// from the real Uniswap v3 pool, and ends with USDC: the profit the executor measured, which
// the index and the metrics record next to the expected one.
func TestFlashWithoutUSDC(t *testing.T) {
	w := newExecutorWorld(t, new(big.Int))
	borrower := w.open(4_900)
	w.follow()
	w.indexedHead()
	reg := w.keepCounted(keeper.Config{}, testlog.New(t))
	keeperAcct := chain.Sender{From: w.keeperAddr()}
	if got := w.usdcOf(keeperAcct); got.Sign() != 0 {
		t.Fatalf("keeper's USDC before: got %s, want 0", got)
	}

	w.crashPrice(60_000e8)
	w.eventually("the position liquidated", 30*time.Second, func() bool {
		_, ok := w.liquidations()[borrower.From]
		return ok
	})
	got := w.profits(1)[0]
	if got.Borrower != borrower.From || got.Mode != keeper.ModeFlash {
		t.Errorf("profit row: got borrower %s mode %q, want %s flash", got.Borrower, got.Mode, borrower.From)
	}
	if got.Expected.Sign() <= 0 || got.Realised.Sign() <= 0 {
		t.Errorf("profit row: expected %s realised %s, want both positive", got.Expected, got.Realised)
	}
	if balance := w.usdcOf(keeperAcct); balance.Sign() <= 0 || balance.Cmp(got.Realised) < 0 {
		t.Errorf("keeper's USDC after: got %s, want at least the realised profit %s (gas is paid in ETH)", balance, got.Realised)
	}
	if n := metrictest.Value(t, reg, "ltvkeeper_keeper_batches_sent_total", "mode", "flash"); n != 1 {
		t.Errorf("flash batches sent = %v, want 1", n)
	}
	if n := metrictest.Value(t, reg, "ltvkeeper_keeper_realised_profit_usd_total"); n <= 0 {
		t.Errorf("realised profit metric = %v, want positive", n)
	}
}

// TestBatchCompetitorTakesOne: three positions in one batch; a competitor, paying a higher
// tip, liquidates one of them first in the same block. The batch's other two succeed and the
// third is counted lost, not reverted: funded from the keeper's inventory, and funded by a
// flash swap, where the executor borrows nothing for the lost position, so that the collateral
// the other two seize pays the pool.
func TestBatchCompetitorTakesOne(t *testing.T) {
	for _, tc := range []struct {
		mode string
		usdc *big.Int
	}{
		{keeper.ModeInventory, big.NewInt(5_000_000e6)},
		{keeper.ModeFlash, new(big.Int)},
	} {
		t.Run(tc.mode, func(t *testing.T) {
			w := newExecutorWorld(t, tc.usdc)
			ctx := context.Background()
			past := w.openPast(3)
			w.fundCompetitor()
			w.follow()
			w.indexedHead()
			reg := w.keepCounted(keeper.Config{Mode: tc.mode}, testlog.New(t))
			if tc.mode == keeper.ModeInventory {
				w.eventually("the keeper's approve of the executor", 30*time.Second, func() bool {
					a, err := chain.Call(ctx, w.anvil.Client, w.m.LoanToken, erc20.PackAllowance(w.keeperAddr(), *w.dep.Executor), erc20.UnpackAllowance, nil)
					return err == nil && a.Sign() > 0
				})
			}

			// The pool part of the way to the crash price first: three liquidations pay for
			// their flash swap, and the collateral two seize does not pay for three.
			if _, err := w.m.MovePool(ctx, w.deployer, big.NewInt(80_000e8)); err != nil {
				t.Fatal(err)
			}
			nonce := w.crashHeld(w.keeperAddr())
			w.pending("the keeper's batch in the mempool", w.keeperAddr(), func(n uint64) bool { return n == nonce+1 })
			w.sendAsync(anviltest.Key(3), w.m.Market, market.PackLiquidate(past[1].From, maxUint), big.NewInt(100e9))
			w.rpc("evm_mine")
			w.rpc("evm_setAutomine", true)

			w.eventually("the keeper to settle its batch", 30*time.Second, func() bool {
				return metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_mined_total")+metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_lost_total")+
					metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_reverted_total") == 3
			})
			if got := metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_mined_total"); got != 2 {
				t.Errorf("mined = %v, want 2", got)
			}
			if got := metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_lost_total"); got != 1 {
				t.Errorf("lost = %v, want 1", got)
			}
			if got := metrictest.Sum(t, reg, "ltvkeeper_keeper_batches_sent_total"); got != 1 {
				t.Errorf("batches sent = %v, want 1", got)
			}
			rows := w.profits(2)
			for _, r := range rows {
				if r.Borrower == past[1].From {
					t.Errorf("profit recorded for %s, which the competitor liquidated", r.Borrower)
				}
			}
		})
	}
}

// TestShallowPool: the market's pool holds too little liquidity for the batch. A keeper with
// USDC falls back to inventory and keeps the collateral; a keeper without skips the position
// and logs why.
func TestShallowPool(t *testing.T) {
	for _, tc := range []struct {
		name     string
		usdc     *big.Int
		mined    float64
		logWants string
	}{
		{"with USDC: inventory", big.NewInt(5_000_000e6), 1, "mode=" + keeper.ModeInventoryKeep},
		{"without USDC: skipped", new(big.Int), 0, "PartialFill"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newExecutorWorld(t, tc.usdc)
			shallow, err := deploy.DeployPool(context.Background(), w.deployer, w.m.CollateralToken, w.m.LoanToken, big.NewInt(100_000e8),
				[]deploy.PoolBand{{Percent: 0, Dollars: 1_000}})
			if err != nil {
				t.Fatal(err)
			}
			w.dep.Markets[0].Pool = &shallow.Pool
			borrower := w.open(4_900)
			w.follow()
			w.indexedHead()
			reg := prometheus.NewRegistry()
			var logs testlog.Buffer
			w.keepWith(keeper.Config{}, w.keeperKey, reg, slog.New(slog.NewTextHandler(io.MultiWriter(&logs, testWriter{t}), &slog.HandlerOptions{Level: slog.LevelDebug})))
			w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))
			w.eventually("the keeper to act on the position", 30*time.Second, func() bool {
				return metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_mined_total")+metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_skipped_total") > 0
			})
			if got := metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_mined_total"); got != tc.mined {
				t.Errorf("mined = %v, want %v", got, tc.mined)
			}
			if _, ok := w.liquidations()[borrower.From]; ok != (tc.mined == 1) {
				t.Errorf("position liquidated: %v, want %v", ok, tc.mined == 1)
			}
			if tc.mined == 1 {
				if got := w.profits(1)[0]; got.Mode != keeper.ModeInventoryKeep || got.Realised.Sign() <= 0 {
					t.Errorf("profit row: got mode %q realised %s, want %s and a profit", got.Mode, got.Realised, keeper.ModeInventoryKeep)
				}
			}
			if !logs.Contains(tc.logWants) {
				t.Errorf("log does not say %q:\n%s", tc.logWants, logs.String())
			}
		})
	}
}

// testWriter writes to t.Log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p))
	return len(p), nil
}
