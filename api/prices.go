package api

import (
	"context"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// PriceRound is one indexed round of a market's price feed: the price in feed units, as a
// number in USD beside it, the feed's updatedAt (Unix seconds) and where it was indexed.
// LogIndex is -1 for the round the indexer read when it discovered the feed.
type PriceRound struct {
	RoundID   string   `json:"roundId"`
	Price     string   `json:"price"` // feed units (feedDecimals)
	PriceUSD  *float64 `json:"priceUsd"`
	UpdatedAt int64    `json:"updatedAt"`
	Block     int64    `json:"block"`
	LogIndex  int32    `json:"logIndex"`
}

// PricesResponse is the body of /v1/markets/{market}/prices: the indexed rounds of the
// market's feed, newest first. A Morpho market's PriceFeed is its oracle: when the oracle is a
// Morpho Chainlink oracle, the rounds are those of the feeds behind it, each with the oracle's
// price after it, and FeedDecimals are its price's (36 + loan − collateral decimals); else
// there are none.
type PricesResponse struct {
	Market       string       `json:"market"`
	PriceFeed    string       `json:"priceFeed"`
	FeedDecimals int32        `json:"feedDecimals"`
	Prices       []PriceRound `json:"prices"`
	NextCursor   *string      `json:"nextCursor"`
}

func (s *server) prices(ctx context.Context, r *http.Request) (any, error) {
	p, err := newParams(r, "limit", "cursor")
	if err != nil {
		return nil, err
	}
	market, err := parseMarket("market", r.PathValue("market"))
	if err != nil {
		return nil, err
	}
	limit, after, err := p.page("prices")
	if err != nil {
		return nil, err
	}
	resp := PricesResponse{Market: market.Hex()}
	err = s.read(ctx, func(tx pgx.Tx) error {
		_, m, err := s.indexedMarket(ctx, tx, market)
		if err != nil {
			return err
		}
		resp.PriceFeed, resp.FeedDecimals = m.PriceFeed.Hex(), int32(m.PriceDecimals())
		if m.Oracle != (common.Address{}) {
			resp.PriceFeed = m.Oracle.Hex()
		}
		rounds, more, err := indexdb.ListPriceRounds(ctx, tx, m, after.eventKey(), limit)
		if err != nil {
			return queryErr("query price rounds", err)
		}
		resp.Prices, resp.NextCursor = listPage(rounds, more, func(r indexdb.PriceRound) PriceRound {
			return PriceRound{RoundID: r.RoundID.String(), Price: r.Answer.String(),
				PriceUSD: units.Float(r.Answer, m.PriceDecimals()), UpdatedAt: r.UpdatedAt, Block: r.Key.Block, LogIndex: r.Key.LogIndex}
		}, func(last indexdb.PriceRound) cursor {
			return cursor{List: "prices", Block: last.Key.Block, LogIndex: last.Key.LogIndex}
		})
		return nil
	})
	return resp, err
}
