package node_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ltvkeeper/ltvkeeper/api"
	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
	"github.com/ltvkeeper/ltvkeeper/internal/nodetest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/node"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// TestNodeIndexesLiquidatesAndStops runs the whole node against Anvil: a position crosses the
// line, the node's keeper liquidates it, its metrics say so, and cancelling stops everything.
func TestNodeIndexesLiquidatesAndStops(t *testing.T) {
	ctx := context.Background()
	c := markettest.Start(t, deploy.Config{BTCPrice: big.NewInt(100_000e8), Liquidity: big.NewInt(1_000_000e6)})
	a, d, m, deployer := c.Anvil, c.Deployment, c.Market, c.Deployer
	keeperKey := anviltest.Key(1)
	c.Fund(keeperKey, big.NewInt(100_000e6))
	c.Open(c.Account(big.NewInt(1e18)), big.NewInt(1e8), big.NewInt(49_000e6))

	var logs testlog.Buffer
	n := nodetest.Start(t, node.Config{
		RPC: a.URL, DB: pgtest.DB(t), Deployment: d, Key: keeperKey, HTTPAddr: "127.0.0.1:0",
	}, slog.New(slog.NewTextHandler(&logs, nil)))
	addr := n.Addr
	if _, err := m.PublishPrice(ctx, deployer, big.NewInt(60_000e8)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/metrics")
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if strings.Contains(string(body), "ltvkeeper_keeper_liquidations_mined_total 1") &&
				strings.Contains(string(body), "ltvkeeper_indexer_indexed_block") {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no mined liquidation in the node's metrics (last error %v)", err)
		}
		time.Sleep(50 * time.Millisecond) // polling a condition with a deadline
	}
	if err := n.Stop(); err != nil {
		t.Fatalf("node.Run after cancel: %v", err)
	}
	// On a fresh database the keeper waits for the indexer instead of failing its first start.
	if strings.Contains(logs.String(), "not in the index yet") {
		t.Errorf("the keeper started before the indexer had the market:\n%s", logs.String())
	}
}

// TestNodeNoKeeper runs a read-only node: it indexes a position past the liquidation line and
// serves it, and sends nothing (no block is mined while it runs, the position stays open).
func TestNodeNoKeeper(t *testing.T) {
	ctx := context.Background()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	c := markettest.Start(t, deploy.Config{BTCPrice: big.NewInt(100_000e8), Liquidity: big.NewInt(1_000_000e6)})
	a, d, m := c.Anvil, c.Deployment, c.Market
	market := bindings.NewLendingMarket()
	b := a.Sender(2)
	c.Open(b, big.NewInt(1e8), big.NewInt(49_000e6))
	feed, crash := m.PriceCall(big.NewInt(60_000e8)) // 81.67%: past the line
	c.Send(c.Deployer, feed, crash)
	head, err := a.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}

	db := pgtest.DB(t)
	n := nodetest.Start(t, node.Config{
		RPC: a.URL, DB: db, Deployment: d, NoKeeper: true, HTTPAddr: "127.0.0.1:0",
		API: &api.Options{ChainID: 31337, MaxLag: 0},
	}, quiet)
	addr := n.Addr
	// The API serves the indexed position as liquidatable, and /healthz is green at the head.
	var body string
	deadline := time.Now().Add(30 * time.Second)
	for {
		body = get(t, "http://"+addr+"/v1/positions?borrower="+b.From.Hex())
		if strings.Contains(body, `"status":"liquidatable"`) && get(t, "http://"+addr+"/healthz") != "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the read-only node did not serve the liquidatable position: %s", body)
		}
		time.Sleep(50 * time.Millisecond) // polling a condition with a deadline
	}
	pool := pgtest.Pool(t, db)
	// /healthz follows the indexers of the node's deployment only: another deployment's
	// indexer on the same chain, far ahead, does not make it look indexed further.
	if _, err := pool.Exec(ctx, `INSERT INTO checkpoints (chain_id, factory, block_number, block_hash, block_timestamp)
		VALUES (31337, '\xf0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0', $1, '\x01', 0)`, int64(head)+1000); err != nil {
		t.Fatal(err)
	}
	body = get(t, "http://"+addr+"/healthz")
	var health api.Health
	if err := json.Unmarshal([]byte(body), &health); err != nil || health.IndexedBlock == nil || *health.IndexedBlock > head {
		t.Errorf("/healthz with another deployment's indexer at block %d: %s (%v); want the node's own indexed block, at most %d",
			head+1000, body, err, head)
	}
	// The node's own pool carries the settings of indexdb.ConfigurePool.
	var sessions int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'ltvkeeper'`).Scan(&sessions); err != nil {
		t.Fatal(err)
	}
	if sessions == 0 {
		t.Error("no database session of the node carries application_name ltvkeeper: its pool lacks ConfigurePool's settings")
	}
	if err := n.Stop(); err != nil {
		t.Fatalf("node.Run after cancel: %v", err)
	}
	after, err := a.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after != head {
		t.Errorf("the chain moved from block %d to %d while a --no-keeper node ran: it sent a transaction", head, after)
	}
	pos, err := chain.Call(ctx, a.Client, m.Market, market.PackPosition(b.From), market.UnpackPosition, nil)
	if err != nil {
		t.Fatal(err)
	}
	if pos.Collateral.Cmp(big.NewInt(1e8)) != 0 {
		t.Errorf("collateral after a --no-keeper node = %s, want 1e8 untouched", pos.Collateral)
	}
	var liquidations int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM liquidations`).Scan(&liquidations); err != nil {
		t.Fatal(err)
	}
	if liquidations != 0 {
		t.Errorf("%d liquidations indexed while only a --no-keeper node ran", liquidations)
	}
}

// get returns the body of a 200 answer to url, "" otherwise.
func get(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return ""
	}
	return string(body)
}
