package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	pt "github.com/ltvkeeper/ltvkeeper/indexdb/positions/positionstest"
)

// runMain runs the app as main does and returns what went to stdout and stderr, and the exit
// code.
func runMain(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), append([]string{"ltvkeeper"}, args...), &out, &errOut)
	return out.String(), errOut.String(), code
}

// keepFlag restores f after t: urfave/cli v2 writes a value read from the environment into
// the shared flag, where it would outlive t.Setenv.
func keepFlag[T any](t *testing.T, f *T) {
	t.Helper()
	saved := *f
	t.Cleanup(func() { *f = saved })
}

// TestCommandLineErrors: unknown commands and flags the flag parser refuses end in one line
// on stderr that names the command or flag, the value and what is wanted, with a non-zero exit
// code and nothing on stdout (no help dump into a --json pipeline).
func TestCommandLineErrors(t *testing.T) {
	db, _ := unreachableDB(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"indx"}, `ltvkeeper: unknown command "indx": did you mean "index"? (see 'ltvkeeper --help')`},
		{[]string{"possitions", "--json"}, `unknown command "possitions": did you mean "positions"?`},
		{[]string{"zzzqq"}, `unknown command "zzzqq" (see 'ltvkeeper --help' for the commands)`},
		{[]string{"help", "indx"}, `ltvkeeper: unknown command "indx": did you mean "index"? (see 'ltvkeeper --help')`},
		{[]string{"help", "zzzqq"}, `unknown command "zzzqq" (see 'ltvkeeper --help' for the commands)`},
		{[]string{"positions", "--json", "--limit", "abc", "--db", db}, `ltvkeeper: --limit "abc": want a whole number (see 'ltvkeeper positions --help')`},
		{[]string{"serve", "--max-lag", "-1", "--db", db}, `--max-lag "-1": want a whole number, 0 or more (see 'ltvkeeper serve --help')`},
		{[]string{"serve", "--request-timeout", "soon", "--db", db}, `--request-timeout "soon": want a duration such as 10s`},
		{[]string{"positions", "--limt", "3", "--db", db}, `unknown flag --limt for positions (did you mean --limit? see 'ltvkeeper positions --help')`},
		{[]string{"positions", "--db", db, "--limit"}, `--limit needs a value: want a whole number`},
		{[]string{"bench", "--sections", "morfo"}, `ltvkeeper: --sections morfo: no such section (the sections: backfill, morpho, live, selection, reaction, api, backtest, gas)`},
		{[]string{"simulate", "--json", "--borrow", "2000", "--price", "40000"}, `ltvkeeper: --collateral-btc is required: BTC deposited as collateral, such as 0.25 (or set LTVKEEPER_COLLATERAL_BTC)`},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			stdout, stderr, code := runMain(t, c.args...)
			if code == 0 || stdout != "" || !strings.Contains(stderr, c.want) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 1, no stdout and one line on stderr with %q", code, stdout, stderr, c.want)
			}
		})
	}
}

