package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/indexdb/positions"
	"github.com/ltvkeeper/ltvkeeper/riskchart"
	"github.com/ltvkeeper/ltvkeeper/scenario"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// defaultPrices is the price file shipped with ltvkeeper, relative to the repository root.
const defaultPrices = "data/btc-usd-1h-2024-coinbase.csv"

var backtestCommand = &cli.Command{
	Name:  "backtest",
	Usage: "replay historical BTC prices: how often loans at each starting LTV hit the margin call or liquidation",
	Description: `For each starting LTV, opens a 1 BTC loan at every hourly close of the price file whose
horizon fits, takes no action, and follows it hour by hour with the debt growing per second
at --interest. Reports the share of start times that reached the margin call (65%) and the
liquidation line (80%), the median time to the first margin call, the worst LTV any loan
reached (as if nobody liquidated it) and that loan's window.

The CSV has a header timestamp,close and one row per hour: timestamp in unix seconds at
the start of the hour (the close is the price at timestamp + 3600), close in USD. Only
closes: moves inside an hour are not seen. An hour missing from the file takes the previous
close; the summary counts the rows read, the hours simulated and the hours filled. Two rows
further apart than --max-gap (1 day) are refused: fill the file, or raise --max-gap.

The file is read as a stream; progress goes to the log (stderr) every second on long runs.

With a strategy (--reserve-btc, --reserve-usdc, --repay-at and --repay-to), the same loans
are followed again acting as the strategy says, and a second table per horizon sets them
beside no action: the share liquidated, the share that acted, the actions, the reserve used
and what acting cost. The file is then held in memory.

With --from-index, the closes come from the index database (--db) instead: the last price
round of each hour of the feed (--feed, when the index follows several), in the same form as
a CSV row per hour with a round, so that hours without one take the previous close and gaps
longer than --max-gap are refused.

With --svg FILE, it also draws the odds of a margin call and of a liquidation by starting
LTV, one curve per horizon (solid: liquidated, dashed: margin-called), and marks each
horizon's worst window at the lowest starting LTV it would have liquidated. The file is
written only once the backtest has succeeded, in one step: bad input leaves no file.

SIGINT or SIGTERM stops it with an error and no results.`,
	Flags:  append([]cli.Flag{btPricesFlag, btMaxGapFlag, btLTVFlag, btHorizonsFlag, btInterestFlag, positionsJSONFlag, btSVGFlag, btFromIndexFlag, dbFlag, btFeedFlag}, strategyFlags...),
	Action: runBacktest,
}

type backtestConfig struct {
	prices     string
	maxGap     time.Duration
	ltvs       []*uint256.Int
	horizons   []int
	horizon    string // the longest horizon as given
	strategies []scenario.Strategy
	svg        string // --svg: where to draw the chart ("": nowhere)
}

// backtestFlags validates the backtest flags before reading the price file.
func backtestFlags(c *cli.Context, m *scenario.Market) (backtestConfig, error) {
	var cfg backtestConfig
	if c.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected argument %q: backtest takes only flags (for a price file use --prices %s)", c.Args().First(), c.Args().First())
	}
	s := c.String(btLTVFlag.Name)
	for _, part := range strings.Split(s, ",") {
		v, err := positions.ParseLTV(part)
		if err != nil {
			return cfg, fmt.Errorf("--ltv %q: %q: want fractions such as 0.1,0.2 or percentages such as 10%%,20%%", s, strings.TrimSpace(part))
		}
		ltv := uint256.MustFromBig(v)
		if ltv.IsZero() || ltv.Gt(m.MaxBorrowLTV) {
			return cfg, fmt.Errorf("--ltv %s: a starting LTV must be above 0 and at most the market's %s borrowing limit (%s is %s)",
				strings.TrimSpace(part), scenario.FormatLTV(m.MaxBorrowLTV), strings.TrimSpace(part), scenario.FormatLTV(ltv))
		}
		cfg.ltvs = append(cfg.ltvs, ltv)
	}
	s = c.String(btHorizonsFlag.Name)
	for _, part := range strings.Split(s, ",") {
		hours, err := parseHorizon(part)
		if err != nil && !strings.Contains(s, ",") {
			return cfg, fmt.Errorf("--horizon %q: %w", s, err)
		}
		if err != nil {
			return cfg, fmt.Errorf("--horizon %q: %q: %w", s, strings.TrimSpace(part), err)
		}
		if slices.Contains(cfg.horizons, hours) {
			return cfg, fmt.Errorf("--horizon %q: %q given twice: give each horizon once", s, strings.TrimSpace(part))
		}
		if len(cfg.horizons) == 0 || hours > slices.Max(cfg.horizons) {
			cfg.horizon = strings.TrimSpace(part)
		}
		cfg.horizons = append(cfg.horizons, hours)
	}
	var err error
	if err := interestOf(c, m); err != nil {
		return cfg, err
	}
	if cfg.strategies, err = strategiesOf(c); err != nil {
		return cfg, err
	}
	if cfg.svg = c.String(btSVGFlag.Name); cfg.svg != "" {
		if err := checkOutDir("--svg", cfg.svg); err != nil {
			return cfg, err
		}
	}
	cfg.prices = c.String(btPricesFlag.Name)
	if c.Bool(btFromIndexFlag.Name) && cfg.prices != "" {
		return cfg, fmt.Errorf("--prices %s and --from-index: give one history, a CSV or the index", cfg.prices)
	}
	// --db alone is no mistake: LTVKEEPER_DB may be set for the other commands.
	if !c.Bool(btFromIndexFlag.Name) && c.String(btFeedFlag.Name) != "" {
		return cfg, fmt.Errorf("--feed %s picks a feed of the index: add --from-index", c.String(btFeedFlag.Name))
	}
	cfg.maxGap, err = maxGapOf(c)
	return cfg, err
}

