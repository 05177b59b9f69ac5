package api

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
)

// where collects SQL conditions and their arguments.
type where struct {
	conds []string
	args  []any
}

// arg adds an argument and returns its placeholder.
func (w *where) arg(v any) string {
	w.args = append(w.args, v)
	return "$" + strconv.Itoa(len(w.args))
}

func (w *where) add(cond string) { w.conds = append(w.conds, cond) }

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(w.conds, " AND ")
}

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
	Price              *string  `json:"price"`
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
	p, err := newParams(r, "market", "borrower", "limit", "cursor")
	if err != nil {
		return nil, err
	}
	market, err := p.address("market")
	if err != nil {
		return nil, err
	}
	borrower, err := p.address("borrower")
	if err != nil {
		return nil, err
	}
	limit, err := p.limit()
	if err != nil {
		return nil, err
	}
	after, err := p.cursor("liquidations")
	if err != nil {
		return nil, err
	}
	resp := LiquidationsResponse{Liquidations: []Liquidation{}}
	err = s.read(ctx, func(tx pgx.Tx) error {
		chain, err := s.chainID(ctx, tx)
		if err != nil {
			return err
		}
		var w where
		if chain != 0 {
			w.add("l.chain_id = " + w.arg(chain))
		}
		if market != nil {
			w.add("l.market = " + w.arg(market.Bytes()))
		}
		if borrower != nil {
			w.add("l.borrower = " + w.arg(borrower.Bytes()))
		}
		if after != nil {
			w.add("(l.block_number, l.log_index) < (" + w.arg(after.Block) + "::bigint, " + w.arg(after.LogIndex) + "::int)")
		}
		rows, err := tx.Query(ctx, `
			SELECT l.chain_id, l.market, l.borrower, l.liquidator, l.repaid_assets::text, l.seized_collateral::text,
			       l.bad_debt_assets::text, l.price::text, m.collateral_decimals, m.loan_decimals, m.feed_decimals,
			       l.block_number, l.log_index, l.block_timestamp, l.tx_hash
			FROM liquidations l LEFT JOIN markets m USING (chain_id, market)
			`+w.sql()+`
			ORDER BY l.block_number DESC, l.log_index DESC
			LIMIT `+strconv.Itoa(limit+1), w.args...)
		if err != nil {
			return queryErr("query liquidations", err)
		}
		ls, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (Liquidation, error) {
			var (
				l                                Liquidation
				market, borrower, liquidator, tx []byte
			)
			err := row.Scan(&l.ChainID, &market, &borrower, &liquidator, &l.RepaidAssets, &l.SeizedCollateral,
				&l.BadDebtAssets, &l.Price, &l.CollateralDecimals, &l.LoanDecimals, &l.FeedDecimals,
				&l.Block, &l.LogIndex, &l.Timestamp, &tx)
			l.Market, l.Borrower, l.Liquidator = hexAddr(market), hexAddr(borrower), hexAddrPtr(liquidator)
			l.TxHash = common.BytesToHash(tx).Hex()
			if l.FeedDecimals != nil {
				l.PriceUSD = scaledString(l.Price, *l.FeedDecimals)
			}
			return l, err
		})
		if err != nil {
			return queryErr("query liquidations", err)
		}
		if len(ls) > limit {
			ls = ls[:limit]
			last := ls[limit-1]
			resp.NextCursor = cursor{List: "liquidations", Block: last.Block, LogIndex: last.LogIndex}.encode()
		}
		resp.Liquidations = append(resp.Liquidations, ls...)
		return nil
	})
	return resp, err
}

// Alert kinds, as the keeper writes them.
var alertKinds = []string{"margin_call", "liquidated", "healthy"}

// Alert is one alert the keeper raised.
type Alert struct {
	ID           int64      `json:"id"`
	ChainID      int64      `json:"chainId"`
	Market       string     `json:"market"`
	Borrower     string     `json:"borrower"`
	Kind         string     `json:"kind"`
	LTVWad       *string    `json:"ltvWad"`
	LTV          *float64   `json:"ltv"`
	Price        *string    `json:"price"` // feed units
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
	p, err := newParams(r, "market", "borrower", "kind", "limit", "cursor")
	if err != nil {
		return nil, err
	}
	market, err := p.address("market")
	if err != nil {
		return nil, err
	}
	borrower, err := p.address("borrower")
	if err != nil {
		return nil, err
	}
	kind, err := oneOf(p, "kind", alertKinds)
	if err != nil {
		return nil, err
	}
	limit, err := p.limit()
	if err != nil {
		return nil, err
	}
	after, err := p.cursor("alerts")
	if err != nil {
		return nil, err
	}
	resp := AlertsResponse{Alerts: []Alert{}}
	err = s.read(ctx, func(tx pgx.Tx) error {
		chain, err := s.chainID(ctx, tx)
		if err != nil {
			return err
		}
		var w where
		if chain != 0 {
			w.add("a.chain_id = " + w.arg(chain))
		}
		if market != nil {
			w.add("a.market = " + w.arg(market.Bytes()))
		}
		if borrower != nil {
			w.add("a.borrower = " + w.arg(borrower.Bytes()))
		}
		if kind != "" {
			w.add("a.kind = " + w.arg(kind))
		}
		if after != nil {
			w.add("a.id < " + w.arg(after.ID) + "::bigint")
		}
		rows, err := tx.Query(ctx, `
			SELECT a.id, a.chain_id, a.market, a.borrower, a.kind, a.ltv::text, a.price::text, m.feed_decimals,
			       a.block_number, a.tx_hash, a.created_at, a.delivered_at
			FROM alerts a LEFT JOIN markets m USING (chain_id, market)
			`+w.sql()+`
			ORDER BY a.id DESC
			LIMIT `+strconv.Itoa(limit+1), w.args...)
		if err != nil {
			return queryErr("query alerts", err)
		}
		as, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (Alert, error) {
			var (
				a                    Alert
				market, borrower, tx []byte
			)
			err := row.Scan(&a.ID, &a.ChainID, &market, &borrower, &a.Kind, &a.LTVWad, &a.Price, &a.FeedDecimals,
				&a.Block, &tx, &a.CreatedAt, &a.DeliveredAt)
			a.Market, a.Borrower = hexAddr(market), hexAddr(borrower)
			a.CreatedAt = a.CreatedAt.UTC()
			if a.DeliveredAt != nil {
				*a.DeliveredAt = a.DeliveredAt.UTC()
			}
			a.LTV = scaledString(a.LTVWad, 18)
			if a.FeedDecimals != nil {
				a.PriceUSD = scaledString(a.Price, *a.FeedDecimals)
			}
			if tx != nil {
				h := common.BytesToHash(tx).Hex()
				a.TxHash = &h
			}
			return a, err
		})
		if err != nil {
			return queryErr("query alerts", err)
		}
		if len(as) > limit {
			as = as[:limit]
			resp.NextCursor = cursor{List: "alerts", ID: as[limit-1].ID}.encode()
		}
		resp.Alerts = append(resp.Alerts, as...)
		return nil
	})
	return resp, err
}
