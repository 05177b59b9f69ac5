package keeper_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/devaggregator"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
	"github.com/ltvkeeper/ltvkeeper/internal/metrictest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/keeper"
	"github.com/ltvkeeper/ltvkeeper/keeper/txmgr"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

var (
	market, erc20, feedABI, maxUint = markettest.MarketABI, markettest.ERC20ABI, markettest.FeedABI, markettest.MaxUint
	chainID                         = big.NewInt(markettest.ChainID)
)

// world is a dev deployment on Anvil, its index database, and a funded keeper account.
type world struct {
	t         *testing.T
	c         *markettest.Chain
	anvil     *anviltest.Anvil
	dep       *deploy.Deployment
	m         deploy.Market
	deployer  *chain.Sender
	keeperKey *ecdsa.PrivateKey
	dbURL     string
	pool      *pgxpool.Pool
}

// newWorld is a world whose market reads a mock feed: the deployer sets its price with
// feedABI's setPrice.
func newWorld(t *testing.T) *world {
	t.Helper()
	return newWorldOn(t, true)
}

// newWorldOn is a world whose market reads a mock feed (mockFeed) or the development feed:
// Chainlink's proxy in front of an aggregator, which the deployer owns and publishes to.
func newWorldOn(t *testing.T, mockFeed bool) *world {
	t.Helper()
	c := markettest.Start(t, deploy.Config{MockFeed: mockFeed, BTCPrice: big.NewInt(100_000e8), Liquidity: big.NewInt(20_000_000e6)})
	w := &world{t: t, c: c, anvil: c.Anvil, dep: c.Deployment, m: c.Market, deployer: c.Deployer, keeperKey: anviltest.Key(1)}
	c.Fund(w.keeperKey, big.NewInt(5_000_000e6))
	w.dbURL, w.pool = markettest.IndexDB(t)
	return w
}

func (w *world) send(s *chain.Sender, to common.Address, data []byte) {
	w.t.Helper()
	w.c.Send(s, to, data)
}

func (w *world) rpc(method string, args ...any) {
	w.t.Helper()
	w.c.RPC(method, args...)
}

// open opens a position of 1 BTC at ltv (basis points) of its value at $100,000, from a new
// account, and returns the account.
func (w *world) open(bps int64) *chain.Sender {
	w.t.Helper()
	s := w.c.Account(big.NewInt(1e18))
	w.c.Open(s, big.NewInt(1e8), big.NewInt(100_000e6*bps/10_000))
	return s
}

// openPast opens n positions at LTVs of 49.0%, 49.1%, ... at $100,000: all past the line
// (80%) at $60,000.
func (w *world) openPast(n int) []*chain.Sender {
	w.t.Helper()
	past := make([]*chain.Sender, n)
	for i := range past {
		past[i] = w.open(4_900 + int64(i)*10)
	}
	return past
}

// follow runs an indexer on the head until the test ends.
func (w *world) follow() {
	w.t.Helper()
	ix, err := indexer.New(indexer.Config{ChainID: 31337, Factory: w.dep.Factory, StartBlock: w.dep.StartBlock,
		PollInterval: 50 * time.Millisecond}, w.rpcClient(), w.pool, testlog.Discard, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	w.background(ix.Run)
}

// keep starts a keeper until the test ends (or its stop is called).
func (w *world) keep(cfg keeper.Config) (stop func()) {
	w.t.Helper()
	return w.keepWith(cfg, w.keeperKey, nil, testlog.Discard)
}

// keepWith starts a keeper with its own key, metrics registry (may be nil) and logger.
func (w *world) keepWith(cfg keeper.Config, key *ecdsa.PrivateKey, reg prometheus.Registerer, log *slog.Logger) (stop func()) {
	w.t.Helper()
	cfg.Deployment = w.dep
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 50 * time.Millisecond
	}
	k, err := keeper.New(context.Background(), cfg, w.anvil.Client, w.pool, key, log, reg)
	if err != nil {
		w.t.Fatal(err)
	}
	return w.background(k.Run)
}

// keepCounted starts a keeper with cfg and log until the test ends, and returns its metrics.
func (w *world) keepCounted(cfg keeper.Config, log *slog.Logger) *prometheus.Registry {
	w.t.Helper()
	reg := prometheus.NewRegistry()
	w.keepWith(cfg, w.keeperKey, reg, log)
	return reg
}

// sendAsync signs and publishes a transaction from key with the given tip and returns without
// waiting for it to be mined.
func (w *world) sendAsync(key *ecdsa.PrivateKey, to common.Address, data []byte, tip *big.Int) common.Hash {
	w.t.Helper()
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := w.anvil.Client.PendingNonceAt(ctx, from)
	if err != nil {
		w.t.Fatal(err)
	}
	head, err := w.anvil.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), tip)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 1_000_000, To: &to, Data: data,
	})
	if err != nil {
		w.t.Fatal(err)
	}
	if err := w.anvil.Client.SendTransaction(ctx, tx); err != nil {
		w.t.Fatal(err)
	}
	return tx.Hash()
}

// fundCompetitor makes anviltest.Key(3) a second liquidator: a million USDC, approved to the
// market.
func (w *world) fundCompetitor() {
	w.t.Helper()
	c := w.anvil.Sender(3)
	w.send(w.deployer, w.m.LoanToken, erc20.PackMint(c.From, big.NewInt(1_000_000e6)))
	w.send(c, w.m.LoanToken, erc20.PackApprove(w.m.Market, maxUint))
}

// crashHeld turns automine off and drops the price to 60,000 in a block of its own, so that
// what the keeper sends in answer waits in the mempool. It returns keeperAddr's nonce from
// before the drop.
func (w *world) crashHeld(keeperAddr common.Address) (nonce uint64) {
	w.t.Helper()
	w.rpc("evm_setAutomine", false)
	nonce, err := w.anvil.Client.NonceAt(context.Background(), keeperAddr, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	w.sendAsync(anviltest.Key(0), w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)), big.NewInt(1e9))
	w.rpc("evm_mine")
	return nonce
}

