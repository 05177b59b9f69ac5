package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/indexdb/positions"
	"github.com/ltvkeeper/ltvkeeper/scenario"
	"github.com/ltvkeeper/ltvkeeper/units"
)

var adviseCommand = &cli.Command{
	Name:  "advise",
	Usage: "the borrower's answer from the price history: the highest safe starting LTV, its odds, interest, the falls it survives and the collateral it takes",
	Description: `Searches starting LTVs on a 0.5% grid up to the market's borrowing limit (50%), by
bisection, for the highest one whose loans, opened at every hourly close of the price file and
followed for --horizon exactly as 'backtest' follows them (no action, debt growing per second
at --interest), were liquidated in at most --max-liquidation-odds of the windows. At that LTV
it reports the margin-call odds, the price falls from the file's last close to the margin
call and to the liquidation (at opening, and with the horizon's interest added), and the
collateral it takes to hold --need (or --ltv's amount) there. For the borrower's own loan it
reports its LTV at the last close, its odds in the same windows and the interest it costs
over the horizon. Amounts are computed in integers with the contract's math.

Every share counts windows of one history: they overlap and are not independent, and the
past bounds nothing; a fall larger than any in the file can come. The price file is read as
'backtest' reads it (--prices, --max-gap).

With a strategy (--reserve-btc, --reserve-usdc, --repay-at and --repay-to; reserves for the
borrower's own collateral), the borrower's loan is followed again in the same windows acting
as the strategy says: the share liquidated, the share that acted, the reserve used and what
acting cost.`,
	Flags:  append([]cli.Flag{simCollateralFlag, advNeedFlag, advLTVFlag, btHorizonFlag, advOddsFlag, btInterestFlag, btPricesFlag, btMaxGapFlag, positionsJSONFlag}, strategyFlags...),
	Action: runAdvise,
}

// adviseFlags validates the advise flags before reading the price file.
func adviseFlags(c *cli.Context, m *scenario.Market) (scenario.AdviseInput, error) {
	var in scenario.AdviseInput
	if c.NArg() > 0 {
		return in, fmt.Errorf("unexpected argument %q: advise takes only flags (see 'ltvkeeper advise --help')", c.Args().First())
	}
	if c.String(simCollateralFlag.Name) == "" {
		return in, fmt.Errorf("--%s is required: BTC deposited as collateral, such as 0.25 (or set %s)", simCollateralFlag.Name, simCollateralFlag.EnvVars[0])
	}
	var err error
	if in.Collateral, err = positiveAmount(c, simCollateralFlag, scenario.CollateralDecimals, "a BTC amount such as 0.25", "21000000"); err != nil {
		return in, err
	}
	need, ltv := c.String(advNeedFlag.Name), c.String(advLTVFlag.Name)
	switch {
	case need != "" && ltv != "":
		return in, fmt.Errorf("--need %s and --ltv %s: give one of them, the USDC needed or the starting LTV, not both", need, ltv)
	case need == "" && ltv == "":
		return in, errors.New("neither --need nor --ltv given: give the USDC needed (--need 20000) or a starting LTV (--ltv 30%)")
	case need != "":
		if in.Need, err = positiveAmount(c, advNeedFlag, scenario.LoanDecimals, "a dollar amount such as 20000", "1000000000000"); err != nil {
			return in, err
		}
	default:
		v, err := positions.ParseLTV(ltv)
		if err != nil {
			return in, fmt.Errorf("--ltv %q: want a fraction such as 0.3 or a percentage such as 30%%", ltv)
		}
		in.LTV = uint256.MustFromBig(v)
		if in.LTV.IsZero() || in.LTV.Gt(m.MaxBorrowLTV) {
			return in, fmt.Errorf("--ltv %s: a starting LTV must be above 0 and at most the market's %s borrowing limit (%s is %s)",
				ltv, scenario.FormatLTV(m.MaxBorrowLTV), ltv, scenario.FormatLTV(in.LTV))
		}
	}
	s := c.String(btHorizonFlag.Name)
	if in.Horizon, err = parseHorizon(s); err != nil {
		return in, fmt.Errorf("--horizon %q: %w", s, err)
	}
	s = c.String(advOddsFlag.Name)
	odds, err := positions.ParseLTV(s)
	if err != nil || odds.Sign() <= 0 || odds.Cmp(oneWAD.ToBig()) >= 0 {
		return in, fmt.Errorf("--max-liquidation-odds %s: want a share of windows strictly between 0 and 1, such as 0.01 or 1%%", s)
	}
	in.MaxLiquidationOdds = uint256.MustFromBig(odds)
	return in, interestOf(c, m)
}

var oneWAD = uint256.NewInt(1e18)

