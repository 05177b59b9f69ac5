package indexer_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
	"github.com/ltvkeeper/ltvkeeper/internal/metrictest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/migrations"
)

// TestKillAndRestart SIGKILLs `ltvkeeper index` at random points of a backfill (while it
// migrates, fetches, commits), many times, then lets a last run finish. The result must be
// exactly what one uninterrupted run writes, and equal the chain: no range lost, none twice.
func TestKillAndRestart(t *testing.T) {
	bin := make(chan string, 1)
	go func() { bin <- buildLtvkeeper(t) }() // in parallel with the chain setup

	e := newEnv(t, 6)
	rng := rand.New(rand.NewPCG(3, 3))
	e.actThroughCrashes(rng)
	head := chainHead(t, e)

	ltvkeeper := <-bin
	if ltvkeeper == "" {
		t.FailNow() // the build goroutine reported why
	}
	// The killed runs defer the indexes from the first event (the reference keeps them): most
	// kills land while the indexes are dropped, and the last run builds them.
	args := func(dbURL string, rangeSize int) []string {
		deferFrom := "1"
		if rangeSize == referenceRangeSize {
			deferFrom = "0"
		}
		return []string{"--log.level", "warn", "index", "--rpc", e.anvil.URL, "--db", dbURL,
			"--factory", e.dep.Factory.Hex(), "--start-block", strconv.FormatUint(e.dep.StartBlock, 10),
			"--until-head", "--range-size", strconv.Itoa(rangeSize), "--concurrency", "2", "--defer-indexes", deferFrom}
	}

	ref, pool, deferred := killAndRestart(t, ltvkeeper, args, rng, head, head-e.dep.StartBlock)
	if n, _ := checkpointOf(pool); n != head {
		t.Fatalf("checkpoint at block %d after the last run, want the head %d", n, head)
	}
	if deferred == 0 {
		t.Errorf("no kill landed while the indexes were deferred")
	}
	e.assertMatchesChain(pool)
	compareIndexes(t, pool, ref)
	if got, want := indexDefinitions(t, pool), indexDefinitions(t, ref); !slices.Equal(got, want) {
		t.Errorf("indexes after the killed runs:\n%s\nwant those of the uninterrupted run:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// indexDefinitions lists the definitions of the indexes of events and positions, and of the
// indexes still deferred.
func indexDefinitions(t *testing.T, pool *pgxpool.Pool) []string {
	t.Helper()
	return rowsOf(t, pool, `SELECT indexdef FROM pg_indexes WHERE tablename IN ('events', 'positions')
		UNION ALL SELECT 'deferred: ' || definition FROM deferred_indexes ORDER BY 1`)
}

// TestMorphoKillAndRestart SIGKILLs `ltvkeeper index` following a Morpho Blue contract beside
// the factory at random points of the backfill, many times, then lets a last run finish: the
// index must be what one uninterrupted run writes, and equal Morpho's market() and position().
func TestMorphoKillAndRestart(t *testing.T) {
	bin := make(chan string, 1)
	go func() { bin <- buildLtvkeeper(t) }() // in parallel with the chain setup

	m := newMorphoEnv(t, 4)
	rng := rand.New(rand.NewPCG(14, 4))
	m.chargeFee()
	m.act(rng, 120)
	m.env.act(rng, 40)
	m.jump(30 * 24 * 3600)
	m.badDebt(0)
	m.act(rng, 120)
	m.jump(7 * 24 * 3600)
	head := chainHead(t, m.env)

	ltvkeeper := <-bin
	if ltvkeeper == "" {
		t.FailNow() // the build goroutine reported why
	}
	args := func(dbURL string, rangeSize int) []string {
		return []string{"--log.level", "warn", "index", "--rpc", m.anvil.URL, "--db", dbURL,
			"--factory", m.dep.Factory.Hex(), "--start-block", strconv.FormatUint(m.dep.StartBlock, 10),
			"--morpho.address", m.d.Morpho.Hex(), "--morpho.start-block", strconv.FormatUint(m.d.StartBlock, 10),
			"--until-head", "--range-size", strconv.Itoa(rangeSize), "--concurrency", "2"}
	}
	ref, pool, _ := killAndRestart(t, ltvkeeper, args, rng, head, head-min(m.dep.StartBlock, m.d.StartBlock))
	if n, _ := checkpointOf(pool); n != head {
		t.Fatalf("checkpoint at block %d after the last run, want the head %d", n, head)
	}
	m.assertMatchesChain(pool)
	m.assertMorphoMatches(pool, []int{0, 1})
	compareIndexes(t, pool, ref)
}

// TestDatabaseDropsMidIndexing cuts the indexer's database connections during a backfill of
// many small ranges: its backends are terminated, or the whole server stops and starts again.
// The indexer must resume from its last commit by itself and end equal to the chain.
func TestDatabaseDropsMidIndexing(t *testing.T) {
	e := newEnv(t, 4)
	rng := rand.New(rand.NewPCG(4, 4))
	e.act(rng, 300)
	e.crash(0, 45)
	head := chainHead(t, e)
	_, ref := markettest.IndexDB(t)
	e.indexUntilHead(ref, indexer.Config{})
	// One block per range and a small unsafe window: hundreds of commits to cut into.
	cfg := indexer.Config{RangeSize: 1, MaxRangeSize: 1, Concurrency: 2, UnsafeDepth: 4, PollInterval: 20 * time.Millisecond}

	t.Run("terminate backends", func(t *testing.T) {
		e := e.forTest(t)
		url, observer := markettest.IndexDB(t)
		reg := prometheus.NewRegistry()
		stop := startIndexer(t, e, e.anvil.URL, newPool(t, url), cfg, reg)
		// The pool quietly replaces a connection that died while idle, so each drop is
		// repeated until one lands in the middle of the indexer's work.
		// A drop only interrupts the indexer while it writes, so the drops go on until it has
		// been interrupted four times or has finished the backfill; at least one must land.
		var last uint64
		terminated := 0
		for range 4 {
			awaitIndexed(t, observer, last+1, 30*time.Second)
			if last, _ = checkpointOf(observer); last >= head {
				break
			}
			before := metrictest.Sum(t, reg, "ltvkeeper_indexer_restarts_total")
			awaitCondition(t, 30*time.Second, "a dropped connection to interrupt the indexer", func() bool {
				terminated += pgtest.Terminate(t, url)
				n, _ := checkpointOf(observer)
				return metrictest.Sum(t, reg, "ltvkeeper_indexer_restarts_total") > before || n >= head
			})
		}
		requireRestarts(t, reg)
		awaitIndexed(t, observer, head, 60*time.Second)
		stop()
		t.Logf("%d backends terminated, %d indexer restarts", terminated, int(metrictest.Sum(t, reg, "ltvkeeper_indexer_restarts_total")))
		pool := newPool(t, url) // the observer's connections were terminated too
		e.assertMatchesChain(pool)
		compareIndexes(t, pool, ref)
	})

	t.Run("server restarts", func(t *testing.T) {
		e := e.forTest(t)
		srv := pgtest.Cluster(t)
		url := srv.DB(t)
		if _, err := migrations.Up(context.Background(), url, testlog.Discard); err != nil {
			t.Fatal(err)
		}
		observer := newPool(t, url)
		reg := prometheus.NewRegistry()
		stop := startIndexer(t, e, e.anvil.URL, newPool(t, url), cfg, reg)
		var last uint64
		for range 2 {
			awaitIndexed(t, observer, last+1, 30*time.Second)
			srv.Stop(t)
			time.Sleep(time.Duration(100+rng.IntN(400)) * time.Millisecond) // the outage (injection)
			srv.Start(t)
			last, _ = checkpointOf(observer)
		}
		if last >= head {
			t.Fatalf("the restarts came after the backfill (checkpoint %d, head %d)", last, head)
		}
		awaitIndexed(t, observer, head, 60*time.Second)
		stop()
		requireRestarts(t, reg)
		pool := newPool(t, url)
		e.assertMatchesChain(pool)
		compareIndexes(t, pool, ref)
	})
}

// TestRPCGoesAway puts a proxy between the indexer and the node and takes it down during the
// backfill and again while following the head (connections refused, requests in flight cut),
// while the chain moves on. The indexer must resume by itself and end equal to the chain.
func TestRPCGoesAway(t *testing.T) {
	e := newEnv(t, 4)
	rng := rand.New(rand.NewPCG(5, 5))
	e.act(rng, 250)
	e.crash(1, 60)
	backfillEnd := chainHead(t, e) - 4

	proxy := newRPCProxy(t, strings.TrimPrefix(e.anvil.URL, "http://"))
	url, pool := markettest.IndexDB(t)
	reg := prometheus.NewRegistry()
	cfg := indexer.Config{RangeSize: 1, MaxRangeSize: 2, Concurrency: 2, UnsafeDepth: 4, PollInterval: 20 * time.Millisecond}
	stop := startIndexer(t, e, "http://"+proxy.addr, newPool(t, url), cfg, reg)

	// Down in the middle of the backfill, until the indexer has given up on its requests.
	awaitIndexed(t, pool, e.dep.StartBlock+(backfillEnd-e.dep.StartBlock)/3, 30*time.Second)
	before := metrictest.Sum(t, reg, "ltvkeeper_indexer_restarts_total")
	proxy.down()
	e.act(rng, 20)
	awaitCondition(t, 30*time.Second, "the indexer to notice the node is gone", func() bool {
		return metrictest.Sum(t, reg, "ltvkeeper_indexer_restarts_total") > before
	})
	proxy.up()

	// Requests in flight cut, the proxy staying up.
	for i := range 3 {
		awaitIndexed(t, pool, e.dep.StartBlock+(backfillEnd-e.dep.StartBlock)*uint64(3+i)/6, 30*time.Second)
		proxy.cut()
	}

	// Down while following the head, as the chain moves on.
	awaitIndexed(t, pool, chainHead(t, e), 60*time.Second)
	before = metrictest.Sum(t, reg, "ltvkeeper_indexer_restarts_total")
	proxy.down()
	e.act(rng, 30)
	awaitCondition(t, 30*time.Second, "the indexer to notice the node is gone", func() bool {
		return metrictest.Sum(t, reg, "ltvkeeper_indexer_restarts_total") > before
	})
	proxy.up()
	e.act(rng, 10)

	awaitIndexed(t, pool, chainHead(t, e), 60*time.Second)
	stop()
	t.Logf("%d connections cut in use, %d indexer restarts", proxy.cutInUse(), int(metrictest.Sum(t, reg, "ltvkeeper_indexer_restarts_total")))
	e.assertMatchesChain(pool)
	_, ref := markettest.IndexDB(t)
	e.indexUntilHead(ref, indexer.Config{})
	compareIndexes(t, pool, ref)
}

// forTest is the environment with failures reported to t (a subtest).
// referenceRangeSize is the range size of killAndRestart's uninterrupted run.
const referenceRangeSize = 2000

// killAndRestart runs `ltvkeeper index` with args once uninterrupted into a reference index,
// then into another index many times, each SIGKILLed at a random point of its backfill, and
// lets a last run finish. It returns the reference, the killed runs' index, and how many
// kills left indexes deferred.
func killAndRestart(t *testing.T, ltvkeeper string, args func(dbURL string, rangeSize int) []string, rng *rand.Rand,
	head, blocks uint64) (ref, pool *pgxpool.Pool, deferred int) {
	t.Helper()
	// The reference: one uninterrupted run, cutting the work differently (one big range).
	refURL, ref := markettest.IndexDB(t)
	began := time.Now()
	if run := startIndexProcess(t, ltvkeeper, args(refURL, referenceRangeSize)); !run.wait(t, 2*time.Minute) {
		t.Fatalf("uninterrupted run failed: %v\n%s", run.err, run.stderr.String())
	}
	uninterrupted := time.Since(began)

	// Kill points are random delays within a run's life (injection, not synchronisation); most
	// wait first for the run to commit something, so that they land in the middle of the backfill.
	url, pool := markettest.IndexDB(t)
	kills, midway := 0, 0
	var last uint64
	for kills < 12 {
		run := startIndexProcess(t, ltvkeeper, args(url, 3))
		if rng.IntN(3) > 0 {
			awaitCondition(t, 30*time.Second, "the run to commit a range", func() bool {
				n, ok := checkpointOf(pool)
				return run.exited() || (ok && n > last)
			})
		}
		delay := time.Duration(rng.Int64N(int64(uninterrupted/8) + 1))
		if finished := run.killAfter(delay); finished {
			if run.err != nil {
				t.Fatalf("run %d failed: %v\n%s", kills+1, run.err, run.stderr.String())
			}
			t.Logf("run %d finished the backfill before its kill", kills+1)
			break
		}
		kills++
		n, ok := checkpointOf(pool)
		if ok && n < head {
			midway++
		}
		if len(rowsOf(t, pool, `SELECT name FROM deferred_indexes`)) > 0 {
			deferred++
		}
		if ok {
			last = n
		}
	}
	if run := startIndexProcess(t, ltvkeeper, args(url, 3)); !run.wait(t, 2*time.Minute) {
		t.Fatalf("last run failed: %v\n%s", run.err, run.stderr.String())
	}
	t.Logf("chain of %d blocks: uninterrupted run %s; %d kills, %d of them mid-backfill, %d with indexes deferred",
		blocks, uninterrupted.Round(time.Millisecond), kills, midway, deferred)
	if midway < 6 {
		t.Fatalf("only %d kills landed in the middle of the backfill; want at least 6 (make the chain longer)", midway)
	}

	return ref, pool, deferred
}

func (e *env) forTest(t *testing.T) *env {
	c := *e
	c.t, c.c = t, e.c.For(t)
	return &c
}

// buildLtvkeeper builds the ltvkeeper command into a temporary directory; on failure it
// reports why and returns "".
func buildLtvkeeper(t *testing.T) string {
	out := filepath.Join(t.TempDir(), "ltvkeeper")
	cmd := exec.Command("go", "build", "-o", out, "github.com/ltvkeeper/ltvkeeper/cmd/ltvkeeper")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go build: %v\n%s", err, b)
		return ""
	}
	return out
}

// indexProcess is one run of `ltvkeeper index`.
type indexProcess struct {
	cmd    *exec.Cmd
	stderr bytes.Buffer
	done   chan struct{}
	err    error // after done: nil when it exited 0
}

func startIndexProcess(t *testing.T, bin string, args []string) *indexProcess {
	t.Helper()
	p := &indexProcess{cmd: exec.Command(bin, args...), done: make(chan struct{})}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "LTVKEEPER_") { // flags only, from the arguments
			p.cmd.Env = append(p.cmd.Env, kv)
		}
	}
	p.cmd.Stderr = &p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		p.err = p.cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		_ = p.cmd.Process.Kill()
		<-p.done
	})
	return p
}

