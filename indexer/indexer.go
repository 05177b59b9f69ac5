// Package indexer writes every event of ltvkeeper's markets into Postgres: the factory's
// MarketCreated, each market's collateral, debt, interest and liquidation events, and each
// feed's price rounds. It backfills with concurrent range fetches committed strictly in order,
// then follows the head, checking every block's parent hash and rolling back reorgs. A range's
// rows, the state they lead to and the checkpoint commit in one transaction, so a crash at any
// point loses nothing and duplicates nothing: after catching up, Postgres equals the chain.
package indexer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/sync/errgroup"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/internal/pgrights"
	"github.com/ltvkeeper/ltvkeeper/protocol"
	"github.com/ltvkeeper/ltvkeeper/protocol/ltvmarket"
)

// ErrFatal matches (with errors.Is) the errors that retrying cannot fix: the wrong chain, no
// factory, a node that answers with malformed data, a reorg deeper than the remembered blocks,
// a database user without the rights the indexer needs.
var ErrFatal = errors.New("fatal indexer error")

type fatalError struct{ err error }

func (e *fatalError) Error() string        { return e.err.Error() }
func (e *fatalError) Unwrap() error        { return e.err }
func (e *fatalError) Is(target error) bool { return target == ErrFatal }

// fatal is an error Run returns at once instead of retrying.
func fatal(format string, args ...any) error {
	return &fatalError{fmt.Errorf(format, args...)}
}

var oracleABI = morpho.NewIOracle()

// ErrNodeUnavailable matches (with errors.Is) the fatal error of a node that does not answer
// the first requests: the chain id and the factory's code.
var ErrNodeUnavailable = errors.New("node unavailable")

type nodeError struct{ err error }

func (e *nodeError) Error() string        { return e.err.Error() }
func (e *nodeError) Unwrap() error        { return e.err }
func (e *nodeError) Is(target error) bool { return target == ErrNodeUnavailable }

// Config is what to index and how.
type Config struct {
	ChainID       uint64         // expected chain id; 0 accepts any
	ChainChecked  bool           // the caller checked that the node serves ChainID: it is not read again
	Factory       common.Address // the MarketFactory whose markets are indexed
	StartBlock    uint64         // the factory's deployment block
	Confirmations uint64         // index only blocks this far below the head
	Concurrency   int            // range fetches in flight during backfill
	RangeSize     uint64         // eth_getLogs range in blocks; it shrinks and grows with the node's answers
	MaxRangeSize  uint64
	// MaxRangeLogs and MaxRangeBytes cap a range by the logs and the bytes of JSON it is
	// expected to bring, from the ranges before it: they bound the memory of a range on a busy
	// chain. 0 is the default; negative: no cap.
	MaxRangeLogs  int
	MaxRangeBytes int
	UnsafeDepth   uint64        // blocks this close to the head may reorg: fetched with every header
	PollInterval  time.Duration // how often to look for a new head when following
	UntilHead     bool          // return once caught up with the head
	// DeferIndexes is how many events a backfill must be expected to bring (and more than the
	// index holds) for it to write without the secondary indexes and build them at its end.
	// 0 is DefaultDeferIndexes; negative: never.
	DeferIndexes int64
	NewHeads     <-chan uint64 // optional: new head numbers (from a WebSocket subscription)
	// RPCURL is the URL the RPC client was dialed with. When it is http(s), the indexer's
	// batches go over plain HTTP and are read in one pass; "" keeps them on the client.
	RPCURL string
	// Protocol is the lending protocol of the factory's markets; nil: ltvkeeper's LendingMarket.
	Protocol protocol.Protocol
	// Heartbeats are the markets' heartbeats in seconds: the age past which a market's price
	// (a Morpho market's: a round of a feed behind its oracle) counts as stale. A market without
	// one (or 0) uses its maxPriceAge (none for a Morpho market).
	Heartbeats map[protocol.MarketID]uint64
}

// The default caps of a range: a few thousand logs, a few MB of JSON. Anvil serves many small
// ranges in parallel faster than one large one, and each range in the pipeline holds its logs
// and their decoded events until it commits.
const (
	DefaultMaxRangeLogs  = 5_000
	DefaultMaxRangeBytes = 4 << 20
)

