package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/indexdb/positions"
	pt "github.com/ltvkeeper/ltvkeeper/indexdb/positions/positionstest"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/migrations"
)

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, err := runApp(t, args...)
	if err != nil {
		t.Fatalf("ltvkeeper %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

func TestPositionsTable(t *testing.T) {
	url := pt.Seeded(t)
	out := mustRun(t, "positions", "--db", url)
	t.Logf("\n%s", out)
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 6 {
		t.Fatalf("got %d lines, want a header, 4 positions and a summary:\n%s", len(lines), out)
	}
	header := lines[0]
	for _, col := range []string{"MARKET", "PROTOCOL", "BORROWER", "COLLATERAL (BTC)", "DEBT (USD)", "LTV", "STATUS", "LIQ. PRICE (USD)"} {
		if !strings.Contains(header, col) {
			t.Errorf("header %q lacks %q", header, col)
		}
	}
	want := [][]string{
		{pt.MarketA.Hex(), "ltvkeeper", pt.Carol.Hex(), "0.3", "25500", "85.00%", "liquidatable", "106250.00"},
		{pt.MarketA.Hex(), "ltvkeeper", pt.Bob.Hex(), "0.2", "14000", "70.00%", "margin_call", "87500.00"},
		{pt.MarketA.Hex(), "ltvkeeper", pt.Alice.Hex(), "0.1", "2000", "20.00%", "healthy", "25000.00"},
	}
	for i, w := range want {
		if got := strings.Fields(lines[i+1]); strings.Join(got, " ") != strings.Join(w, " ") {
			t.Errorf("row %d: got %q, want %q", i+1, got, w)
		}
	}
	// Alice in market B: a day of interest at 2.9% on $2,500.
	if f := strings.Fields(lines[4]); len(f) != 8 || f[0] != pt.MarketB.Hex() || !strings.HasPrefix(f[4], "2500.19") || f[6] != "healthy" {
		t.Errorf("row 4: %q", f)
	}
	// Aligned: each column starts at the same offset in every row.
	for _, col := range []string{"STATUS", "LTV"} {
		at := strings.Index(header, col)
		for _, line := range lines[1:5] {
			if line[at-2:at] != "  " || line[at] == ' ' {
				t.Errorf("column %s not aligned at %d in %q", col, at, line)
			}
		}
	}
	if !strings.Contains(lines[5], "4 positions as of block 100") {
		t.Errorf("summary %q", lines[5])
	}
}

type positionOut struct {
	Market           string   `json:"market"`
	Protocol         string   `json:"protocol"`
	Borrower         string   `json:"borrower"`
	Collateral       string   `json:"collateral"`
	Debt             string   `json:"debt"`
	LTV              float64  `json:"ltv"`
	Status           string   `json:"status"`
	LiquidationPrice *float64 `json:"liquidationPrice"`
}

func TestPositionsJSON(t *testing.T) {
	url := pt.Seeded(t)
	t.Setenv("LTVKEEPER_DB", url)
	for _, c := range []struct {
		name string
		args []string
		want []string // borrower@market, in order
	}{
		{"all", nil, []string{"carol@A", "bob@A", "alice@A", "alice@B"}},
		{"market", []string{"--market", pt.MarketB.Hex()}, []string{"alice@B"}},
		{"borrower lowercase", []string{"--borrower", strings.ToLower(pt.Alice.Hex())}, []string{"alice@A", "alice@B"}},
		{"min ltv", []string{"--min-ltv", "0.65"}, []string{"carol@A", "bob@A"}},
		{"min ltv percent", []string{"--min-ltv", "20%"}, []string{"carol@A", "bob@A", "alice@A"}},
		{"status", []string{"--status", "margin_call"}, []string{"bob@A"}},
		{"status with dash", []string{"--status", "margin-call"}, []string{"bob@A"}},
		{"sort debt", []string{"--sort", "debt"}, []string{"carol@A", "bob@A", "alice@B", "alice@A"}},
		{"sort collateral limit", []string{"--sort", "collateral", "--limit", "2"}, []string{"alice@B", "carol@A"}},
		{"none", []string{"--status", "liquidatable", "--market", pt.MarketB.Hex()}, []string{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := mustRun(t, append([]string{"positions", "--json"}, c.args...)...)
			var ps []positionOut
			if err := json.Unmarshal([]byte(out), &ps); err != nil {
				t.Fatalf("%v:\n%s", err, out)
			}
			got := []string{}
			for _, p := range ps {
				got = append(got, name(p.Borrower)+"@"+name(p.Market))
			}
			if strings.Join(got, ",") != strings.Join(c.want, ",") {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}

	out := mustRun(t, "positions", "--json", "--market", pt.MarketA.Hex(), "--borrower", pt.Alice.Hex())
	var ps []positionOut
	if err := json.Unmarshal([]byte(out), &ps); err != nil || len(ps) != 1 {
		t.Fatalf("%v:\n%s", err, out)
	}
	p := ps[0]
	if p.Collateral != "10000000" || p.Debt != "2000000000" || p.LTV != 0.2 || p.Status != "healthy" ||
		p.LiquidationPrice == nil || *p.LiquidationPrice != 25000 {
		t.Errorf("worked example: %s", out)
	}
	if strings.TrimSpace(mustRun(t, "positions", "--json", "--borrower", pt.Dave.Hex())) != "[]" {
		t.Errorf("no positions should print []")
	}
}

func name(addr string) string {
	for n, a := range map[string]string{
		"alice": pt.Alice.Hex(), "bob": pt.Bob.Hex(), "carol": pt.Carol.Hex(), "A": pt.MarketA.Hex(), "B": pt.MarketB.Hex(),
	} {
		if a == addr {
			return n
		}
	}
	return addr
}

func TestPositionHistory(t *testing.T) {
	url := pt.Seeded(t)
	out := mustRun(t, "position", strings.ToLower(pt.Alice.Hex()), "--db", url)
	t.Logf("\n%s", out)
	for _, want := range []string{
		"borrower " + pt.Alice.Hex(),
		"20.00%", "25000.00",
		"3 events",
		"DepositCollateral", pt.TxDeposit.Hex(), "assets=2000000000 borrower=0xa11ce00000000000000000000000000000000001 shares=2000000000",
		pt.TxMarketB.Hex(),
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, pt.Bob.Hex()) {
		t.Errorf("Bob's event shows in Alice's history:\n%s", out)
	}

	var h struct {
		Borrower  string        `json:"borrower"`
		Positions []positionOut `json:"positions"`
		Events    []struct {
			Market, Event, TxHash string
			Block                 int64
			Args                  map[string]string
		} `json:"events"`
	}
	out = mustRun(t, "position", pt.Alice.Hex(), "--db="+url, "--json")
	if err := json.Unmarshal([]byte(out), &h); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if h.Borrower != pt.Alice.Hex() || len(h.Positions) != 2 || len(h.Events) != 3 ||
		h.Events[1].Event != "Borrow" || h.Events[1].Block != 51 || h.Events[1].Args["assets"] != "2000000000" {
		t.Errorf("history: %s", out)
	}

	out = mustRun(t, "position", "0x000000000000000000000000000000000000dead", "--db", url)
	if !strings.Contains(out, "no positions or events") {
		t.Errorf("stranger: %s", out)
	}
}

// unreachableDB is a Postgres URL with a password on a port nothing listens on.
func unreachableDB(t *testing.T) (url, port string) {
	t.Helper()
	port = fmt.Sprint(anviltest.FreePort(t))
	return "postgres://keeper:s3cret@127.0.0.1:" + port + "/ltvkeeper?sslmode=disable", port
}

func TestPositionsBadInput(t *testing.T) {
	// Validation happens before connecting: these never reach the (unreachable) database.
	db, _ := unreachableDB(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"positions", "--status", "ok"}, `--status "ok": must be one of healthy|margin_call|liquidatable`},
		{[]string{"positions", "--min-ltv", "65"}, "--min-ltv 65: an LTV is a fraction (1 = 100%); did you mean 0.65 (or 65%)?"},
		{[]string{"positions", "--min-ltv", "abc"}, `--min-ltv "abc": want a fraction such as 0.65, or a percentage such as 65%`},
		{[]string{"positions", "--sort", "age"}, `--sort "age": must be one of ltv|debt|collateral`},
		{[]string{"positions", "--limit", "-3"}, "--limit -3: want a positive number of positions, or 0 for all"},
		{[]string{"positions", "--market", "0x1234"}, `--market "0x1234": not an address (want 0x and 40 hex digits)`},
		{[]string{"positions", "--borrower", "alice"}, `--borrower "alice": not an address`},
		{[]string{"positions", pt.Alice.Hex()}, "for one borrower use --borrower " + pt.Alice.Hex()},
		{[]string{"position"}, "position takes one borrower address"},
		{[]string{"position", "0xnope"}, `position "0xnope": not an address`},
		{[]string{"position", pt.Alice.Hex(), "--nope"}, "--nope: unknown flag for position"},
		{[]string{"position", pt.Alice.Hex(), "--json=maybe"}, "--json=maybe maybe: "},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			_, err := runApp(t, append(c.args, "--db", db)...)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got error %v, want one containing %q", err, c.want)
			}
		})
	}
}

