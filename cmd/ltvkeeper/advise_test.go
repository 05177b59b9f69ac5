package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// adviseCloses is a path of whole-dollar closes: a slow rise, a crash of 45% over five
// hours, a recovery.
func adviseCloses() []int64 {
	var closes []int64
	p := int64(60000)
	for i := range 120 {
		switch {
		case i >= 60 && i < 65:
			p = p * 89 / 100
		case i%3 == 0:
			p += 150
		default:
			p -= 70
		}
		closes = append(closes, p)
	}
	return closes
}

// bruteSafe is, without interest, the highest LTV on the 0.5% grid whose loans of 1 BTC
// opened at each close were liquidated (LTV ≥ 80%) within horizon hours in at most tol of
// the windows, with its windows, liquidations and margin calls (LTV ≥ 65%).
func bruteSafe(closes []int64, horizon int, tol float64) (ltvWad string, windows, liquidated, marginCalled int) {
	wad := big.NewInt(1e18)
	value := func(c int64) *big.Int { return big.NewInt(c * 1e6) } // 1 BTC in USDC units
	ceil := func(a, b *big.Int) *big.Int {
		q, r := new(big.Int).QuoRem(a, b, new(big.Int))
		if r.Sign() > 0 {
			q.Add(q, big.NewInt(1))
		}
		return q
	}
	for k := int64(1); k <= 100; k++ {
		ltv := big.NewInt(k * 5e15)
		w, l, mc := 0, 0, 0
		for i := 0; i+horizon < len(closes); i++ {
			w++
			debt := new(big.Int).Div(new(big.Int).Mul(value(closes[i]), ltv), wad)
			hitL, hitMC := false, false
			for j := i; j <= i+horizon; j++ {
				x := ceil(new(big.Int).Mul(debt, wad), value(closes[j]))
				hitL = hitL || x.Cmp(big.NewInt(0.8e18)) >= 0
				hitMC = hitMC || x.Cmp(big.NewInt(0.65e18)) >= 0
			}
			if hitL {
				l++
			}
			if hitMC {
				mc++
			}
		}
		if float64(l) <= tol*float64(w) {
			ltvWad, windows, liquidated, marginCalled = ltv.String(), w, l, mc
		}
	}
	return
}

func adviseCSV(t *testing.T, closes []int64) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("timestamp,close\n")
	for i, c := range closes {
		fmt.Fprintf(&b, "%d,%d\n", 1704067200+3600*i, c)
	}
	return writeCSV(t, b.String())
}

func TestAdviseJSONAgainstBruteForce(t *testing.T) {
	closes := adviseCloses()
	file := adviseCSV(t, closes)
	const horizon, tol = 12, 0.05
	out := mustRun(t, "advise", "--prices", file, "--collateral-btc", "0.5", "--need", "5000", "--horizon", "12h",
		"--max-liquidation-odds", "5%", "--interest", "0%", "--json")
	var got adviceJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	wantLTV, windows, liq, mc := bruteSafe(closes, horizon, tol)
	if wantLTV == "" || wantLTV == "500000000000000000" {
		t.Fatalf("brute force finds %q: the path does not test the search", wantLTV)
	}
	if got.Safe == nil || got.Safe.LTVWad != wantLTV || got.Safe.Windows != windows || got.Safe.Liquidations != liq || got.Safe.MarginCalls != mc {
		t.Fatalf("safe %+v; brute force: LTV %s, %d windows, %d liquidated, %d margin-called", got.Safe, wantLTV, windows, liq, mc)
	}
	t.Logf("safe LTV %s: %d/%d liquidated, %d margin calls", wantLTV, liq, windows, mc)
	if got.Sample.Windows != len(closes)-horizon || got.Sample.HorizonHours != horizon || got.Sample.Independent ||
		!strings.Contains(got.Sample.Note, "not independent") || !strings.Contains(got.Sample.Note, "past bounds nothing") {
		t.Errorf("sample %+v", got.Sample)
	}
	if got.Loan.Interest != "0" || got.Loan.Borrow != "5000000000" || got.Loan.Odds == nil || got.Above == nil {
		t.Errorf("loan %+v, above %+v", got.Loan, got.Above)
	}
	// Falls and collateral at the safe LTV L, last close P: liquidation after 1 − L/0.8,
	// 5000 USDC held by 5000 / (L × P) BTC, rounded up to the satoshi.
	lf, _ := new(big.Rat).SetFrac(mustBig(t, got.Safe.LTVWad), big.NewInt(1e18)).Float64()
	if want := 1 - lf/0.8; abs(got.Safe.LiquidationFall-want) > 1e-6 {
		t.Errorf("liquidation fall %v, want %v", got.Safe.LiquidationFall, want)
	}
	if want := 1 - lf/0.65; abs(got.Safe.MarginCallFall-want) > 1e-6 {
		t.Errorf("margin-call fall %v, want %v", got.Safe.MarginCallFall, want)
	}
	last := closes[len(closes)-1]
	// ceil(5000e6 × 1e18 ÷ L) USDC of value, then ceil(value × 1e16 ÷ (P × 1e8 × 1e6)) sats
	value := new(big.Int).Mul(big.NewInt(5000e6), big.NewInt(1e18))
	value = ceilDiv(value, mustBig(t, got.Safe.LTVWad))
	sats := ceilDiv(new(big.Int).Mul(value, big.NewInt(1e16)), new(big.Int).Mul(big.NewInt(last*1e8), big.NewInt(1e6)))
	if got.Safe.CollateralNeeded != sats.String() {
		t.Errorf("collateral needed %s sats, want %s", got.Safe.CollateralNeeded, sats)
	}

	// The JSON's shape: the keys a script reads.
	var shape map[string]any
	if err := json.Unmarshal([]byte(out), &shape); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"prices", "sample", "price", "market", "maxLiquidationOdds", "loan", "safe", "above"} {
		if _, ok := shape[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	for _, k := range []string{"ltv", "ltvWad", "windows", "marginCalls", "marginCallShare", "liquidations", "liquidationShare", "borrowLimit",
		"marginCallFall", "liquidationFall", "liquidationPriceAtHorizon", "collateralNeeded", "collateralToAdd"} {
		if _, ok := shape["safe"].(map[string]any)[k]; !ok {
			t.Errorf("JSON safe lacks %q", k)
		}
	}

	text := mustRun(t, "advise", "--prices", file, "--collateral-btc", "0.5", "--need", "5000", "--horizon", "12h", "--max-liquidation-odds", "5%", "--interest", "0%")
	t.Logf("\n%s", text)
	for _, want := range []string{"not independent", "the past bounds nothing", fmt.Sprintf("(%d of %d windows)", mc, windows), fmt.Sprintf("%d windows of 12 hours", windows)} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
}

func mustBig(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("%q: not an integer", s)
	}
	return v
}