// interestOf sets m's borrow rate to --interest.
func interestOf(c *cli.Context, m *scenario.Market) error {
	s := c.String(btInterestFlag.Name)
	rate, err := positions.ParseLTV(s)
	if err != nil {
		return fmt.Errorf("--interest %q: want an annual rate as a percentage such as 2.9%%, or a fraction such as 0.029", s)
	}
	m.BorrowRate = uint256.MustFromBig(rate)
	if m.BorrowRate.Gt(maxBorrowRate) {
		hint := ""
		if !strings.HasSuffix(strings.TrimSpace(s), "%") {
			hint = fmt.Sprintf("; did you mean %s%%?", strings.TrimSpace(s))
		}
		return fmt.Errorf("--interest %s: %s APR is above the contract's 100%% cap%s", s, scenario.FormatLTV(m.BorrowRate), hint)
	}
	return nil
}

// maxGapOf is --max-gap.
func maxGapOf(c *cli.Context) (time.Duration, error) {
	s := c.String(btMaxGapFlag.Name)
	hours, err := parseHorizon(s)
	if err != nil {
		return 0, fmt.Errorf("--max-gap %q: %w", s, err)
	}
	return time.Duration(hours) * time.Hour, nil
}

// maxBorrowRate is the contract's cap on the annual borrow rate: 100%.
var maxBorrowRate = uint256.NewInt(1e18)

// horizonTooLong refuses the --horizon given as horizon for a history of hours hourly closes
// from path, whose windows span at most hours-1 hours.
func horizonTooLong(horizon string, hours int, path string) error {
	return fmt.Errorf("--horizon %s: longer than the %d hours of prices in %s; use at most %dh", horizon, hours-1, path, hours-1)
}

// parseHorizon reads a positive whole number of days ("30d") or a Go duration of whole hours
// ("72h", "720h") as hours.
func parseHorizon(s string) (int, error) {
	const want = "want a positive whole number of days or hours, such as 30d or 72h"
	s = strings.TrimSpace(s)
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n <= 0 {
			return 0, errors.New(want)
		}
		return n * 24, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, errors.New(want)
	}
	if d%time.Hour != 0 {
		return 0, fmt.Errorf("not a whole number of hours (the prices are hourly); %s", want)
	}
	return int(d / time.Hour), nil
}

