package indexdb

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"
)

// MarketState is what the loan math needs of a market's indexed state: its borrow index and
// per-second rate (RAY; Morpho Blue: no index, and the rate of its last accrual, WAD) as of its
// last accrual (unix seconds), and its borrow totals (which Morpho Blue's debt is counted in).
type MarketState struct {
	BorrowIndex, RatePerSecond           *uint256.Int
	LastAccrual                          uint64
	TotalBorrowAssets, TotalBorrowShares *uint256.Int
}

// StateOf reads the indexed state on chainID of market (its id: an address, or an id in the
// contract that holds it).
func StateOf(ctx context.Context, q Querier, chainID uint64, market []byte) (MarketState, error) {
	var st MarketState
	var index, rate, assets, shares string
	err := q.QueryRow(ctx, `SELECT borrow_index::text, rate_per_second::text, last_accrual, total_borrow_assets::text,
		total_borrow_shares::text FROM market_state WHERE chain_id = $1 AND market = $2`,
		int64(chainID), market).Scan(&index, &rate, &st.LastAccrual, &assets, &shares)
	if err != nil {
		return st, fmt.Errorf("read state of market %#x: %w", market, err)
	}
	if st.BorrowIndex, err = uint256.FromDecimal(index); err == nil {
		st.RatePerSecond, err = uint256.FromDecimal(rate)
	}
	if err == nil {
		st.TotalBorrowAssets, err = uint256.FromDecimal(assets)
	}
	if err == nil {
		st.TotalBorrowShares, err = uint256.FromDecimal(shares)
	}
	if err != nil {
		return st, fmt.Errorf("state of market %#x in the index is not a uint256: %w", market, err)
	}
	return st, nil
}

// PositionRow is a borrower's indexed collateral and borrow shares in a market.
type PositionRow struct {
	Market, Borrower         common.Address // Market: MarketID as an address
	MarketID                 []byte         // the market's id as the markets table holds it
	Collateral, BorrowShares *uint256.Int
}

// PositionsSince calls f with every position on chainID whose last event is at or after block
// (every position for a negative block).
func PositionsSince(ctx context.Context, q Querier, chainID uint64, block int64, f func(PositionRow)) error {
	rows, err := q.Query(ctx, `SELECT market, borrower, collateral::text, borrow_shares::text FROM positions
		WHERE chain_id = $1 AND block_number >= $2`, int64(chainID), block)
	if err != nil {
		return fmt.Errorf("read positions: %w", err)
	}
	var mk, borrower []byte
	var collateral, shares string
	_, err = pgx.ForEachRow(rows, []any{&mk, &borrower, &collateral, &shares}, func() error {
		p := PositionRow{Market: common.BytesToAddress(mk), MarketID: append([]byte(nil), mk...), Borrower: common.BytesToAddress(borrower)}
		var err error
		if p.Collateral, err = uint256.FromDecimal(collateral); err == nil {
			p.BorrowShares, err = uint256.FromDecimal(shares)
		}
		if err != nil {
			return fmt.Errorf("position of %s in market %s is not a uint256: %w", p.Borrower, p.Market, err)
		}
		f(p)
		return nil
	})
	if err != nil {
		return fmt.Errorf("read positions: %w", err)
	}
	return nil
}

// Liquidation is an indexed Liquidate event, by any liquidator.
type Liquidation struct {
	Market, Borrower, Liquidator common.Address // Market: MarketID as an address
	MarketID                     []byte         // the market's id as the markets table holds it
	Repaid, Seized, BadDebt      *big.Int       // loan-token, collateral and loan-token base units
	Price                        *big.Int       // the feed price the market liquidated at; nil: none (Morpho)
	Block                        uint64
	TxHash                       common.Hash
}

const liquidationColumns = `market, borrower, liquidator, repaid_assets::text, seized_collateral::text, bad_debt_assets::text,
	price::text, block_number, tx_hash`

