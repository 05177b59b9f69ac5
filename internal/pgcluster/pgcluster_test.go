package pgcluster_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/internal/pgcluster"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
)

func TestClusterLifecycle(t *testing.T) {
	dir := filepath.Join(pgtest.Dir(t, "pgcluster-"), "pg")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	c, err := pgcluster.Create(dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	if c.Running() {
		t.Fatal("a created cluster runs before Start")
	}
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	if err := c.EnsureDatabase(ctx, "app"); err != nil {
		t.Fatal(err)
	}
	if err := c.EnsureDatabase(ctx, "app"); err != nil {
		t.Fatalf("second EnsureDatabase: %v", err)
	}
	exec(t, ctx, c.URL("app"), `create table kept (x int); insert into kept values (7)`)
	if _, err := pgcluster.Create(dir, 0); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("Create on an existing cluster: got %v, want an 'already exists' error", err)
	}

	// Open sees a running cluster as running, and Start on it does nothing.
	running, err := pgcluster.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !running.Running() || running.Port != c.Port {
		t.Fatalf("Open of a running cluster: running %v port %d, want true %d", running.Running(), running.Port, c.Port)
	}
	if err := c.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := c.Stop(); err != nil {
		t.Fatalf("second Stop: %v", err)
	}

	again, err := pgcluster.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if again.Running() {
		t.Fatal("Open of a stopped cluster says it runs")
	}
	if err := again.Start(); err != nil {
		t.Fatal(err)
	}
	var x int
	conn, err := pgx.Connect(ctx, again.URL("app"))
	if err != nil {
		t.Fatal(err)
	}
	err = conn.QueryRow(ctx, `select x from kept`).Scan(&x)
	conn.Close(ctx)
	if err != nil || x != 7 {
		t.Fatalf("after reopening: x = %d, %v; want 7", x, err)
	}
	if err := again.Remove(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("folder still there after Remove: %v", err)
	}
}

func TestClusterStartErrorShowsLog(t *testing.T) {
	dir := filepath.Join(pgtest.Dir(t, "pgcluster-"), "pg")
	c, err := pgcluster.Create(dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Remove()
	// Bad configuration: the server refuses to start and says why in its log.
	if err := c.SetPort(70000); err != nil {
		t.Fatal(err)
	}
	err = c.Start()
	if err == nil {
		t.Fatal("started on port 70000")
	}
	if !strings.Contains(err.Error(), "server log") || !strings.Contains(err.Error(), "70000") {
		t.Fatalf("error does not show the port and the server log: %v", err)
	}
}

func TestOpenMissing(t *testing.T) {
	_, err := pgcluster.Open(filepath.Join(pgtest.Dir(t, "pgcluster-"), "nothing"))
	if err == nil || !strings.Contains(err.Error(), "create it first") {
		t.Fatalf("got %v, want an error saying to create the cluster", err)
	}
}

func exec(t *testing.T, ctx context.Context, url, sql string) {
	t.Helper()
	conn := pgtest.Conn(t, url)
	if _, err := conn.Exec(ctx, sql); err != nil {
		t.Fatal(err)
	}
}
