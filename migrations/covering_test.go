package migrations_test

import (
	"context"
	"testing"

	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
)

// TestCoveringMigration: migration 7 makes ltv_key inlinable (not STRICT: a STRICT SQL function
// with a CASE body is called once per row instead) and gives the order indexes the columns a
// listing reads, keeping the positions; its Down restores both.
func TestCoveringMigration(t *testing.T) {
	ctx := context.Background()
	db, provider := gooseOn(t, pgtest.DB(t))
	if _, err := provider.UpTo(ctx, 6); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO positions (chain_id, market, borrower, collateral, borrow_shares, block_number)
		VALUES (1, '\xaa', '\xb0', 100, 50, 10), (1, '\xaa', '\xb1', 0, 7, 11), (1, '\xaa', '\xb2', 9, 0, 12)`); err != nil {
		t.Fatal(err)
	}
	// check says whether ltv_key is STRICT, how many of the order indexes carry included
	// columns, and the positions' ltv_keys.
	check := func(step string, wantStrict bool, wantCovering int) {
		t.Helper()
		var strict bool
		if err := db.QueryRowContext(ctx, `SELECT proisstrict FROM pg_proc WHERE proname = 'ltv_key'`).Scan(&strict); err != nil {
			t.Fatal(err)
		}
		var covering int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
			WHERE c.relname IN ('positions_ltv_key', 'positions_shares', 'positions_collateral', 'positions_no_debt')
			  AND i.indnatts > i.indnkeyatts`).Scan(&covering); err != nil {
			t.Fatal(err)
		}
		var keys string
		if err := db.QueryRowContext(ctx, `SELECT string_agg(ltv_key(borrow_shares, collateral)::text, ' ' ORDER BY borrower) FROM positions`).Scan(&keys); err != nil {
			t.Fatal(err)
		}
		if strict != wantStrict || covering != wantCovering || keys != "0.5 Infinity 0" {
			t.Errorf("%s: ltv_key strict %v, %d covering indexes, keys %q; want strict %v, %d, %q",
				step, strict, covering, keys, wantStrict, wantCovering, "0.5 Infinity 0")
		}
	}
	check("at 6", true, 0)
	if _, err := provider.UpTo(ctx, 7); err != nil {
		t.Fatal(err)
	}
	check("up to 7", false, 4)
	if _, err := provider.DownTo(ctx, 6); err != nil {
		t.Fatal(err)
	}
	check("down to 6", true, 0)
	if _, err := provider.UpTo(ctx, 7); err != nil {
		t.Fatal(err)
	}
	check("up to 7 again", false, 4)
}
