package txmgr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
)

const gwei = 1_000_000_000

// assertNoKey fails if text contains any test key in hex or decimal.
func assertNoKey(t *testing.T, what, text string) {
	t.Helper()
	lower := strings.ToLower(text)
	for i, hexKey := range anviltest.Keys {
		key := anviltest.Key(i)
		for _, form := range []string{hexKey, key.D.String(), key.D.Text(16)} {
			if strings.Contains(lower, form) {
				t.Errorf("%s contains private key %d", what, i)
			}
		}
	}
}

func testLogger(t *testing.T) (*slog.Logger, *testlog.Buffer) {
	t.Helper()
	buf := &testlog.Buffer{}
	t.Cleanup(func() {
		out := buf.String()
		assertNoKey(t, "log", out)
		if t.Failed() {
			t.Logf("manager log:\n%s", out)
		}
	})
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug})), buf
}

func newManager(t *testing.T, client Client, key int, cfg Config) (*Manager, *testlog.Buffer) {
	t.Helper()
	if cfg.ChainID == nil {
		cfg.ChainID = big.NewInt(31337)
	}
	if cfg.ReceiptPollInterval == 0 {
		cfg.ReceiptPollInterval = 20 * time.Millisecond
	}
	log, buf := testLogger(t)
	m, err := New(cfg, client, anviltest.Key(key), log, prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	return m, buf
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

type sendOutcome struct {
	receipt *types.Receipt
	err     error
}

func sendAsync(ctx context.Context, m *Manager, c Candidate) <-chan sendOutcome {
	ch := make(chan sendOutcome, 1)
	go func() {
		r, err := m.Send(ctx, c)
		ch <- sendOutcome{r, err}
	}()
	return ch
}

func await(t *testing.T, ch <-chan sendOutcome) *types.Receipt {
	t.Helper()
	select {
	case res := <-ch:
		if res.err != nil {
			assertNoKey(t, "error", res.err.Error())
			t.Fatalf("send: %v", res.err)
		}
		return res.receipt
	case <-time.After(20 * time.Second):
		t.Fatal("send did not return")
		return nil
	}
}

func transfer(to byte) Candidate {
	addr := common.Address{0xee, to}
	return Candidate{To: &addr, Value: big.NewInt(1)}
}

// recorder is a real Anvil client that remembers what the manager sent and which receipts it
// saw.
type recorder struct {
	*ethclient.Client
	mu       sync.Mutex
	sent     []*types.Transaction
	receipts []*types.Receipt
}

// SendTransaction records tx once the node has answered, so a test that sees it can mine it.
func (r *recorder) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := r.Client.SendTransaction(ctx, tx)
	r.mu.Lock()
	r.sent = append(r.sent, tx)
	r.mu.Unlock()
	return err
}

func (r *recorder) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	rc, err := r.Client.TransactionReceipt(ctx, hash)
	if err == nil {
		r.mu.Lock()
		r.receipts = append(r.receipts, rc)
		r.mu.Unlock()
	}
	return rc, err
}

func (r *recorder) sentTxs() []*types.Transaction {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]*types.Transaction(nil), r.sent...)
}

func (r *recorder) seenReceipts() []*types.Receipt {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]*types.Receipt(nil), r.receipts...)
}

func rpcCall(t *testing.T, a *anviltest.Anvil, method string, args ...any) {
	t.Helper()
	if err := a.Client.Client().CallContext(context.Background(), nil, method, args...); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
}

// atLeast110 reports whether got >= 1.1 * was.
func atLeast110(got, was *big.Int) bool {
	return new(big.Int).Mul(got, big.NewInt(10)).Cmp(new(big.Int).Mul(was, big.NewInt(11))) >= 0
}

