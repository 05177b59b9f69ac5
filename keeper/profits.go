package keeper

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/protocol"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// profitRecord is one liquidation of a mined batch, with its expected and realised profit.
type profitRecord struct {
	borrower                           common.Address
	mode                               string
	expected, realised, repaid, seized *big.Int
}

// recordTimeout bounds the storing of a mined batch's profits.
const recordTimeout = 10 * time.Second

// recordProfits stores the batch's liquidations, once each: a receipt read again (after a
// restart, or a resubmission mined under the same hash) adds nothing. The batch is mined: its
// record is stored even when ctx ends meanwhile (the node stopping), within recordTimeout.
func (k *Keeper) recordProfits(ctx context.Context, m *market, receipt *types.Receipt, records []profitRecord) error {
	if len(records) == 0 {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), recordTimeout)
	defer cancel()
	var b pgx.Batch
	for _, r := range records {
		b.Queue(`INSERT INTO liquidation_profits (chain_id, tx_hash, borrower, market, block_number, mode, repaid, seized, expected, realised)
			VALUES ($1, $2, $3, $4, $5, $6, $7::numeric, $8::numeric, $9::numeric, $10::numeric)
			ON CONFLICT (chain_id, tx_hash, borrower) DO NOTHING`,
			int64(k.cfg.Deployment.ChainID), receipt.TxHash.Bytes(), r.borrower.Bytes(), m.id.Bytes(), receipt.BlockNumber.Int64(),
			r.mode, units.Decimal(r.repaid), units.Decimal(r.seized), units.Decimal(r.expected), units.Decimal(r.realised))
	}
	if err := k.db.SendBatch(ctx, &b).Close(); err != nil {
		return fmt.Errorf("store the profits of tx %s: %w", receipt.TxHash, err)
	}
	return nil
}

// LiquidationProfit is one liquidation the keeper made through its executor, as the index
// holds it.
type LiquidationProfit struct {
	TxHash                             common.Hash
	Market                             protocol.MarketID // an address, or a Morpho market's id
	Borrower                           common.Address
	BlockNumber                        uint64
	Mode                               string
	Repaid, Seized, Expected, Realised *big.Int
}

// Querier is what Profits needs of a pool or a transaction.
type Querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// Profits returns the keeper's liquidations on chainID whose Liquidate event the index holds
// (a liquidation a reorg dropped is left out until it is mined again), oldest first.
func Profits(ctx context.Context, db Querier, chainID uint64) ([]LiquidationProfit, error) {
	rows, err := db.Query(ctx, `SELECT p.tx_hash, p.market, p.borrower, e.block_number, p.mode,
			p.repaid::text, p.seized::text, p.expected::text, p.realised::text
		FROM liquidation_profits p
		JOIN events e ON e.chain_id = p.chain_id AND e.tx_hash = p.tx_hash AND e.account = p.borrower AND e.event = 'Liquidate'
		WHERE p.chain_id = $1
		ORDER BY e.block_number, e.log_index`, int64(chainID))
	if err != nil {
		return nil, fmt.Errorf("read liquidation profits: %w", err)
	}
	defer rows.Close()
	var out []LiquidationProfit
	for rows.Next() {
		var p LiquidationProfit
		var tx, mkt, borrower []byte
		var block int64
		var amounts [4]string
		if err := rows.Scan(&tx, &mkt, &borrower, &block, &p.Mode, &amounts[0], &amounts[1], &amounts[2], &amounts[3]); err != nil {
			return nil, fmt.Errorf("read liquidation profits: %w", err)
		}
		p.TxHash, p.Market, p.Borrower, p.BlockNumber = common.BytesToHash(tx), protocol.MarketID(mkt), common.BytesToAddress(borrower), uint64(block)
		for i, dst := range []**big.Int{&p.Repaid, &p.Seized, &p.Expected, &p.Realised} {
			v, ok := new(big.Int).SetString(amounts[i], 10)
			if !ok {
				return nil, fmt.Errorf("read liquidation profits: amount %q", amounts[i])
			}
			*dst = v
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
