package keeper

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/protocol"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// Alert kinds (see indexdb.AlertKinds).
const (
	AlertMarginCall   = indexdb.AlertMarginCall
	AlertLiquidated   = indexdb.AlertLiquidated
	AlertHealthy      = indexdb.AlertHealthy
	AlertPriceStale   = indexdb.AlertPriceStale
	AlertPriceAtBound = indexdb.AlertPriceAtBound
)

// Alert is one alert, as stored in the alerts table and POSTed to the webhook.
type Alert struct {
	ID       int64             `json:"id"`
	ChainID  int64             `json:"chainId"`
	Market   protocol.MarketID `json:"market"` // an address, or a Morpho market's 32-byte id
	Borrower common.Address    `json:"borrower"`
	Kind     string            `json:"kind"`
	LTV      *big.Int          `json:"ltvWad,omitempty"` // WAD
	Price    *big.Int          `json:"price,omitempty"`  // feed units
	Block    uint64            `json:"block"`
	TxHash   *common.Hash      `json:"txHash,omitempty"`
}

// MarshalJSON writes amounts as decimal strings.
func (a Alert) MarshalJSON() ([]byte, error) {
	type plain Alert
	return json.Marshal(struct {
		plain
		LTV   *string `json:"ltvWad,omitempty"`
		Price *string `json:"price,omitempty"`
	}{plain(a), units.Decimal(a.LTV), units.Decimal(a.Price)})
}

// alerter records alerts and delivers them to a webhook, retrying until it accepts them.
type alerter struct {
	db      *pgxpool.Pool
	chainID int64
	webhook string
	client  *http.Client
	log     *slog.Logger
	wake    chan struct{}
	retry   time.Duration // first delay after a failed delivery
	dryRun  bool          // log alerts only: store and deliver nothing
}

func newAlerter(db *pgxpool.Pool, chainID int64, webhook string, log *slog.Logger) *alerter {
	return &alerter{
		db: db, chainID: chainID, webhook: webhook, log: log,
		client: &http.Client{Timeout: 10 * time.Second},
		wake:   make(chan struct{}, 1),
		retry:  200 * time.Millisecond,
	}
}

// raise stores an alert, logs it and wakes the webhook delivery. In a dry run it only logs.
func (a *alerter) raise(ctx context.Context, al Alert) error {
	_, err := a.insert(ctx, al, false)
	return err
}

// raiseOnce raises an alert for a liquidation unless its transaction already has one for
// this position; raised says whether it did.
func (a *alerter) raiseOnce(ctx context.Context, al Alert) (raised bool, err error) {
	return a.insert(ctx, al, true)
}

func (a *alerter) insert(ctx context.Context, al Alert, once bool) (bool, error) {
	al.ChainID = a.chainID
	if a.dryRun {
		a.log.Warn("dry run: alert (not stored or delivered)", "kind", al.Kind, "market", al.Market, "borrower", al.Borrower,
			"ltv", ratio(al.LTV), "block", al.Block)
		return true, nil
	}
	var tx []byte
	if al.TxHash != nil {
		tx = al.TxHash.Bytes()
	}
	err := a.db.QueryRow(ctx, `INSERT INTO alerts (chain_id, market, borrower, kind, ltv, price, block_number, tx_hash)
		SELECT $1, $2, $3, $4, $5::numeric, $6::numeric, $7, $8
		WHERE NOT $9 OR NOT EXISTS (SELECT 1 FROM alerts WHERE chain_id = $1 AND market = $2 AND borrower = $3
			AND kind = $4 AND tx_hash = $8)
		RETURNING id`,
		a.chainID, al.Market.Bytes(), al.Borrower.Bytes(), al.Kind, units.Decimal(al.LTV), units.Decimal(al.Price),
		int64(al.Block), tx, once).Scan(&al.ID)
	if once && errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store %s alert for %s: %w", al.Kind, al.Borrower, err)
	}
	a.log.Warn("alert", "kind", al.Kind, "market", al.Market, "borrower", al.Borrower, "ltv", ratio(al.LTV), "block", al.Block)
	select {
	case a.wake <- struct{}{}:
	default:
	}
	return true, nil
}