// pending waits until keeperAddr's pending nonce passes the test.
func (w *world) pending(what string, keeperAddr common.Address, ok func(pending uint64) bool) {
	w.t.Helper()
	w.eventually(what, 30*time.Second, func() bool {
		n, err := w.anvil.Client.PendingNonceAt(context.Background(), keeperAddr)
		return err == nil && ok(n)
	})
}

// approved waits until the keeper's approve of the market is mined.
func (w *world) approved(keeperAddr common.Address) {
	w.t.Helper()
	w.eventually("the keeper's approve to be mined", 30*time.Second, func() bool {
		a, err := chain.Call(context.Background(), w.anvil.Client, w.m.LoanToken, erc20.PackAllowance(keeperAddr, w.m.Market), erc20.UnpackAllowance, nil)
		return err == nil && a.Sign() > 0
	})
}

// alertCount counts the stored alerts of one kind for a borrower (any borrower when zero).
func (w *world) alertCount(kind string, borrower common.Address) int {
	w.t.Helper()
	var n int
	err := w.pool.QueryRow(context.Background(), `SELECT count(*) FROM alerts WHERE kind = $1 AND ($2::bytea IS NULL OR borrower = $2)`,
		kind, addrArg(borrower)).Scan(&n)
	if err != nil {
		w.t.Fatal(err)
	}
	return n
}

func addrArg(a common.Address) []byte {
	if a == (common.Address{}) {
		return nil
	}
	return a.Bytes()
}

func (w *world) background(run func(context.Context) error) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				w.t.Errorf("background run: %v", err)
			}
		})
	}
	w.t.Cleanup(stop)
	return stop
}

// eventually waits for cond, polling, and fails the test at the deadline.
func (w *world) eventually(what string, timeout time.Duration, cond func() bool) {
	w.t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			w.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond) // polling a condition with a deadline
	}
}

// indexedHead waits until the index has caught up with the chain.
func (w *world) indexedHead() {
	w.t.Helper()
	w.eventually("the index to reach the head", 30*time.Second, func() bool {
		head, err := w.anvil.Client.BlockNumber(context.Background())
		var block uint64
		err2 := w.pool.QueryRow(context.Background(), `SELECT block_number FROM checkpoints`).Scan(&block)
		return err == nil && err2 == nil && block >= head
	})
}

// liquidations returns the Liquidate events of the market: borrower → block.
func (w *world) liquidations() map[common.Address]uint64 {
	w.t.Helper()
	out := make(map[common.Address]uint64)
	for _, l := range w.liquidateEvents(w.m.Market) {
		out[l.borrower] = l.block
	}
	return out
}

// liquidated is a Liquidate event: whose position, in which block.
type liquidated struct {
	borrower common.Address
	block    uint64
}

// liquidateEvents returns the Liquidate events of markets, in the chain's order.
func (w *world) liquidateEvents(markets ...common.Address) []liquidated {
	w.t.Helper()
	logs, err := w.anvil.Client.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: markets, Topics: [][]common.Hash{{liquidateTopic()}}})
	if err != nil {
		w.t.Fatal(err)
	}
	out := make([]liquidated, len(logs))
	for i, l := range logs {
		ev, err := market.UnpackLiquidateEvent(&l)
		if err != nil {
			w.t.Fatal(err)
		}
		out[i] = liquidated{ev.Borrower, l.BlockNumber}
	}
	return out
}

// webhook records the alerts POSTed to it.
type webhook struct {
	mu     sync.Mutex
	alerts []keeper.Alert
	srv    *httptest.Server
}

func newWebhook(t *testing.T) *webhook {
	h := &webhook{}
	h.srv = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		var a struct {
			keeper.Alert
			LTV   *string `json:"ltvWad"`
			Price *string `json:"price"`
		}
		if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
			http.Error(rw, err.Error(), http.StatusBadRequest)
			return
		}
		h.mu.Lock()
		h.alerts = append(h.alerts, a.Alert)
		h.mu.Unlock()
	}))
	t.Cleanup(h.srv.Close)
	return h
}

// byKind counts the alerts of one kind per borrower.
func (h *webhook) byKind(kind string) map[common.Address]int {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := make(map[common.Address]int)
	for _, a := range h.alerts {
		if a.Kind == kind {
			out[a.Borrower]++
		}
	}
	return out
}

