package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
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
	out := mustRun(t, "backtest", "--json")
	var got backtestJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.Rows != 6114 || got.Starts != 6114-720 || got.HorizonHours != 720 || len(got.Results) != 5 {
		t.Fatalf("rows %d, starts %d, horizon %d, %d results", got.Rows, got.Starts, got.HorizonHours, len(got.Results))
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
