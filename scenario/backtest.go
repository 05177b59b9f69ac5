package scenario

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"time"

	"github.com/holiman/uint256"
	"golang.org/x/sync/errgroup"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// BacktestCollateral is the collateral of every backtested loan: 1 BTC. LTVs do not depend
// on it beyond rounding.
var BacktestCollateral = uint256.NewInt(1e8)

// BacktestInput says which loans to open and how long to follow them.
type BacktestInput struct {
	LTVs    []*uint256.Int // starting LTVs, WAD
	Horizon int            // hours each loan is followed
}

// Backtest is the outcome for each starting LTV.
type Backtest struct {
	Hours    int   // hourly closes read
	From, To int64 // when the first and last of them were final, unix seconds
	Starts   int   // start times whose horizon fits in the file
	Horizon  int   // hours
	Results  []LTVResult

	held int // the most closes held at once
}

// LTVResult is what happened to loans opened at one LTV at every start time and left alone
// for the horizon.
type LTVResult struct {
	LTV          *uint256.Int // starting LTV, WAD
	Starts       int
	MarginCalls  int // loans that reached the margin-call LTV
	Liquidations int // loans that reached the liquidation LTV
	// MedianToMarginCall is the median time from opening to the first margin call among the
	// loans that reached one; 0 if none did.
	MedianToMarginCall time.Duration
	// The worst LTV any loan reached (as if nobody liquidated it), and its window: opened at
	// WorstStart (at WorstStartPrice), worst at WorstAt (at WorstPrice). The earliest start wins ties.
	WorstLTV        *uint256.Int
	WorstStart      int64
	WorstAt         int64
	WorstStartPrice *uint256.Int
	WorstPrice      *uint256.Int
}

// MarginCallShare is the share of start times that reached the margin call, for printing.
func (r LTVResult) MarginCallShare() float64 { return share(r.MarginCalls, r.Starts) }

// LiquidationShare is the share of start times that reached the liquidation LTV, for printing.
func (r LTVResult) LiquidationShare() float64 { return share(r.Liquidations, r.Starts) }

// Fall is the price move of the worst window as a fraction (−0.2 is a 20% fall), for printing.
func (r LTVResult) Fall() float64 {
	start, worst := Float(r.WorstStartPrice, FeedDecimals), Float(r.WorstPrice, FeedDecimals)
	return (worst - start) / start
}

func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

// ErrHorizonTooLong is a horizon that leaves no start time in the file.
var ErrHorizonTooLong = errors.New("horizon longer than the price file")

// backtestBatch is how many start times are followed at once: the backtest keeps the
// closes of one batch and one horizon, never the whole file.
const backtestBatch = 4096

// RunBacktest opens a loan of BacktestCollateral at each starting LTV at every close of
// src whose horizon fits, takes no action, and follows it hour by hour: debt grows per
// second at the market's borrow rate (loanmath.Accrue over the elapsed seconds) and LTV is
// loanmath.LTV at each close. A loan opened at LTV L borrows ⌊value × L⌋. It reads src as
// it goes and keeps only a window of horizon + a batch of closes. It stops with ctx's
// error when ctx ends.
func RunBacktest(ctx context.Context, m Market, src HourSource, in BacktestInput) (Backtest, error) {
	return runBacktest(ctx, m, src, in, backtestBatch)
}

// RunBacktests is RunBacktest at each of several horizons over one reading of src: one
// Backtest per horizon, in the order given. It keeps a window of the longest horizon + a
// batch of closes.
func RunBacktests(ctx context.Context, m Market, src HourSource, ltvs []*uint256.Int, horizons []int) ([]Backtest, error) {
	return runBacktests(ctx, m, src, ltvs, horizons, backtestBatch)
}

func runBacktest(ctx context.Context, m Market, src HourSource, in BacktestInput, batch int) (Backtest, error) {
	bts, err := runBacktests(ctx, m, src, in.LTVs, []int{in.Horizon}, batch)
	if len(bts) == 0 {
		return Backtest{Horizon: in.Horizon}, err
	}
	return bts[0], err
}