func runAdvise(c *cli.Context) error {
	m := scenario.DefaultMarket()
	in, err := adviseFlags(c, &m)
	if err != nil {
		return err
	}
	strategies, err := strategiesOf(c)
	if err != nil {
		return err
	}
	maxGap, err := maxGapOf(c)
	if err != nil {
		return err
	}
	path, f, err := openPrices(c.String(btPricesFlag.Name))
	if err != nil {
		return err
	}
	defer f.Close()
	prices, err := scenario.NewHourlyPrices(f, maxGap)
	if err != nil {
		return fmt.Errorf("--prices %s: %w", path, err)
	}
	hp, err := scenario.ReadHourPath(prices)
	if err != nil {
		return fmt.Errorf("--prices %s: %w", path, err)
	}
	if hours := len(hp.Times); in.Horizon >= hours {
		return horizonTooLong(c.String(btHorizonFlag.Name), hours, path)
	}
	a, err := scenario.Advise(c.Context, m, hp, in)
	if err != nil {
		return err
	}
	var runs []strategyRun
	if a.Own != nil {
		for _, st := range strategies {
			rs, err := scenario.RunStrategy(c.Context, m, hp, scenario.StrategyInput{LTVs: []*uint256.Int{a.LTV}, Horizon: in.Horizon, Collateral: in.Collateral, Strategy: st})
			if err != nil {
				return fmt.Errorf("%s: %w", st.Name(), err)
			}
			runs = append(runs, strategyRun{Horizon: in.Horizon, Strategy: st, Results: rs})
		}
	}
	sum := backtestSummary{path: path, rows: prices.Rows()}
	sum.filledHours, sum.gaps = prices.Filled()
	if c.Bool(positionsJSONFlag.Name) {
		out := adviceJSONOf(sum, m, in, a)
		out.Strategies = strategiesJSON(runs)
		return writeJSON(c.App.Writer, out)
	}
	if err := writeAdvice(c.App.Writer, sum, m, in, a); err != nil {
		return err
	}
	if len(runs) > 0 {
		return writeStrategies(c.App.Writer, scenario.Backtest{Horizon: in.Horizon, Results: []scenario.LTVResult{*a.Own}}, runs)
	}
	return nil
}

// pct prints a fraction as a percentage with two decimals.
func pct(f float64) string { return fmt.Sprintf("%.2f%%", f*100) }

// odds prints a result's shares with their counts and sample.
func odds(r scenario.LTVResult) string {
	return fmt.Sprintf("margin-called in %s (%d of %d windows), liquidated in %s (%d of %d)",
		pct(r.MarginCallShare()), r.MarginCalls, r.Starts, pct(r.LiquidationShare()), r.Liquidations, r.Starts)
}

// adviceCaveat is what the sample is and is not.
func adviceCaveat(a scenario.Advice) string {
	return fmt.Sprintf("Every share counts %d windows of %d hours from one history (%s to %s UTC), one opened at each hourly close: they overlap and are not independent, and the past bounds nothing: a fall larger than any in the file can come.",
		a.Starts, a.Horizon, hourTime(a.From), hourTime(a.To))
}

