package indexer

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/ltvkeeper/ltvkeeper/chain"
)

var (
	// errTooLarge: the node refused a range as too large or too slow; split it.
	errTooLarge = errors.New("range too large for the node")
	// errNotReady: the node does not have a block yet (a lagging or load-balanced RPC); retry.
	errNotReady = errors.New("block not available yet")
	// errNotFollowed: a log of an event the indexer does not follow.
	errNotFollowed = errors.New("not a followed event")
)

// rangeData is what the node returned for blocks [from, to].
type rangeData struct {
	from, to uint64
	logs     []types.Log
	headers  map[uint64]*types.Header // always `to`; every block when fetched with headers
	bytes    int                      // of the logs' JSON
}

// logsResult is an eth_getLogs answer, and its size in bytes. An answer over limit bytes (0:
// none) is refused before it is decoded, as a node refuses a range too large: the range is
// split and the ranges to come shrink.
type logsResult struct {
	logs  []types.Log
	bytes int
	limit int
}

func (r *logsResult) UnmarshalJSON(raw []byte) error {
	r.bytes = len(raw)
	if r.limit > 0 && len(raw) > r.limit {
		return fmt.Errorf("%w: response size %d bytes, over the %d bytes a range may bring", errTooLarge, len(raw), r.limit)
	}
	var err error
	r.logs, err = decodeLogs(raw)
	return err
}

// fetcher reads logs and headers from the node.
type fetcher struct {
	rpc     *rpc.Client
	direct  *httpBatch // nil: batches go through rpc
	topics  []common.Hash
	metrics *metrics
	sizer   *rangeSizer
}

// fetch returns the followed logs of [from, to] and the header of `to` (of every block when
// allHeaders), splitting the range when the node finds it too large. Each refusal shrinks
// the range size of the ranges to come; each range answered in one piece counts to grow it,
// and tells the sizer how many logs and bytes a block holds and how long the node took.
func (f *fetcher) fetch(ctx context.Context, from, to uint64, allHeaders bool) (*rangeData, error) {
	began := time.Now()
	d, err := f.fetchOnce(ctx, from, to, allHeaders)
	if err == nil {
		f.sizer.learn(to-from+1, len(d.logs), d.bytes, time.Since(began))
		f.sizer.answered(to - from + 1)
	}
	if errors.Is(err, errTooLarge) {
		f.sizer.refused(to - from + 1)
	}
	if errors.Is(err, errTooLarge) && from < to {
		mid := from + (to-from)/2
		left, err := f.fetch(ctx, from, mid, allHeaders)
		if err != nil {
			return nil, err
		}
		right, err := f.fetch(ctx, mid+1, to, allHeaders)
		if err != nil {
			return nil, err
		}
		for n, h := range left.headers {
			right.headers[n] = h
		}
		return &rangeData{from: from, to: to, logs: append(left.logs, right.logs...), headers: right.headers,
			bytes: left.bytes + right.bytes}, nil
	}
	return d, err
}

// fetchEach is fetch for backfill: the pieces of a range split because it was too large are
// handed to emit one by one, in block order, as each is fetched, instead of being merged:
// a range's memory stays that of a piece. Only the header of each piece's last block is read.
func (f *fetcher) fetchEach(ctx context.Context, from, to uint64, emit func(*rangeData) error) error {
	began := time.Now()
	d, err := f.fetchOnce(ctx, from, to, false)
	if err == nil {
		f.sizer.learn(to-from+1, len(d.logs), d.bytes, time.Since(began))
		f.sizer.answered(to - from + 1)
		return emit(d)
	}
	if errors.Is(err, errTooLarge) {
		f.sizer.refused(to - from + 1)
		if from < to {
			mid := from + (to-from)/2
			if err := f.fetchEach(ctx, from, mid, emit); err != nil {
				return err
			}
			return f.fetchEach(ctx, mid+1, to, emit)
		}
	}
	return err
}

// growAfter is how many ranges of the full size the node must answer in one piece before the
// size doubles: growing on every success would have every other range refused.
const growAfter = 8

// slowAnswer is how long an answer may take before the ranges to come shrink: well under the
// request's timeout, so that a node that slows down with the size of a range is not pushed
// into refusing it.
const slowAnswer = 10 * time.Second