// TestKeeperLiquidatesPastTheLine: 100 positions across LTVs; the price drops so that exactly
// 10 are past the liquidation LTV and 20 more past the margin-call LTV. All 10 are liquidated
// back to the target within 2 blocks of the price update, nobody else is touched, and the 20
// margin calls reach the webhook once each.
func TestKeeperLiquidatesPastTheLine(t *testing.T) {
	w := newWorld(t)
	// At $60,000 an LTV of L at $100,000 becomes L / 0.6: past 80% from 48%, past 65% from 39%.
	var past, warned, safe []*chain.Sender
	for i := range 100 {
		switch {
		case i < 10:
			past = append(past, w.open(4_850+int64(i)*10)) // 80.8% to 82.3% after the drop
		case i < 30:
			warned = append(warned, w.open(3_950+int64(i-10)*40)) // 65.8% to 78.8%
		default:
			safe = append(safe, w.open(500+int64(i-30)*45)) // up to 60.8%
		}
	}
	hook := newWebhook(t)
	w.rpc("evm_setIntervalMining", 1)
	w.follow()
	w.indexedHead()
	w.keep(keeper.Config{Webhook: hook.srv.URL})

	before := make(map[common.Address]positionState)
	for _, s := range append(append(append([]*chain.Sender{}, past...), warned...), safe...) {
		before[s.From] = w.position(s.From)
	}
	receipt, err := w.deployer.Transact(context.Background(), w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))
	if err != nil {
		t.Fatal(err)
	}
	priceBlock := receipt.BlockNumber.Uint64()
	w.eventually("10 liquidations", 30*time.Second, func() bool { return len(w.liquidations()) >= len(past) })
	liquidated := w.liquidations()
	for _, s := range past {
		block, ok := liquidated[s.From]
		if !ok {
			t.Errorf("%s past the line was not liquidated", s.From)
			continue
		}
		if block > priceBlock+2 {
			t.Errorf("%s liquidated in block %d, more than 2 blocks after the price update in %d", s.From, block, priceBlock)
		}
		ltv := w.ltv(s.From)
		if ltv.Cmp(big.NewInt(7e17)) > 0 || ltv.Cmp(big.NewInt(69e16)) < 0 {
			t.Errorf("%s LTV after liquidation %s, want just under the 0.7 target", s.From, ltv)
		}
	}
	if len(liquidated) != len(past) {
		t.Errorf("%d liquidations, want %d", len(liquidated), len(past))
	}
	blocksAfter := make(map[uint64]int)
	for _, block := range liquidated {
		blocksAfter[block-priceBlock]++
	}
	t.Logf("liquidations by blocks after the price update: %v", blocksAfter)
	w.eventually("20 margin-call alerts", 30*time.Second, func() bool { return len(hook.byKind(keeper.AlertMarginCall)) >= len(warned) })
	w.eventually("10 liquidation alerts", 30*time.Second, func() bool { return len(hook.byKind(keeper.AlertLiquidated)) >= len(past) })
	// A few more blocks: no alert repeats.
	head, _ := w.anvil.Client.BlockNumber(context.Background())
	w.eventually("3 more blocks", 30*time.Second, func() bool {
		n, _ := w.anvil.Client.BlockNumber(context.Background())
		return n >= head+3
	})
	calls := hook.byKind(keeper.AlertMarginCall)
	for _, s := range warned {
		if calls[s.From] != 1 {
			t.Errorf("%s got %d margin-call alerts, want 1", s.From, calls[s.From])
		}
	}
	if len(calls) != len(warned) {
		t.Errorf("%d positions got margin-call alerts, want %d", len(calls), len(warned))
	}
	for _, s := range append(warned, safe...) {
		if got := w.position(s.From); got != before[s.From] {
			t.Errorf("%s was touched: %v, was %v", s.From, got, before[s.From])
		}
	}
}

type positionState struct{ collateral, shares string }

func (w *world) position(who common.Address) positionState {
	w.t.Helper()
	c := anviltest.Call(w.t, w.anvil.Client, w.m.Market, market.PackCollateral(who), market.UnpackCollateral, nil)
	s := anviltest.Call(w.t, w.anvil.Client, w.m.Market, market.PackBorrowShares(who), market.UnpackBorrowShares, nil)
	return positionState{c.String(), s.String()}
}

func (w *world) ltv(who common.Address) *big.Int {
	return anviltest.Call(w.t, w.anvil.Client, w.m.Market, market.PackLtv(who), market.UnpackLtv, nil)
}

// TestCompetitorTakesSome: another liquidator races the keeper in the same block and, paying a
// higher tip, is first on three of six positions. The keeper's three reverted transactions count
// as lost (not reverted); every liquidation, the competitor's too, raises one "liquidated"
// alert, and no position left at the target LTV gets a margin call.
func TestCompetitorTakesSome(t *testing.T) {
	w := newWorld(t)
	past := w.openPast(6)
	w.fundCompetitor()
	w.follow()
	w.indexedHead()
	hook := newWebhook(t)
	reg := w.keepCounted(keeper.Config{Webhook: hook.srv.URL}, testlog.Discard)
	keeperAddr := crypto.PubkeyToAddress(w.keeperKey.PublicKey)
	w.approved(keeperAddr)

	// The price drops in a block of its own; the keeper sends its six liquidations; the
	// competitor sends three with a higher tip; one block holds them all.
	nonce := w.crashHeld(keeperAddr)
	w.pending("the keeper's six liquidations in the mempool", keeperAddr, func(n uint64) bool { return n == nonce+uint64(len(past)) })
	for _, s := range past[:3] {
		w.sendAsync(anviltest.Key(3), w.m.Market, market.PackLiquidate(s.From, maxUint), big.NewInt(100e9))
	}
	w.rpc("evm_mine")
	w.rpc("evm_setAutomine", true)

	w.eventually("the keeper to settle its six transactions", 30*time.Second, func() bool {
		return metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_mined_total")+metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_lost_total")+
			metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_reverted_total") == float64(len(past))
	})
	if got := metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_lost_total"); got != 3 {
		t.Errorf("lost = %v, want 3", got)
	}
	if got := metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_reverted_total"); got != 0 {
		t.Errorf("reverted = %v, want 0: a liquidation taken by a competitor is lost", got)
	}
	liquidated := w.liquidations()
	for _, s := range past {
		if _, ok := liquidated[s.From]; !ok {
			t.Errorf("%s not liquidated", s.From)
		}
		if ltv := w.ltv(s.From); ltv.Cmp(big.NewInt(7e17)) > 0 {
			t.Errorf("%s LTV %s after liquidation, want at most 0.7", s.From, ltv)
		}
	}
	// Once the index has the liquidations, every position has its alert and sits at the
	// target LTV, past the margin-call LTV, without a margin call.
	w.indexedHead()
	w.eventually("six liquidated alerts", 30*time.Second, func() bool { return len(hook.byKind(keeper.AlertLiquidated)) == len(past) })
	w.eventually("the keeper to see six positions past the margin-call LTV", 30*time.Second, func() bool {
		return metrictest.Sum(t, reg, "ltvkeeper_keeper_positions_margin_call") == float64(len(past))
	})
	w.rpc("evm_mine")
	w.rpc("evm_mine")
	w.indexedHead()
	for _, s := range past {
		if n := w.alertCount(keeper.AlertLiquidated, s.From); n != 1 {
			t.Errorf("%s has %d liquidated alerts, want 1", s.From, n)
		}
	}
	if n := w.alertCount(keeper.AlertMarginCall, common.Address{}); n != 0 {
		t.Errorf("%d margin-call alerts, want none: the positions were liquidated to the target", n)
	}
}

