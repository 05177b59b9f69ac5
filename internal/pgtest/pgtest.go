// Package pgtest gives each test its own real Postgres database in a throwaway cluster: one
// cluster per test binary, started on first use and removed when the tests end, and a
// uniquely named database per test, dropped when the test ends.
//
// Use it from a package's tests with
//
//	func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
//
// and call DB(t) for a database URL. Cluster(t) starts a private cluster a test may stop
// and start again; Terminate drops the connections to a database.
package pgtest

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/internal/pgcluster"
)

// timeout bounds every harness operation: connecting, creating and dropping a database.
const timeout = 30 * time.Second

// Server is a throwaway Postgres cluster listening on 127.0.0.1.
type Server struct {
	URL  string // the cluster's postgres database, for admin work
	Port int

	c *pgcluster.Cluster
}

// shared is the package-wide cluster behind DB, started by the first DB call.
var shared struct {
	once sync.Once
	srv  *Server
	err  error
}

// seq makes database names unique within the test binary.
var seq atomic.Int64

// Main runs the tests, then stops and removes the shared cluster if any test started it.
func Main(m *testing.M) int {
	code := m.Run()
	if shared.srv != nil {
		if err := shared.srv.c.Remove(); err != nil {
			fmt.Fprintf(os.Stderr, "pgtest: %v\n", err)
			if code == 0 {
				code = 1
			}
		}
	}
	return code
}

// DB creates an empty database in the shared cluster, drops it when the test ends, and
// returns its URL.
func DB(t testing.TB) string {
	t.Helper()
	shared.once.Do(func() { shared.srv, shared.err = newServer() })
	if shared.err != nil {
		t.Fatalf("pgtest: %v", shared.err)
	}
	return shared.srv.DB(t)
}

// Cluster starts a private cluster for a test that stops and starts it (the database going
// away and coming back); it is stopped and removed when the test ends. It costs about half a
// second, so tests that only need a database use DB.
func Cluster(t testing.TB) *Server {
	t.Helper()
	s, err := newServer()
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	t.Cleanup(func() {
		if err := s.c.Remove(); err != nil {
			t.Errorf("pgtest: %v", err)
		}
	})
	return s
}

// Standby starts a hot standby of s, streaming its WAL (pg_basebackup -R), stopped and
// removed when the test ends. Its databases are s's: URL names one of them on the standby.
func (s *Server) Standby(t testing.TB) *Server {
	t.Helper()
	dir, err := os.MkdirTemp(tempBase(), "pgtest-standby-")
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	c, err := pgcluster.Standby(dir, s.c)
	if err == nil {
		err = c.Start()
	}
	if c != nil {
		t.Cleanup(func() {
			if err := c.Remove(); err != nil {
				t.Errorf("pgtest: %v", err)
			}
		})
	} else {
		_ = os.RemoveAll(dir)
	}
	if err != nil {
		t.Fatalf("pgtest: standby: %v", err)
	}
	return &Server{URL: c.URL("postgres"), Port: c.Port, c: c}
}

// URLOf is the URL of database on s (one made by DB on a primary, read on its standby).
func (s *Server) URLOf(dbURL string) string {
	cfg, err := pgx.ParseConfig(dbURL)
	if err != nil {
		return ""
	}
	return s.c.URL(cfg.Database)
}

// DB creates an empty database in s, drops it when the test ends (unless s is stopped then),
// and returns its URL.
func (s *Server) DB(t testing.TB) string {
	t.Helper()
	name := dbName(t.Name())
	ident := pgx.Identifier{name}.Sanitize()
	// file_copy clones template1 and checkpoints, which is cheap with fsync off: twice as fast
	// as the default wal_log, which writes the whole template into the WAL.
	if err := s.exec("create database " + ident + " strategy = file_copy"); err != nil {
		t.Fatalf("pgtest: create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		if !s.c.Running() {
			return // the whole cluster goes away with its directory
		}
		if err := s.exec("drop database " + ident + " with (force)"); err != nil {
			t.Errorf("pgtest: drop database %s: %v", name, err)
		}
	})
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.Port, name)
}

// Pool opens a pool on the database at url and closes it when the test ends.
func Pool(t testing.TB, url string) *pgxpool.Pool {
	t.Helper()
	pool, err := pgxpool.New(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return pool
}

// Conn connects to the database at url and closes the connection when the test ends.
func Conn(t testing.TB, url string) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close(context.Background()) })
	return conn
}

