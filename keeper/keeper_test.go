package keeper_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
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

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/keeper"
	"github.com/ltvkeeper/ltvkeeper/keeper/txmgr"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/migrations"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

var (
	quiet   = slog.New(slog.NewTextHandler(io.Discard, nil))
	market  = bindings.NewLendingMarket()
	erc20   = bindings.NewMockERC20()
	feedABI = bindings.NewMockPriceFeed()
	maxUint = loanmath.MaxUint256.ToBig()
	chainID = big.NewInt(31337)
)

// world is a dev deployment on Anvil, its index database, and a funded keeper account.
type world struct {
	t         *testing.T
	anvil     *anviltest.Anvil
	dep       *deploy.Deployment
	m         deploy.Market
	deployer  *chain.Sender
	keeperKey *ecdsa.PrivateKey
	dbURL     string
	pool      *pgxpool.Pool
}

func newWorld(t *testing.T) *world {
	t.Helper()
	ctx := context.Background()
	a := anviltest.Start(t)
	deployer := chain.NewSender(a.Client, anviltest.Key(0), chainID)
	dep, err := deploy.Deploy(ctx, deployer, chainID, deploy.Config{
		Dev: true, BTCPrice: big.NewInt(100_000e8), Liquidity: big.NewInt(20_000_000e6),
	}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	w := &world{t: t, anvil: a, dep: dep, m: dep.Markets[0], deployer: deployer, keeperKey: anviltest.Key(1)}
	keeperAddr := crypto.PubkeyToAddress(w.keeperKey.PublicKey)
	w.send(deployer, w.m.LoanToken, erc20.PackMint(keeperAddr, big.NewInt(5_000_000e6)))
	w.dbURL = pgtest.DB(t)
	if _, err := migrations.Up(ctx, w.dbURL, quiet); err != nil {
		t.Fatal(err)
	}
	if w.pool, err = pgxpool.New(ctx, w.dbURL); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.pool.Close)
	return w
}

func (w *world) send(s *chain.Sender, to common.Address, data []byte) {
	w.t.Helper()
	if _, err := s.Transact(context.Background(), to, data); err != nil {
		w.t.Fatal(err)
	}
}

func (w *world) rpc(method string, args ...any) {
	w.t.Helper()
	if err := w.anvil.Client.Client().CallContext(context.Background(), nil, method, args...); err != nil {
		w.t.Fatalf("%s: %v", method, err)
	}
}

// open opens a position of 1 BTC at ltv (basis points) of its value at $100,000, from a new
// account, and returns the account.
func (w *world) open(bps int64) *chain.Sender {
	w.t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		w.t.Fatal(err)
	}
	s := chain.NewSender(w.anvil.Client, key, chainID)
	w.rpc("anvil_setBalance", s.From, hexutil.EncodeBig(big.NewInt(1e18)))
	w.send(s, w.m.CollateralToken, erc20.PackMint(s.From, big.NewInt(1e8)))
	w.send(s, w.m.CollateralToken, erc20.PackApprove(w.m.Market, maxUint))
	w.send(s, w.m.Market, market.PackDepositCollateral(big.NewInt(1e8), s.From))
	w.send(s, w.m.Market, market.PackBorrow(big.NewInt(100_000e6*bps/10_000), s.From))
	return s
}

// follow runs an indexer on the head until the test ends.
func (w *world) follow() {
	w.t.Helper()
	client, err := rpc.Dial(w.anvil.URL)
	if err != nil {
		w.t.Fatal(err)
	}
	ix, err := indexer.New(indexer.Config{ChainID: 31337, Factory: w.dep.Factory, StartBlock: w.dep.StartBlock,
		PollInterval: 50 * time.Millisecond}, client, w.pool, quiet, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	w.background(ix.Run)
	w.t.Cleanup(client.Close)
}

// keep starts a keeper until the test ends (or its stop is called).
func (w *world) keep(cfg keeper.Config) (stop func()) {
	w.t.Helper()
	cfg.Deployment = w.dep
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 50 * time.Millisecond
	}
	k, err := keeper.New(context.Background(), cfg, w.anvil.Client, w.pool, w.dbURL, w.keeperKey, quiet, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return w.background(k.Run)
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
	parsed, _ := bindings.LendingMarketMetaData.ParseABI()
	logs, err := w.anvil.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		Addresses: []common.Address{w.m.Market}, Topics: [][]common.Hash{{parsed.Events["Liquidate"].ID}},
	})
	if err != nil {
		w.t.Fatal(err)
	}
	out := make(map[common.Address]uint64)
	for _, l := range logs {
		ev, err := market.UnpackLiquidateEvent(&l)
		if err != nil {
			w.t.Fatal(err)
		}
		out[ev.Borrower] = l.BlockNumber
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
	c := call(w, w.m.Market, market.PackCollateral(who), market.UnpackCollateral)
	s := call(w, w.m.Market, market.PackBorrowShares(who), market.UnpackBorrowShares)
	return positionState{c.String(), s.String()}
}

