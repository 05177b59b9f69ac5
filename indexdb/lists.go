package indexdb

import (
	"context"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/units"
)

// ListFilter selects rows of a list; zero fields select everything.
type ListFilter struct {
	ChainID  uint64
	Market   MarketID        // "": every market
	Borrower *common.Address // nil: every borrower
}

// EventKey is a row's place among the chain's events, the order liquidations and price
// rounds are listed in (newest first).
type EventKey struct {
	Block    int64
	LogIndex int32
}

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

// filter adds f's conditions on the columns of table alias t.
func (w *where) filter(t string, f ListFilter) {
	if f.ChainID != 0 {
		w.add(t + ".chain_id = " + w.arg(int64(f.ChainID)))
	}
	if f.Market != "" {
		w.add(t + ".market = " + w.arg(f.Market.Bytes()))
	}
	if f.Borrower != nil {
		w.add(t + ".borrower = " + w.arg(f.Borrower.Bytes()))
	}
}

// afterEvent keeps the rows of table alias t strictly older than k.
func (w *where) afterEvent(t string, k *EventKey) {
	if k != nil {
		w.add("(" + t + ".block_number, " + t + ".log_index) < (" + w.arg(k.Block) + "::bigint, " + w.arg(k.LogIndex) + "::int)")
	}
}

// page is the keyset pagination of every list: the rows of query (a SELECT … FROM …) that w
// keeps, in order, at most limit of them; more says whether others follow.
func page[T any](ctx context.Context, q Querier, query string, w *where, order string, limit int, scan func(pgx.CollectableRow) (T, error)) (out []T, more bool, err error) {
	if len(w.conds) > 0 {
		query += " WHERE " + strings.Join(w.conds, " AND ")
	}
	rows, err := q.Query(ctx, query+" ORDER BY "+order+" LIMIT "+strconv.Itoa(limit+1), w.args...)
	if err != nil {
		return nil, false, err
	}
	if out, err = pgx.CollectRows(rows, scan); err != nil {
		return nil, false, err
	}
	if len(out) > limit {
		return out[:limit], true, nil
	}
	return out, false, nil
}

// LiquidationRow is a liquidation as lists show it, with its market's decimals (nil when the
// market is not indexed). Amounts are nil where the event lacks them.
type LiquidationRow struct {
	ChainID                                        int64
	Market                                         MarketID
	Borrower                                       common.Address
	Liquidator                                     *common.Address
	Repaid, Seized, BadDebt, Price                 *big.Int
	CollateralDecimals, LoanDecimals, FeedDecimals *int32
	Key                                            EventKey
	Timestamp                                      int64
	TxHash                                         common.Hash
}

// ListLiquidations lists the liquidations f selects, newest first, after the one at after
// (nil: from the newest); more says whether others follow.
func ListLiquidations(ctx context.Context, q Querier, f ListFilter, after *EventKey, limit int) ([]LiquidationRow, bool, error) {
	var w where
	w.filter("l", f)
	w.afterEvent("l", after)
	return page(ctx, q, `SELECT l.chain_id, l.market, l.borrower, l.liquidator, l.repaid_assets::text, l.seized_collateral::text,
			l.bad_debt_assets::text, l.price::text, m.collateral_decimals, m.loan_decimals, `+PriceDecimalsSQL+`,
			l.block_number, l.log_index, l.block_timestamp, l.tx_hash
		FROM liquidations l LEFT JOIN markets m USING (chain_id, market)`, &w, "l.block_number DESC, l.log_index DESC", limit,
		func(row pgx.CollectableRow) (LiquidationRow, error) {
			var (
				l                                LiquidationRow
				market, borrower, liquidator, tx []byte
				amounts                          [4]*string
			)
			err := row.Scan(&l.ChainID, &market, &borrower, &liquidator, &amounts[0], &amounts[1], &amounts[2], &amounts[3],
				&l.CollateralDecimals, &l.LoanDecimals, &l.FeedDecimals, &l.Key.Block, &l.Key.LogIndex, &l.Timestamp, &tx)
			l.Market, l.Borrower, l.TxHash = MarketID(market), common.BytesToAddress(borrower), common.BytesToHash(tx)
			if liquidator != nil {
				a := common.BytesToAddress(liquidator)
				l.Liquidator = &a
			}
			l.Repaid, l.Seized, l.BadDebt, l.Price = units.ParseDecimal(amounts[0]), units.ParseDecimal(amounts[1]), units.ParseDecimal(amounts[2]), units.ParseDecimal(amounts[3])
			return l, err
		})
}

