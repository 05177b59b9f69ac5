package api

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/ltvkeeper/ltvkeeper/data"
	pt "github.com/ltvkeeper/ltvkeeper/indexdb/positions/positionstest"
	"github.com/ltvkeeper/ltvkeeper/scenario"
)

var (
	shippedOnce  sync.Once
	shippedTable *scenario.RiskTable
	shippedErr   error
)

// shippedRisk is the risk table of the default market over the shipped history, computed
// once for the package's tests.
func shippedRisk(t *testing.T) *scenario.RiskTable {
	t.Helper()
	shippedOnce.Do(func() {
		shippedTable, shippedErr = scenario.ShippedRiskTable(context.Background(), scenario.DefaultMarket())
	})
	if shippedErr != nil {
		t.Fatal(shippedErr)
	}
	return shippedTable
}

// direct backtests loans at ltvs over the shipped history at the risk table's horizons.
func direct(t *testing.T, ltvs ...*uint256.Int) []scenario.Backtest {
	t.Helper()
	src, err := scenario.NewHourlyPrices(bytes.NewReader(data.BTCUSD), 0)
	if err != nil {
		t.Fatal(err)
	}
	bts, err := scenario.RunBacktests(context.Background(), scenario.DefaultMarket(), src, ltvs, scenario.RiskHorizons)
	if err != nil {
		t.Fatal(err)
	}
	return bts
}

// /v1/risk answers 503 until the table is set, then the table's numbers; without a table 404.
func TestAPIRisk(t *testing.T) {
	url := seed(t)
	risk := NewRisk(data.BTCUSDName)
	srv := start(t, newPool(t, url), Options{Registry: prometheus.NewRegistry(), Risk: risk})
	var e errorBody
	get(t, srv, "/v1/risk", http.StatusServiceUnavailable, &e)
	if !strings.Contains(e.Error, "being computed") {
		t.Errorf("before the table: %q", e.Error)
	}
	var pr PositionResponse
	get(t, srv, "/v1/markets/"+pt.MarketA.Hex()+"/positions/"+pt.Alice.Hex(), http.StatusOK, &pr)
	if pr.Risk != nil || !strings.Contains(pr.RiskNote, "being computed") {
		t.Errorf("a position before the table: risk %v, note %q", pr.Risk, pr.RiskNote)
	}

	table := shippedRisk(t)
	risk.Set(table, nil)
	var resp RiskResponse
	get(t, srv, "/v1/risk", http.StatusOK, &resp)
	if resp.Prices != data.BTCUSDName || resp.Hours != 6114 || resp.StepLTVWad != "5000000000000000" || len(resp.Horizons) != 3 {
		t.Fatalf("prices %q, %d hours, step %s, %d horizons", resp.Prices, resp.Hours, resp.StepLTVWad, len(resp.Horizons))
	}
	for i, h := range resp.Horizons {
		bt := table.Horizons[i]
		if h.Hours != bt.Horizon || h.Starts != bt.Starts || len(h.Points) != 160 {
			t.Fatalf("horizon %d: %d hours, %d starts, %d points; the table has %d, %d, %d", i, h.Hours, h.Starts, len(h.Points), bt.Horizon, bt.Starts, len(bt.Results))
		}
		for j, p := range h.Points {
			r := bt.Results[j]
			if p.LTVWad != r.LTV.Dec() || p.MarginCalls != r.MarginCalls || p.Liquidations != r.Liquidations {
				t.Errorf("%dh at %s: %+v, the table has %d margin calls and %d liquidations", h.Hours, r.LTV.Dec(), p, r.MarginCalls, r.Liquidations)
			}
		}
		if h.Worst.Move >= 0 || h.Worst.LiquidatesFrom <= 0.5 || h.Worst.LiquidatesFrom >= 0.8 {
			t.Errorf("%dh worst window %+v: want a fall that liquidates loans from between 50%% and 80%%", h.Hours, h.Worst)
		}
	}

	get(t, start(t, newPool(t, url), Options{Registry: prometheus.NewRegistry()}), "/v1/risk", http.StatusNotFound, &e)
	if !strings.Contains(e.Error, "no risk table") {
		t.Errorf("without a table: %q", e.Error)
	}
}

