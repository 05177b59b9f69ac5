package indexdb

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/units"
)

// LiquidationProfit is one liquidation the keeper made through its executor: what it repaid
// and seized, and its expected and realised profit after gas, in loan-token base units.
type LiquidationProfit struct {
	TxHash                             common.Hash
	Market                             MarketID // an address, or a Morpho market's id
	Borrower                           common.Address
	BlockNumber                        uint64
	Mode                               string
	Repaid, Seized, Expected, Realised *big.Int
}

// Batcher is what a pool, a connection and a transaction have to send a batch with.
type Batcher interface {
	SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
}

// InsertProfits stores the keeper's liquidations on chainID, once each: a liquidation stored
// before (its transaction and borrower) is left as it is.
func InsertProfits(ctx context.Context, q Batcher, chainID int64, ps []LiquidationProfit) error {
	var b pgx.Batch
	for _, p := range ps {
		b.Queue(`INSERT INTO liquidation_profits (chain_id, tx_hash, borrower, market, block_number, mode, repaid, seized, expected, realised)
			VALUES ($1, $2, $3, $4, $5, $6, $7::numeric, $8::numeric, $9::numeric, $10::numeric)
			ON CONFLICT (chain_id, tx_hash, borrower) DO NOTHING`,
			chainID, p.TxHash.Bytes(), p.Borrower.Bytes(), p.Market.Bytes(), int64(p.BlockNumber),
			p.Mode, units.Decimal(p.Repaid), units.Decimal(p.Seized), units.Decimal(p.Expected), units.Decimal(p.Realised))
	}
	return q.SendBatch(ctx, &b).Close()
}

// Profits returns the keeper's liquidations on chainID whose Liquidate event the index holds
// (a liquidation a reorg dropped is left out until it is mined again), oldest first.
func Profits(ctx context.Context, q Querier, chainID uint64) ([]LiquidationProfit, error) {
	rows, err := q.Query(ctx, `SELECT p.tx_hash, p.market, p.borrower, e.block_number, p.mode,
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
		p.TxHash, p.Market, p.Borrower, p.BlockNumber = common.BytesToHash(tx), MarketID(mkt), common.BytesToAddress(borrower), uint64(block)
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