func (p *indexProcess) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// wait waits for the run to end by itself and says whether it exited 0.
func (p *indexProcess) wait(t *testing.T, timeout time.Duration) bool {
	t.Helper()
	select {
	case <-p.done:
		return p.err == nil
	case <-time.After(timeout):
		t.Fatalf("ltvkeeper index still running after %s\n%s", timeout, p.stderr.String())
		return false
	}
}

// killAfter SIGKILLs the run after delay; it returns true when the run had ended by itself.
func (p *indexProcess) killAfter(delay time.Duration) (finished bool) {
	select {
	case <-p.done:
		return true
	case <-time.After(delay):
	}
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
	var exit *exec.ExitError
	killed := errors.As(p.err, &exit) && exit.Sys().(syscall.WaitStatus).Signal() == syscall.SIGKILL
	return !killed
}

// startIndexer runs the indexer in-process, following the head, until the returned stop.
func startIndexer(t *testing.T, e *env, rpcURL string, pool *pgxpool.Pool, cfg indexer.Config, reg prometheus.Registerer) (stop func()) {
	t.Helper()
	cfg.ChainID, cfg.Factory, cfg.StartBlock, cfg.RPCURL = 31337, e.dep.Factory, e.dep.StartBlock, rpcURL
	return inBackground(t, cfg, anviltest.Dial(t, rpcURL).Client(), pool, reg)
}

