package bench

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	neturl "net/url"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/devnet"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/pgcluster"
)

// BackfillConfig is what Backfill measures.
type BackfillConfig struct {
	Borrowers int    // positions in the fixture: three market events each
	Exe       string // the ltvkeeper binary: the indexer runs as its own process, for its peak RSS
	// Concurrency and RangeSize are the indexer's flags (0: its defaults).
	Concurrency int
	RangeSize   uint64
	Log         *slog.Logger
}

// fixtureDepth is the empty blocks mined on top of the fixture: the indexer's default unsafe
// depth (blocks this close to the head are followed block by block, not backfilled).
const fixtureDepth = 128

// indexerRuns is how many times a backfill section runs the indexer over its fixture, each
// time into an empty database of its own: this machine's run-to-run spread (±20%) is wider
// than most changes, and the median of three runs moves less than one run. The heavy fixture
// is run once.
const indexerRuns = 3

// DefaultBorrowers is the default fixture's size; a larger fixture's figures are the heavy
// mode's.
const DefaultBorrowers = 100_000

// fixtureDevnet starts a devnet for a backfill fixture, without borrowers and with a database
// of its own, in a temporary folder; stop stops it and removes the folder. A heavy fixture's
// Anvil keeps only its last states: with them all, a million borrowers outgrow the memory.
func fixtureDevnet(ctx context.Context, heavy bool, log *slog.Logger) (d *devnet.Devnet, stop func(), err error) {
	dir, err := os.MkdirTemp("", "ltvkeeper-bench-")
	if err != nil {
		return nil, nil, err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(dir)
		}
	}()
	if err := os.Chmod(dir, 0o755); err != nil { // a server run as another user must reach it
		return nil, nil, err
	}
	port, err := pgcluster.FreePort()
	if err != nil {
		return nil, nil, err
	}
	if d, err = devnet.Start(ctx, devnet.Config{Dir: dir, Port: port, Borrowers: -1, PrivateDB: true, Ephemeral: true, PruneHistory: heavy, Log: log}); err != nil {
		return nil, nil, err
	}
	return d, func() { d.Stop(); os.RemoveAll(dir) }, nil
}

