package indexer_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
)

// TestNodeWithoutOldState: a node that serves every block and log but not the state of old
// blocks (a restarted Anvil, as a pruned full node) must give the same index as a node with
// every state. A feed discovered at a block whose state is gone gets the round it had then,
// found from its later AnswerUpdated events (two feeds that were updated after their market's
// creation, one that was not).
func TestNodeWithoutOldState(t *testing.T) {
	e := newEnv(t, 4)
	e.act(rand.New(rand.NewPCG(9, 9)), 150)
	e.crash(0, 50)
	e.markets = append(e.markets, e.createMarket("XBTC")) // its feed is not updated after
	e.prices = append(e.prices, 100_000)

	_, want := markettest.IndexDB(t)
	e.indexUntilHead(want, indexer.Config{RangeSize: 50})
	var discovered int
	if err := want.QueryRow(context.Background(), `SELECT count(*) FROM price_rounds WHERE log_index = -1`).Scan(&discovered); err != nil || discovered != len(e.markets) {
		t.Fatalf("rounds read at discovery = %d (%v), want one per feed: %d", discovered, err, len(e.markets))
	}

	restarted := e.restart()
	if _, err := restarted.Client.BalanceAt(context.Background(), e.deployer.From, new(big.Int).SetUint64(e.dep.StartBlock)); err == nil {
		t.Fatal("the restarted node serves the state of the deployment block; the test needs one that does not")
	}
	got := e.runUntilHead(restarted.URL, indexer.Config{RangeSize: 50}, nil)
	assertSameIndex(t, got, want)
}

// restart starts another Anvil from the state of e's: the same blocks, logs and head state,
// and no state of older blocks.
func (e *env) restart() *anviltest.Anvil {
	e.t.Helper()
	var dump hexutil.Bytes
	if err := e.anvil.Client.Client().CallContext(context.Background(), &dump, "anvil_dumpState"); err != nil {
		e.t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(dump))
	if err != nil {
		e.t.Fatal(err)
	}
	state, err := io.ReadAll(zr)
	if err != nil {
		e.t.Fatal(err)
	}
	file := filepath.Join(e.t.TempDir(), "state.json")
	if err := os.WriteFile(file, state, 0o600); err != nil {
		e.t.Fatal(err)
	}
	return anviltest.Start(e.t, "--load-state", file)
}
