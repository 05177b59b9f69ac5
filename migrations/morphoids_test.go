package migrations_test

import (
	"context"
	"testing"

	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
)

// TestMorphoMarketIDsMigration: migration 18 rewrites a Morpho event's market id, written as
// an array of 32 numbers, as the hex string the indexer now writes, and leaves every other
// argument and event alone; its Down restores the arrays.
func TestMorphoMarketIDsMigration(t *testing.T) {
	ctx := context.Background()
	db, provider := gooseOn(t, pgtest.DB(t))
	if _, err := provider.UpTo(ctx, 17); err != nil {
		t.Fatal(err)
	}
	const array = `[253, 132, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 24]`
	const hex = `"0xfd84000000000000000000000000000000000000000000000000000000000118"`
	if _, err := db.ExecContext(ctx, `INSERT INTO events (chain_id, factory, block_number, log_index, block_hash, block_timestamp,
		tx_hash, address, market, account, event, args) VALUES
		(1, '\xaa', 10, 0, '\x01', 1, '\x02', '\xaa', '\xfd', '\xb0', 'Borrow', '{"id": `+array+`, "assets": "5"}'),
		(1, '\xbb', 11, 0, '\x01', 1, '\x02', '\xbb', '\xcc', '\xb0', 'Borrow', '{"assets": "7"}')`); err != nil {
		t.Fatal(err)
	}
	check := func(step, want string) {
		t.Helper()
		var got string
		if err := db.QueryRowContext(ctx, `SELECT string_agg(args::text, ' ' ORDER BY block_number) FROM events`).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if want += ` {"assets": "7"}`; got != want {
			t.Errorf("%s: args %s, want %s", step, got, want)
		}
	}
	check("at 17", `{"id": `+array+`, "assets": "5"}`)
	if _, err := provider.UpTo(ctx, 18); err != nil {
		t.Fatal(err)
	}
	check("up to 18", `{"id": `+hex+`, "assets": "5"}`)
	if _, err := provider.DownTo(ctx, 17); err != nil {
		t.Fatal(err)
	}
	check("down to 17", `{"id": `+array+`, "assets": "5"}`)
}
