package scenario

import (
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// MorphoAt is a Morpho Blue position p of market mk (accrued to the moment) at an oracle price
// (1e36-scaled), with m's lines: MarginCallLTV, and LiquidationLTV the LLTV; m.Scale prices in
// the oracle's decimals. Its LTV is MorphoLTV, its status liquidatable where Morpho's health
// check fails, and when liquidatable the liquidation is the largest Morpho allows: a
// liquidator repaying every share, or seizing all the collateral where it does not cover them,
// the rest written off as bad debt.
func MorphoAt(m Market, mk loanmath.MorphoMarket, p loanmath.MorphoPosition, price, target *uint256.Int) (Point, error) {
	pt := Point{Price: price}
	debt, err := loanmath.MorphoBorrowed(p.BorrowShares, mk)
	if err != nil {
		return pt, err
	}
	if pt.Value, err = loanmath.MulDivDown(p.Collateral, price, loanmath.OraclePriceScale); err != nil {
		return pt, err
	}
	if pt.LTV, err = loanmath.MorphoLTV(p, mk, price); err != nil {
		return pt, err
	}
	healthy, err := loanmath.MorphoHealthy(p, mk, price, m.LiquidationLTV)
	if err != nil {
		return pt, err
	}
	pt.Status = Healthy
	switch {
	case !healthy:
		pt.Status = Liquidatable
	case !pt.LTV.Lt(m.MarginCallLTV):
		pt.Status = MarginCall
	}
	if pt.CollateralToAdd, err = loanmath.CollateralToAddForLTV(debt, p.Collateral, price, target, m.Scale); err != nil {
		return pt, err
	}
	if pt.DebtToRepay, err = loanmath.DebtToRepayForLTV(debt, p.Collateral, price, target, m.Scale); err != nil {
		return pt, err
	}
	zero := new(uint256.Int)
	pt.Equity = equity(pt.Value, zero, debt)
	if healthy {
		return pt, nil
	}
	l, err := loanmath.MorphoMaxLiquidation(mk, p, price, m.LiquidationLTV)
	if err != nil {
		return pt, err
	}
	after := &Liquidation{Liquidation: loanmath.Liquidation{Repaid: l.RepaidAssets, Seized: l.SeizedAssets, BadDebt: l.BadDebtAssets},
		CollateralAfter: l.Position.Collateral}
	if after.DebtAfter, err = loanmath.MorphoBorrowed(l.Position.BorrowShares, l.Market); err != nil {
		return pt, err
	}
	if after.LTVAfter, err = loanmath.MorphoLTV(l.Position, l.Market, price); err != nil {
		return pt, err
	}
	valueAfter, err := loanmath.MulDivDown(after.CollateralAfter, price, loanmath.OraclePriceScale)
	if err != nil {
		return pt, err
	}
	after.EquityAfter = equity(valueAfter, zero, after.DebtAfter)
	pt.Liquidation = after
	return pt, nil
}
