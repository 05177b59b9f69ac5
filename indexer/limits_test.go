package indexer_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
	"github.com/ltvkeeper/ltvkeeper/internal/metrictest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
)

// limitedNode is a JSON-RPC server in front of Anvil that behaves like a hosted node: it
// refuses eth_getLogs over more than maxBlocks blocks with geth's and Infura's -32005 "query
// returned more than 10000 results", and answers HTTP 429 to the first rateLimited requests
// that ask for logs.
type limitedNode struct {
	t           *testing.T
	target      string
	maxBlocks   uint64
	rateLimited atomic.Int64
	refused     atomic.Int64

	mu     sync.Mutex
	ranges [][2]uint64 // every eth_getLogs range asked, in order
}

type rpcMessage struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

func newLimitedNode(t *testing.T, target string, maxBlocks uint64) (*limitedNode, string) {
	n := &limitedNode{t: t, target: target, maxBlocks: maxBlocks}
	srv := httptest.NewServer(n)
	t.Cleanup(srv.Close)
	return n, srv.URL
}

func (n *limitedNode) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var msgs []rpcMessage
	batch := bytes.HasPrefix(bytes.TrimSpace(body), []byte("["))
	if batch {
		_ = json.Unmarshal(body, &msgs)
	} else {
		var m rpcMessage
		_ = json.Unmarshal(body, &m)
		msgs = []rpcMessage{m}
	}
	refuse := make(map[string]bool) // by id
	asksLogs := false
	for _, m := range msgs {
		if m.Method != "eth_getLogs" || len(m.Params) == 0 {
			continue
		}
		asksLogs = true
		var filter struct{ FromBlock, ToBlock hexutil.Uint64 }
		if err := json.Unmarshal(m.Params[0], &filter); err != nil {
			n.t.Errorf("eth_getLogs filter %s: %v", m.Params[0], err)
			continue
		}
		n.mu.Lock()
		n.ranges = append(n.ranges, [2]uint64{uint64(filter.FromBlock), uint64(filter.ToBlock)})
		n.mu.Unlock()
		if uint64(filter.ToBlock-filter.FromBlock)+1 > n.maxBlocks {
			refuse[string(m.ID)] = true
		}
	}
	if asksLogs && n.rateLimited.Add(-1) >= 0 {
		http.Error(w, `{"jsonrpc":"2.0","error":{"code":-32005,"message":"Too Many Requests"}}`, http.StatusTooManyRequests)
		return
	}
	anviltest.Relay(w, n.target, body, func(out []byte) []byte {
		if len(refuse) == 0 {
			return out
		}
		var answers []map[string]json.RawMessage
		if batch {
			_ = json.Unmarshal(out, &answers)
		} else {
			answers = make([]map[string]json.RawMessage, 1)
			_ = json.Unmarshal(out, &answers[0])
		}
		for _, a := range answers {
			if refuse[string(a["id"])] {
				delete(a, "result")
				a["error"] = json.RawMessage(`{"code":-32005,"message":"query returned more than 10000 results"}`)
				n.refused.Add(1)
			}
		}
		if batch {
			out, _ = json.Marshal(answers)
		} else {
			out, _ = json.Marshal(answers[0])
		}
		return out
	})
}

func (n *limitedNode) asked() [][2]uint64 {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([][2]uint64(nil), n.ranges...)
}

// runUntilHead runs an indexer against rpcURL into a new database until it has caught up,
// checks the index against the chain and returns the database.
func (e *env) runUntilHead(rpcURL string, cfg indexer.Config, reg prometheus.Registerer) *pgxpool.Pool {
	e.t.Helper()
	_, pool := markettest.IndexDB(e.t)
	cfg.ChainID, cfg.Factory, cfg.StartBlock, cfg.UntilHead = 31337, e.dep.Factory, e.dep.StartBlock, true
	cfg.RPCURL = rpcURL
	client := anviltest.Dial(e.t, rpcURL).Client()
	ix, err := indexer.New(cfg, client, pool, testlog.Discard, reg)
	if err != nil {
		e.t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := ix.Run(ctx); err != nil {
		e.t.Fatal(err)
	}
	if ctx.Err() != nil {
		e.t.Fatal("the indexer did not catch up with the head in 2 minutes")
	}
	if n, _ := checkpointOf(pool); n != chainHead(e.t, e) {
		e.t.Fatalf("indexed to block %d, want the head %d", n, chainHead(e.t, e))
	}
	e.assertMatchesChain(pool)
	return pool
}

// TestNodeRefusesLargeRanges: a node that refuses eth_getLogs over 8 blocks with -32005.
// The range size must shrink to what the node answers and stay near it, growing back only
// now and then: the refusals are bounded, far below one per range of 8 blocks.
func TestNodeRefusesLargeRanges(t *testing.T) {
	e := newEnv(t, 4)
	e.act(rand.New(rand.NewPCG(6, 6)), 400)
	const maxBlocks = 8
	node, url := newLimitedNode(t, e.anvil.URL, maxBlocks)
	reg := prometheus.NewRegistry()
	e.runUntilHead(url, indexer.Config{RangeSize: 4 * maxBlocks, Concurrency: 2, UnsafeDepth: 4}, reg)

	blocks := chainHead(t, e) - e.dep.StartBlock + 1
	refused := uint64(node.refused.Load())
	t.Logf("%d blocks: %d eth_getLogs requests, %d refused", blocks, len(node.asked()), refused)
	// Without adapting, each range of 4*maxBlocks is refused three times (once whole, once
	// per half): 3 refusals per 4*maxBlocks blocks, and more when the size grows. Adapting, a
	// refusal comes only now and then, when the size grows past the limit.
	if refused == 0 || refused > blocks/(2*maxBlocks) {
		t.Fatalf("%d requests refused for %d blocks, want between 1 and %d", refused, blocks, blocks/(2*maxBlocks))
	}
	if got := metrictest.Value(t, reg, "ltvkeeper_indexer_rpc_errors_total", "kind", "too_large"); got != float64(refused) {
		t.Fatalf("rpc_errors_total{kind=too_large} = %v, want the %d refusals", got, refused)
	}
}

// TestRateLimitBacksOff: a node that answers 429 is asked again for the same range after a
// pause; the range is not split.
func TestRateLimitBacksOff(t *testing.T) {
	e := newEnv(t, 2)
	e.act(rand.New(rand.NewPCG(7, 7)), 20)
	node, url := newLimitedNode(t, e.anvil.URL, 1<<20)
	node.rateLimited.Store(2)
	reg := prometheus.NewRegistry()
	e.runUntilHead(url, indexer.Config{Concurrency: 1}, reg)

	asked := node.asked()
	if len(asked) < 3 || asked[0] != asked[1] || asked[1] != asked[2] {
		t.Fatalf("eth_getLogs ranges asked %v, want the first range asked three times", asked)
	}
	if got := metrictest.Value(t, reg, "ltvkeeper_indexer_rpc_errors_total", "kind", "rate_limited"); got != 2 {
		t.Fatalf("rpc_errors_total{kind=rate_limited} = %v, want 2", got)
	}
	if got := metrictest.Value(t, reg, "ltvkeeper_indexer_rpc_errors_total", "kind", "too_large"); got != 0 {
		t.Fatalf("rpc_errors_total{kind=too_large} = %v, want 0: a rate limit is not a range too large", got)
	}
}
