package indexer_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
	"github.com/ltvkeeper/ltvkeeper/internal/metrictest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
)

// TestNotifyAfterCommit: a listener hears of each committed block without polling.
func TestNotifyAfterCommit(t *testing.T) {
	e := newEnv(t, 2)
	url, pool := markettest.IndexDB(t)
	ctx := context.Background()
	conn := pgtest.Conn(t, url)
	if _, err := conn.Exec(ctx, "LISTEN "+indexdb.Channel); err != nil {
		t.Fatal(err)
	}
	e.indexUntilHead(pool, indexer.Config{})
	head, err := e.anvil.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	waitCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	for {
		n, err := conn.WaitForNotification(waitCtx)
		if err != nil {
			t.Fatalf("no notification for head %d: %v", head, err)
		}
		var p struct {
			ChainID int64  `json:"chainId"`
			Block   uint64 `json:"block"`
		}
		if err := json.Unmarshal([]byte(n.Payload), &p); err != nil {
			t.Fatalf("payload %q: %v", n.Payload, err)
		}
		if p.ChainID == 31337 && p.Block == head {
			return
		}
	}
}

// TestConfirmations: with --confirmations N the index stops N blocks below the head.
func TestConfirmations(t *testing.T) {
	e := newEnv(t, 2)
	e.act(rand.New(rand.NewPCG(5, 5)), 20)
	_, pool := markettest.IndexDB(t)
	e.indexUntilHead(pool, indexer.Config{Confirmations: 5})
	head, err := e.anvil.Client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var block uint64
	if err := pool.QueryRow(context.Background(), `SELECT block_number FROM checkpoints`).Scan(&block); err != nil {
		t.Fatal(err)
	}
	if block != head-5 {
		t.Fatalf("indexed to block %d with head %d and 5 confirmations, want %d", block, head, head-5)
	}
	e.assertMatchesChain(pool)
}

// TestMalformedRPCStops: a node that answers eth_getLogs with garbage stops the indexer with
// a clear error, and nothing is committed.
func TestMalformedRPCStops(t *testing.T) {
	e := newEnv(t, 1)
	url, client := e.rewritingNode(func(body, out []byte) []byte {
		if strings.Contains(string(body), "eth_getLogs") {
			out = []byte(strings.Replace(string(out), `"result":[`, `"result":[{"address":5},`, 1))
		}
		return out
	})
	_, pool := markettest.IndexDB(t)
	ix, err := indexer.New(indexer.Config{ChainID: 31337, Factory: e.dep.Factory, StartBlock: e.dep.StartBlock, UntilHead: true,
		RPCURL: url}, client, pool, testlog.Discard, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err = ix.Run(ctx)
	if !errors.Is(err, indexer.ErrFatal) || !strings.Contains(err.Error(), "malformed data") {
		t.Fatalf("Run = %v, want a fatal error about malformed data", err)
	}
	var events int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM events`).Scan(&events); err != nil || events != 0 {
		t.Fatalf("%d events committed from a malformed node (%v)", events, err)
	}
}

// TestLaggingRPCIsNotAReorg: a node whose head goes backwards once, and one that announces a
// head before it can serve the block, are retried: no reorg, no rollback, and the index ends
// equal to the chain.
func TestLaggingRPCIsNotAReorg(t *testing.T) {
	e := newEnv(t, 2)
	var lie atomic.Int64 // added to the head the node reports, while non-zero
	_, client := e.rewritingNode(func(body, out []byte) []byte {
		if d := lie.Load(); d != 0 && strings.Contains(string(body), `"eth_blockNumber"`) {
			var msg struct {
				ID     json.RawMessage `json:"id"`
				Result hexutil.Uint64  `json:"result"`
			}
			if json.Unmarshal(out, &msg) == nil {
				out, _ = json.Marshal(map[string]any{"jsonrpc": "2.0", "id": msg.ID, "result": hexutil.Uint64(int64(msg.Result) + d)})
			}
		}
		return out
	})
	_, pool := markettest.IndexDB(t)
	reg := prometheus.NewRegistry()
	inBackground(t, indexer.Config{ChainID: 31337, Factory: e.dep.Factory, StartBlock: e.dep.StartBlock,
		PollInterval: 20 * time.Millisecond}, client, pool, reg)
	e.waitIndexed(pool)
	for _, d := range []int64{-3, +2} { // a head behind what was indexed; a head not yet served
		lie.Store(d)
		e.act(rand.New(rand.NewPCG(uint64(d+10), 1)), 10)
		lie.Store(0)
		e.waitIndexed(pool)
	}
	e.assertMatchesChain(pool)
	if n := metrictest.Sum(t, reg, "ltvkeeper_indexer_reorgs_total"); n != 0 {
		t.Fatalf("a lagging node was taken for %v reorgs", n)
	}
}

// rewritingNode is a JSON-RPC proxy to the env's Anvil that passes each answer, with the
// request it answers, through rewrite; client is dialled to it. Both close when the test ends.
func (e *env) rewritingNode(rewrite func(request, answer []byte) []byte) (url string, client *rpc.Client) {
	e.t.Helper()
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		anviltest.Relay(w, e.anvil.URL, body, func(out []byte) []byte { return rewrite(body, out) })
	}))
	e.t.Cleanup(proxy.Close)
	return proxy.URL, anviltest.Dial(e.t, proxy.URL).Client()
}