// TestDryRunSendsNothing: a dry-run keeper logs what it would send and the alerts it would
// raise, and sends, stores and delivers nothing; it takes no leader lock, so a real keeper
// beside it leads.
func TestDryRunSendsNothing(t *testing.T) {
	w := newWorld(t)
	s := w.open(4_900)
	warned := w.open(4_200) // 70% at $60,000: a margin call
	w.follow()
	w.indexedHead()
	hook := newWebhook(t)
	var logs testlog.Buffer
	cfg := keeper.Config{DryRun: true, Deployment: w.dep, PollInterval: 50 * time.Millisecond, Webhook: hook.srv.URL}
	k, err := keeper.New(context.Background(), cfg, w.anvil.Client, w.pool, w.keeperKey,
		slog.New(slog.NewTextHandler(&logs, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	nonce, _ := w.anvil.Client.NonceAt(context.Background(), k.From(), nil)
	w.background(k.Run)
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))
	defer func() {
		if t.Failed() {
			t.Log(logs.String())
		}
	}()
	w.eventually("the dry run to report the liquidation and the margin call", 10*time.Second, func() bool {
		return logs.Contains("dry run: would send liquidate") && logs.Contains(strings.ToLower(s.From.Hex())) &&
			logs.Contains("dry run: alert") && logs.Contains(strings.ToLower(warned.From.Hex()))
	})
	after, _ := w.anvil.Client.NonceAt(context.Background(), k.From(), nil)
	if after != nonce || len(w.liquidations()) != 0 {
		t.Fatalf("dry run sent transactions: nonce %d → %d, %d liquidations", nonce, after, len(w.liquidations()))
	}
	if n := w.leaders(); n != 0 {
		t.Fatalf("the dry run holds %d leader locks, want none", n)
	}
	for _, kind := range []string{keeper.AlertMarginCall, keeper.AlertLiquidated, keeper.AlertHealthy} {
		if n := w.alertCount(kind, common.Address{}); n != 0 {
			t.Errorf("the dry run stored %d %s alerts, want none", n, kind)
		}
	}
	if n := len(hook.byKind(keeper.AlertMarginCall)); n != 0 {
		t.Errorf("the dry run delivered %d margin calls, want none", n)
	}
	// A real keeper beside it leads at once and liquidates.
	w.keep(keeper.Config{})
	w.eventually("the real keeper to liquidate", 30*time.Second, func() bool { _, ok := w.liquidations()[s.From]; return ok })
	if n := w.leaders(); n != 1 {
		t.Fatalf("%d leader locks, want the real keeper's", n)
	}
}

// TestTwoKeepersOneSends: two keepers with their own keys on one database; exactly one leads
// and sends, and the standby sends nothing. Stop the leader, and the standby takes over.
func TestTwoKeepersOneSends(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	first := w.open(4_900)
	keyB := anviltest.Key(2)
	addrA, addrB := crypto.PubkeyToAddress(w.keeperKey.PublicKey), crypto.PubkeyToAddress(keyB.PublicKey)
	w.send(w.deployer, w.m.LoanToken, erc20.PackMint(addrB, big.NewInt(5_000_000e6)))
	w.follow()
	w.indexedHead()
	stopA := w.keepWith(keeper.Config{LeaseInterval: 100 * time.Millisecond}, w.keeperKey, nil, testlog.Discard)
	w.eventually("a leader", 10*time.Second, func() bool { return w.leaders() == 1 })
	nonceB, err := w.anvil.Client.NonceAt(ctx, addrB, nil)
	if err != nil {
		t.Fatal(err)
	}
	stopB := w.keepWith(keeper.Config{LeaseInterval: 100 * time.Millisecond}, keyB, nil, testlog.Discard)
	defer stopB()
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))
	w.eventually("the first liquidation", 30*time.Second, func() bool { return len(w.liquidations()) == 1 })
	if n := w.leaders(); n != 1 {
		t.Fatalf("%d keepers hold the leader lock, want 1", n)
	}
	if got := w.liquidator(first.From); got != addrA {
		t.Fatalf("liquidated by %s, want the leader %s", got, addrA)
	}
	if n, _ := w.anvil.Client.PendingNonceAt(ctx, addrB); n != nonceB {
		t.Fatalf("the standby's nonce moved %d → %d: it sent while not leading", nonceB, n)
	}
	stopA()
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(100_000e8)))
	second := w.open(4_900)
	w.indexedHead()
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))
	w.eventually("the standby to take over and liquidate", 30*time.Second, func() bool {
		_, ok := w.liquidations()[second.From]
		return ok
	})
	if got := w.liquidator(second.From); got != addrB {
		t.Fatalf("liquidated by %s, want the new leader %s", got, addrB)
	}
}

// liquidator returns who liquidated a borrower last.
func (w *world) liquidator(borrower common.Address) common.Address {
	w.t.Helper()
	logs, err := w.anvil.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		Addresses: []common.Address{w.m.Market},
		Topics:    [][]common.Hash{{liquidateTopic()}, nil, {common.BytesToHash(borrower.Bytes())}},
	})
	if err != nil || len(logs) == 0 {
		w.t.Fatalf("no liquidation of %s: %v", borrower, err)
	}
	ev, err := market.UnpackLiquidateEvent(&logs[len(logs)-1])
	if err != nil {
		w.t.Fatal(err)
	}
	return ev.Liquidator
}

func liquidateTopic() common.Hash {
	parsed, _ := bindings.LendingMarketMetaData.ParseABI()
	return parsed.Events["Liquidate"].ID
}

// leaders counts the sessions holding a market's lease.
func (w *world) leaders() int {
	w.t.Helper()
	var n int
	if err := w.pool.QueryRow(context.Background(), `SELECT count(DISTINCT pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND classid = $1::int8::oid`,
		keeper.MarketLeaseNamespace(chainID.Uint64())).Scan(&n); err != nil {
		w.t.Fatal(err)
	}
	return n
}

