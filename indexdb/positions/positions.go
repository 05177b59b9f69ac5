// Package positions reads borrowers' positions from the index database: the positions_live
// view (debt accrued to the latest indexed block, LTV at the latest indexed price, status and
// liquidation price, computed by the schema's ltv_* functions, which mirror loanmath) and the
// events behind them. It only reads; the indexer writes.
//
// Amounts are integers of base units (*big.Int) throughout; LTVs are WAD fractions.
package positions

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// DB is what this package needs of Postgres: a *pgxpool.Pool, a *pgx.Conn and a pgx.Tx all
// satisfy it.
type DB interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// ErrNoSchema is returned when the database lacks the ltvkeeper schema (it was never migrated).
var ErrNoSchema = errors.New("the database has no ltvkeeper schema")

// Status says how close a position is to liquidation.
type Status string

const (
	Healthy      Status = "healthy"      // LTV below the margin-call line
	MarginCall   Status = "margin_call"  // LTV at or past the margin-call line
	Liquidatable Status = "liquidatable" // LTV at or past the liquidation line: anyone may liquidate
)

// Statuses lists every status, healthiest first.
var Statuses = []Status{Healthy, MarginCall, Liquidatable}

// Sort orders positions, largest first.
type Sort string

const (
	ByLTV        Sort = "ltv"
	ByDebt       Sort = "debt"
	ByCollateral Sort = "collateral"
)

// Sorts lists every order.
var Sorts = []Sort{ByLTV, ByDebt, ByCollateral}

// Filter selects positions; zero fields select everything.
type Filter struct {
	ChainID  int64            // 0: every chain
	Market   indexdb.MarketID // "": every market
	Borrower *common.Address  // nil: every borrower
	MinLTV   *big.Int         // WAD; nil: any LTV
	Status   Status           // "": any status
	Sort     Sort             // "": ByLTV
	Limit    int              // 0: no limit
	// After continues an ordered listing after the position it marks (keyset pagination):
	// only positions that sort strictly after it under Sort are returned, so pages stay
	// exact while other rows come and go. nil: from the start.
	After *Cursor
}

// Cursor marks a position's place in an order: its sort value and its key.
type Cursor struct {
	Sort     Sort
	Value    *big.Int // the position's sort value; nil for an LTV without a price (sorted last)
	ChainID  int64
	Market   indexdb.MarketID
	Borrower common.Address
}

// CursorOf returns p's place in order s ("" is ByLTV): pass it as Filter.After to read the
// positions after p.
func CursorOf(p Position, s Sort) Cursor {
	if s == "" {
		s = ByLTV
	}
	c := Cursor{Sort: s, ChainID: p.ChainID, Market: p.MarketID, Borrower: p.Borrower}
	var v *big.Int
	switch s {
	case ByLTV:
		v = p.LTV
	case ByDebt:
		v = p.Debt
	case ByCollateral:
		v = p.Collateral
	}
	if v != nil {
		c.Value = new(big.Int).Set(v)
	}
	return c
}

// Position is one borrower's open position in one market, as of the latest indexed block.
type Position struct {
	ChainID int64
	// MarketID is the market as the index names it: an ltvkeeper market's address, or a Morpho
	// Blue market's 32-byte id. Protocol is the market's lending protocol
	// (indexdb.ProtocolLTVKeeper or indexdb.ProtocolMorphoBlue).
	MarketID indexdb.MarketID
	Protocol string
	Borrower common.Address

	Collateral   *big.Int // collateral-token base units
	Debt         *big.Int // loan-token base units, interest accrued to AsOfTimestamp, rounded up
	BorrowShares *big.Int

	// Price is the latest indexed price in feed units; nil when the index has none yet, and
	// then LTV is nil too (and positions_live reports Status healthy: see its definition).
	Price          *big.Int
	PriceUpdatedAt int64 // the feed's updatedAt, unix seconds; 0 without a price
	// PriceStale: the price is older than the market's heartbeat at AsOfTimestamp.
	// PriceAtBound: it sits at its aggregator's minAnswer or maxAnswer, beyond which the
	// aggregator publishes nothing, so the market may be past it.
	PriceStale, PriceAtBound bool
	LTV                      *big.Int // WAD, rounded up; loanmath.MaxUint256 with debt but no collateral value
	Status                   Status

	// The prices (feed units, rounded up) at or below which the position reaches the
	// liquidation and margin-call lines: 0 without debt, loanmath.MaxUint256 without collateral.
	LiquidationPrice *big.Int
	MarginCallPrice  *big.Int

	// FeedDecimals are the decimals of Price and the line prices: the feed's, or a Morpho Blue
	// oracle's 36 + LoanDecimals − CollateralDecimals.
	CollateralDecimals, LoanDecimals, FeedDecimals uint8

	AsOfBlock     int64
	AsOfTimestamp int64
}