func TestConcurrentSendsShareABlock(t *testing.T) {
	t.Parallel()
	a := anviltest.Start(t, "--block-time", "1")
	m, _ := newManager(t, a.Client, 0, Config{})
	ctx := context.Background()

	// Start right after a block so that all five publications fall in one block interval.
	start, err := a.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "a new block", func() bool {
		n, err := a.Client.BlockNumber(ctx)
		return err == nil && n > start
	})
	const n = 5
	chans := make([]<-chan sendOutcome, n)
	for i := range n {
		chans[i] = sendAsync(ctx, m, transfer(byte(i)))
	}
	nonces := map[uint64]bool{}
	blocks := map[uint64]bool{}
	for _, ch := range chans {
		r := await(t, ch)
		if r.Status != types.ReceiptStatusSuccessful {
			t.Errorf("tx %s status %d", r.TxHash, r.Status)
		}
		tx, _, err := a.Client.TransactionByHash(ctx, r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		nonces[tx.Nonce()] = true
		blocks[r.BlockNumber.Uint64()] = true
	}
	for i := range uint64(n) {
		if !nonces[i] {
			t.Errorf("nonces %v: want 0..%d each once", nonces, n-1)
		}
	}
	if len(blocks) != 1 {
		t.Errorf("mined in blocks %v, want one block", blocks)
	}
}

func TestFeeSpikeBumpsFees(t *testing.T) {
	t.Parallel()
	a := anviltest.Start(t, "--no-mining")
	rec := &recorder{Client: a.Client}
	m, _ := newManager(t, rec, 0, Config{ResubmitAfterBlocks: 2})
	ch := sendAsync(context.Background(), m, transfer(1))
	waitFor(t, "first publication", func() bool { return len(rec.sentTxs()) == 1 })
	orig := rec.sentTxs()[0]

	spike := new(big.Int).Mul(big.NewInt(100), big.NewInt(gwei))
	if orig.GasFeeCap().Cmp(spike) >= 0 {
		t.Fatalf("original fee cap %s is not below the spike %s", orig.GasFeeCap(), spike)
	}
	for range 2 { // ResubmitAfterBlocks blocks the tx cannot enter
		rpcCall(t, a, "anvil_setNextBlockBaseFeePerGas", (*hexutil.Big)(spike))
		rpcCall(t, a, "anvil_mine", 1)
	}
	waitFor(t, "a replacement", func() bool { return len(rec.sentTxs()) >= 2 })
	rpcCall(t, a, "anvil_mine", 1)
	r := await(t, ch)

	sent := rec.sentTxs()
	repl := sent[len(sent)-1]
	if r.TxHash != repl.Hash() {
		t.Errorf("mined %s, want the replacement %s", r.TxHash, repl.Hash())
	}
	if repl.Nonce() != orig.Nonce() {
		t.Errorf("replacement nonce %d, want %d", repl.Nonce(), orig.Nonce())
	}
	if !atLeast110(repl.GasTipCap(), orig.GasTipCap()) || !atLeast110(repl.GasFeeCap(), orig.GasFeeCap()) {
		t.Errorf("replacement tip %s cap %s, want >= 1.1 x tip %s cap %s", repl.GasTipCap(), repl.GasFeeCap(), orig.GasTipCap(), orig.GasFeeCap())
	}
	if repl.GasFeeCap().Cmp(spike) <= 0 {
		t.Errorf("replacement fee cap %s not above the spiked base fee %s", repl.GasFeeCap(), spike)
	}
	if got := testutil.ToFloat64(m.metr.bumps); got < 1 {
		t.Errorf("bumps metric %v, want >= 1", got)
	}
}