func writeAdvice(w io.Writer, sum backtestSummary, m scenario.Market, in scenario.AdviseInput, a scenario.Advice) error {
	horizon := fmt.Sprintf("%d hours", a.Horizon)
	if a.Horizon%24 == 0 {
		horizon = fmt.Sprintf("%d days", a.Horizon/24)
	}
	fmt.Fprintf(w, "%s: %d rows, %d hourly closes, %s to %s UTC", sum.path, sum.rows, a.Hours, hourTime(a.From), hourTime(a.To))
	if sum.gaps > 0 {
		fmt.Fprintf(w, "; %d missing hours took the previous close", sum.filledHours)
	}
	fmt.Fprintf(w, "\nsample: %d windows of %s, one opened at each hourly close whose horizon fits; loans opened at the last close, %s USD\n",
		a.Starts, horizon, usdPrice(a.Price))
	fmt.Fprintf(w, "market: borrowing limit %s, margin call at %s, liquidation at %s, %s APR; tolerance: liquidated in at most %s of windows\n\n",
		scenario.FormatLTV(m.MaxBorrowLTV), scenario.FormatLTV(m.MarginCallLTV), scenario.FormatLTV(m.LiquidationLTV), scenario.FormatLTV(m.BorrowRate),
		scenario.FormatLTV(in.MaxLiquidationOdds))

	fmt.Fprintf(w, "your loan: %s USDC against %s BTC: LTV %s\n", usd(a.Borrow), btc(a.Collateral), scenario.FormatLTV(a.LTV))
	if a.Own != nil {
		fmt.Fprintf(w, "  in the history: %s\n", odds(*a.Own))
	} else {
		fmt.Fprintf(w, "  above the market's %s borrowing limit: the market would not lend it\n", scenario.FormatLTV(m.MaxBorrowLTV))
	}
	fmt.Fprintf(w, "  interest over %s at %s APR: %s USDC (debt %s USDC at the end)\n\n", horizon, scenario.FormatLTV(m.BorrowRate), usd(a.Interest), usd(a.DebtAtHorizon))

	if a.Safe == nil {
		fmt.Fprintf(w, "no starting LTV from %s up was liquidated in at most %s of windows: in this history no loan met the tolerance\n\n",
			scenario.FormatLTV(scenario.AdviseStep), scenario.FormatLTV(in.MaxLiquidationOdds))
		_, err := fmt.Fprintln(w, adviceCaveat(a))
		return err
	}
	s := a.Safe
	limit := ""
	if a.Above == nil {
		limit = " (the market's borrowing limit)"
	}
	fmt.Fprintf(w, "highest starting LTV liquidated in at most %s of windows: %s%s\n", scenario.FormatLTV(in.MaxLiquidationOdds), scenario.FormatLTV(s.LTV), limit)
	fmt.Fprintf(w, "  in the history: %s\n", odds(*s))
	if a.Above != nil {
		fmt.Fprintf(w, "  one step up, at %s: %s\n", scenario.FormatLTV(a.Above.LTV), odds(*a.Above))
	}
	fmt.Fprintf(w, "  your %s BTC at %s borrows %s USDC; it survives a fall of %s (to %s USD) before the margin call and %s (to %s USD) before liquidation;\n",
		btc(a.Collateral), scenario.FormatLTV(s.LTV), usd(a.SafeBorrow),
		pct(a.Fall(a.MarginCallPrice)), usdPrice(a.MarginCallPrice), pct(a.Fall(a.LiquidationPrice)), usdPrice(a.LiquidationPrice))
	fmt.Fprintf(w, "  after %s of interest, %s (to %s USD) and %s (to %s USD)\n",
		horizon, pct(a.Fall(a.MarginCallPriceAtEnd)), usdPrice(a.MarginCallPriceAtEnd), pct(a.Fall(a.LiquidationPriceEnd)), usdPrice(a.LiquidationPriceEnd))
	fmt.Fprintf(w, "  collateral to hold %s USDC at %s: %s BTC", usd(a.Borrow), scenario.FormatLTV(s.LTV), btc(a.CollateralNeeded))
	if a.CollateralToAdd.IsZero() {
		fmt.Fprintf(w, " (you have %s BTC: enough)\n\n", btc(a.Collateral))
	} else {
		fmt.Fprintf(w, " (you have %s BTC: add %s BTC)\n\n", btc(a.Collateral), btc(a.CollateralToAdd))
	}
	_, err := fmt.Fprintln(w, adviceCaveat(a))
	return err
}

// adviceJSON is advise --json: LTVs and shares are fractions, prices in USD, times RFC 3339
// UTC; amounts are decimal strings of base units (BTC 8 decimals, USDC 6, prices 8) and
// the *Wad fields are exact.
type adviceJSON struct {
	Prices             string          `json:"prices"`
	Rows               int             `json:"rows"`
	Hours              int             `json:"hours"`
	FilledHours        int             `json:"filledHours"`
	Sample             adviceSample    `json:"sample"`
	Price              *float64        `json:"price"`
	PriceFeed          string          `json:"priceFeed"`
	Market             adviceMarket    `json:"market"`
	MaxLiquidationOdds *float64        `json:"maxLiquidationOdds"`
	Loan               adviceLoan      `json:"loan"`
	Safe               *adviceSafe     `json:"safe"`
	Above              *adviceOddsJSON `json:"above"`
	// Strategies is the borrower's loan under each strategy asked for; empty without one
	// or above the borrowing limit.
	Strategies []strategyJSON `json:"strategies"`
}

type adviceSample struct {
	Windows      int    `json:"windows"`
	HorizonHours int    `json:"horizonHours"`
	From         string `json:"from"`
	To           string `json:"to"`
	Independent  bool   `json:"independent"`
	Note         string `json:"note"`
}

type adviceMarket struct {
	MaxBorrowLTV   *float64 `json:"maxBorrowLtv"`
	MarginCallLTV  *float64 `json:"marginCallLtv"`
	LiquidationLTV *float64 `json:"liquidationLtv"`
	BorrowRate     *float64 `json:"borrowRate"`
}

type adviceOddsJSON struct {
	LTV              *float64 `json:"ltv"`
	LTVWad           string   `json:"ltvWad"`
	Windows          int      `json:"windows"`
	MarginCalls      int      `json:"marginCalls"`
	MarginCallShare  float64  `json:"marginCallShare"`
	Liquidations     int      `json:"liquidations"`
	LiquidationShare float64  `json:"liquidationShare"`
}

