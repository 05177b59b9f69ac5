package api

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	pt "github.com/ltvkeeper/ltvkeeper/indexdb/positions/positionstest"
)

// TestAPIMorpho serves a Morpho Blue market beside ltvkeeper's: every endpoint names it by its
// full 32-byte id with its protocol, and takes that id as a filter and in its paths.
func TestAPIMorpho(t *testing.T) {
	url := seed(t)
	pt.SeedMorpho(t, url)
	srv := start(t, newPool(t, url), Options{Registry: prometheus.NewRegistry()})
	id := pt.MorphoMarket.Hex()
	if len(id) != 66 {
		t.Fatalf("the fixture's Morpho market id %s is not 32 bytes", id)
	}

	var markets MarketsResponse
	get(t, srv, "/v1/markets", http.StatusOK, &markets)
	protocols := map[string]string{}
	for _, m := range markets.Markets {
		protocols[m.Market] = m.Protocol + " " + m.Contract + " " + deref(m.Oracle)
	}
	want := map[string]string{
		pt.MarketA.Hex():      "ltvkeeper " + pt.MarketA.Hex() + " ",
		pt.MarketB.Hex():      "ltvkeeper " + pt.MarketB.Hex() + " ",
		pt.MarketC.Hex():      "ltvkeeper " + pt.MarketC.Hex() + " ",
		pt.MorphoMarket.Hex(): "morpho-blue " + pt.Morpho.Hex() + " " + pt.MorphoOracle.Hex(),
	}
	if len(protocols) != len(want) {
		t.Errorf("markets %v, want %v", protocols, want)
	}
	for m, w := range want {
		if protocols[m] != w {
			t.Errorf("market %s: protocol, contract and oracle %q, want %q", m, protocols[m], w)
		}
	}
	// A Morpho market's price is its oracle's latest indexed price(), in loan tokens per whole
	// collateral token at 36 + 6 − 8 decimals: no round, time or aggregator.
	for _, m := range markets.Markets {
		if m.Market != id {
			continue
		}
		if deref(m.Price) != pt.MorphoPrice.String() || m.FeedDecimals != 34 || m.PriceUSD == nil || *m.PriceUSD != 100_000 ||
			m.PriceBlock == nil || *m.PriceBlock != 99 || m.PriceRoundID != nil || m.PriceAggregator != nil {
			t.Errorf("Morpho market price %s (%d decimals, $%v, block %v, round %v, aggregator %v), want the oracle's %s at 34 decimals, $100,000, block 99, no round",
				deref(m.Price), m.FeedDecimals, m.PriceUSD, m.PriceBlock, m.PriceRoundID, m.PriceAggregator, pt.MorphoPrice)
		}
	}

	erin, frank, gina := key{id, pt.Erin.Hex()}, key{id, pt.Frank.Hex()}, key{id, pt.Gina.Hex()}
	var all PositionsResponse
	get(t, srv, "/v1/positions?limit=1000", http.StatusOK, &all)
	var morpho []key
	for _, p := range all.Positions {
		if p.Market == id {
			morpho = append(morpho, key{p.Market, p.Borrower})
			if p.Protocol != "morpho-blue" {
				t.Errorf("Morpho position %s: protocol %q", p.Borrower, p.Protocol)
			}
		} else if p.Protocol != "ltvkeeper" {
			t.Errorf("position %s in %s: protocol %q", p.Borrower, p.Market, p.Protocol)
		}
	}
	if !slices.Equal(morpho, []key{gina, frank, erin}) {
		t.Errorf("Morpho positions listed %v, want Gina, Frank and Erin by LTV", morpho)
	}
	for _, sort := range []string{"ltv", "debt", "collateral"} {
		var whole PositionsResponse
		get(t, srv, "/v1/positions?limit=1000&sort="+sort, http.StatusOK, &whole)
		for _, limit := range []int{1, 2, 5} {
			if got := walk(t, srv, "/v1/positions?sort="+sort, limit, positionRows); !slices.Equal(got, keys(whole.Positions)) {
				t.Errorf("sort %s, pages of %d: %v, want %v", sort, limit, got, keys(whole.Positions))
			}
		}
	}
	for _, c := range []struct {
		query string
		want  []key
	}{
		{"market=" + id, []key{gina, frank, erin}},
		{"market=0x" + strings.ToUpper(id[2:]), []key{gina, frank, erin}},
		{"market=" + id + "&status=margin_call", []key{frank}},
		{"market=" + id + "&sort=debt&limit=1", []key{frank}},
		{"borrower=" + pt.Erin.Hex(), []key{erin}},
	} {
		var resp PositionsResponse
		get(t, srv, "/v1/positions?"+c.query, http.StatusOK, &resp)
		if got := keys(resp.Positions); !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.query, got, c.want)
		}
	}

	var one PositionResponse
	get(t, srv, "/v1/markets/"+id+"/positions/"+pt.Erin.Hex(), http.StatusOK, &one)
	p := deref(one.Position)
	// Erin owes $50,000 (and the virtual shares' wei) against 1 BTC at $100,000: 50%,
	// liquidated at $50,000 ÷ 86%.
	if p.Market != id || p.Protocol != "morpho-blue" || p.Borrower != pt.Erin.Hex() || p.Collateral != "100000000" ||
		!strings.HasPrefix(p.Debt, "5000000000") || len(p.Debt) != 11 || p.Status != "healthy" ||
		!strings.HasPrefix(deref(p.LTVWad), "5000000000") || deref(p.PriceUSD) != 100_000 ||
		int(deref(p.LiquidationPriceUSD)) != 58_139 {
		t.Errorf("Erin's position: %+v", p)
	}
	if len(one.Events) != 2 || one.Events[0].Market != id || one.Events[0].Event != "SupplyCollateral" || one.Events[1].Event != "Borrow" {
		t.Errorf("Erin's events: %+v", one.Events)
	}
	if one.CollateralDecimals != 8 || one.LoanDecimals != 6 {
		t.Errorf("Erin's market decimals %d/%d, want 8/6", one.CollateralDecimals, one.LoanDecimals)
	}

	var target TargetResponse
	get(t, srv, "/v1/markets/"+id+"/positions/"+pt.Frank.Hex()+"/target?ltv=50%25", http.StatusOK, &target)
	// Frank's 80% back to 50%: add 0.6 BTC, or repay $30,000 (each rounded up a little).
	if target.Market != id || !strings.HasPrefix(target.CollateralToAdd, "600000") || len(target.CollateralToAdd) != 8 ||
		!strings.HasPrefix(target.DebtToRepay, "3000000") || len(target.DebtToRepay) != 11 {
		t.Errorf("Frank to 50%%: %+v", target)
	}
	var prices PricesResponse
	get(t, srv, "/v1/markets/"+id+"/prices", http.StatusOK, &prices)
	// Its price history is its oracle's feed's rounds since the market's creation, at the
	// oracle's decimals.
	var history []string
	for _, r := range prices.Prices {
		history = append(history, fmt.Sprintf("%d/%d %s $%v", r.Block, r.LogIndex, r.Price, deref(r.PriceUSD)))
	}
	if prices.Market != id || prices.PriceFeed != pt.MorphoOracle.Hex() || prices.FeedDecimals != 34 ||
		strings.Join(history, ", ") != "90/2 "+pt.MorphoPrice.String()+" $100000, 20/-1 99"+strings.Repeat("0", 37)+" $99000" {
		t.Errorf("prices of %s: market %s, feed %s, %d decimals, rounds %v", id, prices.Market, prices.PriceFeed, prices.FeedDecimals, history)
	}
	var liqs LiquidationsResponse
	get(t, srv, "/v1/liquidations?market="+id, http.StatusOK, &liqs)
	var alerts AlertsResponse
	get(t, srv, "/v1/alerts?market="+id, http.StatusOK, &alerts)
	if len(liqs.Liquidations) != 0 || len(alerts.Alerts) != 0 {
		t.Errorf("the Morpho market has %d liquidations and %d alerts, want none", len(liqs.Liquidations), len(alerts.Alerts))
	}

	notAMarket := `not an address (want 0x and 40 hex digits) nor a Morpho Blue market's id (0x and 64 hex digits)`
	for _, path := range []string{
		"/v1/positions?market=" + id[:40],
		"/v1/liquidations?market=" + id + "00",
		"/v1/markets/" + id[:65] + "/positions/" + pt.Erin.Hex(),
		"/v1/markets/0x" + strings.Repeat("g", 64) + "/prices",
	} {
		var e errorBody
		get(t, srv, path, http.StatusBadRequest, &e)
		if !strings.HasPrefix(e.Error, `market "0x`) || !strings.Contains(e.Error, notAMarket) {
			t.Errorf("GET %s: %q, want the market, the value and %q", path, e.Error, notAMarket)
		}
	}
	var e errorBody
	get(t, srv, "/v1/markets/0x"+strings.Repeat("ab", 32)+"/positions/"+pt.Erin.Hex(), http.StatusNotFound, &e)
	if !strings.Contains(e.Error, "0x"+strings.Repeat("ab", 32)+" is not in the index") {
		t.Errorf("an unknown Morpho market: %q", e.Error)
	}
}