func TestRestartWithTxInFlight(t *testing.T) {
	t.Parallel()
	a := anviltest.Start(t, "--no-mining")
	recA := &recorder{Client: a.Client}
	first, _ := newManager(t, recA, 0, Config{})
	ctxA, cancelA := context.WithCancel(context.Background())
	chA := sendAsync(ctxA, first, transfer(1))
	waitFor(t, "first manager's publication", func() bool { return len(recA.sentTxs()) == 1 })
	cancelA()
	if res := <-chA; !errors.Is(res.err, context.Canceled) {
		t.Fatalf("dropped manager's send: %v, want context canceled", res.err)
	}
	inFlight := recA.sentTxs()[0]

	recB := &recorder{Client: a.Client}
	second, _ := newManager(t, recB, 0, Config{})
	chB := sendAsync(context.Background(), second, transfer(2))
	waitFor(t, "second manager's publication", func() bool { return len(recB.sentTxs()) >= 1 })
	rpcCall(t, a, "anvil_mine", 1)
	r := await(t, chB)

	next := recB.sentTxs()[0]
	if next.Nonce() != inFlight.Nonce()+1 {
		t.Errorf("new manager used nonce %d, want %d (after the in-flight %d)", next.Nonce(), inFlight.Nonce()+1, inFlight.Nonce())
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Errorf("status %d", r.Status)
	}
	ctx := context.Background()
	mined, err := a.Client.NonceAt(ctx, second.From(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if mined != next.Nonce()+1 {
		t.Errorf("account nonce %d after mining, want %d (no gap, no collision)", mined, next.Nonce()+1)
	}
	if _, err := a.Client.TransactionReceipt(ctx, inFlight.Hash()); err != nil {
		t.Errorf("in-flight tx of the dropped manager: %v", err)
	}
}

func TestReorgBeforeConfirmationResends(t *testing.T) {
	t.Parallel()
	a := anviltest.Start(t, "--no-mining")
	rec := &recorder{Client: a.Client}
	m, _ := newManager(t, rec, 0, Config{Confirmations: 3})
	ctx := context.Background()
	ch := sendAsync(ctx, m, transfer(1))
	waitFor(t, "publication", func() bool { return len(rec.sentTxs()) == 1 })
	hash := rec.sentTxs()[0].Hash()

	rpcCall(t, a, "anvil_mine", 1)
	waitFor(t, "the manager to see the receipt", func() bool { return len(rec.seenReceipts()) > 0 })
	dropped := rec.seenReceipts()[0]
	block, err := a.Client.HeaderByNumber(ctx, dropped.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}

	rpcCall(t, a, "anvil_rollback", 1)
	if _, err := a.Client.TransactionReceipt(ctx, hash); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("receipt after rollback: %v, want not found", err)
	}
	waitFor(t, "the manager to re-send", func() bool { return len(rec.sentTxs()) >= 2 })
	rpcCall(t, a, "evm_setNextBlockTimestamp", block.Time+60) // the new block differs
	rpcCall(t, a, "anvil_mine", 3)
	r := await(t, ch)

	if r.TxHash != hash {
		t.Errorf("mined %s, want %s", r.TxHash, hash)
	}
	if r.BlockHash == dropped.BlockHash {
		t.Errorf("receipt is from the dropped block %s", r.BlockHash)
	}
	canon, err := a.Client.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if canon.Hash() != r.BlockHash {
		t.Errorf("receipt block %s is not canonical (%s)", r.BlockHash, canon.Hash())
	}
	if got := testutil.ToFloat64(m.metr.reorgs); got != 1 {
		t.Errorf("reorgs metric %v, want 1", got)
	}
}

// revertingInit deploys a contract whose every call reverts with Error("nope").
func revertingInit() []byte {
	revertData := append(common.FromHex("08c379a0"), common.LeftPadBytes([]byte{0x20}, 32)...)
	revertData = append(revertData, common.LeftPadBytes([]byte{4}, 32)...)
	revertData = append(revertData, common.RightPadBytes([]byte("nope"), 32)...)
	// CODECOPY the data after this 12-byte prefix to memory and REVERT with it.
	runtime := append(common.FromHex("6064600c60003960646000fd"), revertData...)
	// CODECOPY the runtime after this 12-byte prefix to memory and RETURN it.
	return append(common.FromHex("6070600c60003960706000f3"), runtime...)
}

func TestEstimateRevertIsDecoded(t *testing.T) {
	t.Parallel()
	a := anviltest.Start(t)
	m, _ := newManager(t, a.Client, 1, Config{})
	ctx := context.Background()
	deployed, err := m.Send(ctx, Candidate{Data: revertingInit()})
	if err != nil {
		t.Fatal(err)
	}
	_, err = m.Send(ctx, Candidate{To: &deployed.ContractAddress, Data: []byte{1, 2, 3, 4}})
	if !IsRevert(err) {
		t.Fatalf("send to reverting contract: %v, want ErrCallReverts", err)
	}
	if !errors.Is(err, &chain.RevertError{Name: "Error"}) || !strings.Contains(err.Error(), `"nope"`) {
		t.Errorf("error %q, want the decoded Error(\"nope\")", err)
	}
	assertNoKey(t, "error", err.Error())
	// The failed estimate took no nonce: the next send uses the one after the deployment.
	r, err := m.Send(ctx, transfer(1))
	if err != nil {
		t.Fatal(err)
	}
	tx, _, err := a.Client.TransactionByHash(ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != 1 {
		t.Errorf("nonce %d after a reverted estimate, want 1", tx.Nonce())
	}
}

// fakeClient is a scripted node for the publish errors Anvil cannot produce on demand.
type fakeClient struct {
	mu           sync.Mutex
	headers      []*types.Header // headers[n] is block n
	baseFee      *big.Int
	tip          *big.Int
	pendingNonce uint64
	nonceReads   int
	sent         []*types.Transaction
	receipts     map[common.Hash]*types.Receipt
	estimateErr  error
	// onSend answers the i-th SendTransaction; it runs with mu held and may call mineLocked.
	onSend func(f *fakeClient, i int, tx *types.Transaction) error
}

func newFake() *fakeClient {
	f := &fakeClient{baseFee: big.NewInt(10 * gwei), tip: big.NewInt(gwei), receipts: map[common.Hash]*types.Receipt{}}
	f.advanceLocked()
	return f
}

func (f *fakeClient) advanceLocked() *types.Header {
	h := &types.Header{Number: big.NewInt(int64(len(f.headers))), BaseFee: new(big.Int).Set(f.baseFee), Extra: []byte("fake")}
	f.headers = append(f.headers, h)
	return h
}

// sendThroughBump sends a transfer with m and, once it is published to to, adds the two blocks
// after which m (with ResubmitAfterBlocks 2) bumps its fees on node. It returns the receipt and
// the versions to received, which must be two: the original and the bump.
func sendThroughBump(t *testing.T, m *Manager, node, to *fakeClient) (*types.Receipt, []*types.Transaction) {
	t.Helper()
	ch := sendAsync(context.Background(), m, transfer(1))
	waitFor(t, "first publication", func() bool { return len(to.sentTxs()) == 1 })
	node.advance(2)
	r := await(t, ch)
	sent := to.sentTxs()
	if len(sent) != 2 {
		t.Fatalf("%d versions sent, want 2 (original and bump)", len(sent))
	}
	return r, sent
}

// advance adds n empty blocks.
func (f *fakeClient) advance(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for range n {
		f.advanceLocked()
	}
}

// mineLocked puts tx in a new block.
func (f *fakeClient) mineLocked(tx *types.Transaction) {
	h := f.advanceLocked()
	f.receipts[tx.Hash()] = &types.Receipt{
		Status: types.ReceiptStatusSuccessful, TxHash: tx.Hash(), BlockHash: h.Hash(), BlockNumber: h.Number,
		GasUsed: 21000, EffectiveGasPrice: big.NewInt(gwei),
	}
	f.pendingNonce = max(f.pendingNonce, tx.Nonce()+1)
}

func (f *fakeClient) sentTxs() []*types.Transaction {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]*types.Transaction(nil), f.sent...)
}

