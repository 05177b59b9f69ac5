package pgtest_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// connect opens a connection that is closed when the test ends.
func connect(t *testing.T, url string) *pgx.Conn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatalf("connect %s: %v", url, err)
	}
	t.Cleanup(func() { _ = conn.Close(context.Background()) })
	return conn
}

// roundTrip checks that a database is empty and takes a table, a row and a query.
func roundTrip(t *testing.T, conn *pgx.Conn) {
	t.Helper()
	ctx := context.Background()
	var tables int
	if err := conn.QueryRow(ctx, `select count(*) from information_schema.tables where table_schema = 'public'`).Scan(&tables); err != nil {
		t.Fatal(err)
	}
	if tables != 0 {
		t.Fatalf("new database has %d tables, want 0", tables)
	}
	if _, err := conn.Exec(ctx, `create table t (x numeric(78,0)); insert into t values (42)`); err != nil {
		t.Fatal(err)
	}
	var x int
	if err := conn.QueryRow(ctx, `select x from t`).Scan(&x); err != nil {
		t.Fatal(err)
	}
	if x != 42 {
		t.Fatalf("got %d, want 42", x)
	}
}

func TestDBsAreDistinctAndEmpty(t *testing.T) {
	t.Parallel()
	a, b := pgtest.DB(t), pgtest.DB(t)
	if a == b {
		t.Fatalf("two DB calls gave the same URL %s", a)
	}
	ca, cb := connect(t, a), connect(t, b)
	roundTrip(t, ca)
	roundTrip(t, cb) // would find a's table if they were one database
	var na, nb string
	if err := ca.QueryRow(context.Background(), `select current_database()`).Scan(&na); err != nil {
		t.Fatal(err)
	}
	if err := cb.QueryRow(context.Background(), `select current_database()`).Scan(&nb); err != nil {
		t.Fatal(err)
	}
	if na == nb {
		t.Fatalf("both URLs reach database %s", na)
	}
}

func TestDBDroppedAfterTest(t *testing.T) {
	t.Parallel()
	var url string
	var held *pgx.Conn
	t.Run("use", func(t *testing.T) {
		url = pgtest.DB(t)
		// Held open past the subtest's cleanup: the drop must not wait for it.
		conn, err := pgx.Connect(context.Background(), url)
		if err != nil {
			t.Fatal(err)
		}
		held = conn
		roundTrip(t, conn)
	})
	if held == nil {
		t.FailNow()
	}
	defer held.Close(context.Background())

	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	name := cfg.Database
	cfg.Database = "postgres"
	ctx := context.Background()
	admin, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	var exists bool
	if err := admin.QueryRow(ctx, `select exists (select from pg_database where datname = $1)`, name).Scan(&exists); err != nil {
		t.Fatal(err)
	}
	if exists {
		t.Fatalf("database %s still exists after its test ended", name)
	}
	if _, err := held.Exec(ctx, `select 1`); err == nil {
		t.Fatal("connection to a dropped database still works")
	}
	if _, err := pgx.Connect(ctx, url); err == nil {
		t.Fatal("connected to a dropped database")
	}
}

func TestTerminate(t *testing.T) {
	t.Parallel()
	url := pgtest.DB(t)
	ctx := context.Background()
	old := connect(t, url)
	if _, err := old.Exec(ctx, `select 1`); err != nil {
		t.Fatal(err)
	}
	if got := pgtest.Terminate(t, url); got != 1 {
		t.Fatalf("terminated %d backends, want 1", got)
	}
	if _, err := old.Exec(ctx, `select 1`); err == nil {
		t.Fatal("query on a terminated connection succeeded")
	}
	if _, err := connect(t, url).Exec(ctx, `select 1`); err != nil {
		t.Fatalf("new connection after terminate: %v", err)
	}
}

func TestClusterStopStart(t *testing.T) {
	t.Parallel()
	s := pgtest.Cluster(t)
	url := s.DB(t)
	ctx := context.Background()
	old := connect(t, url)
	if _, err := old.Exec(ctx, `create table kept (x int); insert into kept values (7)`); err != nil {
		t.Fatal(err)
	}

	s.Stop(t)
	if _, err := old.Exec(ctx, `select 1`); err == nil {
		t.Fatal("query succeeded on a stopped server")
	}
	if conn, err := pgx.Connect(ctx, url); err == nil {
		conn.Close(ctx)
		t.Fatal("connected to a stopped server")
	}

	s.Start(t)
	var x int
	if err := connect(t, url).QueryRow(ctx, `select x from kept`).Scan(&x); err != nil {
		t.Fatalf("after restart: %v", err)
	}
	if x != 7 {
		t.Fatalf("after restart got %d, want 7", x)
	}
}
