package scenario

import (
	"context"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// syntheticPath is n hourly closes of a seeded random walk around $60,000 with a crash in
// the middle, so that the safe LTV is neither the lowest nor the highest of the grid.
func syntheticPath(n int, seed uint64) HourPath {
	r := rand.New(rand.NewPCG(seed, 1))
	p := HourPath{}
	price := 60000.0
	for i := range n {
		switch {
		case i > n/2 && i <= n/2+6:
			price *= 0.9 // a 6-hour crash of 47%
		default:
			price *= 1 + (r.Float64()-0.5)*0.04
		}
		c := uint256.NewInt(uint64(price * 1e8))
		p.Times, p.Closes = append(p.Times, 1704070800+int64(i)*Hour), append(p.Closes, *c)
	}
	return p
}

// bruteLiquidations counts, with big.Int arithmetic written out, the loans opened at ltv at
// each start of p that reached the liquidation and the margin-call LTV within horizon hours.
// Only the borrow index comes from loanmath.Accrue.
func bruteLiquidations(t *testing.T, m Market, p HourPath, ltv *big.Int, horizon int) (starts, liquidated, marginCalled int) {
	t.Helper()
	rate, err := loanmath.RatePerSecond(m.BorrowRate)
	if err != nil {
		t.Fatal(err)
	}
	ray := new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)
	wad := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	idx := make([]*big.Int, horizon+1)
	for k := range idx {
		a, err := loanmath.Accrue(loanmath.RAY, new(uint256.Int), rate, uint64(k)*Hour)
		if err != nil {
			t.Fatal(err)
		}
		idx[k] = a.Index.ToBig()
	}
	// value of 1 BTC (1e8 sats) at close c (8 decimals) in USDC units (6): c × 1e8 × 1e6 ÷ 1e16
	value := func(c uint256.Int) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(c.ToBig(), big.NewInt(1e14)), big.NewInt(1e16))
	}
	ceilDiv := func(a, b *big.Int) *big.Int {
		q, r := new(big.Int).QuoRem(a, b, new(big.Int))
		if r.Sign() > 0 {
			q.Add(q, big.NewInt(1))
		}
		return q
	}
	liq, mc := m.LiquidationLTV.ToBig(), m.MarginCallLTV.ToBig()
	for i := 0; i+horizon < len(p.Closes); i++ {
		starts++
		borrow := new(big.Int).Div(new(big.Int).Mul(value(p.Closes[i]), ltv), wad)
		shares := new(big.Int).Div(new(big.Int).Mul(borrow, ray), ray)
		gotLiq, gotMC := false, false
		for k := 0; k <= horizon; k++ {
			debt := ceilDiv(new(big.Int).Mul(shares, idx[k]), ray)
			l := ceilDiv(new(big.Int).Mul(debt, wad), value(p.Closes[i+k]))
			gotLiq = gotLiq || l.Cmp(liq) >= 0
			gotMC = gotMC || l.Cmp(mc) >= 0
		}
		if gotLiq {
			liquidated++
		}
		if gotMC {
			marginCalled++
		}
	}
	return starts, liquidated, marginCalled
}

