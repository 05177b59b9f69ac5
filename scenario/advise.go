package scenario

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"

	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// AdviseStep is the spacing of the starting LTVs advise tries: 0.5%.
var AdviseStep = uint256.NewInt(0.005e18)

// HourPath is an hourly price path held in memory, so that it can be replayed: the times
// at which each close is final (unix seconds) and the closes (feed units).
type HourPath struct {
	Times  []int64
	Closes []uint256.Int
}

// ReadHourPath reads src to the end.
func ReadHourPath(src HourSource) (HourPath, error) {
	var p HourPath
	for {
		at, c, err := src.Next()
		if errors.Is(err, io.EOF) {
			return p, nil
		}
		if err != nil {
			return p, err
		}
		p.Times, p.Closes = append(p.Times, at), append(p.Closes, c)
	}
}

// Source replays the path from its first close.
func (p HourPath) Source() HourSource { return &hourCursor{p: p} }

type hourCursor struct {
	p HourPath
	i int
}

func (c *hourCursor) Next() (int64, uint256.Int, error) {
	if c.i >= len(c.p.Times) {
		return 0, uint256.Int{}, io.EOF
	}
	c.i++
	return c.p.Times[c.i-1], c.p.Closes[c.i-1], nil
}

// AdviseInput is the borrower's question: this collateral, this much borrowed (Need) or
// this starting LTV (exactly one of them), followed for Horizon hours, liquidated in at most
// MaxLiquidationOdds of the price history's windows.
type AdviseInput struct {
	Collateral         *uint256.Int // BTC base units, positive
	Need               *uint256.Int // USDC base units; nil: Collateral's value at LTV
	LTV                *uint256.Int // WAD; nil: Need against Collateral's value
	Horizon            int          // hours
	MaxLiquidationOdds *uint256.Int // WAD, strictly between 0 and 1
}

// ErrBadAdviseInput is an AdviseInput that does not ask one question.
var ErrBadAdviseInput = errors.New("bad advise input")

// Advice is the answer. Every share comes with its sample: Starts windows of Horizon hours
// opened at each hourly close from From to To (unix seconds) whose horizon fits.
type Advice struct {
	Hours    int
	From, To int64
	Starts   int
	Horizon  int

	Price *uint256.Int // the last close, feed units: the loan is valued and opened at it

	// Safe is the highest starting LTV on the AdviseStep grid, up to the market's borrowing
	// limit, whose share of liquidated windows is at most the tolerance; nil if even the
	// lowest was liquidated too often. Above is the next step up, which was liquidated too
	// often; nil when Safe is the borrowing limit.
	Safe, Above *LTVResult
	// Tried is every LTV the search ran, in the order it ran them.
	Tried []LTVResult

	// The borrower's loan: Borrow against Collateral at LTV (what they asked), and its
	// odds at that LTV; Own is nil when LTV is above the market's borrowing limit.
	Collateral, Borrow, LTV *uint256.Int
	Own                     *LTVResult
	// DebtAtHorizon is Borrow grown at the market's rate over the horizon; Interest is the
	// difference.
	DebtAtHorizon, Interest *uint256.Int

	// At Safe (all nil without one): the loan the borrower's collateral carries at Safe,
	// the prices at which it reaches the margin call and the liquidation at opening and,
	// with the debt grown over the horizon, at its end, and the collateral that holds
	// Borrow at Safe (CollateralToAdd more than Collateral).
	SafeBorrow                                *uint256.Int
	MarginCallPrice, LiquidationPrice         *uint256.Int
	MarginCallPriceAtEnd, LiquidationPriceEnd *uint256.Int
	CollateralNeeded, CollateralToAdd         *uint256.Int
}

// Fall is the fall from the advice's start price to price, as a fraction (0.3: a 30% fall).
func (a Advice) Fall(price *uint256.Int) float64 {
	return 1 - Float(price, FeedDecimals)/Float(a.Price, FeedDecimals)
}

// meets says r was liquidated in at most odds (WAD) of its windows: exactly,
// liquidations × WAD ≤ odds × starts.
func meets(r LTVResult, odds *uint256.Int) bool {
	lhs := new(big.Int).Mul(big.NewInt(int64(r.Liquidations)), loanmath.WAD.ToBig())
	rhs := new(big.Int).Mul(odds.ToBig(), big.NewInt(int64(r.Starts)))
	return lhs.Cmp(rhs) <= 0
}

