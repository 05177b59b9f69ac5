package scenario

import (
	"context"
	"errors"
	"fmt"
	"runtime"

	"github.com/holiman/uint256"
	"golang.org/x/sync/errgroup"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// StrategyKind is what a borrower does when the price falls.
type StrategyKind string

const (
	// AddCollateral posts collateral from a BTC reserve whenever the loan is at or past the
	// margin call, back to its starting LTV.
	AddCollateral StrategyKind = "add-collateral"
	// RepayAtMarginCall repays from a USDC reserve whenever the loan is at or past the
	// margin call, back to its starting LTV.
	RepayAtMarginCall StrategyKind = "repay-at-margin-call"
	// RepayToTarget repays from a USDC reserve whenever the loan's LTV is at or past a
	// trigger, down to a target LTV.
	RepayToTarget StrategyKind = "repay-to-target"
)

// Strategy is one way of acting. Reserve is in BTC base units for AddCollateral and in
// USDC base units for the repaying kinds; nil is no limit. Trigger and Target (WAD) are
// RepayToTarget's.
type Strategy struct {
	Kind            StrategyKind
	Reserve         *uint256.Int
	Trigger, Target *uint256.Int
}

// ErrBadStrategy is a strategy that cannot run.
var ErrBadStrategy = errors.New("bad strategy")

// Name says what the strategy does, for tables.
func (s Strategy) Name() string {
	switch s.Kind {
	case AddCollateral:
		return "add collateral at the margin call"
	case RepayAtMarginCall:
		return "repay at the margin call"
	}
	return fmt.Sprintf("repay to %s at %s", FormatLTV(s.Target), FormatLTV(s.Trigger))
}

func (s Strategy) check(m Market) error {
	switch s.Kind {
	case AddCollateral, RepayAtMarginCall:
	case RepayToTarget:
		if s.Trigger == nil || s.Target == nil || s.Trigger.IsZero() || !s.Target.Lt(s.Trigger) {
			return fmt.Errorf("%w: repay to a target LTV wants a trigger above the target", ErrBadStrategy)
		}
	default:
		return fmt.Errorf("%w: unknown kind %q", ErrBadStrategy, s.Kind)
	}
	return nil
}

// StrategyResult is what loans opened at one LTV at every start time lived through under
// one strategy: how many were liquidated, how many had to act and how often, how much of
// the reserve they used and what acting cost, the USDC value of what was posted or repaid
// when it was.
type StrategyResult struct {
	LTV          *uint256.Int
	Starts       int
	Liquidations int // loans liquidated despite acting
	Acted        int // loans that acted at least once
	Actions      int // actions over all loans
	// Reserve used by each loan that acted: the sum and the largest (reserve units).
	ReserveUsed, MaxReserveUsed *uint256.Int
	// USDC value of what was posted or repaid, when it was: the sum and the largest.
	Cost, MaxCost *uint256.Int
	// Exhausted is the number of loans that used the whole reserve.
	Exhausted int
}

// LiquidationShare is the share of start times liquidated, for printing.
func (r StrategyResult) LiquidationShare() float64 { return share(r.Liquidations, r.Starts) }

// ActedShare is the share of start times that acted, for printing.
func (r StrategyResult) ActedShare() float64 { return share(r.Acted, r.Starts) }

// StrategyInput is the loans to follow: Collateral at each LTV, every start time of the
// path whose Horizon fits.
type StrategyInput struct {
	LTVs       []*uint256.Int
	Horizon    int
	Collateral *uint256.Int
	Strategy   Strategy
}

// RunStrategy opens, at every close of p whose horizon fits, a loan of in.Collateral at
// each starting LTV and follows it hour by hour as RunBacktest does, acting at each close
// as in.Strategy says before checking the liquidation line: the margin-call kinds act
// whenever the LTV is at or past the margin call, back to the loan's starting LTV; the
// trigger kind whenever it is at or past the trigger, down to the target. An action is
// limited by what is left of the reserve. Repaying burns ⌊repaid ÷ index⌋ shares, as the
// market does. A loan at or past the liquidation line after acting is liquidated and
// followed no further.
func RunStrategy(ctx context.Context, m Market, p HourPath, in StrategyInput) ([]StrategyResult, error) {
	if err := in.Strategy.check(m); err != nil {
		return nil, err
	}
	if in.Horizon <= 0 {
		return nil, fmt.Errorf("horizon %d hours: want at least 1", in.Horizon)
	}
	starts := len(p.Closes) - in.Horizon
	if starts <= 0 {
		return nil, fmt.Errorf("%w: %d hours of horizon, %d hours of prices", ErrHorizonTooLong, in.Horizon, len(p.Closes)-1)
	}
	pa, err := newPath(m, in.Horizon)
	if err != nil {
		return nil, err
	}
	first, err := pa.firstCrossings(ctx, m, p, in, starts)
	if err != nil {
		return nil, err
	}
	out := make([]loanOutcome, len(in.LTVs)*starts)
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	const chunk = 256
	for li, ltv := range in.LTVs {
		for c := 0; c < starts; c += chunk {
			g.Go(func() error {
				for i := c; i < min(c+chunk, starts); i++ {
					if err := ctx.Err(); err != nil {
						return err
					}
					k0 := 0
					if first != nil {
						k0 = first[li][i].marginCall
					}
					if k0 < 0 { // never near a line: nothing to do, nothing happens
						continue
					}
					o, err := pa.act(m, p, in, ltv, i, k0)
					if err != nil {
						return fmt.Errorf("loan opened at %s at start %d: %w", FormatLTV(ltv), i, err)
					}
					out[li*starts+i] = o
				}
				return nil
			})
		}
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	rs := make([]StrategyResult, len(in.LTVs))
	for li, ltv := range in.LTVs {
		rs[li] = sumOutcomes(ltv, out[li*starts:(li+1)*starts])
	}
	return rs, nil
}

// sumOutcomes is the result at ltv of the loans whose lives are outs, one per start.
func sumOutcomes(ltv *uint256.Int, outs []loanOutcome) StrategyResult {
	r := StrategyResult{LTV: ltv, Starts: len(outs), ReserveUsed: new(uint256.Int), MaxReserveUsed: new(uint256.Int), Cost: new(uint256.Int), MaxCost: new(uint256.Int)}
	for _, o := range outs {
		if o.liquidated {
			r.Liquidations++
		}
		if o.actions > 0 {
			r.Acted++
		}
		if o.exhausted {
			r.Exhausted++
		}
		r.Actions += o.actions
		r.ReserveUsed.Add(r.ReserveUsed, &o.used)
		r.Cost.Add(r.Cost, &o.cost)
		if o.used.Gt(r.MaxReserveUsed) {
			r.MaxReserveUsed.Set(&o.used)
		}
		if o.cost.Gt(r.MaxCost) {
			r.MaxCost.Set(&o.cost)
		}
	}
	return r
}

// loanOutcome is one loan's life under a strategy.
type loanOutcome struct {
	liquidated, exhausted bool
	actions               int
	used, cost            uint256.Int
}

// strategyWalkAll makes RunStrategy walk every loan from its opening: the reference the
// walks from the first crossing are tested against.
var strategyWalkAll = false

// firstCrossings is, for the loan opened at each LTV at each start, the first hour whose LTV
// is at or past the strategy's trigger or the liquidation line (in marginCall; −1: none
// within the horizon), had it been left alone. Until then the strategy does nothing and
// nothing happens to the loan, so its walk can start there. The sweep finds these hours
// exactly, as it does for the backtest. nil: walk every loan from its opening (for
// strategyWalkAll, or a collateral worth nothing at some close).
func (pa *path) firstCrossings(ctx context.Context, m Market, p HourPath, in StrategyInput, starts int) ([][]startSummary, error) {
	if strategyWalkAll || len(in.LTVs) == 0 {
		return nil, nil
	}
	pa.values = make([]uint256.Int, len(p.Closes))
	for j := range p.Closes {
		v, err := loanmath.CollateralValue(in.Collateral, &p.Closes[j], m.Scale)
		if err != nil {
			return nil, err
		}
		if v.IsZero() {
			return nil, nil
		}
		pa.values[j] = *v
	}
	line := m.MarginCallLTV
	if in.Strategy.Kind == RepayToTarget {
		line = in.Strategy.Trigger
	}
	ml := m
	ml.MarginCallLTV = minU(line, m.LiquidationLTV)
	parts := make([][]startSummary, len(in.LTVs))
	for li := range parts {
		parts[li] = make([]startSummary, starts)
	}
	chunk := max(512, (starts+runtime.GOMAXPROCS(0)-1)/runtime.GOMAXPROCS(0))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for c := 0; c < starts; c += chunk {
		g.Go(func() error { return pa.sweep(ctx, ml, in.LTVs, c, min(c+chunk, starts), parts) })
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return parts, nil
}

// act follows the loan opened at ltv at close i under the strategy, from hour k0 on: the
// hours before it are known to ask nothing of the strategy and not to liquidate the loan.
func (pa *path) act(m Market, p HourPath, in StrategyInput, ltv *uint256.Int, i, k0 int) (loanOutcome, error) {
	var o loanOutcome
	s := in.Strategy
	collateral := new(uint256.Int).Set(in.Collateral)
	value, err := loanmath.CollateralValue(collateral, &p.Closes[i], m.Scale)
	if err != nil {
		return o, err
	}
	borrow, err := loanmath.DebtAtLTV(value, ltv)
	if err != nil {
		return o, err
	}
	shares, err := loanmath.ToBorrowShares(borrow, loanmath.RAY, loanmath.Ceil)
	if err != nil {
		return o, err
	}
	trigger, target := m.MarginCallLTV, ltv
	if s.Kind == RepayToTarget {
		trigger, target = s.Trigger, s.Target
	}
	left := func() *uint256.Int { // what is left of the reserve; nil: no limit
		if s.Reserve == nil {
			return nil
		}
		return new(uint256.Int).Sub(s.Reserve, &o.used)
	}
	for k := k0; k <= pa.horizon; k++ {
		price, index := &p.Closes[i+k], &pa.indexes[k]
		l, err := ltvNow(m, shares, collateral, price, index)
		if err != nil {
			return o, err
		}
		if !l.Lt(trigger) && !o.exhausted {
			debt, err := loanmath.ToDebt(shares, index)
			if err != nil {
				return o, err
			}
			var amount, cost *uint256.Int
			if s.Kind == AddCollateral {
				if amount, err = loanmath.CollateralToAddForLTV(debt, collateral, price, target, m.Scale); err != nil {
					return o, err
				}
			} else if amount, err = loanmath.DebtToRepayForLTV(debt, collateral, price, target, m.Scale); err != nil {
				return o, err
			}
			if rest := left(); rest != nil && !amount.Lt(rest) {
				amount, o.exhausted = rest, true
			}
			if !amount.IsZero() {
				if s.Kind == AddCollateral {
					collateral.Add(collateral, amount)
					if cost, err = loanmath.CollateralValue(amount, price, m.Scale); err != nil {
						return o, err
					}
				} else {
					burned, err := loanmath.ToBorrowShares(amount, index, loanmath.Floor)
					if err != nil {
						return o, err
					}
					shares = new(uint256.Int).Sub(shares, minU(burned, shares))
					cost = amount
				}
				o.actions++
				o.used.Add(&o.used, amount)
				o.cost.Add(&o.cost, cost)
				if l, err = ltvNow(m, shares, collateral, price, index); err != nil {
					return o, err
				}
			}
		}
		if !l.Lt(m.LiquidationLTV) {
			o.liquidated = true
			break
		}
	}
	return o, nil
}

// ltvNow is the LTV of shares against collateral at price and index.
func ltvNow(m Market, shares, collateral, price, index *uint256.Int) (*uint256.Int, error) {
	debt, err := loanmath.ToDebt(shares, index)
	if err != nil {
		return nil, err
	}
	return loanmath.LTV(debt, collateral, price, m.Scale)
}

func minU(a, b *uint256.Int) *uint256.Int {
	if a.Lt(b) {
		return a
	}
	return b
}