// Backfill builds the fixture (a devnet with cfg.Borrowers positions, automining) and
// measures, on it: the indexer's backfill from the deployment block to the head as a child
// process (events/s, blocks/s, wall time, peak RSS); beside it the two raw limits, plain
// eth_getLogs at the best of a sweep of range sizes and requests in flight, and plain COPY of
// the same rows into an empty table; and the indexer's efficiency, its rate over the lower
// limit.
func Backfill(ctx context.Context, cfg BackfillConfig) ([]Figure, error) {
	log := cfg.Log
	if log == nil {
		log = slog.Default()
	}
	quiet := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	fixture, section, sweepSection, rateTarget, seedTarget := "fixture", "indexer backfill", "raw eth_getLogs sweep", "≥ 50,000 events/s", "< 180 s for 100,000"
	ranges, inFlight := sweepRanges, sweepConcurrency
	heavy := cfg.Borrowers > DefaultBorrowers
	if heavy {
		// Each setting of the sweep reads the whole fixture: the heavy one sweeps only the
		// settings that win on the default fixture.
		fixture, section, sweepSection, rateTarget, seedTarget = "fixture, heavy", "indexer backfill, heavy", "raw eth_getLogs sweep, heavy", "", ""
		ranges, inFlight = []uint64{1, 4}, []int{8}
	}
	d, stop, err := fixtureDevnet(ctx, heavy, quiet)
	if err != nil {
		return nil, err
	}
	defer stop()

	log.Info("building the fixture", "borrowers", cfg.Borrowers)
	began := time.Now()
	if _, err := devnet.Seed(ctx, d.RPCURL, d.Deployment, cfg.Borrowers, 0.1, 0.5, quiet); err != nil {
		return nil, err
	}
	seedTime := time.Since(began)
	figs := []Figure{
		{Section: fixture, Name: fmt.Sprintf("seed %d borrowers (3 market events each)", cfg.Borrowers), Value: seedTime.Seconds(), Unit: "s", Target: seedTarget},
	}

	client, err := rpc.DialContext(ctx, d.RPCURL)
	if err != nil {
		return nil, err
	}
	defer client.Close()
	// Empty blocks on top, so that every event is deeper than the indexer's unsafe depth, as in
	// a backfill of history: the indexer backfills the fixture rather than following it.
	if err := client.CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(fixtureDepth)); err != nil {
		return nil, fmt.Errorf("mine %d empty blocks: %w", fixtureDepth, err)
	}
	var head hexutil.Uint64
	if err := client.CallContext(ctx, &head, "eth_blockNumber"); err != nil {
		return nil, err
	}
	from, to := d.Deployment.StartBlock, uint64(head)
	blocks := float64(to - from + 1)

	log.Info("measuring plain eth_getLogs", "from", from, "to", to, "range_sizes", ranges, "in_flight", inFlight)
	sweep, err := sweepGetLogs(ctx, client, from, to, ranges, inFlight, log)
	if err != nil {
		return nil, fmt.Errorf("raw eth_getLogs: %w", err)
	}
	best := sweep[0]
	for _, r := range sweep {
		if r.rate() > best.rate() {
			best = r
		}
	}
	logs := best.logs

	log.Info("measuring the indexer's backfill", "from", from, "to", to)
	args := []string{"--deployment", d.Info.Deployment}
	if cfg.Concurrency > 0 {
		args = append(args, "--concurrency", fmt.Sprint(cfg.Concurrency))
	}
	if cfg.RangeSize > 0 {
		args = append(args, "--range-size", fmt.Sprint(cfg.RangeSize))
	}
	runs := indexerRuns
	if heavy {
		runs = 1
	}
	run, conn, err := measureIndexer(ctx, cfg.Exe, d, runs, args...)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.Background())
	// The counts differ only by logs of contracts before they are followed (a feed's first
	// round, emitted before its market exists).
	if run.events == 0 || run.events > int64(logs) {
		return nil, fmt.Errorf("the indexer wrote %d events, eth_getLogs returned %d logs: want about as many", run.events, logs)
	}

	log.Info("measuring plain COPY of the same rows")
	copyTime, err := rawCopy(ctx, conn)
	if err != nil {
		return nil, fmt.Errorf("raw COPY: %w", err)
	}

	n := float64(run.events)
	indexRate, logsRate, copyRate := run.rate(), best.rate(), n/copyTime.Seconds()
	figs = append(figs,
		Figure{Section: fixture, Name: "market and feed events", Value: n, Unit: "events"},
		Figure{Section: fixture, Name: "blocks from the deployment to the head", Value: blocks, Unit: "blocks"})
	figs = append(figs, run.figures(section, "from the deployment block to the head", blocks, rateTarget, "< 300 MiB")...)
	figs = append(figs,
		Figure{Section: section, Name: "limit (a): best plain eth_getLogs rate of the sweep", Value: logsRate, Unit: "events/s"},
		Figure{Section: section, Name: "limit (a) setting: blocks per range", Value: float64(best.blocks), Unit: "blocks"},
		Figure{Section: section, Name: "limit (a) setting: requests in flight", Value: float64(best.concurrency), Unit: "requests"},
		Figure{Section: section, Name: "limit (b): plain COPY of the same rows into an empty table", Value: copyRate, Unit: "events/s"},
		Figure{Section: section, Name: "efficiency: indexer rate / lower limit", Value: indexRate / min(logsRate, copyRate), Unit: "ratio", Target: "≥ 0.7"},
	)
	for _, r := range sweep {
		figs = append(figs, Figure{Section: sweepSection, Name: r.name(to - from + 1), Value: r.rate(), Unit: "events/s"})
	}
	return figs, nil
}