// Advise answers in: it searches the AdviseStep grid up to the market's borrowing limit by
// bisection for the highest starting LTV whose loans, opened at every close of path and
// followed as RunBacktest does, were liquidated in at most in.MaxLiquidationOdds of the
// windows (the share only grows with the LTV), and sizes the borrower's loan at the last
// close with loanmath. The past bounds nothing: the answer is what the path did, no more.
func Advise(ctx context.Context, m Market, path HourPath, in AdviseInput) (Advice, error) {
	a := Advice{Horizon: in.Horizon, Collateral: in.Collateral}
	switch {
	case in.Collateral == nil || in.Collateral.IsZero():
		return a, fmt.Errorf("%w: collateral must be positive", ErrBadAdviseInput)
	case (in.Need == nil) == (in.LTV == nil):
		return a, fmt.Errorf("%w: give the amount needed or the starting LTV, not both or neither", ErrBadAdviseInput)
	case in.MaxLiquidationOdds == nil || in.MaxLiquidationOdds.IsZero() || !in.MaxLiquidationOdds.Lt(loanmath.WAD):
		return a, fmt.Errorf("%w: the tolerance must be strictly between 0 and 1", ErrBadAdviseInput)
	case len(path.Closes) == 0:
		return a, fmt.Errorf("%w: no prices", ErrBadAdviseInput)
	}
	a.Price = new(uint256.Int).Set(&path.Closes[len(path.Closes)-1])
	value, err := loanmath.CollateralValue(in.Collateral, a.Price, m.Scale)
	if err != nil {
		return a, err
	}
	if in.Need != nil {
		a.Borrow = new(uint256.Int).Set(in.Need)
		if value.IsZero() {
			return a, fmt.Errorf("%w: the collateral is worth nothing at the last price", ErrBadAdviseInput)
		}
		a.LTV = new(uint256.Int)
		if !loanmath.LTVOfValueInto(a.LTV, a.Borrow, value) {
			return a, fmt.Errorf("LTV of %s against %s: %w", a.Borrow, value, loanmath.ErrOverflow)
		}
	} else {
		a.LTV = new(uint256.Int).Set(in.LTV)
		if a.Borrow, err = loanmath.DebtAtLTV(value, in.LTV); err != nil {
			return a, err
		}
	}

	// The grid: k × AdviseStep for k = 1 … top.
	top := new(uint256.Int).Div(m.MaxBorrowLTV, AdviseStep).Uint64()
	if top == 0 {
		return a, fmt.Errorf("the market's borrowing limit %s is below the search step %s", FormatLTV(m.MaxBorrowLTV), FormatLTV(AdviseStep))
	}
	at := func(k uint64) *uint256.Int { return new(uint256.Int).Mul(AdviseStep, uint256.NewInt(k)) }
	results := map[uint64]LTVResult{}
	run := func(ltvs ...*uint256.Int) ([]LTVResult, error) {
		bt, err := RunBacktest(ctx, m, path.Source(), BacktestInput{LTVs: ltvs, Horizon: in.Horizon})
		a.Hours, a.From, a.To, a.Starts = bt.Hours, bt.From, bt.To, bt.Starts
		if err != nil {
			return nil, err
		}
		a.Tried = append(a.Tried, bt.Results...)
		return bt.Results, nil
	}
	// The borrowing limit first, with the borrower's own LTV if the market lends at it.
	first := []*uint256.Int{at(top)}
	if !a.LTV.Gt(m.MaxBorrowLTV) {
		first = append(first, a.LTV)
	}
	rs, err := run(first...)
	if err != nil {
		return a, err
	}
	results[top] = rs[0]
	if len(rs) > 1 {
		a.Own = &rs[1]
	}
	lo, hi := uint64(0), top+1 // lo: highest known to meet (0: none), hi: lowest known not to
	if meets(rs[0], in.MaxLiquidationOdds) {
		lo = top
	} else {
		hi = top
	}
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		rs, err := run(at(mid))
		if err != nil {
			return a, err
		}
		results[mid] = rs[0]
		if meets(rs[0], in.MaxLiquidationOdds) {
			lo = mid
		} else {
			hi = mid
		}
	}
	if hi <= top {
		r := results[hi]
		a.Above = &r
	}

	// The borrower's loan over the horizon: shares at an index of 1, grown as RunBacktest grows them.
	rate, err := loanmath.RatePerSecond(m.BorrowRate)
	if err != nil {
		return a, err
	}
	acc, err := loanmath.Accrue(loanmath.RAY, new(uint256.Int), rate, uint64(in.Horizon)*Hour)
	if err != nil {
		return a, err
	}
	grown := func(debt *uint256.Int) (*uint256.Int, error) {
		shares, err := loanmath.ToBorrowShares(debt, loanmath.RAY, loanmath.Ceil)
		if err != nil {
			return nil, err
		}
		return loanmath.ToDebt(shares, acc.Index)
	}
	if a.DebtAtHorizon, err = grown(a.Borrow); err != nil {
		return a, err
	}
	a.Interest = new(uint256.Int).Sub(a.DebtAtHorizon, a.Borrow)
	if lo == 0 {
		return a, nil
	}
	r := results[lo]
	a.Safe = &r
	if a.SafeBorrow, err = loanmath.DebtAtLTV(value, r.LTV); err != nil {
		return a, err
	}
	end, err := grown(a.SafeBorrow)
	if err != nil {
		return a, err
	}
	for _, p := range []struct {
		into       **uint256.Int
		debt, line *uint256.Int
	}{
		{&a.MarginCallPrice, a.SafeBorrow, m.MarginCallLTV},
		{&a.LiquidationPrice, a.SafeBorrow, m.LiquidationLTV},
		{&a.MarginCallPriceAtEnd, end, m.MarginCallLTV},
		{&a.LiquidationPriceEnd, end, m.LiquidationLTV},
	} {
		if *p.into, err = loanmath.PriceAtLTV(p.debt, in.Collateral, p.line, m.Scale); err != nil {
			return a, err
		}
	}
	zero := new(uint256.Int)
	if a.CollateralNeeded, err = loanmath.CollateralToAddForLTV(a.Borrow, zero, a.Price, r.LTV, m.Scale); err != nil {
		return a, err
	}
	if a.CollateralNeeded.Gt(in.Collateral) {
		a.CollateralToAdd = new(uint256.Int).Sub(a.CollateralNeeded, in.Collateral)
	} else {
		a.CollateralToAdd = new(uint256.Int)
	}
	return a, nil
}
