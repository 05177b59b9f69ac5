package indexdb_test

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	pt "github.com/ltvkeeper/ltvkeeper/indexdb/positions/positionstest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// TestReads: the typed reads return the fixture's rows, and say plainly what is not indexed.
func TestReads(t *testing.T) {
	db, ctx := pt.SeededPool(t), context.Background()
	m, err := indexdb.MarketOf(ctx, db, pt.ChainID, pt.MarketA)
	if err != nil {
		t.Fatal(err)
	}
	if m.Protocol != indexdb.ProtocolLTVKeeper || m.Contract != pt.MarketA || m.Factory != pt.Factory || m.PriceFeed != pt.Feed || m.LoanDecimals != 6 || m.LiquidationLTV.Uint64() != 0.8e18 ||
		m.LiquidationBonus.Uint64() != 0.05e18 || m.CreatedBlock != 10 {
		t.Errorf("market A = %+v", m)
	}
	if _, err := indexdb.MarketOf(ctx, db, pt.ChainID, common.HexToAddress("0xff")); !errors.Is(err, indexdb.ErrNotIndexed) {
		t.Errorf("an unknown market: %v, want ErrNotIndexed", err)
	}
	if n, err := indexdb.CountMarkets(ctx, db, pt.ChainID, []common.Address{pt.MarketA, pt.MarketB, {}}); err != nil || n != 2 {
		t.Errorf("CountMarkets = %d, %v; want 2", n, err)
	}
	price, ok, err := indexdb.LatestPrice(ctx, db, m)
	if err != nil || !ok || price.Cmp(pt.PriceUSD.ToBig()) != 0 {
		t.Errorf("LatestPrice = %v, %v, %v; want %v", price, ok, err, pt.PriceUSD)
	}
	cp, ok, err := indexdb.CheckpointOf(ctx, db, pt.ChainID, pt.Factory)
	if err != nil || !ok || cp.Block != pt.Block || cp.Timestamp != pt.Time {
		t.Errorf("CheckpointOf = %+v, %v, %v", cp, ok, err)
	}
	if _, ok, err := indexdb.CheckpointOf(ctx, db, pt.ChainID, common.HexToAddress("0xff")); ok || err != nil {
		t.Errorf("the checkpoint of an unknown factory: %v, %v; want none", ok, err)
	}
	if head, ok, err := indexdb.IndexedHead(ctx, db, 0); err != nil || !ok || head != pt.Block {
		t.Errorf("IndexedHead = %d, %v, %v", head, ok, err)
	}
	var n int
	err = indexdb.PositionsSince(ctx, db, pt.ChainID, -1, func(p indexdb.PositionRow) { n++ })
	if err != nil || n != len(pt.Positions) {
		t.Errorf("PositionsSince(-1) gave %d positions (%v), want %d", n, err, len(pt.Positions))
	}
}

// TestNoticeRoundTrip: what the indexer says on the channel is what listeners read.
func TestNoticeRoundTrip(t *testing.T) {
	want := indexdb.Notice{ChainID: 8453, Factory: common.HexToAddress("0xfac0"), Block: 123, Hash: common.HexToHash("0xb10c")}
	got, err := indexdb.ParseNotice(want.Payload())
	if err != nil || got != want {
		t.Fatalf("ParseNotice(Payload()) = %+v, %v; want %+v", got, err, want)
	}
	if _, err := indexdb.ParseNotice("{"); err == nil {
		t.Fatal("a malformed notice parsed")
	}
}
