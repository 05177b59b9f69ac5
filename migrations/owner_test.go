package migrations_test

import (
	"context"
	"testing"

	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/migrations"
)

// TestOwnerMigrationKeepsData: an index written before rows carried their factory and markets
// their protocol keeps every row through the migrations, each given the factory of its
// market, its feed's market or its chain's checkpoint, each market ltvkeeper's protocol.
func TestOwnerMigrationKeepsData(t *testing.T) {
	url := pgtest.DB(t)
	ctx := context.Background()
	db, provider := gooseOn(t, url)
	if _, err := provider.UpTo(ctx, 2); err != nil {
		t.Fatal(err)
	}
	seed := []string{
		`INSERT INTO checkpoints VALUES (1, '\xfa', 100, '\x01', 1000)`,
		`INSERT INTO markets VALUES (1, '\xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '\xfa', '\xc0', '\x10', '\xfeed', 8, 6, 8, 0, 0, 0, 0, 0, 0, 0, 10, 100)`,
		`INSERT INTO events VALUES (1, 10, 0, '\x01', 100, '\x02', '\xfa', '\xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', NULL, 'MarketCreated', '{}'),
			(1, 11, 0, '\x01', 112, '\x03', '\xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '\xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '\xb0', 'Borrow', '{}'),
			(1, 12, 0, '\x01', 124, '\x04', '\xfeed', NULL, NULL, 'AnswerUpdated', '{}')`,
		`INSERT INTO price_rounds VALUES (1, '\xfeed', 10, -1, 1, 6000000000000, 100), (1, '\xfeed', 12, 0, 2, 5000000000000, 124)`,
		`INSERT INTO blocks VALUES (1, 99, '\x09', '\x08', 990), (1, 100, '\x01', '\x09', 1000)`,
	}
	for _, q := range seed {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if _, err := migrations.Up(ctx, url, testlog.Discard); err != nil {
		t.Fatal(err)
	}
	conn := pgtest.Conn(t, url)
	for _, c := range []struct {
		query string
		want  int
	}{
		{`SELECT count(*) FROM events WHERE factory = '\xfa'`, 3},
		{`SELECT count(*) FROM price_rounds WHERE factory = '\xfa'`, 2},
		{`SELECT count(*) FROM blocks WHERE factory = '\xfa'`, 2},
		{`SELECT count(*) FROM positions_live`, 0},
		{`SELECT count(*) FROM markets WHERE protocol = 'ltvkeeper' AND contract = market`, 1},
	} {
		var got int
		if err := conn.QueryRow(ctx, c.query).Scan(&got); err != nil || got != c.want {
			t.Errorf("%s = %d (%v), want %d", c.query, got, err, c.want)
		}
	}
}
