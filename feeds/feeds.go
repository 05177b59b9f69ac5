// Package feeds knows how Chainlink publishes prices. Consumers read a proxy
// (EACAggregatorProxy, AggregatorProxy); the proxy forwards to its current aggregator, and the
// aggregator emits AnswerUpdated for each round, with its own round id. The proxy's round id
// is phaseId << 64 | the aggregator's round id, and its phase grows by one each time its
// aggregator is replaced (proposeAggregator, then confirmAggregator: the 2020 EAC proxy emits
// no event for it, the later AggregatorProxy emits AggregatorConfirmed). An aggregator
// publishes no median outside [minAnswer, maxAnswer]: a feed at a bound may lag the market.
//
// A feed that is no proxy (ltvkeeper's development feed, or an aggregator addressed directly)
// is its own aggregator in phase 0, and its round ids are its own.
package feeds

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
	"github.com/ltvkeeper/ltvkeeper/chain"
)

// phaseOffset is how far a proxy shifts its phase id within its round ids.
const phaseOffset = 64

var aggregatorRoundMask = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), phaseOffset), big.NewInt(1))

// RoundID is the round id a feed's consumers see for round of the aggregator in phase: for a
// proxy (phase > 0) phase << 64 | round, for a feed that is no proxy (phase 0) round itself.
func RoundID(phase uint16, round *big.Int) *big.Int {
	return new(big.Int).Or(new(big.Int).Lsh(new(big.Int).SetUint64(uint64(phase)), phaseOffset), round)
}

// SplitRoundID is the inverse of RoundID: the phase and the aggregator's own round id.
func SplitRoundID(id *big.Int) (phase uint16, round *big.Int) {
	return uint16(new(big.Int).Rsh(id, phaseOffset).Uint64()), new(big.Int).And(id, aggregatorRoundMask)
}

// Source is the aggregator a feed reads from, from a block on.
type Source struct {
	Feed, Aggregator common.Address
	Phase            uint16   // the proxy's phase; 0 for a feed that is no proxy
	MinAnswer        *big.Int // the aggregator's bounds; nil when it has none
	MaxAnswer        *big.Int
	Block            uint64 // the first block it was the feed's source (or was known to be)
}

// Proxy says whether the feed is a proxy: its aggregator can change.
func (s Source) Proxy() bool { return s.Phase != 0 }

// AtBound says whether answer sits at the aggregator's minAnswer or maxAnswer, beyond which
// the aggregator publishes nothing.
func (s Source) AtBound(answer *big.Int) bool {
	return answer != nil && ((s.MinAnswer != nil && answer.Cmp(s.MinAnswer) <= 0) || (s.MaxAnswer != nil && answer.Cmp(s.MaxAnswer) >= 0))
}

// The ABIs the calls below are packed with and unpacked by.
var (
	Proxy      = chainlink.NewAggregatorProxyInterface()
	Aggregator = chainlink.NewOffchainAggregatorInterface()
	Feed       = chainlink.NewAggregatorV3Interface()
)

// Round is a feed's latest round as read at a block.
type Round struct {
	Feed      common.Address
	ID        *big.Int
	Answer    *big.Int
	UpdatedAt uint64
}

// Latest reads feed's latest round at block (nil: the head).
func Latest(ctx context.Context, c ethereum.ContractCaller, feed common.Address, block *big.Int) (Round, error) {
	r, err := chain.Call(ctx, c, feed, Feed.PackLatestRoundData(), Feed.UnpackLatestRoundData, block)
	if err != nil {
		return Round{}, fmt.Errorf("read feed %s: %w", feed, err)
	}
	return Round{Feed: feed, ID: r.RoundId, Answer: r.Answer, UpdatedAt: r.UpdatedAt.Uint64()}, nil
}

// Read reads feed's source at block (nil: the head): its phase and aggregator when it is a
// proxy, else itself in phase 0, with the aggregator's answer bounds when it has them. A call
// that reverts or answers nothing decodable means "no proxy" or "no bounds"; other errors are
// the node's, returned as they are (chain.Reverted tells them apart).
func Read(ctx context.Context, c ethereum.ContractCaller, feed common.Address, block *big.Int) (Source, error) {
	s := Source{Feed: feed, Aggregator: feed}
	if block != nil {
		s.Block = block.Uint64()
	}
	phase, err := optional(ctx, c, feed, Proxy.PackPhaseId(), Proxy.UnpackPhaseId, block)
	if err != nil {
		return s, fmt.Errorf("ask price feed %s for its phase: %w", feed, err)
	}
	if phase != nil && *phase > 0 {
		agg, err := chain.Call(ctx, c, feed, Proxy.PackAggregator(), Proxy.UnpackAggregator, block)
		if err != nil {
			return s, fmt.Errorf("ask price feed %s for its aggregator: %w", feed, err)
		}
		s.Phase, s.Aggregator = *phase, agg
	}
	lo, err := optional(ctx, c, s.Aggregator, Aggregator.PackMinAnswer(), Aggregator.UnpackMinAnswer, block)
	if err != nil {
		return s, fmt.Errorf("ask aggregator %s of price feed %s for its bounds: %w", s.Aggregator, feed, err)
	}
	hi, err := optional(ctx, c, s.Aggregator, Aggregator.PackMaxAnswer(), Aggregator.UnpackMaxAnswer, block)
	if err != nil {
		return s, fmt.Errorf("ask aggregator %s of price feed %s for its bounds: %w", s.Aggregator, feed, err)
	}
	if lo != nil && hi != nil {
		s.MinAnswer, s.MaxAnswer = *lo, *hi
	}
	return s, nil
}

// optional calls a function a contract may not implement: nil when the call reverted or
// answered something that does not decode.
func optional[T any](ctx context.Context, c ethereum.ContractCaller, to common.Address, data []byte, unpack func([]byte) (T, error), block *big.Int) (*T, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	if err != nil {
		if chain.Reverted(err) {
			return nil, nil
		}
		return nil, err
	}
	v, err := unpack(out)
	if err != nil {
		return nil, nil
	}
	return &v, nil
}
