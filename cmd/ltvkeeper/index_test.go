package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/migrations"
)

// TestDeployIndexPositions is the operator's path: deploy on Anvil, borrow, index to the head,
// and read the position back from the database.
func TestDeployIndexPositions(t *testing.T) {
	anvil := anviltest.Start(t)
	out, d := deployOn(t, anvil)
	m := d.Markets[0]
	borrower := newActor(t, anvil.Client, 1)
	borrower.do(m.CollateralToken, erc20.PackMint(borrower.From, big.NewInt(1e7)))
	borrower.do(m.CollateralToken, erc20.PackApprove(m.Market, big.NewInt(1e7)))
	borrower.do(m.Market, market.PackDepositCollateral(big.NewInt(1e7), borrower.From))
	borrower.do(m.Market, market.PackBorrow(big.NewInt(2_000e6), borrower.From))

	db := pgtest.DB(t)
	mustRun(t, "index", "--rpc", anvil.URL, "--db", db, "--deployment", out, "--until-head")
	var got []map[string]any
	if err := json.Unmarshal([]byte(mustRun(t, "positions", "--db", db, "--json")), &got); err != nil {
		t.Fatal(err)
	}
	// The debt is $2,000 plus the seconds of interest between the borrow and the last block.
	debt, _ := new(big.Int).SetString(fmt.Sprint(got[0]["debt"]), 10)
	ltv, _ := got[0]["ltv"].(float64)
	if len(got) != 1 || got[0]["borrower"] != borrower.From.Hex() || got[0]["collateral"] != "10000000" ||
		debt == nil || debt.Cmp(big.NewInt(2_000e6)) < 0 || debt.Cmp(big.NewInt(2_000e6+100)) > 0 ||
		ltv < 0.2 || ltv > 0.2000001 || got[0]["status"] != "healthy" {
		t.Fatalf("positions --json = %v, want the worked example: 0.1 BTC, $2,000, LTV 0.2, healthy", got)
	}
}

func TestIndexBadInput(t *testing.T) {
	anvil := anviltest.Start(t)
	db := pgtest.DB(t)
	if _, err := migrations.Up(context.Background(), db, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	wrongChain := filepath.Join(t.TempDir(), "deployment.json")
	dep := &deploy.Deployment{ChainID: 1, Factory: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	if err := dep.Write(wrongChain); err != nil {
		t.Fatal(err)
	}
	noCode := "0x000000000000000000000000000000000000dEaD"
	unreachable, _ := unreachableDB(t)
	// A node that tells its chain id and fails everything else.
	failing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		if json.NewDecoder(r.Body).Decode(&req) == nil && req.Method == "eth_chainId" {
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":"0x7a69"}`, req.ID)
			return
		}
		http.Error(w, "backend down", http.StatusBadGateway)
	}))
	defer failing.Close()
	const startNode = "(is the node running? try 'ltvkeeper devnet')"
	tests := []struct {
		name string
		args []string
		want []string // all in the error
	}{
		{"nothing to index", []string{"--rpc", anvil.URL, "--db", db}, []string{"pass --deployment FILE, or --factory ADDR"}},
		{"both sources", []string{"--rpc", anvil.URL, "--db", db, "--deployment", wrongChain, "--factory", noCode}, []string{"pass one of them"}},
		{"bad factory", []string{"--rpc", anvil.URL, "--db", db, "--factory", "0x12"}, []string{`--factory "0x12": not an address`}},
		{"missing deployment", []string{"--rpc", anvil.URL, "--db", db, "--deployment", "/nonexistent.json"}, []string{"--deployment /nonexistent.json"}},
		{"wrong chain", []string{"--rpc", anvil.URL, "--db", db, "--deployment", wrongChain}, []string{"the deployment is on chain 1 but --rpc serves chain 31337"}},
		{"factory without code", []string{"--rpc", anvil.URL, "--db", db, "--factory", noCode}, []string{"has no code on chain 31337"}},
		{"factory without code at start block", []string{"--rpc", anvil.URL, "--db", db, "--factory", noCode, "--start-block", "0"}, []string{"has no code on chain 31337"}},
		{"unreachable rpc", []string{"--rpc", "http://127.0.0.1:1", "--db", db, "--deployment", wrongChain},
			[]string{"--rpc http://127.0.0.1:1: read chain id: ", startNode}},
		{"unreachable rpc finding the start block", []string{"--rpc", "http://127.0.0.1:1", "--db", db, "--factory", noCode},
			[]string{"--rpc http://127.0.0.1:1: read head: ", startNode}},
		{"rpc fails reading the factory", []string{"--rpc", failing.URL, "--db", db, "--factory", noCode, "--start-block", "0"},
			[]string{"--rpc " + failing.URL + ": read code of factory " + common.HexToAddress(noCode).Hex() + ": 502 Bad Gateway", startNode}},
		{"unreachable db", []string{"--rpc", anvil.URL, "--db", unreachable, "--factory", noCode}, []string{"cannot connect"}},
		{"bad concurrency", []string{"--rpc", anvil.URL, "--db", db, "--factory", noCode, "--concurrency", "0"}, []string{"--concurrency 0: want 1 to 64"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := runApp(t, append([]string{"index", "--until-head"}, tt.args...)...)
			if err == nil {
				t.Fatalf("index succeeded, want an error containing %q", tt.want)
			}
			for _, want := range tt.want {
				if !strings.Contains(err.Error(), want) {
					t.Fatalf("error = %v, want one containing %q", err, want)
				}
			}
			if rows := indexRows(t, db); rows != 0 {
				t.Fatalf("%d rows committed", rows)
			}
		})
	}
}

