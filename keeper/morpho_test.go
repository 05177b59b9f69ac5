package keeper_test

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"

	morphobind "github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/metrictest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/keeper"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/protocol"
	"github.com/ltvkeeper/ltvkeeper/protocol/morpho"
)

var (
	morphoABI = morphobind.NewMorpho()
	oracleABI = morphobind.NewIOracle()
)

// morphoWorld is a world with the real Morpho Blue beside the ltvkeeper market, a cbBTC/USDC
// market at LLTV 86% priced by an oracle over the world's mock feed, recorded under morpho in
// the deployment, and an indexer following each.
type morphoWorld struct {
	*world
	md *deploy.MorphoDeployment
}

func newMorphoWorld(t *testing.T) *morphoWorld {
	t.Helper()
	w := &morphoWorld{world: newWorld(t)}
	var err error
	w.md, err = deploy.DeployMorpho(context.Background(), w.deployer, chainID, deploy.MorphoConfig{Feed: w.m.PriceFeed,
		Liquidity: big.NewInt(1_000_000e6)}, testlog.Discard)
	if err != nil {
		t.Fatal(err)
	}
	w.dep.Morpho = &deploy.MorphoInstance{Address: w.md.Morpho, StartBlock: w.md.StartBlock, Markets: []deploy.MorphoMarket{{
		Name: "cbBTC/USDC", ID: w.md.ID, LoanToken: w.md.LoanToken, CollateralToken: w.md.CollateralToken,
		Oracle: w.md.Oracle, IRM: w.md.IRM, LLTV: w.md.Params.Lltv,
	}}}
	return w
}

// borrow opens a Morpho position of 1 cbBTC and debt (USDC base units) from a new account.
func (w *morphoWorld) borrow(debt int64) common.Address {
	w.t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		w.t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	w.rpc("anvil_setBalance", from, hexutil.EncodeBig(big.NewInt(1e18)))
	if err := deploy.SeedMorphoBorrowers(context.Background(), w.deployer, chainID, w.md,
		[]deploy.MorphoBorrower{{Key: key, Collateral: big.NewInt(1e8), Debt: big.NewInt(debt)}}); err != nil {
		w.t.Fatal(err)
	}
	return from
}

// followMorpho runs the ltvkeeper indexer and a Morpho indexer on the head until the test ends.
func (w *morphoWorld) followMorpho() {
	w.t.Helper()
	w.follow()
	client := anviltest.Dial(w.t, w.anvil.URL).Client()
	p, err := morpho.New(morpho.Config{Morpho: w.md.Morpho, StartBlock: w.md.StartBlock, Markets: []common.Hash{w.md.ID}})
	if err != nil {
		w.t.Fatal(err)
	}
	ix, err := indexer.New(indexer.Config{ChainID: 31337, Factory: w.md.Morpho, StartBlock: w.md.StartBlock, Protocol: p,
		PollInterval: 50 * time.Millisecond}, client, w.pool, testlog.Discard, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	w.background(ix.Run)
}

// TestMorphoMarginCallReachesWebhook: a Morpho borrower at 75% of $100,000 is past the
// margin-call line (0.9 × LLTV 86% = 77.4%) once cbBTC is $95,000 (LTV 78.9%), not past the
// LLTV: the keeper alerts it, once, through the webhook, naming the market by its id, and
// liquidates nothing. A borrower at 50% is not alerted.
func TestMorphoMarginCallReachesWebhook(t *testing.T) {
	w := newMorphoWorld(t)
	warned := w.borrow(75_000e6)
	safe := w.borrow(50_000e6)
	w.followMorpho()
	hook := newWebhook(t)
	w.keepWith(keeper.Config{Webhook: hook.srv.URL}, w.keeperKey, nil, testlog.New(t))

	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(95_000e8)))
	id := protocol.MarketID(w.md.ID.Bytes())
	w.eventually("the margin call of the Morpho borrower at the webhook", 30*time.Second, func() bool {
		return hook.byKind(keeper.AlertMarginCall)[warned] > 0
	})
	// Another price update: the alert is not repeated.
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(94_900e8)))
	w.indexedHead()
	hook.mu.Lock()
	defer hook.mu.Unlock()
	var calls []keeper.Alert
	for _, a := range hook.alerts {
		if a.Kind == keeper.AlertMarginCall {
			calls = append(calls, a)
		}
	}
	if len(calls) != 1 || calls[0].Borrower != warned || calls[0].Market != id {
		t.Fatalf("margin calls at the webhook: got %+v, want one for %s in market %s", calls, warned, id)
	}
	var ltv string
	if err := w.pool.QueryRow(context.Background(), `SELECT ltv::text FROM alerts WHERE kind = $1 AND borrower = $2`,
		keeper.AlertMarginCall, warned.Bytes()).Scan(&ltv); err != nil {
		t.Fatal(err)
	}
	if got, _ := new(big.Int).SetString(ltv, 10); got == nil || got.Cmp(big.NewInt(0.774e18)) < 0 || got.Cmp(big.NewInt(0.86e18)) >= 0 {
		t.Errorf("margin call LTV: got %s, want between the line 0.774 and the LLTV 0.86", ltv)
	}
	for _, a := range hook.alerts {
		if a.Borrower == safe || a.Kind == keeper.AlertLiquidated {
			t.Errorf("unexpected alert %+v", a)
		}
	}
}

