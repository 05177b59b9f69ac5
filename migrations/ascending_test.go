package migrations_test

import (
	"context"
	"database/sql"
	"os"
	"strings"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
)

// gooseOn opens the database at url and a goose provider of the migrations on it, to step
// through them one by one; the database closes with the test.
func gooseOn(t *testing.T, url string) (*sql.DB, *goose.Provider) {
	t.Helper()
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	provider, err := goose.NewProvider(goose.DialectPostgres, db, os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	return db, provider
}

// TestEventsMarketAscending: migration 15 builds events_market in ascending order, also when a
// backfill had deferred it under its old definition, and a market's newest event is read by
// scanning it backwards; its Down restores the descending index.
func TestEventsMarketAscending(t *testing.T) {
	ctx := context.Background()
	db, provider := gooseOn(t, pgtest.DB(t))
	if _, err := provider.UpTo(ctx, 14); err != nil {
		t.Fatal(err)
	}
	// A backfill killed with the index deferred.
	for _, q := range []string{
		`INSERT INTO deferred_indexes (name, table_name, definition) SELECT 'events_market', 'events', pg_get_indexdef('events_market'::regclass)`,
		`DROP INDEX events_market`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	check := func(step, wantDef string) {
		t.Helper()
		var def string
		var deferred int
		if err := db.QueryRowContext(ctx, `SELECT pg_get_indexdef('events_market'::regclass), (SELECT count(*) FROM deferred_indexes)`).Scan(&def, &deferred); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		if !strings.HasSuffix(def, wantDef) || deferred != 0 {
			t.Errorf("%s: events_market is %q with %d indexes deferred; want it to end in %q, none deferred", step, def, deferred, wantDef)
		}
	}
	if _, err := provider.UpTo(ctx, 15); err != nil {
		t.Fatal(err)
	}
	check("up to 15", "(chain_id, market, block_number, log_index)")

	// The newest event of a market, as the reorg rollback reads it, comes from a backward scan.
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SET LOCAL enable_seqscan = off`); err != nil {
		t.Fatal(err)
	}
	var plan strings.Builder
	rows, err := tx.QueryContext(ctx, `EXPLAIN SELECT block_number FROM events WHERE chain_id = 1 AND market = '\xaa'
		ORDER BY block_number DESC, log_index DESC LIMIT 1`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			t.Fatal(err)
		}
		plan.WriteString(line + "\n")
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(plan.String(), "Index Scan Backward using events_market ") && !strings.Contains(plan.String(), "Index Only Scan Backward using events_market ") {
		t.Errorf("a market's newest event is not read backwards from events_market:\n%s", plan.String())
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}

	if _, err := provider.DownTo(ctx, 14); err != nil {
		t.Fatal(err)
	}
	check("down to 14", "(chain_id, market, block_number DESC, log_index DESC)")
}
