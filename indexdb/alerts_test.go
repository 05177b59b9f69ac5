package indexdb_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	pt "github.com/ltvkeeper/ltvkeeper/indexdb/positions/positionstest"
)

// TestAlerts: a liquidation's alert is stored once per transaction; the latest alert of each
// position and each market's price alerts are read back, a clear after its start; undelivered
// alerts come oldest first until marked delivered.
func TestAlerts(t *testing.T) {
	db, ctx := pt.SeededPool(t), context.Background()
	market := indexdb.AddressMarket(pt.MarketA)
	tx := common.HexToHash("0x7a")
	insert := func(a indexdb.NewAlert, once bool) bool {
		t.Helper()
		a.ChainID, a.Market = pt.ChainID, market
		stored, err := indexdb.InsertAlert(ctx, db, a, once)
		if err != nil {
			t.Fatal(err)
		}
		return stored
	}
	insert(indexdb.NewAlert{Borrower: pt.Alice, Kind: indexdb.AlertMarginCall, LTV: big.NewInt(7e17), Block: 1}, false)
	liquidated := indexdb.NewAlert{Borrower: pt.Alice, Kind: indexdb.AlertLiquidated, Block: 2, TxHash: &tx}
	if !insert(liquidated, true) || insert(liquidated, true) {
		t.Error("a liquidation's alert: want it stored the first time only")
	}
	insert(indexdb.NewAlert{Kind: indexdb.AlertPriceStale, Block: 3}, false)
	insert(indexdb.NewAlert{Kind: indexdb.AlertPriceAtBound, Block: 3}, false)
	insert(indexdb.NewAlert{Kind: indexdb.AlertPriceAtBoundCleared, Block: 4}, false)

	latest, err := indexdb.LatestPositionAlerts(ctx, db, pt.ChainID)
	if err != nil || len(latest) != 1 || latest[0] != (indexdb.AlertKey{Market: market, Borrower: pt.Alice, Kind: indexdb.AlertLiquidated}) {
		t.Errorf("LatestPositionAlerts = %+v, %v; want Alice liquidated", latest, err)
	}
	prices, err := indexdb.LatestPriceAlerts(ctx, db, pt.ChainID)
	kinds := map[string]bool{}
	for _, p := range prices {
		kinds[p.Kind] = p.Market == market && p.Borrower == (common.Address{})
	}
	if err != nil || len(prices) != 2 || !kinds[indexdb.AlertPriceStale] || !kinds[indexdb.AlertPriceAtBoundCleared] {
		t.Errorf("LatestPriceAlerts = %+v, %v; want price_stale and price_at_bound_cleared", prices, err)
	}

	pending, err := indexdb.UndeliveredAlerts(ctx, db, pt.ChainID, 2)
	if err != nil || len(pending) != 2 || pending[0].Kind != indexdb.AlertMarginCall || pending[0].LTV.Int64() != 7e17 || *pending[1].TxHash != tx {
		t.Fatalf("UndeliveredAlerts = %+v, %v; want the margin call, then the liquidation", pending, err)
	}
	for _, a := range pending {
		if err := indexdb.MarkAlertDelivered(ctx, db, a.ID); err != nil {
			t.Fatal(err)
		}
	}
	if pending, err := indexdb.UndeliveredAlerts(ctx, db, pt.ChainID, 10); err != nil || len(pending) != 3 || pending[0].Kind != indexdb.AlertPriceStale {
		t.Errorf("UndeliveredAlerts after two were delivered = %+v, %v; want the three price alerts", pending, err)
	}
}