// rangeSizer is the number of blocks per eth_getLogs range. It halves when the node refuses
// a range as too large or takes longer than slowAnswer to answer it, and doubles, up to its
// maximum, after growAfter full ranges answered in one piece. It is also capped by the logs
// and the bytes a range may bring: from the logs and bytes per block of the ranges answered
// so far, no range is meant to bring more than maxLogs logs or maxBytes bytes of JSON, so
// that the memory a range takes does not depend on how busy the chain was. Backfill workers
// share it.
type rangeSizer struct {
	mu        sync.Mutex
	size, max uint64
	successes int
	gauge     prometheus.Gauge

	maxLogs, maxBytes           int     // 0: no cap
	logsPerBlock, bytesPerBlock float64 // over the answered ranges: up at once, down by halves
	// ceiling starts at one block under a cap and grows to twice each range that brought less
	// than half of it, so that a range is never much larger than the ranges answered before:
	// a first range of many blocks on a busy chain would bring everything at once.
	ceiling uint64
}

func newRangeSizer(size, max uint64, gauge prometheus.Gauge) *rangeSizer {
	s := &rangeSizer{size: min(size, max), max: max, gauge: gauge}
	gauge.Set(float64(s.size))
	return s
}

// capLogs caps each range at about logs logs and bytes bytes of response (0: no cap).
func (s *rangeSizer) capLogs(logs, bytes int) *rangeSizer {
	s.maxLogs, s.maxBytes = logs, bytes
	if logs > 0 || bytes > 0 {
		s.ceiling = 1
	}
	s.gauge.Set(float64(s.current()))
	return s
}

func (s *rangeSizer) get() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.current()
}

// current is the size for the next range: the block size, capped by the expected logs and
// bytes and by the ceiling. s.mu is held.
func (s *rangeSizer) current() uint64 {
	size := s.capped()
	if s.ceiling > 0 {
		size = min(size, s.ceiling)
	}
	return size
}

// capped is the block size capped by the expected logs and bytes. s.mu is held.
func (s *rangeSizer) capped() uint64 {
	size := s.size
	capAt := func(limit int, perBlock float64) {
		if limit > 0 && perBlock > 0 {
			size = min(size, max(1, uint64(float64(limit)/perBlock)))
		}
	}
	capAt(s.maxLogs, s.logsPerBlock)
	capAt(s.maxBytes, s.bytesPerBlock)
	return size
}

// probing says whether the size is still finding how many logs a block brings: its ceiling
// is below the size the caps allow.
func (s *rangeSizer) probing() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ceiling > 0 && s.ceiling < s.capped()
}

// refuseAbove is the size of an answer that is refused undecoded: four times the bytes cap,
// so that a range far larger than expected costs a refetch in halves rather than its memory;
// 0 for none. Below that, the answer is taken: the node has already done the work, and a
// refusal makes it do the work again for each half. Blocks vary: a range of two blocks
// expected to fit may hold one block ten times its neighbours, and refusing at twice the cap
// had a node build about as many logs for refused answers as for the ones taken.
func (s *rangeSizer) refuseAbove() int { return 4 * s.maxBytes }

// refused shrinks the size to at most half the refused range.
func (s *rangeSizer) refused(blocks uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.shrink(blocks)
}

func (s *rangeSizer) shrink(blocks uint64) {
	s.size = max(1, min(s.size, blocks/2))
	if s.ceiling > 0 {
		s.ceiling = max(1, min(s.ceiling, blocks/2)) // and probe again from there
	}
	s.successes = 0
	s.gauge.Set(float64(s.current()))
}

// answered counts a range answered in one piece towards growing the size.
func (s *rangeSizer) answered(blocks uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if blocks < s.current() {
		return // a piece of a split range, or the end of a backfill: says nothing about the size
	}
	if s.successes++; s.successes >= growAfter {
		s.size, s.successes = min(2*s.size, s.max), 0
		s.gauge.Set(float64(s.current()))
	}
}

// learn takes in how many logs and bytes a range of blocks brought and how long the node took
// to answer it: the averages that cap the size move towards the range's, and an answer slower
// than slowAnswer shrinks the size as a refusal does.
func (s *rangeSizer) learn(blocks uint64, logs, bytes int, took time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	// A busier range counts at once, a quieter one by half: the caps are for memory.
	follow := func(avg *float64, v float64) {
		if v > *avg {
			*avg = v
		} else {
			*avg += (v - *avg) / 2
		}
	}
	follow(&s.logsPerBlock, float64(logs)/float64(blocks))
	follow(&s.bytesPerBlock, float64(bytes)/float64(blocks))
	under := func(n, limit int) bool { return limit <= 0 || n <= limit/2 }
	if s.ceiling > 0 && blocks >= s.ceiling && under(logs, s.maxLogs) && under(bytes, s.maxBytes) {
		s.ceiling = min(2*blocks, s.max) // from the range answered: the ranges asked with it do not count twice
	}
	if took > slowAnswer && blocks > 1 {
		s.shrink(blocks)
	}
	s.gauge.Set(float64(s.current()))
}