func newPool(t *testing.T, url string) *pgxpool.Pool {
	t.Helper()
	pool := pgtest.Pool(t, url)
	return pool
}

func chainHead(t *testing.T, e *env) uint64 {
	t.Helper()
	n, err := e.anvil.Client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// checkpointOf reads the indexed block; ok is false before the first commit or while the
// database cannot be read.
func checkpointOf(pool *pgxpool.Pool) (block uint64, ok bool) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	// The lowest of the indexers' checkpoints: a run with two indexers is midway until both end.
	err := pool.QueryRow(ctx, `SELECT min(block_number) FROM checkpoints HAVING count(*) > 0`).Scan(&block)
	return block, err == nil
}

// awaitCondition polls cond until it holds, failing the test after timeout.
func awaitCondition(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waited %s for %s", timeout, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// awaitIndexed waits until the checkpoint reaches block.
func awaitIndexed(t *testing.T, pool *pgxpool.Pool, block uint64, timeout time.Duration) {
	t.Helper()
	awaitCondition(t, timeout, fmt.Sprintf("block %d to be indexed", block), func() bool {
		n, ok := checkpointOf(pool)
		return ok && n >= block
	})
}

// requireRestarts fails unless the faults made the indexer resume at least once: a test
// whose faults missed proves nothing.
func requireRestarts(t *testing.T, reg *prometheus.Registry) {
	t.Helper()
	n := metrictest.Sum(t, reg, "ltvkeeper_indexer_restarts_total")
	t.Logf("indexer resumed %d times", int(n))
	if n == 0 {
		t.Fatal("the indexer never had to resume: the faults missed it")
	}
}

// compareIndexes fails unless two indexes hold the same events, markets, market states,
// positions and price rounds, row for row. Each query returns one text column.
func compareIndexes(t *testing.T, got, want *pgxpool.Pool) {
	t.Helper()
	queries := []struct{ table, query string }{
		{"events", `SELECT (block_number, log_index, block_hash, event, args::text, block_timestamp, tx_hash, address,
			market, account)::text FROM events ORDER BY block_number, log_index`},
		{"markets", `SELECT m::text FROM markets m ORDER BY market`},
		{"market_state", `SELECT s::text FROM market_state s ORDER BY market`},
		{"positions", `SELECT p::text FROM positions p ORDER BY market, borrower`},
		{"price_rounds", `SELECT r::text FROM price_rounds r ORDER BY price_feed, block_number, log_index`},
	}
	for _, q := range queries {
		g, w := rowsOf(t, got, q.query), rowsOf(t, want, q.query)
		if len(w) == 0 {
			t.Errorf("%s: the reference index is empty", q.table)
		}
		for i := 0; i < max(len(g), len(w)); i++ {
			var gr, wr string
			if i < len(g) {
				gr = g[i]
			}
			if i < len(w) {
				wr = w[i]
			}
			if gr != wr {
				t.Errorf("%s: %d rows, want %d; first difference at row %d:\n got %s\nwant %s", q.table, len(g), len(w), i, gr, wr)
				break
			}
		}
	}
	if t.Failed() {
		t.FailNow()
	}
}

func rowsOf(t *testing.T, pool *pgxpool.Pool, query string) []string {
	t.Helper()
	rows, err := pool.Query(context.Background(), query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var row string
		if err := rows.Scan(&row); err != nil {
			t.Fatal(err)
		}
		out = append(out, row)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// rpcProxy forwards TCP connections to the node. It can go down (new connections refused,
// open ones cut) and come back on the same port, or cut the connections in use.
type rpcProxy struct {
	t      *testing.T
	target string
	addr   string

	mu     sync.Mutex
	ln     net.Listener // nil while down
	conns  map[net.Conn]bool
	cutted int
	wg     sync.WaitGroup
}

func newRPCProxy(t *testing.T, target string) *rpcProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &rpcProxy{t: t, target: target, addr: ln.Addr().String(), conns: make(map[net.Conn]bool)}
	p.serve(ln)
	t.Cleanup(func() {
		p.down()
		p.wg.Wait()
	})
	return p
}

func (p *rpcProxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return // closed by down
			}
			p.wg.Add(1)
			go func() {
				defer p.wg.Done()
				p.forward(c)
			}()
		}
	}()
}

