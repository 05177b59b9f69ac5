package keeper

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"golang.org/x/sync/errgroup"

	"github.com/ltvkeeper/ltvkeeper/feeds"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/protocol"
)

// Prices: each market's price read at every head, the block of the round it shows, and the
// operator alerts of a price that is stale or at its aggregator's bounds.

// watchedFeed is a Chainlink feed a market's price is made of: its round at the last head, and
// the aggregator it read from then.
type watchedFeed struct {
	round  *big.Int
	source feeds.Source
}

// refreshPrices reads each market's price at the head, from where its protocol prices it, with
// the rounds of the feeds it is made of. A feed's new round (from a new aggregator too: its
// phase changes the proxy's round id) re-reads the feed's aggregator and bounds. A price that
// is one feed's answer counts from the block of its round; any other (a Morpho oracle's
// price()) from the head it changed at.
func (k *Keeper) refreshPrices(ctx context.Context, head *types.Header) error {
	// The markets' prices are read at once, then taken in order.
	prices := make([]protocol.Price, len(k.markets))
	g, gctx := errgroup.WithContext(ctx)
	for i, m := range k.markets {
		g.Go(func() (err error) {
			if prices[i], err = m.loans.Price(gctx, k.client, head.Number); err != nil {
				return fmt.Errorf("read price of %s: %w", m.name, err)
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	for i, m := range k.markets {
		r := prices[i]
		changed := m.price == nil || r.Answer.Sign() <= 0 || !m.price.Eq(uint256.MustFromBig(r.Answer))
		newRound := false
		for _, round := range r.Rounds {
			if w := m.feeds[round.Feed]; w != nil && w.round.Cmp(round.ID) == 0 {
				continue
			}
			src, err := feeds.Read(ctx, k.client, round.Feed, head.Number)
			if err != nil {
				return fmt.Errorf("read the aggregator of %s's feed %s: %w", m.name, round.Feed, err)
			}
			if m.feeds == nil {
				m.feeds = make(map[common.Address]*watchedFeed)
			}
			m.feeds[round.Feed], newRound = &watchedFeed{round: round.ID, source: src}, true
		}
		if len(r.Rounds) == 1 && r.Rounds[0].Answer.Cmp(r.Answer) == 0 {
			if newRound {
				m.priceBlock = k.roundBlock(ctx, m, r.Rounds[0], head)
			}
		} else if changed {
			m.priceBlock = head.Number.Uint64()
		}
		if len(r.Rounds) > 0 && k.leases.holds(m.id) {
			k.priceAlerts(ctx, m, r, head)
		}
		if r.Answer.Sign() <= 0 {
			m.price = nil
			continue
		}
		m.price = uint256.MustFromBig(r.Answer)
	}
	return nil
}

// priceAlerts raises an operator alert when m's price becomes stale (a round it is made of is
// older than the market's heartbeat at the head; no heartbeat: never) or a round it is made of
// reaches its aggregator's minAnswer or maxAnswer, and one when that ends.
func (k *Keeper) priceAlerts(ctx context.Context, m *market, p protocol.Price, head *types.Header) {
	stale, atBound := false, false
	for _, r := range p.Rounds {
		stale = stale || (m.heartbeat > 0 && head.Time > r.UpdatedAt && head.Time-r.UpdatedAt > m.heartbeat)
		atBound = atBound || m.feeds[r.Feed].source.AtBound(r.Answer)
	}
	for _, c := range []struct {
		kind string
		now  bool
		was  *bool
	}{
		{AlertPriceStale, stale, &m.stale},
		{AlertPriceAtBound, atBound, &m.atBound},
	} {
		if c.now == *c.was {
			continue
		}
		kind := c.kind
		if !c.now {
			kind += indexdb.AlertCleared
		}
		if err := k.alerts.raise(ctx, Alert{Market: m.id, Kind: kind, Price: p.Answer, Block: head.Number.Uint64()}); err != nil {
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
func (k *Keeper) roundBlock(ctx context.Context, m *market, round feeds.Round, head *types.Header) uint64 {
	to := head.Number.Uint64()
	from := to - min(to, roundBlockWindow)
	src := m.feeds[round.Feed].source
	_, own := feeds.SplitRoundID(round.ID)
	if !src.Proxy() {
		own = round.ID
	}
	logs, err := k.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: head.Number, Addresses: []common.Address{src.Aggregator},
		Topics: [][]common.Hash{{answerUpdatedID}, nil, {common.BigToHash(own)}},
	})
	if err != nil || len(logs) == 0 {
		if err != nil {
			k.log.Debug("find the block of a price round", "market", m.name, "round", round.ID, "err", err)
		}
		return to
	}
	return logs[len(logs)-1].BlockNumber
}
