package scenario

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"reflect"
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

// hourly is a price path read in full, for tests.
type hourly struct {
	times        []int64
	closes       []uint256.Int
	rows         int
	filled, gaps int
}

func (h *hourly) Next() (int64, uint256.Int, error) {
	if len(h.times) == 0 {
		return 0, uint256.Int{}, io.EOF
	}
	at, c := h.times[0], h.closes[0]
	h.times, h.closes = h.times[1:], h.closes[1:]
	return at, c, nil
}

func readHourly(r io.Reader, maxGap time.Duration) (hourly, error) {
	var p hourly
	h, err := NewHourlyPrices(r, maxGap)
	if err != nil {
		return p, err
	}
	for {
		at, c, err := h.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return p, err
		}
		p.times, p.closes = append(p.times, at), append(p.closes, c)
	}
	p.rows = h.Rows()
	p.filled, p.gaps = h.Filled()
	if h.Hours() != len(p.times) {
		return p, fmt.Errorf("Hours() %d, read %d", h.Hours(), len(p.times))
	}
	return p, nil
}

func mustPrices(t testing.TB, csv string) hourly {
	t.Helper()
	p, err := readHourly(strings.NewReader(csv), 0)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func shipped(t testing.TB) hourly {
	t.Helper()
	f, err := os.Open(shippedPrices)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := readHourly(f, 0)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// run is RunBacktest over p, which it leaves as it was.
func run(m Market, p hourly, in BacktestInput) (Backtest, error) {
	return RunBacktest(context.Background(), m, &p, in)
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
	bt, err := run(m, p, BacktestInput{LTVs: []*uint256.Int{uint256.NewInt(0.5e18), uint256.NewInt(0.3e18)}, Horizon: 3})
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
		if !r.WorstLTV.Eq(tt.worst) || r.WorstStart != p.times[1] || r.WorstAt != p.times[4] || r.Fall() != -0.4 {
			t.Errorf("LTV %s: worst %s from %d to %d (%v); want %s from %d to %d (-0.4)",
				FormatLTV(r.LTV), r.WorstLTV.Dec(), r.WorstStart, r.WorstAt, r.Fall(), tt.worst.Dec(), p.times[1], p.times[4])
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
		if _, err := run(DefaultMarket(), p, BacktestInput{LTVs: ltvs, Horizon: h}); err == nil {
			t.Errorf("horizon %d: no error", h)
		}
	}
	if _, err := run(DefaultMarket(), p, BacktestInput{LTVs: ltvs, Horizon: 3}); err == nil || !strings.Contains(err.Error(), "horizon longer") {
		t.Errorf("horizon 3 over 3 rows: %v, want ErrHorizonTooLong", err)
	}
	bt, err := run(DefaultMarket(), p, BacktestInput{LTVs: ltvs, Horizon: 2})
	if err != nil || bt.Starts != 1 {
		t.Fatalf("horizon 2 over 3 rows: %d starts, %v; want 1", bt.Starts, err)
	}
}

// follow computed with loanmath's own functions, allocation and all.
func followReference(t testing.TB, m Market, p hourly, ltv *uint256.Int, i, horizon int) startSummary {
	t.Helper()
	s := startSummary{start: i, marginCall: -1, liquidation: -1}
	value, _ := loanmath.CollateralValue(BacktestCollateral, &p.closes[i], m.Scale)
	borrow, _ := loanmath.MulDiv(value, ltv, loanmath.WAD, loanmath.Floor)
	rate, _ := loanmath.RatePerSecond(m.BorrowRate)
	for k := 0; k <= horizon; k++ {
		a, err := loanmath.Accrue(loanmath.RAY, borrow, rate, uint64(k)*Hour)
		if err != nil {
			t.Fatal(err)
		}
		debt, _ := loanmath.ToDebt(borrow, a.Index)
		l, err := loanmath.LTV(debt, BacktestCollateral, &p.closes[i+k], m.Scale)
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

// pathOver is m's path over horizon hours with the collateral values of p's closes.
func pathOver(t *testing.T, m Market, horizon int, p hourly) *path {
	t.Helper()
	pa, err := newPath(m, horizon)
	if err != nil {
		t.Fatal(err)
	}
	for j := range p.closes {
		v, err := loanmath.CollateralValue(BacktestCollateral, &p.closes[j], m.Scale)
		if err != nil {
			t.Fatal(err)
		}
		pa.values = append(pa.values, *v)
	}
	return pa
}

// The allocation-free path equals loanmath on the shipped prices, every 97th start, with a
// high rate so that interest matters.
func TestBacktestScenarioMatchesLoanmath(t *testing.T) {
	p := shipped(t)
	m := DefaultMarket()
	m.BorrowRate = uint256.NewInt(0.6e18)
	const horizon = 720
	pa := pathOver(t, m, horizon, p)
	for _, ltv := range []*uint256.Int{uint256.NewInt(0.1e18), uint256.NewInt(0.5e18), uint256.NewInt(333333333333333333)} {
		for i := 0; i+horizon < len(p.closes); i += 97 {
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
	if len(p.closes) != 6114 || p.rows != 6114 || p.filled != 0 {
		t.Fatalf("%d hours, %d rows, %d filled; want 6114, 6114, 0", len(p.closes), p.rows, p.filled)
	}
	bt, err := run(DefaultMarket(), p, BacktestInput{LTVs: []*uint256.Int{uint256.NewInt(0.1e18), uint256.NewInt(0.5e18)}, Horizon: 720})
	if err != nil {
		t.Fatal(err)
	}
	if bt.Starts != 6114-720 || bt.Hours != 6114 || bt.From != p.times[0] || bt.To != p.times[6113] {
		t.Fatalf("%d starts over %d hours from %d to %d, want %d over 6114 from %d to %d", bt.Starts, bt.Hours, bt.From, bt.To, 6114-720, p.times[0], p.times[6113])
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
		if _, err := run(DefaultMarket(), p, in); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBacktestScenarioBatches: following the start times a few at a time, as the window
// slides over the file, gives what one batch over the whole file gives.
func TestBacktestScenarioBatches(t *testing.T) {
	p := shipped(t)
	in := BacktestInput{LTVs: []*uint256.Int{uint256.NewInt(0.3e18), uint256.NewInt(0.5e18)}, Horizon: 72}
	want, err := runBacktest(context.Background(), DefaultMarket(), &hourly{times: p.times, closes: p.closes}, in, len(p.times))
	if err != nil {
		t.Fatal(err)
	}
	for _, batch := range []int{1, 7, 1000} {
		got, err := runBacktest(context.Background(), DefaultMarket(), &hourly{times: p.times, closes: p.closes}, in, batch)
		if err != nil {
			t.Fatal(err)
		}
		if got.held != in.Horizon+batch {
			t.Errorf("batch %d: held %d closes at once, want %d", batch, got.held, in.Horizon+batch)
		}
		got.held = want.held
		if !reflect.DeepEqual(got, want) {
			t.Errorf("batch %d:\n got %+v\nwant %+v", batch, got, want)
		}
	}
}

// TestBacktestScenarioStreams: a file far longer than the horizon is read as a stream:
// the backtest holds one window of closes, never the file.
func TestBacktestScenarioStreams(t *testing.T) {
	const rows = 200_000
	h, err := NewHourlyPrices(newGenerated(rows), 0)
	if err != nil {
		t.Fatal(err)
	}
	in := BacktestInput{LTVs: []*uint256.Int{uint256.NewInt(0.5e18)}, Horizon: 24}
	bt, err := RunBacktest(context.Background(), DefaultMarket(), h, in)
	if err != nil {
		t.Fatal(err)
	}
	if bt.Hours != rows || h.Rows() != rows || bt.Starts != rows-24 || bt.Results[0].Starts != rows-24 {
		t.Fatalf("%d hours, %d rows, %d starts; want %d, %d, %d", bt.Hours, h.Rows(), bt.Starts, rows, rows, rows-24)
	}
	if bt.held > in.Horizon+backtestBatch {
		t.Fatalf("held %d closes at once, want at most %d", bt.held, in.Horizon+backtestBatch)
	}
}

// cancelAt is an hourly source that cancels its context when row `at` has been read, and
// counts the rows read after that.
type cancelAt struct {
	src    HourSource
	cancel context.CancelFunc
	at     int
	read   int
}

func (c *cancelAt) Next() (int64, uint256.Int, error) {
	c.read++
	if c.read == c.at {
		c.cancel()
	}
	return c.src.Next()
}

// TestBacktestScenarioCancelled: a context cancelled in the middle of the file stops the
// backtest at the next close, with the context's error.
func TestBacktestScenarioCancelled(t *testing.T) {
	h, err := NewHourlyPrices(newGenerated(1_000_000), 0)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	src := &cancelAt{src: h, cancel: cancel, at: 10_000}
	_, err = RunBacktest(ctx, DefaultMarket(), src, BacktestInput{LTVs: []*uint256.Int{uint256.NewInt(0.5e18)}, Horizon: 720})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error = %v, want context.Canceled", err)
	}
	if src.read != src.at {
		t.Fatalf("read %d closes, want to stop right after the %d-th", src.read, src.at)
	}
}

// BenchmarkBacktestStream backtests a generated year of hourly closes read as a file,
// reporting allocations (run with -benchmem).
func BenchmarkBacktestStream(b *testing.B) {
	in := BacktestInput{Horizon: 720}
	for _, l := range []uint64{0.1e18, 0.5e18} {
		in.LTVs = append(in.LTVs, uint256.NewInt(l))
	}
	b.ReportAllocs()
	for b.Loop() {
		h, err := NewHourlyPrices(newGenerated(24*365), 0)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := RunBacktest(context.Background(), DefaultMarket(), h, in); err != nil {
			b.Fatal(err)
		}
	}
}

// bruteBacktests is runBacktests with every loan walked hour by hour.
func bruteBacktests(t testing.TB, m Market, p hourly, ltvs []*uint256.Int, horizons []int, batch int) []Backtest {
	t.Helper()
	bruteForce = true
	defer func() { bruteForce = false }()
	bts, err := runBacktests(context.Background(), m, &p, ltvs, horizons, batch)
	if err != nil {
		t.Fatal(err)
	}
	return bts
}

// sweepAndBrute returns runBacktests on p (the sweep) and bruteBacktests on p, which must be
// equal.
func sweepAndBrute(t testing.TB, m Market, p hourly, ltvs []*uint256.Int, horizons []int, batch int) (sweep, brute []Backtest) {
	t.Helper()
	brute = bruteBacktests(t, m, p, ltvs, horizons, batch)
	sweep, err := runBacktests(context.Background(), m, &p, ltvs, horizons, batch)
	if err != nil {
		t.Fatal(err)
	}
	return sweep, brute
}

// TestBacktestScenarioSweepShipped: the sweep gives what walking every hour of every
// window gives, to the wei, on the shipped prices at several rates and horizons.
func TestBacktestScenarioSweepShipped(t *testing.T) {
	p := shipped(t)
	ltvs := []*uint256.Int{uint256.NewInt(0.05e18), uint256.NewInt(0.3e18), uint256.NewInt(333333333333333333), uint256.NewInt(0.5e18)}
	for _, tt := range []struct {
		rate     uint64
		horizons []int
	}{
		{0, []int{1, 24 * 7}},
		{0.029e18, []int{1, 720, 24 * 90}},
		{1e18, []int{24 * 7}},
	} {
		m, horizons := DefaultMarket(), tt.horizons
		m.BorrowRate = uint256.NewInt(tt.rate)
		if got, want := sweepAndBrute(t, m, p, ltvs, horizons, backtestBatch); !reflect.DeepEqual(got, want) {
			t.Errorf("rate %s:\n got %+v\nwant %+v", FormatLTV(m.BorrowRate), got, want)
		}
	}
}

// randomHourly is n hourly closes of a random walk with flat runs, crashes, rebounds and
// stretches of very low prices (down to $0.01, where the roundings are largest).
func randomHourly(seed uint64, n int) hourly {
	r := rand.New(rand.NewPCG(seed, 7))
	p := hourly{}
	price := 1 + r.Float64()*100_000
	for i := range n {
		switch x := r.IntN(100); {
		case x < 30: // flat
		case x < 33:
			price *= 0.5 + r.Float64()*0.3 // crash
		case x < 36:
			price *= 1.2 + r.Float64() // rebound
		case x < 37:
			price = 0.01 + r.Float64() // very low
		default:
			price *= 1 + (r.Float64()-0.5)*0.04
		}
		price = min(max(price, 0.01), 1e9)
		c := uint256.NewInt(uint64(price * 1e8))
		p.times = append(p.times, 1704067200+int64(i+1)*Hour)
		p.closes = append(p.closes, *c)
	}
	return p
}

// TestBacktestScenarioSweepRandom: the sweep gives what the walk gives on random paths,
// in batches of several sizes.
func TestBacktestScenarioSweepRandom(t *testing.T) {
	for seed := range uint64(12) {
		p := randomHourly(seed, 600+int(seed)*37)
		m := DefaultMarket()
		m.BorrowRate = uint256.NewInt([]uint64{0, 0.029e18, 0.3e18, 1e18}[seed%4])
		ltvs := []*uint256.Int{uint256.NewInt(1), uint256.NewInt(0.001e18), uint256.NewInt(0.2e18), uint256.NewInt(0.5e18)}
		if seed%3 == 0 {
			ltvs = ltvs[2:] // without tiny loans: no walk forced by the slack
		}
		horizons := []int{1, 5, 48, 300}
		for _, batch := range []int{1, 13, 4096} {
			if got, want := sweepAndBrute(t, m, p, ltvs, horizons, batch); !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d batch %d:\n got %+v\nwant %+v", seed, batch, got, want)
			}
		}
	}
}

// TestBacktestScenarioSweepSummaries: start by start, the sweep's summaries are follow's.
func TestBacktestScenarioSweepSummaries(t *testing.T) {
	p := randomHourly(99, 2000)
	m := DefaultMarket()
	ltvs := []*uint256.Int{uint256.NewInt(0.25e18), uint256.NewInt(0.5e18)}
	pa := pathOver(t, m, 200, p)
	n := len(p.closes) - 200
	parts := [][]startSummary{make([]startSummary, n), make([]startSummary, n)}
	if err := pa.sweep(context.Background(), m, ltvs, 0, n, parts); err != nil {
		t.Fatal(err)
	}
	crossed := 0
	for li, ltv := range ltvs {
		for i := range n {
			want, err := pa.follow(m, ltv, i)
			if err != nil {
				t.Fatal(err)
			}
			if got := parts[li][i]; got != want {
				t.Fatalf("LTV %s start %d: got %+v, want %+v", FormatLTV(ltv), i, got, want)
			}
			if want.liquidation >= 0 {
				crossed++
			}
		}
	}
	if crossed == 0 {
		t.Fatal("no loan was liquidated: the path tests nothing")
	}
}