func (f *fakeClient) BlockNumber(context.Context) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return uint64(len(f.headers) - 1), nil
}

func (f *fakeClient) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if n == nil {
		return f.headers[len(f.headers)-1], nil
	}
	if n.Uint64() >= uint64(len(f.headers)) {
		return nil, ethereum.NotFound
	}
	return f.headers[n.Uint64()], nil
}

func (f *fakeClient) SuggestGasTipCap(context.Context) (*big.Int, error) {
	return new(big.Int).Set(f.tip), nil
}

func (f *fakeClient) EstimateGas(context.Context, ethereum.CallMsg) (uint64, error) {
	return 21000, f.estimateErr
}

func (f *fakeClient) SendTransaction(_ context.Context, tx *types.Transaction) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sent = append(f.sent, tx)
	if f.onSend == nil {
		return nil
	}
	return f.onSend(f, len(f.sent)-1, tx)
}

func (f *fakeClient) TransactionReceipt(_ context.Context, hash common.Hash) (*types.Receipt, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if r, ok := f.receipts[hash]; ok {
		return r, nil
	}
	return nil, ethereum.NotFound
}

func (f *fakeClient) NonceAt(context.Context, common.Address, *big.Int) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.pendingNonce, nil
}

func (f *fakeClient) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nonceReads++
	return f.pendingNonce, nil
}

