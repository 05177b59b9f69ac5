package scenario

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// Change is a move of the BTC price relative to the start price.
type Change struct {
	Text     string       // as written: "+20%", "-60%"
	Fraction *uint256.Int // size of the move, WAD (0.2e18 = 20%)
	Down     bool
}

// NoChange is the start price itself.
var NoChange = Change{Text: "start", Fraction: new(uint256.Int)}

// ParseChange reads a price move written as a signed percentage: "+20%", "-40%", "12.5%".
func ParseChange(s string) (Change, error) {
	text := strings.TrimSpace(s)
	num, ok := strings.CutSuffix(text, "%")
	if !ok {
		return Change{}, fmt.Errorf("%q is not a percentage such as +20%% or -40%%", s)
	}
	c := Change{Text: text}
	if rest, ok := strings.CutPrefix(num, "-"); ok {
		c.Down, num = true, rest
	} else {
		num = strings.TrimPrefix(num, "+")
	}
	v, err := units.Parse(num, 16) // percent with 16 decimals is a WAD fraction
	if err != nil {
		return Change{}, fmt.Errorf("%q is not a percentage such as +20%% or -40%%", s)
	}
	f, overflow := uint256.FromBig(v)
	if overflow {
		return Change{}, fmt.Errorf("%q is too large a move", s)
	}
	if c.Down && !f.Lt(loanmath.WAD) {
		return Change{}, fmt.Errorf("%q: a fall of 100%% or more leaves no price", s)
	}
	c.Fraction = f
	return c, nil
}

// Apply is price moved by c, in feed units, rounded down.
func (c Change) Apply(price *uint256.Int) (*uint256.Int, error) {
	factor := new(uint256.Int).Set(loanmath.WAD)
	if c.Down {
		factor.Sub(factor, c.Fraction)
	} else if _, overflow := factor.AddOverflow(factor, c.Fraction); overflow {
		return nil, loanmath.ErrOverflow
	}
	return loanmath.MulDiv(price, factor, loanmath.WAD, loanmath.Floor)
}

// Loan is a position and the USDC its borrower holds outside the market.
type Loan struct {
	Name       string
	Collateral *uint256.Int // collateral base units (wBTC, 8 decimals)
	Debt       *uint256.Int // loan-token base units (USDC, 6 decimals)
	Cash       *uint256.Int // loan-token base units held outside the market
}

// SimulateInput is a loan opened at a start price and the moves to try.
type SimulateInput struct {
	Collateral *uint256.Int // wBTC base units deposited
	Borrow     *uint256.Int // USDC base units borrowed
	Price      *uint256.Int // start price, feed units
	Changes    []Change
	Target     *uint256.Int // LTV (WAD) to bring the position back to
	// Conviction adds a second loan whose borrowed USDC bought BTC at the start price,
	// deposited as more collateral.
	Conviction bool
}

// Simulation is each loan at the start price and after each move.
type Simulation struct {
	Market Market
	Price  *uint256.Int // start price
	Target *uint256.Int
	Loans  []LoanPath
}

// LoanPath is one loan at the start price and after each move.
type LoanPath struct {
	Loan
	Bought *uint256.Int // collateral bought with the borrowed USDC (conviction), else 0
	// The prices (feed units, rounded up) at or below which the loan reaches the margin-call
	// and liquidation LTVs (loanmath.PriceAtLTV).
	MarginCallPrice, LiquidationPrice *uint256.Int
	Points                            []Point
}

// Point is a loan at one price, with no interest: the moves are instant.
type Point struct {
	Change Change
	Price  *uint256.Int // feed units
	Value  *uint256.Int // collateral value, loan-token units
	LTV    *uint256.Int // WAD
	Status Status
	// To bring LTV to the target, add CollateralToAdd or repay DebtToRepay (0: already there).
	CollateralToAdd *uint256.Int
	DebtToRepay     *uint256.Int
	// Equity is collateral value + cash − debt, loan-token units: what the borrower has in
	// dollars at this price. It can be negative.
	Equity      *big.Int
	Liquidation *Liquidation // nil unless liquidatable
}

// Liquidation is what a liquidation at a Point does to the loan.
type Liquidation struct {
	loanmath.Liquidation
	DebtAfter       *uint256.Int
	CollateralAfter *uint256.Int
	LTVAfter        *uint256.Int
	EquityAfter     *big.Int // what the borrower is left with: collateral value + cash − debt
}

// ErrBorrowTooHigh is a loan the market would not open: its LTV is past MaxBorrowLTV.
var ErrBorrowTooHigh = errors.New("borrow above the market's maximum LTV")

