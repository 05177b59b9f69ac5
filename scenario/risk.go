package scenario

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/data"
)

// RiskHorizons are the horizons of a risk table, in hours: 7, 30 and 90 days.
var RiskHorizons = []int{7 * 24, 30 * 24, 90 * 24}

// RiskStep is the spacing of a risk table's grid of starting LTVs: half a percentage
// point (WAD).
var RiskStep = uint256.NewInt(0.005e18)

// RiskTable is the backtest at every starting LTV of a fine grid, from one step up to the
// market's liquidation LTV, at several horizons: the odds of a margin call and of a
// liquidation by starting LTV, looked up for any LTV with At.
type RiskTable struct {
	Market   Market
	Step     *uint256.Int // the grid's spacing, WAD
	LTVs     []*uint256.Int
	Horizons []Backtest // one per horizon, Results at LTVs
}

// NewRiskTable backtests loans at every multiple of step up to m's liquidation LTV over
// src, at each horizon (hours).
func NewRiskTable(ctx context.Context, m Market, src HourSource, step *uint256.Int, horizons []int) (*RiskTable, error) {
	if step == nil || step.IsZero() || !step.Lt(m.LiquidationLTV) {
		return nil, fmt.Errorf("risk table step %v: want above 0 and below the liquidation LTV %s", step, FormatLTV(m.LiquidationLTV))
	}
	t := &RiskTable{Market: m, Step: new(uint256.Int).Set(step)}
	for l := new(uint256.Int).Set(step); !l.Gt(m.LiquidationLTV); l = new(uint256.Int).Add(l, step) {
		t.LTVs = append(t.LTVs, l)
	}
	if last := t.LTVs[len(t.LTVs)-1]; !last.Eq(m.LiquidationLTV) {
		t.LTVs = append(t.LTVs, new(uint256.Int).Set(m.LiquidationLTV))
	}
	bts, err := RunBacktests(ctx, m, src, t.LTVs, horizons)
	if err != nil {
		return nil, err
	}
	t.Horizons = bts
	return t, nil
}

// ErrNoOdds is an LTV a risk table has no odds for.
var ErrNoOdds = errors.New("no odds for this LTV")

// At is the grid point at or above ltv (the odds of a loan at ltv are at most those of
// the grid point: a higher starting LTV is never safer) and its result at each horizon,
// in the table's order. An LTV past the liquidation LTV has no grid point: ErrNoOdds.
func (t *RiskTable) At(ltv *uint256.Int) (*uint256.Int, []LTVResult, error) {
	i := 0
	if !ltv.IsZero() {
		var q, r uint256.Int
		q.DivMod(ltv, t.Step, &r)
		if !r.IsZero() {
			q.AddUint64(&q, 1)
		}
		if !q.IsUint64() || q.Uint64() > uint64(len(t.LTVs)) {
			return nil, nil, fmt.Errorf("%w: %s is past the liquidation LTV %s", ErrNoOdds, FormatLTV(ltv), FormatLTV(t.Market.LiquidationLTV))
		}
		i = int(q.Uint64()) - 1
		if i == len(t.LTVs)-1 && t.LTVs[i].Lt(ltv) {
			return nil, nil, fmt.Errorf("%w: %s is past the liquidation LTV %s", ErrNoOdds, FormatLTV(ltv), FormatLTV(t.Market.LiquidationLTV))
		}
	}
	out := make([]LTVResult, len(t.Horizons))
	for h, bt := range t.Horizons {
		out[h] = bt.Results[i]
	}
	return t.LTVs[i], out, nil
}

// ShippedRiskTable is the risk table of m over the price history shipped with ltvkeeper
// (package data), on the RiskStep grid at RiskHorizons.
func ShippedRiskTable(ctx context.Context, m Market) (*RiskTable, error) {
	src, err := NewHourlyPrices(bytes.NewReader(data.BTCUSD), 0)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", data.BTCUSDName, err)
	}
	t, err := NewRiskTable(ctx, m, src, RiskStep, RiskHorizons)
	if err != nil {
		return nil, fmt.Errorf("risk table over %s: %w", data.BTCUSDName, err)
	}
	return t, nil
}
