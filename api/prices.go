package api

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"github.com/jackc/pgx/v5"
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
// market's feed, newest first.
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
	market, err := parseAddress("market", r.PathValue("market"))
	if err != nil {
		return nil, err
	}
	limit, err := p.limit()
	if err != nil {
		return nil, err
	}
	after, err := p.cursor("prices")
	if err != nil {
		return nil, err
	}
	resp := PricesResponse{Market: market.Hex(), Prices: []PriceRound{}}
	err = s.read(ctx, func(tx pgx.Tx) error {
		chain, err := s.chainID(ctx, tx)
		if err != nil {
			return err
		}
		var (
			chainOfMarket int64
			factory, feed []byte
		)
		err = tx.QueryRow(ctx, `SELECT chain_id, factory, price_feed, feed_decimals FROM markets
			WHERE market = $1 AND ($2::bigint = 0 OR chain_id = $2::bigint)`, market.Bytes(), chain).
			Scan(&chainOfMarket, &factory, &feed, &resp.FeedDecimals)
		if errors.Is(err, pgx.ErrNoRows) {
			return errorf(http.StatusNotFound, "market %s is not in the index (GET /v1/markets lists the markets)", market.Hex())
		}
		if err != nil {
			return queryErr("query markets", err)
		}
		resp.PriceFeed = hexAddr(feed)
		w := where{}
		w.add("chain_id = " + w.arg(chainOfMarket))
		w.add("factory = " + w.arg(factory)) // a feed shared by two deployments has its rounds once per factory
		w.add("price_feed = " + w.arg(feed))
		if after != nil {
			w.add("(block_number, log_index) < (" + w.arg(after.Block) + "::bigint, " + w.arg(after.LogIndex) + "::int)")
		}
		rows, err := tx.Query(ctx, `
			SELECT round_id::text, answer::text, updated_at, block_number, log_index
			FROM price_rounds `+w.sql()+`
			ORDER BY block_number DESC, log_index DESC
			LIMIT `+strconv.Itoa(limit+1), w.args...)
		if err != nil {
			return queryErr("query price rounds", err)
		}
		ps, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (PriceRound, error) {
			var pr PriceRound
			err := row.Scan(&pr.RoundID, &pr.Price, &pr.UpdatedAt, &pr.Block, &pr.LogIndex)
			pr.PriceUSD = scaledString(&pr.Price, resp.FeedDecimals)
			return pr, err
		})
		if err != nil {
			return queryErr("query price rounds", err)
		}
		if len(ps) > limit {
			ps = ps[:limit]
			last := ps[limit-1]
			resp.NextCursor = cursor{List: "prices", Block: last.Block, LogIndex: last.LogIndex}.encode()
		}
		resp.Prices = append(resp.Prices, ps...)
		return nil
	})
	return resp, err
}
