package api

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/indexdb/positions"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// Position is an open position: amounts in base units with their token's decimals, the LTV
// as a WAD and as a fraction, prices in feed units and in USD. LTV and prices are null
// while the index has no price for the market's feed (status "unknown").
type Position struct {
	ChainID            int64    `json:"chainId"`
	Market             string   `json:"market"`   // an address, or a Morpho Blue market's id (0x and 64 hex digits)
	Protocol           string   `json:"protocol"` // the market's lending protocol: ltvkeeper or morpho-blue
	Borrower           string   `json:"borrower"`
	Collateral         string   `json:"collateral"`
	CollateralDecimals uint8    `json:"collateralDecimals"`
	Debt               string   `json:"debt"` // interest accrued to asOfTimestamp, rounded up
	LoanDecimals       uint8    `json:"loanDecimals"`
	BorrowShares       string   `json:"borrowShares"`
	LTVWad             *string  `json:"ltvWad"`
	LTV                *float64 `json:"ltv"`
	Status             string   `json:"status"`

	Price               *string  `json:"price"` // feed units (feedDecimals)
	PriceUSD            *float64 `json:"priceUsd"`
	PriceUpdatedAt      *int64   `json:"priceUpdatedAt"`
	PriceStale          bool     `json:"priceStale"`   // older than the market's heartbeat at asOfTimestamp
	PriceAtBound        bool     `json:"priceAtBound"` // at the aggregator's minAnswer or maxAnswer
	LiquidationPrice    *string  `json:"liquidationPrice"`
	LiquidationPriceUSD *float64 `json:"liquidationPriceUsd"`
	MarginCallPrice     *string  `json:"marginCallPrice"`
	MarginCallPriceUSD  *float64 `json:"marginCallPriceUsd"`
	FeedDecimals        uint8    `json:"feedDecimals"`

	AsOfBlock     int64 `json:"asOfBlock"`
	AsOfTimestamp int64 `json:"asOfTimestamp"`
}

func toPosition(p positions.Position) Position { return toPositionIn(p, p.MarketID.Hex()) }

// toPositionIn is toPosition with the market already written.
func toPositionIn(p positions.Position, market string) Position {
	fd := p.FeedDecimals
	out := Position{
		ChainID: p.ChainID, Market: market, Protocol: p.Protocol, Borrower: p.Borrower.Hex(),
		Collateral: units.DecimalString(p.Collateral), CollateralDecimals: p.CollateralDecimals,
		Debt: units.DecimalString(p.Debt), LoanDecimals: p.LoanDecimals, BorrowShares: units.DecimalString(p.BorrowShares),
		Status: string(p.Status), FeedDecimals: p.FeedDecimals, AsOfBlock: p.AsOfBlock, AsOfTimestamp: p.AsOfTimestamp,
		PriceStale: p.PriceStale, PriceAtBound: p.PriceAtBound,
	}
	out.LTVWad, out.LTV = units.Number(p.LTV, 18)
	out.Price, out.PriceUSD = units.Number(p.Price, fd)
	out.LiquidationPrice, out.LiquidationPriceUSD = units.Number(p.LiquidationPrice, fd)
	out.MarginCallPrice, out.MarginCallPriceUSD = units.Number(p.MarginCallPrice, fd)
	if p.Price != nil {
		out.PriceUpdatedAt = &p.PriceUpdatedAt
	}
	return out
}

// PositionsResponse is the body of /v1/positions.
type PositionsResponse struct {
	Positions  []Position `json:"positions"`
	NextCursor *string    `json:"nextCursor"` // null on the last page
}