func TestKeeperBadConfig(t *testing.T) {
	w := newWorld(t)
	unfunded, _ := crypto.GenerateKey()
	wrongChain := *w.dep
	wrongChain.ChainID = 10
	unknown := *w.dep
	unknown.Markets = []deploy.Market{{Name: "NOPE", Market: common.HexToAddress("0x000000000000000000000000000000000000dEaD")}}
	notMarket := *w.dep // a contract, but the loan token
	notMarket.Markets = []deploy.Market{{Name: "TOKEN", Market: w.m.LoanToken, CollateralToken: w.m.CollateralToken}}
	tests := []struct {
		name string
		dep  *deploy.Deployment
		key  *ecdsa.PrivateKey
		want string
	}{
		{"key without funds", w.dep, unfunded, "has no ETH"},
		{"rpc on another chain", &wrongChain, w.keeperKey, "the deployment is on chain 10 but --rpc serves chain 31337"},
		{"unknown market", &unknown, w.keeperKey, "has no code on chain 31337"},
		{"not a market of the factory", &notMarket, w.keeperKey, "is not a market of factory " + w.dep.Factory.Hex()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := keeper.New(context.Background(), keeper.Config{Deployment: tt.dep}, w.anvil.Client, w.pool, tt.key, testlog.Discard, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestFeeSpikeReplacesPendingLiquidation: the base fee jumps right after the keeper sends; its
// transaction cannot be included at its fee cap, so it is replaced with a higher fee and mined.
func TestFeeSpikeReplacesPendingLiquidation(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t)
	s := w.open(4_900)
	w.follow()
	w.indexedHead()
	var logs testlog.Buffer
	w.keepWith(keeper.Config{TxConfig: txmgr.Config{ResubmitAfterBlocks: 1}}, w.keeperKey, nil, slog.New(slog.NewJSONHandler(&logs, nil)))
	keeperAddr := crypto.PubkeyToAddress(w.keeperKey.PublicKey)
	w.approved(keeperAddr)
	// Blocks are mined by hand: the price drops in a block of its own, and the keeper's
	// liquidation waits in the mempool.
	nonce := w.crashHeld(keeperAddr)
	w.eventually("the keeper's liquidation in the mempool", 30*time.Second, func() bool { return len(published(&logs, nonce)) == 1 })
	header, err := w.anvil.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The base fee jumps fifty-fold: sent at a cap of about twice the old one, the liquidation
	// stays out of the block, and the keeper replaces it.
	spike := new(big.Int).Mul(header.BaseFee, big.NewInt(50))
	w.rpc("anvil_setNextBlockBaseFeePerGas", hexutil.EncodeBig(spike))
	w.rpc("evm_mine")
	w.eventually("the keeper's replacement", 30*time.Second, func() bool { return len(published(&logs, nonce)) >= 2 })
	w.rpc("evm_setAutomine", true)
	w.rpc("evm_mine")
	w.eventually("the liquidation", 30*time.Second, func() bool { _, ok := w.liquidations()[s.From]; return ok })
	block := w.liquidations()[s.From]
	b, err := w.anvil.Client.BlockByNumber(context.Background(), new(big.Int).SetUint64(block))
	if err != nil {
		t.Fatal(err)
	}
	first := published(&logs, nonce)[0]
	for _, tx := range b.Transactions() {
		from, _ := types.Sender(types.LatestSignerForChainID(chainID), tx)
		if from != keeperAddr {
			continue
		}
		// Sent at a cap of about 2 × the old base fee, it could only be mined once replaced.
		if limit := new(big.Int).Mul(header.BaseFee, big.NewInt(4)); tx.GasFeeCap().Cmp(limit) <= 0 {
			t.Fatalf("mined with fee cap %s, not above %s: it was never replaced", tx.GasFeeCap(), limit)
		}
		if tx.Nonce() != nonce || tx.Hash() == first {
			t.Fatalf("mined tx %s nonce %d; want nonce %d replacing the first published %s", tx.Hash(), tx.Nonce(), nonce, first)
		}
		return
	}
	t.Fatalf("no keeper transaction in block %d", block)
}

// published lists the transactions the JSON log says were published with nonce, in order.
func published(logs *testlog.Buffer, nonce uint64) []common.Hash {
	var out []common.Hash
	for _, line := range strings.Split(logs.String(), "\n") {
		var rec struct {
			Msg   string `json:"msg"`
			Nonce uint64 `json:"nonce"`
			Tx    string `json:"tx"`
		}
		if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "tx published" && rec.Nonce == nonce {
			out = append(out, common.HexToHash(rec.Tx))
		}
	}
	return out
}

// TestKeeperReactsToTheAggregator: the market reads Chainlink's proxy, and the price update
// goes to the aggregator behind it, which alone emits AnswerUpdated. The positions it puts
// past the line are liquidated, the first in the block right after the aggregator's update,
// and the safe one is left alone.
func TestKeeperReactsToTheAggregator(t *testing.T) {
	w := newWorldOn(t, false)
	if w.m.Aggregator == nil {
		t.Fatalf("market %+v names no aggregator", w.m)
	}
	// At $60,000 an LTV of L at $100,000 becomes L / 0.6: 80.8% to 82.5%, and 50%.
	past := []*chain.Sender{w.open(4_850), w.open(4_900), w.open(4_950)}
	safe := w.open(3_000)
	w.rpc("evm_setIntervalMining", 1)
	w.follow()
	w.indexedHead()
	reg := w.keepCounted(keeper.Config{}, testlog.Discard)
	w.approved(crypto.PubkeyToAddress(w.keeperKey.PublicKey))
	w.eventually("the keeper to watch the 4 positions", 30*time.Second, func() bool {
		return metrictest.Sum(t, reg, "ltvkeeper_keeper_positions_watched") == 4
	})

	receipt, err := w.m.PublishPrice(context.Background(), w.deployer, big.NewInt(60_000e8))
	if err != nil {
		t.Fatal(err)
	}
	update := receipt.BlockNumber.Uint64()
	answerUpdated := chain.EventID(&devaggregator.DevAggregatorMetaData, "AnswerUpdated")
	logs, err := w.anvil.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: receipt.BlockNumber, ToBlock: receipt.BlockNumber,
		Addresses: []common.Address{w.m.PriceFeed, *w.m.Aggregator}, Topics: [][]common.Hash{{answerUpdated}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != 1 || logs[0].Address != *w.m.Aggregator {
		t.Fatalf("AnswerUpdated logs of the update's block %d: %+v, want one, from the aggregator %s", update, logs, *w.m.Aggregator)
	}

	w.eventually("3 liquidations", 30*time.Second, func() bool { return len(w.liquidations()) >= len(past) })
	liquidated := w.liquidations()
	first := uint64(0)
	for _, s := range past {
		block, ok := liquidated[s.From]
		if !ok {
			t.Fatalf("%s past the line was not liquidated", s.From)
		}
		if first == 0 || block < first {
			first = block
		}
	}
	if first != update+1 {
		t.Errorf("first liquidation mined in block %d, want %d: the block right after the aggregator's update in %d", first, update+1, update)
	}
	if block, ok := liquidated[safe.From]; ok {
		t.Errorf("the safe position %s was liquidated in block %d", safe.From, block)
	}
}

// TestReactionCountsFromThePriceBlock: a keeper that starts blocks after the price update
// counts its reaction from the update's block, not from the head it first saw.
func TestReactionCountsFromThePriceBlock(t *testing.T) {
	w := newWorld(t)
	s := w.open(4_900)
	w.follow()
	receipt, err := w.deployer.Transact(context.Background(), w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		w.rpc("evm_mine")
	}
	w.indexedHead()
	reg := w.keepCounted(keeper.Config{}, testlog.Discard)
	w.eventually("the liquidation", 30*time.Second, func() bool { _, ok := w.liquidations()[s.From]; return ok })
	w.eventually("the keeper to settle it", 30*time.Second, func() bool {
		return metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_mined_total") == 1
	})
	want := float64(w.liquidations()[s.From] - receipt.BlockNumber.Uint64())
	if got := metrictest.Sum(t, reg, "ltvkeeper_keeper_reaction_blocks"); got != want {
		t.Fatalf("reaction %v blocks, want %v: from the price update in block %d", got, want, receipt.BlockNumber)
	}
	// The transaction manager's metrics are served beside the keeper's: an approve and the
	// liquidation were confirmed.
	if got := metrictest.Sum(t, reg, "ltvkeeper_txmgr_confirmed_total"); got < 1 {
		t.Fatalf("ltvkeeper_txmgr_confirmed_total = %v, want the keeper's sends counted", got)
	}
}

// TestRestartWithLiquidationInFlight: a keeper sends a liquidation that is not mined yet and
// stops; a new keeper starts. It sends neither a second approve nor a second liquidation of
// the pending one, the nonce does not get stuck, and the position is liquidated once.
func TestRestartWithLiquidationInFlight(t *testing.T) {
	w := newWorld(t)
	s := w.open(4_900)
	w.follow()
	w.indexedHead()
	keeperAddr := crypto.PubkeyToAddress(w.keeperKey.PublicKey)
	ctx := context.Background()
	stop := w.keep(keeper.Config{})
	w.approved(keeperAddr)
	mined := w.crashHeld(keeperAddr)
	w.pending("the liquidation to be sent", keeperAddr, func(n uint64) bool { return n > mined })
	stop()
	reg := w.keepCounted(keeper.Config{}, testlog.Discard)
	w.eventually("the new keeper to see the pending liquidation", 30*time.Second, func() bool {
		return metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_skipped_total") > 0
	})
	w.rpc("evm_setAutomine", true)
	w.rpc("evm_mine")
	w.eventually("the liquidation to be mined", 30*time.Second, func() bool { _, ok := w.liquidations()[s.From]; return ok })
	w.eventually("the keeper's nonce to settle", 30*time.Second, func() bool {
		pending, err1 := w.anvil.Client.PendingNonceAt(ctx, keeperAddr)
		latest, err2 := w.anvil.Client.NonceAt(ctx, keeperAddr, nil)
		return err1 == nil && err2 == nil && pending == latest
	})
	// The restarted keeper still sends: a second position past the line is liquidated too.
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(100_000e8)))
	other := w.open(4_900)
	w.indexedHead()
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))
	w.eventually("the next liquidation", 30*time.Second, func() bool { _, ok := w.liquidations()[other.From]; return ok })
	if n := w.liquidationCount(s.From); n != 1 {
		t.Fatalf("%s liquidated %d times, want once", s.From, n)
	}
	// One approve and two liquidations, across both keepers.
	if n, err := w.anvil.Client.NonceAt(ctx, keeperAddr, nil); err != nil || n != 3 {
		t.Fatalf("the keeper sent %d transactions (err %v), want 3: one approve, two liquidations", n, err)
	}
}