func (c *Config) defaults() {
	if c.Concurrency <= 0 {
		c.Concurrency = 4
	}
	if c.RangeSize == 0 {
		c.RangeSize = 2000
	}
	if c.MaxRangeSize == 0 {
		c.MaxRangeSize = 10_000
	}
	if c.MaxRangeLogs == 0 {
		c.MaxRangeLogs = DefaultMaxRangeLogs
	}
	if c.MaxRangeBytes == 0 {
		c.MaxRangeBytes = DefaultMaxRangeBytes
	}
	if c.UnsafeDepth == 0 {
		c.UnsafeDepth = 128
	}
	if c.PollInterval == 0 {
		c.PollInterval = time.Second
	}
	if c.DeferIndexes == 0 {
		c.DeferIndexes = DefaultDeferIndexes
	}
}

// Indexer indexes one factory's markets on one chain.
type Indexer struct {
	cfg     Config
	client  *ethclient.Client
	fetch   *fetcher
	dec     *decoder
	store   *store
	log     *slog.Logger
	metrics *metrics

	// Discovered contracts and the checkpoint; owned by the goroutine that commits.
	cp checkpoint
	followed

	progress progress
	checked  bool // Check passed: Run does not check again
	deferred bool // a backfill deferred indexes it has not built yet: see deferred.go
}

// New returns an indexer reading from rpcClient and writing to db. Metrics are registered
// with reg when it is not nil.
func New(cfg Config, rpcClient *rpc.Client, db *pgxpool.Pool, log *slog.Logger, reg prometheus.Registerer) (*Indexer, error) {
	cfg.defaults()
	if cfg.Protocol == nil {
		var err error
		if cfg.Protocol, err = ltvmarket.New(cfg.Factory); err != nil {
			return nil, err
		}
	}
	dec, err := newDecoder(cfg.Protocol)
	if err != nil {
		return nil, err
	}
	m := newMetrics(reg)
	ix := &Indexer{
		cfg:    cfg,
		client: ethclient.NewClient(rpcClient),
		fetch: &fetcher{rpc: rpcClient, direct: newHTTPBatch(cfg.RPCURL, max(cfg.MaxRangeBytes, 0)), topics: dec.topics, metrics: m,
			sizer: newRangeSizer(cfg.RangeSize, max(cfg.MaxRangeSize, 1), m.rangeSize).capLogs(max(cfg.MaxRangeLogs, 0), max(cfg.MaxRangeBytes, 0))},
		dec:     dec,
		log:     log,
		metrics: m,
	}
	ix.store = &store{db: db, chainID: int64(cfg.ChainID), factory: cfg.Factory.Bytes(), heartbeats: cfg.Heartbeats}
	return ix, nil
}

// Run indexes until ctx ends (or, with UntilHead, until caught up). RPC and database
// failures are retried from the last commit with backoff; only fatal errors return.
func (ix *Indexer) Run(ctx context.Context) error {
	if err := ix.Check(ctx); err != nil {
		return err
	}
	const firstDelay = 100 * time.Millisecond
	delay := firstDelay
	for {
		before := ix.cp
		err := ix.runOnce(ctx)
		switch {
		case err == nil || ctx.Err() != nil:
			return nil
		case errors.Is(err, ErrFatal):
			return err
		case pgrights.Denied(err):
			return ix.denied(ctx, err)
		case rejected(err):
			return fatal("the database rejected a statement: %w (is its schema this version of ltvkeeper's? run 'ltvkeeper migrate')", err)
		}
		if ix.cp.number != before.number || ix.cp.ok != before.ok {
			delay = firstDelay // it made progress since the last failure
		}
		ix.metrics.restarts.Inc()
		ix.log.Warn("indexer failed; resuming from the last commit", "err", err, "retry_in", delay)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(delay):
		}
		delay = min(2*delay, 10*time.Second)
	}
}

// writtenTables are the tables the indexer reads and writes.
var writtenTables = []string{"events", "price_rounds", "markets", "market_state", "positions", "blocks", "checkpoints", "deferred_indexes"}

// denied is the fatal error of a database user without the rights the indexer needs: it names
// the missing rights and the GRANT that gives them.
func (ix *Indexer) denied(ctx context.Context, err error) error {
	explained := pgrights.Tables(ctx, ix.store.db, err, []string{"SELECT", "INSERT", "UPDATE", "DELETE"}, writtenTables...)
	if explained == nil {
		explained = pgrights.Unexplained(ctx, ix.store.db, err)
	}
	return &fatalError{explained}
}

// rejected reports whether err is a Postgres error that retrying cannot fix: a statement the
// schema does not allow (SQLSTATE class 42: an unknown table or column, a type mismatch).
func rejected(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && strings.HasPrefix(pgErr.Code, "42")
}