// indexRun is what the runs of the indexer over one fixture measured: the median, fastest
// and slowest wall time and that of all the runs, the highest peak resident set in
// kilobytes, the events each wrote, and the CPU the indexer, Postgres, the node and the whole
// machine used over all the runs (cpuOK: /proc told).
type indexRun struct {
	runs                   int
	took, fastest, slowest time.Duration
	wall                   time.Duration // of all the runs
	rssKB                  int64
	events                 int64
	cpu                    processesCPU
	cpuOK                  bool
	phases                 indexPhases // the median run's
}

// processesCPU is the CPU time of the indexer, of Postgres (its backends included) and of the
// node serving the logs, and the time the machine's cores were busy.
type processesCPU struct{ indexer, postgres, node, machine time.Duration }

// cpuNow is the CPU the node (anvilPID), Postgres (postgresPID) and the whole machine have
// used so far; ok is false when /proc cannot tell.
func cpuNow(anvilPID, postgresPID int) (c processesCPU, ok bool) {
	node, ok0 := treeCPU(anvilPID)
	postgres, ok1 := treeCPU(postgresPID)
	machine, ok2 := machineBusy()
	return processesCPU{postgres: postgres, node: node, machine: machine}, ok0 && ok1 && ok2
}

func (r indexRun) rate() float64 { return float64(r.events) / r.took.Seconds() }

// figures are the runs' figures in section, span saying which blocks they indexed (blocks of
// them): time and rates are the median run's, the peak RSS the highest, the CPU the mean of
// the runs.
func (r indexRun) figures(section, span string, blocks float64, rateTarget, rssTarget string) []Figure {
	figs := []Figure{
		{Section: section, Name: "indexer runs over the fixture (time and rates: the median run)", Value: float64(r.runs), Unit: "runs"},
		{Section: section, Name: "indexer, " + span, Value: r.took.Seconds(), Unit: "s"},
		{Section: section, Name: "indexer rate", Value: r.rate(), Unit: "events/s", Target: rateTarget},
		{Section: section, Name: "indexer rate in blocks", Value: blocks / r.took.Seconds(), Unit: "blocks/s"},
		{Section: section, Name: "indexer peak RSS", Value: float64(r.rssKB) / 1024, Unit: "MiB", Target: rssTarget},
	}
	if r.runs > 1 {
		figs = append(figs,
			Figure{Section: section, Name: "indexer rate, slowest run", Value: float64(r.events) / r.slowest.Seconds(), Unit: "events/s"},
			Figure{Section: section, Name: "indexer rate, fastest run", Value: float64(r.events) / r.fastest.Seconds(), Unit: "events/s"})
	}
	if p := r.phases; p.ok {
		figs = append(figs,
			Figure{Section: section, Name: "indexer, from its start to its last range's commit", Value: p.backfill.Seconds(), Unit: "s"},
			Figure{Section: section, Name: "indexer rate to its last range's commit", Value: float64(r.events) / p.backfill.Seconds(), Unit: "events/s"},
			Figure{Section: section, Name: "indexer, then building the indexes the backfill deferred", Value: p.indexes.Seconds(), Unit: "s"})
	}
	if !r.cpuOK {
		return figs
	}
	perRun := func(d time.Duration) float64 { return d.Seconds() / float64(r.runs) }
	all := perRun(r.cpu.indexer + r.cpu.postgres + r.cpu.node)
	cores := float64(runtime.NumCPU())
	return append(figs,
		Figure{Section: section, Name: "CPU per run: the indexer", Value: perRun(r.cpu.indexer), Unit: "s"},
		Figure{Section: section, Name: "CPU per run: Postgres", Value: perRun(r.cpu.postgres), Unit: "s"},
		Figure{Section: section, Name: "CPU per run: the node serving the logs (Anvil)", Value: perRun(r.cpu.node), Unit: "s"},
		Figure{Section: section, Name: "CPU per run: the three together, over the cores' time of the median run", Value: all / (cores * r.took.Seconds()), Unit: "ratio"},
		Figure{Section: section, Name: "CPU per run: the whole machine (every process and the kernel)", Value: perRun(r.cpu.machine), Unit: "s"},
		Figure{Section: section, Name: "the whole machine's cores busy, over their time in the runs", Value: r.cpu.machine.Seconds() / (cores * r.wall.Seconds()), Unit: "ratio"},
		Figure{Section: section, Name: "rate the CPU allows: events over the three's CPU per run, every core busy throughout", Value: float64(r.events) * cores / all, Unit: "events/s"})
}

