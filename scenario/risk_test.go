package scenario

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/units"
)

// The table's odds at an LTV are a direct backtest's at the grid point at or above it, and
// bound a direct backtest at the LTV itself from above; the grid point below bounds it from
// below.
func TestRiskTableMatchesBacktest(t *testing.T) {
	m := DefaultMarket()
	p := shipped(t)
	began := time.Now()
	q := p
	table, err := NewRiskTable(context.Background(), m, &q, RiskStep, RiskHorizons)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d LTVs × %d horizons over %d hours in %s", len(table.LTVs), len(RiskHorizons), p.rows, time.Since(began))
	if got, want := len(table.LTVs), 160; got != want {
		t.Fatalf("%d grid points, want %d (0.5%% to 80%%)", got, want)
	}
	for _, s := range []string{"0.2", "0.333333333333333333", "0.4475", "0.5", "0.61234", "0.8"} {
		ltv := wad(t, s)
		grid, odds, err := table.At(ltv)
		if err != nil {
			t.Fatalf("At(%s): %v", s, err)
		}
		below := new(uint256.Int).Sub(grid, RiskStep)
		if grid.Lt(ltv) || !below.Lt(ltv) {
			t.Fatalf("At(%s): grid point %s, want the one at or above", s, grid.Dec())
		}
		ltvs := []*uint256.Int{below, ltv, grid}
		q := p
		direct, err := RunBacktests(context.Background(), m, &q, ltvs, RiskHorizons)
		if err != nil {
			t.Fatal(err)
		}
		for h, bt := range direct {
			lo, at, hi := bt.Results[0], bt.Results[1], bt.Results[2]
			if odds[h].MarginCalls != hi.MarginCalls || odds[h].Liquidations != hi.Liquidations || odds[h].Starts != hi.Starts {
				t.Errorf("At(%s) at %d hours: %d/%d margin calls, %d liquidations; a backtest at %s: %d/%d, %d",
					s, bt.Horizon, odds[h].MarginCalls, odds[h].Starts, odds[h].Liquidations, grid.Dec(), hi.MarginCalls, hi.Starts, hi.Liquidations)
			}
			if at.MarginCalls > hi.MarginCalls || at.MarginCalls < lo.MarginCalls || at.Liquidations > hi.Liquidations || at.Liquidations < lo.Liquidations {
				t.Errorf("%s at %d hours: %d margin calls, %d liquidations, not between the grid's %d-%d and %d-%d",
					s, bt.Horizon, at.MarginCalls, at.Liquidations, lo.MarginCalls, hi.MarginCalls, lo.Liquidations, hi.Liquidations)
			}
		}
	}
	if _, _, err := table.At(wad(t, "0.80001")); !errors.Is(err, ErrNoOdds) {
		t.Errorf("At(80.001%%): %v, want ErrNoOdds", err)
	}
	if grid, _, err := table.At(new(uint256.Int)); err != nil || !grid.Eq(RiskStep) {
		t.Errorf("At(0): %v, %v, want the first grid point", grid, err)
	}
}

func wad(t *testing.T, s string) *uint256.Int {
	t.Helper()
	v, err := units.Parse(s, 18)
	if err != nil {
		t.Fatal(err)
	}
	return uint256.MustFromBig(v)
}
