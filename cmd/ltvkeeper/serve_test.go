package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	pt "github.com/ltvkeeper/ltvkeeper/indexdb/positions/positionstest"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
)

func TestServeBadFlags(t *testing.T) {
	unreachable, port := unreachableDB(t)
	noNode := "http://127.0.0.1:" + port // nothing listens there
	seeded := pt.Seeded(t)
	busy := anviltest.Listen(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		// Checked before connecting to anything.
		{[]string{"--db", unreachable, "--addr", "nonsense"}, `--addr "nonsense": want HOST:PORT, such as 127.0.0.1:8080`},
		{[]string{"--db", unreachable, "--addr", ""}, `--addr "": want HOST:PORT`},
		{[]string{"--db", unreachable, "--request-timeout", "0s"}, "--request-timeout 0s: want a positive duration, such as 10s"},
		{[]string{"--db", unreachable, "--max-lag", "5"}, "--max-lag needs --rpc: without a node there is no chain head"},
		{[]string{"--db", unreachable, "--max-lag", "-1"}, "max-lag"},
		// The names node uses work too, and win over the old ones.
		{[]string{"--db", unreachable, "--api.addr", "nonsense", "--addr", "127.0.0.1:0"}, `--api.addr "nonsense": want HOST:PORT`},
		{[]string{"--db", unreachable, "--api.request-timeout", "0s"}, "--api.request-timeout 0s: want a positive duration"},
		{[]string{"--db", unreachable, "--api.max-lag", "5"}, "--api.max-lag needs --rpc"},
		{[]string{"--db", unreachable, "extra"}, `unexpected argument "extra": serve takes only flags`},
		// Checked by connecting.
		{[]string{"--db", unreachable}, "is Postgres running there?"},
		{[]string{"--db", pgtest.DB(t)}, "the database has no ltvkeeper schema: run 'ltvkeeper migrate'"},
		{[]string{"--db", seeded, "--rpc", noNode}, "--rpc " + noNode + ": "},
		{[]string{"--db", seeded, "--addr", busy.Addr().String()}, "--addr " + busy.Addr().String() + ": listen tcp"},
		{[]string{"--db", seeded, "--chain-id", "10"}, fmt.Sprintf("--chain-id 10: the index at --db %s holds no chain 10 (it holds chains %d)", redactDB(seeded), pt.ChainID)},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			_, err := runApp(t, append([]string{"serve"}, c.args...)...)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got error %v, want one containing %q", err, c.want)
			}
			if err != nil && strings.Contains(err.Error(), "s3cret") {
				t.Errorf("error shows the password: %v", err)
			}
		})
	}
}

// TestServeHungNode checks that a node which accepts connections but never answers fails
// the start instead of hanging it.
func TestServeHungNode(t *testing.T) {
	hung := anviltest.Listen(t) // the kernel accepts; nobody reads
	defer func(d time.Duration) { dialTimeout = d }(dialTimeout)
	dialTimeout = 200 * time.Millisecond
	url := "http://" + hung.Addr().String()
	_, err := runApp(t, "serve", "--db", pt.Seeded(t), "--rpc", url)
	if err == nil || !strings.Contains(err.Error(), "--rpc "+url) || !strings.Contains(err.Error(), "deadline exceeded") {
		t.Errorf("hung node: %v", err)
	}
}

// TestServeRuns starts 'ltvkeeper serve' on a seeded database, reads from it and stops it
// as SIGINT would.
func TestServeRuns(t *testing.T) {
	db := pt.Seeded(t)
	addr := fmt.Sprintf("127.0.0.1:%d", anviltest.FreePort(t))

	srv := startApp(t, "serve", "--db", db, "--addr", addr)
	base := "http://" + addr
	var body string
	var status int
	srv.await("serve to answer", 10*time.Second, func() bool {
		body, status = httpGet(base + "/healthz")
		return status != 0
	})
	if status != http.StatusOK || !strings.Contains(body, `"indexedBlock":100`) {
		t.Fatalf("/healthz: %d %s", status, body)
	}
	for path, want := range map[string]string{
		"/v1/positions?status=liquidatable": `"status":"liquidatable"`,
		"/v1/markets":                       `"collateralDecimals":8`,
		"/metrics":                          `ltvkeeper_api_requests_total{code="200",route="/healthz"} 1`,
	} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), want) {
			t.Errorf("GET %s: %d, want 200 with %s:\n%s", path, resp.StatusCode, want, body)
		}
	}
	resp, err := http.Post(base+"/v1/positions", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /v1/positions: %d, want 405", resp.StatusCode)
	}

	if err := srv.stop(10 * time.Second); err != nil {
		t.Errorf("serve stopped with %v\n%s", err, &srv.out)
	}
	if !srv.out.Contains("serving the API") || !srv.out.Contains("API stopped") {
		t.Errorf("log:\n%s", &srv.out)
	}
}

// TestServeDBReadOnly checks that serve's database sessions refuse writes even outside the
// API's read-only transactions.
func TestServeDBReadOnly(t *testing.T) {
	pool, err := connectServeDB(context.Background(), "--db", pt.Seeded(t))
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	for _, sql := range []string{`DELETE FROM positions`, `CREATE TABLE evil (x int)`} {
		_, err := pool.Exec(context.Background(), sql)
		var pgErr *pgconn.PgError
		if !errors.As(err, &pgErr) || pgErr.Code != "25006" { // read_only_sql_transaction
			t.Errorf("%s: %v, want a read-only error", sql, err)
		}
	}
}