// measureIndexer runs the indexer as runIndexer does, runs times, the first time into the
// devnet's database and then each time into an empty database of its own, and counts the
// events each run wrote, which must agree. It returns a connection to the devnet's database,
// open (the caller closes it).
func measureIndexer(ctx context.Context, exe string, d *devnet.Devnet, runs int, what ...string) (run indexRun, conn *pgx.Conn, err error) {
	if conn, err = pgx.Connect(ctx, d.DB()); err != nil {
		return indexRun{}, nil, err
	}
	defer func() {
		if err != nil {
			conn.Close(context.Background())
			conn = nil
		}
	}()
	run.runs, run.cpuOK = runs, true
	anvilPID, postgresPID := d.PIDs()
	var ones []indexerProcess
	for i := range runs {
		db := d.DB()
		if i > 0 {
			if db, err = emptyDatabase(ctx, conn, d.DB(), fmt.Sprintf("backfill_run_%d", i+1)); err != nil {
				return indexRun{}, nil, err
			}
		}
		before, ok0 := cpuNow(anvilPID, postgresPID)
		one, err := runIndexer(ctx, exe, d.RPCURL, db, what...)
		if err != nil {
			return indexRun{}, nil, err
		}
		after, ok1 := cpuNow(anvilPID, postgresPID)
		run.cpuOK = run.cpuOK && ok0 && ok1
		run.cpu = processesCPU{
			indexer:  run.cpu.indexer + one.cpu,
			postgres: run.cpu.postgres + after.postgres - before.postgres,
			node:     run.cpu.node + after.node - before.node,
			machine:  run.cpu.machine + after.machine - before.machine,
		}
		run.wall += one.took
		events, err := countEvents(ctx, db)
		if err != nil {
			return indexRun{}, nil, err
		}
		if i > 0 && events != run.events {
			return indexRun{}, nil, fmt.Errorf("indexer run %d wrote %d events, the first %d: want the same", i+1, events, run.events)
		}
		ones, run.events, run.rssKB = append(ones, one), events, max(run.rssKB, one.rssKB)
	}
	slices.SortFunc(ones, func(a, b indexerProcess) int { return cmp.Compare(a.took, b.took) })
	median := ones[len(ones)/2]
	run.took, run.fastest, run.slowest, run.phases = median.took, ones[0].took, ones[len(ones)-1].took, median.phases
	return run, conn, nil
}

// emptyDatabase creates database name beside the one of url, through conn, and returns its
// URL.
func emptyDatabase(ctx context.Context, conn *pgx.Conn, url, name string) (string, error) {
	u, err := neturl.Parse(url)
	if err != nil {
		return "", fmt.Errorf("database URL: %w", err)
	}
	if _, err := conn.Exec(ctx, "create database "+pgx.Identifier{name}.Sanitize()); err != nil {
		return "", fmt.Errorf("create database %s: %w", name, err)
	}
	u.Path = "/" + name
	return u.String(), nil
}

// countEvents counts the events in database db.
func countEvents(ctx context.Context, db string) (int64, error) {
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		return 0, err
	}
	defer conn.Close(context.Background())
	events, err := indexdb.EventCount(ctx, conn)
	if err != nil {
		return 0, fmt.Errorf("count indexed events: %w", err)
	}
	return events, nil
}

