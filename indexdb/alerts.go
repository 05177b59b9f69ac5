package indexdb

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/ltvkeeper/ltvkeeper/units"
)

// Execer is what a pool, a connection and a transaction have to write with.
type Execer interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

// NewAlert is an alert the keeper raises: for a position, or for a market with the zero
// address as borrower.
type NewAlert struct {
	ChainID    int64
	Market     MarketID
	Borrower   common.Address
	Kind       string
	LTV, Price *big.Int // WAD and feed units, when known
	Block      uint64
	TxHash     *common.Hash
}

// InsertAlert stores a. With once, it stores nothing (stored false) when the position
// already has an alert of a's kind for a's transaction.
func InsertAlert(ctx context.Context, q Execer, a NewAlert, once bool) (stored bool, err error) {
	var tx []byte
	if a.TxHash != nil {
		tx = a.TxHash.Bytes()
	}
	tag, err := q.Exec(ctx, `INSERT INTO alerts (chain_id, market, borrower, kind, ltv, price, block_number, tx_hash)
		SELECT $1, $2, $3, $4, $5::numeric, $6::numeric, $7, $8
		WHERE NOT $9 OR NOT EXISTS (SELECT 1 FROM alerts WHERE chain_id = $1 AND market = $2 AND borrower = $3
			AND kind = $4 AND tx_hash = $8)`,
		a.ChainID, a.Market.Bytes(), a.Borrower.Bytes(), a.Kind, units.Decimal(a.LTV), units.Decimal(a.Price),
		int64(a.Block), tx, once)
	if err != nil {
		return false, fmt.Errorf("store %s alert for %s: %w", a.Kind, a.Borrower, err)
	}
	return tag.RowsAffected() == 1, nil
}

// AlertKey is a position's or (with the zero address as borrower) a market's latest alert of
// a kind family.
type AlertKey struct {
	Market   MarketID
	Borrower common.Address
	Kind     string
}

// LatestPositionAlerts returns, for every position on chainID with one, its latest alert among
// margin_call, liquidated and healthy.
func LatestPositionAlerts(ctx context.Context, q Querier, chainID int64) ([]AlertKey, error) {
	rows, err := q.Query(ctx, `SELECT DISTINCT ON (market, borrower) market, borrower, kind FROM alerts
		WHERE chain_id = $1 AND kind = ANY($2) ORDER BY market, borrower, id DESC`,
		chainID, []string{AlertMarginCall, AlertLiquidated, AlertHealthy})
	if err != nil {
		return nil, fmt.Errorf("read alerts: %w", err)
	}
	return pgx.CollectRows(rows, scanAlertKey)
}

// LatestPriceAlerts returns, for every market on chainID with one, its latest alert of each
// price kind: price_stale or price_stale_cleared, price_at_bound or price_at_bound_cleared.
func LatestPriceAlerts(ctx context.Context, q Querier, chainID int64) ([]AlertKey, error) {
	rows, err := q.Query(ctx, `SELECT DISTINCT ON (market, replace(kind, $3, '')) market, borrower, kind FROM alerts
		WHERE chain_id = $1 AND replace(kind, $3, '') = ANY($2) ORDER BY market, replace(kind, $3, ''), id DESC`,
		chainID, []string{AlertPriceStale, AlertPriceAtBound}, AlertCleared)
	if err != nil {
		return nil, fmt.Errorf("read price alerts: %w", err)
	}
	return pgx.CollectRows(rows, scanAlertKey)
}

func scanAlertKey(row pgx.CollectableRow) (AlertKey, error) {
	var k AlertKey
	var m, b []byte
	err := row.Scan(&m, &b, &k.Kind)
	k.Market, k.Borrower = MarketID(m), common.BytesToAddress(b)
	return k, err
}

// UndeliveredAlerts lists up to limit alerts on chainID not yet delivered, oldest first.
func UndeliveredAlerts(ctx context.Context, q Querier, chainID int64, limit int) ([]AlertRow, error) {
	var w where
	w.add("a.chain_id = " + w.arg(chainID))
	w.add("a.delivered_at IS NULL")
	rows, _, err := page(ctx, q, alertsQuery, &w, "a.id", limit, scanAlert)
	return rows, err
}

// MarkAlertDelivered records that alert id was delivered.
func MarkAlertDelivered(ctx context.Context, q Execer, id int64) error {
	_, err := q.Exec(ctx, `UPDATE alerts SET delivered_at = now() WHERE id = $1`, id)
	return err
}
