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

// TestEventsIndexesOrder: migration 15 builds events_market in ascending order and
// events_account led by the account, also when a backfill had deferred the old indexes; a
// market's or a position's newest event is read by scanning them backwards, and a borrower's
// events across markets from events_account. Its Down restores the old indexes.
func TestEventsIndexesOrder(t *testing.T) {
	ctx := context.Background()
	db, provider := gooseOn(t, pgtest.DB(t))
	if _, err := provider.UpTo(ctx, 14); err != nil {
		t.Fatal(err)
	}
	// A backfill killed with the indexes deferred.
	if _, err := db.ExecContext(ctx, `INSERT INTO deferred_indexes (name, table_name, definition)
		SELECT relname, 'events', pg_get_indexdef(oid) FROM pg_class WHERE relname IN ('events_market', 'events_market_account');
		DROP INDEX events_market; DROP INDEX events_market_account`); err != nil {
		t.Fatal(err)
	}
	check := func(step, want string) {
		t.Helper()
		var defs string
		if err := db.QueryRowContext(ctx, `SELECT string_agg(substr(def, strpos(def, 'btree')), '; ' ORDER BY def)
			|| ', ' || (SELECT count(*) FROM deferred_indexes) || ' deferred'
			FROM (SELECT pg_get_indexdef(indexrelid) AS def FROM pg_index JOIN pg_class c ON c.oid = indexrelid
				WHERE indrelid = 'events'::regclass AND NOT indisunique AND indpred IS NULL) i`).Scan(&defs); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		if defs != want {
			t.Errorf("%s: events indexes %q, want %q", step, defs, want)
		}
	}
	if _, err := provider.UpTo(ctx, 15); err != nil {
		t.Fatal(err)
	}
	check("up to 15", "btree (account, chain_id, market, block_number, log_index); btree (chain_id, market, block_number, log_index), 0 deferred")

	plans := map[string]string{
		"a market's newest event": `SELECT block_number FROM events WHERE chain_id = 1 AND market = '\xaa'
			ORDER BY block_number DESC, log_index DESC LIMIT 1`,
		"a position's newest event": `SELECT block_number FROM events WHERE chain_id = 1 AND market = '\xaa' AND account = '\xb0'
			ORDER BY block_number DESC, log_index DESC LIMIT 1`,
		"a borrower's events": `SELECT block_number FROM events WHERE account = '\xb0' AND chain_id = 1
			ORDER BY chain_id, block_number, log_index`,
	}
	want := map[string]string{
		"a market's newest event":   "Scan Backward using events_market ",
		"a position's newest event": "Scan Backward using events_account ",
		"a borrower's events":       "Scan using events_account ",
	}
	for name, q := range plans {
		if plan := explain(t, db, q); !strings.Contains(plan, want[name]) {
			t.Errorf("%s is not read by an Index %s:\n%s", name, want[name], plan)
		}
	}

	if _, err := provider.DownTo(ctx, 14); err != nil {
		t.Fatal(err)
	}
	check("down to 14", "btree (chain_id, market, block_number DESC, log_index DESC); btree (chain_id, market, account, block_number DESC, log_index DESC), 0 deferred")
}

// explain is the plan of query q with sequential scans off, as on a table large enough to be
// read through its indexes.
func explain(t *testing.T, db *sql.DB, q string) string {
	t.Helper()
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SET LOCAL enable_seqscan = off`); err != nil {
		t.Fatal(err)
	}
	rows, err := tx.QueryContext(ctx, "EXPLAIN "+q)
	if err != nil {
		t.Fatal(err)
	}
	var plan strings.Builder
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
	return plan.String()
}
