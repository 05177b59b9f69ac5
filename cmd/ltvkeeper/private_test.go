package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgcluster"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
)

// rpcRecorder is a JSON-RPC endpoint that forwards every request to a node and remembers the
// methods called and the raw transactions it was handed.
type rpcRecorder struct {
	*httptest.Server
	mu      sync.Mutex
	methods map[string]int
	raw     map[common.Hash]bool // hashes of the eth_sendRawTransaction payloads
}

func newRPCRecorder(t *testing.T, target string) *rpcRecorder {
	t.Helper()
	r := &rpcRecorder{methods: map[string]int{}, raw: map[common.Hash]bool{}}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, err := io.ReadAll(req.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		r.record(t, body)
		anviltest.Relay(w, target, body, nil)
	}))
	t.Cleanup(r.Close)
	return r
}

type rpcRequest struct {
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

func (r *rpcRecorder) record(t *testing.T, body []byte) {
	var reqs []rpcRequest
	if trimmed := bytes.TrimSpace(body); len(trimmed) > 0 && trimmed[0] == '[' {
		json.Unmarshal(trimmed, &reqs) //nolint:errcheck // an unreadable request is forwarded as it is
	} else {
		var one rpcRequest
		if json.Unmarshal(trimmed, &one) == nil {
			reqs = append(reqs, one)
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, q := range reqs {
		r.methods[q.Method]++
		if q.Method != "eth_sendRawTransaction" || len(q.Params) == 0 {
			continue
		}
		var raw hexutil.Bytes
		tx := new(types.Transaction)
		if err := json.Unmarshal(q.Params[0], &raw); err != nil || tx.UnmarshalBinary(raw) != nil {
			t.Errorf("eth_sendRawTransaction with an undecodable transaction %s", q.Params[0])
			continue
		}
		r.raw[tx.Hash()] = true
	}
}

func (r *rpcRecorder) calls(method string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.methods[method]
}

func (r *rpcRecorder) received(hash common.Hash) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.raw[hash]
}

// TestNodeSendsPrivately runs a node with --tx.private-rpc in front of the same Anvil as
// --rpc: every liquidation reaches the private endpoint, and --rpc receives no transaction.
func TestNodeSendsPrivately(t *testing.T) {
	anvil := anviltest.Start(t)
	c := anvil.Client
	ctx := context.Background()
	dep := filepath.Join(t.TempDir(), "deployment.json")
	mustRun(t, "deploy", "--rpc", anvil.URL, "--private-key-file", writeKeyFile(t, anviltest.Keys[0]), "--out", dep,
		"--dev", "--btc-price", "100000", "--liquidity", "1000000")
	d, err := deploy.Load(dep)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Markets[0]
	usd := func(dollars int64) *big.Int { return new(big.Int).Mul(big.NewInt(dollars), big.NewInt(1e6)) }

	// Two borrowers of 0.1 BTC each at $100,000: $2,000 and $2,100 borrowed.
	borrowers := []actor{newActor(t, c, 1), newActor(t, c, 4)}
	for i, b := range borrowers {
		b.do(m.CollateralToken, erc20.PackMint(b.From, big.NewInt(1e7)))
		b.do(m.CollateralToken, erc20.PackApprove(m.Market, big.NewInt(1e7)))
		b.do(m.Market, market.PackDepositCollateral(big.NewInt(1e7), b.From))
		b.do(m.Market, market.PackBorrow(usd(2_000+100*int64(i)), b.From))
	}
	keeperActor := newActor(t, c, 2)
	keeperActor.do(m.LoanToken, erc20.PackMint(keeperActor.From, usd(20_000)))
	// BTC falls to $24,000: both are past the 80% line.
	if _, err := m.PublishPrice(ctx, newActor(t, c, 0).Sender, big.NewInt(24_000e8)); err != nil {
		t.Fatal(err)
	}

	public, private := newRPCRecorder(t, anvil.URL), newRPCRecorder(t, anvil.URL)
	port, err := pgcluster.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	node := startApp(t, "node", "--rpc", public.URL, "--tx.private-rpc", private.URL,
		"--db", pgtest.DB(t), "--deployment", dep, "--private-key-file", writeKeyFile(t, anviltest.Keys[2]), "--api.addr", addr)

	liquidated := func() bool {
		for _, b := range borrowers {
			ltv, err := chain.Call(ctx, c, m.Market, market.PackLtv(b.From), market.UnpackLtv, nil)
			if err != nil || ltv.Cmp(big.NewInt(7e17)) > 0 {
				return false
			}
		}
		return true
	}
	node.await("the borrowers liquidated back to 70%", 60*time.Second, liquidated)

	liquidateID := chain.EventID(&bindings.LendingMarketMetaData, "Liquidate")
	found, err := c.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{m.Market}, Topics: [][]common.Hash{{liquidateID}}})
	if err != nil {
		t.Fatal(err)
	}
	byKeeper := 0
	for _, l := range found {
		ev, err := market.UnpackLiquidateEvent(&l)
		if err != nil {
			t.Fatal(err)
		}
		if ev.Liquidator != keeperActor.From {
			t.Errorf("liquidation %s by %s, want the keeper %s", l.TxHash, ev.Liquidator, keeperActor.From)
			continue
		}
		byKeeper++
		if !private.received(l.TxHash) {
			t.Errorf("liquidation %s of %s did not go through the private endpoint", l.TxHash, ev.Borrower)
		}
	}
	if byKeeper < len(borrowers) {
		t.Errorf("%d liquidations by the keeper, want at least %d", byKeeper, len(borrowers))
	}
	if got := public.calls("eth_sendRawTransaction") + public.calls("eth_sendTransaction"); got != 0 {
		t.Errorf("--rpc received %d transactions, want 0", got)
	}
	if public.calls("eth_getTransactionReceipt") == 0 || private.calls("eth_getTransactionReceipt") != 0 {
		t.Errorf("receipts read %d times on --rpc and %d on the private endpoint, want them all on --rpc",
			public.calls("eth_getTransactionReceipt"), private.calls("eth_getTransactionReceipt"))
	}
	metrics, err := scrape("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	if got := metrics["ltvkeeper_txmgr_sent_private_total"]; got < float64(byKeeper) {
		t.Errorf("ltvkeeper_txmgr_sent_private_total = %v, want at least the %d liquidations", got, byKeeper)
	}
	if err := node.stop(30 * time.Second); err != nil {
		t.Fatalf("node after cancel: %v", err)
	}
}

