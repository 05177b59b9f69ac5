package main

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"text/tabwriter"

	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/indexdb/positions"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/scenario"
	"github.com/ltvkeeper/ltvkeeper/units"
)

var simulateCommand = &cli.Command{
	Name:  "simulate",
	Usage: "show what BTC price moves do to a loan: LTV, status, how to get back to safety, liquidation",
	Description: `Values a loan at the start price and after each price move, with the default market's
lines (margin call at 65%, liquidation at 80% back to 70% with a 5% bonus), and says how
much BTC to add or USD to repay to get back to --target. Moves are instant: no interest.
Past the liquidation line it shows what a liquidation repays, seizes and writes off.

With --conviction it sets beside it the same loan whose borrowed USDC bought BTC at the
start price, deposited as more collateral. Equity is collateral value + USDC in hand − debt:
the defensive borrower keeps the USDC borrowed (or what it paid for), the conviction borrower
holds none.

Amounts in --json are decimal strings of base units (BTC 8 decimals, USDC 6, prices 8);
ltv is a fraction (0.2 = 20%) and price is in USD.`,
	Flags: []cli.Flag{
		simCollateralFlag, simBorrowFlag, simPriceFlag, simTargetFlag, simConvictionFlag, simChangesFlag, positionsJSONFlag,
	},
	Action: runSimulate,
}

// simulateInput validates the simulate flags.
func simulateInput(c *cli.Context, m scenario.Market) (scenario.SimulateInput, error) {
	var in scenario.SimulateInput
	if c.NArg() > 0 {
		return in, fmt.Errorf("unexpected argument %q: simulate takes only flags (see 'ltvkeeper simulate --help')", c.Args().First())
	}
	// Checked here rather than by urfave/cli, which would print the whole help on stdout.
	for _, f := range []*cli.StringFlag{simCollateralFlag, simBorrowFlag, simPriceFlag} {
		if c.String(f.Name) == "" {
			return in, fmt.Errorf("--%s is required: %s (or set %s)", f.Name, strings.TrimSuffix(f.Usage, " (required)"), f.EnvVars[0])
		}
	}
	// The bounds are far above any real loan and keep the loan math within 256 bits.
	var err error
	if in.Collateral, err = positiveAmount(c, simCollateralFlag, scenario.CollateralDecimals, "a BTC amount such as 0.25", "21000000"); err != nil {
		return in, err
	}
	if in.Borrow, err = positiveAmount(c, simBorrowFlag, scenario.LoanDecimals, "a dollar amount such as 2000", "1000000000000"); err != nil {
		return in, err
	}
	if in.Price, err = positiveAmount(c, simPriceFlag, scenario.FeedDecimals, "a dollar price such as 40000", "1000000000"); err != nil {
		return in, err
	}
	if in.Target, err = targetLTV(c, simTargetFlag.Name, m.MarginCallLTV); err != nil {
		return in, err
	}
	s := c.String(simChangesFlag.Name)
	for _, part := range strings.Split(s, ",") {
		ch, err := scenario.ParseChange(part)
		if err != nil {
			return in, fmt.Errorf("%s %q: %w (want a list such as +20%%,-20%%,-40%%)", flagRef(c, "changes"), s, err)
		}
		if !ch.Down && ch.Fraction.Gt(maxRise) {
			return in, fmt.Errorf("%s %q: %s is more than the largest rise, +%s%% (want a list such as +20%%,-20%%,-40%%)",
				flagRef(c, "changes"), s, ch.Text, units.Format(maxRise.ToBig(), 16))
		}
		if moved, err := ch.Apply(in.Price); err != nil || moved.IsZero() {
			return in, fmt.Errorf("%s %q: %s takes %s %s to no price at all (want falls that leave a price, such as -60%%)",
				flagRef(c, "changes"), s, ch.Text, flagRef(c, simPriceFlag.Name), c.String(simPriceFlag.Name))
		}
		in.Changes = append(in.Changes, ch)
	}
	in.Conviction = c.Bool(simConvictionFlag.Name)
	return in, nil
}

// targetLTV reads the LTV to get back to from the flag name, for simulate and position
// --what-if alike: above 0 and below the margin-call line marginCall (at or above it, a
// borrower at margin call would be told to add nothing).
func targetLTV(c *cli.Context, name string, marginCall *uint256.Int) (*uint256.Int, error) {
	s := c.String(name)
	v, err := positions.ParseLTV(s)
	if err != nil || v.Sign() <= 0 || v.Cmp(marginCall.ToBig()) >= 0 {
		return nil, targetError(flagRef(c, name), s, marginCall)
	}
	return uint256.MustFromBig(v), nil
}