// Check stops, before anything is written, with a clear message when the node is not the
// chain of the deployment, the root contract has no code there, or the protocol's own check
// fails (a Morpho market id that does not exist, a filter that matches nothing). Run checks
// unless Check passed: a process that runs several indexers checks them all before any starts.
func (ix *Indexer) Check(ctx context.Context) error {
	if ix.checked {
		return nil
	}
	if err := ix.checkChain(ctx); err != nil {
		return err
	}
	ix.checked = true
	return nil
}

// checkChain stops with a clear message when the node is not the chain of the deployment or
// the factory has no code there.
func (ix *Indexer) checkChain(ctx context.Context) error {
	id := new(big.Int).SetUint64(ix.cfg.ChainID)
	if !ix.cfg.ChainChecked {
		var err error
		if id, err = ix.client.ChainID(ctx); err != nil {
			return &fatalError{&nodeError{fmt.Errorf("read chain id: %w", err)}}
		}
		if err := chain.CheckDeploymentChain(ix.cfg.ChainID, id); err != nil {
			return &fatalError{err}
		}
	}
	ix.cfg.ChainID = id.Uint64()
	ix.store.chainID = int64(id.Uint64())
	code, err := ix.client.CodeAt(ctx, ix.cfg.Factory, nil)
	if err != nil {
		return &fatalError{&nodeError{fmt.Errorf("read code of factory %s: %w", ix.cfg.Factory, err)}}
	}
	if len(code) == 0 {
		if ix.cfg.Protocol.Name() != indexdb.ProtocolLTVKeeper {
			return fatal("%s contract %s has no code on chain %s: check its address (--morpho.address, or morpho.address in the deployment file)", ix.cfg.Protocol.Name(), ix.cfg.Factory, id)
		}
		return fatal("factory %s has no code on chain %s: check --factory or --deployment", ix.cfg.Factory, id)
	}
	if c, ok := ix.cfg.Protocol.(protocol.Checker); ok {
		head, err := ix.client.BlockNumber(ctx)
		if err != nil {
			return &fatalError{&nodeError{fmt.Errorf("read head: %w", err)}}
		}
		if err := c.Check(ctx, ix.client, head); err != nil {
			return &fatalError{err}
		}
	}
	return nil
}

// reload reads the checkpoint and what the index follows, and seeds a stateful protocol with
// the index at the checkpoint: the state the next range folds onto.
func (ix *Indexer) reload(ctx context.Context) (err error) {
	if ix.cp, ix.followed, err = ix.store.load(ctx); err != nil {
		return err
	}
	if ix.deferred, err = ix.store.hasDeferredIndexes(ctx); err != nil {
		return fmt.Errorf("read deferred indexes: %w", err)
	}
	return ix.seed(ctx)
}

func (ix *Indexer) seed(ctx context.Context) error {
	sp, ok := ix.cfg.Protocol.(protocol.Stateful)
	if !ok {
		return nil
	}
	snap, err := ix.store.snapshot(ctx)
	if err != nil {
		return err
	}
	if err := sp.Seed(snap); err != nil {
		return fatal("seed %s from the index: %w", sp.Name(), err)
	}
	return nil
}

func (ix *Indexer) runOnce(ctx context.Context) error {
	if err := ix.reload(ctx); err != nil {
		return err
	}
	if err := ix.store.setHeartbeats(ctx); err != nil {
		return err
	}
	if mc, ok := ix.cfg.Protocol.(protocol.MarginCaller); ok {
		if err := ix.store.setMarginCalls(ctx, mc.MarginCallLTV); err != nil {
			return err
		}
	}
	if ix.cp.ok {
		ix.metrics.indexed.Set(float64(ix.cp.number))
	}
	for {
		tip, err := ix.head(ctx)
		if err != nil {
			return err
		}
		head, next := tip.Number.Uint64(), ix.next()
		if backfill := head >= next && head-next > ix.cfg.UnsafeDepth; !backfill {
			// Indexes a killed backfill deferred: built before the index follows the head.
			if err := ix.buildDeferredIndexes(ctx); err != nil {
				return err
			}
		}
		switch {
		case ix.cp.ok && head == ix.cp.number && tip.Hash() != ix.cp.hash:
			// Same height, another block: a reorg that did not (yet) make the chain longer.
			if err := ix.handleReorg(ctx); err != nil {
				return err
			}
		case head >= next && head-next > ix.cfg.UnsafeDepth:
			if err := ix.backfill(ctx, next, head-ix.cfg.UnsafeDepth); err != nil {
				return err
			}
		case head >= next:
			if err := ix.step(ctx, next, min(head, next+ix.cfg.UnsafeDepth-1, next+ix.fetch.sizer.get()-1)); err != nil {
				return err
			}
		case ix.cp.ok && head < ix.cp.number:
			// The node's head is below the checkpoint: the chain got shorter, or the node lags.
			left, err := ix.leftIndexedChain(ctx, tip)
			if err != nil {
				return err
			}
			if left {
				before := ix.cp
				if err := ix.handleReorg(ctx); err != nil {
					return err
				}
				if ix.cp != before {
					continue
				}
			}
			if !left && ix.cfg.UntilHead {
				ix.log.Info("caught up; the node's head is behind the index", "block", ix.cp.number, "head", head)
				return nil
			}
			ix.log.Debug("node is behind the index; waiting", "block", ix.cp.number, "head", head)
			if err := ix.waitForHead(ctx, next); err != nil {
				return err
			}
		case ix.cfg.UntilHead:
			ix.log.Info("caught up", "block", ix.cp.number, "head", head)
			return nil
		default:
			if err := ix.waitForHead(ctx, next); err != nil {
				return err
			}
		}
	}
}