func TestPositionsDatabaseErrors(t *testing.T) {
	unreachable, port := unreachableDB(t)
	_, err := runApp(t, "positions", "--db", unreachable)
	if err == nil || !strings.Contains(err.Error(), "--db postgres://keeper:xxxxx@127.0.0.1:"+port+"/ltvkeeper") ||
		!strings.Contains(err.Error(), "is Postgres running there?") || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("unreachable database: %v", err)
	}

	empty := pgtest.DB(t)
	for _, cmd := range [][]string{{"positions"}, {"position", pt.Alice.Hex()}} {
		_, err = runApp(t, append(cmd, "--db", empty)...)
		if err == nil || !strings.Contains(err.Error(), "no ltvkeeper schema: run 'ltvkeeper migrate'") {
			t.Errorf("%s on a database without the schema: %v", cmd[0], err)
		}
	}

	missing := strings.Replace(empty, "/t", "/nosuchdb_t", 1)
	_, err = runApp(t, "positions", "--db", missing)
	if err == nil || !strings.Contains(err.Error(), "does not exist (create it with 'createdb nosuchdb_t") {
		t.Errorf("missing database: %v", err)
	}
}

func TestRedactDB(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"postgres://u:pw@h:5432/db?sslmode=disable", "postgres://u:xxxxx@h:5432/db?sslmode=disable"},
		{"postgres://u@h/db", "postgres://u@h/db"},
		{"postgresql://h/db?password=pw&sslmode=disable", "postgresql://h/db?password=xxxxx&sslmode=disable"},
		{"host=h user=u password=pw dbname=db", "host=h user=u password=xxxxx dbname=db"},
		{"host=h password='p w' dbname=db", "host=h password=xxxxx dbname=db"},
		{"postgres://u:p%zz@h/db", "postgres://u:xxxxx@h/db"},
	} {
		if got := redactDB(c.in); got != c.want {
			t.Errorf("redactDB(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPositionWhatIf(t *testing.T) {
	url := pt.Seeded(t)
	out := mustRun(t, "position", pt.Alice.Hex(), "--db", url, "--what-if", "-30%")
	// The worked example at $70,000: $2,000 against $7,000 of BTC.
	for _, want := range []string{"WHAT IF BTC MOVES -30%", "70000", "28.57%", "healthy", "0.04285715", "600"} {
		if !strings.Contains(out, want) {
			t.Errorf("position --what-if lacks %q:\n%s", want, out)
		}
	}
	if _, err := runApp(t, "position", pt.Alice.Hex(), "--db", url, "--what-if", "-30"); err == nil || !strings.Contains(err.Error(), "--what-if") {
		t.Fatalf("--what-if -30 = %v, want an error naming the flag", err)
	}
	// --target changes what restores safety: 25% needs $8,000 of BTC, or $1,750 of debt.
	out = mustRun(t, "position", pt.Alice.Hex(), "--db", url, "--what-if", "-30%", "--target", "25%")
	for _, want := range []string{"TO 25.00%: ADD (BTC)", "0.01428572", "250"} {
		if !strings.Contains(out, want) {
			t.Errorf("position --what-if --target 25%% lacks %q:\n%s", want, out)
		}
	}
	for _, c := range []struct{ args, want string }{
		{"--what-if -30% --target 0", "--target"},
		{"--what-if -30% --target 1.5", "--target"},
		{"--target 0.3", "needs --what-if"},
	} {
		if _, err := runApp(t, append([]string{"position", pt.Alice.Hex(), "--db", url}, strings.Fields(c.args)...)...); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("position %s = %v, want an error with %q", c.args, err, c.want)
		}
	}
}

// TestPositionWhatIfJSON: --json carries the what-if rows, with --target.
func TestPositionWhatIfJSON(t *testing.T) {
	url := pt.Seeded(t)
	var got struct {
		Positions []positionJSON `json:"positions"`
		WhatIf    *whatIfJSON    `json:"whatIf"`
	}
	out := mustRun(t, "position", pt.Alice.Hex(), "--db", url, "--json", "--what-if", "-30%", "--target", "0.25")
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	w := got.WhatIf
	if w == nil || w.Change != "-30%" || w.TargetWad != "250000000000000000" || len(w.Positions) != len(got.Positions) {
		t.Fatalf("whatIf = %+v for %d positions:\n%s", w, len(got.Positions), out)
	}
	var a *pointJSON
	for _, p := range w.Positions {
		if p.Market == pt.MarketA.Hex() {
			a = p.Point
		}
	}
	if a == nil {
		t.Fatalf("no what-if point for market A:\n%s", out)
	}
	if a.PriceFeed != "7000000000000" || a.LTVWad != "285714285714285715" || a.Status != "healthy" ||
		a.CollateralToAdd != "1428572" || a.DebtToRepay != "250000000" || a.Liquidation != nil {
		t.Errorf("market A at -30%% to 25%%: %+v", *a)
	}
	// Without --what-if there is no whatIf key at all.
	if out := mustRun(t, "position", pt.Alice.Hex(), "--db", url, "--json"); strings.Contains(out, "whatIf") {
		t.Errorf("position --json without --what-if mentions whatIf:\n%s", out)
	}
}

// TestNewerSchemaRefusedEverywhere: a database migrated by a newer ltvkeeper is refused by
// every command that reads the index, with the message 'ltvkeeper migrate' gives.
func TestNewerSchemaRefusedEverywhere(t *testing.T) {
	url := pt.Seeded(t)
	ctx := context.Background()
	conn := pgtest.Conn(t, url)
	if _, err := conn.Exec(ctx, "INSERT INTO goose_db_version (version_id, is_applied) VALUES (9999, true)"); err != nil {
		t.Fatal(err)
	}
	_, err := runApp(t, "migrate", "--db", url)
	if !errors.Is(err, migrations.ErrNewerSchema) || !strings.Contains(err.Error(), "at version 9999") {
		t.Fatalf("migrate on a newer schema: %v, want it refused", err)
	}
	want := err.Error()
	_, port := unreachableDB(t)
	for _, args := range [][]string{
		{"positions", "--db", url},
		{"positions", "--db", url, "--json"},
		{"position", pt.Alice.Hex(), "--db", url},
		// A node nothing answers for: serve fails there if it got past the database.
		{"serve", "--db", url, "--addr", "127.0.0.1:0", "--rpc", "http://127.0.0.1:" + port},
	} {
		_, err := runApp(t, args...)
		if err == nil || err.Error() != want {
			t.Errorf("%s on a newer schema: %v, want %q", strings.Join(args, " "), err, want)
		}
	}
}

// TestPositionsChainFlag: --chain-id lists one chain's positions of a database that may hold
// several.
func TestPositionsChainFlag(t *testing.T) {
	url := pt.Seeded(t)
	all := mustRun(t, "positions", "--db", url, "--json")
	if got := mustRun(t, "positions", "--db", url, "--json", "--chain-id", fmt.Sprint(pt.ChainID)); got != all || !strings.Contains(all, `"chainId": 31337`) {
		t.Errorf("--chain-id %d:\n%s\nwant every position:\n%s", pt.ChainID, got, all)
	}
	if got := strings.TrimSpace(mustRun(t, "positions", "--db", url, "--json", "--chain-id", "1")); got != "[]" {
		t.Errorf("--chain-id 1: %s, want []", got)
	}
	_, err := runApp(t, "positions", "--db", url, "--chain-id", "18446744073709551615")
	if err == nil || !strings.Contains(err.Error(), "--chain-id 18446744073709551615: not a chain id") {
		t.Errorf("huge --chain-id: %v", err)
	}
	// position: one borrower's positions and events on one chain.
	alice := mustRun(t, "position", pt.Alice.Hex(), "--db", url)
	if got := mustRun(t, "position", pt.Alice.Hex(), "--db", url, "--chain-id", fmt.Sprint(pt.ChainID)); got != alice || strings.Contains(alice, "no positions or events") {
		t.Errorf("position --chain-id %d:\n%s\nwant:\n%s", pt.ChainID, got, alice)
	}
	if got := mustRun(t, "position", pt.Alice.Hex(), "--db", url, "--chain-id", "1"); !strings.Contains(got, "no positions or events") {
		t.Errorf("position --chain-id 1: %s, want none", got)
	}
}

// TestPositionsMorpho lists Morpho Blue positions beside ltvkeeper's in the table and in
// --json, each under its market's full id with its protocol, and filters by that id.
func TestPositionsMorpho(t *testing.T) {
	url := pt.Seeded(t)
	pt.SeedMorpho(t, url)
	t.Setenv("LTVKEEPER_DB", url)
	id := pt.MorphoMarket.Hex()

	out := mustRun(t, "positions", "--market", id)
	t.Logf("\n%s", out)
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 5 || !strings.Contains(lines[4], "3 positions as of block 100") {
		t.Fatalf("got %d lines, want a header, 3 positions and a summary:\n%s", len(lines), out)
	}
	for i, w := range [][]string{
		{id, "morpho-blue", pt.Gina.Hex(), "0.5", "45000", "90.00%", "liquidatable"},
		{id, "morpho-blue", pt.Frank.Hex(), "1", "80000", "80.00%", "margin_call"},
		{id, "morpho-blue", pt.Erin.Hex(), "1", "50000", "50.00%", "healthy", "58139.53"},
	} {
		if got := strings.Fields(lines[i+1]); len(got) != 8 || !slices.Equal(got[:len(w)], w) {
			t.Errorf("row %d: got %q, want it to start %q", i+1, got, w)
		}
	}

	all := mustRun(t, "positions", "--json")
	var ps []positionOut
	if err := json.Unmarshal([]byte(all), &ps); err != nil {
		t.Fatalf("%v:\n%s", err, all)
	}
	got := map[string]string{}
	for _, p := range ps {
		got[p.Borrower+"@"+p.Market] = p.Protocol
	}
	for k, v := range map[string]string{
		pt.Gina.Hex() + "@" + id: "morpho-blue", pt.Erin.Hex() + "@" + id: "morpho-blue",
		pt.Alice.Hex() + "@" + pt.MarketA.Hex(): "ltvkeeper",
	} {
		if got[k] != v {
			t.Errorf("position %s: protocol %q, want %q (listed: %v)", k, got[k], v, got)
		}
	}
	// A what-if applies Morpho's rules to a Morpho position. Erin's $50,000 against 1 BTC at
	// $55,000 (-45%) is past the LLTV (86%): a liquidator repays it all and seizes its value
	// times the LIF (1 / (1 - 0.3 x 14%)) in BTC, 0.9489 BTC, leaving her 0.0511 BTC and no debt.
	out = mustRun(t, "position", pt.Erin.Hex(), "--what-if", "-45%")
	t.Logf("\n%s", out)
	row := ""
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, id) && strings.Contains(l, "55000") {
			row = l
		}
	}
	if got := strings.Fields(row); len(got) != 9 || got[1] != "55000" || got[2] != "90.91%" || got[3] != "liquidatable" ||
		!strings.HasPrefix(got[6], "50000") || !strings.HasPrefix(got[7], "0.9489466") || got[8] != "0" {
		t.Errorf("what-if of a Morpho position at -45%%: row %q in\n%s", got, out)
	}
	if len(ps) != 7 {
		t.Errorf("%d positions, want ltvkeeper's 4 and Morpho's 3", len(ps))
	}
	ps = nil
	out = mustRun(t, "positions", "--json", "--market", strings.ToLower(id), "--status", "margin-call")
	if err := json.Unmarshal([]byte(out), &ps); err != nil || len(ps) != 1 || ps[0].Borrower != pt.Frank.Hex() || ps[0].Market != id {
		t.Errorf("Frank by the Morpho market's id (%v): %s", err, out)
	}

	out = mustRun(t, "position", pt.Erin.Hex())
	for _, want := range []string{id + "  morpho-blue  " + pt.Erin.Hex(), "2 events", "SupplyCollateral", pt.TxMorpho.Hex()} {
		if !strings.Contains(out, want) {
			t.Errorf("Erin's history lacks %q:\n%s", want, out)
		}
	}
	var h struct {
		Positions []positionOut             `json:"positions"`
		Events    []struct{ Market string } `json:"events"`
	}
	out = mustRun(t, "position", pt.Erin.Hex(), "--json")
	if err := json.Unmarshal([]byte(out), &h); err != nil || len(h.Positions) != 1 || h.Positions[0].Market != id ||
		h.Positions[0].Protocol != "morpho-blue" || len(h.Events) != 2 || h.Events[0].Market != id {
		t.Errorf("Erin's history as JSON (%v): %s", err, out)
	}

	_, err := runApp(t, "positions", "--market", id[:64])
	if want := `--market "` + id[:64] + `": not an address (want 0x and 40 hex digits) nor a Morpho Blue market's id (0x and 64 hex digits)`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("a cut id: %v, want %q", err, want)
	}
}