// TestServeRefusesAnotherChain: serve --rpc at a node of a chain the index does not hold
// stops at start, naming --rpc, both chains and the fix, instead of serving empty lists.
func TestServeRefusesAnotherChain(t *testing.T) {
	anvil := anviltest.Start(t, "--chain-id", "10")
	db := pt.Seeded(t)
	// A busy --addr: a serve that got past the chain check fails there instead of serving.
	busy := anviltest.Listen(t)
	_, err := runApp(t, "serve", "--db", db, "--addr", busy.Addr().String(), "--rpc", anvil.URL)
	want := fmt.Sprintf("--rpc %s serves chain 10 but the index at --db %s is on chain %d: point --rpc at a node of chain %d, or point --db at an index of chain 10",
		anvil.URL, redactDB(db), pt.ChainID, pt.ChainID)
	if err == nil || err.Error() != want {
		t.Fatalf("serve on another chain: %v\nwant %s", err, want)
	}
}

// TestServeFromStandby runs serve on a primary and on its streaming replica: once the
// replica has caught up both answer the same, and the replica's /healthz fails once its
// replay is paused and trails the primary, which keeps writing, by more than
// --api.max-replay-lag, and recovers when replay resumes.
func TestServeFromStandby(t *testing.T) {
	primary := pgtest.Cluster(t)
	db := primary.DB(t)
	pt.Seed(t, db)
	standby := primary.Standby(t)
	replica := standby.URLOf(db)

	ctx := context.Background()
	serve := func(dbURL string, args ...string) string {
		addr := fmt.Sprintf("127.0.0.1:%d", anviltest.FreePort(t))
		srv := startApp(t, append([]string{"serve", "--db", dbURL, "--addr", addr}, args...)...)
		t.Cleanup(func() {
			if err := srv.stop(10 * time.Second); err != nil {
				t.Errorf("serve --db %s: %v\n%s", dbURL, err, &srv.out)
			}
		})
		// Up before the next one starts: the commands' flags are shared, and parsed once each.
		srv.await("serve --db "+dbURL+" to answer", 30*time.Second, func() bool {
			_, code := httpGet("http://" + addr + "/healthz")
			return code != 0
		})
		return "http://" + addr
	}
	onPrimary := serve(db)
	onReplica := serve(replica, "--api.max-replay-lag", "100ms")

	// Once caught up, the replica serves what the primary serves, byte for byte.
	paths := []string{"/v1/markets", "/v1/positions", "/v1/positions?status=liquidatable&limit=2",
		"/v1/markets/" + pt.MarketA.Hex() + "/positions/" + pt.Bob.Hex(),
		"/v1/markets/" + pt.MarketA.Hex() + "/positions/" + pt.Carol.Hex() + "/target?ltv=0.5",
		"/v1/liquidations", "/v1/alerts"}
	deadline := time.Now().Add(30 * time.Second)
	for _, path := range paths {
		for {
			want, wantCode := httpGet(onPrimary + path)
			got, gotCode := httpGet(onReplica + path)
			if wantCode == http.StatusOK && got == want && gotCode == wantCode {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("GET %s: replica %d %s\nprimary %d %s", path, gotCode, got, wantCode, want)
			}
			time.Sleep(20 * time.Millisecond) // polling a condition, bounded by the deadline
		}
	}
	var h struct {
		Replica      bool    `json:"replica"`
		ReplayPaused bool    `json:"replayPaused"`
		ReplayLagMs  *int64  `json:"replayLagMs"`
		IndexedBlock *uint64 `json:"indexedBlock"`
		Error        string  `json:"error"`
	}
	body, code := httpGet(onPrimary + "/healthz")
	if code != http.StatusOK || strings.Contains(body, "replica") {
		t.Errorf("primary /healthz: %d %s, want 200 without replica fields", code, body)
	}

	// Replay paused while the primary keeps committing: the replica falls behind and says so.
	admin := pgtest.Conn(t, replica)
	if _, err := admin.Exec(ctx, `SELECT pg_wal_replay_pause()`); err != nil {
		t.Fatal(err)
	}
	writer := pgtest.Conn(t, db)
	waitHealth := func(wantCode int, what string) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for {
			if _, err := writer.Exec(ctx, `UPDATE checkpoints SET block_timestamp = block_timestamp + 1`); err != nil {
				t.Fatal(err)
			}
			body, code = httpGet(onReplica + "/healthz")
			if code == wantCode {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("replica /healthz %s: %d %s, want %d", what, code, body, wantCode)
			}
			time.Sleep(20 * time.Millisecond) // polling a condition, bounded by the deadline
		}
	}
	waitHealth(http.StatusServiceUnavailable, "with replay paused")
	if err := json.Unmarshal([]byte(body), &h); err != nil {
		t.Fatal(err)
	}
	if !h.Replica || !h.ReplayPaused || h.ReplayLagMs == nil || *h.ReplayLagMs <= 100 || h.IndexedBlock == nil ||
		!strings.Contains(h.Error, "the replica's replay trails the primary by") || !strings.Contains(h.Error, "more than the 100ms allowed (replay is paused)") {
		t.Errorf("replica /healthz with replay paused: %s", body)
	}
	// The lists still answer from the replica's (older) snapshot.
	if _, code := httpGet(onReplica + "/v1/positions"); code != http.StatusOK {
		t.Errorf("replica /v1/positions with replay paused: %d", code)
	}

	if _, err := admin.Exec(ctx, `SELECT pg_wal_replay_resume()`); err != nil {
		t.Fatal(err)
	}
	waitHealth(http.StatusOK, "after replay resumed")
}
