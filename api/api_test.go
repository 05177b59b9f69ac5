package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	pt "github.com/ltvkeeper/ltvkeeper/indexdb/positions/positionstest"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/internal/webtest"
	"github.com/ltvkeeper/ltvkeeper/migrations"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

var (
	liquidator = common.HexToAddress("0x1100000000000000000000000000000000000abc")
	txLiq1     = common.HexToHash("0x4444444444444444444444444444444444444444444444444444444444444444")
	txLiq2     = common.HexToHash("0x5555555555555555555555555555555555555555555555555555555555555555")
	txLiq3     = common.HexToHash("0x6666666666666666666666666666666666666666666666666666666666666666")
)

// seed fills a database with the positions fixture, its ties, three liquidations (and one
// on another chain, which must never show) and five alerts, and returns its URL.
func seed(t *testing.T) string {
	t.Helper()
	url := pt.Seeded(t)
	pt.SeedTies(t, url)
	ctx := context.Background()
	conn := pgtest.Conn(t, url)
	b := &pgx.Batch{}
	for _, l := range []struct {
		chain           int64
		block, logIndex int64
		tx              common.Hash
		market          common.Address
		borrower        common.Address
		repaid, seized  string
	}{
		{pt.ChainID, 70, 2, txLiq1, pt.MarketA, pt.Carol, "1000000000", "1050000"},
		{pt.ChainID, 70, 5, txLiq2, pt.MarketA, pt.Bob, "2000000000", "2100000"},
		{pt.ChainID, 80, 0, txLiq3, pt.MarketB, pt.Carol, "3000000000", "3150000"},
		{1, 90, 0, txLiq3, pt.MarketA, pt.Carol, "9", "9"},
	} {
		args := `{"borrower":"` + l.borrower.Hex() + `","liquidator":"` + strings.ToLower(liquidator.Hex()) +
			`","repaidAssets":"` + l.repaid + `","seizedCollateral":"` + l.seized + `","badDebtAssets":"0","price":"10000000000000"}`
		b.Queue(`INSERT INTO events (chain_id, factory, block_number, log_index, block_hash, block_timestamp, tx_hash, address, market, account, event, args)
			VALUES ($1, $9, $2, $3, '\x01', $4, $5, $6, $6, $7, 'Liquidate', $8)`,
			l.chain, l.block, l.logIndex, pt.Time-(pt.Block-l.block)*12, l.tx.Bytes(), l.market.Bytes(), l.borrower.Bytes(), args, pt.Factory.Bytes())
	}
	for _, a := range []struct {
		market, borrower common.Address
		kind             string
		ltv              any
		tx               any
	}{
		{pt.MarketA, pt.Bob, "margin_call", "700000000000000000", nil},
		{pt.MarketA, pt.Carol, "margin_call", "660000000000000000", nil},
		{pt.MarketA, pt.Carol, "liquidated", "850000000000000000", txLiq1.Bytes()},
		{pt.MarketA, pt.Carol, "healthy", "600000000000000000", nil},
		{pt.MarketB, pt.Alice, "margin_call", nil, nil},
	} {
		b.Queue(`INSERT INTO alerts (chain_id, market, borrower, kind, ltv, price, block_number, tx_hash, delivered_at)
			VALUES ($1, $2, $3, $4, $5::numeric, 10000000000000, 90, $6, CASE WHEN $4 = 'liquidated' THEN now() END)`,
			pt.ChainID, a.market.Bytes(), a.borrower.Bytes(), a.kind, a.ltv, a.tx)
	}
	if err := conn.SendBatch(ctx, b).Close(); err != nil {
		t.Fatalf("seed: %v", err)
	}
	return url
}

func newPool(t *testing.T, url string) *pgxpool.Pool {
	t.Helper()
	db := pgtest.Pool(t, url)
	return db
}

// start serves the API over db on a real HTTP server.
func start(t *testing.T, db *pgxpool.Pool, opts Options) *httptest.Server {
	t.Helper()
	if opts.Logger == nil {
		opts.Logger = testlog.Discard
	}
	srv := httptest.NewServer(New(db, opts))
	t.Cleanup(srv.Close)
	return srv
}

func seeded(t *testing.T) *httptest.Server {
	t.Helper()
	return start(t, newPool(t, seed(t)), Options{Registry: prometheus.NewRegistry()})
}

// get fetches path and decodes its JSON body into out, failing unless the status is want.
func get(t *testing.T, srv *httptest.Server, path string, want int, out any) string {
	t.Helper()
	status, header, body := webtest.Do(t, http.MethodGet, srv.URL+path)
	if status != want {
		t.Fatalf("GET %s: status %d, want %d: %s", path, status, want, body)
	}
	if ct := header.Get("Content-Type"); path != "/metrics" && ct != "application/json" {
		t.Errorf("GET %s: Content-Type %q", path, ct)
	}
	if out != nil {
		if err := json.Unmarshal(body, out); err != nil {
			t.Fatalf("GET %s: %v\n%s", path, err, body)
		}
	}
	return string(body)
}