// TestRestartWithApprovePending: a keeper's approve is still pending when it stops; the next
// keeper does not send another.
func TestRestartWithApprovePending(t *testing.T) {
	w := newWorld(t)
	w.open(4_900)
	w.follow()
	w.indexedHead()
	keeperAddr := crypto.PubkeyToAddress(w.keeperKey.PublicKey)
	ctx := context.Background()
	w.rpc("evm_setAutomine", false)
	stop := w.keep(keeper.Config{})
	w.pending("the approve to be sent", keeperAddr, func(n uint64) bool { return n == 1 })
	stop()
	var logs testlog.Buffer
	w.keepWith(keeper.Config{}, w.keeperKey, nil, slog.New(slog.NewTextHandler(&logs, nil)))
	w.eventually("the new keeper to see the pending approve", 30*time.Second, func() bool {
		return logs.Contains("approve of the market already pending")
	})
	w.rpc("evm_setAutomine", true)
	w.rpc("evm_mine")
	w.approved(keeperAddr)
	if n, err := w.anvil.Client.NonceAt(ctx, keeperAddr, nil); err != nil || n != 1 {
		t.Fatalf("the keeper sent %d transactions (err %v), want one approve", n, err)
	}
}

// TestReorgPutsLiquidationBackInPlay: the keeper's liquidation is mined and indexed, then a
// rollback removes it; the indexer rolls back, and the keeper, seeing the index go back,
// reloads the position and liquidates it again.
func TestReorgPutsLiquidationBackInPlay(t *testing.T) {
	w := newWorld(t)
	s := w.open(4_900)
	w.rpc("evm_setIntervalMining", 1)
	w.follow()
	w.indexedHead()
	reg := w.keepCounted(keeper.Config{}, testlog.Discard)
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))
	w.eventually("the liquidation", 30*time.Second, func() bool { _, ok := w.liquidations()[s.From]; return ok })
	first := w.liquidations()[s.From]
	w.eventually("the keeper to settle its liquidation", 30*time.Second, func() bool {
		return metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_mined_total") == 1
	})
	w.eventually("the liquidation indexed and alerted", 30*time.Second, func() bool {
		return w.alertCount(keeper.AlertLiquidated, s.From) == 1
	})
	head, err := w.anvil.Client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	w.rpc("anvil_rollback", head-first+1)
	if n := w.liquidationCount(s.From); n != 0 {
		t.Fatalf("after the rollback the chain still has %d liquidations of %s", n, s.From)
	}
	w.eventually("the keeper to liquidate again", 30*time.Second, func() bool { return w.liquidationCount(s.From) == 1 })
	if ltv := w.ltv(s.From); ltv.Cmp(big.NewInt(7e17)) > 0 {
		t.Errorf("%s LTV %s after the second liquidation, want at most 0.7", s.From, ltv)
	}
	if got := metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_sent_total"); got != 2 {
		t.Errorf("sent = %v, want 2", got)
	}
}