// LTVFloat is the LTV as a fraction (0.2 is 20%), for printing; NaN without a price.
func (p Position) LTVFloat() float64 { return ratio(p.LTV, 18) }

// LiquidationPriceFloat is the liquidation price in the feed's currency (USD), for printing.
func (p Position) LiquidationPriceFloat() float64 { return ratio(p.LiquidationPrice, p.FeedDecimals) }

// ratio is units.Float, NaN for nil.
func ratio(v *big.Int, decimals uint8) float64 {
	if f := units.Float(v, decimals); f != nil {
		return *f
	}
	return math.NaN()
}

// ParseLTV reads an LTV written as a fraction ("0.65") or a percentage ("65%") as a WAD.
func ParseLTV(s string) (*big.Int, error) {
	s = strings.TrimSpace(s)
	if pct, ok := strings.CutSuffix(s, "%"); ok {
		v, err := units.Parse(strings.TrimSpace(pct), 16)
		if err != nil {
			return nil, fmt.Errorf("%q is not a percentage such as 65%%", s)
		}
		return v, nil
	}
	v, err := units.Parse(s, 18)
	if err != nil {
		return nil, fmt.Errorf("%q is not a fraction such as 0.65", s)
	}
	return v, nil
}

const columns = `
	l.chain_id, l.market, l.borrower, l.collateral::text, l.debt::text, l.borrow_shares::text,
	l.price::text, l.price_updated_at, COALESCE(l.price_stale, false), l.price_at_bound, l.ltv_wad::text, l.status,
	l.liquidation_price::text, l.margin_call_price::text,
	m.collateral_decimals, m.loan_decimals, ` + indexdb.PriceDecimalsSQL + `, l.as_of_block, l.as_of_timestamp, l.protocol`

// Query returns the open positions that f selects, largest first by f.Sort, ties broken by
// chain, market and borrower. It computes exact values only for the positions near the page
// it returns: see order.go.
func Query(ctx context.Context, db DB, f Filter) ([]Position, error) {
	if f.Sort == "" {
		f.Sort = ByLTV
	}
	if !slices.Contains(Sorts, f.Sort) {
		return nil, fmt.Errorf("sort %q: want one of %s", f.Sort, join(Sorts))
	}
	if f.Status != "" && !slices.Contains(Statuses, f.Status) {
		return nil, fmt.Errorf("status %q: want one of %s", f.Status, join(Statuses))
	}
	if f.Limit < 0 {
		return nil, fmt.Errorf("limit %d: want 0 (no limit) or more", f.Limit)
	}
	if f.After != nil && f.After.Sort != f.Sort {
		return nil, fmt.Errorf("cursor in %s order used with sort %s: keep the sort of the listing it came from", f.After.Sort, f.Sort)
	}
	ps, err := query(ctx, db, f)
	if err != nil {
		return nil, queryErr("query positions", err)
	}
	return ps, nil
}

func scanPosition(row pgx.CollectableRow) (Position, error) { return scanPositionAnd(row) }