type adviceLoan struct {
	Collateral    string          `json:"collateral"`
	Borrow        string          `json:"borrow"`
	LTV           *float64        `json:"ltv"`
	LTVWad        string          `json:"ltvWad"`
	Odds          *adviceOddsJSON `json:"odds"` // null above the borrowing limit
	Interest      string          `json:"interest"`
	DebtAtHorizon string          `json:"debtAtHorizon"`
}

type adviceSafe struct {
	adviceOddsJSON
	BorrowLimit              bool     `json:"borrowLimit"`
	Borrow                   string   `json:"borrow"` // what the collateral borrows at this LTV
	MarginCallPrice          *float64 `json:"marginCallPrice"`
	MarginCallFall           float64  `json:"marginCallFall"`
	LiquidationPrice         *float64 `json:"liquidationPrice"`
	LiquidationFall          float64  `json:"liquidationFall"`
	MarginCallPriceAtHorizon *float64 `json:"marginCallPriceAtHorizon"`
	MarginCallFallAtHorizon  float64  `json:"marginCallFallAtHorizon"`
	LiquidationPriceHorizon  *float64 `json:"liquidationPriceAtHorizon"`
	LiquidationFallAtHorizon float64  `json:"liquidationFallAtHorizon"`
	CollateralNeeded         string   `json:"collateralNeeded"`
	CollateralToAdd          string   `json:"collateralToAdd"`
}

func oddsJSONOf(r scenario.LTVResult) adviceOddsJSON {
	return adviceOddsJSON{
		LTV: wadJSON(r.LTV), LTVWad: r.LTV.Dec(), Windows: r.Starts,
		MarginCalls: r.MarginCalls, MarginCallShare: r.MarginCallShare(),
		Liquidations: r.Liquidations, LiquidationShare: r.LiquidationShare(),
	}
}

func feedJSON(v *uint256.Int) *float64 { return units.Float(v.ToBig(), scenario.FeedDecimals) }

func adviceJSONOf(sum backtestSummary, m scenario.Market, in scenario.AdviseInput, a scenario.Advice) adviceJSON {
	out := adviceJSON{
		Prices: sum.path, Rows: sum.rows, Hours: a.Hours, FilledHours: sum.filledHours,
		Sample: adviceSample{
			Windows: a.Starts, HorizonHours: a.Horizon, From: rfc3339(a.From), To: rfc3339(a.To),
			Note: strings.TrimSpace(adviceCaveat(a)),
		},
		Price: feedJSON(a.Price), PriceFeed: a.Price.Dec(),
		Market: adviceMarket{
			MaxBorrowLTV: wadJSON(m.MaxBorrowLTV), MarginCallLTV: wadJSON(m.MarginCallLTV),
			LiquidationLTV: wadJSON(m.LiquidationLTV), BorrowRate: wadJSON(m.BorrowRate),
		},
		MaxLiquidationOdds: wadJSON(in.MaxLiquidationOdds),
		Loan: adviceLoan{
			Collateral: a.Collateral.Dec(), Borrow: a.Borrow.Dec(), LTV: wadJSON(a.LTV), LTVWad: a.LTV.Dec(),
			Interest: a.Interest.Dec(), DebtAtHorizon: a.DebtAtHorizon.Dec(),
		},
	}
	if a.Own != nil {
		o := oddsJSONOf(*a.Own)
		out.Loan.Odds = &o
	}
	if a.Above != nil {
		o := oddsJSONOf(*a.Above)
		out.Above = &o
	}
	if a.Safe != nil {
		out.Safe = &adviceSafe{
			adviceOddsJSON: oddsJSONOf(*a.Safe), BorrowLimit: a.Above == nil, Borrow: a.SafeBorrow.Dec(),
			MarginCallPrice: feedJSON(a.MarginCallPrice), MarginCallFall: a.Fall(a.MarginCallPrice),
			LiquidationPrice: feedJSON(a.LiquidationPrice), LiquidationFall: a.Fall(a.LiquidationPrice),
			MarginCallPriceAtHorizon: feedJSON(a.MarginCallPriceAtEnd), MarginCallFallAtHorizon: a.Fall(a.MarginCallPriceAtEnd),
			LiquidationPriceHorizon: feedJSON(a.LiquidationPriceEnd), LiquidationFallAtHorizon: a.Fall(a.LiquidationPriceEnd),
			CollateralNeeded: a.CollateralNeeded.Dec(), CollateralToAdd: a.CollateralToAdd.Dec(),
		}
	}
	return out
}
