package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/indexdb/positions"
	"github.com/ltvkeeper/ltvkeeper/scenario"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// reserveOf is a reserve flag: nil when not given, else a non-negative amount.
func reserveOf(c *cli.Context, f *cli.StringFlag, decimals uint8, unit, example string) (*uint256.Int, error) {
	s := strings.TrimSpace(c.String(f.Name))
	if s == "" {
		return nil, nil
	}
	if strings.HasPrefix(s, "-") {
		return nil, fmt.Errorf("--%s %s: a reserve cannot be negative; give 0 or more %s, such as %s", f.Name, s, unit, example)
	}
	v, err := units.Parse(s, decimals)
	if err != nil {
		return nil, fmt.Errorf("--%s %q: want an amount of %s such as %s (at most %d decimals)", f.Name, s, unit, example, decimals)
	}
	r, overflow := uint256.FromBig(v)
	if overflow {
		return nil, fmt.Errorf("--%s %s: too large", f.Name, s)
	}
	return r, nil
}

// strategiesOf is the strategies the flags ask for, in a fixed order.
func strategiesOf(c *cli.Context) ([]scenario.Strategy, error) {
	var out []scenario.Strategy
	btc, err := reserveOf(c, stReserveBTCFlag, scenario.CollateralDecimals, "BTC", "0.5")
	if err != nil {
		return nil, err
	}
	if btc != nil {
		out = append(out, scenario.Strategy{Kind: scenario.AddCollateral, Reserve: btc})
	}
	usdc, err := reserveOf(c, stReserveUSDCFlag, scenario.LoanDecimals, "USDC", "10000")
	if err != nil {
		return nil, err
	}
	at, to := strings.TrimSpace(c.String(stRepayAtFlag.Name)), strings.TrimSpace(c.String(stRepayToFlag.Name))
	if usdc != nil && at == "" {
		out = append(out, scenario.Strategy{Kind: scenario.RepayAtMarginCall, Reserve: usdc})
	}
	switch {
	case at == "" && to == "":
		return out, nil
	case at == "" || to == "":
		return nil, fmt.Errorf("--repay-at %q and --repay-to %q: give both, a trigger and a lower target, such as --repay-at 60%% --repay-to 40%%", at, to)
	}
	trigger, err1 := positions.ParseLTV(at)
	target, err2 := positions.ParseLTV(to)
	if err1 != nil || err2 != nil || trigger.Sign() <= 0 || target.Cmp(trigger) >= 0 {
		return nil, fmt.Errorf("--repay-at %s --repay-to %s: want LTVs as fractions or percentages with the target below the trigger, such as --repay-at 60%% --repay-to 40%%", at, to)
	}
	return append(out, scenario.Strategy{Kind: scenario.RepayToTarget, Reserve: usdc, Trigger: uint256.MustFromBig(trigger), Target: uint256.MustFromBig(target)}), nil
}

// strategyRun is one strategy's results at one horizon.
type strategyRun struct {
	Horizon  int
	Strategy scenario.Strategy
	Results  []scenario.StrategyResult
}

// reserveText prints a reserve amount in its unit.
func reserveText(s scenario.Strategy, v *uint256.Int) string {
	if s.Kind == scenario.AddCollateral {
		return btc(v) + " BTC"
	}
	return usd(v) + " USDC"
}

// meanOf is sum ÷ n, rounded down; 0 when n is 0.
func meanOf(sum *uint256.Int, n int) *uint256.Int {
	if n == 0 {
		return new(uint256.Int)
	}
	return new(uint256.Int).Div(sum, uint256.NewInt(uint64(n)))
}

func reserveLimit(s scenario.Strategy) string {
	if s.Reserve == nil {
		return "no limit"
	}
	return reserveText(s, s.Reserve)
}