// next is the first block not yet indexed.
func (ix *Indexer) next() uint64 {
	if !ix.cp.ok {
		return ix.cfg.StartBlock
	}
	return ix.cp.number + 1
}

// head is the newest block to index: the chain head less the confirmations.
func (ix *Indexer) head(ctx context.Context) (*types.Header, error) {
	n, err := ix.client.BlockNumber(ctx)
	if err != nil {
		ix.metrics.rpcErrors.WithLabelValues(classify(err)).Inc()
		return nil, fmt.Errorf("read head: %w", err)
	}
	ix.metrics.head.Set(float64(n))
	n -= min(n, ix.cfg.Confirmations)
	h, err := ix.client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		ix.metrics.rpcErrors.WithLabelValues(classify(err)).Inc()
		return nil, fmt.Errorf("read header %d: %w", n, err)
	}
	if ix.cp.ok {
		ix.metrics.lag.Set(float64(n) - float64(ix.cp.number))
	}
	return h, nil
}

func (ix *Indexer) waitForHead(ctx context.Context, next uint64) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-ix.cfg.NewHeads:
		ix.metrics.newHeads.Inc()
	case <-time.After(ix.cfg.PollInterval):
	}
	return nil
}

// backfill indexes [from, to], blocks deep enough not to reorg: ranges are fetched
// concurrently, built strictly in order, and each is committed while the next is built. The
// pipeline holds at most Concurrency+2 ranges (fetching, fetched, built or committing): with
// each range capped in logs and bytes, its memory does not grow with the chain.
func (ix *Indexer) backfill(ctx context.Context, from, to uint64) error {
	// A range fetched, and whether it ends its job: a job's pieces (when the node found the
	// job's range too large) come one by one, and its slot frees when the last commits.
	type piece struct {
		data    *rangeData
		lastOne bool
	}
	type built struct {
		b       *batch
		lastOne bool
	}
	ix.progress.start(from, to)
	deferring := &deferral{from: from, to: to}
	if ix.cfg.DeferIndexes > 0 && !ix.deferred {
		var err error
		if deferring.held, err = ix.store.heldEvents(ctx); err != nil {
			return fmt.Errorf("count indexed events: %w", err)
		}
	}
	g, gctx := errgroup.WithContext(ctx)
	jobs := make(chan [2]uint64) // from, to
	results := make(chan piece)
	ready := make(chan built)
	slots := make(chan struct{}, ix.cfg.Concurrency+2) // jobs in the pipeline
	// While the range size is still probing how many logs a block brings, one job is fetched
	// at a time: jobs asked together at a size that turns out too large would all bring too
	// much at once.
	var fetching atomic.Int64
	fetched := make(chan struct{}, 1)

	g.Go(func() error {
		defer close(jobs)
		for start := from; start <= to; {
			select {
			case slots <- struct{}{}:
			case <-gctx.Done():
				return gctx.Err()
			}
			for ix.fetch.sizer.probing() && fetching.Load() > 0 {
				select {
				case <-fetched:
				case <-gctx.Done():
					return gctx.Err()
				}
			}
			fetching.Add(1)
			end := min(start+ix.fetch.sizer.get()-1, to) // the size as late as possible: it adapts
			select {
			case jobs <- [2]uint64{start, end}:
			case <-gctx.Done():
				return gctx.Err()
			}
			start = end + 1
		}
		return nil
	})
	var workers sync.WaitGroup
	for range ix.cfg.Concurrency {
		workers.Add(1)
		g.Go(func() error {
			defer workers.Done()
			for job := range jobs {
				err := ix.fetch.fetchEach(gctx, job[0], job[1], func(d *rangeData) error {
					ix.log.Debug("fetched range", "from", d.from, "to", d.to, "logs", len(d.logs), "bytes", d.bytes)
					if d.to == job[1] {
						fetching.Add(-1)
						select {
						case fetched <- struct{}{}:
						default:
						}
					}
					select {
					case results <- piece{d, d.to == job[1]}:
						return nil
					case <-gctx.Done():
						return gctx.Err()
					}
				})
				if err != nil {
					return err
				}
			}
			return nil
		})
	}
	go func() {
		workers.Wait()
		close(results)
	}()
	// The builder takes the pieces in block order, and follows the markets and feeds a range
	// discovers as soon as it is built: the next range is built on them while this one
	// commits. When a commit fails, Run starts again from the last commit and what the index
	// follows is read back from the database.
	g.Go(func() error {
		defer close(ready)
		pending := make(map[uint64]piece) // by first block
		next := from
		for p := range results {
			pending[p.data.from] = p
			for p, ok := pending[next]; ok; p, ok = pending[next] {
				delete(pending, next)
				b, err := ix.build(gctx, p.data)
				if err != nil {
					return err
				}
				ix.adopt(b)
				select {
				case ready <- built{b, p.lastOne}:
				case <-gctx.Done():
					return gctx.Err()
				}
				next = p.data.to + 1
			}
		}
		return nil
	})
	// The writer stages each range (its rows copied, in a transaction of its own) while the
	// finisher merges and commits the range before it: Postgres works on two ranges at once,
	// and the ranges still commit one by one, in block order. A barrier (a job without a
	// range) comes back once every range staged before it has committed.
	type finishJob struct {
		st      *staged
		lastOne bool
		barrier chan struct{}
	}
	finishing := make(chan finishJob)
	g.Go(func() error {
		for j := range finishing {
			if j.barrier != nil {
				close(j.barrier)
				continue
			}
			if err := ix.finish(gctx, j.st); err != nil {
				return err
			}
			if j.lastOne {
				<-slots
			}
		}
		return nil
	})
	g.Go(func() error {
		defer close(finishing)
		hand := func(j finishJob) error {
			select {
			case finishing <- j:
				return nil
			case <-gctx.Done():
				return gctx.Err()
			}
		}
		for r := range ready {
			deferring.events += int64(len(r.b.events))
			if !ix.deferred && !deferring.tried && deferring.worthIt(r.b.to, ix.cfg.DeferIndexes) {
				// Dropping the indexes waits for every transaction on the tables.
				barrier := make(chan struct{})
				if err := hand(finishJob{barrier: barrier}); err != nil {
					return err
				}
				select {
				case <-barrier:
				case <-gctx.Done():
					return gctx.Err()
				}
				deferring.tried = true
				if err := ix.deferIndexes(gctx, deferring); err != nil {
					return err
				}
			}
			st, err := ix.store.stage(gctx, r.b)
			if err != nil {
				return err
			}
			if err := hand(finishJob{st: st, lastOne: r.lastOne}); err != nil {
				st.rollback(gctx)
				return err
			}
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		return err
	}
	return ix.buildDeferredIndexes(ctx)
}

// step indexes [from, to] near the head: it fetches every header, checks that they chain
// onto the checkpoint, and rolls back a reorg when they do not.
func (ix *Indexer) step(ctx context.Context, from, to uint64) error {
	d, err := ix.fetch.fetch(ctx, from, to, true)
	if errors.Is(err, errNotReady) {
		ix.log.Debug("node does not have the block yet; retrying", "from", from, "to", to)
		return ix.waitForHead(ctx, from)
	}
	if err != nil {
		return err
	}
	if ix.cp.ok && d.headers[from].ParentHash != ix.cp.hash {
		return ix.handleReorg(ctx)
	}
	for n := from + 1; n <= to; n++ {
		if d.headers[n].ParentHash != d.headers[n-1].Hash() {
			ix.log.Debug("chain changed while fetching; retrying", "block", n)
			return nil
		}
	}
	for _, l := range d.logs {
		if h := d.headers[l.BlockNumber]; h == nil || h.Hash() != l.BlockHash {
			ix.log.Debug("logs from another fork; retrying", "block", l.BlockNumber)
			return nil
		}
	}
	return ix.commitRange(ctx, d)
}

// leftIndexedChain says whether the node's chain, whose tip is below the checkpoint, is no
// longer the indexed one: the newest remembered block at or below the tip is not the node's
// block at that height, on two reads. A node that lags (or a load-balanced one that answered
// from a backend behind the others) still has the indexed blocks: it is waited for, not
// rolled back.
func (ix *Indexer) leftIndexedChain(ctx context.Context, tip *types.Header) (bool, error) {
	n := tip.Number.Uint64()
	stored, err := ix.store.storedBlocks(ctx, n, 1)
	if err != nil {
		return false, fmt.Errorf("read remembered block at or below %d: %w", n, err)
	}
	if len(stored) == 0 {
		return false, nil // the node is behind the start of the index: it is syncing
	}
	b := stored[0]
	if b.number == n && tip.Hash() == b.hash {
		return false, nil
	}
	again, err := ix.client.HeaderByNumber(ctx, new(big.Int).SetUint64(b.number))
	switch {
	case errors.Is(err, ethereum.NotFound):
		return false, nil // the node no longer serves the block it said was its head: it lags
	case err != nil:
		ix.metrics.rpcErrors.WithLabelValues(classify(err)).Inc()
		return false, fmt.Errorf("read header %d: %w", b.number, err)
	}
	return again.Hash() != b.hash, nil
}

// handleReorg confirms that the block at the checkpoint is no longer canonical (or no longer
// exists: the chain got shorter), finds the newest remembered block that still is, and rolls
// back to it.
func (ix *Indexer) handleReorg(ctx context.Context) error {
	h, err := ix.client.HeaderByNumber(ctx, new(big.Int).SetUint64(ix.cp.number))
	switch {
	case errors.Is(err, ethereum.NotFound): // the chain is shorter than the checkpoint now
	case err != nil:
		return fmt.Errorf("confirm reorg at block %d: %w", ix.cp.number, err)
	case h.Hash() == ix.cp.hash:
		ix.log.Debug("node answered from another view; retrying", "block", ix.cp.number)
		return nil // a lagging or load-balanced node, not a reorg
	}
	stored, err := ix.store.storedBlocks(ctx, ix.cp.number, keepBlocks)
	if err != nil {
		return fmt.Errorf("read remembered blocks: %w", err)
	}
	for _, b := range stored {
		canonical, err := ix.client.HeaderByNumber(ctx, new(big.Int).SetUint64(b.number))
		if errors.Is(err, ethereum.NotFound) {
			continue // above the shorter chain's head
		}
		if err != nil {
			return fmt.Errorf("find common ancestor at block %d: %w", b.number, err)
		}
		if canonical.Hash() != b.hash {
			continue
		}
		depth := ix.cp.number - b.number
		if err := ix.store.rollback(ctx, b); err != nil {
			return err
		}
		ix.metrics.reorgs.Inc()
		ix.metrics.reorgDepth.Observe(float64(depth))
		ix.log.Warn("reorg rolled back", "depth", depth, "ancestor", b.number, "old_head", ix.cp.number)
		ix.cp = b
		ix.metrics.indexed.Set(float64(b.number))
		// Markets created above the ancestor are gone; reload what remains, and the state
		// the next range folds onto.
		if _, ix.followed, err = ix.store.load(ctx); err != nil {
			return err
		}
		return ix.seed(ctx)
	}
	return fatal("reorg deeper than the %d remembered blocks below %d: re-index into an empty database", len(stored), ix.cp.number)
}

// commitRange decodes a range, folds it into a batch and commits it with its checkpoint.
func (ix *Indexer) commitRange(ctx context.Context, d *rangeData) error {
	b, err := ix.build(ctx, d)
	if err != nil {
		return err
	}
	ix.adopt(b)
	return ix.write(ctx, b)
}

// discover notes feed as found at block, unless it is followed already or found earlier.
func (ix *Indexer) discover(found map[common.Address]uint64, feed common.Address, block uint64) {
	if _, ok := ix.sources[feed]; ok {
		return
	}
	if b, ok := found[feed]; !ok || block < b {
		found[feed] = block
	}
}

// adopt follows the markets and feed sources a built range found, for the ranges after it.
func (ix *Indexer) adopt(b *batch) {
	for _, m := range b.Markets {
		ix.markets[m.ID] = true
		if m.Oracle != (common.Address{}) {
			ix.oracles[m.Oracle] = true
		}
	}
	for _, s := range b.sources {
		ix.sources[s.Feed] = s
		delete(ix.unprobed, s.Feed)
	}
}

// write commits a built range with its checkpoint.
func (ix *Indexer) write(ctx context.Context, b *batch) error {
	st, err := ix.store.stage(ctx, b)
	if err != nil {
		return err
	}
	return ix.finish(ctx, st)
}

// finish merges and commits a staged range, and moves the index's checkpoint to its end.
func (ix *Indexer) finish(ctx context.Context, st *staged) error {
	if err := st.finish(ctx); err != nil {
		return err
	}
	b := st.b
	ix.metrics.commitSeconds.Observe(time.Since(st.began).Seconds())
	ix.metrics.events.Add(float64(len(b.events)))
	ix.metrics.indexed.Set(float64(b.to))
	ix.cp = checkpoint{number: b.to, hash: b.end.Hash(), timestamp: b.end.Time, ok: true}
	ix.progress.advance(ix.log, b.to, len(b.events))
	return nil
}

// build keeps the logs of the protocol's root contract, its markets and their feeds'
// aggregators, in order. Markets created in the range are found first, so their own events in
// the same range are kept too, from the block that created them on: a feed's earlier logs are
// not kept, whether or not they fall in the same range, so that the index does not depend on
// how the blocks were cut into ranges.
func (ix *Indexer) build(ctx context.Context, d *rangeData) (*batch, error) {
	b := newBatch(d.from, d.to)
	b.events = make([]event, 0, len(d.logs)) // at most one each: not regrown and copied
	b.end = d.headers[d.to]
	for _, h := range d.headers {
		b.headers = append(b.headers, h)
	}
	proto := ix.dec.proto
	// Contracts discovered in this range, by the block that created or adopted them.
	markets, found, oracles := make(map[protocol.MarketID]uint64), make(map[common.Address]uint64), make(map[common.Address]uint64)
	for i := range d.logs {
		l := &d.logs[i]
		if _, creates, ok := proto.Route(l); !ok || !creates {
			continue
		}
		ev, err := proto.Fold(l, protocol.NewChanges())
		if err != nil {
			return nil, undecodable("factory", l, err)
		}
		if ev.Created == nil {
			continue // a market the protocol does not follow
		}
		if _, ok := markets[ev.Created.ID]; !ok {
			markets[ev.Created.ID] = l.BlockNumber
		}
		if o := ev.Created.Oracle; o != (common.Address{}) {
			if _, ok := oracles[o]; !ok {
				oracles[o] = l.BlockNumber
			}
		}
		if feed := ev.Created.PriceFeed; feed != (common.Address{}) {
			ix.discover(found, feed, l.BlockNumber)
		}
	}
	// An oracle is read at each range's end; the feeds behind it are followed as a feed is.
	if err := ix.readOracleFeeds(ctx, oracles); err != nil {
		return nil, err
	}
	for o, block := range oracles {
		if f := ix.oracleFeeds[o]; f != nil {
			for _, feed := range f.Feeds() {
				ix.discover(found, feed, block)
			}
		}
	}
	if err := ix.follow(ctx, d, b, found); err != nil {
		return nil, err
	}
	// Any contract can emit a log with a followed event's signature: only the followed
	// contracts' logs are decoded, so that no other contract can stop the indexer.
	for i := range d.logs {
		l := &d.logs[i]
		if spec, ok := ix.dec.feedEvent(l); ok {
			if l.Topics[0] == answerUpdatedID {
				ok = len(b.timeline.byAggregator[l.Address]) > 0
			} else { // a proxy's AggregatorConfirmed
				_, ok = b.timeline.at(l.Address, l.BlockNumber)
			}
			if !ok {
				continue
			}
			ev, err := protocol.Decode(spec, l)
			if err != nil {
				return nil, undecodable("price feed", l, err)
			}
			if ev.Name == "AnswerUpdated" {
				rounds := b.timeline.rounds(l, ev)
				if len(rounds) == 0 {
					continue // not (or no longer) the aggregator of a followed feed at that block
				}
				b.prices = append(b.prices, rounds...)
			}
			b.events = append(b.events, ev)
			continue
		}
		market, creates, ok := proto.Route(l)
		if !ok {
			continue
		}
		if !creates && market != "" { // "": an event of the root contract itself, always followed
			block, found := markets[market]
			if !ix.markets[market] && (!found || l.BlockNumber < block) {
				continue
			}
		}
		ev, err := proto.Fold(l, b.Changes)
		if err != nil {
			kind := "market"
			if creates {
				kind = "factory"
			}
			return nil, undecodable(kind, l, err)
		}
		if creates && ev.Created == nil {
			continue
		}
		b.events = append(b.events, ev)
	}
	for i := range b.Markets {
		b.Markets[i].OracleFeeds = ix.oracleFeeds[b.Markets[i].Oracle]
	}
	if err := ix.readDecimals(ctx, b); err != nil {
		return nil, err
	}
	if err := ix.readOracles(ctx, b); err != nil {
		return nil, err
	}
	return b, nil
}

var erc20ABI = bindings.NewIERC20Metadata()

// readDecimals reads, in one batch, the tokens' decimals() of the markets a range creates that
// are priced by an oracle (Morpho Blue's CreateMarket does not carry them), at the head: a
// token's decimals do not change, and an old block's state may be gone. A token without
// decimals() keeps 0.
func (ix *Indexer) readDecimals(ctx context.Context, b *batch) error {
	var calls []rpc.BatchElem
	var outs []*hexutil.Bytes
	var into []*uint8
	for i := range b.Markets {
		m := &b.Markets[i]
		if m.Oracle == (common.Address{}) || m.CollateralDecimals != 0 || m.LoanDecimals != 0 {
			continue
		}
		for _, t := range []struct {
			token common.Address
			into  *uint8
		}{{m.CollateralToken, &m.CollateralDecimals}, {m.LoanToken, &m.LoanDecimals}} {
			out := new(hexutil.Bytes)
			calls, outs, into = append(calls, ethCall(t.token, erc20ABI.PackDecimals(), "latest", out)), append(outs, out), append(into, t.into)
		}
	}
	if len(calls) == 0 {
		return nil
	}
	if err := ix.fetch.callEach(ctx, calls); err != nil {
		return fmt.Errorf("read the decimals of %d tokens: %w", len(calls), err)
	}
	for i := range calls {
		if err := calls[i].Error; err != nil {
			if chain.Reverted(err) {
				continue
			}
			return fmt.Errorf("read the decimals of token %v: %w", calls[i].Args[0], err)
		}
		if d, err := erc20ABI.UnpackDecimals(*outs[i]); err == nil {
			*into[i] = d
		}
	}
	return nil
}

// readOracles reads, in one batch, the price() of every followed oracle (and of the markets
// the range creates) at the range's last block.
func (ix *Indexer) readOracles(ctx context.Context, b *batch) error {
	oracles := make(map[common.Address]bool, len(ix.oracles))
	for o := range ix.oracles {
		oracles[o] = true
	}
	for _, m := range b.Markets {
		if m.Oracle != (common.Address{}) {
			oracles[m.Oracle] = true
		}
	}
	if len(oracles) == 0 {
		return nil
	}
	list := sortedAddresses(oracles)
	outs := make([]hexutil.Bytes, len(list))
	calls := make([]rpc.BatchElem, len(list))
	block := hexutil.EncodeUint64(b.to)
	for i, o := range list {
		calls[i] = ethCall(o, oracleABI.PackPrice(), block, &outs[i])
	}
	if err := ix.fetch.callEach(ctx, calls); err != nil {
		return fmt.Errorf("read %d oracles' prices at block %d: %w", len(list), b.to, err)
	}
	for i := range calls {
		switch err := calls[i].Error; {
		case err == nil:
		case chain.Reverted(err) || classify(err) == kindUnavailable:
			// An oracle may revert (a stale or broken feed behind it), and a node may not
			// keep an old block's state: the market has no price at this block.
			ix.log.Debug("no oracle price", "oracle", list[i], "block", b.to, "err", err)
			continue
		default:
			return fmt.Errorf("read oracle %s at block %d: %w", list[i], b.to, err)
		}
		price, err := oracleABI.UnpackPrice(outs[i])
		if err != nil {
			return fatal("oracle %s answered price() at block %d with data that does not decode: %w (is it a Morpho IOracle?)", list[i], b.to, err)
		}
		b.oraclePrices = append(b.oraclePrices, oraclePrice{oracle: list[i], block: b.to, price: price})
	}
	return nil
}

// undecodable is the fatal error of a followed contract's log that does not decode.
func undecodable(kind string, l *types.Log, err error) error {
	return fatal("%s %s emitted a log in block %d that does not decode: %w (is it a contract of this version of ltvkeeper?)",
		kind, l.Address, l.BlockNumber, err)
}