func (w *world) ltv(who common.Address) *big.Int {
	return call(w, w.m.Market, market.PackLtv(who), market.UnpackLtv)
}

func call[T any](w *world, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	w.t.Helper()
	v, err := chain.Call(context.Background(), w.anvil.Client, to, data, unpack, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return v
}

// TestCompetitorTakesSome: another liquidator is first on some positions; the keeper does not
// crash, liquidates the rest, and counts what it lost.
func TestCompetitorTakesSome(t *testing.T) {
	w := newWorld(t)
	var past []*chain.Sender
	for i := range 6 {
		past = append(past, w.open(4_900+int64(i)*10))
	}
	w.follow()
	w.indexedHead()
	// The competitor liquidates three at $60,000 before the keeper starts.
	competitor := chain.NewSender(w.anvil.Client, anviltest.Key(3), chainID)
	w.send(w.deployer, w.m.LoanToken, erc20.PackMint(competitor.From, big.NewInt(1_000_000e6)))
	w.send(competitor, w.m.LoanToken, erc20.PackApprove(w.m.Market, maxUint))
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))
	for _, s := range past[:3] {
		w.send(competitor, w.m.Market, market.PackLiquidate(s.From, maxUint))
	}
	w.keep(keeper.Config{})
	w.eventually("the other three liquidated", 30*time.Second, func() bool { return len(w.liquidations()) == len(past) })
	for _, s := range past {
		if ltv := w.ltv(s.From); ltv.Cmp(big.NewInt(7e17)) > 0 {
			t.Errorf("%s LTV %s after liquidation, want at most 0.7", s.From, ltv)
		}
	}
}

// TestDryRunSendsNothing: a dry-run keeper logs what it would send and sends nothing.
func TestDryRunSendsNothing(t *testing.T) {
	w := newWorld(t)
	s := w.open(4_900)
	w.follow()
	w.indexedHead()
	var logs syncBuffer
	cfg := keeper.Config{DryRun: true, Deployment: w.dep, PollInterval: 50 * time.Millisecond}
	k, err := keeper.New(context.Background(), cfg, w.anvil.Client, w.pool, w.dbURL, w.keeperKey,
		slog.New(slog.NewTextHandler(&logs, nil)), nil)
	if err != nil {
		t.Fatal(err)
	}
	nonce, _ := w.anvil.Client.NonceAt(context.Background(), k.From(), nil)
	w.background(k.Run)
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))
	defer func() {
		if t.Failed() {
			logs.mu.Lock()
			t.Log(logs.buf.String())
			logs.mu.Unlock()
		}
	}()
	w.eventually("the dry run to report the liquidation", 10*time.Second, func() bool {
		return logs.contains("dry run: would send liquidate") && logs.contains(strings.ToLower(s.From.Hex()))
	})
	after, _ := w.anvil.Client.NonceAt(context.Background(), k.From(), nil)
	if after != nonce || len(w.liquidations()) != 0 {
		t.Fatalf("dry run sent transactions: nonce %d → %d, %d liquidations", nonce, after, len(w.liquidations()))
	}
}

// TestTwoKeepersOneSends: two keepers on one database; exactly one leads and sends. Stop it,
// and the other takes over.
func TestTwoKeepersOneSends(t *testing.T) {
	w := newWorld(t)
	first := w.open(4_900)
	w.follow()
	w.indexedHead()
	stopA := w.keep(keeper.Config{LeaderRetry: 100 * time.Millisecond})
	w.eventually("a leader", 10*time.Second, func() bool { return w.leaders() == 1 })
	stopB := w.keep(keeper.Config{LeaderRetry: 100 * time.Millisecond})
	defer stopB()
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))
	w.eventually("the first liquidation", 30*time.Second, func() bool { return len(w.liquidations()) == 1 })
	if n := w.leaders(); n != 1 {
		t.Fatalf("%d keepers hold the leader lock, want 1", n)
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
	_ = first
}

