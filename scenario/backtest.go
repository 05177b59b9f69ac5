package scenario

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
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
	Starts  int // start times whose horizon fits in the file
	Horizon int // hours
	Results []LTVResult
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

// RunBacktest opens a loan of BacktestCollateral at each starting LTV at every close whose
// horizon fits in the prices, takes no action, and follows it hour by hour: debt grows per
// second at the market's borrow rate (loanmath.Accrue over the elapsed seconds) and LTV is
// loanmath.LTV at each close. A loan opened at LTV L borrows ⌊value × L⌋.
func RunBacktest(m Market, p Prices, in BacktestInput) (Backtest, error) {
	bt := Backtest{Horizon: in.Horizon, Starts: p.Len() - in.Horizon}
	if in.Horizon <= 0 {
		return bt, fmt.Errorf("horizon %d hours: want at least 1", in.Horizon)
	}
	if bt.Starts <= 0 {
		return bt, fmt.Errorf("%w: %d hours of horizon, %d hours of prices", ErrHorizonTooLong, in.Horizon, p.Len()-1)
	}
	path, err := newPath(m, p, in.Horizon)
	if err != nil {
		return bt, err
	}
	bt.Results = make([]LTVResult, len(in.LTVs))
	// Each (LTV, chunk of start times) is independent; chunks merge in start order.
	const chunk = 512
	nChunks := (bt.Starts + chunk - 1) / chunk
	parts := make([][]startSummary, len(in.LTVs))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for li, ltv := range in.LTVs {
		parts[li] = make([]startSummary, bt.Starts)
		for c := range nChunks {
			g.Go(func() error {
				for i := c * chunk; i < min((c+1)*chunk, bt.Starts); i++ {
					s, err := path.follow(m, ltv, i)
					if err != nil {
						return fmt.Errorf("loan opened at %s on %s: %w", FormatLTV(ltv), time.Unix(p.Times[i], 0).UTC().Format(time.DateTime), err)
					}
					parts[li][i] = s
				}
				return nil
			})
		}
	}
	if err := g.Wait(); err != nil {
		return bt, err
	}
	for li, ltv := range in.LTVs {
		bt.Results[li] = summarize(p, ltv, parts[li])
	}
	return bt, nil
}

// startSummary is one loan's path: first margin-call and liquidation hour (−1: never) and
// its worst LTV.
type startSummary struct {
	start, marginCall, liquidation, worstAt int
	worst                                   uint256.Int
}

func summarize(p Prices, ltv *uint256.Int, ss []startSummary) LTVResult {
	r := LTVResult{LTV: ltv, Starts: len(ss), WorstLTV: new(uint256.Int)}
	var hours []int
	worst := -1
	for i := range ss {
		s := &ss[i]
		if s.marginCall >= 0 {
			r.MarginCalls++
			hours = append(hours, s.marginCall)
		}
		if s.liquidation >= 0 {
			r.Liquidations++
		}
		if worst < 0 || s.worst.Gt(&ss[worst].worst) {
			worst = i
		}
	}
	if len(hours) > 0 {
		slices.Sort(hours)
		n := len(hours)
		r.MedianToMarginCall = time.Duration(hours[(n-1)/2]+hours[n/2]) * time.Hour / 2
	}
	w := ss[worst]
	r.WorstLTV.Set(&w.worst)
	r.WorstStart, r.WorstAt = p.Times[w.start], p.Times[w.start+w.worstAt]
	r.WorstStartPrice = new(uint256.Int).Set(&p.Closes[w.start])
	r.WorstPrice = new(uint256.Int).Set(&p.Closes[w.start+w.worstAt])
	return r
}

// path is what every loan shares: the value of BacktestCollateral at each close and the
// borrow index at each hour after opening (RAY, from an index of 1 at opening).
type path struct {
	values  []uint256.Int
	indexes []uint256.Int
	horizon int
}

func newPath(m Market, p Prices, horizon int) (*path, error) {
	pa := &path{values: make([]uint256.Int, p.Len()), indexes: make([]uint256.Int, horizon+1), horizon: horizon}
	for j := range p.Closes {
		v, err := loanmath.CollateralValue(BacktestCollateral, &p.Closes[j], m.Scale)
		if err != nil {
			return nil, err
		}
		if v.IsZero() {
			return nil, fmt.Errorf("close %s at %s: 1 BTC is worth nothing at this price", units.Format(p.Closes[j].ToBig(), FeedDecimals), time.Unix(p.Times[j], 0).UTC().Format(time.DateTime))
		}
		pa.values[j] = *v
	}
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
	return pa, nil
}

// follow opens a loan at ltv at close i and walks it for the horizon.
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