// TestErrorsNameTheEnvironmentVariable: a bad value that came from LTVKEEPER_X is reported as
// LTVKEEPER_X, one on the command line as --x.
func TestErrorsNameTheEnvironmentVariable(t *testing.T) {
	keepFlag(t, positionsLimitFlag)
	keepFlag(t, positionsStatusFlag)
	keepFlag(t, simTargetFlag)
	keepFlag(t, whatIfTargetFlag)
	keepFlag(t, dbFlag)
	keepFlag(t, serveRPCFlag)
	db, port := unreachableDB(t)
	sim := []string{"simulate", "--collateral-btc", "1", "--borrow", "1000", "--price", "40000"}
	for _, c := range []struct {
		env, value string
		args       []string
		want       string
	}{
		{"LTVKEEPER_LIMIT", "-5", []string{"positions", "--db", db}, "LTVKEEPER_LIMIT -5: want a positive number of positions"},
		{"LTVKEEPER_LIMIT", "abc", []string{"positions", "--db", db}, `LTVKEEPER_LIMIT "abc": want a whole number for --limit`},
		{"LTVKEEPER_STATUS", "ok", []string{"positions", "--db", db}, `LTVKEEPER_STATUS "ok": must be one of`},
		{"LTVKEEPER_STATUS", "healthy", []string{"positions", "--db", db, "--status", "ok"}, `--status "ok": must be one of`},
		{"LTVKEEPER_TARGET", "0.9", sim, `LTVKEEPER_TARGET "0.9": want an LTV above 0 and below the 65.00% margin-call line`},
		{"LTVKEEPER_TARGET", "0.9", []string{"position", pt.Alice.Hex(), "--db", db, "--what-if", "-30%"}, `LTVKEEPER_TARGET "0.9": want an LTV above 0`},
		{"LTVKEEPER_DB", db, []string{"positions", "--limit", "5", "--status", "healthy"}, "LTVKEEPER_DB " + redactDB(db) + ": cannot connect"},
		{"LTVKEEPER_RPC", "http://127.0.0.1:" + port, []string{"serve", "--db", pt.Seeded(t)}, "LTVKEEPER_RPC http://127.0.0.1:" + port + ": "},
	} {
		t.Run(c.env+"="+c.value+" "+strings.Join(c.args, " "), func(t *testing.T) {
			t.Setenv(c.env, c.value)
			_, err := runApp(t, c.args...)
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("got %v, want an error starting %q", err, c.want)
			}
		})
	}
}

// TestTargetRefusedAlike: simulate and position --what-if refuse the same --target values
// with the same message (a target at or above the margin-call line would tell a borrower at
// margin call to add nothing).
func TestTargetRefusedAlike(t *testing.T) {
	db, _ := unreachableDB(t) // position refuses before connecting
	for _, target := range []string{"0.9", "0.65", "65%", "1", "1.5", "0", "0%", "-0.2", "abc", ""} {
		t.Run(target, func(t *testing.T) {
			_, simErr := runApp(t, "simulate", "--collateral-btc", "1", "--borrow", "1000", "--price", "40000", "--target", target)
			_, posErr := runApp(t, "position", pt.Alice.Hex(), "--db", db, "--what-if", "-30%", "--target", target)
			want := `--target "` + target + `": want an LTV above 0 and below the 65.00% margin-call line`
			if simErr == nil || posErr == nil || simErr.Error() != posErr.Error() || !strings.HasPrefix(simErr.Error(), want) {
				t.Errorf("simulate: %v\nposition: %v\nwant both %q…", simErr, posErr, want)
			}
		})
	}
}

// TestSimulateExtremeValues: values past what the loan math holds are refused naming the flag,
// the value and the bound, never as a bare "loanmath: arithmetic overflow".
func TestSimulateExtremeValues(t *testing.T) {
	huge := "1" + strings.Repeat("0", 50)
	loan := func(collateral, borrow, price string, more ...string) []string {
		return append([]string{"simulate", "--collateral-btc", collateral, "--borrow", borrow, "--price", price}, more...)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{loan(huge, "1", "1"), `--collateral-btc "` + huge + `": want a BTC amount such as 0.25 of at most 21000000`},
		{loan("1", huge, "40000"), `--borrow "` + huge + `": want a dollar amount such as 2000 of at most 1000000000000`},
		{loan("1", "1", huge), `--price "` + huge + `": want a dollar price such as 40000 of at most 1000000000`},
		{loan("1", "1", "40000", "--changes", "+20%,+"+huge+"%"), `--changes "+20%,+` + huge + `%": +` + huge + `% is more than the largest rise, +100000%`},
		{loan("1", "1", "40000", "--changes", "-99.9999999999999999%"), `--changes "-99.9999999999999999%": -99.9999999999999999% takes --price 40000 to no price at all`},
	} {
		t.Run(strings.Join(c.args[1:], " "), func(t *testing.T) {
			_, err := runApp(t, c.args...)
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("got %v, want an error starting %q", err, c.want)
			}
		})
	}
	// The largest loan within every bound runs.
	mustRun(t, loan("21000000", "1000000000000", "1000000000", "--changes", "+100000%,-99.99%", "--conviction", "--target", "0.000000000000000001")...)
}
