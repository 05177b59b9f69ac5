package indexer

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/feeds"
)

// Price feeds. A market's feed is usually a Chainlink proxy: the rounds are its aggregator's
// AnswerUpdated events, and the aggregator can change without an event. The indexer knows the
// source (aggregator and phase) of every followed feed; at the end of every range it asks each
// proxy for its phase, in one batched call, and when a phase moved it finds the block where it
// did (from AggregatorConfirmed when the proxy emits it, else by bisection) and stores, at that
// block, the source that took over and the round the proxy showed at the end of the block.

// endOfBlock is the log index of a round read from a feed at the end of a block, after every
// log of the block: the round the feed showed once the aggregator changed.
const endOfBlock = math.MaxInt32

var (
	feedABI  = feeds.Feed
	proxyABI = feeds.Proxy

	answerUpdatedID       = chain.EventID(&chainlink.AggregatorV3InterfaceMetaData, "AnswerUpdated")
	aggregatorConfirmedID = chain.EventID(&chainlink.AggregatorProxyInterfaceMetaData, "AggregatorConfirmed")
)

var (
	// errStateUnavailable: the node does not keep the state of the block asked for.
	errStateUnavailable = errors.New("state not available at that block")
	// errNoRound: the feed has no such round (or none yet).
	errNoRound = errors.New("no round")
)

// timeline is the sources of the followed feeds over one range: for each feed, the source in
// force at the range's start (if it was followed then) and those that took over in the range,
// in block order.
type timeline struct {
	byFeed       map[common.Address][]feeds.Source
	byAggregator map[common.Address][]common.Address // feeds that read an aggregator in the range
}

func newTimeline(current map[common.Address]feeds.Source) *timeline {
	t := &timeline{byFeed: make(map[common.Address][]feeds.Source), byAggregator: make(map[common.Address][]common.Address)}
	for _, s := range current {
		t.add(s)
	}
	return t
}

func (t *timeline) add(s feeds.Source) {
	t.byFeed[s.Feed] = append(t.byFeed[s.Feed], s)
	for _, f := range t.byAggregator[s.Aggregator] {
		if f == s.Feed {
			return
		}
	}
	t.byAggregator[s.Aggregator] = append(t.byAggregator[s.Aggregator], s.Feed)
}

// at is the source of feed at block; ok is false before the feed was followed.
func (t *timeline) at(feed common.Address, block uint64) (feeds.Source, bool) {
	srcs := t.byFeed[feed]
	for i := len(srcs) - 1; i >= 0; i-- {
		if srcs[i].Block <= block {
			return srcs[i], true
		}
	}
	return feeds.Source{}, false
}

// last is the source of feed at the end of the range.
func (t *timeline) last(feed common.Address) feeds.Source {
	srcs := t.byFeed[feed]
	return srcs[len(srcs)-1]
}

// rounds are the price rounds an aggregator's AnswerUpdated log l sets: one for each followed
// feed that reads that aggregator at the log's block, with the feed's round id.
func (t *timeline) rounds(l *types.Log, ev event) []priceRound {
	var out []priceRound
	for _, feed := range t.byAggregator[l.Address] {
		s, ok := t.at(feed, l.BlockNumber)
		if !ok || s.Aggregator != l.Address {
			continue
		}
		out = append(out, priceRound{
			feed: feed, aggregator: l.Address, block: l.BlockNumber, logIndex: int(l.Index),
			roundID: feeds.RoundID(s.Phase, ev.BigArg("roundId")), answer: ev.BigArg("current"), updatedAt: ev.BigArg("updatedAt").Uint64(),
		})
	}
	return out
}

