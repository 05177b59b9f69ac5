package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestSimulateWorkedExample(t *testing.T) {
	out := mustRun(t, "simulate", "--collateral-btc", "0.1", "--borrow", "2000", "--price", "100000", "--changes=+20%,-20%")
	t.Logf("\n%s", out)
	var rows [][]string
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) > 1 && f[1] != "price" && (f[0] == "start" || f[0] == "+20%" || f[0] == "-20%") {
			rows = append(rows, f)
		}
	}
	want := [][]string{
		{"start", "100000.00", "20.00%", "healthy"},
		{"+20%", "120000.00", "16.67%", "healthy"},
		{"-20%", "80000.00", "25.00%", "healthy", "0.025", "400"},
	}
	if len(rows) != len(want) {
		t.Fatalf("got %d rows, want %d", len(rows), len(want))
	}
	for i, w := range want {
		if got := strings.Join(rows[i][:len(w)], " "); got != strings.Join(w, " ") {
			t.Errorf("row %d: got %q, want %q", i, got, w)
		}
	}
}

func TestSimulateConvictionJSON(t *testing.T) {
	out := mustRun(t, "simulate", "--collateral-btc", "0.25", "--borrow", "2000", "--price", "40000", "--changes=+20%,-85%", "--conviction", "--json")
	var got simulationJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(got.Loans) != 2 || got.Loans[1].Name != "conviction" || got.Loans[1].Collateral != "30000000" || got.Loans[1].Bought != "5000000" {
		t.Fatalf("loans = %+v", got.Loans)
	}
	if e := got.Loans[1].Points[1].Equity; e != "12400000000" {
		t.Errorf("conviction equity at +20%% = %s, want 12400000000", e)
	}
	if q := got.Loans[0].Points[2].Liquidation; q == nil || q.Seized != "25000000" || q.BadDebt != "571428571" {
		t.Errorf("defensive liquidation at -85%% = %+v, want all 0.25 BTC seized and 571.428571 USD bad debt", q)
	}
}