func ceilDiv(a, b *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// TestAdviseShipped: on the shipped file, 90-day loans at the borrowing limit met a 1%
// tolerance.
func TestAdviseShipped(t *testing.T) {
	out := mustRun(t, "advise", "--collateral-btc", "1", "--ltv", "30%", "--horizon", "90d", "--json")
	var got adviceJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.Safe == nil || got.Sample.Windows != 6114-2160 || got.Loan.Odds == nil || got.Loan.Odds.Windows != got.Sample.Windows || got.Loan.Interest == "0" {
		t.Fatalf("%s", out)
	}
}

func TestAdviseErrors(t *testing.T) {
	file := adviseCSV(t, adviseCloses())
	base := []string{"--prices", file}
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"tolerance 1", []string{"--collateral-btc", "1", "--need", "100", "--max-liquidation-odds", "1"}, "--max-liquidation-odds 1: want a share of windows strictly between 0 and 1"},
		{"tolerance 0", []string{"--collateral-btc", "1", "--need", "100", "--max-liquidation-odds", "0%"}, "--max-liquidation-odds 0%: want a share of windows strictly between 0 and 1"},
		{"tolerance 150%", []string{"--collateral-btc", "1", "--need", "100", "--max-liquidation-odds", "150%"}, "strictly between 0 and 1"},
		{"horizon past the file", []string{"--collateral-btc", "1", "--need", "100", "--horizon", "30d"}, "--horizon 30d: longer than the 119 hours of prices in " + file + "; use at most 119h"},
		{"zero collateral", []string{"--collateral-btc", "0", "--need", "100"}, `--collateral-btc "0": want a BTC amount such as 0.25 (positive`},
		{"negative collateral", []string{"--collateral-btc", "-1", "--need", "100"}, `--collateral-btc "-1": want a BTC amount`},
		{"no collateral", []string{"--need", "100"}, "--collateral-btc is required"},
		{"need and LTV", []string{"--collateral-btc", "1", "--need", "100", "--ltv", "0.3"}, "--need 100 and --ltv 0.3: give one of them"},
		{"neither need nor LTV", []string{"--collateral-btc", "1"}, "neither --need nor --ltv given"},
		{"LTV above the limit", []string{"--collateral-btc", "1", "--ltv", "60%"}, "--ltv 60%: a starting LTV must be above 0 and at most the market's 50.00% borrowing limit"},
		{"need zero", []string{"--collateral-btc", "1", "--need", "0"}, `--need "0": want a dollar amount such as 20000 (positive`},
		{"bad file", []string{"--collateral-btc", "1", "--need", "100", "--prices", writeCSV(t, "timestamp,close\n1704067200,100\n1704070800,-5\n")}, `line 3: close "-5"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			out, err := runApp(t, append(append([]string{"advise"}, base...), c.args...)...)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error = %v, want one containing %q", err, c.want)
			}
			if strings.Count(err.Error(), "\n") > 0 || out != "" {
				t.Errorf("want one line and no output; got %q and %q", err, out)
			}
			if files, _ := os.ReadDir(dir); len(files) > 0 {
				t.Errorf("files written: %v", filepath.Join(dir, files[0].Name()))
			}
		})
	}
}