// Dir creates a folder that the postgres user can reach when the tests run as root (a cluster's
// data, a devnet's state), named after prefix, and removes it when the test ends.
func Dir(t testing.TB, prefix string) string {
	t.Helper()
	dir, err := os.MkdirTemp("", prefix)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// Stop shuts the server down (fast mode: open connections are cut) and waits until it is gone.
func (s *Server) Stop(t testing.TB) {
	t.Helper()
	if err := s.c.Stop(); err != nil {
		t.Fatalf("pgtest: %v", err)
	}
}

// Start starts a stopped server again on the same port, with the same data, and waits until
// it accepts connections.
func (s *Server) Start(t testing.TB) {
	t.Helper()
	if err := s.c.Start(); err != nil {
		t.Fatalf("pgtest: %v", err)
	}
}

// Terminate ends every other backend connected to the database at dbURL, as if the network
// dropped them, and waits until they are gone. It returns how many it ended.
func Terminate(t testing.TB, dbURL string) int {
	t.Helper()
	cfg, err := pgx.ParseConfig(dbURL)
	if err != nil {
		t.Fatalf("pgtest: terminate: %v", err)
	}
	name := cfg.Database
	cfg.Database = "postgres"
	// With a timeout, pg_terminate_backend waits for the backend to exit and says whether it
	// did; it also says false for a backend that ended by itself after it was listed, which
	// the second statement (a fresh view of the server's backends) no longer finds.
	var ended, left int
	err = onConn(cfg, func(ctx context.Context, conn *pgx.Conn) error {
		var notDone []int32
		err := conn.QueryRow(ctx, `
			select count(*) filter (where done), coalesce(array_agg(pid) filter (where not done), '{}')
			from (select pid, pg_terminate_backend(pid, 10000) as done
			      from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()) as t`,
			name).Scan(&ended, &notDone)
		if err != nil || len(notDone) == 0 {
			return err
		}
		return conn.QueryRow(ctx, `select count(*) from pg_stat_activity where pid = any($1)`, notDone).Scan(&left)
	})
	if err != nil {
		t.Fatalf("pgtest: terminate %s: %v", name, err)
	}
	if left > 0 {
		t.Fatalf("pgtest: terminate %s: %d backends still running after 10s", name, left)
	}
	return ended
}

// onConn runs f on a connection to cfg that it opens and closes, all within timeout.
func onConn(cfg *pgx.ConnConfig, f func(ctx context.Context, conn *pgx.Conn) error) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	conn, err := pgx.ConnectConfig(ctx, cfg.Copy())
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	return f(ctx, conn)
}

// newServer creates a cluster in a new temporary directory and starts it.
func newServer() (*Server, error) {
	dir, err := os.MkdirTemp(tempBase(), "pgtest-")
	if err != nil {
		return nil, err
	}
	c, err := pgcluster.Create(dir, 0)
	if err == nil {
		err = c.Start()
	}
	if err != nil {
		_ = os.RemoveAll(dir)
		return nil, err
	}
	return &Server{URL: c.URL("postgres"), Port: c.Port, c: c}, nil
}

// exec runs one statement on the cluster's postgres database.
func (s *Server) exec(sql string) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	return s.c.Exec(ctx, sql)
}

// tempBase picks where clusters live: $TMPDIR when set, else /dev/shm when it is a tmpfs with
// a GiB free (measured on a 2-core VM: start 0.6 s instead of 1.5 s, CREATE DATABASE 15 ms
// instead of 100-300 ms on ext4), else os.TempDir(). Both are world-traversable, as they must be
// for the postgres user when we run as root.
func tempBase() string {
	if os.Getenv("TMPDIR") != "" {
		return os.TempDir()
	}
	var st syscall.Statfs_t
	if err := syscall.Statfs("/dev/shm", &st); err == nil && st.Bavail*uint64(st.Bsize) >= 1<<30 {
		return "/dev/shm"
	}
	return os.TempDir()
}

var unsafeChars = regexp.MustCompile(`[^a-z0-9]+`)

// dbName makes a unique database name from a test name: t<n>_<test>, within Postgres's 63 bytes.
func dbName(test string) string {
	name := fmt.Sprintf("t%d_%s", seq.Add(1), unsafeChars.ReplaceAllString(strings.ToLower(test), "_"))
	return strings.TrimRight(name[:min(len(name), 63)], "_")
}

// Role creates a login role with a password, its name unique to the test and its rights only
// those of PUBLIC, and drops it (with what it owns and was granted in dbURL's database) when
// the test ends. It returns the role's name and dbURL with the role and its password as the user.
func Role(t testing.TB, dbURL string) (name, url string) {
	t.Helper()
	name = "r" + strings.TrimPrefix(dbName(t.Name()), "t")
	const password = "pw-secret-9f3k"
	cfg, err := pgx.ParseConfig(dbURL)
	if err != nil {
		t.Fatalf("pgtest: role %s: %v", name, err)
	}
	ident := pgx.Identifier{name}.Sanitize()
	exec := func(sql string) error {
		return onConn(cfg, func(ctx context.Context, conn *pgx.Conn) error {
			_, err := conn.Exec(ctx, sql)
			return err
		})
	}
	if err := exec("create role " + ident + " login password '" + password + "'"); err != nil {
		t.Fatalf("pgtest: create role %s: %v", name, err)
	}
	t.Cleanup(func() {
		if err := exec("drop owned by " + ident + "; drop role " + ident); err != nil {
			t.Errorf("pgtest: drop role %s: %v", name, err)
		}
	})
	return name, fmt.Sprintf("postgres://%s:%s@%s:%d/%s?sslmode=disable", name, password, cfg.Host, cfg.Port, cfg.Database)
}