func TestSimulateErrors(t *testing.T) {
	loan := []string{"--collateral-btc", "0.1", "--borrow", "2000", "--price", "100000"}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"changes not percentages", append(loan, "--changes=abc"), `--changes "abc": "abc" is not a percentage such as +20% or -40%`},
		{"fall of 100%", append(loan, "--changes=-100%"), "a fall of 100% or more leaves no price"},
		{"bad collateral", []string{"--collateral-btc", "lots", "--borrow", "2000", "--price", "100000"}, `--collateral-btc "lots": want a BTC amount such as 0.25`},
		{"zero price", []string{"--collateral-btc", "0.1", "--borrow", "2000", "--price", "0"}, `--price "0": want a dollar price`},
		{"missing price", []string{"--collateral-btc", "0.1", "--borrow", "2000"}, "--price is required: BTC price when the loan is opened, in dollars, such as 40000 (or set LTVKEEPER_PRICE)"},
		{"target past margin call", append(loan, "--target", "0.7"), `--target "0.7": want an LTV above 0 and below the 65.00% margin-call line`},
		{"borrow past 50%", []string{"--collateral-btc", "0.1", "--borrow", "6000", "--price", "100000"}, "--borrow 6000 against --collateral-btc 0.1 at --price 100000: borrow above the market's maximum LTV: LTV 60.00%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := runApp(t, append([]string{"simulate"}, tt.args...)...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func writeCSV(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "prices.csv")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// The crash of the scenario package's test: 5/9 margin calls and 3/9 liquidations at 50%.
func TestBacktestKnownCrash(t *testing.T) {
	var b strings.Builder
	b.WriteString("timestamp,close\n")
	for i, c := range []string{"100", "100", "100", "100", "60", "60", "100", "100", "75", "100", "100", "100"} {
		b.WriteString(strconv.Itoa(1704067200+3600*i) + "," + c + "\n")
	}
	out := mustRun(t, "backtest", "--prices", writeCSV(t, b.String()), "--ltv", "0.5,30%", "--horizon", "3h")
	t.Logf("\n%s", out)
	fields := strings.Join(strings.Fields(out), " ")
	for _, want := range []string{
		"50.00% 55.56% (5) 33.33% (3) 2h 83.33% 2024-01-01 02:00 → 2024-01-01 05:00 -40.00%",
		"30.00% 0.00% (0) 0.00% (0) - 50.00% 2024-01-01 02:00 → 2024-01-01 05:00 -40.00%",
	} {
		if !strings.Contains(fields, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

// Without --prices the shipped file is found from the test's working directory
// (cmd/ltvkeeper) at the repository root.
func TestBacktestShippedJSON(t *testing.T) {
	out, _, err := runSplit(context.Background(), "backtest", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got backtestJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.Rows != 6114 || got.Hours != 6114 || got.FilledHours != 0 || got.Starts != 6114-720 || got.HorizonHours != 720 || len(got.Results) != 5 {
		t.Fatalf("rows %d, hours %d, filled %d, starts %d, horizon %d, %d results", got.Rows, got.Hours, got.FilledHours, got.Starts, got.HorizonHours, len(got.Results))
	}
	for _, r := range got.Results {
		if r.Starts != got.Starts || !strings.HasPrefix(r.WorstAt, "2024-08-05") || r.Move >= 0 {
			t.Errorf("result %+v: want every start counted and the worst LTV on 5 Aug 2024 after a fall", r)
		}
	}
	t.Logf("backtest of the shipped file: %.3fs", got.Runtime.BacktestSeconds)
}

func TestBacktestErrors(t *testing.T) {
	good := writeCSV(t, "timestamp,close\n1704067200,100\n1704070800,90\n1704074400,80\n")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"LTV above 100%", []string{"--ltv", "1.5"}, "--ltv 1.5: a starting LTV must be above 0 and at most the market's 50.00% borrowing limit (1.5 is 150.00%)"},
		{"LTV above the borrow limit", []string{"--ltv", "0.1,60%"}, "--ltv 60%: a starting LTV must be above 0"},
		{"LTV not a number", []string{"--ltv", "abc"}, `--ltv "abc": "abc": want fractions such as 0.1,0.2`},
		{"LTV zero", []string{"--ltv", "0"}, "--ltv 0: a starting LTV must be above 0"},
		{"horizon zero", []string{"--horizon", "0"}, `--horizon "0": want a positive whole number of days or hours, such as 30d or 72h`},
		{"horizon not hours", []string{"--horizon", "90m"}, `--horizon "90m": not a whole number of hours`},
		{"horizon past the file", []string{"--prices", good, "--horizon", "3h"}, "--horizon 3h: longer than the 2 hours of prices in " + good + "; use at most 2h"},
		{"interest without percent", []string{"--interest", "2.9"}, "--interest 2.9: 290.00% APR is above the contract's 100% cap; did you mean 2.9%?"},
		{"missing file", []string{"--prices", "/nonexistent/prices.csv"}, "--prices /nonexistent/prices.csv: no such file"},
		{"malformed row", []string{"--prices", writeCSV(t, "timestamp,close\n1704067200,100\n1704070800,12x\n")}, `line 3: close "12x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := runApp(t, append([]string{"backtest"}, tt.args...)...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestBacktestDefaultPricesMissing(t *testing.T) {
	t.Chdir(t.TempDir())
	_, err := runApp(t, "backtest")
	if err == nil || !strings.Contains(err.Error(), "pass --prices FILE.csv") {
		t.Fatalf("error = %v, want advice to pass --prices", err)
	}
}

// runSplit runs the app with ctx, stdout and stderr apart.
func runSplit(ctx context.Context, args ...string) (stdout, stderr string, err error) {
	var out, errOut bytes.Buffer
	app := newApp()
	app.Writer, app.ErrWriter = &out, &errOut
	err = app.RunContext(ctx, append([]string{"ltvkeeper"}, args...))
	return out.String(), errOut.String(), err
}

// hourlyCSV is a price file of n hourly rows from 1 Jan 2024 with the rows from row `gap`
// on moved `gapHours` later.
func hourlyCSV(n, gap, gapHours int) string {
	var b strings.Builder
	b.WriteString("timestamp,close\n")
	for i := range n {
		ts := 1704067200 + 3600*i
		if i >= gap {
			ts += 3600 * gapHours
		}
		fmt.Fprintf(&b, "%d,%d\n", ts, 50000+i%100)
	}
	return b.String()
}

// TestBacktestGaps: an 8-day gap is refused with the file, the lines, the times, the
// length and the fix; allowed by --max-gap (or LTVKEEPER_MAX_GAP) it is filled and counted
// apart from the rows read.
func TestBacktestGaps(t *testing.T) {
	// 1,000 rows; rows 200 and 201 (lines 201 and 202) are 8 days apart.
	path := writeCSV(t, hourlyCSV(1000, 200, 8*24-1))
	_, err := runApp(t, "backtest", "--prices", path, "--horizon", "24h")
	for _, want := range []string{"--prices " + path + ": lines 201-202", "1704783600 to 1705474800", "2024-01-09 07:00 to 2024-01-17 07:00 UTC", "a gap of 8d, longer than --max-gap 1d", "fill the gap in the file, or allow it with --max-gap 8d"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error = %v, want one containing %q", err, want)
		}
	}
	const summary = ": 1000 rows read, 1191 hourly closes simulated, 2024-01-01 01:00 to 2024-02-19 15:00 UTC; 191 missing hours in 1 gap took the previous close"
	out := mustRun(t, "backtest", "--prices", path, "--horizon", "24h", "--max-gap", "9d")
	if !strings.Contains(out, path+summary) {
		t.Errorf("output lacks %q:\n%s", summary, out)
	}
	t.Setenv("LTVKEEPER_MAX_GAP", "8d")
	out = mustRun(t, "backtest", "--prices", path, "--horizon", "24h", "--json")
	var got backtestJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.Rows != 1000 || got.Hours != 1191 || got.FilledHours != 191 || got.Gaps != 1 || got.Starts != 1191-24 {
		t.Errorf("rows %d, hours %d, filled %d in %d gaps, %d starts; want 1000, 1191, 191 in 1, %d", got.Rows, got.Hours, got.FilledHours, got.Gaps, got.Starts, 1191-24)
	}
	if _, err := runApp(t, "backtest", "--prices", path, "--max-gap", "1w"); err == nil || !strings.Contains(err.Error(), `--max-gap "1w": want a positive whole number of days or hours`) {
		t.Errorf("--max-gap 1w: %v", err)
	}
}

// TestBacktestProgress: progress goes to the log on stderr, and stdout stays clean JSON.
func TestBacktestProgress(t *testing.T) {
	defer func(every time.Duration) { backtestProgressEvery = every }(backtestProgressEvery)
	backtestProgressEvery = 0 // every hour
	out, errOut, err := runSplit(context.Background(), "--log.format", "text", "backtest", "--prices", writeCSV(t, hourlyCSV(50, 0, 0)), "--horizon", "24h", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got backtestJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, out)
	}
	if !strings.Contains(errOut, "msg=backtest") || !strings.Contains(errOut, "rows=50 hours=50 at=2024-01-03T02:00:00Z") {
		t.Errorf("stderr lacks progress up to row 50:\n%s", errOut)
	}
}

// TestBacktestInterrupted: a backtest of a price file that never ends stops when its
// context is cancelled in the middle of the file, with an error saying it was interrupted.
func TestBacktestInterrupted(t *testing.T) {
	path := filepath.Join(t.TempDir(), "prices.csv")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stop := make(chan struct{})
	defer close(stop)
	go func() { // writes rows until the backtest closes the file or the test ends
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer f.Close()
		w := bufio.NewWriter(f)
		fmt.Fprintln(w, "timestamp,close")
		for i := 0; ; i++ {
			if i == 20_000 { // more than the pipe holds: the backtest has read most of them
				if w.Flush() != nil {
					return
				}
				cancel()
			}
			if _, err := fmt.Fprintf(w, "%d,%d\n", 1704067200+3600*i, 50000+i%100); err != nil {
				return
			}
			select {
			case <-stop:
				return
			default:
			}
		}
	}()
	type result struct {
		out string
		err error
	}
	done := make(chan result, 1)
	go func() {
		out, _, err := runSplit(ctx, "backtest", "--prices", path, "--horizon", "24h")
		done <- result{out, err}
	}()
	select {
	case r := <-done:
		if !errors.Is(r.err, context.Canceled) || !strings.Contains(r.err.Error(), "backtest interrupted after ") || strings.Contains(r.err.Error(), "after 0 rows") {
			t.Fatalf("error = %v, want the backtest interrupted after some rows", r.err)
		}
		if r.out != "" {
			t.Errorf("stdout %q, want nothing", r.out)
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("the backtest of an endless file still runs 2 minutes after it was interrupted")
	}
}

// TestBacktestHorizons: several horizons over one reading of the file, each with its
// results; the first is also the top-level one. A horizon given twice is refused.
func TestBacktestHorizons(t *testing.T) {
	out := mustRun(t, "backtest", "--horizon", "7d,30d,3h", "--ltv", "0.2,0.5", "--json")
	var got backtestJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Horizons) != 3 || got.HorizonHours != 168 || !reflect.DeepEqual(got.Results, got.Horizons[0].Results) {
		t.Fatalf("%d horizons, top-level horizon %d; want 3, 168 and its results at the top", len(got.Horizons), got.HorizonHours)
	}
	for i, want := range []int{168, 720, 3} {
		h := got.Horizons[i]
		if h.HorizonHours != want || h.Starts != got.Hours-want || len(h.Results) != 2 {
			t.Errorf("horizon %d: %d hours, %d starts, %d results; want %d, %d, 2", i, h.HorizonHours, h.Starts, len(h.Results), want, got.Hours-want)
		}
	}
	if _, err := runApp(t, "backtest", "--horizon", "30d,720h"); err == nil || !strings.Contains(err.Error(), `"720h" given twice`) {
		t.Errorf("error = %v, want 720h refused as given twice", err)
	}
}

// TestBacktestStrategies: each strategy asked for is reported at each horizon; with no
// reserve nobody acts and the liquidations are no action's.
func TestBacktestStrategies(t *testing.T) {
	var b strings.Builder
	b.WriteString("timestamp,close\n")
	for i, c := range []string{"100", "100", "100", "100", "60", "60", "100", "100", "75", "100", "100", "100"} {
		b.WriteString(strconv.Itoa(1704067200+3600*i) + "," + c + "\n")
	}
	out := mustRun(t, "backtest", "--prices", writeCSV(t, b.String()), "--ltv", "0.5", "--horizon", "3h,2h", "--reserve-btc", "0", "--reserve-usdc", "100", "--json")
	var got backtestJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Strategies) != 4 {
		t.Fatalf("%d strategy runs, want 2 strategies × 2 horizons", len(got.Strategies))
	}
	noAction := got.Strategies[0].Results[0]
	if s := got.Strategies[0]; s.Kind != "add-collateral" || s.HorizonHours != 3 || noAction.Acted != 0 || noAction.Liquidations != got.Results[0].Liquidations {
		t.Errorf("an empty BTC reserve at 3h: %+v; want no action's %d liquidations", s, got.Results[0].Liquidations)
	}
	if r := got.Strategies[1].Results[0]; got.Strategies[1].Kind != "repay-at-margin-call" || r.Acted == 0 || r.Liquidations >= got.Results[0].Liquidations {
		t.Errorf("repaying from 100 USDC: %+v; want acting and fewer liquidations than %d", r, got.Results[0].Liquidations)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--reserve-btc", "-1"}, "--reserve-btc -1: a reserve cannot be negative"},
		{[]string{"--reserve-usdc", "-0.5"}, "--reserve-usdc -0.5: a reserve cannot be negative"},
		{[]string{"--repay-at", "60%"}, "give both"},
		{[]string{"--repay-at", "40%", "--repay-to", "60%"}, "the target below the trigger"},
	} {
		if _, err := runApp(t, append([]string{"backtest"}, tt.args...)...); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: error %v, want %q", tt.args, err, tt.want)
		}
		if _, err := runApp(t, append([]string{"advise", "--collateral-btc", "1", "--ltv", "30%"}, tt.args...)...); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("advise %v: error %v, want %q", tt.args, err, tt.want)
		}
	}
}