// withMorphoExecutor gives the world's Morpho market a real Uniswap v3 pool of its two tokens
// at $100,000 and a MorphoLiquidationExecutor owned by the keeper, both in the deployment.
func (w *morphoWorld) withMorphoExecutor() {
	w.t.Helper()
	ctx := context.Background()
	pool, err := deploy.DeployPool(ctx, w.deployer, w.md.CollateralToken, w.md.LoanToken, big.NewInt(100_000e8), nil)
	if err != nil {
		w.t.Fatal(err)
	}
	ex, err := deploy.DeployMorphoExecutor(ctx, w.deployer, w.md.Morpho, w.keeperAddr())
	if err != nil {
		w.t.Fatal(err)
	}
	mm := &w.dep.Morpho.Markets[0]
	mm.Pool, mm.PoolActor = &pool.Pool, &pool.Actor
	w.dep.Morpho.Executor = &ex
}

// crashMorpho moves the feed under the Morpho oracle, and the Morpho market's pool after it,
// to price (8 decimals).
func (w *morphoWorld) crashMorpho(price int64) {
	w.t.Helper()
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(price)))
	mm := w.dep.Morpho.Markets[0]
	m := deploy.Market{Name: mm.Name, CollateralToken: mm.CollateralToken, LoanToken: mm.LoanToken, Pool: mm.Pool, PoolActor: mm.PoolActor}
	if _, err := m.MovePool(context.Background(), w.deployer, big.NewInt(price)); err != nil {
		w.t.Fatal(err)
	}
}

// morphoLiquidations returns Morpho's Liquidate events of the world's market, by borrower.
func (w *morphoWorld) morphoLiquidations() map[common.Address]*morphobind.MorphoLiquidate {
	w.t.Helper()
	logs, err := w.anvil.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		Addresses: []common.Address{w.md.Morpho}, Topics: [][]common.Hash{{morphoABI.GetABI().Events["Liquidate"].ID}, {w.md.ID}},
	})
	if err != nil {
		w.t.Fatal(err)
	}
	out := make(map[common.Address]*morphobind.MorphoLiquidate)
	for _, l := range logs {
		ev, err := morphoABI.UnpackLiquidateEvent(&l)
		if err != nil {
			w.t.Fatal(err)
		}
		out[ev.Borrower] = ev
	}
	return out
}

// liquidatedByExecutor waits for Morpho's Liquidate of borrower and checks that the Morpho
// executor sent it.
func (w *morphoWorld) liquidatedByExecutor(borrower common.Address) *morphobind.MorphoLiquidate {
	w.t.Helper()
	var liq *morphobind.MorphoLiquidate
	w.eventually("the Morpho position liquidated", 30*time.Second, func() bool {
		liq = w.morphoLiquidations()[borrower]
		return liq != nil
	})
	if liq.Caller != *w.dep.Morpho.Executor {
		w.t.Errorf("liquidator: got %s, want the Morpho executor %s", liq.Caller, *w.dep.Morpho.Executor)
	}
	return liq
}

