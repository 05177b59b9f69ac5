package keeper

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
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
	if a.dryRun {
		a.log.Warn("dry run: alert (not stored or delivered)", "kind", al.Kind, "market", al.Market, "borrower", al.Borrower,
			"ltv", ratio(al.LTV), "block", al.Block)
		return true, nil
	}
	stored, err := indexdb.InsertAlert(ctx, a.db, indexdb.NewAlert{ChainID: a.chainID, Market: al.Market, Borrower: al.Borrower,
		Kind: al.Kind, LTV: al.LTV, Price: al.Price, Block: al.Block, TxHash: al.TxHash}, once)
	if err != nil || !stored {
		return false, err
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
	latest, err := indexdb.LatestPositionAlerts(ctx, a.db, a.chainID)
	if err != nil {
		return nil, err
	}
	out := make(map[positionKey]string, len(latest))
	for _, l := range latest {
		out[positionKey{l.Market, l.Borrower}] = l.Kind
	}
	return out, nil
}

// priceAlertsInForce returns the price alerts in force on each market: those whose latest
// alert is a start, not a clear.
func (a *alerter) priceAlertsInForce(ctx context.Context) (map[protocol.MarketID]map[string]bool, error) {
	latest, err := indexdb.LatestPriceAlerts(ctx, a.db, a.chainID)
	if err != nil {
		return nil, err
	}
	out := make(map[protocol.MarketID]map[string]bool)
	for _, l := range latest {
		if out[l.Market] == nil {
			out[l.Market] = make(map[string]bool)
		}
		out[l.Market][l.Kind] = true // a _cleared kind reads as not in force
	}
	return out, nil
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
	rows, err := indexdb.UndeliveredAlerts(ctx, a.db, a.chainID, 100)
	if err != nil {
		return 0, err
	}
	for i, r := range rows {
		al := Alert{ID: r.ID, ChainID: r.ChainID, Market: r.Market, Borrower: r.Borrower, Kind: r.Kind,
			LTV: r.LTV, Price: r.Price, Block: uint64(r.Block), TxHash: r.TxHash}
		if err := a.post(ctx, al); err != nil {
			return i, fmt.Errorf("alert %d: %w", al.ID, err)
		}
		if err := indexdb.MarkAlertDelivered(ctx, a.db, al.ID); err != nil {
			return i, err
		}
	}
	return len(rows), nil
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
	return fmt.Sprintf("%.4f", *units.Float(wad, 18))
}