// Simulate values the loan at the start price and after each move, with the market's lines.
// The start price comes first, then the moves in order.
func Simulate(m Market, in SimulateInput) (Simulation, error) {
	sim := Simulation{Market: m, Price: in.Price, Target: in.Target}
	loans := []LoanPath{{
		Loan:   Loan{Name: "defensive", Collateral: in.Collateral, Debt: in.Borrow, Cash: in.Borrow},
		Bought: new(uint256.Int),
	}}
	ltv, err := loanmath.LTV(in.Borrow, in.Collateral, in.Price, m.Scale)
	if err != nil {
		return sim, err
	}
	if ltv.Gt(m.MaxBorrowLTV) {
		return sim, fmt.Errorf("%w: LTV %s at the start price, the market lends up to %s", ErrBorrowTooHigh, FormatLTV(ltv), FormatLTV(m.MaxBorrowLTV))
	}
	if in.Conviction {
		bought, err := CollateralFor(in.Borrow, in.Price, m.Scale)
		if err != nil {
			return sim, err
		}
		loans = append(loans, LoanPath{
			Loan:   Loan{Name: "conviction", Collateral: new(uint256.Int).Add(in.Collateral, bought), Debt: in.Borrow, Cash: new(uint256.Int)},
			Bought: bought,
		})
	}
	changes := append([]Change{NoChange}, in.Changes...)
	for _, l := range loans {
		if l.MarginCallPrice, err = loanmath.PriceAtLTV(l.Debt, l.Collateral, m.MarginCallLTV, m.Scale); err != nil {
			return sim, err
		}
		if l.LiquidationPrice, err = loanmath.PriceAtLTV(l.Debt, l.Collateral, m.LiquidationLTV, m.Scale); err != nil {
			return sim, err
		}
		for _, c := range changes {
			price, err := c.Apply(in.Price)
			if err != nil {
				return sim, fmt.Errorf("price %s: %w", c.Text, err)
			}
			p, err := At(m, l.Loan, price, in.Target)
			if err != nil {
				return sim, fmt.Errorf("%s loan at %s: %w", l.Name, c.Text, err)
			}
			p.Change = c
			l.Points = append(l.Points, p)
		}
		sim.Loans = append(sim.Loans, l)
	}
	return sim, nil
}

// CollateralFor is the collateral that amount of loan token buys at price, rounded down.
func CollateralFor(amount, price *uint256.Int, s loanmath.Scale) (*uint256.Int, error) {
	return loanmath.CollateralForValue(amount, price, s, loanmath.Floor)
}

// At is loan l at price: its LTV and status, what brings it back to target, and when it is
// liquidatable the liquidation the contract would perform (the liquidator offering to repay
// the whole debt).
func At(m Market, l Loan, price, target *uint256.Int) (Point, error) {
	p := Point{Price: price}
	var err error
	if p.Value, err = loanmath.CollateralValue(l.Collateral, price, m.Scale); err != nil {
		return p, err
	}
	if p.LTV, err = loanmath.LTV(l.Debt, l.Collateral, price, m.Scale); err != nil {
		return p, err
	}
	p.Status = m.Status(p.LTV)
	if p.CollateralToAdd, err = loanmath.CollateralToAddForLTV(l.Debt, l.Collateral, price, target, m.Scale); err != nil {
		return p, err
	}
	if p.DebtToRepay, err = loanmath.DebtToRepayForLTV(l.Debt, l.Collateral, price, target, m.Scale); err != nil {
		return p, err
	}
	p.Equity = equity(p.Value, l.Cash, l.Debt)
	if p.Status != Liquidatable || l.Debt.IsZero() {
		return p, nil
	}
	liq, err := loanmath.Liquidate(l.Debt, l.Collateral, price, l.Debt, m.LiquidationTargetLTV, m.LiquidationBonus, m.Scale)
	if err != nil {
		return p, err
	}
	after := &Liquidation{Liquidation: liq}
	// The contract burns the repaid and written-off debt (its shares round in the
	// protocol's favour, so the debt left can be a wei lower than this).
	after.DebtAfter = new(uint256.Int).Sub(l.Debt, liq.Repaid)
	after.DebtAfter.Sub(after.DebtAfter, liq.BadDebt)
	after.CollateralAfter = new(uint256.Int).Sub(l.Collateral, liq.Seized)
	if after.LTVAfter, err = loanmath.LTV(after.DebtAfter, after.CollateralAfter, price, m.Scale); err != nil {
		return p, err
	}
	valueAfter, err := loanmath.CollateralValue(after.CollateralAfter, price, m.Scale)
	if err != nil {
		return p, err
	}
	after.EquityAfter = equity(valueAfter, l.Cash, after.DebtAfter)
	p.Liquidation = after
	return p, nil
}

func equity(value, cash, debt *uint256.Int) *big.Int {
	e := new(big.Int).Add(value.ToBig(), cash.ToBig())
	return e.Sub(e, debt.ToBig())
}

// FormatLTV prints a WAD LTV as a percentage with two decimals ("16.67%"), for people.
func FormatLTV(ltv *uint256.Int) string {
	if ltv.Eq(loanmath.MaxUint256) {
		return "inf"
	}
	return fmt.Sprintf("%.2f%%", Float(ltv, 18)*100)
}

// Float is units.Float of a uint256, for printing.
func Float(v *uint256.Int, decimals uint8) float64 { return *units.Float(v.ToBig(), decimals) }