func TestAdviseAgainstBruteForce(t *testing.T) {
	m := DefaultMarket()
	m.BorrowRate = uint256.NewInt(0.25e18) // a high rate, so that interest moves the answer
	const horizon, windows = 24, 200       // 200 windows: a share of them is an exact WAD
	p := syntheticPath(horizon+windows, 7)
	// The brute force tries the whole grid.
	type counts struct{ starts, liquidated, marginCalled int }
	brute := make([]counts, 101)
	for k := 1; k <= 100; k++ {
		ltv := new(big.Int).Mul(big.NewInt(int64(k)), AdviseStep.ToBig())
		s, l, mc := bruteLiquidations(t, m, p, ltv, horizon)
		brute[k] = counts{s, l, mc}
	}
	tolerances := []*uint256.Int{uint256.NewInt(0.001e18), uint256.NewInt(0.01e18), uint256.NewInt(0.05e18), uint256.NewInt(0.2e18)}
	// and a tolerance exactly at the share of a step that liquidated some windows: at most
	// means that step is safe.
	for k := 1; k < 100; k++ {
		if l := brute[k].liquidated; l > 0 && l < windows {
			tolerances = append(tolerances, uint256.NewInt(uint64(l)*(1e18/windows)))
			break
		}
	}
	meetsBrute := func(c counts, tol *uint256.Int) bool {
		return new(big.Int).Mul(big.NewInt(int64(c.liquidated)), big.NewInt(1e18)).Cmp(new(big.Int).Mul(tol.ToBig(), big.NewInt(int64(c.starts)))) <= 0
	}
	interior, exact := 0, 0
	for _, odds := range tolerances {
		tol := FormatLTV(odds)
		collateral := uint256.NewInt(0.3e8)
		need := uint256.NewInt(5000e6)
		a, err := Advise(context.Background(), m, p, AdviseInput{Collateral: collateral, Need: need, Horizon: horizon, MaxLiquidationOdds: odds})
		if err != nil {
			t.Fatal(err)
		}
		wantK := 0
		for k := 1; k <= 100; k++ {
			if meetsBrute(brute[k], odds) {
				wantK = k
			}
		}
		if wantK == 0 {
			t.Fatalf("tolerance %s: the brute force finds no safe LTV: the synthetic path does not test the search", tol)
		}
		want := brute[wantK]
		if wantK < 100 {
			interior++
		}
		if new(big.Int).Mul(big.NewInt(int64(want.liquidated)), big.NewInt(1e18)).Cmp(new(big.Int).Mul(odds.ToBig(), big.NewInt(int64(want.starts)))) == 0 {
			exact++
		}
		if a.Safe == nil {
			t.Fatalf("tolerance %s: no safe LTV, brute force has %d × 0.5%%", tol, wantK)
		}
		if got, want := a.Safe.LTV.Uint64(), uint64(wantK)*AdviseStep.Uint64(); got != want {
			t.Errorf("tolerance %s: safe LTV %s, brute force %s", tol, FormatLTV(a.Safe.LTV), FormatLTV(uint256.NewInt(want)))
		}
		if a.Starts != want.starts || a.Safe.Liquidations != want.liquidated || a.Safe.MarginCalls != want.marginCalled {
			t.Errorf("tolerance %s: %d starts, %d liquidated, %d margin-called; brute force %+v", tol, a.Starts, a.Safe.Liquidations, a.Safe.MarginCalls, want)
		}
		switch {
		case wantK == 100 && a.Above != nil:
			t.Errorf("tolerance %s: the safe LTV is the borrowing limit, yet a step above it: %+v", tol, a.Above)
		case wantK < 100 && (a.Above == nil || a.Above.Liquidations != brute[wantK+1].liquidated):
			t.Errorf("tolerance %s: the step above the safe LTV: %+v, brute force %+v", tol, a.Above, brute[wantK+1])
		}
		if len(a.Tried) > 9 {
			t.Errorf("tolerance %s: %d backtests, want a bisection (at most 9)", tol, len(a.Tried))
		}
		t.Logf("tolerance %s: safe %s (%d/%d liquidated, %d margin calls), %d backtests", tol, FormatLTV(a.Safe.LTV), want.liquidated, want.starts, want.marginCalled, len(a.Tried))
		checkLoanFigures(t, m, a, horizon)
	}
	if interior < 2 || exact < 1 {
		t.Fatalf("%d tolerances put the safe LTV inside the grid, %d exactly at its share: the synthetic path does not test the search", interior, exact)
	}
}