// findPrices is --prices, or the shipped price file in the working directory or in the
// ltvkeeper repository that holds it.
func findPrices(flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		candidate := filepath.Join(dir, defaultPrices)
		if _, err := os.Stat(candidate); err == nil && (dir == wd || isRepoRoot(dir)) {
			return candidate, nil
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	return "", fmt.Errorf("no --prices given and %s is not in the working directory or the ltvkeeper repository above it: pass --prices FILE.csv (columns timestamp,close)", defaultPrices)
}

// openPrices opens the price file of --prices (flag), as findPrices finds it.
func openPrices(flag string) (string, *os.File, error) {
	path, err := findPrices(flag)
	if err != nil {
		return "", nil, err
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil, fmt.Errorf("--prices %s: no such file", path)
	}
	if err != nil {
		return "", nil, fmt.Errorf("--prices %s: %w", path, err)
	}
	return path, f, nil
}

// isRepoRoot says dir holds the ltvkeeper module.
func isRepoRoot(dir string) bool {
	f, err := os.Open(filepath.Join(dir, "go.mod"))
	if err != nil {
		return false
	}
	defer f.Close()
	line, _ := bufio.NewReader(f).ReadString('\n')
	return strings.TrimSpace(line) == "module github.com/ltvkeeper/ltvkeeper"
}

func runBacktest(c *cli.Context) error {
	m := scenario.DefaultMarket()
	cfg, err := backtestFlags(c, &m)
	if err != nil {
		return err
	}
	// path names the history in the output; from names it in errors, with its flag.
	var path, from string
	var r io.Reader
	if c.Bool(btFromIndexFlag.Name) {
		var raw []byte
		if path, raw, err = indexPrices(c); err != nil {
			return err
		}
		from, r = "--from-index "+path, bytes.NewReader(raw)
	} else {
		var f *os.File
		if path, f, err = openPrices(cfg.prices); err != nil {
			return err
		}
		defer f.Close()
		from, r = "--prices "+path, f
	}
	began := time.Now()
	prices, err := scenario.NewHourlyPrices(r, cfg.maxGap)
	if err != nil {
		return fmt.Errorf("%s: %w", from, err)
	}
	src := &backtestProgress{src: prices, path: path, next: began.Add(backtestProgressEvery)}
	var bts []scenario.Backtest
	var hp scenario.HourPath
	if len(cfg.strategies) == 0 {
		bts, err = scenario.RunBacktests(c.Context, m, src, cfg.ltvs, cfg.horizons)
	} else if hp, err = scenario.ReadHourPath(src); err != nil {
		bts = []scenario.Backtest{{Hours: len(hp.Times)}}
	} else {
		bts, err = scenario.RunBacktests(c.Context, m, hp.Source(), cfg.ltvs, cfg.horizons)
	}
	if len(bts) == 0 {
		return err
	}
	bt := bts[0]
	switch {
	case err != nil && c.Context.Err() != nil:
		return fmt.Errorf("backtest interrupted after reading %d rows of %s (%d hours): no results: %w", prices.Rows(), path, bt.Hours, c.Context.Err())
	case src.err != nil:
		return fmt.Errorf("%s: %w", from, src.err) // a malformed row or a gap
	case errors.Is(err, scenario.ErrHorizonTooLong):
		return horizonTooLong(cfg.horizon, bt.Hours, path)
	case err != nil:
		return err
	}
	sum := backtestSummary{path: path, rows: prices.Rows(), read: src.reading, run: time.Since(began) - src.reading}
	sum.filledHours, sum.gaps = prices.Filled()
	var runs []strategyRun
	for _, h := range cfg.horizons {
		for _, st := range cfg.strategies {
			rs, err := scenario.RunStrategy(c.Context, m, hp, scenario.StrategyInput{LTVs: cfg.ltvs, Horizon: h, Collateral: scenario.BacktestCollateral, Strategy: st})
			if err != nil {
				return fmt.Errorf("%s: %w", st.Name(), err)
			}
			runs = append(runs, strategyRun{Horizon: h, Strategy: st, Results: rs})
		}
	}
	if cfg.svg != "" {
		title := fmt.Sprintf("Loans left alone over %s, %s to %s UTC", filepath.Base(path), hourTime(bts[0].From), hourTime(bts[0].To))
		chart := riskchart.FromBacktests(title, m, bts)
		if err := writeFileAtomic(cfg.svg, func(w io.Writer) error { return riskchart.WriteSVG(w, chart) }); err != nil {
			return fmt.Errorf("--svg %s: %w", cfg.svg, err)
		}
	}
	if c.Bool(positionsJSONFlag.Name) {
		out := backtestJSONOf(sum, m, bts)
		out.Strategies = strategiesJSON(runs)
		return writeJSON(c.App.Writer, out)
	}
	for i, bt := range bts {
		if i > 0 {
			fmt.Fprintln(c.App.Writer)
		}
		if err := writeBacktest(c.App.Writer, sum, m, bt); err != nil {
			return err
		}
		if len(runs) > 0 {
			if err := writeStrategies(c.App.Writer, bt, runs); err != nil {
				return err
			}
		}
	}
	return nil
}

// backtestProgressEvery is how often a long backtest logs its progress.
var backtestProgressEvery = time.Second

// backtestProgress is the backtest's price source, which logs progress every
// backtestProgressEvery, times the reading and keeps the file's error.
type backtestProgress struct {
	src     *scenario.HourlyPrices
	path    string
	next    time.Time
	reading time.Duration
	err     error // a malformed row or a gap
}

func (p *backtestProgress) Next() (int64, uint256.Int, error) {
	began := time.Now()
	at, c, err := p.src.Next()
	now := time.Now()
	p.reading += now.Sub(began)
	if err != nil && !errors.Is(err, io.EOF) {
		p.err = err
	}
	if err == nil && !now.Before(p.next) {
		slog.Info("backtest", "file", p.path, "rows", p.src.Rows(), "hours", p.src.Hours(), "at", time.Unix(at, 0).UTC().Format(time.RFC3339))
		p.next = now.Add(backtestProgressEvery)
	}
	return at, c, err
}

// backtestSummary is what the backtest read and how long it took.
type backtestSummary struct {
	path              string
	rows              int // rows of the file
	filledHours, gaps int // hours missing from the file and the gaps they were in
	read, run         time.Duration
}

func hourTime(sec int64) string { return time.Unix(sec, 0).UTC().Format("2006-01-02 15:04") }

func writeBacktest(w io.Writer, sum backtestSummary, m scenario.Market, bt scenario.Backtest) error {
	fmt.Fprintf(w, "%s: %d rows read, %d hourly closes simulated, %s to %s UTC", sum.path, sum.rows, bt.Hours, hourTime(bt.From), hourTime(bt.To))
	if sum.gaps > 0 {
		gaps := "gaps"
		if sum.gaps == 1 {
			gaps = "gap"
		}
		fmt.Fprintf(w, "; %d missing hours in %d %s took the previous close", sum.filledHours, sum.gaps, gaps)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "1 BTC loans opened at each of %d start times, followed %d hours with no action, debt at %s APR; margin call at %s, liquidation at %s\n\n",
		bt.Starts, bt.Horizon, scenario.FormatLTV(m.BorrowRate), scenario.FormatLTV(m.MarginCallLTV), scenario.FormatLTV(m.LiquidationLTV))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "START LTV\tMARGIN CALL\tLIQUIDATED\tMEDIAN TO MARGIN CALL\tWORST LTV\tWORST WINDOW (UTC)\tBTC MOVE")
	for _, r := range bt.Results {
		median := "-"
		if r.MarginCalls > 0 {
			median = scenario.FormatHours(r.MedianToMarginCall)
		}
		fmt.Fprintf(tw, "%s\t%.2f%% (%d)\t%.2f%% (%d)\t%s\t%s\t%s → %s\t%+.2f%%\n",
			scenario.FormatLTV(r.LTV), r.MarginCallShare()*100, r.MarginCalls, r.LiquidationShare()*100, r.Liquidations,
			median, scenario.FormatLTV(r.WorstLTV), hourTime(r.WorstStart), hourTime(r.WorstAt), r.Fall()*100)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\n%d loans × %d hours in %.3fs (reading the file: %.3fs); times are when each hourly close was final\n",
		bt.Starts*len(bt.Results), bt.Horizon, sum.run.Seconds(), sum.read.Seconds())
	return err
}

