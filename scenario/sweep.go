package scenario

import (
	"context"
	"fmt"
	"math"

	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// bruteForce makes followBatch walk every loan hour by hour instead of sweeping: the
// reference the sweep is tested against.
var bruteForce = false

// sweep follows the loans opened at starts lo … hi−1 of the path at every LTV and writes
// their summaries into parts, exactly as follow would, without walking every hour of every
// window.
//
// A loan opened at start i borrows b and, k hours later, has LTV
// ⌈⌈b × index_k ÷ RAY⌉ × WAD ÷ value_{i+k}⌉. Without the roundings that is
// b × WAD × g^−i × F_{i+k}, with g the index's growth per hour and F_j = g^j ÷ value_j:
// the window's worst LTV is at the largest F in it, and its first crossing of a line is at
// the first F above a threshold. The roundings add less than WAD ÷ value + 1 to an LTV,
// at most a relative slack m of the window's largest F (see slack); float64 adds far less.
//
// Going from the last start to the first, a deque holds the window's running records:
// from the start, each next close whose F is strictly larger. Its far end is the window's
// largest F (the earliest of equals), and the first record at or above a threshold is the
// first close of the window there. The candidates the float64 order picks are checked
// with the integer loan math: the worst LTV at the largest F, the first crossings by a
// walk from the first possible hour. When another close of the window is within the slack
// of the largest F, so that the roundings could make it the worst, the loan is walked hour
// by hour with follow instead. The answers are follow's to the wei, ties included.
func (pa *path) sweep(ctx context.Context, m Market, ltvs []*uint256.Int, lo, hi int, parts [][]startSummary) error {
	end := hi + pa.horizon // closes lo … end−1 are in some window
	f := make([]float64, end-lo)
	vmin := math.Inf(1)
	for j := lo; j < end; j++ {
		v := pa.values[j].Float64()
		vmin = min(vmin, v)
		f[j-lo] = math.Exp(float64(j-lo)*pa.logGrowth) / v
	}
	minLTV := math.Inf(1)
	for _, l := range ltvs {
		minLTV = min(minLTV, l.Float64()/1e18)
	}
	m1 := 1 - slack(vmin, minLTV)
	lines := [2]float64{m.MarginCallLTV.Float64(), m.LiquidationLTV.Float64()}

	dq := make([]int, 0, end-lo) // positions; dq[head] is the far end, the last is the start
	near := make([]bool, end-lo) // closes dropped from the deque within the slack of the one that dropped them
	head, nearIn := 0, 0         // nearIn: near closes in the current window
	var borrow, debt, l uint256.Int
	// ltvAt is the exact LTV at close j of the loan opened at i.
	ltvAt := func(i, j int) (*uint256.Int, error) {
		if !loanmath.ToDebtInto(&debt, &borrow, &pa.indexes[j-i]) || !loanmath.LTVOfValueInto(&l, &debt, &pa.values[j]) {
			return nil, fmt.Errorf("debt or LTV overflows at hour %d after start %d", j-i, i)
		}
		return &l, nil
	}
	for i := end - 1; i >= lo; i-- {
		if (i-lo)%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if out := i + pa.horizon + 1; out < end && near[out-lo] {
			nearIn--
		}
		for head < len(dq) && dq[head] > i+pa.horizon {
			head++
		}
		fi := f[i-lo]
		for len(dq) > head && f[dq[len(dq)-1]-lo] <= fi {
			p := dq[len(dq)-1]
			if f[p-lo] >= fi*m1 {
				near[p-lo] = true
				nearIn++
			}
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		if i >= hi {
			continue
		}
		top := dq[head]
		fTop := f[top-lo]
		tied := nearIn > 0 || (len(dq)-head >= 2 && f[dq[head+1]-lo] >= fTop*m1)
		for li, ltv := range ltvs {
			// At an index of 1 the loan's shares equal what it borrows.
			if !loanmath.DebtAtLTVInto(&borrow, &pa.values[i], ltv) {
				return fmt.Errorf("loan at %s opened at start %d: %w", FormatLTV(ltv), i, loanmath.ErrOverflow)
			}
			if tied || borrow.IsZero() {
				s, err := pa.follow(m, ltv, i)
				if err != nil {
					return err
				}
				parts[li][i] = s
				continue
			}
			worst, err := ltvAt(i, top)
			if err != nil {
				return err
			}
			s := startSummary{start: i, marginCall: -1, liquidation: -1, worst: *worst, worstAt: top - i}
			// c × F_j is the LTV at j without the roundings.
			c := borrow.Float64() * 1e18 * math.Exp(-float64(i-lo)*pa.logGrowth)
			for k, line := range [2]*uint256.Int{m.MarginCallLTV, m.LiquidationLTV} {
				if s.worst.Lt(line) {
					continue
				}
				// The first record at or above the threshold, then the exact walk from there.
				threshold := lines[k]/c - (1-m1)*fTop
				a, b := head, len(dq)-1 // f falls from dq[head] to dq[len−1]
				for a < b {
					mid := (a + b + 1) / 2
					if f[dq[mid]-lo] >= threshold {
						a = mid
					} else {
						b = mid - 1
					}
				}
				first := -1
				for j := dq[a]; j <= top; j++ {
					x, err := ltvAt(i, j)
					if err != nil {
						return err
					}
					if !x.Lt(line) {
						first = j - i
						break
					}
				}
				if first < 0 { // cannot happen: the worst LTV is past the line
					return fmt.Errorf("start %d: worst LTV %s past %s, but no hour from %d on is", i, s.worst.Dec(), line.Dec(), dq[a]-i)
				}
				if k == 0 {
					s.marginCall = first
				} else {
					s.liquidation = first
				}
			}
			parts[li][i] = s
		}
	}
	return nil
}

// slack is the relative amount m by which the largest F of a window must stand above
// another close's F for the roundings never to make that close's LTV the larger: the
// roundings add less than WAD ÷ value + 1 to an LTV (in WAD), and the loan's LTV at
// opening, at least minLTV − WAD ÷ value, is a lower bound on its worst. 1e-9 covers
// float64 and the index's own rounding many times over. +Inf when the loans are too
// small for any bound: then every loan is walked.
func slack(vmin, minLTV float64) float64 {
	wad := 1e18
	add := wad/vmin + 1
	floor := minLTV*wad - wad/vmin
	if floor <= 2*add {
		return math.Inf(1)
	}
	return add/floor*(1+1e-6) + 1e-9
}