// targetError refuses the target s, given as ref, against the margin-call line marginCall.
func targetError(ref, s string, marginCall *uint256.Int) error {
	return fmt.Errorf("%s %q: want an LTV above 0 and below the %s margin-call line, as a fraction such as 0.2 or a percentage such as 20%%",
		ref, s, scenario.FormatLTV(marginCall))
}

// maxRise is the largest price rise simulate tries: +100000%, the price times 1,001.
var maxRise = new(uint256.Int).Mul(uint256.NewInt(1000), loanmath.WAD)

// positiveAmount reads a positive decimal flag of at most max (in whole units) as base units.
func positiveAmount(c *cli.Context, f *cli.StringFlag, decimals uint8, want, max string) (*uint256.Int, error) {
	s := c.String(f.Name)
	v, err := units.Parse(s, decimals)
	if err != nil || v.Sign() == 0 {
		return nil, fmt.Errorf("%s %q: want %s (positive, at most %d decimals)", flagRef(c, f.Name), s, want, decimals)
	}
	if limit, _ := units.Parse(max, decimals); v.Cmp(limit) > 0 {
		return nil, fmt.Errorf("%s %q: want %s of at most %s", flagRef(c, f.Name), s, want, max)
	}
	return uint256.MustFromBig(v), nil
}

func runSimulate(c *cli.Context) error {
	m := scenario.DefaultMarket()
	in, err := simulateInput(c, m)
	if err != nil {
		return err
	}
	sim, err := scenario.Simulate(m, in)
	if errors.Is(err, scenario.ErrBorrowTooHigh) {
		return fmt.Errorf("--borrow %s against --collateral-btc %s at --price %s: %w; borrow less or deposit more",
			c.String(simBorrowFlag.Name), c.String(simCollateralFlag.Name), c.String(simPriceFlag.Name), err)
	}
	if errors.Is(err, loanmath.ErrOverflow) || errors.Is(err, loanmath.ErrDivisionByZero) {
		// The flags' bounds should keep this from happening; if it does, name every input.
		return fmt.Errorf("--collateral-btc %s, --borrow %s, --price %s, --changes %s, --target %s: %w: try smaller amounts or moves",
			c.String(simCollateralFlag.Name), c.String(simBorrowFlag.Name), c.String(simPriceFlag.Name),
			c.String(simChangesFlag.Name), c.String(simTargetFlag.Name), err)
	}
	if err != nil {
		return err
	}
	if c.Bool(positionsJSONFlag.Name) {
		return writeJSON(c.App.Writer, simulationJSONOf(sim))
	}
	return writeSimulation(c.App.Writer, sim)
}

func btc(v *uint256.Int) string { return units.Format(v.ToBig(), scenario.CollateralDecimals) }
func usd(v *uint256.Int) string { return units.Format(v.ToBig(), scenario.LoanDecimals) }

// usdPrice prints a feed price in dollars rounded to the cent, for people.
func usdPrice(v *uint256.Int) string {
	return fmt.Sprintf("%.2f", scenario.Float(v, scenario.FeedDecimals))
}

// cents prints a loan-token amount rounded to the cent, for people.
func cents(v *big.Int) string {
	return fmt.Sprintf("%.2f", *units.Float(v, scenario.LoanDecimals))
}

func writeSimulation(w io.Writer, sim scenario.Simulation) error {
	m := sim.Market
	fmt.Fprintf(w, "start price %s USD; margin call at %s, liquidation at %s (back to %s, %s bonus); target %s; moves are instant (no interest)\n",
		usdPrice(sim.Price), scenario.FormatLTV(m.MarginCallLTV), scenario.FormatLTV(m.LiquidationLTV),
		scenario.FormatLTV(m.LiquidationTargetLTV), scenario.FormatLTV(m.LiquidationBonus), scenario.FormatLTV(sim.Target))
	for _, l := range sim.Loans {
		fmt.Fprintf(w, "%-11s %s BTC against %s USD", l.Name+":", btc(l.Collateral), usd(l.Debt))
		if !l.Bought.IsZero() {
			fmt.Fprintf(w, " (%s BTC bought with the %s USD borrowed)", btc(l.Bought), usd(l.Debt))
		} else if !l.Cash.IsZero() {
			fmt.Fprintf(w, " (the %s USD borrowed kept)", usd(l.Cash))
		}
		fmt.Fprintf(w, "; margin call below %s USD, liquidation below %s USD\n", usdPrice(l.MarginCallPrice), usdPrice(l.LiquidationPrice))
	}
	if len(sim.Loans) > 1 {
		fmt.Fprintln(w)
		if err := writeComparison(w, sim); err != nil {
			return err
		}
	}
	for _, l := range sim.Loans {
		fmt.Fprintln(w)
		if len(sim.Loans) > 1 {
			fmt.Fprintf(w, "%s loan\n", l.Name)
		}
		if err := writeLoanPath(w, sim.Target, l); err != nil {
			return err
		}
	}
	return nil
}