func TestFakeAlreadyKnownIsSent(t *testing.T) {
	t.Parallel()
	f := newFake()
	f.onSend = func(f *fakeClient, i int, tx *types.Transaction) error {
		if i == 0 {
			return errors.New("already known")
		}
		f.mineLocked(tx)
		return nil
	}
	m, _ := newManager(t, f, 0, Config{})
	ch := sendAsync(context.Background(), m, transfer(1))
	waitFor(t, "publication", func() bool { return len(f.sentTxs()) == 1 })
	f.mu.Lock()
	f.mineLocked(f.sent[0])
	f.mu.Unlock()
	r := await(t, ch)
	if got := f.sentTxs(); len(got) != 1 || r.TxHash != got[0].Hash() {
		t.Fatalf("sent %d txs, mined %s: want the one already-known tx, no re-send", len(got), r.TxHash)
	}
	// The nonce counts as used: the next send takes nonce 1 without asking the node again.
	r, err := m.Send(context.Background(), transfer(2))
	if err != nil {
		t.Fatal(err)
	}
	if got := f.sentTxs(); got[1].Nonce() != 1 || r.TxHash != got[1].Hash() {
		t.Errorf("second tx nonce %d, want 1", got[1].Nonce())
	}
	if f.nonceReads != 1 {
		t.Errorf("nonce read %d times, want 1", f.nonceReads)
	}
}

func TestFakeReplacementUnderpricedBumpsAgain(t *testing.T) {
	t.Parallel()
	f := newFake()
	f.onSend = func(f *fakeClient, i int, tx *types.Transaction) error {
		if i < 2 {
			return errors.New("replacement transaction underpriced")
		}
		f.mineLocked(tx)
		return nil
	}
	m, _ := newManager(t, f, 0, Config{})
	r, err := m.Send(context.Background(), transfer(1))
	if err != nil {
		t.Fatal(err)
	}
	sent := f.sentTxs()
	if len(sent) != 3 {
		t.Fatalf("sent %d versions, want 3", len(sent))
	}
	for i := 1; i < len(sent); i++ {
		if sent[i].Nonce() != sent[0].Nonce() {
			t.Errorf("version %d nonce %d, want %d", i, sent[i].Nonce(), sent[0].Nonce())
		}
		if !atLeast110(sent[i].GasTipCap(), sent[i-1].GasTipCap()) || !atLeast110(sent[i].GasFeeCap(), sent[i-1].GasFeeCap()) {
			t.Errorf("version %d tip %s cap %s, want >= 1.1 x %s, %s", i, sent[i].GasTipCap(), sent[i].GasFeeCap(), sent[i-1].GasTipCap(), sent[i-1].GasFeeCap())
		}
	}
	if r.TxHash != sent[2].Hash() {
		t.Errorf("mined %s, want the last version %s", r.TxHash, sent[2].Hash())
	}
	if got := testutil.ToFloat64(m.metr.bumps); got != 2 {
		t.Errorf("bumps metric %v, want 2", got)
	}
}

func TestFakeNonceTooLowAfterOurTxMined(t *testing.T) {
	t.Parallel()
	f := newFake()
	f.onSend = func(f *fakeClient, i int, tx *types.Transaction) error {
		if i == 0 {
			return nil // in the mempool, not mined yet
		}
		f.mineLocked(f.sent[0]) // the first version got mined meanwhile
		return errors.New("nonce too low: next nonce 1, tx nonce 0")
	}
	m, _ := newManager(t, f, 0, Config{ResubmitAfterBlocks: 2})
	r, sent := sendThroughBump(t, m, f, f)
	if r.TxHash != sent[0].Hash() {
		t.Errorf("receipt for %s, want the mined original %s", r.TxHash, sent[0].Hash())
	}
}