// follow sets b's timeline: the sources of the followed feeds, those of the feeds found in the
// range (by the block of their discovery, with the round each had then), and the aggregator
// changes of the range.
func (ix *Indexer) follow(ctx context.Context, d *rangeData, b *batch, found map[common.Address]uint64) error {
	t := newTimeline(ix.sources)
	b.timeline = t
	for _, feed := range sortedAddresses(ix.unprobed) {
		s, err := ix.source(ctx, feed, d.from)
		if err != nil {
			return err
		}
		t.add(s)
		b.sources = append(b.sources, s)
	}
	for _, feed := range sortedAddresses(found) {
		s, err := ix.source(ctx, feed, found[feed])
		if err != nil {
			return err
		}
		t.add(s)
		b.sources = append(b.sources, s)
		round, ok, err := ix.initialRound(ctx, s, found[feed])
		if err != nil {
			return err
		}
		if ok {
			b.prices = append(b.prices, round)
		}
	}
	confirmed := make(map[common.Address][]uint64)
	for i := range d.logs {
		l := &d.logs[i]
		if len(l.Topics) > 0 && l.Topics[0] == aggregatorConfirmedID {
			if _, ok := t.at(l.Address, l.BlockNumber); ok {
				confirmed[l.Address] = append(confirmed[l.Address], l.BlockNumber)
			}
		}
	}
	return ix.changes(ctx, d, t, b, confirmed)
}

// sortedAddresses are the keys of m in order, so that the calls a range makes do not depend
// on map order.
func sortedAddresses[V any](m map[common.Address]V) []common.Address {
	out := make([]common.Address, 0, len(m))
	for a := range m {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out
}

// source reads feed's source at block (feeds.Read), at the head when the node does not keep
// the block's state.
func (ix *Indexer) source(ctx context.Context, feed common.Address, block uint64) (feeds.Source, error) {
	s, err := feeds.Read(ctx, ix.client, feed, new(big.Int).SetUint64(block))
	if err != nil && classify(err) == kindUnavailable {
		s, err = feeds.Read(ctx, ix.client, feed, nil)
	}
	if err != nil {
		ix.metrics.rpcErrors.WithLabelValues(classify(err)).Inc()
	}
	s.Block = block
	return s, err
}

// changes finds the proxies among the feeds of t whose phase moved in d's range, and adds to t
// and b the sources that took over and the round each proxy showed at the end of the block
// where its aggregator changed. confirmed holds the blocks of the AggregatorConfirmed events
// of each proxy in the range, in order.
func (ix *Indexer) changes(ctx context.Context, d *rangeData, t *timeline, b *batch, confirmed map[common.Address][]uint64) error {
	var proxies []common.Address
	for _, feed := range sortedAddresses(t.byFeed) {
		if t.last(feed).Proxy() {
			proxies = append(proxies, feed)
		}
	}
	if len(proxies) == 0 {
		return nil
	}
	end := rpc.BlockNumberOrHashWithHash(d.headers[d.to].Hash(), false)
	phases, err := ix.phases(ctx, proxies, end)
	if errors.Is(err, errStateUnavailable) {
		return ix.changesFromHead(ctx, d, t, b, proxies)
	}
	if err != nil {
		return err
	}
	for i, feed := range proxies {
		last := t.last(feed)
		if phases[i] < last.Phase {
			return fmt.Errorf("price feed %s is in phase %d at block %d, before phase %d it had at block %d (the chain changed under the range; retrying)",
				feed, phases[i], d.to, last.Phase, last.Block)
		}
		for phase := last.Phase + 1; phase <= phases[i] && phase > last.Phase; phase++ {
			prev := t.last(feed)
			lo := max(prev.Block, d.from-min(d.from, 1))
			block, err := ix.phaseBlock(ctx, feed, phase, lo, d.to, confirmed[feed])
			if err != nil {
				return err
			}
			s, err := ix.source(ctx, feed, block)
			if err != nil {
				return err
			}
			t.add(s)
			b.sources = append(b.sources, s)
			r, err := ix.readRound(ctx, feed, feedABI.PackLatestRoundData(), block)
			switch {
			case errors.Is(err, errNoRound):
			case err != nil:
				return err
			case r.updatedAt > 0:
				r.feed, r.aggregator, r.block, r.logIndex = feed, s.Aggregator, block, endOfBlock
				b.prices = append(b.prices, r)
			}
			ix.log.Info("price feed changed aggregator", "feed", feed, "block", block, "phase", s.Phase,
				"aggregator", s.Aggregator, "previous", prev.Aggregator)
		}
	}
	return nil
}

// phaseBlock is the first block in (lo, hi] where feed is in phase or later: the block of the
// matching AggregatorConfirmed event when the proxy emits them, else found by bisection (the
// phase never goes down).
func (ix *Indexer) phaseBlock(ctx context.Context, feed common.Address, phase uint16, lo, hi uint64, confirmed []uint64) (uint64, error) {
	for _, block := range confirmed {
		if block > lo {
			return block, nil
		}
	}
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		p, err := ix.phases(ctx, []common.Address{feed}, rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(mid)))
		if err != nil {
			return 0, fmt.Errorf("find the block where price feed %s entered phase %d: %w", feed, phase, err)
		}
		if p[0] >= phase {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi, nil
}

// changesFromHead is changes for a node without the state of the range's blocks: it compares
// each proxy's phase at the head, and takes a new aggregator from its first AnswerUpdated in
// the range, the first block the index can tell it apart. Without one in the range, the change
// is looked for again in the next range.
func (ix *Indexer) changesFromHead(ctx context.Context, d *rangeData, t *timeline, b *batch, proxies []common.Address) error {
	phases, err := ix.phases(ctx, proxies, rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber))
	if err != nil {
		return err
	}
	for i, feed := range proxies {
		for phase := t.last(feed).Phase + 1; phase <= phases[i] && phase > 0; phase++ {
			var out hexutil.Bytes
			call := []rpc.BatchElem{ethCall(feed, proxyABI.PackPhaseAggregators(phase), "latest", &out)}
			if err := ix.fetch.call(ctx, call); err != nil {
				return fmt.Errorf("ask price feed %s for its phase %d aggregator: %w", feed, phase, err)
			}
			agg, err := proxyABI.UnpackPhaseAggregators(out)
			if err != nil {
				return fatal("price feed %s answered phaseAggregators(%d) with data that does not decode: %w", feed, phase, err)
			}
			first, err := ix.fetch.firstLog(ctx, agg, answerUpdatedID, max(d.from, t.last(feed).Block), d.to)
			if err != nil || first == nil {
				return err
			}
			s, err := ix.source(ctx, feed, first.BlockNumber)
			if err != nil {
				return err
			}
			s.Aggregator, s.Phase = agg, phase
			t.add(s)
			b.sources = append(b.sources, s)
		}
	}
	return nil
}

