package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	pt "github.com/ltvkeeper/ltvkeeper/indexdb/positions/positionstest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
)

// backtest --from-index reads the last round of each hour of the feed: the same backtest as
// the CSV of those closes, hours without a round filled, to the wei.
func TestBacktestFromIndex(t *testing.T) {
	url := pt.Seeded(t)
	conn := pgtest.Conn(t, url)
	ctx := context.Background()
	if _, err := conn.Exec(ctx, `DELETE FROM price_rounds`); err != nil {
		t.Fatal(err)
	}
	// 300 hours from 1 Jan 2024: rounds at :10 and :50 of most hours (the :50 one is the
	// close), none in hours 40-45, and a fall to half in hours 100-130.
	const t0 = 1704067200
	var csv strings.Builder
	csv.WriteString("timestamp,close\n")
	b := &pgx.Batch{}
	block, round := int64(1000), int64(1)
	for i := range 300 {
		if i >= 40 && i <= 45 {
			continue
		}
		price := int64(60000_00000000) - int64(i%17)*1_00000000
		if i >= 100 && i <= 130 {
			price /= 2
		}
		hour := int64(t0 + 3600*i)
		for _, at := range []struct{ offset, price int64 }{{600, price + 12_34000000}, {3000, price}} {
			b.Queue(`INSERT INTO price_rounds (chain_id, factory, price_feed, block_number, log_index, round_id, answer, updated_at, aggregator)
				VALUES ($1, $2, $3, $4, 0, $5, $6, $7, $3)`, pt.ChainID, pt.Factory.Bytes(), pt.Feed.Bytes(), block, round, price, hour+at.offset)
			block++
			round++
		}
		fmt.Fprintf(&csv, "%d,%d.%08d\n", hour, price/1e8, price%1e8)
	}
	if err := conn.SendBatch(ctx, b).Close(); err != nil {
		t.Fatal(err)
	}
	args := []string{"--horizon", "24h,72h", "--ltv", "0.3,0.45", "--json"}
	fromIndex := mustRun(t, append([]string{"backtest", "--from-index", "--db", url}, args...)...)
	fromCSV := mustRun(t, append([]string{"backtest", "--prices", writeCSV(t, csv.String())}, args...)...)
	var got, want backtestJSON
	if err := json.Unmarshal([]byte(fromIndex), &got); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(fromCSV), &want); err != nil {
		t.Fatal(err)
	}
	if got.Prices != "feed "+pt.Feed.Hex()+" on chain 31337" || got.Rows != 294 || got.Hours != 300 || got.FilledHours != 6 {
		t.Errorf("prices %q, %d rows, %d hours, %d filled", got.Prices, got.Rows, got.Hours, got.FilledHours)
	}
	g, _ := json.Marshal(got.Horizons)
	w, _ := json.Marshal(want.Horizons)
	if string(g) != string(w) {
		t.Errorf("from the index:\n%s\nfrom the CSV:\n%s", g, w)
	}
	if want.Horizons[0].Results[1].Liquidations == 0 {
		t.Errorf("no liquidation at 45%% in a fall to half: the test's history is too tame")
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"backtest", "--from-index", "--db", url, "--prices", "x.csv"}, "give one history"},
		{[]string{"backtest", "--feed", pt.Feed.Hex()}, "picks a feed of the index: add --from-index"},
		{[]string{"backtest", "--from-index", "--db", url, "--feed", "0x1234"}, `--feed "0x1234": want a feed's 0x address`},
		{[]string{"backtest", "--from-index", "--db", url, "--feed", pt.Factory.Hex()}, "not a feed of the index's markets (it follows " + pt.Feed.Hex()},
		{[]string{"backtest", "--from-index", "--db", url, "--horizon", "400h"}, "--horizon 400h: longer than the 299 hours of prices in feed"},
		{[]string{"backtest", "--from-index", "--db", url, "--max-gap", "3h"}, "--from-index feed " + pt.Feed.Hex() + " on chain 31337: lines 41-42"},
	} {
		if _, err := runApp(t, c.args...); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: error = %v, want one containing %q", c.args, err, c.want)
		}
	}
}