// liquidationCount counts the Liquidate events of a borrower.
func (w *world) liquidationCount(borrower common.Address) int {
	w.t.Helper()
	parsed, _ := bindings.LendingMarketMetaData.ParseABI()
	logs, err := w.anvil.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		Addresses: []common.Address{w.m.Market},
		Topics:    [][]common.Hash{{parsed.Events["Liquidate"].ID}, nil, {common.BytesToHash(borrower.Bytes())}},
	})
	if err != nil {
		w.t.Fatal(err)
	}
	return len(logs)
}

// TestMarginCallRearms: one alert per crossing of the margin-call LTV; "healthy" once the LTV
// falls below the line less the hysteresis; the next crossing alerts again.
func TestMarginCallRearms(t *testing.T) {
	w := newWorld(t)
	s := w.open(4_200) // 42% at $100,000; 70% at $60,000
	w.follow()
	w.indexedHead()
	hook := newWebhook(t)
	w.keep(keeper.Config{Webhook: hook.srv.URL})
	kinds := func() []string {
		hook.mu.Lock()
		defer hook.mu.Unlock()
		var out []string
		for _, a := range hook.alerts {
			if a.Borrower == s.From {
				out = append(out, a.Kind)
			}
		}
		return out
	}
	setPrice := func(dollars int64) {
		w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(dollars*1e8)))
	}
	setPrice(60_000)
	w.eventually("a margin call", 10*time.Second, func() bool { return len(kinds()) == 1 })
	setPrice(63_000) // 66.7%: still past the line, no new alert
	setPrice(64_000) // 65.6%: within the hysteresis, no alert
	setPrice(100_000)
	w.eventually("healthy again", 10*time.Second, func() bool { return len(kinds()) == 2 })
	setPrice(60_000)
	w.eventually("a second margin call", 10*time.Second, func() bool { return len(kinds()) == 3 })
	if got := strings.Join(kinds(), ","); got != "margin_call,healthy,margin_call" {
		t.Fatalf("alerts %s, want margin_call,healthy,margin_call", got)
	}
}

// TestInFlightLiquidationsShareFunds: two liquidations go out in one block while the keeper
// holds loan token for one and a half of them; the second is capped at what the first leaves,
// so both are mined and neither reverts.
func TestInFlightLiquidationsShareFunds(t *testing.T) {
	w := newWorld(t)
	a, b := w.open(4_900), w.open(4_900)
	keeperSender := chain.NewSender(w.anvil.Client, w.keeperKey, chainID)
	// Each liquidation wants about $26,700 at $60,000; keep $40,000.
	w.send(keeperSender, w.m.LoanToken, erc20.PackTransfer(w.deployer.From, big.NewInt(5_000_000e6-40_000e6)))
	w.follow()
	w.indexedHead()
	reg := w.keepCounted(keeper.Config{}, testlog.Discard)
	keeperAddr := keeperSender.From
	w.approved(keeperAddr)
	nonce := w.crashHeld(keeperAddr)
	w.pending("two liquidations in the mempool", keeperAddr, func(n uint64) bool { return n == nonce+2 })
	w.rpc("evm_mine")
	w.rpc("evm_setAutomine", true)
	w.eventually("the keeper to settle both", 30*time.Second, func() bool {
		return metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_mined_total")+metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_reverted_total") == 2
	})
	if got := metrictest.Sum(t, reg, "ltvkeeper_keeper_liquidations_reverted_total"); got != 0 {
		t.Fatalf("reverted = %v, want 0: the second liquidation spent funds the first had taken", got)
	}
	liquidated := w.liquidations()
	if liquidated[a.From] == 0 || liquidated[a.From] != liquidated[b.From] {
		t.Fatalf("liquidated in blocks %d and %d, want both in one block", liquidated[a.From], liquidated[b.From])
	}
}

// TestNewHeadsWakeTheKeeper: with polling all but off and no indexer NOTIFY, new heads from a
// WebSocket subscription are what make the keeper act on a price drop.
func TestNewHeadsWakeTheKeeper(t *testing.T) {
	w := newWorld(t)
	s := w.open(4_900)
	ix, err := indexer.New(indexer.Config{ChainID: 31337, Factory: w.dep.Factory, StartBlock: w.dep.StartBlock, UntilHead: true},
		w.rpcClient(), w.pool, testlog.Discard, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	ws := anviltest.Dial(t, "ws"+strings.TrimPrefix(w.anvil.URL, "http"))
	headers := make(chan *types.Header, 16)
	sub, err := ws.SubscribeNewHead(context.Background(), headers)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sub.Unsubscribe)
	heads := make(chan uint64, 1)
	w.background(func(ctx context.Context) error {
		for {
			select {
			case <-ctx.Done():
				return nil
			case h := <-headers:
				select {
				case heads <- h.Number.Uint64():
				default:
				}
			}
		}
	})
	reg := prometheus.NewRegistry()
	w.keepWith(keeper.Config{PollInterval: time.Hour, NewHeads: heads, TxConfig: txmgr.Config{ReceiptPollInterval: 50 * time.Millisecond}},
		w.keeperKey, reg, testlog.Discard)
	w.eventually("the keeper's first look at the head", 30*time.Second, func() bool {
		return metrictest.Sum(t, reg, "ltvkeeper_keeper_balance") > 0 // reported after each evaluation
	})
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))
	w.eventually("the liquidation", 30*time.Second, func() bool { _, ok := w.liquidations()[s.From]; return ok })
}