// phases reads phaseId of each proxy at block, in one batch; errStateUnavailable when the node
// does not keep that block's state.
func (ix *Indexer) phases(ctx context.Context, proxies []common.Address, block rpc.BlockNumberOrHash) ([]uint16, error) {
	outs := make([]hexutil.Bytes, len(proxies))
	batch := make([]rpc.BatchElem, len(proxies))
	for i, p := range proxies {
		batch[i] = ethCall(p, proxyABI.PackPhaseId(), block, &outs[i])
	}
	if err := ix.fetch.callEach(ctx, batch); err != nil {
		return nil, fmt.Errorf("ask %d price feeds for their phase: %w", len(proxies), err)
	}
	if unavailable(batch) {
		return nil, errStateUnavailable
	}
	phases := make([]uint16, len(proxies))
	for i := range batch {
		if batch[i].Error != nil {
			return nil, fatal("price feed %s stopped answering phaseId(): %v (was it replaced by a contract that is no Chainlink proxy?)", proxies[i], batch[i].Error)
		}
		p, err := proxyABI.UnpackPhaseId(outs[i])
		if err != nil {
			return nil, fatal("price feed %s answered phaseId() with data that does not decode: %w", proxies[i], err)
		}
		phases[i] = p
	}
	return phases, nil
}

// ethCall is an eth_call of data on to at block, for a batch.
func ethCall(to common.Address, data []byte, block any, out *hexutil.Bytes) rpc.BatchElem {
	return rpc.BatchElem{Method: "eth_call", Args: []any{map[string]any{"to": to, "data": hexutil.Bytes(data)}, block}, Result: out}
}

// unavailable says whether a call of the batch failed for want of the block's state.
func unavailable(batch []rpc.BatchElem) bool {
	for _, e := range batch {
		if e.Error != nil && classify(e.Error) == kindUnavailable {
			return true
		}
	}
	return false
}