func (f *fetcher) fetchOnce(ctx context.Context, from, to uint64, allHeaders bool) (*rangeData, error) {
	var logs logsResult
	if to > from {
		logs.limit = f.sizer.refuseAbove() // a single block is taken whatever its size
	}
	filter := map[string]any{
		"fromBlock": hexutil.Uint64(from),
		"toBlock":   hexutil.Uint64(to),
		"topics":    [][]common.Hash{f.topics},
	}
	batch := []rpc.BatchElem{{Method: "eth_getLogs", Args: []any{filter}, Result: &logs}}
	first := to
	if allHeaders {
		first = from
	}
	headers := make([]*types.Header, to-first+1)
	for n := first; n <= to; n++ {
		batch = append(batch, rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.Uint64(n), false}, Result: &headers[n-first]})
	}
	if err := f.call(ctx, batch); err != nil {
		return nil, err
	}
	d := &rangeData{from: from, to: to, logs: logs.logs, bytes: logs.bytes, headers: make(map[uint64]*types.Header, len(headers))}
	for i, h := range headers {
		if h == nil {
			return nil, fmt.Errorf("block %d: %w", first+uint64(i), errNotReady)
		}
		d.headers[first+uint64(i)] = h
	}
	return d, f.fillTimestamps(ctx, d)
}

// fillTimestamps sets the block timestamp of logs from nodes that do not return it.
func (f *fetcher) fillTimestamps(ctx context.Context, d *rangeData) error {
	missing := make(map[uint64]*types.Header)
	for _, l := range d.logs {
		if l.BlockTimestamp == 0 && d.headers[l.BlockNumber] == nil {
			missing[l.BlockNumber] = nil
		}
	}
	if len(missing) > 0 {
		batch := make([]rpc.BatchElem, 0, len(missing))
		numbers := make([]uint64, 0, len(missing))
		results := make([]*types.Header, len(missing))
		for n := range missing {
			batch = append(batch, rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.Uint64(n), false}, Result: &results[len(numbers)]})
			numbers = append(numbers, n)
		}
		if err := f.call(ctx, batch); err != nil {
			return err
		}
		for i, h := range results {
			if h == nil {
				return fmt.Errorf("block %d: %w", numbers[i], errNotReady)
			}
			d.headers[numbers[i]] = h
		}
	}
	for i := range d.logs {
		if d.logs[i].BlockTimestamp == 0 {
			d.logs[i].BlockTimestamp = d.headers[d.logs[i].BlockNumber].Time
		}
	}
	return nil
}

// The kinds of RPC errors, as the rpc_errors_total metric counts them.
const (
	kindTooLarge    = "too_large"    // the range is too large or too slow: split it
	kindRateLimited = "rate_limited" // the node asks for fewer requests: back off, same range
	kindConnection  = "connection"
	kindMalformed   = "malformed"
	kindUnavailable = "unavailable" // the node does not keep the state of that block (or has no such block)
	kindOther       = "other"
)

var errorKinds = []string{kindTooLarge, kindRateLimited, kindConnection, kindMalformed, kindUnavailable, kindOther}

// call runs a batch, retrying transient failures, and classifies what remains. A rate limit
// is retried longer and with the same range: splitting it would only send more requests.
func (f *fetcher) call(ctx context.Context, batch []rpc.BatchElem) error {
	return f.callAccepting(ctx, batch, func(error) bool { return false })
}

// callEach is call for a batch of eth_calls that may fail on their own: an element that
// reverts, or that the node cannot answer for want of the block's state, keeps its error for
// the caller to read, and does not fail the batch.
func (f *fetcher) callEach(ctx context.Context, batch []rpc.BatchElem) error {
	return f.callAccepting(ctx, batch, func(err error) bool { return chain.Reverted(err) || classify(err) == kindUnavailable })
}