func TestFakeNonceTooLowNotOursResetsNonce(t *testing.T) {
	t.Parallel()
	f := newFake()
	f.onSend = func(f *fakeClient, i int, tx *types.Transaction) error {
		if i == 0 {
			f.pendingNonce = 7 // another sender used nonces 0..6
			return errors.New("nonce too low")
		}
		f.mineLocked(tx)
		return nil
	}
	m, _ := newManager(t, f, 0, Config{})
	_, err := m.Send(context.Background(), transfer(1))
	if !errors.Is(err, ErrNonceUsed) || IsRevert(err) {
		t.Fatalf("send: %v, want ErrNonceUsed", err)
	}
	assertNoKey(t, "error", err.Error())
	if _, err := m.Send(context.Background(), transfer(2)); err != nil {
		t.Fatal(err)
	}
	sent := f.sentTxs()
	if sent[1].Nonce() != 7 {
		t.Errorf("nonce after reset %d, want 7", sent[1].Nonce())
	}
	if f.nonceReads != 2 {
		t.Errorf("nonce read %d times, want 2 (start and reset)", f.nonceReads)
	}
}

func TestFakeMaxFeeCapWaitsAtCap(t *testing.T) {
	t.Parallel()
	f := newFake() // base fee 10 gwei, tip 1 gwei: first cap 21 gwei
	maxCap := big.NewInt(25 * gwei)
	m, buf := newManager(t, f, 0, Config{ResubmitAfterBlocks: 1, MaxFeeCap: maxCap})
	ch := sendAsync(context.Background(), m, transfer(1))
	waitFor(t, "publication", func() bool { return len(f.sentTxs()) == 1 })
	f.mu.Lock()
	f.baseFee = big.NewInt(100 * gwei)
	f.mu.Unlock()
	f.advance(1)
	waitFor(t, "a bump to the cap", func() bool { return len(f.sentTxs()) >= 2 })
	f.advance(1)
	waitFor(t, "a wait at the cap", func() bool { return strings.Contains(buf.String(), "waiting at the cap") })
	f.mu.Lock()
	f.mineLocked(f.sent[len(f.sent)-1])
	f.mu.Unlock()
	await(t, ch)
	for i, tx := range f.sentTxs() {
		if tx.GasFeeCap().Cmp(maxCap) > 0 {
			t.Errorf("version %d fee cap %s above MaxFeeCap %s", i, tx.GasFeeCap(), maxCap)
		}
	}
	if got := f.sentTxs()[1].GasFeeCap(); got.Cmp(maxCap) != 0 {
		t.Errorf("bumped fee cap %s, want the cap %s", got, maxCap)
	}
}

func TestFakeEstimateFailureIsNotRevert(t *testing.T) {
	t.Parallel()
	f := newFake()
	f.estimateErr = errors.New("dial tcp 127.0.0.1:8545: connection refused")
	m, _ := newManager(t, f, 0, Config{})
	_, err := m.Send(context.Background(), transfer(1))
	if err == nil || IsRevert(err) {
		t.Fatalf("send: %v, want an infrastructure error", err)
	}
	if len(f.sentTxs()) != 0 {
		t.Error("a tx was sent after a failed estimate")
	}
}

func TestKeyNeverPrinted(t *testing.T) {
	t.Parallel()
	f := newFake()
	m, _ := newManager(t, f, 2, Config{})
	var printed bytes.Buffer
	fmt.Fprintf(&printed, "%v %+v %#v %s %+v %#v", m, m, m, m, m.key, m.key)
	slog.New(slog.NewJSONHandler(&printed, nil)).Info("manager", "m", m, "key", m.key)
	assertNoKey(t, "printed manager", printed.String())
	if !strings.Contains(printed.String(), m.From().Hex()) {
		t.Errorf("printed manager %q does not name its address", printed.String())
	}
	_, err := New(Config{}, f, anviltest.Key(2), nil, nil)
	if err == nil {
		t.Fatal("New without chain id: no error")
	}
	assertNoKey(t, "config error", err.Error())
	if crypto.PubkeyToAddress(anviltest.Key(2).PublicKey) != m.From() {
		t.Error("From is not the key's address")
	}
}

func TestBumpThreshold(t *testing.T) {
	tests := []struct{ in, want int64 }{{0, 1}, {1, 2}, {9, 10}, {10, 11}, {100, 110}, {101, 112}, {3 * gwei, 3_300_000_000}}
	for _, tt := range tests {
		if got := bumpThreshold(big.NewInt(tt.in)); got.Int64() != tt.want {
			t.Errorf("bumpThreshold(%d) = %s, want %d", tt.in, got, tt.want)
		}
	}
}