func runBacktests(ctx context.Context, m Market, src HourSource, ltvs []*uint256.Int, horizons []int, batch int) ([]Backtest, error) {
	if len(horizons) == 0 {
		return nil, errors.New("no horizon: want at least one")
	}
	longest := 0
	for _, h := range horizons {
		if h <= 0 {
			return nil, fmt.Errorf("horizon %d hours: want at least 1", h)
		}
		longest = max(longest, h)
	}
	type run struct {
		pa    *path
		acc   []ltvAccumulator
		parts [][]startSummary
	}
	runs := make([]run, len(horizons))
	for hi, h := range horizons {
		pa, err := newPath(m, h)
		if err != nil {
			return nil, err
		}
		r := run{pa: pa, acc: make([]ltvAccumulator, len(ltvs)), parts: make([][]startSummary, len(ltvs))}
		for li, ltv := range ltvs {
			r.acc[li] = ltvAccumulator{LTVResult: LTVResult{LTV: ltv, WorstLTV: new(uint256.Int)}, toMarginCall: make([]int, h+1)}
			r.parts[li] = make([]startSummary, longest+batch) // the last batch of a shorter horizon has more starts
		}
		runs[hi] = r
	}
	var hours, held int
	var from, to int64
	out := func() []Backtest {
		bts := make([]Backtest, len(horizons))
		for hi, h := range horizons {
			bts[hi] = Backtest{Hours: hours, From: from, To: to, Horizon: h, held: held}
		}
		return bts
	}
	w := &window{times: make([]int64, 0, longest+batch), closes: make([]uint256.Int, 0, longest+batch), values: make([]uint256.Int, 0, longest+batch)}
	follow := func(n func(h int) int) error {
		for _, r := range runs {
			r.pa.values = w.values
			if k := n(r.pa.horizon); k > 0 {
				if err := r.pa.followBatch(ctx, m, ltvs, w, r.parts, k, r.acc); err != nil {
					return err
				}
			}
		}
		return nil
	}
	for {
		if err := ctx.Err(); err != nil {
			return out(), err
		}
		at, c, err := src.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return out(), err
		}
		if hours == 0 {
			from = at
		}
		to = at
		hours++
		v, err := loanmath.CollateralValue(BacktestCollateral, &c, m.Scale)
		if err != nil {
			return out(), err
		}
		if v.IsZero() {
			return out(), fmt.Errorf("close %s at %s: 1 BTC is worth nothing at this price", units.Format(c.ToBig(), FeedDecimals), time.Unix(at, 0).UTC().Format(time.DateTime))
		}
		w.times, w.closes, w.values = append(w.times, at), append(w.closes, c), append(w.values, *v)
		held = max(held, len(w.values))
		if len(w.values) == longest+batch {
			if err := follow(func(int) int { return batch }); err != nil {
				return out(), err
			}
			w.times = w.times[:copy(w.times, w.times[batch:])]
			w.closes = w.closes[:copy(w.closes, w.closes[batch:])]
			w.values = w.values[:copy(w.values, w.values[batch:])]
		}
	}
	bts := out()
	if hours-longest <= 0 {
		return bts, fmt.Errorf("%w: %d hours of horizon, %d hours of prices", ErrHorizonTooLong, longest, hours-1)
	}
	if err := follow(func(h int) int { return len(w.values) - h }); err != nil {
		return bts, err
	}
	for hi, r := range runs {
		bts[hi].Starts = hours - horizons[hi]
		bts[hi].Results = make([]LTVResult, len(r.acc))
		for li := range r.acc {
			bts[hi].Results[li] = r.acc[li].result()
		}
	}
	return bts, nil
}

// window is the closes the backtest holds: those of the start times being followed and of
// their horizon.
type window struct {
	times  []int64 // when each close is final, unix seconds
	closes []uint256.Int
	values []uint256.Int // BacktestCollateral's value at each close
}

