package scenario_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/scenario"
	"github.com/ltvkeeper/ltvkeeper/units"
)

func btc(s string) *uint256.Int   { return amount(s, scenario.CollateralDecimals) }
func usd(s string) *uint256.Int   { return amount(s, scenario.LoanDecimals) }
func price(s string) *uint256.Int { return amount(s, scenario.FeedDecimals) }
func wad(s string) *uint256.Int   { return amount(s, 18) }

func amount(s string, decimals uint8) *uint256.Int {
	v, err := units.Parse(s, decimals)
	if err != nil {
		panic(err)
	}
	return uint256.MustFromBig(v)
}

func changes(t *testing.T, ss ...string) []scenario.Change {
	t.Helper()
	out := make([]scenario.Change, len(ss))
	for i, s := range ss {
		c, err := scenario.ParseChange(s)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = c
	}
	return out
}

func simulate(t *testing.T, in scenario.SimulateInput) scenario.Simulation {
	t.Helper()
	sim, err := scenario.Simulate(scenario.DefaultMarket(), in)
	if err != nil {
		t.Fatal(err)
	}
	return sim
}

func wantInt(t *testing.T, what string, got, want *uint256.Int) {
	t.Helper()
	if !got.Eq(want) {
		t.Errorf("%s = %s, want %s", what, got.Dec(), want.Dec())
	}
}

// The worked example: $2,000 against $10,000 of BTC is 20%; at $12,000 16.67%; at $8,000 25%.
func TestSimulateWorkedExample(t *testing.T) {
	sim := simulate(t, scenario.SimulateInput{
		Collateral: btc("0.1"), Borrow: usd("2000"), Price: price("100000"),
		Changes: changes(t, "+20%", "-20%"), Target: wad("0.2"),
	})
	if len(sim.Loans) != 1 {
		t.Fatalf("%d loans, want the defensive one only", len(sim.Loans))
	}
	tests := []struct {
		change, price, ltv, shown string
		add, repay                *uint256.Int
	}{
		{"start", "100000", "200000000000000000", "20.00%", uint256.NewInt(0), uint256.NewInt(0)},
		{"+20%", "120000", "166666666666666667", "16.67%", uint256.NewInt(0), uint256.NewInt(0)},
		{"-20%", "80000", "250000000000000000", "25.00%", btc("0.025"), usd("400")},
	}
	for i, tt := range tests {
		p := sim.Loans[0].Points[i]
		if p.Change.Text != tt.change || p.Status != scenario.Healthy || p.Liquidation != nil {
			t.Errorf("point %d: change %s, status %s, liquidation %v", i, p.Change.Text, p.Status, p.Liquidation)
		}
		wantInt(t, tt.change+" price", p.Price, price(tt.price))
		wantInt(t, tt.change+" LTV", p.LTV, uint256.MustFromDecimal(tt.ltv))
		if got := scenario.FormatLTV(p.LTV); got != tt.shown {
			t.Errorf("%s LTV shown %s, want %s", tt.change, got, tt.shown)
		}
		wantInt(t, tt.change+" collateral to add", p.CollateralToAdd, tt.add)
		wantInt(t, tt.change+" debt to repay", p.DebtToRepay, tt.repay)
	}
}

// With conviction the $2,000 borrowed at $40,000 buys 0.05 BTC more: 0.3 BTC against $2,000.
func TestSimulateConviction(t *testing.T) {
	sim := simulate(t, scenario.SimulateInput{
		Collateral: btc("0.25"), Borrow: usd("2000"), Price: price("40000"),
		Changes: changes(t, "+20%", "-20%", "-40%", "-60%"), Target: wad("0.2"), Conviction: true,
	})
	if len(sim.Loans) != 2 || sim.Loans[0].Name != "defensive" || sim.Loans[1].Name != "conviction" {
		t.Fatalf("loans = %+v", sim.Loans)
	}
	def, conv := sim.Loans[0], sim.Loans[1]
	wantInt(t, "bought", conv.Bought, btc("0.05"))
	wantInt(t, "conviction collateral", conv.Collateral, btc("0.3"))
	wantInt(t, "conviction cash", conv.Cash, uint256.NewInt(0))
	wantInt(t, "defensive cash", def.Cash, usd("2000"))
	wantInt(t, "defensive liquidation price", def.LiquidationPrice, price("10000"))
	wantInt(t, "conviction liquidation price", conv.LiquidationPrice, uint256.NewInt(833333333334)) // 2000 ÷ (0.3 × 0.8), rounded up
	tests := []struct {
		change          string
		defLTV, convLTV string
		defEqu, convEqu int64 // dollars
	}{
		{"start", "200000000000000000", "166666666666666667", 10000, 10000},
		{"+20%", "166666666666666667", "138888888888888889", 12000, 12400},
		{"-20%", "250000000000000000", "208333333333333334", 8000, 7600},
		{"-40%", "333333333333333334", "277777777777777778", 6000, 5200},
		{"-60%", "500000000000000000", "416666666666666667", 4000, 2800},
	}
	for i, tt := range tests {
		d, c := def.Points[i], conv.Points[i]
		wantInt(t, tt.change+" defensive LTV", d.LTV, uint256.MustFromDecimal(tt.defLTV))
		wantInt(t, tt.change+" conviction LTV", c.LTV, uint256.MustFromDecimal(tt.convLTV))
		if d.Equity.Cmp(big.NewInt(tt.defEqu*1e6)) != 0 || c.Equity.Cmp(big.NewInt(tt.convEqu*1e6)) != 0 {
			t.Errorf("%s equity: defensive %s, conviction %s; want %d and %d dollars", tt.change, d.Equity, c.Equity, tt.defEqu, tt.convEqu)
		}
	}
}

