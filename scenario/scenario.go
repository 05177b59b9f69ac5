// Package scenario answers "what happens to my loan if BTC moves" without a chain: it
// simulates price moves on one position and backtests positions over historical prices.
// Every amount is an integer of base units and every figure comes from loanmath, so the
// answers are the ones a market would give to the wei.
package scenario

import (
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// Decimals of the WBTC/USDC market and its BTC/USD feed.
const (
	CollateralDecimals = 8 // wBTC
	LoanDecimals       = 6 // USDC
	FeedDecimals       = 8 // Chainlink BTC/USD
)

// Status says how close a position is to liquidation; the names are those of
// 'ltvkeeper positions'.
type Status string

const (
	Healthy      Status = "healthy"      // LTV below the margin-call line
	MarginCall   Status = "margin_call"  // LTV at or past the margin-call line
	Liquidatable Status = "liquidatable" // LTV at or past the liquidation line
)

// Market is a market's risk parameters: LTVs, the bonus and the annual borrow rate are WAD
// fractions (1e18 = 100%).
type Market struct {
	MaxBorrowLTV         *uint256.Int
	MarginCallLTV        *uint256.Int
	LiquidationLTV       *uint256.Int
	LiquidationBonus     *uint256.Int
	LiquidationTargetLTV *uint256.Int
	BorrowRate           *uint256.Int
	Scale                loanmath.Scale
}

// DefaultMarket is a WBTC/USDC market with MarketFactory.defaultParams: borrow up to 50%,
// margin call at 65%, liquidation at 80% back to 70% with a 5% bonus, 2.9% APR.
func DefaultMarket() Market {
	return Market{
		MaxBorrowLTV:         uint256.NewInt(0.5e18),
		MarginCallLTV:        uint256.NewInt(0.65e18),
		LiquidationLTV:       uint256.NewInt(0.8e18),
		LiquidationBonus:     uint256.NewInt(0.05e18),
		LiquidationTargetLTV: uint256.NewInt(0.7e18),
		BorrowRate:           uint256.NewInt(0.029e18),
		Scale:                loanmath.NewScale(CollateralDecimals, LoanDecimals, FeedDecimals),
	}
}

// Status is the status of a position at ltv (WAD), as the contract and the keeper see it:
// liquidatable at or past the liquidation LTV, margin call at or past the margin-call LTV.
func (m Market) Status(ltv *uint256.Int) Status {
	switch {
	case !ltv.Lt(m.LiquidationLTV):
		return Liquidatable
	case !ltv.Lt(m.MarginCallLTV):
		return MarginCall
	}
	return Healthy
}