// Alert kinds: a position's, and a market's price alerts, raised when the condition starts and
// with the _cleared suffix when it ends. A market's alerts have the zero address as borrower.
const (
	AlertMarginCall          = "margin_call"
	AlertLiquidated          = "liquidated"
	AlertHealthy             = "healthy"
	AlertPriceStale          = "price_stale"    // the latest round is older than the market's heartbeat
	AlertPriceAtBound        = "price_at_bound" // the answer sits at the aggregator's minAnswer or maxAnswer
	AlertCleared             = "_cleared"
	AlertPriceStaleCleared   = AlertPriceStale + AlertCleared
	AlertPriceAtBoundCleared = AlertPriceAtBound + AlertCleared
)

// AlertKinds are every alert kind.
var AlertKinds = []string{AlertMarginCall, AlertLiquidated, AlertHealthy, AlertPriceStale, AlertPriceStaleCleared,
	AlertPriceAtBound, AlertPriceAtBoundCleared}

// AlertRow is an alert the keeper raised, with its market's feed decimals (nil when the market
// is not indexed).
type AlertRow struct {
	ID           int64
	ChainID      int64
	Market       MarketID
	Borrower     common.Address
	Kind         string
	LTV, Price   *big.Int // WAD and feed units, when known
	FeedDecimals *int32
	Block        int64
	TxHash       *common.Hash
	CreatedAt    time.Time
	DeliveredAt  *time.Time
}

// ListAlerts lists the alerts f and kind ("": any) select, newest first, those with an id
// below afterID (0: from the newest); more says whether others follow.
func ListAlerts(ctx context.Context, q Querier, f ListFilter, kind string, afterID int64, limit int) ([]AlertRow, bool, error) {
	var w where
	w.filter("a", f)
	if kind != "" {
		w.add("a.kind = " + w.arg(kind))
	}
	if afterID != 0 {
		w.add("a.id < " + w.arg(afterID) + "::bigint")
	}
	return page(ctx, q, alertsQuery, &w, "a.id DESC", limit, scanAlert)
}

const alertsQuery = `SELECT a.id, a.chain_id, a.market, a.borrower, a.kind, a.ltv::text, a.price::text, ` + PriceDecimalsSQL + `,
		a.block_number, a.tx_hash, a.created_at, a.delivered_at
	FROM alerts a LEFT JOIN markets m USING (chain_id, market)`

func scanAlert(row pgx.CollectableRow) (AlertRow, error) {
	var (
		a                    AlertRow
		market, borrower, tx []byte
		ltv, price           *string
	)
	err := row.Scan(&a.ID, &a.ChainID, &market, &borrower, &a.Kind, &ltv, &price, &a.FeedDecimals,
		&a.Block, &tx, &a.CreatedAt, &a.DeliveredAt)
	a.Market, a.Borrower = MarketID(market), common.BytesToAddress(borrower)
	a.LTV, a.Price = units.ParseDecimal(ltv), units.ParseDecimal(price)
	if tx != nil {
		h := common.BytesToHash(tx)
		a.TxHash = &h
	}
	return a, err
}

// PriceRound is an indexed round of a feed. Key.LogIndex is -1 for the round the indexer read
// when it discovered the feed.
type PriceRound struct {
	RoundID, Answer *big.Int
	UpdatedAt       int64
	Key             EventKey
}

