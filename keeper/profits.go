package keeper

import (
	"context"
	"fmt"
	"time"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
)

// recordTimeout bounds the storing of a mined batch's profits.
const recordTimeout = 10 * time.Second

// recordProfits stores the batch's liquidations, once each: a receipt read again (after a
// restart, or a resubmission mined under the same hash) adds nothing. The batch is mined: its
// record is stored even when ctx ends meanwhile (the node stopping), within recordTimeout.
func (k *Keeper) recordProfits(ctx context.Context, records []indexdb.LiquidationProfit) error {
	if len(records) == 0 {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), recordTimeout)
	defer cancel()
	if err := indexdb.InsertProfits(ctx, k.db, int64(k.cfg.Deployment.ChainID), records); err != nil {
		return fmt.Errorf("store the profits of tx %s: %w", records[0].TxHash, err)
	}
	return nil
}