// morphoLTV is the borrower's LTV (WAD) as Morpho's health check sees it at the head.
func (w *morphoWorld) morphoLTV(borrower common.Address) *uint256.Int {
	w.t.Helper()
	c := w.anvil.Client
	p := anviltest.Call(w.t, c, w.md.Morpho, morphoABI.PackPosition(w.md.ID, borrower), morphoABI.UnpackPosition, nil)
	mk := anviltest.Call(w.t, c, w.md.Morpho, morphoABI.PackMarket(w.md.ID), morphoABI.UnpackMarket, nil)
	price := anviltest.Call(w.t, c, w.md.Oracle, oracleABI.PackPrice(), oracleABI.UnpackPrice, nil)
	ltv, err := loanmath.MorphoLTV(
		loanmath.MorphoPosition{SupplyShares: new(uint256.Int), BorrowShares: uint256.MustFromBig(p.BorrowShares), Collateral: uint256.MustFromBig(p.Collateral)},
		loanmath.MorphoMarket{TotalSupplyAssets: uint256.MustFromBig(mk.TotalSupplyAssets), TotalSupplyShares: uint256.MustFromBig(mk.TotalSupplyShares),
			TotalBorrowAssets: uint256.MustFromBig(mk.TotalBorrowAssets), TotalBorrowShares: uint256.MustFromBig(mk.TotalBorrowShares),
			LastUpdate: mk.LastUpdate.Uint64(), Fee: uint256.MustFromBig(mk.Fee)},
		uint256.MustFromBig(price))
	if err != nil {
		w.t.Fatal(err)
	}
	return ltv
}