func (p *rpcProxy) forward(client net.Conn) {
	server, err := net.Dial("tcp", p.target)
	if err != nil {
		client.Close()
		return
	}
	p.mu.Lock()
	if p.ln == nil { // went down meanwhile
		p.mu.Unlock()
		client.Close()
		server.Close()
		return
	}
	p.conns[client], p.conns[server] = true, true
	p.mu.Unlock()
	var both sync.WaitGroup
	both.Add(2)
	pipe := func(dst, src net.Conn) {
		defer both.Done()
		_, _ = io.Copy(dst, src)
		dst.Close()
		src.Close()
	}
	go pipe(server, client)
	go pipe(client, server)
	both.Wait()
	p.mu.Lock()
	delete(p.conns, client)
	delete(p.conns, server)
	p.mu.Unlock()
}

// cut resets every open connection.
func (p *rpcProxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for c := range p.conns {
		if tcp, ok := c.(*net.TCPConn); ok {
			_ = tcp.SetLinger(0) // close with RST: "connection reset by peer"
		}
		c.Close()
		p.cutted++
	}
}

// down stops listening, so that connections are refused, and cuts the open ones.
func (p *rpcProxy) down() {
	p.mu.Lock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	p.mu.Unlock()
	p.cut()
}

// up listens again on the same port.
func (p *rpcProxy) up() {
	p.t.Helper()
	var ln net.Listener
	awaitCondition(p.t, 10*time.Second, "the proxy port "+p.addr+" to be free", func() bool {
		var err error
		ln, err = net.Listen("tcp", p.addr)
		return err == nil
	})
	p.serve(ln)
}