// writeComparison sets the loans side by side: LTV, status and equity at each move.
func writeComparison(w io.Writer, sim scenario.Simulation) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	header := []string{"MOVE", "BTC (USD)"}
	for _, l := range sim.Loans {
		n := strings.ToUpper(l.Name)
		header = append(header, n+" LTV", "STATUS", "EQUITY (USD)", "VS START")
	}
	fmt.Fprintln(tw, strings.Join(header, "\t"))
	for i, p := range sim.Loans[0].Points {
		row := []string{p.Change.Text, usdPrice(p.Price)}
		for _, l := range sim.Loans {
			q, start := l.Points[i], l.Points[0]
			row = append(row, scenario.FormatLTV(q.LTV), string(q.Status), cents(q.Equity), change(q.Equity, start.Equity))
		}
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	return tw.Flush()
}

// change is how much e moved from start, as a signed percentage.
func change(e, start *big.Int) string {
	if start.Sign() == 0 {
		return "-"
	}
	f, _ := new(big.Rat).SetFrac(new(big.Int).Sub(e, start), new(big.Int).Abs(start)).Float64()
	return fmt.Sprintf("%+.2f%%", f*100)
}

func writeLoanPath(w io.Writer, target *uint256.Int, l scenario.LoanPath) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	t := scenario.FormatLTV(target)
	fmt.Fprintf(tw, "MOVE\tBTC (USD)\tLTV\tSTATUS\tTO %s: ADD (BTC)\tOR REPAY (USD)\tLIQUIDATION: REPAID (USD)\tSEIZED (BTC)\tBAD DEBT (USD)\tLTV AFTER\n", t)
	for _, p := range l.Points {
		add, repay := "-", "-"
		if !p.CollateralToAdd.IsZero() || !p.DebtToRepay.IsZero() {
			add, repay = btc(p.CollateralToAdd), usd(p.DebtToRepay)
		}
		liq := "-\t-\t-\t-"
		if q := p.Liquidation; q != nil {
			liq = strings.Join([]string{usd(q.Repaid), btc(q.Seized), usd(q.BadDebt), scenario.FormatLTV(q.LTVAfter)}, "\t")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.Change.Text, usdPrice(p.Price), scenario.FormatLTV(p.LTV), p.Status, add, repay, liq)
	}
	return tw.Flush()
}

// simulationJSON is simulate --json: amounts are decimal strings of base units, ltv a
// fraction, prices in USD (the *Feed fields are exact, in feed units).
type simulationJSON struct {
	Price              *float64       `json:"price"`
	PriceFeed          string         `json:"priceFeed"`
	Target             *float64       `json:"target"`
	TargetWad          string         `json:"targetWad"`
	Market             marketJSON     `json:"market"`
	Loans              []loanPathJSON `json:"loans"`
	CollateralDecimals uint8          `json:"collateralDecimals"`
	LoanDecimals       uint8          `json:"loanDecimals"`
	FeedDecimals       uint8          `json:"feedDecimals"`
}

type marketJSON struct {
	MaxBorrowLTV         *float64 `json:"maxBorrowLtv"`
	MarginCallLTV        *float64 `json:"marginCallLtv"`
	LiquidationLTV       *float64 `json:"liquidationLtv"`
	LiquidationBonus     *float64 `json:"liquidationBonus"`
	LiquidationTargetLTV *float64 `json:"liquidationTargetLtv"`
	BorrowRate           *float64 `json:"borrowRate"`
}

