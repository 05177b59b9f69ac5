package api

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	pt "github.com/ltvkeeper/ltvkeeper/indexdb/positions/positionstest"
)

func TestAPIPrices(t *testing.T) {
	srv := seeded(t)
	var resp PricesResponse
	body := get(t, srv, "/v1/markets/"+pt.MarketA.Hex()+"/prices", http.StatusOK, &resp)
	if resp.Market != pt.MarketA.Hex() || resp.PriceFeed != pt.Feed.Hex() || resp.FeedDecimals != 8 || resp.NextCursor != nil {
		t.Errorf("market %s, feed %s, decimals %d, next %v", resp.Market, resp.PriceFeed, resp.FeedDecimals, resp.NextCursor)
	}
	want := []PriceRound{
		{RoundID: "8", Price: "10000000000000", PriceUSD: ptr(100_000.0), UpdatedAt: pt.Time - 60, Block: 99, LogIndex: 3},
		{RoundID: "7", Price: "9000000000000", PriceUSD: ptr(90_000.0), UpdatedAt: pt.Time - 600, Block: 90, LogIndex: 0},
	}
	if !slices.EqualFunc(resp.Prices, want, samePrice) {
		t.Errorf("prices %+v, want newest first %+v", resp.Prices, want)
	}
	if !strings.Contains(body, `"price":"10000000000000","priceUsd":100000`) {
		t.Errorf("body lacks the exact price beside the number:\n%s", body)
	}

	// Pages of one walk the rounds newest first, each once.
	var got []string
	cursor := ""
	for range 3 {
		var page PricesResponse
		path := "/v1/markets/" + pt.MarketA.Hex() + "/prices?limit=1"
		if cursor != "" {
			path += "&cursor=" + cursor
		}
		get(t, srv, path, http.StatusOK, &page)
		for _, p := range page.Prices {
			got = append(got, p.RoundID)
		}
		if page.NextCursor == nil {
			break
		}
		cursor = *page.NextCursor
	}
	if !slices.Equal(got, []string{"8", "7"}) {
		t.Errorf("pages of one gave rounds %v, want [8 7]", got)
	}

	// Market C's feed has no round yet.
	get(t, srv, "/v1/markets/"+pt.MarketC.Hex()+"/prices", http.StatusOK, &resp)
	if len(resp.Prices) != 0 || resp.PriceFeed != pt.FeedC.Hex() {
		t.Errorf("market C: %+v, want no rounds of feed %s", resp, pt.FeedC.Hex())
	}

	for _, c := range []struct {
		path   string
		status int
		want   string
	}{
		{"/v1/markets/" + common.HexToAddress("0xff").Hex() + "/prices", 404, "is not in the index"},
		{"/v1/markets/0x12/prices", 400, `market "0x12": not an address`},
		{"/v1/markets/" + pt.MarketA.Hex() + "/prices?limit=0", 400, `limit "0"`},
		{"/v1/markets/" + pt.MarketA.Hex() + "/prices?cursor=abc", 400, "not a cursor of prices"},
		{"/v1/markets/" + pt.MarketA.Hex() + "/prices?since=1", 400, `parameter "since": unknown here`},
	} {
		var e errorBody
		get(t, srv, c.path, c.status, &e)
		if !strings.Contains(e.Error, c.want) {
			t.Errorf("GET %s: error %q, want it to contain %q", c.path, e.Error, c.want)
		}
	}
}

func ptr[T any](v T) *T { return &v }

func samePrice(a, b PriceRound) bool {
	return a.RoundID == b.RoundID && a.Price == b.Price && deref(a.PriceUSD) == deref(b.PriceUSD) &&
		a.UpdatedAt == b.UpdatedAt && a.Block == b.Block && a.LogIndex == b.LogIndex
}

// TestAPIPricesOfASharedFeed: a second deployment on the chain indexes the same feed, so the
// database holds each round once per factory; a market's history lists each round once.
func TestAPIPricesOfASharedFeed(t *testing.T) {
	pool := newPool(t, seed(t))
	if _, err := pool.Exec(context.Background(), `INSERT INTO price_rounds
		(chain_id, factory, price_feed, block_number, log_index, round_id, answer, updated_at, aggregator)
		SELECT chain_id, '\x0f', price_feed, block_number, log_index, round_id, answer, updated_at, aggregator FROM price_rounds`); err != nil {
		t.Fatal(err)
	}
	srv := start(t, pool, Options{Registry: prometheus.NewRegistry()})
	var resp PricesResponse
	get(t, srv, "/v1/markets/"+pt.MarketA.Hex()+"/prices", http.StatusOK, &resp)
	var rounds []string
	for _, p := range resp.Prices {
		rounds = append(rounds, p.RoundID)
	}
	if !slices.Equal(rounds, []string{"8", "7"}) {
		t.Errorf("rounds %v, want [8 7]", rounds)
	}
}