// cutInUse is how many connection ends cut and down have closed.
func (p *rpcProxy) cutInUse() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.cutted / 2
}

// TestFailedCommitRollsBackTheNextRange fails, once, the commit of a range in the middle of a
// backfill, after the range behind it has been staged in a transaction of its own. That range
// must not commit without the failed one: the indexer resumes from the last commit and ends
// equal to the chain.
func TestFailedCommitRollsBackTheNextRange(t *testing.T) {
	e := newEnv(t, 3)
	e.act(rand.New(rand.NewPCG(5, 5)), 120)
	head := chainHead(t, e)
	failAt := e.dep.StartBlock + (head-e.dep.StartBlock)/2
	url, observer := markettest.IndexDB(t)
	// The trigger fails the checkpoint of block failAt once (a sequence is not rolled back),
	// after waiting up to ten seconds for another transaction to have copied into events: the
	// next range, staged. staged_at_failure tells whether one had.
	_, err := observer.Exec(context.Background(), fmt.Sprintf(`
		CREATE SEQUENCE fail_once;
		CREATE SEQUENCE staged_at_failure MINVALUE 0 START 0;
		CREATE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql AS $$
		BEGIN
			IF NEW.block_number = %d AND nextval('fail_once') = 1 THEN
				FOR i IN 1..1000 LOOP
					EXIT WHEN EXISTS (SELECT 1 FROM pg_locks WHERE relation = 'events'::regclass
						AND mode = 'RowExclusiveLock' AND pid <> pg_backend_pid());
					PERFORM pg_sleep(0.01);
				END LOOP;
				PERFORM setval('staged_at_failure', (SELECT count(DISTINCT pid) FROM pg_locks WHERE relation = 'events'::regclass
					AND mode = 'RowExclusiveLock' AND pid <> pg_backend_pid()));
				RAISE EXCEPTION 'injected failure at block %%', NEW.block_number;
			END IF;
			RETURN NEW;
		END $$;
		CREATE TRIGGER fail_once BEFORE INSERT OR UPDATE ON checkpoints FOR EACH ROW EXECUTE FUNCTION fail_once()`, failAt))
	if err != nil {
		t.Fatal(err)
	}
	reg := prometheus.NewRegistry()
	cfg := indexer.Config{RangeSize: 1, MaxRangeSize: 1, Concurrency: 2, UnsafeDepth: 4, PollInterval: 20 * time.Millisecond}
	stop := startIndexer(t, e, e.anvil.URL, newPool(t, url), cfg, reg)
	awaitIndexed(t, observer, head, 60*time.Second)
	stop()
	requireRestarts(t, reg)
	var staged int64
	if err := observer.QueryRow(context.Background(), `SELECT last_value FROM staged_at_failure`).Scan(&staged); err != nil {
		t.Fatal(err)
	}
	if staged == 0 {
		t.Errorf("no range was staged while block %d committed: the test proves nothing", failAt)
	}
	e.assertMatchesChain(observer)
}