type loanPathJSON struct {
	Name                 string      `json:"name"`
	Collateral           string      `json:"collateral"`
	Debt                 string      `json:"debt"`
	Cash                 string      `json:"cash"`
	Bought               string      `json:"bought"`
	MarginCallPrice      *float64    `json:"marginCallPrice"`
	MarginCallPriceFeed  string      `json:"marginCallPriceFeed"`
	LiquidationPrice     *float64    `json:"liquidationPrice"`
	LiquidationPriceFeed string      `json:"liquidationPriceFeed"`
	Points               []pointJSON `json:"points"`
}

type pointJSON struct {
	Change          string           `json:"change"`
	Price           *float64         `json:"price"`
	PriceFeed       string           `json:"priceFeed"`
	Value           string           `json:"value"`
	LTV             *float64         `json:"ltv"`
	LTVWad          string           `json:"ltvWad"`
	Status          string           `json:"status"`
	CollateralToAdd string           `json:"collateralToAdd"`
	DebtToRepay     string           `json:"debtToRepay"`
	Equity          string           `json:"equity"`
	Liquidation     *liquidationJSON `json:"liquidation"`
}

type liquidationJSON struct {
	Repaid          string   `json:"repaid"`
	Seized          string   `json:"seized"`
	BadDebt         string   `json:"badDebt"`
	DebtAfter       string   `json:"debtAfter"`
	CollateralAfter string   `json:"collateralAfter"`
	LTVAfter        *float64 `json:"ltvAfter"`
	LTVAfterWad     string   `json:"ltvAfterWad"`
	EquityAfter     string   `json:"equityAfter"`
}

func wadJSON(v *uint256.Int) *float64 { return units.Float(v.ToBig(), 18) }

func simulationJSONOf(sim scenario.Simulation) simulationJSON {
	m := sim.Market
	out := simulationJSON{
		Price: units.Float(sim.Price.ToBig(), scenario.FeedDecimals), PriceFeed: sim.Price.Dec(),
		Target: wadJSON(sim.Target), TargetWad: sim.Target.Dec(),
		Market: marketJSON{
			MaxBorrowLTV: wadJSON(m.MaxBorrowLTV), MarginCallLTV: wadJSON(m.MarginCallLTV), LiquidationLTV: wadJSON(m.LiquidationLTV),
			LiquidationBonus: wadJSON(m.LiquidationBonus), LiquidationTargetLTV: wadJSON(m.LiquidationTargetLTV), BorrowRate: wadJSON(m.BorrowRate),
		},
		CollateralDecimals: scenario.CollateralDecimals, LoanDecimals: scenario.LoanDecimals, FeedDecimals: scenario.FeedDecimals,
	}
	for _, l := range sim.Loans {
		lj := loanPathJSON{
			Name: l.Name, Collateral: l.Collateral.Dec(), Debt: l.Debt.Dec(), Cash: l.Cash.Dec(), Bought: l.Bought.Dec(),
			MarginCallPrice: units.Float(l.MarginCallPrice.ToBig(), scenario.FeedDecimals), MarginCallPriceFeed: l.MarginCallPrice.Dec(),
			LiquidationPrice: units.Float(l.LiquidationPrice.ToBig(), scenario.FeedDecimals), LiquidationPriceFeed: l.LiquidationPrice.Dec(),
		}
		for _, p := range l.Points {
			lj.Points = append(lj.Points, pointJSONOf(p, scenario.FeedDecimals))
		}
		out.Loans = append(out.Loans, lj)
	}
	return out
}

// pointJSONOf is p in --json, its prices at feedDecimals.
func pointJSONOf(p scenario.Point, feedDecimals uint8) pointJSON {
	pj := pointJSON{
		Change: p.Change.Text, Price: units.Float(p.Price.ToBig(), feedDecimals), PriceFeed: p.Price.Dec(),
		Value: p.Value.Dec(), LTV: wadJSON(p.LTV), LTVWad: p.LTV.Dec(), Status: string(p.Status),
		CollateralToAdd: p.CollateralToAdd.Dec(), DebtToRepay: p.DebtToRepay.Dec(), Equity: p.Equity.String(),
	}
	if q := p.Liquidation; q != nil {
		pj.Liquidation = &liquidationJSON{
			Repaid: q.Repaid.Dec(), Seized: q.Seized.Dec(), BadDebt: q.BadDebt.Dec(),
			DebtAfter: q.DebtAfter.Dec(), CollateralAfter: q.CollateralAfter.Dec(),
			LTVAfter: wadJSON(q.LTVAfter), LTVAfterWad: q.LTVAfter.Dec(), EquityAfter: q.EquityAfter.String(),
		}
	}
	return pj
}