// TestPrivateRPCBadConfig: a private endpoint that cannot be used stops keep at start, naming
// the flag, the value and the fix.
func TestPrivateRPCBadConfig(t *testing.T) {
	anvil := anviltest.Start(t)
	db := pgtest.DB(t)
	dep := filepath.Join(t.TempDir(), "deployment.json")
	mustRun(t, "deploy", "--rpc", anvil.URL, "--private-key-file", writeKeyFile(t, anviltest.Keys[0]), "--out", dep, "--dev")
	key := writeKeyFile(t, anviltest.Keys[1])
	otherChain := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID json.RawMessage `json:"id"`
		}
		json.NewDecoder(r.Body).Decode(&req) //nolint:errcheck // the id is echoed as read
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":"0x1"}`, req.ID)
	}))
	t.Cleanup(otherChain.Close)
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close() // a URL where nothing listens
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"not a URL", []string{"--tx.private-rpc", "rpc.example"}, `--tx.private-rpc "rpc.example": want the http(s) or ws(s) URL of a private transaction endpoint`},
		{"no host", []string{"--tx.private-rpc", "https://"}, `--tx.private-rpc "https://": want the http(s) or ws(s) URL`},
		{"resubmit after the give-up", []string{"--tx.private-rpc", otherChain.URL, "--resubmit-after", "25"}, "--resubmit-after 25 with --tx.private-rpc: a private transaction not mined in 25 blocks is given up"},
		{"down", []string{"--tx.private-rpc", down.URL}, "--tx.private-rpc " + down.URL + ": read chain id: "},
		{"another chain", []string{"--tx.private-rpc", otherChain.URL}, "--tx.private-rpc " + otherChain.URL + " serves chain 1 but the deployment is on chain 31337: point it at an endpoint of chain 31337"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"keep", "--rpc", anvil.URL, "--db", db, "--deployment", dep, "--private-key-file", key}, tt.args...)
			_, err := runApp(t, args...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
			if tt.name == "down" && !strings.Contains(err.Error(), "never falls back to the public mempool") {
				t.Errorf("error = %v, want it to say there is no fallback to the public mempool", err)
			}
		})
	}
}