// lastKinds returns the latest alert kind of every position that has one: a position whose
// last alert is a margin call is not alerted again until it is re-armed.
func (a *alerter) lastKinds(ctx context.Context) (map[positionKey]string, error) {
	rows, err := a.db.Query(ctx, `SELECT DISTINCT ON (market, borrower) market, borrower, kind FROM alerts
		WHERE chain_id = $1 AND kind = ANY($2) ORDER BY market, borrower, id DESC`, a.chainID, []string{AlertMarginCall, AlertLiquidated, AlertHealthy})
	if err != nil {
		return nil, fmt.Errorf("read alerts: %w", err)
	}
	out := make(map[positionKey]string)
	var m, b []byte
	var kind string
	_, err = pgx.ForEachRow(rows, []any{&m, &b, &kind}, func() error {
		out[positionKey{protocol.MarketID(m), common.BytesToAddress(b)}] = kind
		return nil
	})
	return out, err
}

// priceAlertsInForce returns the price alerts in force on each market: those whose latest
// alert is a start, not a clear.
func (a *alerter) priceAlertsInForce(ctx context.Context) (map[protocol.MarketID]map[string]bool, error) {
	rows, err := a.db.Query(ctx, `SELECT DISTINCT ON (market, replace(kind, $3, '')) market, kind FROM alerts
		WHERE chain_id = $1 AND replace(kind, $3, '') = ANY($2) ORDER BY market, replace(kind, $3, ''), id DESC`,
		a.chainID, []string{AlertPriceStale, AlertPriceAtBound}, indexdb.AlertCleared)
	if err != nil {
		return nil, fmt.Errorf("read price alerts: %w", err)
	}
	out := make(map[protocol.MarketID]map[string]bool)
	var m []byte
	var kind string
	_, err = pgx.ForEachRow(rows, []any{&m, &kind}, func() error {
		market := protocol.MarketID(m)
		if out[market] == nil {
			out[market] = make(map[string]bool)
		}
		out[market][kind] = true // a _cleared kind reads as not in force
		return nil
	})
	return out, err
}

// deliver POSTs undelivered alerts to the webhook in order until ctx ends, retrying each with
// backoff until the webhook answers 2xx.
func (a *alerter) deliver(ctx context.Context) {
	if a.webhook == "" || a.dryRun {
		return
	}
	delay := a.retry
	for {
		delivered, err := a.deliverPending(ctx)
		switch {
		case err != nil:
			a.log.Warn("webhook delivery failed; retrying", "webhook", a.webhook, "err", err, "retry_in", delay)
			select {
			case <-ctx.Done():
				return
			case <-time.After(delay):
			}
			delay = min(2*delay, 30*time.Second)
			continue
		case delivered > 0:
			delay = a.retry
			continue // there may be more
		}
		select {
		case <-ctx.Done():
			return
		case <-a.wake:
		case <-time.After(5 * time.Second):
		}
	}
}

// deliverPending sends the undelivered alerts, oldest first, and marks each once accepted.
func (a *alerter) deliverPending(ctx context.Context) (int, error) {
	rows, err := a.db.Query(ctx, `SELECT id, market, borrower, kind, ltv::text, price::text, block_number, tx_hash FROM alerts
		WHERE chain_id = $1 AND delivered_at IS NULL ORDER BY id LIMIT 100`, a.chainID)
	if err != nil {
		return 0, err
	}
	alerts, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (Alert, error) {
		var al Alert
		var m, b, tx []byte
		var ltv, price *string
		err := row.Scan(&al.ID, &m, &b, &al.Kind, &ltv, &price, &al.Block, &tx)
		al.ChainID, al.Market, al.Borrower = a.chainID, protocol.MarketID(m), common.BytesToAddress(b)
		al.LTV, al.Price = units.ParseDecimal(ltv), units.ParseDecimal(price)
		if tx != nil {
			h := common.BytesToHash(tx)
			al.TxHash = &h
		}
		return al, err
	})
	if err != nil {
		return 0, err
	}
	for i, al := range alerts {
		if err := a.post(ctx, al); err != nil {
			return i, fmt.Errorf("alert %d: %w", al.ID, err)
		}
		if _, err := a.db.Exec(ctx, `UPDATE alerts SET delivered_at = now() WHERE id = $1`, al.ID); err != nil {
			return i, err
		}
	}
	return len(alerts), nil
}

func (a *alerter) post(ctx context.Context, al Alert) error {
	body, err := json.Marshal(al)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.webhook, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := a.client.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("webhook answered %s", resp.Status)
	}
	return nil
}

// ratio prints a WAD fraction for people: 0.7 for 7e17.
func ratio(wad *big.Int) string {
	if wad == nil {
		return "unknown"
	}
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wad), big.NewFloat(1e18)).Float64()
	return fmt.Sprintf("%.4f", f)
}
