package migrations_test

import (
	"context"
	"strings"
	"testing"

	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/migrations"
)

// TestViewsFollowTheirDefinitions: Up creates the views of views/ and leaves them alone while
// they are current; a view that differs from its definition without the checksum saying so
// (as one created by an older ltvkeeper's migrations), or a missing one, is created again;
// a view of the user's own that reads one stops Up with the fix; migration 19's Down drops
// them, and Up brings them back.
func TestViewsFollowTheirDefinitions(t *testing.T) {
	ctx := context.Background()
	url := pgtest.DB(t)
	if _, err := migrations.Up(ctx, url, testlog.Discard); err != nil {
		t.Fatal(err)
	}
	conn := pgtest.Conn(t, url)
	// state is each view's oid (new when it is created again) and definition, and the
	// recorded checksum.
	state := func() (oids, defs, checksum string) {
		t.Helper()
		if err := conn.QueryRow(ctx, `SELECT string_agg(c.oid::text, ' ' ORDER BY c.relname),
			       string_agg(pg_get_viewdef(c.oid), ' ' ORDER BY c.relname),
			       (SELECT encode(checksum, 'hex') FROM view_definitions)
			FROM pg_class c WHERE c.relkind = 'v' AND c.relnamespace = 'public'::regnamespace`).Scan(&oids, &defs, &checksum); err != nil {
			t.Fatal(err)
		}
		return oids, defs, checksum
	}
	oids, defs, checksum := state()
	if len(checksum) != 64 || defs == "" {
		t.Fatalf("after Up: definitions %q, checksum %q", defs, checksum)
	}
	up := func(step string) (string, string, string) {
		t.Helper()
		if _, err := migrations.Up(ctx, url, testlog.Discard); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		return state()
	}
	if o, d, c := up("Up again"); o != oids || d != defs || c != checksum {
		t.Errorf("Up again created the views again (oids %s, was %s)", o, oids)
	}

	for _, change := range []struct{ step, sql string }{
		{"an older definition", `DELETE FROM view_definitions;
			CREATE OR REPLACE VIEW liquidations AS SELECT chain_id, market, account AS borrower, NULL::bytea AS liquidator,
			NULL::numeric(78, 0) AS repaid_assets, NULL::numeric(78, 0) AS seized_collateral, NULL::numeric(78, 0) AS bad_debt_assets,
			NULL::numeric(78, 0) AS price, block_number, block_timestamp, tx_hash, log_index FROM events`},
		{"a missing view", `DROP VIEW positions_live`},
	} {
		if _, err := conn.Exec(ctx, change.sql); err != nil {
			t.Fatal(err)
		}
		if _, d, c := up(change.step); d != defs || c != checksum {
			t.Errorf("after Up on %s: definitions %q, checksum %s; want %q, %s", change.step, d, c, defs, checksum)
		}
	}

	// A view of the user's own over positions_live holds it: Up says which and what to do,
	// and changes nothing.
	if _, err := conn.Exec(ctx, `CREATE VIEW my_risky AS SELECT * FROM positions_live WHERE ltv > 0.7; UPDATE view_definitions SET checksum = '\x00'`); err != nil {
		t.Fatal(err)
	}
	want := "view positions_live must be created again, but objects of your own read it (view my_risky depends on view positions_live): drop them, migrate, then create them again"
	if _, err := migrations.Up(ctx, url, testlog.Discard); err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("Up with a view of one's own over positions_live = %v, want an error containing %q", err, want)
	}
	if _, err := conn.Exec(ctx, `DROP VIEW my_risky`); err != nil {
		t.Fatal(err)
	}
	if _, d, c := up("Up once it is dropped"); d != defs || c != checksum {
		t.Errorf("after Up once the view is dropped: definitions %q, checksum %s; want %q, %s", d, c, defs, checksum)
	}

	_, provider := gooseOn(t, url)
	if _, err := provider.DownTo(ctx, 18); err != nil {
		t.Fatal(err)
	}
	var views int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM pg_class WHERE relkind = 'v' AND relnamespace = 'public'::regnamespace`).Scan(&views); err != nil || views != 0 {
		t.Fatalf("after migration 19's Down: %d views (%v), want none", views, err)
	}
	if _, d, c := up("Up after the Down"); d != defs || c != checksum {
		t.Errorf("after Up from 18: definitions %q, checksum %s; want %q, %s", d, c, defs, checksum)
	}
}