// writeStrategies prints the strategies beside no action at one horizon.
func writeStrategies(w io.Writer, bt scenario.Backtest, runs []strategyRun) error {
	fmt.Fprintf(w, "\nstrategies over %d hours, beside no action (reserves per loan; cost: the USDC value of what was posted or repaid, when it was):\n", bt.Horizon)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "STRATEGY\tRESERVE\tSTART LTV\tLIQUIDATED\tACTED\tACTIONS\tRESERVE USED (MEAN / MAX)\tCOST USDC (MEAN / MAX)\tRESERVE EMPTIED")
	for _, r := range bt.Results {
		fmt.Fprintf(tw, "no action\t-\t%s\t%s (%d)\t-\t-\t-\t-\t-\n", scenario.FormatLTV(r.LTV), pct(r.LiquidationShare()), r.Liquidations)
	}
	for _, run := range runs {
		if run.Horizon != bt.Horizon {
			continue
		}
		for _, r := range run.Results {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s (%d)\t%s (%d)\t%d\t%s / %s\t%s / %s\t%d\n",
				run.Strategy.Name(), reserveLimit(run.Strategy), scenario.FormatLTV(r.LTV), pct(r.LiquidationShare()), r.Liquidations,
				pct(r.ActedShare()), r.Acted, r.Actions,
				reserveText(run.Strategy, meanOf(r.ReserveUsed, r.Acted)), reserveText(run.Strategy, r.MaxReserveUsed),
				usd(meanOf(r.Cost, r.Acted)), usd(r.MaxCost), r.Exhausted)
		}
	}
	return tw.Flush()
}

// strategyJSON is one strategy at one horizon in --json: amounts are decimal strings of
// base units (BTC 8 decimals, USDC 6).
type strategyJSON struct {
	HorizonHours int                  `json:"horizonHours"`
	Kind         string               `json:"kind"`
	Name         string               `json:"name"`
	Reserve      *string              `json:"reserve"` // null: no limit
	ReserveUnit  string               `json:"reserveUnit"`
	Trigger      *float64             `json:"trigger,omitempty"`
	Target       *float64             `json:"target,omitempty"`
	Results      []strategyResultJSON `json:"results"`
}

type strategyResultJSON struct {
	LTV              *float64 `json:"ltv"`
	Starts           int      `json:"starts"`
	Liquidations     int      `json:"liquidations"`
	LiquidationShare float64  `json:"liquidationShare"`
	Acted            int      `json:"acted"`
	ActedShare       float64  `json:"actedShare"`
	Actions          int      `json:"actions"`
	ReserveUsed      string   `json:"reserveUsed"`
	MaxReserveUsed   string   `json:"maxReserveUsed"`
	Cost             string   `json:"cost"`
	MaxCost          string   `json:"maxCost"`
	Exhausted        int      `json:"reserveEmptied"`
}

func strategiesJSON(runs []strategyRun) []strategyJSON {
	out := []strategyJSON{}
	for _, run := range runs {
		s := run.Strategy
		sj := strategyJSON{HorizonHours: run.Horizon, Kind: string(s.Kind), Name: s.Name(), ReserveUnit: "USDC"}
		if s.Kind == scenario.AddCollateral {
			sj.ReserveUnit = "BTC"
		}
		if s.Reserve != nil {
			d := s.Reserve.Dec()
			sj.Reserve = &d
		}
		if s.Kind == scenario.RepayToTarget {
			sj.Trigger, sj.Target = wadJSON(s.Trigger), wadJSON(s.Target)
		}
		for _, r := range run.Results {
			sj.Results = append(sj.Results, strategyResultJSON{
				LTV: wadJSON(r.LTV), Starts: r.Starts, Liquidations: r.Liquidations, LiquidationShare: r.LiquidationShare(),
				Acted: r.Acted, ActedShare: r.ActedShare(), Actions: r.Actions,
				ReserveUsed: r.ReserveUsed.Dec(), MaxReserveUsed: r.MaxReserveUsed.Dec(), Cost: r.Cost.Dec(), MaxCost: r.MaxCost.Dec(), Exhausted: r.Exhausted,
			})
		}
		out = append(out, sj)
	}
	return out
}