// initialRound is the round a newly discovered feed had at block, the block of its discovery,
// so that its markets have a price before the feed's next update; ok is false when it had none.
//
// It is read at that block when the node keeps its state. A full node keeps only recent state,
// and a restarted or pruned node none before its restart: then the round is found from the
// aggregator's events and read at the head, where a Chainlink feed still has every round. The
// first AnswerUpdated after block says which round followed the one in force at block; without
// one, the round at the head is it. Either way the row is the one an archive node gives, so
// the index does not depend on the node it was built from.
func (ix *Indexer) initialRound(ctx context.Context, s feeds.Source, block uint64) (r priceRound, ok bool, err error) {
	r, err = ix.readRound(ctx, s.Feed, feedABI.PackLatestRoundData(), block)
	if errors.Is(err, errStateUnavailable) {
		r, err = ix.roundFromEvents(ctx, s, block)
	}
	if errors.Is(err, errNoRound) {
		ix.log.Info("price feed had no round when discovered; its price comes with its first update", "feed", s.Feed, "block", block, "err", err)
		return r, false, nil
	}
	r.feed, r.aggregator, r.block, r.logIndex = s.Feed, s.Aggregator, block, -1
	return r, err == nil, err
}

// roundFromEvents finds the round the feed of s had at block from its aggregator's
// AnswerUpdated events after it, and reads that round at the head.
func (ix *Indexer) roundFromEvents(ctx context.Context, s feeds.Source, block uint64) (priceRound, error) {
	head, err := ix.client.BlockNumber(ctx)
	if err != nil {
		return priceRound{}, fmt.Errorf("read head: %w", err)
	}
	next, err := ix.fetch.firstLog(ctx, s.Aggregator, answerUpdatedID, block+1, head)
	if err != nil {
		return priceRound{}, err
	}
	data := feedABI.PackLatestRoundData()
	if next != nil {
		if len(next.Topics) < 3 {
			return priceRound{}, undecodable("price feed", next, errors.New("AnswerUpdated without its roundId topic"))
		}
		round := next.Topics[2].Big()
		if round.Sign() == 0 {
			return priceRound{}, fmt.Errorf("%w: feed %s started its first round after block %d", errNoRound, s.Feed, block)
		}
		data = feedABI.PackGetRoundData(feeds.RoundID(s.Phase, round.Sub(round, big.NewInt(1))))
	}
	r, err := ix.readRound(ctx, s.Feed, data, head)
	if errors.Is(err, errStateUnavailable) {
		return r, fmt.Errorf("read round of feed %s at the head %d: %w", s.Feed, head, err) // the head moved on: retried
	}
	return r, err
}

// readRound calls latestRoundData or getRoundData (which answer alike) on feed at block. A
// node without the block's state gives errStateUnavailable, a revert errNoRound, an answer that
// does not decode a fatal error; other failures are the node's, retried.
func (ix *Indexer) readRound(ctx context.Context, feed common.Address, data []byte, block uint64) (priceRound, error) {
	out, err := ix.client.CallContract(ctx, ethereum.CallMsg{To: &feed, Data: data}, new(big.Int).SetUint64(block))
	if err != nil {
		kind := classify(err)
		ix.metrics.rpcErrors.WithLabelValues(kind).Inc()
		switch {
		case kind == kindUnavailable:
			return priceRound{}, fmt.Errorf("%w: %v", errStateUnavailable, err)
		case chain.Reverted(err):
			return priceRound{}, fmt.Errorf("%w: feed %s at block %d: %v", errNoRound, feed, block, err)
		}
		return priceRound{}, fmt.Errorf("read round of feed %s at block %d: %w", feed, block, err)
	}
	r, err := feedABI.UnpackLatestRoundData(out)
	if err != nil {
		return priceRound{}, fatal("price feed %s answered a round read at block %d with %d bytes that do not decode: %w (is it a Chainlink AggregatorV3Interface feed?)",
			feed, block, len(out), err)
	}
	return priceRound{feed: feed, roundID: r.RoundId, answer: r.Answer, updatedAt: r.UpdatedAt.Uint64()}, nil
}
