package positions_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/indexdb/positions"
	pt "github.com/ltvkeeper/ltvkeeper/indexdb/positions/positionstest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/units"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

func pool(t *testing.T, url string) *pgxpool.Pool {
	t.Helper()
	db := pgtest.Pool(t, url)
	return db
}

func wad(s string) *big.Int {
	v, err := positions.ParseLTV(s)
	if err != nil {
		panic(err)
	}
	return v
}

func TestWorkedExample(t *testing.T) {
	db := pt.SeededPool(t)
	ctx := context.Background()
	// $2,000 against 0.1 BTC at $100,000 is 20% LTV, liquidated at $25,000.
	var exact, exactUSD bool
	var ltv, usd string
	err := db.QueryRow(ctx, `SELECT ltv = 0.2, ltv::text, liquidation_price_usd = 25000, liquidation_price_usd::text
		FROM positions_live WHERE market = $1 AND borrower = $2`,
		pt.MarketA.Bytes(), pt.Alice.Bytes()).Scan(&exact, &ltv, &exactUSD, &usd)
	if err != nil {
		t.Fatal(err)
	}
	if !exact || !exactUSD {
		t.Errorf("positions_live: ltv = %s, liquidation_price_usd = %s; want exactly 0.2 and 25000", ltv, usd)
	}
	ps, err := positions.Query(ctx, db, positions.Filter{Market: idA, Borrower: &pt.Alice})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 {
		t.Fatalf("got %d positions, want 1", len(ps))
	}
	p := ps[0]
	for _, c := range []struct {
		name      string
		got, want *big.Int
	}{
		{"collateral", p.Collateral, big.NewInt(1e7)},
		{"debt", p.Debt, big.NewInt(2000e6)},
		{"ltv", p.LTV, big.NewInt(2e17)},
		{"price", p.Price, big.NewInt(100_000e8)},
		{"liquidation price", p.LiquidationPrice, big.NewInt(25_000e8)},
		// 2000 ÷ (0.65 × 0.1) = 30769.2307692307…, rounded up in feed units.
		{"margin-call price", p.MarginCallPrice, big.NewInt(3_076_923_076_924)},
	} {
		if c.got.Cmp(c.want) != 0 {
			t.Errorf("%s = %s, want %s", c.name, c.got, c.want)
		}
	}
	if p.Status != positions.Healthy || p.LTVFloat() != 0.2 || p.LiquidationPriceFloat() != 25000 {
		t.Errorf("status %s, ltv %v, liquidation price %v; want healthy, 0.2, 25000", p.Status, p.LTVFloat(), p.LiquidationPriceFloat())
	}
	if p.AsOfBlock != pt.Block || p.AsOfTimestamp != pt.Time || p.PriceUpdatedAt != pt.Time-60 {
		t.Errorf("as of block %d at %d, price updated at %d", p.AsOfBlock, p.AsOfTimestamp, p.PriceUpdatedAt)
	}
}

// TestAccruedPositionMatchesLoanmath checks the view against loanmath for a position whose
// market last accrued a day before the checkpoint.
func TestAccruedPositionMatchesLoanmath(t *testing.T) {
	db := pt.SeededPool(t)
	ps, err := positions.Query(context.Background(), db, positions.Filter{Market: idB})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 {
		t.Fatalf("got %d positions, want 1", len(ps))
	}
	rate, _ := loanmath.RatePerSecond(pt.Rate)
	acc, err := loanmath.Accrue(loanmath.RAY, new(uint256.Int), rate, pt.Day)
	if err != nil {
		t.Fatal(err)
	}
	s := loanmath.NewScale(8, 6, 8)
	debt, _ := loanmath.ToDebt(uint256.NewInt(2_500e6), acc.Index)
	ltv, _ := loanmath.LTV(debt, uint256.NewInt(5e7), pt.PriceUSD, s)
	liq, _ := loanmath.PriceAtLTV(debt, uint256.NewInt(5e7), uint256.NewInt(8e17), s)
	p := ps[0]
	if p.Debt.Cmp(debt.ToBig()) != 0 || p.LTV.Cmp(ltv.ToBig()) != 0 || p.LiquidationPrice.Cmp(liq.ToBig()) != 0 {
		t.Errorf("debt %s, ltv %s, liquidation price %s; loanmath says %s, %s, %s", p.Debt, p.LTV, p.LiquidationPrice, debt.Dec(), ltv.Dec(), liq.Dec())
	}
	if p.Debt.Cmp(big.NewInt(2_500e6)) <= 0 {
		t.Errorf("debt %s did not grow over a day", p.Debt)
	}
}

