package indexdb

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// Market is a market row: its protocol, where it lives, its tokens and feed, and its risk
// parameters (LTVs and the bonus are WAD fractions, the rate WAD per year, the price age
// seconds).
type Market struct {
	ChainID  uint64
	Protocol string         // ProtocolLTVKeeper or ProtocolMorphoBlue
	ID       []byte         // the market: its address (20 bytes) or its Id in Contract (32 bytes)
	Contract common.Address // the contract that holds the market and emits its events
	// Address is ID as an address (an ltvkeeper market's contract); the rest as the row has them.
	Address, Factory, CollateralToken, LoanToken, PriceFeed common.Address
	CollateralDecimals, LoanDecimals, FeedDecimals          uint8
	MaxBorrowLTV, MarginCallLTV, LiquidationLTV             *uint256.Int
	LiquidationBonus, LiquidationTargetLTV                  *uint256.Int
	MaxPriceAge, InitialBorrowRate                          *uint256.Int
	CreatedBlock, CreatedTimestamp                          uint64
}

// Scale is the market's decimals as the loan math takes them.
func (m Market) Scale() loanmath.Scale {
	return loanmath.NewScale(m.CollateralDecimals, m.LoanDecimals, m.FeedDecimals)
}

// The protocols a market row can be of.
const (
	ProtocolLTVKeeper  = "ltvkeeper"
	ProtocolMorphoBlue = "morpho-blue"
)

const marketColumns = `protocol, contract, chain_id, market, factory, collateral_token, loan_token, price_feed,
	collateral_decimals, loan_decimals, feed_decimals, max_borrow_ltv::text, margin_call_ltv::text, liquidation_ltv::text,
	liquidation_bonus::text, liquidation_target_ltv::text, max_price_age::text, initial_borrow_rate::text,
	created_block, created_timestamp`

func scanMarket(row pgx.Row) (Market, error) {
	var m Market
	var addrs [5][]byte
	var params [7]string
	var contract []byte
	err := row.Scan(&m.Protocol, &contract, &m.ChainID, &addrs[0], &addrs[1], &addrs[2], &addrs[3], &addrs[4],
		&m.CollateralDecimals, &m.LoanDecimals, &m.FeedDecimals,
		&params[0], &params[1], &params[2], &params[3], &params[4], &params[5], &params[6],
		&m.CreatedBlock, &m.CreatedTimestamp)
	if err != nil {
		return m, err
	}
	m.ID, m.Contract = addrs[0], common.BytesToAddress(contract)
	m.Address, m.Factory, m.CollateralToken = common.BytesToAddress(addrs[0]), common.BytesToAddress(addrs[1]), common.BytesToAddress(addrs[2])
	m.LoanToken, m.PriceFeed = common.BytesToAddress(addrs[3]), common.BytesToAddress(addrs[4])
	out := []**uint256.Int{&m.MaxBorrowLTV, &m.MarginCallLTV, &m.LiquidationLTV, &m.LiquidationBonus,
		&m.LiquidationTargetLTV, &m.MaxPriceAge, &m.InitialBorrowRate}
	for i, p := range params {
		v, err := uint256.FromDecimal(p)
		if err != nil {
			return m, fmt.Errorf("market %s: parameter %q in the index is not a uint256: %w", m.Address, p, err)
		}
		*out[i] = v
	}
	return m, nil
}

// MarketOf reads the market at addr on chainID; an error matching ErrNotIndexed when the
// index does not hold it (yet).
func MarketOf(ctx context.Context, q Querier, chainID uint64, addr common.Address) (Market, error) {
	m, err := scanMarket(q.QueryRow(ctx, `SELECT `+marketColumns+` FROM markets WHERE chain_id = $1 AND market = $2`,
		int64(chainID), addr.Bytes()))
	if errors.Is(err, pgx.ErrNoRows) {
		return m, fmt.Errorf("market %s on chain %d: %w", addr, chainID, ErrNotIndexed)
	}
	if err != nil {
		return m, fmt.Errorf("read market %s: %w", addr, err)
	}
	return m, nil
}

// CountMarkets is how many of addrs the index holds on chainID.
func CountMarkets(ctx context.Context, q Querier, chainID uint64, addrs []common.Address) (int, error) {
	raw := make([][]byte, len(addrs))
	for i, a := range addrs {
		raw[i] = a.Bytes()
	}
	var n int
	err := q.QueryRow(ctx, `SELECT count(*) FROM markets WHERE chain_id = $1 AND market = ANY($2)`, int64(chainID), raw).Scan(&n)
	return n, err
}