func (w *world) rpcClient() *rpc.Client {
	w.t.Helper()
	return anviltest.Dial(w.t, w.anvil.URL).Client()
}

// recorder is a slog handler that keeps every record, for tests to count what was said.
type recorder struct {
	mu    *sync.Mutex
	recs  *[]slog.Record
	attrs []slog.Attr
}

func newRecorder() recorder { return recorder{mu: new(sync.Mutex), recs: new([]slog.Record)} }

func (r recorder) Enabled(context.Context, slog.Level) bool { return true }
func (r recorder) WithGroup(string) slog.Handler            { return r }
func (r recorder) WithAttrs(as []slog.Attr) slog.Handler {
	r.attrs = append(r.attrs[:len(r.attrs):len(r.attrs)], as...)
	return r
}

func (r recorder) Handle(_ context.Context, rec slog.Record) error {
	rec = rec.Clone()
	rec.AddAttrs(r.attrs...)
	r.mu.Lock()
	defer r.mu.Unlock()
	*r.recs = append(*r.recs, rec)
	return nil
}

// said returns the records at level or above whose message starts with prefix.
func (r recorder) said(level slog.Level, prefix string) []slog.Record {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []slog.Record
	for _, rec := range *r.recs {
		if rec.Level >= level && strings.HasPrefix(rec.Message, prefix) {
			out = append(out, rec)
		}
	}
	return out
}

// attr returns a record's attribute.
func attr(rec slog.Record, key string) slog.Value {
	var v slog.Value
	rec.Attrs(func(a slog.Attr) bool {
		if a.Key == key {
			v = a.Value
			return false
		}
		return true
	})
	return v
}

// saidOnce waits until the keeper has skipped n positions for reason at 4 heads, then fails
// unless it said msg (at info level) exactly once, about n positions; it returns that record.
func (w *world) saidOnce(reg *prometheus.Registry, rec recorder, reason, msg string, n int64) slog.Record {
	w.t.Helper()
	w.eventually("4 heads of positions skipped as "+reason, 30*time.Second, func() bool {
		return metrictest.Sum(w.t, reg, "ltvkeeper_keeper_liquidations_skipped_total", "reason", reason) >= float64(4*n)
	})
	said := rec.said(slog.LevelInfo, msg)
	if len(said) != 1 {
		w.t.Fatalf("said %q %d times, want once", msg, len(said))
	}
	if got := attr(said[0], "positions").Int64(); got != n {
		w.t.Errorf("said %q about %d positions, want %d", msg, got, n)
	}
	return said[0]
}

// TestUnfundedKeeperSaysSoOnce: a keeper without loan token facing positions past the line
// at block after block says so once, with the count, and shows the count as a gauge; funded,
// it liquidates them and says so once.
func TestUnfundedKeeperSaysSoOnce(t *testing.T) {
	w := newWorld(t)
	const n = 6
	var past []*chain.Sender
	for range n {
		past = append(past, w.open(4_900))
	}
	keeperSender := chain.NewSender(w.anvil.Client, w.keeperKey, chainID)
	w.send(keeperSender, w.m.LoanToken, erc20.PackTransfer(w.deployer.From, big.NewInt(5_000_000e6)))
	w.rpc("evm_setIntervalMining", 1)
	w.follow()
	w.indexedHead()
	reg, rec := prometheus.NewRegistry(), newRecorder()
	w.keepWith(keeper.Config{}, w.keeperKey, reg, slog.New(rec))
	w.approved(keeperSender.From)
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))

	w.eventually("the unfunded gauge to count the positions", 30*time.Second, func() bool {
		return metrictest.Sum(t, reg, "ltvkeeper_keeper_unfunded_positions", "market", w.m.Name) == n
	})
	said := w.saidOnce(reg, rec, "no_funds", "cannot liquidate", n)
	if got := attr(said, "needed").String(); got == "" || got == "0" {
		t.Errorf("said it needs %q loan token, want the sum of the repayments", got)
	}

	w.send(w.deployer, w.m.LoanToken, erc20.PackMint(keeperSender.From, big.NewInt(5_000_000e6)))
	w.eventually("the liquidations once funded", 30*time.Second, func() bool { return len(w.liquidations()) == n })
	w.eventually("the unfunded gauge to drop to 0", 30*time.Second, func() bool {
		return metrictest.Sum(t, reg, "ltvkeeper_keeper_unfunded_positions", "market", w.m.Name) == 0
	})
	if got := len(rec.said(slog.LevelInfo, "funds available again")); got != 1 {
		t.Errorf("said %d times that funds are available again, want once", got)
	}
	if got := len(rec.said(slog.LevelInfo, "cannot liquidate")); got != 1 {
		t.Errorf("said %d times that it cannot liquidate, want once", got)
	}
}

// TestUnprofitableSaidOnce: positions past the line that would earn less than --min-profit
// are said once for all, at block after block, and each is logged at debug level once.
func TestUnprofitableSaidOnce(t *testing.T) {
	w := newWorld(t)
	const n = 3
	for range n {
		w.open(4_900)
	}
	w.rpc("evm_setIntervalMining", 1)
	w.follow()
	w.indexedHead()
	reg, rec := prometheus.NewRegistry(), newRecorder()
	w.keepWith(keeper.Config{MinProfit: big.NewInt(1e15)}, w.keeperKey, reg, slog.New(rec))
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))
	w.saidOnce(reg, rec, "unprofitable", "not liquidating", n)
	if got := len(rec.said(slog.LevelDebug, "not liquidating: expected profit below --min-profit")); got != n {
		t.Errorf("%d debug lines for the positions, want one each (%d)", got, n)
	}
	if len(w.liquidations()) != 0 {
		t.Errorf("liquidated unprofitable positions")
	}
}