// scanPositionAnd scans a row of columns followed by one column into each of extra.
func scanPositionAnd(row pgx.CollectableRow, extra ...any) (Position, error) {
	var (
		p                                          Position
		market, borrower                           []byte
		collateral, debt, shares, status           string
		price, ltv, liquidationPrice, marginCallPx *string
		priceUpdatedAt                             *int64
		cd, ld, fd                                 int32
	)
	err := row.Scan(append([]any{&p.ChainID, &market, &borrower, &collateral, &debt, &shares,
		&price, &priceUpdatedAt, &p.PriceStale, &p.PriceAtBound, &ltv, &status, &liquidationPrice, &marginCallPx,
		&cd, &ld, &fd, &p.AsOfBlock, &p.AsOfTimestamp, &p.Protocol}, extra...)...)
	if err != nil {
		return p, err
	}
	p.MarketID, p.Borrower = indexdb.MarketID(market), common.BytesToAddress(borrower)
	p.Status = Status(status)
	p.CollateralDecimals, p.LoanDecimals, p.FeedDecimals = uint8(cd), uint8(ld), uint8(fd)
	if priceUpdatedAt != nil {
		p.PriceUpdatedAt = *priceUpdatedAt
	}
	for _, v := range []struct {
		dst **big.Int
		src *string
	}{
		{&p.Collateral, &collateral}, {&p.Debt, &debt}, {&p.BorrowShares, &shares}, {&p.Price, price},
		{&p.LTV, ltv}, {&p.LiquidationPrice, liquidationPrice}, {&p.MarginCallPrice, marginCallPx},
	} {
		if v.src == nil {
			continue
		}
		n, ok := new(big.Int).SetString(*v.src, 10)
		if !ok {
			return p, fmt.Errorf("position %s in market %s: %q is not an integer", p.Borrower, p.MarketID, *v.src)
		}
		*v.dst = n
	}
	return p, nil
}

// Event is one indexed event of a borrower.
type Event struct {
	ChainID     int64
	Market      indexdb.MarketID
	Name        string // Borrow, Repay, DepositCollateral, Liquidate, …
	BlockNumber int64
	LogIndex    int32
	Timestamp   int64 // block time, unix seconds
	TxHash      common.Hash
	Args        json.RawMessage // decoded fields; amounts are decimal strings of base units
}

// BorrowerHistory is one borrower's open positions across markets and the events that
// concern them, oldest first.
type BorrowerHistory struct {
	Borrower  common.Address
	Positions []Position // ordered by LTV, largest first
	Events    []Event
}

// History returns borrower's open positions in every market and every event that concerns
// the borrower (including in markets where the position is now closed).
func History(ctx context.Context, db DB, chainID int64, borrower common.Address) (BorrowerHistory, error) {
	h := BorrowerHistory{Borrower: borrower}
	var err error
	if h.Positions, err = Query(ctx, db, Filter{ChainID: chainID, Borrower: &borrower}); err != nil {
		return h, err
	}
	h.Events, err = Events(ctx, db, EventFilter{ChainID: chainID, Borrower: borrower})
	return h, err
}

// EventFilter selects one borrower's events.
type EventFilter struct {
	ChainID  int64            // 0: every chain
	Market   indexdb.MarketID // "": every market
	Borrower common.Address
}

// Events returns the events that concern f.Borrower, oldest first.
func Events(ctx context.Context, db DB, f EventFilter) ([]Event, error) {
	sql := `
		SELECT chain_id, market, event, block_number, log_index, block_timestamp, tx_hash, args
		FROM events WHERE account = $1`
	args := []any{f.Borrower.Bytes()}
	if f.ChainID != 0 {
		args = append(args, f.ChainID)
		sql += " AND chain_id = $" + strconv.Itoa(len(args))
	}
	if f.Market != "" {
		args = append(args, f.Market.Bytes())
		sql += " AND market = $" + strconv.Itoa(len(args))
	}
	rows, err := db.Query(ctx, sql+"\n\t\tORDER BY chain_id, block_number, log_index", args...)
	if err != nil {
		return nil, queryErr("query events", err)
	}
	events, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (Event, error) {
		var (
			e            Event
			market, hash []byte
		)
		err := row.Scan(&e.ChainID, &market, &e.Name, &e.BlockNumber, &e.LogIndex, &e.Timestamp, &hash, &e.Args)
		e.Market, e.TxHash = indexdb.MarketID(market), common.BytesToHash(hash)
		return e, err
	})
	if err != nil {
		return nil, queryErr("query events", err)
	}
	return events, nil
}

// queryErr wraps err with what, as ErrNoSchema when a table, view or function is missing.
func queryErr(what string, err error) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && (pgErr.Code == "42P01" || pgErr.Code == "42883") { // undefined_table, undefined_function
		return fmt.Errorf("%s: %w (%s)", what, ErrNoSchema, pgErr.Message)
	}
	return fmt.Errorf("%s: %w", what, err)
}

func join[T ~string](vs []T) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = string(v)
	}
	return strings.Join(s, "|")
}