// TestMorphoCallbackWithoutUSDC: a keeper holding none of the Morpho market's USDC liquidates a
// Morpho borrower past the LLTV through its MorphoLiquidationExecutor: Morpho hands over the
// cbBTC, calls back, the executor sells it to the real Uniswap v3 pool and Morpho pulls the
// repayment. The keeper ends with the profit the executor measured, in USDC, which the index
// records as a flash liquidation.
func TestMorphoCallbackWithoutUSDC(t *testing.T) {
	w := newMorphoWorld(t)
	w.withMorphoExecutor()
	borrower := w.borrow(85_000e6)
	w.followMorpho()
	keeperAcct := w.keeperAddr()
	usdc := func() *big.Int {
		return anviltest.Call(t, w.anvil.Client, w.md.LoanToken, erc20.PackBalanceOf(keeperAcct), erc20.UnpackBalanceOf, nil)
	}
	if got := usdc(); got.Sign() != 0 {
		t.Fatalf("keeper's Morpho USDC before: got %s, want 0", got)
	}
	reg := w.keepCounted(keeper.Config{}, testlog.New(t))

	// $100,000 to $97,000: LTV 87.6% is past the LLTV of 86%.
	w.crashMorpho(97_000e8)
	liq := w.liquidatedByExecutor(borrower)
	got := w.profits(1)[0]
	if got.Borrower != borrower || got.Mode != keeper.ModeFlash || got.Market != protocol.MarketID(w.md.ID.Bytes()) {
		t.Errorf("profit row: got borrower %s mode %q market %s, want %s flash %s", got.Borrower, got.Mode, got.Market, borrower, w.md.ID)
	}
	if got.Repaid.Cmp(liq.RepaidAssets) != 0 || got.Seized.Cmp(liq.SeizedAssets) != 0 {
		t.Errorf("profit row repaid %s seized %s, want Morpho's %s and %s", got.Repaid, got.Seized, liq.RepaidAssets, liq.SeizedAssets)
	}
	if balance := usdc(); balance.Sign() <= 0 {
		t.Errorf("keeper's Morpho USDC after: got %s, want the executor's profit", balance)
	}
	if n := metrictest.Value(t, reg, "ltvkeeper_keeper_batches_sent_total", "mode", "flash"); n != 1 {
		t.Errorf("flash batches sent = %v, want 1", n)
	}

	// The liquidated alert carries the oracle's price at the liquidation, which Morpho's event
	// does not: its feed's round before it, as price() combines it.
	oracle := anviltest.Call(t, w.anvil.Client, w.md.Oracle, oracleABI.PackPrice(), oracleABI.UnpackPrice, nil)
	var price *string
	w.eventually("the liquidated alert", 30*time.Second, func() bool {
		err := w.pool.QueryRow(context.Background(), `SELECT price::text FROM alerts WHERE kind = $1 AND borrower = $2`,
			keeper.AlertLiquidated, borrower.Bytes()).Scan(&price)
		return err == nil
	})
	if price == nil || *price != oracle.String() {
		t.Errorf("liquidated alert's price: got %v, want the oracle's %s", price, oracle)
	}
	alerts, _, err := indexdb.ListAlerts(context.Background(), w.pool, indexdb.ListFilter{ChainID: chainID.Uint64()}, keeper.AlertLiquidated, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	// cbBTC (8 decimals) in USDC (6): the price reads in dollars at 36 + 6 - 8 decimals.
	if len(alerts) != 1 || alerts[0].FeedDecimals == nil || *alerts[0].FeedDecimals != 34 {
		t.Errorf("listed liquidated alerts %+v, want one with the oracle's 34 price decimals", alerts)
	}
}

// TestMorphoTargetLiquidation: with --morpho.liquidation target and --morpho.target-ltv 80%, the
// keeper's callback liquidation repays only part of a Morpho borrower's debt, and leaves the
// position at or below 80%, with debt left.
func TestMorphoTargetLiquidation(t *testing.T) {
	w := newMorphoWorld(t)
	w.withMorphoExecutor()
	borrower := w.borrow(85_000e6)
	w.followMorpho()
	target := big.NewInt(0.8e18)
	w.keepWith(keeper.Config{Morpho: morpho.Config{Liquidation: morpho.LiquidateToTarget, TargetLTV: target}}, w.keeperKey, nil, testlog.New(t))

	w.crashMorpho(97_000e8)
	w.liquidatedByExecutor(borrower)
	ltv := w.morphoLTV(borrower)
	if ltv.IsZero() || ltv.ToBig().Cmp(target) > 0 {
		t.Errorf("LTV after the liquidation: got %s, want debt left and at most the target %s", ltv, target)
	}
}

// TestMorphoShallowPoolSaysWhy: the Morpho market's pool holds too little liquidity for a
// callback liquidation. A keeper without USDC skips the position and logs the executor's own
// reason for the failed attempt (the sale through the pool fell short of the repayment), not
// what Morpho says to a call without the callback.
func TestMorphoShallowPoolSaysWhy(t *testing.T) {
	w := newMorphoWorld(t)
	w.withMorphoExecutor()
	shallow, err := deploy.DeployPool(context.Background(), w.deployer, w.md.CollateralToken, w.md.LoanToken, big.NewInt(100_000e8),
		[]deploy.PoolBand{{Percent: 0, Dollars: 1_000}})
	if err != nil {
		t.Fatal(err)
	}
	w.dep.Morpho.Markets[0].Pool, w.dep.Morpho.Markets[0].PoolActor = &shallow.Pool, &shallow.Actor
	w.borrow(85_000e6)
	w.followMorpho()
	reg := prometheus.NewRegistry()
	var logs testlog.Buffer
	w.keepWith(keeper.Config{}, w.keeperKey, reg, slog.New(slog.NewTextHandler(io.MultiWriter(&logs, testWriter{t}), &slog.HandlerOptions{Level: slog.LevelDebug})))
	w.crashMorpho(97_000e8)
	w.eventually("the keeper to skip the position", 30*time.Second, func() bool {
		return metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_skipped_total") > 0
	})
	if !logs.Contains("reason=\"SaleShort(") || logs.Contains("transferFrom reverted") {
		t.Errorf("the log does not give the executor's reason (SaleShort):\n%s", logs.String())
	}
}