// TestPositionsTableChains: the table gains a chain column when its rows span several chains,
// where one market address may stand on each; with one chain it stays as it is.
func TestPositionsTableChains(t *testing.T) {
	market := indexdb.AddressMarket(pt.MarketA)
	row := func(chain int64) positions.Position {
		return positions.Position{ChainID: chain, MarketID: market, Protocol: indexdb.ProtocolLTVKeeper, Borrower: pt.Alice,
			Collateral: big.NewInt(1e8), Debt: big.NewInt(2_000e6), CollateralDecimals: 8, LoanDecimals: 6, Status: "healthy"}
	}
	var one, two strings.Builder
	if err := writeTable(&one, []positions.Position{row(1), row(1)}); err != nil {
		t.Fatal(err)
	}
	if err := writeTable(&two, []positions.Position{row(1), row(8453)}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(one.String(), "CHAIN") || !strings.HasPrefix(one.String(), "MARKET") {
		t.Errorf("one chain:\n%s", one.String())
	}
	lines := strings.Split(strings.TrimSpace(two.String()), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "CHAIN") || !strings.HasPrefix(lines[1], "1 ") ||
		!strings.HasPrefix(lines[2], "8453 ") || !strings.Contains(lines[2], pt.MarketA.Hex()) {
		t.Errorf("two chains:\n%s", two.String())
	}
}