// indexRows counts the rows of the index in the database at url.
func indexRows(t *testing.T, url string) int {
	t.Helper()
	ctx := context.Background()
	conn := pgtest.Conn(t, url)
	var n int
	err := conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM markets) +
		(SELECT count(*) FROM checkpoints) + (SELECT count(*) FROM blocks) + (SELECT count(*) FROM price_rounds)`).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// deployOn deploys a dev market on anvil with 'ltvkeeper deploy' and returns the deployment.
func deployOn(t *testing.T, anvil *anviltest.Anvil) (string, *deploy.Deployment) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "deployment.json")
	mustRun(t, "deploy", "--rpc", anvil.URL, "--private-key-file", writeKeyFile(t, anviltest.Keys[0]),
		"--out", out, "--dev", "--btc-price", "100000", "--liquidity", "1000000")
	d, err := deploy.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	return out, d
}

// TestIndexFindsTheFactorysBlock: with --factory and no --start-block, the index starts at
// the block the factory was deployed in, found on the chain.
func TestIndexFindsTheFactorysBlock(t *testing.T) {
	anvil := anviltest.Start(t)
	ctx := context.Background()
	if err := anvil.Client.Client().CallContext(ctx, nil, "anvil_mine", 37); err != nil {
		t.Fatal(err)
	}
	_, d := deployOn(t, anvil)
	if err := anvil.Client.Client().CallContext(ctx, nil, "anvil_mine", 11); err != nil {
		t.Fatal(err)
	}
	got, err := deploymentBlock(ctx, anvil.Client, anvil.URL, d.Factory)
	if err != nil || got != d.StartBlock {
		t.Fatalf("deploymentBlock = %d, %v; want the deployment's block %d", got, err, d.StartBlock)
	}
	if got, err := deploymentBlock(ctx, anvil.Client, anvil.URL, common.HexToAddress("0xdead")); err != nil || got != 0 {
		t.Fatalf("deploymentBlock of an address without code = %d, %v; want 0", got, err)
	}
	db := pgtest.DB(t)
	mustRun(t, "index", "--rpc", anvil.URL, "--db", db, "--factory", d.Factory.Hex(), "--until-head")
	if rows := indexRows(t, db); rows == 0 {
		t.Fatal("nothing indexed")
	}
}

// TestIndexFollowsNewHeadsAndServesMetrics runs 'ltvkeeper index' following the head with
// --ws and --metrics.addr: the metrics must be served, and a new block must reach the
// indexer through the WebSocket subscription.
func TestIndexFollowsNewHeadsAndServesMetrics(t *testing.T) {
	anvil := anviltest.Start(t)
	out, _ := deployOn(t, anvil)
	db := pgtest.DB(t)
	addr := fmt.Sprintf("127.0.0.1:%d", anviltest.FreePort(t))
	ws := "ws" + strings.TrimPrefix(anvil.URL, "http") // Anvil serves WebSocket on its HTTP port

	ix := startApp(t, "index", "--rpc", anvil.URL, "--ws", ws, "--db", db, "--deployment", out, "--metrics.addr", addr)
	head := func() float64 {
		n, err := anvil.Client.BlockNumber(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return float64(n)
	}
	// awaitMetrics scrapes until cond holds.
	awaitMetrics := func(what string, cond func(m map[string]float64) bool) map[string]float64 {
		t.Helper()
		var m map[string]float64
		ix.await(what, 30*time.Second, func() bool {
			var err error
			m, err = scrape("http://" + addr + "/metrics")
			return err == nil && cond(m)
		})
		return m
	}
	m := awaitMetrics("the head to be indexed", func(m map[string]float64) bool {
		return m["ltvkeeper_indexer_indexed_block"] == head()
	})
	for _, name := range []string{
		"ltvkeeper_indexer_chain_head", "ltvkeeper_indexer_indexed_block", "ltvkeeper_indexer_lag_blocks",
		"ltvkeeper_indexer_events_total", "ltvkeeper_indexer_reorgs_total", `ltvkeeper_indexer_rpc_errors_total{kind="too_large"}`,
		`ltvkeeper_indexer_rpc_errors_total{kind="connection"}`, "ltvkeeper_indexer_commit_seconds_count",
		"ltvkeeper_indexer_new_heads_total",
	} {
		if _, ok := m[name]; !ok {
			t.Errorf("/metrics has no %s", name)
		}
	}
	if m["ltvkeeper_indexer_events_total"] == 0 || m["ltvkeeper_indexer_commit_seconds_count"] == 0 {
		t.Errorf("metrics after indexing a deployment: events %v, commits %v; want both above 0",
			m["ltvkeeper_indexer_events_total"], m["ltvkeeper_indexer_commit_seconds_count"])
	}

	if err := anvil.Client.Client().CallContext(context.Background(), nil, "anvil_mine", 1); err != nil {
		t.Fatal(err)
	}
	awaitMetrics("the new head to be heard over --ws and indexed", func(m map[string]float64) bool {
		return m["ltvkeeper_indexer_new_heads_total"] > 0 && m["ltvkeeper_indexer_indexed_block"] == head() &&
			m["ltvkeeper_indexer_chain_head"] == head() && m["ltvkeeper_indexer_lag_blocks"] == 0
	})

	if err := ix.stop(10 * time.Second); err != nil {
		t.Fatalf("index stopped with %v\n%s", err, &ix.out)
	}
}

// scrape reads a Prometheus text page into values by series ("name" or `name{labels}`).
func scrape(url string) (map[string]float64, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	out := make(map[string]float64)
	for _, line := range strings.Split(string(body), "\n") {
		i := strings.LastIndexByte(line, ' ')
		if line == "" || strings.HasPrefix(line, "#") || i < 0 {
			continue
		}
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			return nil, fmt.Errorf("metrics line %q: %w", line, err)
		}
		out[line[:i]] = v
	}
	return out, nil
}

// TestDatabaseRights: 'migrate' as a user who may not create tables, and 'index' as a user who
// may only read them, each stop with one error that names the missing right and the GRANT that
// gives it, without the password of --db; after that GRANT, the command succeeds.
func TestDatabaseRights(t *testing.T) {
	anvil := anviltest.Start(t)
	deployment, _ := deployOn(t, anvil)
	db := pgtest.DB(t)
	role, roleURL := pgtest.Role(t, db)
	u, err := url.Parse(roleURL)
	if err != nil {
		t.Fatal(err)
	}
	password, _ := u.User.Password()
	ctx := context.Background()
	admin := pgtest.Conn(t, db)
	exec := func(sql string) {
		t.Helper()
		if _, err := admin.Exec(ctx, sql); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	// run runs ltvkeeper as the role; it must fail with an error that contains want and names
	// --db without the password. It returns the GRANT the error proposes.
	run := func(want string, args ...string) string {
		t.Helper()
		ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		defer cancel()
		_, err := runAppContext(ctx, t, append(args, "--db", roleURL)...)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("%s as %s = %v, want an error containing %q", args[0], role, err, want)
		}
		if !strings.HasPrefix(err.Error(), "--db "+redactDB(roleURL)+": ") || strings.Contains(err.Error(), password) {
			t.Errorf("error %q does not start with --db and the URL without its password", err)
		}
		_, grant, _ := strings.Cut(err.Error(), "(grant it: ")
		grant, _, _ = strings.Cut(grant, ")")
		return grant
	}

	exec("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
	grant := run(`user "`+role+`" has no CREATE right on schema public (grant it: GRANT CREATE ON SCHEMA public TO `+role+`)`, "migrate")
	exec(grant)
	mustRun(t, "migrate", "--db", roleURL)

	// A user who may only read the index, on a database migrated by its owner.
	reader, readerURL := pgtest.Role(t, db)
	roleURL, role = readerURL, reader
	exec("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + reader)
	grant = run(`user "`+reader+`" has no INSERT, UPDATE, DELETE right on tables events, price_rounds, markets, market_state, positions, blocks, checkpoints, deferred_indexes (grant it: GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO `+reader+`)`,
		"index", "--rpc", anvil.URL, "--deployment", deployment, "--until-head")
	if rows := indexRows(t, db); rows != 0 {
		t.Fatalf("%d rows committed without the rights", rows)
	}
	exec(grant)
	mustRun(t, "index", "--rpc", anvil.URL, "--deployment", deployment, "--until-head", "--db", readerURL)
	if rows := indexRows(t, db); rows == 0 {
		t.Fatal("nothing indexed after the GRANT")
	}
}