type key struct {
	market   indexdb.MarketID
	borrower common.Address
}

// The fixture's markets as ids.
var (
	idA = indexdb.AddressMarket(pt.MarketA)
	idB = indexdb.AddressMarket(pt.MarketB)
	idC = indexdb.AddressMarket(pt.MarketC)
)

func TestQueryFilters(t *testing.T) {
	db := pt.SeededPool(t)
	var (
		aliceA = key{idA, pt.Alice}
		bob    = key{idA, pt.Bob}
		carol  = key{idA, pt.Carol}
		aliceB = key{idB, pt.Alice}
	)
	for _, c := range []struct {
		name   string
		filter positions.Filter
		want   []key
	}{
		{"all by ltv", positions.Filter{}, []key{carol, bob, aliceA, aliceB}},
		{"by debt", positions.Filter{Sort: positions.ByDebt}, []key{carol, bob, aliceB, aliceA}},
		{"by collateral", positions.Filter{Sort: positions.ByCollateral}, []key{aliceB, carol, bob, aliceA}},
		{"limit", positions.Filter{Limit: 2}, []key{carol, bob}},
		{"market", positions.Filter{Market: idB}, []key{aliceB}},
		{"borrower", positions.Filter{Borrower: &pt.Alice}, []key{aliceA, aliceB}},
		{"closed position is not open", positions.Filter{Borrower: &pt.Dave}, nil},
		{"min ltv", positions.Filter{MinLTV: wad("0.65")}, []key{carol, bob}},
		{"min ltv is inclusive", positions.Filter{MinLTV: wad("0.2")}, []key{carol, bob, aliceA}},
		{"min ltv as percent", positions.Filter{MinLTV: wad("80%")}, []key{carol}},
		{"healthy", positions.Filter{Status: positions.Healthy}, []key{aliceA, aliceB}},
		{"margin call", positions.Filter{Status: positions.MarginCall}, []key{bob}},
		{"liquidatable", positions.Filter{Status: positions.Liquidatable}, []key{carol}},
		{"other chain", positions.Filter{ChainID: 1}, nil},
		{"combined", positions.Filter{Market: idA, MinLTV: wad("0.1"), Sort: positions.ByDebt, Limit: 1}, []key{carol}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ps, err := positions.Query(context.Background(), db, c.filter)
			if err != nil {
				t.Fatal(err)
			}
			var got []key
			for _, p := range ps {
				got = append(got, key{p.MarketID, p.Borrower})
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestStatuses(t *testing.T) {
	db := pt.SeededPool(t)
	ps, err := positions.Query(context.Background(), db, positions.Filter{Market: idA})
	if err != nil {
		t.Fatal(err)
	}
	got := map[common.Address]string{}
	for _, p := range ps {
		got[p.Borrower] = string(p.Status) + " " + p.LTV.String() + " " + p.LiquidationPrice.String()
	}
	want := map[common.Address]string{
		pt.Alice: "healthy 200000000000000000 2500000000000",
		pt.Bob:   "margin_call 700000000000000000 8750000000000",   // 14000 ÷ (0.8 × 0.2)
		pt.Carol: "liquidatable 850000000000000000 10625000000000", // 25500 ÷ (0.8 × 0.3)
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for b, w := range want {
		if got[b] != w {
			t.Errorf("%s: got %q, want %q", b, got[b], w)
		}
	}
}

func TestQueryRejectsBadFilter(t *testing.T) {
	db := pt.SeededPool(t)
	for _, f := range []positions.Filter{{Status: "ok"}, {Sort: "age"}, {Limit: -1}} {
		if _, err := positions.Query(context.Background(), db, f); err == nil {
			t.Errorf("Query(%+v) succeeded", f)
		}
	}
}

func TestHistory(t *testing.T) {
	db := pt.SeededPool(t)
	h, err := positions.History(context.Background(), db, 0, pt.Alice)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Positions) != 2 || h.Positions[0].MarketID != idA || h.Positions[1].MarketID != idB {
		t.Fatalf("positions %+v, want Alice's in A then B", h.Positions)
	}
	var got []string
	for _, e := range h.Events {
		got = append(got, e.Market.Hex()+" "+e.Name+" "+e.TxHash.Hex())
	}
	want := []string{
		pt.MarketA.Hex() + " DepositCollateral " + pt.TxDeposit.Hex(),
		pt.MarketA.Hex() + " Borrow " + pt.TxBorrow.Hex(),
		pt.MarketB.Hex() + " Borrow " + pt.TxMarketB.Hex(),
	}
	if !slices.Equal(got, want) {
		t.Fatalf("events %v, want %v", got, want)
	}
	if e := h.Events[1]; e.BlockNumber != 51 || e.LogIndex != 0 || e.Timestamp != pt.Time-49*12 {
		t.Errorf("borrow at block %d log %d time %d", e.BlockNumber, e.LogIndex, e.Timestamp)
	}
	var args map[string]string
	if err := json.Unmarshal(h.Events[1].Args, &args); err != nil || args["assets"] != "2000000000" {
		t.Errorf("borrow args %s: %v", h.Events[1].Args, err)
	}

	none, err := positions.History(context.Background(), db, 0, common.HexToAddress("0x1234"))
	if err != nil || len(none.Positions) != 0 || len(none.Events) != 0 {
		t.Errorf("History of a stranger = %+v, %v", none, err)
	}
}

func TestNoSchema(t *testing.T) {
	db := pool(t, pgtest.DB(t))
	_, err := positions.Query(context.Background(), db, positions.Filter{})
	if !errors.Is(err, positions.ErrNoSchema) {
		t.Errorf("Query on an empty database = %v, want ErrNoSchema", err)
	}
	_, err = positions.History(context.Background(), db, 0, pt.Alice)
	if !errors.Is(err, positions.ErrNoSchema) {
		t.Errorf("History on an empty database = %v, want ErrNoSchema", err)
	}
}

func TestParseLTV(t *testing.T) {
	for _, c := range []struct {
		in, want string
	}{
		{"0.65", "650000000000000000"},
		{"65%", "650000000000000000"},
		{"1", "1000000000000000000"},
		{"0.000000000000000001", "1"},
		{"12.5%", "125000000000000000"},
		{"-0.1", ""},
		{"abc", ""},
		{"0.0000000000000000001", ""},
	} {
		got, err := positions.ParseLTV(c.in)
		s := ""
		if err == nil {
			s = got.String()
		}
		if s != c.want {
			t.Errorf("ParseLTV(%q) = %s, %v; want %q", c.in, s, err, c.want)
		}
	}
}

// TestQueryAfterCursor pages through every order with every page size and checks that the
// pages add up to the whole listing, each position once, with ties and unknown LTVs.
func TestQueryAfterCursor(t *testing.T) {
	url := pt.Seeded(t)
	pt.SeedTies(t, url)
	db := pool(t, url)
	ctx := context.Background()
	for _, sort := range positions.Sorts {
		all, err := positions.Query(ctx, db, positions.Filter{Sort: sort})
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != len(pt.Positions)-1+len(pt.Ties) {
			t.Fatalf("sort %s: %d positions, want %d", sort, len(all), len(pt.Positions)-1+len(pt.Ties))
		}
		for limit := 1; limit <= len(all); limit++ {
			var got []key
			for _, p := range pages(t, db, positions.Filter{Sort: sort}, limit, len(all)+1) {
				got = append(got, key{p.MarketID, p.Borrower})
			}
			var want []key
			for _, p := range all {
				want = append(want, key{p.MarketID, p.Borrower})
			}
			if !slices.Equal(got, want) {
				t.Errorf("sort %s, limit %d: pages gave %v, want %v", sort, limit, got, want)
			}
		}
	}
	c := positions.CursorOf(positions.Position{LTV: big.NewInt(1)}, positions.ByLTV)
	if _, err := positions.Query(ctx, db, positions.Filter{Sort: positions.ByDebt, After: &c}); err == nil {
		t.Error("a cursor of the ltv order was accepted with sort debt")
	}
}

// row is what TestQueryManyPositions compares: a position's key and its exact values.
type row struct {
	market          indexdb.MarketID
	borrower        common.Address
	ltv, debt, coll string
	status          string
}

func rowOf(p positions.Position) row {
	ltv := "null"
	if p.LTV != nil {
		ltv = p.LTV.String()
	}
	return row{p.MarketID, p.Borrower, ltv, p.Debt.String(), p.Collateral.String(), string(p.Status)}
}

// pages lists f page by page, limit positions a page (0: one page of the default size), each
// page after the last position of the one before, until a short page or maxPages pages.
func pages(t *testing.T, db *pgxpool.Pool, f positions.Filter, limit, maxPages int) []positions.Position {
	t.Helper()
	var all []positions.Position
	f.Limit, f.After = limit, nil
	for range maxPages {
		page, err := positions.Query(context.Background(), db, f)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, page...)
		if limit == 0 || len(page) < limit {
			break
		}
		cur := positions.CursorOf(page[len(page)-1], f.Sort)
		f.After = &cur
	}
	return all
}

// rows is rowOf of each of ps.
func rows(ps []positions.Position) []row {
	out := make([]row, len(ps))
	for i, p := range ps {
		out[i] = rowOf(p)
	}
	return out
}

// fullListing is the listing f selects, computed the plain way: every position of
// positions_live, filtered and sorted by Postgres.
func fullListing(t *testing.T, db *pgxpool.Pool, f positions.Filter) []row {
	t.Helper()
	col := map[positions.Sort]string{positions.ByLTV: "ltv_wad", positions.ByDebt: "debt", positions.ByCollateral: "collateral"}[f.Sort]
	var minLTV *string
	if f.MinLTV != nil {
		s := f.MinLTV.String()
		minLTV = &s
	}
	market := f.Market.Bytes()
	rows, err := db.Query(context.Background(), `
		SELECT l.market, l.borrower, coalesce(l.ltv_wad::text, 'null'), l.debt::text, l.collateral::text, l.status
		FROM positions_live l
		WHERE ($1::bytea IS NULL OR l.market = $1) AND ($2::numeric IS NULL OR l.ltv_wad >= $2) AND ($3 = '' OR l.status = $3)
		ORDER BY l.`+col+` DESC NULLS LAST, l.chain_id, l.market, l.borrower`, market, minLTV, string(f.Status))
	if err != nil {
		t.Fatal(err)
	}
	var out []row
	for rows.Next() {
		var (
			r    row
			m, b []byte
		)
		if err := rows.Scan(&m, &b, &r.ltv, &r.debt, &r.coll, &r.status); err != nil {
			t.Fatal(err)
		}
		r.market, r.borrower = indexdb.MarketID(m), common.BytesToAddress(b)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestQueryManyPositions lists 3,000 of positions (dust, ties, no debt, no collateral,
// no price, a market with accrued interest) with every order, filter and page size, and
// checks each listing against the full computation, position for position and value for value.
func TestQueryManyPositions(t *testing.T) {
	url := pt.Seeded(t)
	pt.SeedTies(t, url)
	ctx := context.Background()
	if err := pt.SeedMany(ctx, url, 3000, 1); err != nil {
		t.Fatal(err)
	}
	db := pool(t, url)
	filters := []struct {
		name string
		f    positions.Filter
	}{
		{"all", positions.Filter{}},
		{"market A", positions.Filter{Market: idA}},
		{"market B", positions.Filter{Market: idB}},
		{"market C without price", positions.Filter{Market: idC}},
		{"min ltv 50%", positions.Filter{MinLTV: wad("0.5")}},
		{"min ltv 0", positions.Filter{MinLTV: wad("0")}},
		{"min ltv 1 wei", positions.Filter{MinLTV: big.NewInt(1)}},
		{"healthy", positions.Filter{Status: positions.Healthy}},
		{"margin call", positions.Filter{Status: positions.MarginCall}},
		{"liquidatable", positions.Filter{Status: positions.Liquidatable}},
		{"market B margin call", positions.Filter{Market: idB, Status: positions.MarginCall}},
		{"healthy above 30%", positions.Filter{Status: positions.Healthy, MinLTV: wad("0.3")}},
	}
	for _, sort := range positions.Sorts {
		for _, c := range filters {
			t.Run(string(sort)+"/"+c.name, func(t *testing.T) {
				f := c.f
				f.Sort = sort
				want := fullListing(t, db, f)
				if c.name == "all" && len(want) < 2900 {
					t.Fatalf("the full listing has %d positions, want about 3000", len(want))
				}
				for _, limit := range []int{0, 1, 250} {
					maxPages := len(want) + 2
					if limit == 1 {
						maxPages = 3
					}
					got := rows(pages(t, db, f, limit, maxPages))
					w := want
					if limit == 1 {
						w = want[:min(3, len(want))]
					}
					if !slices.Equal(got, w) && len(got) != len(w) {
						in := map[row]bool{}
						for _, r := range got {
							in[r] = true
						}
						for _, r := range w {
							if !in[r] {
								t.Logf("missing %+v", r)
							}
						}
					}
					if !slices.Equal(got, w) {
						t.Errorf("limit %d: got %d positions, want %d; first difference at %s", limit, len(got), len(w), firstDiff(got, w))
					}
				}
			})
		}
	}
}

func firstDiff(a, b []row) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return fmt.Sprintf("%d: got %+v, want %+v", i, a[i], b[i])
		}
	}
	return fmt.Sprint(min(len(a), len(b)))
}

// TestQueryLargeRangeInGrowingWindows: an LTV range under another order that holds more than
// ExactRange positions of a market, but less than a page within the order's first window, is
// walked on in growing windows; every page is the full computation's.
func TestQueryLargeRangeInGrowingWindows(t *testing.T) {
	url := pt.Seeded(t)
	ctx := context.Background()
	if err := pt.SeedMany(ctx, url, 14_000, 1); err != nil {
		t.Fatal(err)
	}
	db := pool(t, url)
	const limit = 1000
	for _, c := range []struct {
		name   string
		f      positions.Filter
		column string // the order's column
		cond   string // the filter on positions_live
	}{
		{"debt above 50%", positions.Filter{Sort: positions.ByDebt, Market: idA, MinLTV: wad("0.5")}, "borrow_shares", "l.ltv_wad >= 5e17"},
		{"collateral healthy", positions.Filter{Sort: positions.ByCollateral, Market: idA, Status: positions.Healthy}, "collateral", "l.status = 'healthy'"},
	} {
		t.Run(c.name, func(t *testing.T) {
			// The fixture takes the path: too many in the range to read it whole, too few in
			// the first window to fill a page.
			var inRange, inWindow int
			err := db.QueryRow(ctx, `
				WITH w AS (
					SELECT borrower FROM positions WHERE market = $1 AND (collateral > 0 OR borrow_shares > 0)
					ORDER BY `+c.column+` DESC, borrower LIMIT $2
				)
				SELECT count(*), count(*) FILTER (WHERE l.borrower IN (SELECT borrower FROM w))
				FROM positions_live l WHERE l.market = $1 AND `+c.cond, pt.MarketA.Bytes(), positions.FirstWindow).Scan(&inRange, &inWindow)
			if err != nil {
				t.Fatal(err)
			}
			if inRange <= positions.ExactRange || inWindow >= limit {
				t.Fatalf("the range holds %d positions and the first window %d: want over %d and under %d", inRange, inWindow, positions.ExactRange, limit)
			}
			want := fullListing(t, db, c.f)
			got := rows(pages(t, db, c.f, limit, len(want)/limit+2))
			if !slices.Equal(got, want) {
				t.Errorf("got %d positions, want %d; first difference at %s", len(got), len(want), firstDiff(got, want))
			}
		})
	}
}

// TestQueryMorpho lists Morpho Blue positions beside ltvkeeper's: each under its market's full
// 32-byte id and protocol, with positions_live's values, in every order and page size, and
// alone when the filter names the Morpho market; a borrower's history holds its Morpho events.
func TestQueryMorpho(t *testing.T) {
	url := pt.Seeded(t)
	pt.SeedTies(t, url)
	pt.SeedMorpho(t, url)
	db := pool(t, url)
	ctx := context.Background()
	for _, sort := range positions.Sorts {
		for _, market := range []indexdb.MarketID{"", pt.MorphoMarket} {
			f := positions.Filter{Sort: sort, Market: market}
			want := fullListing(t, db, f)
			all, err := positions.Query(ctx, db, f)
			if err != nil {
				t.Fatal(err)
			}
			if got := rows(all); !slices.Equal(got, want) {
				t.Errorf("sort %s, market %q: listed %v, positions_live %v", sort, market, got, want)
			}
			morpho := 0
			for _, p := range all {
				if p.MarketID == pt.MorphoMarket {
					morpho++
					if p.Protocol != "morpho-blue" {
						t.Errorf("position of %s in the Morpho market: protocol %q", p.Borrower, p.Protocol)
					}
				}
			}
			if morpho != len(pt.MorphoPositions) || market != "" && len(all) != morpho {
				t.Errorf("sort %s, market %q: %d positions, %d of them Morpho's", sort, market, len(all), morpho)
			}
			for limit := 1; limit <= len(all); limit++ {
				paged := rows(pages(t, db, f, limit, len(all)+1))
				if !slices.Equal(paged, want) {
					t.Errorf("sort %s, market %q, limit %d: pages gave %v, want %v", sort, market, limit, paged, want)
				}
			}
		}
	}
	ps, err := positions.Query(ctx, db, positions.Filter{Market: pt.MorphoMarket, Sort: positions.ByLTV})
	if err != nil {
		t.Fatal(err)
	}
	var statuses []string
	for _, p := range ps {
		statuses = append(statuses, p.Borrower.Hex()+" "+string(p.Status))
		// Prices in USD, as a feed's: $100,000, and Erin's $50,000 over 1 BTC at 86%.
		if got := units.Format(p.Price, p.FeedDecimals); got != "100000" {
			t.Errorf("position of %s: price %s with %d decimals is $%s, want $100000", p.Borrower, p.Price, p.FeedDecimals, got)
		}
		if got := fmt.Sprintf("%.2f", p.LiquidationPriceFloat()); p.Borrower == pt.Erin && got != "58139.53" {
			t.Errorf("Erin's liquidation price $%s, want $58139.53", got)
		}
	}
	wantStatuses := []string{pt.Gina.Hex() + " liquidatable", pt.Frank.Hex() + " margin_call", pt.Erin.Hex() + " healthy"}
	if !slices.Equal(statuses, wantStatuses) {
		t.Errorf("Morpho positions by LTV: %v, want %v", statuses, wantStatuses)
	}
	h, err := positions.History(ctx, db, pt.ChainID, pt.Erin)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Positions) != 1 || h.Positions[0].MarketID != pt.MorphoMarket || len(h.Events) != 2 ||
		h.Events[0].Market != pt.MorphoMarket || h.Events[1].Name != "Borrow" {
		t.Errorf("Erin's history: %+v", h)
	}
}

// TestAsOfEachIndexer: with the Morpho indexer behind the factory's on one chain, each
// market's positions are as of the checkpoint of the indexer that writes it, not of the
// chain's highest.
func TestAsOfEachIndexer(t *testing.T) {
	url := pt.Seeded(t)
	pt.SeedMorpho(t, url)
	db := pool(t, url)
	ctx := context.Background()
	behind, behindTime := int64(pt.Block-5), int64(pt.Time-60)
	if _, err := db.Exec(ctx, `UPDATE checkpoints SET block_number = $3, block_timestamp = $4 WHERE chain_id = $1 AND factory = $2`,
		pt.ChainID, pt.Morpho.Bytes(), behind, behindTime); err != nil {
		t.Fatal(err)
	}
	all, err := positions.Query(ctx, db, positions.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	morpho := 0
	for _, p := range all {
		block, at := int64(pt.Block), int64(pt.Time)
		if p.MarketID == pt.MorphoMarket {
			block, at = behind, behindTime
			morpho++
		}
		if p.AsOfBlock != block || p.AsOfTimestamp != at {
			t.Errorf("position of %s in %s: as of block %d at %d, want %d at %d", p.Borrower, p.MarketID, p.AsOfBlock, p.AsOfTimestamp, block, at)
		}
	}
	if morpho != len(pt.MorphoPositions) || len(all) == morpho {
		t.Fatalf("listed %d positions, %d of them Morpho's: want both markets'", len(all), morpho)
	}
}
