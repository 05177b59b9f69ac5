package api

import (
	"context"
	"net/http"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// Liquidation is one liquidation, from the liquidations view of the Liquidate events.
// Amounts are in base units: repaidAssets and badDebtAssets of the loan token, seizedCollateral
// of the collateral token; price is in feed units.
type Liquidation struct {
	ChainID            int64    `json:"chainId"`
	Market             string   `json:"market"`
	Borrower           string   `json:"borrower"`
	Liquidator         *string  `json:"liquidator"`
	RepaidAssets       *string  `json:"repaidAssets"`
	SeizedCollateral   *string  `json:"seizedCollateral"`
	BadDebtAssets      *string  `json:"badDebtAssets"`
	Price              *string  `json:"price"` // feed units (feedDecimals; a Morpho Blue oracle's price(): 36 + loan − collateral decimals)
	PriceUSD           *float64 `json:"priceUsd"`
	CollateralDecimals *int32   `json:"collateralDecimals"`
	LoanDecimals       *int32   `json:"loanDecimals"`
	FeedDecimals       *int32   `json:"feedDecimals"`
	Block              int64    `json:"block"`
	LogIndex           int32    `json:"logIndex"`
	Timestamp          int64    `json:"timestamp"`
	TxHash             string   `json:"txHash"`
}

// LiquidationsResponse is the body of /v1/liquidations, newest first.
type LiquidationsResponse struct {
	Liquidations []Liquidation `json:"liquidations"`
	NextCursor   *string       `json:"nextCursor"`
}

func (s *server) liquidations(ctx context.Context, r *http.Request) (any, error) {
	_, f, limit, after, err := listParams(r, "liquidations")
	if err != nil {
		return nil, err
	}
	var resp LiquidationsResponse
	err = s.readChain(ctx, func(tx pgx.Tx, chain int64) error {
		f.ChainID = uint64(chain)
		rows, more, err := indexdb.ListLiquidations(ctx, tx, f, after.eventKey(), limit)
		if err != nil {
			return queryErr("query liquidations", err)
		}
		resp.Liquidations, resp.NextCursor = listPage(rows, more, toLiquidation, func(last indexdb.LiquidationRow) cursor {
			return cursor{List: "liquidations", Block: last.Key.Block, LogIndex: last.Key.LogIndex}
		})
		return nil
	})
	return resp, err
}

func toLiquidation(l indexdb.LiquidationRow) Liquidation {
	out := Liquidation{
		ChainID: l.ChainID, Market: l.Market.Hex(), Borrower: l.Borrower.Hex(),
		RepaidAssets: units.Decimal(l.Repaid), SeizedCollateral: units.Decimal(l.Seized),
		BadDebtAssets: units.Decimal(l.BadDebt), Price: units.Decimal(l.Price),
		CollateralDecimals: l.CollateralDecimals, LoanDecimals: l.LoanDecimals, FeedDecimals: l.FeedDecimals,
		Block: l.Key.Block, LogIndex: l.Key.LogIndex, Timestamp: l.Timestamp, TxHash: l.TxHash.Hex(),
	}
	if l.Liquidator != nil {
		h := l.Liquidator.Hex()
		out.Liquidator = &h
	}
	if l.FeedDecimals != nil {
		out.PriceUSD = units.Float(l.Price, uint8(*l.FeedDecimals))
	}
	return out
}

// Alert kinds, as the keeper writes them.
var alertKinds = indexdb.AlertKinds

// Alert is one alert the keeper raised.
type Alert struct {
	ID           int64      `json:"id"`
	ChainID      int64      `json:"chainId"`
	Market       string     `json:"market"`
	Borrower     string     `json:"borrower"`
	Kind         string     `json:"kind"`
	LTVWad       *string    `json:"ltvWad"`
	LTV          *float64   `json:"ltv"`
	Price        *string    `json:"price"` // feed units (feedDecimals; a Morpho Blue oracle's price(): 36 + loan − collateral decimals)
	PriceUSD     *float64   `json:"priceUsd"`
	FeedDecimals *int32     `json:"feedDecimals"`
	Block        int64      `json:"block"`
	TxHash       *string    `json:"txHash"` // the liquidation, for "liquidated"
	CreatedAt    time.Time  `json:"createdAt"`
	DeliveredAt  *time.Time `json:"deliveredAt"` // when the webhook accepted it
}

// AlertsResponse is the body of /v1/alerts, newest first.
type AlertsResponse struct {
	Alerts     []Alert `json:"alerts"`
	NextCursor *string `json:"nextCursor"`
}

func (s *server) alerts(ctx context.Context, r *http.Request) (any, error) {
	p, f, limit, after, err := listParams(r, "alerts", "kind")
	if err != nil {
		return nil, err
	}
	kind, err := oneOf(p, "kind", alertKinds)
	if err != nil {
		return nil, err
	}
	var afterID int64
	if after != nil {
		afterID = after.ID
	}
	var resp AlertsResponse
	err = s.readChain(ctx, func(tx pgx.Tx, chain int64) error {
		f.ChainID = uint64(chain)
		rows, more, err := indexdb.ListAlerts(ctx, tx, f, kind, afterID, limit)
		if err != nil {
			return queryErr("query alerts", err)
		}
		resp.Alerts, resp.NextCursor = listPage(rows, more, toAlert, func(last indexdb.AlertRow) cursor {
			return cursor{List: "alerts", ID: last.ID}
		})
		return nil
	})
	return resp, err
}

func toAlert(a indexdb.AlertRow) Alert {
	out := Alert{
		ID: a.ID, ChainID: a.ChainID, Market: a.Market.Hex(), Borrower: a.Borrower.Hex(), Kind: a.Kind,
		LTVWad: units.Decimal(a.LTV), LTV: units.Float(a.LTV, 18), Price: units.Decimal(a.Price),
		FeedDecimals: a.FeedDecimals, Block: a.Block, CreatedAt: a.CreatedAt.UTC(),
	}
	if a.DeliveredAt != nil {
		t := a.DeliveredAt.UTC()
		out.DeliveredAt = &t
	}
	if a.FeedDecimals != nil {
		out.PriceUSD = units.Float(a.Price, uint8(*a.FeedDecimals))
	}
	if a.TxHash != nil {
		h := a.TxHash.Hex()
		out.TxHash = &h
	}
	return out
}

// listParams reads what every list takes: market, borrower, limit and the list's cursor,
// besides the extra parameters the list allows.
func listParams(r *http.Request, list string, extra ...string) (params, indexdb.ListFilter, int, *cursor, error) {
	var f indexdb.ListFilter
	p, err := newParams(r, slices.Concat([]string{"market", "borrower"}, extra, []string{"limit", "cursor"})...)
	if err != nil {
		return p, f, 0, nil, err
	}
	if f.Market, err = p.market("market"); err != nil {
		return p, f, 0, nil, err
	}
	if f.Borrower, err = p.address("borrower"); err != nil {
		return p, f, 0, nil, err
	}
	limit, after, err := p.page(list)
	return p, f, limit, after, err
}
