package keeper

import (
	"context"
	"log/slog"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/migrations"
	"github.com/ltvkeeper/ltvkeeper/protocol"
)

// TestRecordProfitsOutlivesTheStop: the profits of a batch mined as the node stops are
// stored all the same, once.
func TestRecordProfitsOutlivesTheStop(t *testing.T) {
	url := pgtest.DB(t)
	if _, err := migrations.Up(context.Background(), url, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	k := &Keeper{db: pgtest.Pool(t, url), cfg: Config{Deployment: &deploy.Deployment{ChainID: 31337}}}
	records := []indexdb.LiquidationProfit{{TxHash: common.HexToHash("0xab"), Market: protocol.AddressID(common.HexToAddress("0x1")),
		Borrower: common.HexToAddress("0x2"), BlockNumber: 7, Mode: ModeFlash,
		Expected: big.NewInt(3), Realised: big.NewInt(2), Repaid: big.NewInt(100), Seized: big.NewInt(1)}}
	stopped, stop := context.WithCancel(context.Background())
	stop()
	for range 2 {
		if err := k.recordProfits(stopped, records); err != nil {
			t.Fatalf("record profits with the node stopping: %v", err)
		}
	}
	var n int
	var realised string
	if err := k.db.QueryRow(context.Background(), `SELECT count(*), max(realised)::text FROM liquidation_profits`).Scan(&n, &realised); err != nil {
		t.Fatal(err)
	}
	if n != 1 || realised != "2" {
		t.Errorf("liquidation_profits: got %d rows, realised %s; want 1 row, realised 2", n, realised)
	}
}