// followBatch follows the loans opened at the first n closes of the window at every LTV,
// in parallel, and adds them to acc in start order. Each chunk of start times is swept
// once for every LTV (see sweep); with bruteForce set, every loan is walked hour by hour.
func (pa *path) followBatch(ctx context.Context, m Market, ltvs []*uint256.Int, w *window, parts [][]startSummary, n int, acc []ltvAccumulator) error {
	// Chunks of start times are independent; they merge in start order.
	chunk := max(512, (n+runtime.GOMAXPROCS(0)-1)/runtime.GOMAXPROCS(0))
	if bruteForce {
		chunk = 512
	}
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for c := 0; c < n; c += chunk {
		g.Go(func() error {
			hi := min(c+chunk, n)
			if !bruteForce {
				err := pa.sweep(ctx, m, ltvs, c, hi, parts)
				if err != nil {
					return fmt.Errorf("loans opened from %s: %w", time.Unix(w.times[c], 0).UTC().Format(time.DateTime), err)
				}
				return nil
			}
			for li, ltv := range ltvs {
				for i := c; i < hi; i++ {
					if err := ctx.Err(); err != nil {
						return err
					}
					s, err := pa.follow(m, ltv, i)
					if err != nil {
						return fmt.Errorf("loan opened at %s on %s: %w", FormatLTV(ltv), time.Unix(w.times[i], 0).UTC().Format(time.DateTime), err)
					}
					parts[li][i] = s
				}
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	for li := range ltvs {
		acc[li].add(w, parts[li][:n])
	}
	return nil
}

// ltvAccumulator folds the loans at one LTV as the backtest follows them, in start order.
type ltvAccumulator struct {
	LTVResult
	toMarginCall []int // loans by hours from opening to their first margin call
}

// startSummary is one loan's path: first margin-call and liquidation hour (−1: never) and
// its worst LTV.
type startSummary struct {
	start, marginCall, liquidation, worstAt int
	worst                                   uint256.Int
}

func (a *ltvAccumulator) add(w *window, ss []startSummary) {
	for i := range ss {
		s := &ss[i]
		if s.marginCall >= 0 {
			a.MarginCalls++
			a.toMarginCall[s.marginCall]++
		}
		if s.liquidation >= 0 {
			a.Liquidations++
		}
		if a.Starts == 0 || s.worst.Gt(a.WorstLTV) {
			a.WorstLTV.Set(&s.worst)
			a.WorstStart, a.WorstAt = w.times[s.start], w.times[s.start+s.worstAt]
			a.WorstStartPrice = new(uint256.Int).Set(&w.closes[s.start])
			a.WorstPrice = new(uint256.Int).Set(&w.closes[s.start+s.worstAt])
		}
		a.Starts++
	}
}

// result is the LTVResult with the median time to the first margin call.
func (a *ltvAccumulator) result() LTVResult {
	r := a.LTVResult
	if n := r.MarginCalls; n > 0 {
		lo, hi := nth(a.toMarginCall, (n-1)/2), nth(a.toMarginCall, n/2)
		r.MedianToMarginCall = time.Duration(lo+hi) * time.Hour / 2
	}
	return r
}

// nth is the k-th smallest (from 0) of the values counted in hist: hist[v] is how many
// times v occurs.
func nth(hist []int, k int) int {
	for v, n := range hist {
		if k < n {
			return v
		}
		k -= n
	}
	return len(hist) - 1
}

// path is what every loan shares: the value of BacktestCollateral at each close of the
// window and the borrow index at each hour after opening (RAY, from an index of 1 at
// opening).
type path struct {
	values    []uint256.Int
	indexes   []uint256.Int
	horizon   int
	logGrowth float64 // ln of the index's growth over one hour, for sweep
}

func newPath(m Market, horizon int) (*path, error) {
	pa := &path{indexes: make([]uint256.Int, horizon+1), horizon: horizon}
	rate, err := loanmath.RatePerSecond(m.BorrowRate)
	if err != nil {
		return nil, err
	}
	for k := range pa.indexes {
		a, err := loanmath.Accrue(loanmath.RAY, new(uint256.Int), rate, uint64(k)*Hour)
		if err != nil {
			return nil, err
		}
		pa.indexes[k] = *a.Index
	}
	// ln(index after 1 hour ÷ RAY): the index after k hours is RAY × e^(k × logGrowth) to
	// within rpow's rounding.
	var g uint256.Int
	g.Sub(&pa.indexes[min(1, horizon)], loanmath.RAY)
	pa.logGrowth = math.Log1p(g.Float64() / 1e27)
	return pa, nil
}

// follow opens a loan at ltv at close i of the window and walks it for the horizon.
func (pa *path) follow(m Market, ltv *uint256.Int, i int) (startSummary, error) {
	s := startSummary{start: i, marginCall: -1, liquidation: -1}
	borrow, err := loanmath.DebtAtLTV(&pa.values[i], ltv)
	if err != nil {
		return s, err
	}
	shares, err := loanmath.ToBorrowShares(borrow, loanmath.RAY, loanmath.Ceil)
	if err != nil {
		return s, err
	}
	var debt, l uint256.Int
	for k := 0; k <= pa.horizon; k++ {
		if !loanmath.ToDebtInto(&debt, shares, &pa.indexes[k]) || !loanmath.LTVOfValueInto(&l, &debt, &pa.values[i+k]) {
			return s, fmt.Errorf("debt or LTV overflows at hour %d after start %d", k, i)
		}
		if s.marginCall < 0 && !l.Lt(m.MarginCallLTV) {
			s.marginCall = k
		}
		if s.liquidation < 0 && !l.Lt(m.LiquidationLTV) {
			s.liquidation = k
		}
		if k == 0 || l.Gt(&s.worst) {
			s.worst, s.worstAt = l, k
		}
	}
	return s, nil
}