// Past the liquidation line the outcome is loanmath.Liquidate's, the liquidator offering the
// whole debt: a partial liquidation back to 70%, and past the bonus a full one with bad debt.
func TestSimulateScenarioLiquidation(t *testing.T) {
	m := scenario.DefaultMarket()
	sim := simulate(t, scenario.SimulateInput{
		Collateral: btc("0.1"), Borrow: usd("5000"), Price: price("100000"),
		Changes: changes(t, "-25%", "-40%", "-85%"), Target: wad("0.2"),
	})
	l := sim.Loans[0]
	if p := l.Points[1]; p.Status != scenario.MarginCall || p.Liquidation != nil {
		t.Errorf("-25%%: status %s, liquidation %v; want margin_call and none", p.Status, p.Liquidation)
	}
	for _, i := range []int{2, 3} {
		p := l.Points[i]
		if p.Status != scenario.Liquidatable || p.Liquidation == nil {
			t.Fatalf("%s: status %s, liquidation %v; want liquidatable with an outcome", p.Change.Text, p.Status, p.Liquidation)
		}
		want, err := loanmath.Liquidate(l.Debt, l.Collateral, p.Price, l.Debt, m.LiquidationTargetLTV, m.LiquidationBonus, m.Scale)
		if err != nil {
			t.Fatal(err)
		}
		q := p.Liquidation
		wantInt(t, p.Change.Text+" repaid", q.Repaid, want.Repaid)
		wantInt(t, p.Change.Text+" seized", q.Seized, want.Seized)
		wantInt(t, p.Change.Text+" bad debt", q.BadDebt, want.BadDebt)
		debtAfter := new(uint256.Int).Sub(l.Debt, want.Repaid)
		debtAfter.Sub(debtAfter, want.BadDebt)
		wantLTV, err := loanmath.LTV(debtAfter, new(uint256.Int).Sub(l.Collateral, want.Seized), p.Price, m.Scale)
		if err != nil {
			t.Fatal(err)
		}
		wantInt(t, p.Change.Text+" LTV after", q.LTVAfter, wantLTV)
	}
	// -40%: $5,000 against $6,000 is 83.33%; the liquidation brings it to 70%, not below.
	if q := l.Points[2].Liquidation; q.BadDebt.Sign() != 0 || q.LTVAfter.Gt(wad("0.7")) || q.LTVAfter.Lt(wad("0.6999")) {
		t.Errorf("-40%%: bad debt %s, LTV after %s; want none and 70%%", q.BadDebt.Dec(), q.LTVAfter.Dec())
	}
	// -85%: $1,500 of collateral against $5,000: all seized for 1500 ÷ 1.05, the rest bad debt.
	q := l.Points[3].Liquidation
	wantInt(t, "-85% seized", q.Seized, btc("0.1"))
	wantInt(t, "-85% repaid", q.Repaid, usd("1428.571429"))
	wantInt(t, "-85% bad debt", q.BadDebt, usd("3571.428571"))
	wantInt(t, "-85% LTV after", q.LTVAfter, uint256.NewInt(0))
}

func TestSimulateScenarioBorrowTooHigh(t *testing.T) {
	_, err := scenario.Simulate(scenario.DefaultMarket(), scenario.SimulateInput{
		Collateral: btc("0.1"), Borrow: usd("5001"), Price: price("100000"), Target: wad("0.2"),
	})
	if err == nil || !strings.Contains(err.Error(), "50.01%") {
		t.Fatalf("error = %v, want borrow too high at 50.01%%", err)
	}
}

func TestScenarioParseChange(t *testing.T) {
	tests := []struct {
		in       string
		down     bool
		fraction string
		applied  string // to a price of 100000
	}{
		{"+20%", false, "0.2", "120000"},
		{"-20%", true, "0.2", "80000"},
		{" 12.5% ", false, "0.125", "112500"},
		{"-99.9%", true, "0.999", "100"},
		{"0%", false, "0", "100000"},
	}
	for _, tt := range tests {
		c, err := scenario.ParseChange(tt.in)
		if err != nil {
			t.Errorf("%q: %v", tt.in, err)
			continue
		}
		got, err := c.Apply(price("100000"))
		if err != nil {
			t.Fatal(err)
		}
		if c.Down != tt.down || !c.Fraction.Eq(wad(tt.fraction)) || !got.Eq(price(tt.applied)) {
			t.Errorf("%q: down %v, fraction %s, applied %s; want %v, %s, %s", tt.in, c.Down, c.Fraction.Dec(), got.Dec(), tt.down, tt.fraction, tt.applied)
		}
	}
	for _, bad := range []string{"abc", "20", "-100%", "-150%", "+-5%", "%", "1e3%"} {
		if _, err := scenario.ParseChange(bad); err == nil {
			t.Errorf("ParseChange(%q) succeeded, want an error", bad)
		}
	}
}
