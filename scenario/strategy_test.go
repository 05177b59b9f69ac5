package scenario

import (
	"context"
	"errors"
	"testing"

	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

func pathOf(p hourly) HourPath { return HourPath{Times: p.times, Closes: p.closes} }

// strategyReference follows one loan under s with loanmath's allocating functions, the
// index accrued from opening at every hour, and big reserve arithmetic kept apart.
func strategyReference(t *testing.T, m Market, p hourly, in StrategyInput, ltv *uint256.Int, i int) loanOutcome {
	t.Helper()
	var o loanOutcome
	must := func(v *uint256.Int, err error) *uint256.Int {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	rate := must(loanmath.RatePerSecond(m.BorrowRate))
	coll := new(uint256.Int).Set(in.Collateral)
	shares := must(loanmath.DebtAtLTV(must(loanmath.CollateralValue(coll, &p.closes[i], m.Scale)), ltv))
	trigger, target := m.MarginCallLTV, ltv
	if in.Strategy.Kind == RepayToTarget {
		trigger, target = in.Strategy.Trigger, in.Strategy.Target
	}
	used := new(uint256.Int)
	for k := 0; k <= in.Horizon; k++ {
		a, err := loanmath.Accrue(loanmath.RAY, new(uint256.Int), rate, uint64(k)*Hour)
		if err != nil {
			t.Fatal(err)
		}
		price := &p.closes[i+k]
		debt := must(loanmath.ToDebt(shares, a.Index))
		l := must(loanmath.LTV(debt, coll, price, m.Scale))
		if !l.Lt(trigger) && !o.exhausted {
			var amount *uint256.Int
			if in.Strategy.Kind == AddCollateral {
				amount = must(loanmath.CollateralToAddForLTV(debt, coll, price, target, m.Scale))
			} else {
				amount = must(loanmath.DebtToRepayForLTV(debt, coll, price, target, m.Scale))
			}
			if r := in.Strategy.Reserve; r != nil && new(uint256.Int).Add(used, amount).Cmp(r) >= 0 {
				amount = new(uint256.Int).Sub(r, used)
				o.exhausted = true
			}
			if !amount.IsZero() {
				o.actions++
				used.Add(used, amount)
				if in.Strategy.Kind == AddCollateral {
					coll.Add(coll, amount)
					o.cost.Add(&o.cost, must(loanmath.CollateralValue(amount, price, m.Scale)))
				} else {
					burned := must(loanmath.ToBorrowShares(amount, a.Index, loanmath.Floor))
					if burned.Gt(shares) {
						burned = shares
					}
					shares = new(uint256.Int).Sub(shares, burned)
					o.cost.Add(&o.cost, amount)
				}
				l = must(loanmath.LTV(must(loanmath.ToDebt(shares, a.Index)), coll, price, m.Scale))
			}
		}
		if m.Status(l) == Liquidatable {
			o.liquidated = true
			break
		}
	}
	o.used = *used
	return o
}

func strategies() []Strategy {
	return []Strategy{
		{Kind: AddCollateral, Reserve: uint256.NewInt(0.2e8)},
		{Kind: AddCollateral},
		{Kind: RepayAtMarginCall, Reserve: uint256.NewInt(5_000e6)},
		{Kind: RepayAtMarginCall, Reserve: uint256.NewInt(30e6)},
		{Kind: RepayToTarget, Trigger: uint256.NewInt(0.55e18), Target: uint256.NewInt(0.4e18), Reserve: uint256.NewInt(20_000e6)},
		{Kind: RepayToTarget, Trigger: uint256.NewInt(0.45e18), Target: uint256.NewInt(0.3e18)},
		{Kind: RepayToTarget, Trigger: uint256.NewInt(0.85e18), Target: uint256.NewInt(0.5e18)}, // past the liquidation line: never acts
	}
}

// TestStrategyWalksFromFirstCrossing: walking each loan from the first hour the sweep finds
// at a line gives every total of walking it from its opening, on the shipped history from
// June 2024 (the August crash included) at 7 days, at LTVs and strategies that act, and at
// a collateral that is not 1 BTC.
func TestStrategyWalksFromFirstCrossing(t *testing.T) {
	m := DefaultMarket()
	p := pathOf(shipped(t))
	p.Times, p.Closes = p.Times[3900:], p.Closes[3900:]
	ltvs := []*uint256.Int{uint256.NewInt(0.3e18), uint256.NewInt(0.45e18), uint256.NewInt(0.5e18)}
	acted := 0
	for si, s := range strategies() {
		for ci, coll := range []*uint256.Int{BacktestCollateral, uint256.NewInt(0.37e8)} {
			if ci > 0 && si > 1 {
				continue
			}
			in := StrategyInput{LTVs: ltvs, Horizon: 168, Collateral: coll, Strategy: s}
			fast, err := RunStrategy(context.Background(), m, p, in)
			if err != nil {
				t.Fatal(err)
			}
			strategyWalkAll = true
			all, err := RunStrategy(context.Background(), m, p, in)
			strategyWalkAll = false
			if err != nil {
				t.Fatal(err)
			}
			for i := range fast {
				f, a := fast[i], all[i]
				if f.Liquidations != a.Liquidations || f.Acted != a.Acted || f.Actions != a.Actions || f.Exhausted != a.Exhausted ||
					!f.ReserveUsed.Eq(a.ReserveUsed) || !f.MaxReserveUsed.Eq(a.MaxReserveUsed) || !f.Cost.Eq(a.Cost) || !f.MaxCost.Eq(a.MaxCost) {
					t.Errorf("%s, %s BTC at %s:\nfrom the first crossing %+v\n      from the opening %+v", s.Name(), coll.Dec(), FormatLTV(f.LTV), f, a)
				}
				acted += a.Acted
			}
		}
	}
	if acted == 0 {
		t.Fatal("no loan acted: the test tests nothing")
	}
}

func BenchmarkStrategy(b *testing.B) {
	m := DefaultMarket()
	p := pathOf(shipped(b))
	in := StrategyInput{LTVs: []*uint256.Int{uint256.NewInt(0.4e18), uint256.NewInt(0.5e18)}, Horizon: 720, Collateral: BacktestCollateral}
	for _, walkAll := range []bool{false, true} {
		b.Run(map[bool]string{false: "from-first-crossing", true: "every-hour"}[walkAll], func(b *testing.B) {
			strategyWalkAll = walkAll
			defer func() { strategyWalkAll = false }()
			for b.Loop() {
				for _, s := range []Strategy{{Kind: AddCollateral}, {Kind: RepayAtMarginCall}} {
					in.Strategy = s
					if _, err := RunStrategy(context.Background(), m, p, in); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// TestStrategyMatchesReference: loan by loan, RunStrategy's totals are the reference
// simulation's, on random paths with crashes and low prices.
func TestStrategyMatchesReference(t *testing.T) {
	m := DefaultMarket()
	m.BorrowRate = uint256.NewInt(0.3e18)
	p := randomHourly(3, 400)
	ltvs := []*uint256.Int{uint256.NewInt(0.2e18), uint256.NewInt(0.5e18)}
	const horizon = 48
	acted := 0
	for _, s := range strategies() {
		in := StrategyInput{LTVs: ltvs, Horizon: horizon, Collateral: uint256.NewInt(0.7e8), Strategy: s}
		got, err := RunStrategy(context.Background(), m, pathOf(p), in)
		if err != nil {
			t.Fatal(err)
		}
		for li, ltv := range ltvs {
			outs := make([]loanOutcome, len(p.closes)-horizon)
			for i := range outs {
				outs[i] = strategyReference(t, m, p, in, ltv, i)
			}
			want := sumOutcomes(ltv, outs)
			g := got[li]
			if g.Starts != want.Starts || g.Liquidations != want.Liquidations || g.Acted != want.Acted || g.Actions != want.Actions || g.Exhausted != want.Exhausted ||
				!g.ReserveUsed.Eq(want.ReserveUsed) || !g.MaxReserveUsed.Eq(want.MaxReserveUsed) || !g.Cost.Eq(want.Cost) || !g.MaxCost.Eq(want.MaxCost) {
				t.Errorf("%s at %s:\n got %+v\nwant %+v", s.Name(), FormatLTV(ltv), g, want)
			}
			acted += want.Acted
		}
	}
	if acted == 0 {
		t.Fatal("no loan acted: the path tests nothing")
	}
}

// TestStrategyNoReserve: with an empty reserve nobody acts, and the liquidations are the
// backtest's.
func TestStrategyNoReserve(t *testing.T) {
	p := randomHourly(4, 3000)
	m := DefaultMarket()
	ltvs := []*uint256.Int{uint256.NewInt(0.4e18), uint256.NewInt(0.5e18)}
	bt, err := run(m, p, BacktestInput{LTVs: ltvs, Horizon: 720})
	if err != nil {
		t.Fatal(err)
	}
	rs, err := RunStrategy(context.Background(), m, pathOf(p), StrategyInput{LTVs: ltvs, Horizon: 720, Collateral: BacktestCollateral, Strategy: Strategy{Kind: RepayAtMarginCall, Reserve: new(uint256.Int)}})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rs {
		if r.Liquidations != bt.Results[i].Liquidations || r.Acted != 0 || !r.Cost.IsZero() {
			t.Errorf("%s: %d liquidations, %d acted, cost %s; want %d, 0, 0", FormatLTV(r.LTV), r.Liquidations, r.Acted, r.Cost, bt.Results[i].Liquidations)
		}
	}
	if bt.Results[1].Liquidations == 0 {
		t.Fatal("no liquidation at 50%: the test tests nothing")
	}
}

// TestStrategyKnownDip: $100 then $75 for an hour: a loan at 50% reaches 66.7%, past the
// margin call; 0.33333334 BTC ($25) brings it back to 50%, 12.50 USDC repaid likewise.
func TestStrategyKnownDip(t *testing.T) {
	m := DefaultMarket()
	m.BorrowRate = new(uint256.Int)
	p := mustPrices(t, csvOf("100", "75", "100"))
	for _, tt := range []struct {
		s          Strategy
		used, cost uint64
	}{
		{Strategy{Kind: AddCollateral, Reserve: uint256.NewInt(1e8)}, 33333334, 25_000_000},
		{Strategy{Kind: RepayAtMarginCall, Reserve: uint256.NewInt(100e6)}, 12_500_000, 12_500_000},
	} {
		rs, err := RunStrategy(context.Background(), m, pathOf(p), StrategyInput{LTVs: []*uint256.Int{uint256.NewInt(0.5e18)}, Horizon: 1, Collateral: BacktestCollateral, Strategy: tt.s})
		if err != nil {
			t.Fatal(err)
		}
		r := rs[0]
		if r.Starts != 2 || r.Acted != 1 || r.Actions != 1 || r.Liquidations != 0 || r.ReserveUsed.Uint64() != tt.used || r.Cost.Uint64() != tt.cost {
			t.Errorf("%s: %+v; want 2 starts, 1 acted, used %d, cost %d", tt.s.Name(), r, tt.used, tt.cost)
		}
	}
}

func TestStrategyBadInput(t *testing.T) {
	p := mustPrices(t, csvOf("100", "75", "100"))
	for _, s := range []Strategy{{Kind: "sell"}, {Kind: RepayToTarget, Trigger: uint256.NewInt(0.3e18), Target: uint256.NewInt(0.4e18)}} {
		_, err := RunStrategy(context.Background(), DefaultMarket(), pathOf(p), StrategyInput{LTVs: []*uint256.Int{uint256.NewInt(0.5e18)}, Horizon: 1, Collateral: BacktestCollateral, Strategy: s})
		if !errors.Is(err, ErrBadStrategy) {
			t.Errorf("%+v: error %v, want ErrBadStrategy", s, err)
		}
	}
}