// indexerProcess is what one run of the indexer's process measured: its wall time, its CPU
// time, its peak resident set in kilobytes, and its phases as its log tells them.
type indexerProcess struct {
	took, cpu time.Duration
	rssKB     int64
	phases    indexPhases
}

// indexPhases split a backfill's wall time: from the process's start to the commit of its
// last range (the backfill's own log line at that block), then to catching up, which is
// building the indexes the backfill deferred. ok is false when the log held neither line.
type indexPhases struct {
	backfill, indexes time.Duration
	ok                bool
}

// phasesOf reads the phases of a run that began at began from its JSON log.
func phasesOf(log []byte, began time.Time) indexPhases {
	var done, caughtUp time.Time
	for _, line := range bytes.Split(log, []byte("\n")) {
		var rec struct {
			Time      time.Time
			Msg       string
			Block, To uint64
		}
		if json.Unmarshal(line, &rec) != nil {
			continue
		}
		switch {
		case rec.Msg == "backfill" && rec.To > 0 && rec.Block == rec.To:
			done = rec.Time
		case rec.Msg == "caught up":
			caughtUp = rec.Time
		}
	}
	if done.IsZero() || caughtUp.Before(done) {
		return indexPhases{}
	}
	return indexPhases{backfill: done.Sub(began), indexes: caughtUp.Sub(done), ok: true}
}

// runIndexer runs `ltvkeeper index --until-head` with the further flags what (what to index,
// and any indexer settings) from node rpcURL into database db, from the binary exe.
func runIndexer(ctx context.Context, exe, rpcURL, db string, what ...string) (indexerProcess, error) {
	args := append([]string{"index", "--rpc", rpcURL, "--db", db, "--until-head", "--log.level", "info", "--log.format", "json"}, what...)
	cmd := exec.CommandContext(ctx, exe, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	began := time.Now()
	if err := cmd.Start(); err != nil {
		return indexerProcess{}, fmt.Errorf("ltvkeeper index: %w", err)
	}
	// The child's own high-water mark, read while it runs: the Maxrss of its rusage also counts
	// this process's memory, which the child's address space started as before its exec.
	done := make(chan struct{})
	hwm := make(chan int64, 1)
	go func() {
		var peak int64
		defer func() { hwm <- peak }()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			if kb, err := highWaterKB(cmd.Process.Pid); err == nil {
				peak = max(peak, kb)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	err := cmd.Wait()
	took := time.Since(began)
	close(done)
	peak := <-hwm
	if err != nil {
		return indexerProcess{}, fmt.Errorf("ltvkeeper index: %w\n%s", err, strings.TrimSpace(stderr.String()))
	}
	if peak == 0 {
		return indexerProcess{}, errors.New("ltvkeeper index: no peak resident set (VmHWM in /proc/PID/status) on this system")
	}
	return indexerProcess{took: took, cpu: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), rssKB: peak,
		phases: phasesOf(stderr.Bytes(), began)}, nil
}

// highWaterKB is the peak resident set of process pid in kilobytes: VmHWM in /proc/PID/status.
func highWaterKB(pid int) (int64, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			return strconv.ParseInt(f[1], 10, 64)
		}
	}
	return 0, errors.New("no VmHWM")
}

// The raw eth_getLogs sweep: blocks per range (0: the whole fixture in one request) and
// requests in flight.
var (
	sweepRanges      = []uint64{1, 4, 16, 64, 0}
	sweepConcurrency = []int{1, 2, 4, 8}
)

// rawSetting is one setting of the sweep and what it measured.
type rawSetting struct {
	blocks      uint64 // per range
	concurrency int
	logs        int
	took        time.Duration
}

func (r rawSetting) rate() float64 { return float64(r.logs) / r.took.Seconds() }