func scanLiquidation(row pgx.Row) (Liquidation, error) {
	var l Liquidation
	var mk, borrower, liquidator, tx []byte
	var amounts [4]*string
	if err := row.Scan(&mk, &borrower, &liquidator, &amounts[0], &amounts[1], &amounts[2], &amounts[3], &l.Block, &tx); err != nil {
		return l, err
	}
	l.MarketID = mk
	l.Market, l.Borrower, l.Liquidator = common.BytesToAddress(mk), common.BytesToAddress(borrower), common.BytesToAddress(liquidator)
	for i, out := range []**big.Int{&l.Repaid, &l.Seized, &l.BadDebt, &l.Price} {
		if amounts[i] == nil && out == &l.Price {
			continue // a liquidation of a market priced by an oracle, whose event carries no price
		}
		if amounts[i] == nil {
			return l, fmt.Errorf("liquidation in tx %x: an amount in the index is NULL", tx)
		}
		v, ok := new(big.Int).SetString(*amounts[i], 10)
		if !ok {
			return l, fmt.Errorf("liquidation in tx %x: amount %q in the index is not an integer", tx, *amounts[i])
		}
		*out = v
	}
	l.TxHash = common.BytesToHash(tx)
	return l, nil
}

// LiquidationsAfter returns the liquidations on chainID after block (all for a negative
// block), oldest first.
func LiquidationsAfter(ctx context.Context, q Querier, chainID uint64, block int64) ([]Liquidation, error) {
	rows, err := q.Query(ctx, `SELECT `+liquidationColumns+` FROM liquidations
		WHERE chain_id = $1 AND block_number > $2 ORDER BY block_number, log_index`, int64(chainID), block)
	if err != nil {
		return nil, fmt.Errorf("read liquidations: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (Liquidation, error) { return scanLiquidation(row) })
	if err != nil {
		return nil, fmt.Errorf("read liquidations: %w", err)
	}
	return out, nil
}

// LatestLiquidationOf is borrower's latest liquidation on chainID; ok is false when it has none.
func LatestLiquidationOf(ctx context.Context, q Querier, chainID uint64, borrower common.Address) (l Liquidation, ok bool, err error) {
	l, err = scanLiquidation(q.QueryRow(ctx, `SELECT `+liquidationColumns+` FROM liquidations
		WHERE chain_id = $1 AND borrower = $2 ORDER BY block_number DESC, log_index DESC LIMIT 1`, int64(chainID), borrower.Bytes()))
	if errors.Is(err, pgx.ErrNoRows) {
		return l, false, nil
	}
	if err != nil {
		return l, false, fmt.Errorf("read the liquidations of %s: %w", borrower, err)
	}
	return l, true, nil
}

// LatestPrice is the latest indexed round's answer of m's feed, in feed units; ok is false
// before the feed's first round.
func LatestPrice(ctx context.Context, q Querier, m Market) (answer *big.Int, ok bool, err error) {
	var s string
	err = q.QueryRow(ctx, `SELECT answer::text FROM price_rounds WHERE chain_id = $1 AND factory = $2 AND price_feed = $3
		ORDER BY block_number DESC, log_index DESC LIMIT 1`, int64(m.ChainID), m.Factory.Bytes(), m.PriceFeed.Bytes()).Scan(&s)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("read the latest price of market %s: %w", m.Address, err)
	}
	answer, ok = new(big.Int).SetString(s, 10)
	if !ok {
		return nil, false, fmt.Errorf("price of market %s in the index is not an integer: %q", m.Address, s)
	}
	return answer, true, nil
}

// SamplePositions returns up to n positions on chainID in markets, each with debt and
// collateral, as (market, borrower) pairs: the same sample every time, spread over borrowers
// (ordered by a hash of the borrower), for load tests.
func SamplePositions(ctx context.Context, q Querier, chainID uint64, markets []MarketID, n int) ([][2]common.Address, error) {
	ids := make([][]byte, len(markets))
	for i, m := range markets {
		ids[i] = m.Bytes()
	}
	rows, err := q.Query(ctx, `SELECT market, borrower FROM positions WHERE chain_id = $1 AND market = ANY($2)
		AND borrow_shares > 0 AND collateral > 0 ORDER BY md5(borrower::text) LIMIT $3`, int64(chainID), ids, n)
	if err != nil {
		return nil, fmt.Errorf("sample positions: %w", err)
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) ([2]common.Address, error) {
		var m, b []byte
		err := row.Scan(&m, &b)
		return [2]common.Address{common.BytesToAddress(m), common.BytesToAddress(b)}, err
	})
}