// A position's odds are those of a direct backtest at the grid point at or above its LTV,
// and bound the backtest at its LTV to the grid's precision: between the grid points either
// side of it.
func TestAPIPositionRisk(t *testing.T) {
	risk := NewRisk(data.BTCUSDName)
	risk.Set(shippedRisk(t), nil)
	srv := start(t, newPool(t, seed(t)), Options{Registry: prometheus.NewRegistry(), Risk: risk})
	for _, b := range []struct {
		name      string
		borrower  string
		wantGrid  string
		wantNote  string
		wantFirst string
	}{
		{"Alice at 20%", pt.Alice.Hex(), "200000000000000000", "", "in the price history, a loan at this LTV was margin-called in 0% and liquidated in 0% of "},
		{"Bob at 70%", pt.Bob.Hex(), "700000000000000000", "", "in the price history, a loan at this LTV was margin-called in 100.0% and liquidated in "},
		{"Carol past the line", pt.Carol.Hex(), "", "past the liquidation line", ""},
	} {
		t.Run(b.name, func(t *testing.T) {
			var pr PositionResponse
			get(t, srv, "/v1/markets/"+pt.MarketA.Hex()+"/positions/"+b.borrower, http.StatusOK, &pr)
			if b.wantNote != "" {
				if pr.Risk != nil || !strings.Contains(pr.RiskNote, b.wantNote) {
					t.Fatalf("risk %+v, note %q; want none, saying %q", pr.Risk, pr.RiskNote, b.wantNote)
				}
				return
			}
			if pr.Risk == nil {
				t.Fatalf("no risk: %s", pr.RiskNote)
			}
			r := pr.Risk
			if r.LTVWad != *pr.Position.LTVWad || r.GridLTVWad != b.wantGrid || len(r.Odds) != 3 {
				t.Fatalf("risk at %s, grid %s, %d horizons; want the position's LTV %s, grid %s, 3", r.LTVWad, r.GridLTVWad, len(r.Odds), *pr.Position.LTVWad, b.wantGrid)
			}
			if !strings.HasPrefix(r.Odds[0].Text, b.wantFirst) || !strings.HasSuffix(r.Odds[0].Text, " 7-day windows") {
				t.Errorf("text %q, want it to start %q and end with 7-day windows", r.Odds[0].Text, b.wantFirst)
			}
			ltv, grid := uint256.MustFromDecimal(r.LTVWad), uint256.MustFromDecimal(r.GridLTVWad)
			below := new(uint256.Int).Sub(grid, scenario.RiskStep)
			for i, bt := range direct(t, below, ltv, grid) {
				lo, at, hi, o := bt.Results[0], bt.Results[1], bt.Results[2], r.Odds[i]
				if o.Hours != bt.Horizon || o.Windows != hi.Starts || o.MarginCalls != hi.MarginCalls || o.Liquidations != hi.Liquidations {
					t.Errorf("%dh: the API says %+v; a backtest at %s: %d windows, %d margin calls, %d liquidations", bt.Horizon, o, grid.Dec(), hi.Starts, hi.MarginCalls, hi.Liquidations)
				}
				if at.MarginCalls < lo.MarginCalls || at.MarginCalls > o.MarginCalls || at.Liquidations < lo.Liquidations || at.Liquidations > o.Liquidations {
					t.Errorf("%dh: a backtest at the position's LTV: %d margin calls, %d liquidations, not between %d-%d and %d-%d",
						bt.Horizon, at.MarginCalls, at.Liquidations, lo.MarginCalls, o.MarginCalls, lo.Liquidations, o.Liquidations)
				}
			}
		})
	}
}