// name is the setting as the report names it, stable from run to run.
func (r rawSetting) name(fixtureBlocks uint64) string {
	if r.blocks >= fixtureBlocks {
		return "plain eth_getLogs, the whole fixture in one request"
	}
	return fmt.Sprintf("plain eth_getLogs, %d-block ranges, %d in flight", r.blocks, r.concurrency)
}

// sweepGetLogs measures plain eth_getLogs over [from, to] at every setting of the sweep; the
// whole fixture is one request, measured once. Every setting must return the same logs.
func sweepGetLogs(ctx context.Context, client *rpc.Client, from, to uint64, ranges []uint64, inFlight []int, log *slog.Logger) ([]rawSetting, error) {
	var out []rawSetting
	for _, blocks := range ranges {
		whole := blocks == 0 || blocks >= to-from+1
		if whole {
			blocks = to - from + 1
		}
		for _, c := range inFlight {
			if whole && c > 1 {
				break // one range: more requests in flight change nothing
			}
			n, took, err := rawGetLogs(ctx, client, from, to, blocks, c)
			if err != nil {
				return nil, fmt.Errorf("%d-block ranges, %d in flight: %w", blocks, c, err)
			}
			r := rawSetting{blocks: blocks, concurrency: c, logs: n, took: took}
			if len(out) > 0 && n != out[0].logs {
				return nil, fmt.Errorf("%s returned %d logs, %s %d", r.name(to-from+1), n, out[0].name(to-from+1), out[0].logs)
			}
			log.Info("plain eth_getLogs", "blocks_per_range", blocks, "in_flight", c, "logs", n, "seconds", took.Seconds(), "logs_per_s", int(r.rate()))
			out = append(out, r)
		}
	}
	return out, nil
}

// rawGetLogs fetches the indexer's logs over [from, to] in ranges of rangeSize blocks,
// concurrency at a time, and nothing else; it returns how many there were and how long it
// took.
func rawGetLogs(ctx context.Context, client *rpc.Client, from, to, rangeSize uint64, concurrency int) (int, time.Duration, error) {
	topics, err := indexer.Topics()
	if err != nil {
		return 0, 0, err
	}
	rangeSize, concurrency = max(rangeSize, 1), max(concurrency, 1)
	type result struct {
		n   int
		err error
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	starts := make(chan uint64)
	results := make(chan result)
	began := time.Now()
	for range concurrency {
		go func() {
			for start := range starts {
				var logs []json.RawMessage // counted, not decoded: the node's side only
				filter := map[string]any{
					"fromBlock": hexutil.Uint64(start),
					"toBlock":   hexutil.Uint64(min(start+rangeSize-1, to)),
					"topics":    [][]common.Hash{topics},
				}
				err := client.CallContext(ctx, &logs, "eth_getLogs", filter)
				select {
				case results <- result{len(logs), err}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(starts)
		for start := from; start <= to; start += rangeSize {
			select {
			case starts <- start:
			case <-ctx.Done():
				return
			}
		}
	}()
	ranges := (to - from + rangeSize) / rangeSize
	var total int
	for range ranges {
		r := <-results
		if r.err != nil {
			return 0, 0, r.err
		}
		total += r.n
	}
	return total, time.Since(began), nil
}

// rawCopy copies the indexed events out, then times a plain COPY of those bytes into an
// empty table of the same columns, without indexes.
func rawCopy(ctx context.Context, conn *pgx.Conn) (time.Duration, error) {
	var rows bytes.Buffer
	if _, err := conn.PgConn().CopyTo(ctx, &rows, "copy events to stdout"); err != nil {
		return 0, err
	}
	if _, err := conn.Exec(ctx, "create temporary table copy_limit (like events)"); err != nil {
		return 0, err
	}
	began := time.Now()
	if _, err := conn.PgConn().CopyFrom(ctx, &rows, "copy copy_limit from stdin"); err != nil {
		return 0, err
	}
	return time.Since(began), nil
}
