package scenario

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

const shippedPrices = "../data/btc-usd-1h-2024-coinbase.csv"

// csvOf writes closes as a price file of consecutive hours from 1 Jan 2024 00:00 UTC.
func csvOf(closes ...string) string {
	var b strings.Builder
	b.WriteString("timestamp,close\n")
	for i, c := range closes {
		fmt.Fprintf(&b, "%d,%s\n", 1704067200+int64(i)*Hour, c)
	}
	return b.String()
}

func mustPrices(t testing.TB, csv string) Prices {
	t.Helper()
	p, err := ReadPrices(strings.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func shipped(t testing.TB) Prices {
	t.Helper()
	f, err := os.Open(shippedPrices)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := ReadPrices(f)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// A flat $100 with a crash to $60 for two hours and a dip to $75, followed 3 hours:
//
//	row    0   1   2   3   4  5   6   7   8   9   10  11
//	close  100 100 100 100 60 60  100 100 75  100 100 100
//
// 9 start times (rows 0–8). At 50%, loans opened at $100 reach 83.3% at $60 (liquidated)
// and 66.7% at $75 (margin call): starts 1, 2, 3 are liquidated, after 3, 2 and 1 hours;
// starts 6 and 7 reach only the margin call, after 2 and 1 hours. So 5/9 margin calls, 3/9
// liquidations, median time to margin call 2 hours (of 1, 1, 2, 2, 3). At 30% the worst is
// 50%: nothing. The worst window is row 1 → row 4, −40%.
func TestBacktestScenarioKnownCrash(t *testing.T) {
	p := mustPrices(t, csvOf("100", "100", "100", "100", "60", "60", "100", "100", "75", "100", "100", "100"))
	m := DefaultMarket()
	bt, err := RunBacktest(m, p, BacktestInput{LTVs: []*uint256.Int{uint256.NewInt(0.5e18), uint256.NewInt(0.3e18)}, Horizon: 3})
	if err != nil {
		t.Fatal(err)
	}
	if bt.Starts != 9 || len(bt.Results) != 2 {
		t.Fatalf("starts %d, results %d; want 9 and 2", bt.Starts, len(bt.Results))
	}
	// The worst loan at 50%: $50 borrowed at $100, three hours of 2.9% interest, at $60.
	rate, _ := loanmath.RatePerSecond(m.BorrowRate)
	accrued, _ := loanmath.Accrue(loanmath.RAY, new(uint256.Int), rate, 3*Hour)
	debt, _ := loanmath.ToDebt(uint256.NewInt(50e6), accrued.Index)
	worst50, _ := loanmath.LTV(debt, BacktestCollateral, uint256.NewInt(60e8), m.Scale)
	if !worst50.Gt(uint256.NewInt(833333333333333334)) {
		t.Fatalf("worst LTV %s: interest should lift it above 83.33…%%", worst50.Dec())
	}
	debt, _ = loanmath.ToDebt(uint256.NewInt(30e6), accrued.Index)
	worst30, _ := loanmath.LTV(debt, BacktestCollateral, uint256.NewInt(60e8), m.Scale)

	tests := []struct {
		got                       LTVResult
		marginCalls, liquidations int
		median                    time.Duration
		worst                     *uint256.Int
	}{
		{bt.Results[0], 5, 3, 2 * time.Hour, worst50},
		{bt.Results[1], 0, 0, 0, worst30},
	}
	for _, tt := range tests {
		r := tt.got
		if r.Starts != 9 || r.MarginCalls != tt.marginCalls || r.Liquidations != tt.liquidations || r.MedianToMarginCall != tt.median {
			t.Errorf("LTV %s: %d starts, %d margin calls, %d liquidations, median %s; want 9, %d, %d, %s",
				FormatLTV(r.LTV), r.Starts, r.MarginCalls, r.Liquidations, r.MedianToMarginCall, tt.marginCalls, tt.liquidations, tt.median)
		}
		if !r.WorstLTV.Eq(tt.worst) || r.WorstStart != p.Times[1] || r.WorstAt != p.Times[4] || r.Fall() != -0.4 {
			t.Errorf("LTV %s: worst %s from %d to %d (%v); want %s from %d to %d (-0.4)",
				FormatLTV(r.LTV), r.WorstLTV.Dec(), r.WorstStart, r.WorstAt, r.Fall(), tt.worst.Dec(), p.Times[1], p.Times[4])
		}
	}
	if got := share(5, 9); bt.Results[0].MarginCallShare() != got || bt.Results[0].LiquidationShare() != share(3, 9) {
		t.Errorf("shares %v, %v", bt.Results[0].MarginCallShare(), bt.Results[0].LiquidationShare())
	}
}

func TestBacktestScenarioHorizon(t *testing.T) {
	p := mustPrices(t, csvOf("100", "90", "80"))
	ltvs := []*uint256.Int{uint256.NewInt(0.5e18)}
	for _, h := range []int{0, -1} {
		if _, err := RunBacktest(DefaultMarket(), p, BacktestInput{LTVs: ltvs, Horizon: h}); err == nil {
			t.Errorf("horizon %d: no error", h)
		}
	}
	if _, err := RunBacktest(DefaultMarket(), p, BacktestInput{LTVs: ltvs, Horizon: 3}); err == nil || !strings.Contains(err.Error(), "horizon longer") {
		t.Errorf("horizon 3 over 3 rows: %v, want ErrHorizonTooLong", err)
	}
	bt, err := RunBacktest(DefaultMarket(), p, BacktestInput{LTVs: ltvs, Horizon: 2})
	if err != nil || bt.Starts != 1 {
		t.Fatalf("horizon 2 over 3 rows: %d starts, %v; want 1", bt.Starts, err)
	}
}

// follow computed with loanmath's own functions, allocation and all.
func followReference(t testing.TB, m Market, p Prices, ltv *uint256.Int, i, horizon int) startSummary {
	t.Helper()
	s := startSummary{start: i, marginCall: -1, liquidation: -1}
	value, _ := loanmath.CollateralValue(BacktestCollateral, &p.Closes[i], m.Scale)
	borrow, _ := loanmath.MulDiv(value, ltv, loanmath.WAD, loanmath.Floor)
	rate, _ := loanmath.RatePerSecond(m.BorrowRate)
	for k := 0; k <= horizon; k++ {
		a, err := loanmath.Accrue(loanmath.RAY, borrow, rate, uint64(k)*Hour)
		if err != nil {
			t.Fatal(err)
		}
		debt, _ := loanmath.ToDebt(borrow, a.Index)
		l, err := loanmath.LTV(debt, BacktestCollateral, &p.Closes[i+k], m.Scale)
		if err != nil {
			t.Fatal(err)
		}
		if s.marginCall < 0 && m.Status(l) != Healthy {
			s.marginCall = k
		}
		if s.liquidation < 0 && m.Status(l) == Liquidatable {
			s.liquidation = k
		}
		if k == 0 || l.Gt(&s.worst) {
			s.worst, s.worstAt = *l, k
		}
	}
	return s
}

// The allocation-free path equals loanmath on the shipped prices, every 97th start, with a
// high rate so that interest matters.
func TestBacktestScenarioMatchesLoanmath(t *testing.T) {
	p := shipped(t)
	m := DefaultMarket()
	m.BorrowRate = uint256.NewInt(0.6e18)
	const horizon = 720
	pa, err := newPath(m, p, horizon)
	if err != nil {
		t.Fatal(err)
	}
	for _, ltv := range []*uint256.Int{uint256.NewInt(0.1e18), uint256.NewInt(0.5e18), uint256.NewInt(333333333333333333)} {
		for i := 0; i+horizon < p.Len(); i += 97 {
			got, err := pa.follow(m, ltv, i)
			if err != nil {
				t.Fatal(err)
			}
			if want := followReference(t, m, p, ltv, i, horizon); got != want {
				t.Fatalf("LTV %s start %d: got %+v, want %+v", ltv.Dec(), i, got, want)
			}
		}
	}
}

func TestBacktestScenarioShipped(t *testing.T) {
	p := shipped(t)
	if p.Len() != 6114 {
		t.Fatalf("%d rows, want 6114", p.Len())
	}
	bt, err := RunBacktest(DefaultMarket(), p, BacktestInput{LTVs: []*uint256.Int{uint256.NewInt(0.1e18), uint256.NewInt(0.5e18)}, Horizon: 720})
	if err != nil {
		t.Fatal(err)
	}
	if bt.Starts != 6114-720 {
		t.Fatalf("%d starts, want %d", bt.Starts, 6114-720)
	}
	// The August 2024 crash is the worst window.
	for _, r := range bt.Results {
		if at := time.Unix(r.WorstAt, 0).UTC(); at.Month() != time.August || at.Day() != 5 {
			t.Errorf("LTV %s: worst LTV at %s, want 5 Aug 2024", FormatLTV(r.LTV), at)
		}
	}
}

func BenchmarkBacktest(b *testing.B) {
	p := shipped(b)
	in := BacktestInput{Horizon: 720}
	for _, l := range []uint64{0.1e18, 0.2e18, 0.3e18, 0.4e18, 0.5e18} {
		in.LTVs = append(in.LTVs, uint256.NewInt(l))
	}
	for b.Loop() {
		if _, err := RunBacktest(DefaultMarket(), p, in); err != nil {
			b.Fatal(err)
		}
	}
}