// leaders counts the sessions holding an advisory lock (the keepers' leader lock).
func (w *world) leaders() int {
	w.t.Helper()
	var n int
	if err := w.pool.QueryRow(context.Background(), `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted`).Scan(&n); err != nil {
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
	tests := []struct {
		name string
		dep  *deploy.Deployment
		key  *ecdsa.PrivateKey
		want string
	}{
		{"key without funds", w.dep, unfunded, "has no ETH"},
		{"rpc on another chain", &wrongChain, w.keeperKey, "the deployment is on chain 10 but --rpc serves chain 31337"},
		{"unknown market", &unknown, w.keeperKey, "has no code on chain 31337"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := keeper.New(context.Background(), keeper.Config{Deployment: tt.dep}, w.anvil.Client, w.pool, w.dbURL, tt.key, quiet, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// syncBuffer is a log sink tests can read while the keeper writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) contains(s string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return bytes.Contains(b.buf.Bytes(), []byte(s))
}

// TestFeeSpikeReplacesPendingLiquidation: the base fee jumps right after the keeper sends; its
// transaction cannot be included at its fee cap, so it is replaced with a higher fee and mined.
func TestFeeSpikeReplacesPendingLiquidation(t *testing.T) {
	w := newWorld(t)
	s := w.open(4_900)
	w.rpc("evm_setIntervalMining", 1)
	w.follow()
	w.indexedHead()
	w.keep(keeper.Config{TxConfig: txmgr.Config{ResubmitAfterBlocks: 1}})
	receipt, err := w.deployer.Transact(context.Background(), w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))
	if err != nil {
		t.Fatal(err)
	}
	header, err := w.anvil.Client.HeaderByNumber(context.Background(), receipt.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	spike := new(big.Int).Mul(header.BaseFee, big.NewInt(50))
	w.rpc("anvil_setNextBlockBaseFeePerGas", hexutil.EncodeBig(spike))
	w.eventually("the liquidation", 30*time.Second, func() bool { _, ok := w.liquidations()[s.From]; return ok })
	block := w.liquidations()[s.From]
	b, err := w.anvil.Client.BlockByNumber(context.Background(), new(big.Int).SetUint64(block))
	if err != nil {
		t.Fatal(err)
	}
	keeperAddr := crypto.PubkeyToAddress(w.keeperKey.PublicKey)
	for _, tx := range b.Transactions() {
		from, _ := types.Sender(types.LatestSignerForChainID(chainID), tx)
		if from != keeperAddr {
			continue
		}
		// Sent at a cap of about 2 × the old base fee, it could only be mined once replaced.
		if limit := new(big.Int).Mul(header.BaseFee, big.NewInt(4)); tx.GasFeeCap().Cmp(limit) <= 0 {
			t.Fatalf("mined with fee cap %s, not above %s: it was never replaced", tx.GasFeeCap(), limit)
		}
		return
	}
	t.Fatalf("no keeper transaction in block %d", block)
}

// TestRestartWithLiquidationInFlight: a keeper sends a liquidation that is not mined yet and
// stops; a new keeper starts. The nonce does not get stuck and the position is liquidated once.
func TestRestartWithLiquidationInFlight(t *testing.T) {
	w := newWorld(t)
	s := w.open(4_900)
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))
	w.follow()
	w.indexedHead()
	w.rpc("evm_setAutomine", false)
	keeperAddr := crypto.PubkeyToAddress(w.keeperKey.PublicKey)
	ctx := context.Background()
	mined, err := w.anvil.Client.NonceAt(ctx, keeperAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	stop := w.keep(keeper.Config{})
	w.eventually("the liquidation to be sent", 30*time.Second, func() bool {
		pending, err := w.anvil.Client.PendingNonceAt(ctx, keeperAddr)
		return err == nil && pending > mined
	})
	stop()
	w.keep(keeper.Config{})
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