// each is f of every element of xs, in order.
func each[T any](xs []T, f func(T) string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func TestAPIMarkets(t *testing.T) {
	srv := seeded(t)
	var resp MarketsResponse
	body := get(t, srv, "/v1/markets", http.StatusOK, &resp)
	got := each(resp.Markets, func(m Market) string { return m.Market })
	if want := []string{pt.MarketA.Hex(), pt.MarketB.Hex(), pt.MarketC.Hex()}; !slices.Equal(got, want) {
		t.Fatalf("markets %v, want %v", got, want)
	}
	a := resp.Markets[0]
	if a.CollateralToken != pt.WBTC.Hex() || a.LoanToken != pt.USDC.Hex() || a.PriceFeed != pt.Feed.Hex() || a.Factory != pt.Factory.Hex() {
		t.Errorf("market A tokens: %+v", a)
	}
	if a.CollateralDecimals != 8 || a.LoanDecimals != 6 || a.FeedDecimals != 8 {
		t.Errorf("market A decimals %d/%d/%d, want 8/6/8", a.CollateralDecimals, a.LoanDecimals, a.FeedDecimals)
	}
	for _, c := range []struct {
		name         string
		wad          string
		num          *float64
		wantWad      string
		wantFraction float64
	}{
		{"maxBorrowLtv", a.MaxBorrowLtvWad, a.MaxBorrowLtv, "500000000000000000", 0.5},
		{"marginCallLtv", a.MarginCallLtvWad, a.MarginCallLtv, "650000000000000000", 0.65},
		{"liquidationLtv", a.LiquidationLtvWad, a.LiquidationLtv, "800000000000000000", 0.8},
		{"liquidationTargetLtv", a.LiquidationTargetLtvWad, a.LiquidationTargetLtv, "700000000000000000", 0.7},
		{"liquidationBonus", a.LiquidationBonusWad, a.LiquidationBonus, "50000000000000000", 0.05},
	} {
		if c.wad != c.wantWad || deref(c.num) != c.wantFraction {
			t.Errorf("%s: wad %s, number %v; want %s, %v", c.name, c.wad, deref(c.num), c.wantWad, c.wantFraction)
		}
	}
	if a.MaxPriceAge != "3600" || a.InitialBorrowRateWad != "29000000000000000" || a.CreatedBlock != 10 {
		t.Errorf("max price age %s, initial rate %s, created block %d", a.MaxPriceAge, a.InitialBorrowRateWad, a.CreatedBlock)
	}
	if deref(a.TotalCollateral) != "0" || deref(a.BorrowIndexRay) != "1000000000000000000000000000" ||
		a.BorrowRate == nil || *a.BorrowRate != 0.029 || a.LastAccrual == nil || *a.LastAccrual != pt.Time {
		t.Errorf("market A state: collateral %v, index %v, rate %v, last accrual %v", a.TotalCollateral, a.BorrowIndexRay, a.BorrowRate, a.LastAccrual)
	}
	if deref(a.Price) != "10000000000000" || a.PriceUSD == nil || *a.PriceUSD != 100_000 || deref(a.PriceRoundID) != "8" ||
		a.PriceStale == nil || *a.PriceStale || a.PriceUpdatedAt == nil || *a.PriceUpdatedAt != pt.Time-60 {
		t.Errorf("market A price %v ($%v), round %v, stale %v, updated %v", a.Price, a.PriceUSD, a.PriceRoundID, a.PriceStale, a.PriceUpdatedAt)
	}
	if c := resp.Markets[2]; c.Price != nil || c.PriceUSD != nil || c.PriceStale != nil {
		t.Errorf("market C has no price yet, got %v", c.Price)
	}
	for _, want := range []string{`"collateralDecimals":8`, `"market":"` + pt.MarketA.Hex() + `"`, `"price":null`} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %s:\n%s", want, body)
		}
	}
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

type key struct{ market, borrower string }

func keys(ps []Position) []key {
	var out []key
	for _, p := range ps {
		out = append(out, key{p.Market, p.Borrower})
	}
	return out
}

