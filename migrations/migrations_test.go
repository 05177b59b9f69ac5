package migrations_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/ltvkeeper/ltvkeeper/internal/pgrights"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/migrations"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

func TestUpIsIdempotentAndConcurrent(t *testing.T) {
	url := pgtest.DB(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = migrations.Up(ctx, url, testlog.Discard)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	version, err := migrations.Up(ctx, url, testlog.Discard)
	if err != nil || version < 1 {
		t.Fatalf("second Up = %d, %v", version, err)
	}
	conn := pgtest.Conn(t, url)
	var n int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM positions_live").Scan(&n); err != nil || n != 0 {
		t.Fatalf("positions_live on an empty index: %d rows, %v", n, err)
	}
}

func TestUpRefusesNewerSchema(t *testing.T) {
	url := pgtest.DB(t)
	ctx := context.Background()
	if _, err := migrations.Up(ctx, url, testlog.Discard); err != nil {
		t.Fatal(err)
	}
	conn := pgtest.Conn(t, url)
	if _, err := conn.Exec(ctx, "INSERT INTO goose_db_version (version_id, is_applied) VALUES (9999, true)"); err != nil {
		t.Fatal(err)
	}
	if _, err := migrations.Up(ctx, url, testlog.Discard); !errors.Is(err, migrations.ErrNewerSchema) {
		t.Fatalf("Up on a newer schema = %v, want ErrNewerSchema", err)
	}
}

// TestUpWithoutCreateRight: a user who may not create tables in the schema gets one error
// naming the missing right and the GRANT that gives it, and that GRANT is enough.
func TestUpWithoutCreateRight(t *testing.T) {
	url := pgtest.DB(t)
	ctx := context.Background()
	role, roleURL := pgtest.Role(t, url)
	conn := pgtest.Conn(t, url)
	if _, err := conn.Exec(ctx, "REVOKE CREATE ON SCHEMA public FROM PUBLIC"); err != nil {
		t.Fatal(err)
	}

	_, err := migrations.Up(ctx, roleURL, testlog.Discard)
	grant := "GRANT CREATE ON SCHEMA public TO " + role
	want := `user "` + role + `" has no CREATE right on schema public (grant it: ` + grant + `)`
	if err == nil || !strings.Contains(err.Error(), want) || !errors.Is(err, pgrights.ErrDenied) {
		t.Fatalf("Up without CREATE on the schema = %v, want an error containing %q", err, want)
	}
	if strings.Contains(err.Error(), "SQLSTATE") {
		t.Errorf("error %q shows Postgres's raw error", err)
	}

	if _, err := conn.Exec(ctx, grant); err != nil {
		t.Fatal(err)
	}
	if _, err := migrations.Up(ctx, roleURL, testlog.Discard); err != nil {
		t.Fatalf("Up after %s: %v", grant, err)
	}
}

// TestCheckRefusesNewerSchema: Check refuses a database Up refuses, with the same message,
// and passes a current database and one without the schema (without creating anything).
func TestCheckRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	empty := pgtest.Conn(t, pgtest.DB(t))
	if err := migrations.Check(ctx, empty); err != nil {
		t.Fatalf("Check on a database without the schema = %v, want nil", err)
	}
	var created bool
	if err := empty.QueryRow(ctx, `SELECT to_regclass('goose_db_version') IS NOT NULL`).Scan(&created); err != nil || created {
		t.Fatalf("Check created the version table (%v, %v)", created, err)
	}

	url := pgtest.DB(t)
	if _, err := migrations.Up(ctx, url, testlog.Discard); err != nil {
		t.Fatal(err)
	}
	conn := pgtest.Conn(t, url)
	if err := migrations.Check(ctx, conn); err != nil {
		t.Fatalf("Check on a current database = %v, want nil", err)
	}
	if _, err := conn.Exec(ctx, "INSERT INTO goose_db_version (version_id, is_applied) VALUES (9999, true)"); err != nil {
		t.Fatal(err)
	}
	checked := migrations.Check(ctx, conn)
	_, upped := migrations.Up(ctx, url, testlog.Discard)
	if !errors.Is(checked, migrations.ErrNewerSchema) || upped == nil || checked.Error() != upped.Error() {
		t.Fatalf("Check = %v, want Up's %v", checked, upped)
	}
}
