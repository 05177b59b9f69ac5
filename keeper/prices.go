package keeper

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/feeds"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
)

// Prices: each market's feed read at every head, the block of the round it shows, and the
// operator alerts of a price that is stale or at its aggregator's bounds.

// refreshPrices reads each market's price at the head, from where its protocol prices it. A
// Chainlink feed's new round (from a new aggregator too: its phase changes the proxy's round
// id) re-reads the feed's aggregator and bounds; a price without rounds (a Morpho oracle's
// price()) counts from the head it changed at.
func (k *Keeper) refreshPrices(ctx context.Context, head *types.Header) error {
	for _, m := range k.markets {
		r, err := m.loans.Price(ctx, k.client, head.Number)
		if err != nil {
			return fmt.Errorf("read price of %s: %w", m.name, err)
		}
		if r.Round == nil {
			if m.price == nil || r.Answer.Sign() <= 0 || !m.price.Eq(uint256.MustFromBig(r.Answer)) {
				m.priceBlock = head.Number.Uint64()
			}
		} else {
			if m.round == nil || r.Round.Cmp(m.round) != 0 || r.Feed != m.feed {
				src, err := feeds.Read(ctx, k.client, r.Feed, head.Number)
				if err != nil {
					return fmt.Errorf("read the aggregator of %s's feed %s: %w", m.name, r.Feed, err)
				}
				m.source, m.feed = src, r.Feed
				m.round, m.priceBlock = r.Round, k.roundBlock(ctx, m, r.Round, head)
			}
			if k.leases.holds(m.id) {
				k.priceAlerts(ctx, m, r.Answer, r.UpdatedAt, head)
			}
		}
		if r.Answer.Sign() <= 0 {
			m.price = nil
			continue
		}
		m.price = uint256.MustFromBig(r.Answer)
	}
	return nil
}

// priceAlerts raises an operator alert when m's price becomes stale (older than the market's
// heartbeat at the head) or reaches its aggregator's minAnswer or maxAnswer, and one when
// that ends.
func (k *Keeper) priceAlerts(ctx context.Context, m *market, answer *big.Int, updatedAt uint64, head *types.Header) {
	for _, c := range []struct {
		kind string
		now  bool
		was  *bool
	}{
		{AlertPriceStale, head.Time > updatedAt && head.Time-updatedAt > m.heartbeat, &m.stale},
		{AlertPriceAtBound, m.source.AtBound(answer), &m.atBound},
	} {
		if c.now == *c.was {
			continue
		}
		kind := c.kind
		if !c.now {
			kind += indexdb.AlertCleared
		}
		if err := k.alerts.raise(ctx, Alert{Market: m.id, Kind: kind, Price: answer, Block: head.Number.Uint64()}); err != nil {
			k.log.Warn("store price alert", "market", m.name, "kind", kind, "err", err)
			continue // raised again at the next head
		}
		*c.was = c.now
	}
}

// roundBlockWindow is how far back the keeper looks for the block of a new price round.
const roundBlockWindow = 256

// roundBlock finds the block that set the feed's round: its aggregator's AnswerUpdated log,
// which carries the aggregator's own round id. A feed that emits none (or a round older than
// the window) counts from the head it was first seen at.
func (k *Keeper) roundBlock(ctx context.Context, m *market, round *big.Int, head *types.Header) uint64 {
	to := head.Number.Uint64()
	from := to - min(to, roundBlockWindow)
	_, own := feeds.SplitRoundID(round)
	if !m.source.Proxy() {
		own = round
	}
	logs, err := k.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: head.Number, Addresses: []common.Address{m.source.Aggregator},
		Topics: [][]common.Hash{{answerUpdatedID}, nil, {common.BigToHash(own)}},
	})
	if err != nil || len(logs) == 0 {
		if err != nil {
			k.log.Debug("find the block of a price round", "market", m.name, "round", round, "err", err)
		}
		return to
	}
	return logs[len(logs)-1].BlockNumber
}