func TestAPIPositions(t *testing.T) {
	srv := seeded(t)
	var all PositionsResponse
	body := get(t, srv, "/v1/positions", http.StatusOK, &all)
	if len(all.Positions) != 9 || all.NextCursor != nil {
		t.Fatalf("%d positions, next cursor %v; want 9 and none", len(all.Positions), all.NextCursor)
	}
	if first := all.Positions[0]; first.Borrower != pt.Carol.Hex() || first.Status != "liquidatable" {
		t.Errorf("riskiest first: got %s %s", first.Borrower, first.Status)
	}
	if last := all.Positions[8]; last.Market != pt.MarketC.Hex() || last.Status != "unknown" || last.LTV != nil || last.LTVWad != nil {
		t.Errorf("positions without a price last: got %+v", last)
	}
	var alice *Position
	for i, p := range all.Positions {
		if p.Market == pt.MarketA.Hex() && p.Borrower == pt.Alice.Hex() {
			alice = &all.Positions[i]
		}
	}
	if alice == nil {
		t.Fatal("no position of Alice in market A")
	}
	// The worked example: $2,000 against 0.1 BTC at $100,000 is 20%, liquidated at $25,000.
	if alice.Collateral != "10000000" || alice.CollateralDecimals != 8 || alice.Debt != "2000000000" || alice.LoanDecimals != 6 ||
		deref(alice.LTVWad) != "200000000000000000" || deref(alice.LTV) != 0.2 || alice.Status != "healthy" ||
		deref(alice.LiquidationPrice) != "2500000000000" || deref(alice.LiquidationPriceUSD) != 25_000 ||
		deref(alice.PriceUSD) != 100_000 || alice.FeedDecimals != 8 || alice.AsOfBlock != pt.Block {
		t.Errorf("Alice in A: %+v", *alice)
	}
	for _, want := range []string{`"collateral":"10000000","collateralDecimals":8`, `"ltvWad":"200000000000000000","ltv":0.2`, `"nextCursor":null`} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %s", want)
		}
	}

	aliceA, bob, carol, aliceB := key{pt.MarketA.Hex(), pt.Alice.Hex()}, key{pt.MarketA.Hex(), pt.Bob.Hex()},
		key{pt.MarketA.Hex(), pt.Carol.Hex()}, key{pt.MarketB.Hex(), pt.Alice.Hex()}
	for _, c := range []struct {
		query string
		want  []key
	}{
		{"market=" + pt.MarketB.Hex(), []key{aliceB}},
		{"market=" + strings.ToLower(pt.MarketB.Hex()), []key{aliceB}},
		{"borrower=" + pt.Alice.Hex(), []key{aliceA, aliceB}},
		{"status=margin_call", []key{bob}},
		{"status=liquidatable", []key{carol}},
		{"min_ltv=0.65", []key{carol, bob}},
		{"min_ltv=80%25", []key{carol}},
		{"min_ltv=0.2&sort=debt", []key{carol, bob, aliceA}},
		// Alice ties on collateral with pt.Ties[1], whose address sorts first.
		{"market=" + pt.MarketA.Hex() + "&status=healthy&sort=collateral&limit=2", []key{{pt.MarketA.Hex(), pt.Ties[1].Borrower.Hex()}, {pt.MarketA.Hex(), pt.Ties[2].Borrower.Hex()}}},
		{"market=" + pt.MarketA.Hex() + "&status=healthy&sort=debt", []key{aliceA, {pt.MarketA.Hex(), pt.Ties[1].Borrower.Hex()}, {pt.MarketA.Hex(), pt.Ties[2].Borrower.Hex()}, {pt.MarketA.Hex(), pt.Ties[0].Borrower.Hex()}}},
		{"limit=2", []key{carol, bob}},
	} {
		t.Run(c.query, func(t *testing.T) {
			var resp PositionsResponse
			get(t, srv, "/v1/positions?"+c.query, http.StatusOK, &resp)
			if got := keys(resp.Positions); !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

// walk pages through path (which has a query) with limit and returns every row's key,
// failing if a page is not full before the last, or the walk does not end.
func walk[T any](t *testing.T, srv *httptest.Server, path string, limit int, rows func(*T) ([]key, *string)) []key {
	t.Helper()
	var (
		got    []key
		cursor string
	)
	for pages := 0; ; pages++ {
		if pages > 100 {
			t.Fatalf("%s limit %d: no end after 100 pages", path, limit)
		}
		u := path + "&limit=" + itoa(limit)
		if cursor != "" {
			u += "&cursor=" + url.QueryEscape(cursor)
		}
		var page T
		get(t, srv, u, http.StatusOK, &page)
		ks, next := rows(&page)
		got = append(got, ks...)
		if next == nil {
			if len(ks) > limit {
				t.Fatalf("%s: last page has %d rows, limit %d", u, len(ks), limit)
			}
			return got
		}
		if len(ks) != limit {
			t.Fatalf("%s: page of %d rows with a next cursor, want %d", u, len(ks), limit)
		}
		cursor = *next
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func positionRows(p *PositionsResponse) ([]key, *string) { return keys(p.Positions), p.NextCursor }

func TestAPIPositionsPagination(t *testing.T) {
	srv := seeded(t)
	for _, sort := range []string{"ltv", "debt", "collateral"} {
		var all PositionsResponse
		get(t, srv, "/v1/positions?limit=1000&sort="+sort, http.StatusOK, &all)
		want := keys(all.Positions)
		if len(want) != 9 {
			t.Fatalf("sort %s: %d positions, want 9", sort, len(want))
		}
		for _, limit := range []int{1, 2, 3, 4, 8, 9} {
			got := walk(t, srv, "/v1/positions?sort="+sort, limit, positionRows)
			if !slices.Equal(got, want) {
				t.Errorf("sort %s, limit %d: pages gave\n%v\nwant\n%v", sort, limit, got, want)
			}
		}
	}
	// With a filter, pages stay within it.
	got := walk(t, srv, "/v1/positions?market="+pt.MarketA.Hex()+"&sort=collateral", 2, positionRows)
	if len(got) != 6 {
		t.Errorf("market A by collateral in pages of 2: %v, want 6 positions", got)
	}
}

// TestAPIPositionsCursorStable checks that rows added before a cursor's place do not shift
// the next page: it continues exactly after the last row seen.
func TestAPIPositionsCursorStable(t *testing.T) {
	url := seed(t)
	db := newPool(t, url)
	srv := start(t, db, Options{})
	var all, first PositionsResponse
	get(t, srv, "/v1/positions?limit=1000", http.StatusOK, &all)
	get(t, srv, "/v1/positions?limit=3", http.StatusOK, &first)
	newcomer := common.HexToAddress("0x0000000000000000000000000000000000000bad")
	if _, err := db.Exec(context.Background(), `INSERT INTO positions (chain_id, market, borrower, collateral, borrow_shares, block_number)
		VALUES ($1, $2, $3, 1e7, 9000e6, 101)`, pt.ChainID, pt.MarketA.Bytes(), newcomer.Bytes()); err != nil {
		t.Fatal(err)
	}
	var rest PositionsResponse
	get(t, srv, "/v1/positions?limit=1000&cursor="+url2(first.NextCursor), http.StatusOK, &rest)
	if got, want := keys(rest.Positions), keys(all.Positions)[3:]; !slices.Equal(got, want) {
		t.Errorf("after a newcomer at 90%% LTV, the second page is\n%v\nwant\n%v", got, want)
	}
}

func url2(s *string) string { return url.QueryEscape(deref(s)) }

func TestAPIPosition(t *testing.T) {
	srv := seeded(t)
	var resp PositionResponse
	get(t, srv, "/v1/markets/"+pt.MarketA.Hex()+"/positions/"+pt.Alice.Hex(), http.StatusOK, &resp)
	if resp.Position == nil || resp.Position.Debt != "2000000000" || deref(resp.Position.LTV) != 0.2 {
		t.Fatalf("Alice in A: %+v", resp.Position)
	}
	got := each(resp.Events, func(e Event) string { return e.Event + " " + e.TxHash })
	if want := []string{"DepositCollateral " + pt.TxDeposit.Hex(), "Borrow " + pt.TxBorrow.Hex()}; !slices.Equal(got, want) {
		t.Errorf("Alice's events in A: %v, want %v", got, want)
	}
	if e := resp.Events[1]; e.Block != 51 || e.Market != pt.MarketA.Hex() || !strings.Contains(string(e.Args), `"assets":"2000000000"`) {
		t.Errorf("borrow event %+v", e)
	}
	// Lower-case addresses are accepted; the answer is checksummed.
	get(t, srv, "/v1/markets/"+strings.ToLower(pt.MarketB.Hex())+"/positions/"+strings.ToLower(pt.Alice.Hex()), http.StatusOK, &resp)
	if resp.Position == nil || resp.Position.Market != pt.MarketB.Hex() || len(resp.Events) != 1 {
		t.Errorf("Alice in B: %+v, %d events", resp.Position, len(resp.Events))
	}
	if resp.CollateralDecimals != 8 || resp.LoanDecimals != 6 || resp.FeedDecimals != 8 {
		t.Errorf("Alice in B: decimals %d/%d/%d, want 8/6/8", resp.CollateralDecimals, resp.LoanDecimals, resp.FeedDecimals)
	}
	// Carol was liquidated in B (an event) but has no open position there: her events' amounts
	// still come with the market's decimals.
	var closed PositionResponse
	get(t, srv, "/v1/markets/"+pt.MarketB.Hex()+"/positions/"+pt.Carol.Hex(), http.StatusOK, &closed)
	if closed.Position != nil || len(closed.Events) != 1 || closed.Events[0].Event != "Liquidate" {
		t.Errorf("Carol in B: %+v, %+v", closed.Position, closed.Events)
	}
	if closed.CollateralDecimals != 8 || closed.LoanDecimals != 6 || closed.FeedDecimals != 8 {
		t.Errorf("Carol in B (closed): decimals %d/%d/%d, want 8/6/8", closed.CollateralDecimals, closed.LoanDecimals, closed.FeedDecimals)
	}

	for _, c := range []struct {
		path   string
		status int
		want   string
	}{
		{"/v1/markets/" + pt.MarketA.Hex() + "/positions/" + pt.Dave.Hex(), 404, "has no position and no events in market"},
		{"/v1/markets/" + pt.MarketB.Hex() + "/positions/" + pt.Bob.Hex(), 404, "has no position and no events in market"},
		{"/v1/markets/0x00000000000000000000000000000000000000ff/positions/" + pt.Alice.Hex(), 404, "market " + common.HexToAddress("0xff").Hex() + " is not in the index"},
		{"/v1/markets/0x12/positions/" + pt.Alice.Hex(), 400, `market "0x12": not an address`},
		{"/v1/markets/" + pt.MarketA.Hex() + "/positions/alice", 400, `borrower "alice": not an address`},
		{"/v1/markets/" + pt.MarketA.Hex() + "/positions/" + pt.Alice.Hex() + "?verbose=1", 400, `parameter "verbose": unknown here`},
	} {
		var e errorBody
		get(t, srv, c.path, c.status, &e)
		if !strings.Contains(e.Error, c.want) {
			t.Errorf("GET %s: error %q, want it to contain %q", c.path, e.Error, c.want)
		}
	}
}

func liquidationRows(p *LiquidationsResponse) ([]key, *string) {
	var ks []key
	for _, l := range p.Liquidations {
		ks = append(ks, key{l.Market, l.TxHash})
	}
	return ks, p.NextCursor
}

func TestAPILiquidations(t *testing.T) {
	srv := seeded(t)
	var resp LiquidationsResponse
	body := get(t, srv, "/v1/liquidations", http.StatusOK, &resp)
	got := each(resp.Liquidations, func(l Liquidation) string { return l.TxHash })
	if want := []string{txLiq3.Hex(), txLiq2.Hex(), txLiq1.Hex()}; !slices.Equal(got, want) {
		t.Fatalf("liquidations %v, want newest first %v (and none of chain 1)", got, want)
	}
	l := resp.Liquidations[2]
	if l.Market != pt.MarketA.Hex() || l.Borrower != pt.Carol.Hex() || deref(l.Liquidator) != liquidator.Hex() ||
		deref(l.RepaidAssets) != "1000000000" || deref(l.LoanDecimals) != 6 || deref(l.SeizedCollateral) != "1050000" ||
		deref(l.CollateralDecimals) != 8 || deref(l.BadDebtAssets) != "0" || deref(l.PriceUSD) != 100_000 ||
		l.Block != 70 || l.LogIndex != 2 || l.Timestamp != pt.Time-30*12 || l.ChainID != pt.ChainID {
		t.Errorf("Carol's liquidation in A: %+v", l)
	}
	if !strings.Contains(body, `"seizedCollateral":"1050000"`) {
		t.Errorf("body: %s", body)
	}
	for _, c := range []struct {
		query string
		want  int
	}{
		{"market=" + pt.MarketA.Hex(), 2},
		{"borrower=" + pt.Carol.Hex(), 2},
		{"market=" + pt.MarketB.Hex() + "&borrower=" + pt.Bob.Hex(), 0},
	} {
		var r LiquidationsResponse
		get(t, srv, "/v1/liquidations?"+c.query, http.StatusOK, &r)
		if len(r.Liquidations) != c.want {
			t.Errorf("%s: %d liquidations, want %d", c.query, len(r.Liquidations), c.want)
		}
	}
	all, _ := liquidationRows(&resp)
	for _, limit := range []int{1, 2, 3} {
		if got := walk(t, srv, "/v1/liquidations?", limit, liquidationRows); !slices.Equal(got, all) {
			t.Errorf("limit %d: pages gave %v, want %v", limit, got, all)
		}
	}
}

func alertRows(p *AlertsResponse) ([]key, *string) {
	var ks []key
	for _, a := range p.Alerts {
		ks = append(ks, key{itoa(int(a.ID)), a.Kind})
	}
	return ks, p.NextCursor
}

func TestAPIAlerts(t *testing.T) {
	srv := seeded(t)
	var resp AlertsResponse
	get(t, srv, "/v1/alerts", http.StatusOK, &resp)
	var kinds []string
	for _, a := range resp.Alerts {
		kinds = append(kinds, a.Kind)
	}
	if want := []string{"margin_call", "healthy", "liquidated", "margin_call", "margin_call"}; !slices.Equal(kinds, want) {
		t.Fatalf("alerts %v, want newest first %v", kinds, want)
	}
	liq := resp.Alerts[2]
	if liq.Borrower != pt.Carol.Hex() || liq.Market != pt.MarketA.Hex() || deref(liq.LTVWad) != "850000000000000000" ||
		deref(liq.LTV) != 0.85 || deref(liq.TxHash) != txLiq1.Hex() || liq.DeliveredAt == nil || deref(liq.PriceUSD) != 100_000 ||
		liq.Block != 90 || liq.CreatedAt.IsZero() {
		t.Errorf("liquidated alert: %+v", liq)
	}
	if a := resp.Alerts[0]; a.LTV != nil || a.LTVWad != nil || a.TxHash != nil || a.DeliveredAt != nil {
		t.Errorf("alert without ltv, tx or delivery: %+v", a)
	}
	for _, c := range []struct {
		query string
		want  int
	}{
		{"kind=margin_call", 3},
		{"kind=liquidated", 1},
		{"borrower=" + pt.Carol.Hex(), 3},
		{"market=" + pt.MarketB.Hex(), 1},
		{"market=" + pt.MarketA.Hex() + "&borrower=" + pt.Carol.Hex() + "&kind=healthy", 1},
	} {
		var r AlertsResponse
		get(t, srv, "/v1/alerts?"+c.query, http.StatusOK, &r)
		if len(r.Alerts) != c.want {
			t.Errorf("%s: %d alerts, want %d", c.query, len(r.Alerts), c.want)
		}
	}
	all, _ := alertRows(&resp)
	for _, limit := range []int{1, 2, 4, 5} {
		if got := walk(t, srv, "/v1/alerts?", limit, alertRows); !slices.Equal(got, all) {
			t.Errorf("limit %d: pages gave %v, want %v", limit, got, all)
		}
	}
	if got := walk(t, srv, "/v1/alerts?kind=margin_call", 2, alertRows); len(got) != 3 {
		t.Errorf("margin calls in pages of 2: %v", got)
	}
}

func TestAPIBadParams(t *testing.T) {
	srv := seeded(t)
	var first PositionsResponse
	get(t, srv, "/v1/positions?limit=1", http.StatusOK, &first)
	var alerts AlertsResponse
	get(t, srv, "/v1/alerts?limit=1", http.StatusOK, &alerts)
	posCursor, alertCursor := deref(first.NextCursor), deref(alerts.NextCursor)
	for _, c := range []struct {
		path string
		want string
	}{
		{"/v1/positions?status=ok", `status "ok": want one of healthy, margin_call, liquidatable`},
		{"/v1/positions?sort=age", `sort "age": want one of ltv, debt, collateral`},
		{"/v1/positions?min_ltv=abc", `min_ltv "abc": want a fraction such as 0.65, or a percentage such as 65%`},
		{"/v1/positions?min_ltv=65", `min_ltv "65": an LTV is a fraction (1 = 100%); did you mean 65%?`},
		{"/v1/positions?limit=0", `limit "0": want a whole number from 1 to 1000`},
		{"/v1/positions?limit=1001", `limit "1001": want a whole number from 1 to 1000`},
		{"/v1/positions?limit=ten", `limit "ten": want a whole number from 1 to 1000`},
		{"/v1/positions?market=0x1234", `market "0x1234": not an address (want 0x and 40 hex digits)`},
		{"/v1/positions?borrower=" + pt.Alice.Hex()[2:], `borrower "` + pt.Alice.Hex()[2:] + `": not an address`},
		{"/v1/positions?cursor=garbage!", `cursor "garbage!": not a cursor of positions (pass nextCursor from the previous page unchanged)`},
		{"/v1/positions?cursor=" + alertCursor, `cursor "` + alertCursor + `": not a cursor of positions`},
		{"/v1/positions?sort=debt&cursor=" + posCursor, "it continues a listing with sort=ltv, not sort=debt"},
		{"/v1/positions?stauts=healthy", `parameter "stauts": unknown here; this endpoint takes market, borrower, status, min_ltv, sort, limit, cursor`},
		{"/v1/positions?market=" + pt.MarketA.Hex() + "&market=" + pt.MarketB.Hex(), "market given 2 times: give it once"},
		{"/v1/liquidations?borrower=alice", `borrower "alice": not an address`},
		{"/v1/liquidations?limit=-1", `limit "-1": want a whole number from 1 to 1000`},
		{"/v1/liquidations?cursor=" + posCursor, "not a cursor of liquidations"},
		{"/v1/liquidations?status=healthy", `parameter "status": unknown here; this endpoint takes market, borrower, limit, cursor`},
		{"/v1/alerts?kind=boom", `kind "boom": want one of margin_call, liquidated, healthy`},
		{"/v1/alerts?market=nope", `market "nope": not an address`},
		{"/v1/alerts?cursor=" + posCursor, "not a cursor of alerts"},
		{"/v1/markets?network=1", `parameter "network": unknown here; this endpoint takes chain`},
	} {
		t.Run(c.path, func(t *testing.T) {
			var e errorBody
			get(t, srv, c.path, http.StatusBadRequest, &e)
			if !strings.Contains(e.Error, c.want) {
				t.Errorf("error %q, want it to contain %q", e.Error, c.want)
			}
		})
	}
}

func TestAPIMethodsAndPaths(t *testing.T) {
	srv := seeded(t)
	paths := []string{"/v1/markets", "/v1/positions", "/v1/markets/" + pt.MarketA.Hex() + "/positions/" + pt.Alice.Hex(),
		"/v1/liquidations", "/v1/alerts", "/healthz", "/metrics"}
	for _, path := range paths {
		for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
			status, header, body := webtest.Do(t, method, srv.URL+path)
			var e errorBody
			if status != http.StatusMethodNotAllowed || header.Get("Allow") != "GET, HEAD" ||
				json.Unmarshal(body, &e) != nil || !strings.Contains(e.Error, "the API is read-only, use GET") {
				t.Errorf("%s %s: %d, Allow %q: %s", method, path, status, header.Get("Allow"), body)
			}
		}
		if status, _, body := webtest.Do(t, http.MethodHead, srv.URL+path); status != http.StatusOK || len(body) != 0 {
			t.Errorf("HEAD %s: %d, %d bytes", path, status, len(body))
		}
	}
	var e errorBody
	get(t, srv, "/v1/borrowers", http.StatusNotFound, &e)
	if !strings.Contains(e.Error, "no endpoint /v1/borrowers (there are /v1/markets,") {
		t.Errorf("unknown path: %q", e.Error)
	}
}

// TestAPIReadOnly checks that the API's transactions refuse writes.
func TestAPIReadOnly(t *testing.T) {
	s := &server{db: newPool(t, seed(t)), opts: Options{RequestTimeout: time.Minute}}
	for _, sql := range []string{
		`INSERT INTO alerts (chain_id, market, borrower, kind, block_number) VALUES (1, '\x01', '\x02', 'healthy', 1)`,
		`UPDATE positions SET collateral = 0`,
		`DELETE FROM events`,
		`CREATE TABLE evil (x int)`,
	} {
		err := s.read(context.Background(), func(tx pgx.Tx) error {
			_, err := tx.Exec(context.Background(), sql)
			return err
		})
		var pgErr *pgconn.PgError
		if !errors.As(err, &pgErr) || pgErr.Code != "25006" { // read_only_sql_transaction
			t.Errorf("%s: %v, want a read-only transaction error", sql, err)
		}
	}
}

func TestAPIHealthz(t *testing.T) {
	url := seed(t)
	head := func(n uint64, err error) func(context.Context) (uint64, error) {
		return func(context.Context) (uint64, error) { return n, err }
	}
	for _, c := range []struct {
		name   string
		opts   Options
		status int
		want   string
	}{
		{"database only", Options{}, 200, `{"db":"ok","indexedBlock":100}`},
		{"within lag", Options{Head: head(pt.Block+5, nil), MaxLag: 30}, 200, `{"db":"ok","indexedBlock":100,"head":105,"lag":5,"maxLag":30}`},
		{"at max lag", Options{Head: head(pt.Block+30, nil), MaxLag: 30}, 200, `{"db":"ok","indexedBlock":100,"head":130,"lag":30,"maxLag":30}`},
		{"ahead of a lagging node", Options{Head: head(pt.Block-3, nil), MaxLag: 0}, 200, `{"db":"ok","indexedBlock":100,"head":97,"lag":0,"maxLag":0}`},
		{"lag too high", Options{Head: head(pt.Block+31, nil), MaxLag: 30}, 503,
			`{"db":"ok","indexedBlock":100,"head":131,"lag":31,"maxLag":30,"error":"index lags the chain head by 31 blocks, more than the 30 allowed"}`},
		{"node down", Options{Head: head(0, errors.New("connection refused")), MaxLag: 30}, 503,
			`{"db":"ok","indexedBlock":100,"error":"chain head unavailable"}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv := start(t, newPool(t, url), c.opts)
			if got := get(t, srv, "/healthz", c.status, nil); strings.TrimSpace(got) != c.want {
				t.Errorf("got %s, want %s", got, c.want)
			}
		})
	}

	t.Run("database down", func(t *testing.T) {
		db := newPool(t, url)
		srv := start(t, db, Options{Head: head(pt.Block, nil), MaxLag: 30})
		get(t, srv, "/healthz", 200, nil)
		db.Close()
		var h Health
		get(t, srv, "/healthz", 503, &h)
		if h.DB != "error" || h.IndexedBlock != nil || h.Error != "database unavailable" {
			t.Errorf("with the pool closed: %+v", h)
		}
		var e errorBody
		get(t, srv, "/v1/markets", 500, &e)
		if e.Error != "internal error reading the index (the server log has the details)" {
			t.Errorf("markets with the pool closed: %q", e.Error)
		}
	})

	t.Run("nothing indexed", func(t *testing.T) {
		empty := pgtest.DB(t)
		if _, err := migrations.Up(context.Background(), empty, testlog.Discard); err != nil {
			t.Fatal(err)
		}
		srv := start(t, newPool(t, empty), Options{})
		var h Health
		get(t, srv, "/healthz", 503, &h)
		if h.DB != "ok" || !strings.Contains(h.Error, "nothing indexed yet") {
			t.Errorf("empty index: %+v", h)
		}
		// The other endpoints answer with empty lists.
		var ps PositionsResponse
		if body := get(t, srv, "/v1/positions", 200, &ps); !strings.Contains(body, `"positions":[]`) {
			t.Errorf("positions of an empty index: %s", body)
		}
	})

	// With the indexers it serves named, the index is as far as the one furthest behind.
	t.Run("indexers named", func(t *testing.T) {
		both := pt.Seeded(t)
		pt.SeedMorpho(t, both)
		if _, err := pgtest.Conn(t, both).Exec(context.Background(), `UPDATE checkpoints SET block_number = $2 WHERE factory = $1`,
			pt.Morpho.Bytes(), pt.Block-7); err != nil {
			t.Fatal(err)
		}
		db, unindexed := newPool(t, both), common.HexToAddress("0xFac70000000000000000000000000000000000Ff")
		for _, c := range []struct {
			name   string
			roots  []common.Address
			status int
			want   string
		}{
			{"none: the highest", nil, 200, `{"db":"ok","indexedBlock":100,"head":100,"lag":0,"maxLag":5}`},
			{"the factory's", []common.Address{pt.Factory}, 200, `{"db":"ok","indexedBlock":100,"head":100,"lag":0,"maxLag":5}`},
			{"both: the lowest", []common.Address{pt.Factory, pt.Morpho}, 503,
				`{"db":"ok","indexedBlock":93,"head":100,"lag":7,"maxLag":5,"error":"index lags the chain head by 7 blocks, more than the 5 allowed"}`},
			{"one without a checkpoint", []common.Address{pt.Factory, unindexed}, 503,
				`{"db":"ok","indexedBlock":null,"error":"nothing indexed yet of ` + unindexed.Hex() + `: it has no checkpoint in the database (is 'ltvkeeper index' running for it?)"}`},
		} {
			srv := start(t, db, Options{Head: head(pt.Block, nil), MaxLag: 5, Roots: c.roots})
			if got := get(t, srv, "/healthz", c.status, nil); strings.TrimSpace(got) != c.want {
				t.Errorf("%s: got %s, want %s", c.name, got, c.want)
			}
		}
	})

	t.Run("no schema", func(t *testing.T) {
		srv := start(t, newPool(t, pgtest.DB(t)), Options{})
		var e errorBody
		get(t, srv, "/v1/positions", 503, &e)
		if !strings.Contains(e.Error, "no ltvkeeper schema yet (run 'ltvkeeper migrate'") {
			t.Errorf("positions without a schema: %q", e.Error)
		}
		get(t, srv, "/healthz", 503, nil)
	})
}

// TestAPIHealthzHidesTheDatabase points the health check at a database that refuses the
// connection: the client learns only that the database is unavailable, the log has the
// cause, with the user, database, host and port the client must not see.
func TestAPIHealthzHidesTheDatabase(t *testing.T) {
	port := anviltest.FreePort(t) // nothing listens there
	bad := pgtest.Pool(t, fmt.Sprintf("postgres://secretuser@127.0.0.1:%d/secretdb?connect_timeout=2", port))
	var logs testlog.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	srv := start(t, newPool(t, seed(t)), Options{HealthDB: bad, Logger: log})
	body := get(t, srv, "/healthz", 503, nil)
	if want := `{"db":"error","indexedBlock":null,"error":"database unavailable"}`; strings.TrimSpace(body) != want {
		t.Errorf("got %s, want %s", body, want)
	}
	for _, secret := range []string{"secretuser", "secretdb", "127.0.0.1", fmt.Sprint(port)} {
		if strings.Contains(body, secret) {
			t.Errorf("the body shows %q: %s", secret, body)
		}
	}
	if got := logs.String(); !strings.Contains(got, "health check failed") || !strings.Contains(got, fmt.Sprint(port)) {
		t.Errorf("the log lacks the cause: %s", got)
	}
}

func TestAPITimeout(t *testing.T) {
	srv := start(t, newPool(t, seed(t)), Options{RequestTimeout: time.Nanosecond})
	for _, path := range []string{"/v1/markets", "/v1/positions", "/v1/alerts"} {
		var e errorBody
		get(t, srv, path, 503, &e)
		if e.Error != "request timed out after 1ns" {
			t.Errorf("%s: %q", path, e.Error)
		}
	}
	var h Health
	get(t, srv, "/healthz", 503, &h)
	if h.Error != "database unavailable: no answer within 1ns" {
		t.Errorf("healthz: %q", h.Error)
	}
}

// twoChains is the seeded index with a checkpoint of chain 1 besides the seed's chain.
func twoChains(t *testing.T) *pgxpool.Pool {
	t.Helper()
	db := newPool(t, seed(t))
	if _, err := db.Exec(context.Background(), `INSERT INTO checkpoints (chain_id, factory, block_number, block_hash, block_timestamp)
		VALUES (1, $1, 5, '\x05', 1)`, pt.Factory.Bytes()); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestAPIChainSelection(t *testing.T) {
	db := twoChains(t)
	var e errorBody
	get(t, start(t, db, Options{}), "/v1/positions", 500, &e)
	if !strings.Contains(e.Error, "the database indexes chains 1, 31337: the API must be told which to serve") {
		t.Errorf("two chains without a chain id: %q", e.Error)
	}
	srv := start(t, db, Options{ChainID: pt.ChainID})
	var ps PositionsResponse
	get(t, srv, "/v1/positions", 200, &ps)
	var ls LiquidationsResponse
	get(t, srv, "/v1/liquidations", 200, &ls)
	if len(ps.Positions) != 9 || len(ls.Liquidations) != 3 {
		t.Errorf("chain %d: %d positions, %d liquidations", pt.ChainID, len(ps.Positions), len(ls.Liquidations))
	}
	get(t, start(t, db, Options{ChainID: 1}), "/v1/liquidations", 200, &ls)
	if len(ls.Liquidations) != 1 {
		t.Errorf("chain 1: %d liquidations, want 1", len(ls.Liquidations))
	}
}

func TestAPIMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	srv := start(t, newPool(t, seed(t)), Options{Registry: reg})
	get(t, srv, "/v1/markets", 200, nil)
	get(t, srv, "/v1/positions?limit=0", 400, nil)
	body := get(t, srv, "/metrics", 200, nil)
	for _, want := range []string{
		`ltvkeeper_api_requests_total{code="200",route="/v1/markets"} 1`,
		`ltvkeeper_api_requests_total{code="400",route="/v1/positions"} 1`,
		`ltvkeeper_api_request_seconds_count{route="/v1/markets"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s:\n%s", want, body)
		}
	}
	// A second handler on the same registry shares the metrics instead of panicking.
	start(t, newPool(t, seed(t)), Options{Registry: reg})

	var e errorBody
	get(t, start(t, newPool(t, seed(t)), Options{}), "/metrics", 404, &e)
	if !strings.Contains(e.Error, "no endpoint /metrics") {
		t.Errorf("/metrics without a registry: %q", e.Error)
	}
}

// TestAPIChainParameter: ?chain= picks the chain on every endpoint of an API that serves
// every chain in the database, and is refused, naming the fix, where it cannot be served.
func TestAPIChainParameter(t *testing.T) {
	db := twoChains(t)
	all := start(t, db, Options{})
	var ps PositionsResponse
	get(t, all, fmt.Sprintf("/v1/positions?chain=%d&limit=1000", pt.ChainID), 200, &ps)
	var ls LiquidationsResponse
	get(t, all, "/v1/liquidations?chain=1", 200, &ls)
	if len(ps.Positions) != 9 || len(ls.Liquidations) != 1 {
		t.Errorf("?chain=: %d positions on %d, %d liquidations on 1", len(ps.Positions), pt.ChainID, len(ls.Liquidations))
	}
	var h Health
	get(t, all, "/healthz?chain=1", 200, &h)
	if h.IndexedBlock == nil || *h.IndexedBlock != 5 {
		t.Errorf("/healthz?chain=1: %+v", h)
	}
	var m PositionResponse
	get(t, all, fmt.Sprintf("/v1/markets/%s/positions/%s?chain=1", pt.MarketA.Hex(), pt.Alice.Hex()), 404, nil)
	get(t, all, fmt.Sprintf("/v1/markets/%s/positions/%s?chain=%d", pt.MarketA.Hex(), pt.Alice.Hex(), pt.ChainID), 200, &m)

	for _, c := range []struct {
		srv    *httptest.Server
		path   string
		status int
		want   string
	}{
		{all, "/v1/markets?chain=abc", 400, `chain "abc": want a chain id, a positive decimal number such as 1 or 8453`},
		{all, "/v1/markets?chain=0", 400, `chain "0": want a chain id`},
		{all, "/v1/markets?chain=1&chain=2", 400, "chain given 2 times: give it once"},
		{all, "/v1/markets?chain=10", 404, "chain 10: not in the index (it holds chains 1, 31337)"},
		{start(t, db, Options{ChainID: 1}), fmt.Sprintf("/v1/positions?chain=%d", pt.ChainID), 400,
			fmt.Sprintf("chain %d: this API serves chain 1 only (drop chain, or ask an API of chain %d)", pt.ChainID, pt.ChainID)},
	} {
		var e errorBody
		get(t, c.srv, c.path, c.status, &e)
		if e.Error != c.want && !strings.HasPrefix(e.Error, c.want) {
			t.Errorf("GET %s: %q, want %q", c.path, e.Error, c.want)
		}
	}
}