// backtestJSON is backtest --json: LTVs and shares are fractions, prices in USD, times
// RFC 3339 UTC; the *Wad and *Feed fields are exact.
type backtestJSON struct {
	Prices         string          `json:"prices"`
	Rows           int             `json:"rows"`
	Hours          int             `json:"hours"`
	FilledHours    int             `json:"filledHours"`
	Gaps           int             `json:"gaps"`
	From           string          `json:"from"`
	To             string          `json:"to"`
	Starts         int             `json:"starts"`
	HorizonHours   int             `json:"horizonHours"`
	BorrowRate     *float64        `json:"borrowRate"`
	MarginCallLTV  *float64        `json:"marginCallLtv"`
	LiquidationLTV *float64        `json:"liquidationLtv"`
	Collateral     string          `json:"collateral"`
	Results        []ltvResultJSON `json:"results"` // at the first horizon
	// Horizons is every horizon asked for, the first one included, in the order given.
	Horizons []backtestHorizonJSON `json:"horizons"`
	// Strategies is each strategy asked for at each horizon; empty without one.
	Strategies []strategyJSON   `json:"strategies"`
	Runtime    backtestTimeJSON `json:"runtime"`
}

type backtestHorizonJSON struct {
	HorizonHours int             `json:"horizonHours"`
	Starts       int             `json:"starts"`
	Results      []ltvResultJSON `json:"results"`
}