func (f *fetcher) callAccepting(ctx context.Context, batch []rpc.BatchElem, accept func(error) bool) error {
	delay := 100 * time.Millisecond
	for attempt := 1; ; attempt++ {
		for i := range batch {
			batch[i].Error = nil
		}
		callCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
		var err error
		if f.direct != nil {
			err = f.direct.call(callCtx, batch)
		} else {
			err = f.rpc.BatchCallContext(callCtx, batch)
		}
		cancel()
		for i := range batch {
			if err == nil && batch[i].Error != nil && !accept(batch[i].Error) {
				err = batch[i].Error
			}
		}
		if err == nil {
			return nil
		}
		kind := classify(err)
		f.metrics.rpcErrors.WithLabelValues(kind).Inc()
		switch {
		case ctx.Err() != nil:
			return ctx.Err()
		case kind == kindTooLarge:
			return fmt.Errorf("%w: %v", errTooLarge, err)
		case attempt >= 5 && kind == kindMalformed:
			return fatal("the node answered %s with malformed data %d times: %v (is --rpc an Ethereum JSON-RPC endpoint?)", batch[0].Method, attempt, err)
		case attempt >= 10 || (attempt >= 5 && kind != kindRateLimited):
			return fmt.Errorf("rpc %s (%s, %d attempts): %w", batch[0].Method, kind, attempt, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(delay):
		}
		delay = min(2*delay, 10*time.Second)
	}
}

// Infura, Alchemy and geth-style nodes answer a range with too many results with code -32005
// ("query returned more than 10000 results"); some use it for rate limits too, which their
// message tells apart.
const codeLimitExceeded = -32005

var http429 = regexp.MustCompile(`\b429\b`)

// classify names the kind of an RPC error for metrics and for the split decision.
func classify(err error) string {
	msg := strings.ToLower(err.Error())
	var httpErr rpc.HTTPError
	var rpcErr rpc.Error
	switch {
	case errors.As(err, &httpErr) && httpErr.StatusCode == http.StatusTooManyRequests,
		http429.MatchString(msg), strings.Contains(msg, "rate limit"), strings.Contains(msg, "too many requests"):
		return kindRateLimited
	case errors.As(err, &rpcErr) && rpcErr.ErrorCode() == codeLimitExceeded:
		return kindTooLarge
	case stateUnavailable(msg):
		return kindUnavailable
	case errors.Is(err, context.DeadlineExceeded) || strings.Contains(msg, "timeout") || strings.Contains(msg, "timed out"):
		return kindTooLarge // a range the node cannot answer in time is split like one with too many results
	case strings.Contains(msg, "more than"), strings.Contains(msg, "max results"), strings.Contains(msg, "response size"),
		strings.Contains(msg, "too many"), strings.Contains(msg, "limit"), strings.Contains(msg, "exceed"),
		strings.Contains(msg, "too large"), strings.Contains(msg, "range"):
		return kindTooLarge
	case strings.Contains(msg, "connection refused") || strings.Contains(msg, "eof") || strings.Contains(msg, "reset"):
		return kindConnection
	case strings.Contains(msg, "json") || strings.Contains(msg, "unmarshal") || strings.Contains(msg, "invalid"):
		return kindMalformed
	default:
		return kindOther
	}
}

// Nodes that do not keep a block's state say so in their own words: Anvil restarted from a
// state file or run with --prune-history, geth and its forks as a full node (128 recent
// states), Erigon, Nethermind and Besu without archive data, providers' non-archive plans.
var stateUnavailableMessages = []string{
	"blockoutofrange", "missing trie node", "header not found", "historical state", "state not available",
	"state unavailable", "state is not available", "state histories", "no state available", "missing state",
	"pruned", "not an archive",
}

// stateUnavailable says whether msg, an error in lowercase, is a node's refusal to serve the
// state of a block it does not keep.
func stateUnavailable(msg string) bool {
	for _, s := range stateUnavailableMessages {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// firstLog returns the first log of address with the first topic topic in [from, to], or nil:
// it asks for ranges of the shared range size in turn, so it stops at the first range with one.
func (f *fetcher) firstLog(ctx context.Context, address common.Address, topic common.Hash, from, to uint64) (*types.Log, error) {
	for start := from; start <= to; {
		end := min(start+f.sizer.get()-1, to)
		var logs []types.Log
		filter := map[string]any{
			"address":   address,
			"fromBlock": hexutil.Uint64(start),
			"toBlock":   hexutil.Uint64(end),
			"topics":    [][]common.Hash{{topic}},
		}
		err := f.call(ctx, []rpc.BatchElem{{Method: "eth_getLogs", Args: []any{filter}, Result: &logs}})
		switch {
		case errors.Is(err, errTooLarge) && end > start:
			f.sizer.refused(end - start + 1)
			continue
		case err != nil:
			return nil, fmt.Errorf("fetch logs of %s %d-%d: %w", address, start, end, err)
		case len(logs) > 0:
			first := &logs[0]
			for i := range logs {
				if l := &logs[i]; l.BlockNumber < first.BlockNumber || (l.BlockNumber == first.BlockNumber && l.Index < first.Index) {
					first = l
				}
			}
			return first, nil
		}
		start = end + 1
	}
	return nil, nil
}
