package indexer

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
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
}

// fetcher reads logs and headers from the node.
type fetcher struct {
	rpc     *rpc.Client
	topics  []common.Hash
	metrics *metrics
}

// fetch returns the followed logs of [from, to] and the header of `to` (of every block when
// allHeaders), splitting the range when the node finds it too large.
func (f *fetcher) fetch(ctx context.Context, from, to uint64, allHeaders bool) (*rangeData, error) {
	d, err := f.fetchOnce(ctx, from, to, allHeaders)
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
		return &rangeData{from: from, to: to, logs: append(left.logs, right.logs...), headers: right.headers}, nil
	}
	return d, err
}

func (f *fetcher) fetchOnce(ctx context.Context, from, to uint64, allHeaders bool) (*rangeData, error) {
	var logs []types.Log
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
	d := &rangeData{from: from, to: to, logs: logs, headers: make(map[uint64]*types.Header, len(headers))}
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

// call runs a batch, retrying transient failures, and classifies what remains.
func (f *fetcher) call(ctx context.Context, batch []rpc.BatchElem) error {
	delay := 100 * time.Millisecond
	for attempt := 1; ; attempt++ {
		callCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
		err := f.rpc.BatchCallContext(callCtx, batch)
		cancel()
		for i := range batch {
			if err == nil && batch[i].Error != nil {
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
		case kind == "too_large":
			return fmt.Errorf("%w: %v", errTooLarge, err)
		case attempt >= 5 && kind == "malformed":
			return fatal("the node answered %s with malformed data %d times: %v (is --rpc an Ethereum JSON-RPC endpoint?)", batch[0].Method, attempt, err)
		case attempt >= 5:
			return fmt.Errorf("rpc %s (%s, %d attempts): %w", batch[0].Method, kind, attempt, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(delay):
		}
		delay *= 2
	}
}

// classify names the kind of an RPC error for metrics and for the split decision.
func classify(err error) string {
	msg := strings.ToLower(err.Error())
	switch {
	case errors.Is(err, context.DeadlineExceeded) || strings.Contains(msg, "timeout") || strings.Contains(msg, "timed out"):
		return "too_large" // a range the node cannot answer in time is split like one with too many results
	case strings.Contains(msg, "too many") || strings.Contains(msg, "limit") || strings.Contains(msg, "exceed") ||
		strings.Contains(msg, "response size") || strings.Contains(msg, "too large") || strings.Contains(msg, "range"):
		return "too_large"
	case strings.Contains(msg, "connection refused") || strings.Contains(msg, "eof") || strings.Contains(msg, "reset"):
		return "connection"
	case strings.Contains(msg, "json") || strings.Contains(msg, "unmarshal") || strings.Contains(msg, "invalid"):
		return "malformed"
	default:
		return "other"
	}
}