type backtestTimeJSON struct {
	ReadSeconds     float64 `json:"readSeconds"`
	BacktestSeconds float64 `json:"backtestSeconds"`
}

type ltvResultJSON struct {
	LTV                     *float64 `json:"ltv"`
	LTVWad                  string   `json:"ltvWad"`
	Starts                  int      `json:"starts"`
	MarginCalls             int      `json:"marginCalls"`
	MarginCallShare         float64  `json:"marginCallShare"`
	Liquidations            int      `json:"liquidations"`
	LiquidationShare        float64  `json:"liquidationShare"`
	MedianHoursToMarginCall *float64 `json:"medianHoursToMarginCall"`
	WorstLTV                *float64 `json:"worstLtv"`
	WorstLTVWad             string   `json:"worstLtvWad"`
	WorstStart              string   `json:"worstStart"`
	WorstAt                 string   `json:"worstAt"`
	WorstStartPrice         *float64 `json:"worstStartPrice"`
	WorstPrice              *float64 `json:"worstPrice"`
	WorstPriceFeed          string   `json:"worstPriceFeed"`
	Move                    float64  `json:"move"`
}

func rfc3339(sec int64) string { return time.Unix(sec, 0).UTC().Format(time.RFC3339) }

func backtestJSONOf(sum backtestSummary, m scenario.Market, bts []scenario.Backtest) backtestJSON {
	bt := bts[0]
	out := backtestJSON{
		Prices: sum.path, Rows: sum.rows, Hours: bt.Hours, FilledHours: sum.filledHours, Gaps: sum.gaps,
		From: rfc3339(bt.From), To: rfc3339(bt.To),
		Starts: bt.Starts, HorizonHours: bt.Horizon, BorrowRate: wadJSON(m.BorrowRate),
		MarginCallLTV: wadJSON(m.MarginCallLTV), LiquidationLTV: wadJSON(m.LiquidationLTV),
		Collateral: scenario.BacktestCollateral.Dec(),
		Runtime:    backtestTimeJSON{ReadSeconds: sum.read.Seconds(), BacktestSeconds: sum.run.Seconds()},
	}
	for _, bt := range bts {
		out.Horizons = append(out.Horizons, backtestHorizonJSON{HorizonHours: bt.Horizon, Starts: bt.Starts, Results: ltvResultsJSON(bt.Results)})
	}
	out.Results = out.Horizons[0].Results
	return out
}

func ltvResultsJSON(results []scenario.LTVResult) []ltvResultJSON {
	var out []ltvResultJSON
	for _, r := range results {
		rj := ltvResultJSON{
			LTV: wadJSON(r.LTV), LTVWad: r.LTV.Dec(), Starts: r.Starts,
			MarginCalls: r.MarginCalls, MarginCallShare: r.MarginCallShare(),
			Liquidations: r.Liquidations, LiquidationShare: r.LiquidationShare(),
			WorstLTV: wadJSON(r.WorstLTV), WorstLTVWad: r.WorstLTV.Dec(),
			WorstStart: rfc3339(r.WorstStart), WorstAt: rfc3339(r.WorstAt),
			WorstStartPrice: units.Float(r.WorstStartPrice.ToBig(), scenario.FeedDecimals),
			WorstPrice:      units.Float(r.WorstPrice.ToBig(), scenario.FeedDecimals), WorstPriceFeed: r.WorstPrice.Dec(),
			Move: r.Fall(),
		}
		if r.MarginCalls > 0 {
			h := r.MedianToMarginCall.Hours()
			rj.MedianHoursToMarginCall = &h
		}
		out = append(out, rj)
	}
	return out
}