func (s *server) positions(ctx context.Context, r *http.Request) (any, error) {
	p, err := newParams(r, "market", "borrower", "status", "min_ltv", "sort", "limit", "cursor")
	if err != nil {
		return nil, err
	}
	var f positions.Filter
	if f.Market, err = p.market("market"); err != nil {
		return nil, err
	}
	if f.Borrower, err = p.address("borrower"); err != nil {
		return nil, err
	}
	if f.Status, err = oneOf(p, "status", positions.Statuses); err != nil {
		return nil, err
	}
	if f.MinLTV, err = p.minLTV(); err != nil {
		return nil, err
	}
	if f.Sort, err = oneOf(p, "sort", positions.Sorts); err != nil {
		return nil, err
	}
	if f.Sort == "" {
		f.Sort = positions.ByLTV
	}
	limit, c, err := p.page("positions")
	if err != nil {
		return nil, err
	}
	if f.After, err = positionsCursor(c, p.get("cursor"), f.Sort); err != nil {
		return nil, err
	}
	f.Limit = limit + 1 // one more, to know whether there is a next page
	resp := PositionsResponse{Positions: []Position{}}
	err = s.readChain(ctx, func(tx pgx.Tx, chain int64) error {
		f.ChainID = chain
		ps, err := positions.Query(ctx, tx, f)
		if err != nil {
			return err
		}
		if len(ps) > limit {
			ps = ps[:limit]
			last := positions.CursorOf(ps[limit-1], f.Sort)
			resp.NextCursor = cursor{
				List: "positions", Sort: string(f.Sort), Value: units.Decimal(last.Value), Chain: last.ChainID,
				Market: last.Market.Hex(), Borrower: last.Borrower.Hex(),
			}.encode()
		}
		resp.Positions = make([]Position, 0, len(ps))
		markets := make(map[indexdb.MarketID]string)
		for _, p := range ps {
			hex, ok := markets[p.MarketID]
			if !ok {
				hex = p.MarketID.Hex()
				markets[p.MarketID] = hex
			}
			resp.Positions = append(resp.Positions, toPositionIn(p, hex))
		}
		return nil
	})
	return resp, err
}

// Event is one indexed event of a position.
type Event struct {
	Market    string          `json:"market"`
	Event     string          `json:"event"`
	Block     int64           `json:"block"`
	LogIndex  int32           `json:"logIndex"`
	Timestamp int64           `json:"timestamp"`
	TxHash    string          `json:"txHash"`
	Args      json.RawMessage `json:"args"` // as decoded; amounts are decimal strings of base units
}

// EventOf is e as the API shows it.
func EventOf(e positions.Event) Event {
	return Event{Market: e.Market.Hex(), Event: e.Name, Block: e.BlockNumber, LogIndex: e.LogIndex,
		Timestamp: e.Timestamp, TxHash: e.TxHash.Hex(), Args: e.Args}
}

// PositionResponse is the body of /v1/markets/{market}/positions/{borrower}: the open
// position (null once closed) and every event of it, oldest first. The market's decimals
// are given at the top level, so that the amounts in the events can be read even when the
// position is closed.
type PositionResponse struct {
	CollateralDecimals uint8     `json:"collateralDecimals"`
	LoanDecimals       uint8     `json:"loanDecimals"`
	FeedDecimals       uint8     `json:"feedDecimals"`
	Position           *Position `json:"position"`
	Events             []Event   `json:"events"`
	// Risk is what the price history says about a loan at the open position's LTV (see
	// /v1/risk); null with RiskNote saying why when there is none.
	Risk     *PositionRisk `json:"risk"`
	RiskNote string        `json:"riskNote,omitempty"`
}

func (s *server) position(ctx context.Context, r *http.Request) (any, error) {
	if _, err := newParams(r); err != nil {
		return nil, err
	}
	market, borrower, err := loanPath(r)
	if err != nil {
		return nil, err
	}
	resp := PositionResponse{Events: []Event{}}
	err = s.read(ctx, func(tx pgx.Tx) error {
		chain, m, err := s.indexedMarket(ctx, tx, market)
		if err != nil {
			return err
		}
		resp.CollateralDecimals, resp.LoanDecimals, resp.FeedDecimals = m.CollateralDecimals, m.LoanDecimals, m.FeedDecimals
		ps, err := positions.Query(ctx, tx, positions.Filter{ChainID: chain, Market: market, Borrower: borrower})
		if err != nil {
			return err
		}
		events, err := positions.Events(ctx, tx, positions.EventFilter{ChainID: chain, Market: market, Borrower: *borrower})
		if err != nil {
			return err
		}
		if len(ps) == 0 && len(events) == 0 {
			return errorf(http.StatusNotFound, "borrower %s has no position and no events in market %s", borrower.Hex(), market.Hex())
		}
		if len(ps) > 0 {
			p := toPosition(ps[0])
			resp.Position = &p
			if ltv := ps[0].LTV; ltv != nil {
				resp.Risk, resp.RiskNote = s.positionRisk(m, uint256.MustFromBig(ltv))
			} else {
				resp.RiskNote = "no odds: the market has no indexed price, so the position has no LTV yet"
			}
		} else {
			resp.RiskNote = "no odds: the position is closed"
		}
		for _, e := range events {
			resp.Events = append(resp.Events, EventOf(e))
		}
		return nil
	})
	return resp, err
}