// ListPriceRounds lists the indexed rounds of m's feed, newest first, after the one at after
// (nil: from the newest); more says whether others follow. A feed that two deployments share
// has its rounds once per factory; the list holds m's factory's. For a market priced by a
// Morpho Chainlink oracle whose feeds the index follows, they are its feeds' rounds, each with
// the oracle's price after it (1e36-scaled), from the market's creation on.
func ListPriceRounds(ctx context.Context, q Querier, m Market, after *EventKey, limit int) ([]PriceRound, bool, error) {
	var w where
	if m.OracleFeeds != nil {
		w.add("r.chain_id = " + w.arg(int64(m.ChainID)))
		w.add("r.market = " + w.arg(m.ID))
		w.afterEvent("r", after)
		// Two feeds found in one block have a round each at log index -1 there, with one price.
		rounds, more, err := page(ctx, q, `SELECT DISTINCT ON (r.block_number, r.log_index) r.round_id::text, r.price::text,
				r.updated_at, r.block_number, r.log_index FROM oracle_price_rounds r`,
			&w, "r.block_number DESC, r.log_index DESC", limit, scanPriceRound)
		// A price is missing only before one of its feeds' first round.
		return slices.DeleteFunc(rounds, func(r PriceRound) bool { return r.Answer == nil }), more, err
	}
	w.add("r.chain_id = " + w.arg(int64(m.ChainID)))
	w.add("r.factory = " + w.arg(m.Factory.Bytes()))
	w.add("r.price_feed = " + w.arg(m.PriceFeed.Bytes()))
	w.afterEvent("r", after)
	return page(ctx, q, `SELECT r.round_id::text, r.answer::text, r.updated_at, r.block_number, r.log_index FROM price_rounds r`,
		&w, "r.block_number DESC, r.log_index DESC", limit, scanPriceRound)
}

func scanPriceRound(row pgx.CollectableRow) (PriceRound, error) {
	var (
		r             PriceRound
		round, answer *string
	)
	err := row.Scan(&round, &answer, &r.UpdatedAt, &r.Key.Block, &r.Key.LogIndex)
	r.RoundID, r.Answer = units.ParseDecimal(round), units.ParseDecimal(answer)
	return r, err
}

// IndexedChains lists the chains the index holds anything of, in order.
func IndexedChains(ctx context.Context, q Querier) ([]int64, error) {
	rows, err := q.Query(ctx, `SELECT chain_id FROM checkpoints UNION SELECT chain_id FROM markets ORDER BY 1`)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[int64])
}

// AlertsAfter lists the alerts of kind with an id above afterID, oldest first: what a reader
// that follows the keeper has not seen yet.
func AlertsAfter(ctx context.Context, q Querier, afterID int64, kind string) ([]AlertRow, error) {
	var w where
	w.add("a.id > " + w.arg(afterID))
	w.add("a.kind = " + w.arg(kind))
	rows, _, err := page(ctx, q, alertsQuery, &w, "a.id", maxAlertsAfter, scanAlert)
	return rows, err
}

// maxAlertsAfter bounds what AlertsAfter returns at once.
const maxAlertsAfter = 10_000

// CountEvents is how many events of factory on chainID the index holds from block from to
// block to.
func CountEvents(ctx context.Context, q Querier, chainID uint64, factory common.Address, from, to uint64) (int64, error) {
	var n int64
	err := q.QueryRow(ctx, `SELECT count(*) FROM events WHERE chain_id = $1 AND factory = $2 AND block_number BETWEEN $3 AND $4`,
		int64(chainID), factory.Bytes(), int64(from), int64(to)).Scan(&n)
	return n, err
}

// EventCount is how many events the index holds, of every chain and deployment.
func EventCount(ctx context.Context, q Querier) (int64, error) {
	var n int64
	err := q.QueryRow(ctx, `SELECT count(*) FROM events`).Scan(&n)
	return n, err
}