// checkLoanFigures checks the loan's figures against floating-point formulas and the
// collateral needed against the LTV it gives.
func checkLoanFigures(t *testing.T, m Market, a Advice, horizon int) {
	t.Helper()
	price := Float(a.Price, FeedDecimals)
	borrow := Float(a.Borrow, LoanDecimals)
	years := float64(horizon*Hour) / (365 * 24 * 3600)
	wantEnd := borrow * math.Exp(Float(m.BorrowRate, 18)*years)
	if got := Float(a.DebtAtHorizon, LoanDecimals); math.Abs(got-wantEnd) > 1e-5 {
		t.Errorf("debt at the horizon %v, want %v", got, wantEnd)
	}
	if got := new(uint256.Int).Add(a.Borrow, a.Interest); !got.Eq(a.DebtAtHorizon) {
		t.Errorf("borrow %s + interest %s != debt at horizon %s", a.Borrow, a.Interest, a.DebtAtHorizon)
	}
	safe := Float(a.Safe.LTV, 18)
	coll := Float(a.Collateral, CollateralDecimals)
	// At opening the loan is at safe LTV, so it is liquidated after a fall of 1 − safe ÷ 0.8 (up to rounding).
	if got, want := a.Fall(a.LiquidationPrice), 1-safe/Float(m.LiquidationLTV, 18); math.Abs(got-want) > 1e-6 {
		t.Errorf("fall to liquidation %v, want %v", got, want)
	}
	if got, want := a.Fall(a.MarginCallPrice), 1-safe/Float(m.MarginCallLTV, 18); math.Abs(got-want) > 1e-6 {
		t.Errorf("fall to margin call %v, want %v", got, want)
	}
	safeBorrow := Float(a.SafeBorrow, LoanDecimals)
	if got, want := Float(a.LiquidationPriceEnd, FeedDecimals), safeBorrow*math.Exp(Float(m.BorrowRate, 18)*years)/(coll*Float(m.LiquidationLTV, 18)); math.Abs(got-want) > 1e-4 {
		t.Errorf("liquidation price at the horizon %v, want %v", got, want)
	}
	if got, want := Float(a.CollateralNeeded, CollateralDecimals), borrow/(safe*price); math.Abs(got-want) > 2e-8 {
		t.Errorf("collateral needed %v, want %v", got, want)
	}
	// Exactly: the collateral needed holds the loan at the safe LTV, one satoshi less does not.
	ltvWith := func(c *uint256.Int) *uint256.Int {
		l, err := loanmath.LTV(a.Borrow, c, a.Price, m.Scale)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	if l := ltvWith(a.CollateralNeeded); l.Gt(a.Safe.LTV) {
		t.Errorf("with the collateral needed the LTV is %s, above %s", FormatLTV(l), FormatLTV(a.Safe.LTV))
	}
	if l := ltvWith(new(uint256.Int).SubUint64(a.CollateralNeeded, 1)); !l.Gt(a.Safe.LTV) {
		t.Errorf("with a satoshi less than the collateral needed the LTV is %s, not above %s", FormatLTV(l), FormatLTV(a.Safe.LTV))
	}
	if want := Float(a.CollateralNeeded, CollateralDecimals) - coll; math.Abs(Float(a.CollateralToAdd, CollateralDecimals)-max(want, 0)) > 1e-9 {
		t.Errorf("collateral to add %s, want %v", a.CollateralToAdd, want)
	}
}

// TestAdviseOwnLTV: given a starting LTV, the borrow is the collateral's value at it and
// the odds at it match the brute force.
func TestAdviseOwnLTV(t *testing.T) {
	m := DefaultMarket()
	p := syntheticPath(120, 3)
	ltv := uint256.NewInt(0.45e18)
	a, err := Advise(context.Background(), m, p, AdviseInput{Collateral: uint256.NewInt(1e8), LTV: ltv, Horizon: 12, MaxLiquidationOdds: uint256.NewInt(0.05e18)})
	if err != nil {
		t.Fatal(err)
	}
	if want := Float(a.Price, FeedDecimals) * 0.45; math.Abs(Float(a.Borrow, LoanDecimals)-want) > 1e-6 {
		t.Errorf("borrow %s, want %v", a.Borrow, want)
	}
	s, l, mc := bruteLiquidations(t, m, p, ltv.ToBig(), 12)
	if a.Own == nil || a.Own.Starts != s || a.Own.Liquidations != l || a.Own.MarginCalls != mc {
		t.Errorf("own odds %+v, brute force %d starts, %d liquidated, %d margin calls", a.Own, s, l, mc)
	}
}

func TestAdviseBadInput(t *testing.T) {
	m := DefaultMarket()
	p := syntheticPath(50, 1)
	one, half := uint256.NewInt(1e8), uint256.NewInt(0.5e18)
	for _, c := range []struct {
		name string
		in   AdviseInput
		want string
	}{
		{"zero collateral", AdviseInput{Collateral: new(uint256.Int), Need: one, Horizon: 5, MaxLiquidationOdds: half}, "collateral must be positive"},
		{"need and LTV", AdviseInput{Collateral: one, Need: one, LTV: half, Horizon: 5, MaxLiquidationOdds: half}, "not both or neither"},
		{"neither", AdviseInput{Collateral: one, Horizon: 5, MaxLiquidationOdds: half}, "not both or neither"},
		{"tolerance 0", AdviseInput{Collateral: one, Need: one, Horizon: 5, MaxLiquidationOdds: new(uint256.Int)}, "strictly between 0 and 1"},
		{"tolerance 1", AdviseInput{Collateral: one, Need: one, Horizon: 5, MaxLiquidationOdds: uint256.NewInt(1e18)}, "strictly between 0 and 1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Advise(context.Background(), m, p, c.in)
			if !errors.Is(err, ErrBadAdviseInput) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error = %v, want ErrBadAdviseInput with %q", err, c.want)
			}
		})
	}
	_, err := Advise(context.Background(), m, p, AdviseInput{Collateral: one, Need: one, Horizon: 50, MaxLiquidationOdds: half})
	if !errors.Is(err, ErrHorizonTooLong) {
		t.Fatalf("horizon of the whole path: error = %v, want ErrHorizonTooLong", err)
	}
}
