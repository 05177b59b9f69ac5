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
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// timeout bounds every harness operation: connecting, creating and dropping a database.
const timeout = 30 * time.Second

// Server is a throwaway Postgres cluster listening on 127.0.0.1.
type Server struct {
	URL  string // the cluster's postgres database, for admin work
	Port int

	bin  string              // directory holding initdb and pg_ctl
	dir  string              // data, log and socket live here
	cred *syscall.Credential // who runs the server: nil for the current user

	mu      sync.Mutex
	running bool
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
		if err := shared.srv.remove(); err != nil {
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
		if err := s.remove(); err != nil {
			t.Errorf("pgtest: %v", err)
		}
	})
	return s
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
		s.mu.Lock()
		running := s.running
		s.mu.Unlock()
		if !running {
			return // the whole cluster goes away with its directory
		}
		if err := s.exec("drop database " + ident + " with (force)"); err != nil {
			t.Errorf("pgtest: drop database %s: %v", name, err)
		}
	})
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.Port, name)
}

// Stop shuts the server down (fast mode: open connections are cut) and waits until it is gone.
func (s *Server) Stop(t testing.TB) {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.stop(); err != nil {
		t.Fatalf("pgtest: %v", err)
	}
}

// Start starts a stopped server again on the same port, with the same data, and waits until
// it accepts connections.
func (s *Server) Start(t testing.TB) {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.start(); err != nil {
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
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		t.Fatalf("pgtest: terminate %s: %v", name, err)
	}
	defer conn.Close(ctx)
	// With a timeout, pg_terminate_backend waits for the backend to exit and says whether it did.
	var ended, left int
	err = conn.QueryRow(ctx, `
		select count(*) filter (where done), count(*) filter (where not done)
		from (select pg_terminate_backend(pid, 10000) as done
		      from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()) as t`,
		name).Scan(&ended, &left)
	if err != nil {
		t.Fatalf("pgtest: terminate %s: %v", name, err)
	}
	if left > 0 {
		t.Fatalf("pgtest: terminate %s: %d backends still running after 10s", name, left)
	}
	return ended
}

// newServer creates a cluster in a new temporary directory and starts it.
func newServer() (*Server, error) {
	bin, err := binDir()
	if err != nil {
		return nil, err
	}
	cred, err := credential()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(tempBase(), "pgtest-")
	if err != nil {
		return nil, err
	}
	if cred != nil {
		if err := os.Chown(dir, int(cred.Uid), int(cred.Gid)); err != nil {
			_ = os.RemoveAll(dir)
			return nil, err
		}
	}
	port, err := freePort()
	if err != nil {
		_ = os.RemoveAll(dir)
		return nil, err
	}
	s := &Server{
		URL:  fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", port),
		Port: port,
		bin:  bin,
		dir:  dir,
		cred: cred,
	}
	err = s.run("initdb", "-D", s.data(), "-U", "postgres", "--auth=trust", "--no-sync",
		"-E", "UTF8", "--locale=C.UTF-8")
	if err == nil {
		err = s.start()
	}
	if err != nil {
		_ = os.RemoveAll(dir)
		if cred != nil && strings.Contains(strings.ToLower(err.Error()), "permission denied") {
			err = fmt.Errorf("%w\n(running as root, so the server runs as user postgres, which must reach %s: set TMPDIR to a world-traversable directory)", err, dir)
		}
		return nil, err
	}
	return s, nil
}

// start runs pg_ctl start; -w makes it return once the server accepts connections.
// The caller holds s.mu, or owns s alone.
func (s *Server) start() error {
	opts := fmt.Sprintf("-p %d -k '%s' -c listen_addresses=127.0.0.1 -c fsync=off "+
		"-c synchronous_commit=off -c full_page_writes=off -c max_connections=200", s.Port, s.dir)
	if err := s.run("pg_ctl", "-D", s.data(), "-l", s.log(), "-w", "-t", "60", "-o", opts, "start"); err != nil {
		return fmt.Errorf("%w\nserver log:\n%s", err, tail(s.log(), 20))
	}
	s.running = true
	return nil
}

// stop runs pg_ctl stop in fast mode; the caller holds s.mu, or owns s alone.
func (s *Server) stop() error {
	if err := s.run("pg_ctl", "-D", s.data(), "-m", "fast", "-w", "stop"); err != nil {
		return err
	}
	s.running = false
	return nil
}

// remove stops the server if it runs and deletes its directory.
func (s *Server) remove() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var err error
	if s.running {
		err = s.stop()
	}
	return errors.Join(err, os.RemoveAll(s.dir))
}

// exec runs one statement on the cluster's postgres database.
func (s *Server) exec(sql string) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.URL)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql)
	return err
}

// run runs a Postgres program from s.bin in s.dir, as s.cred when set.
func (s *Server) run(name string, args ...string) error {
	cmd := exec.Command(filepath.Join(s.bin, name), args...)
	cmd.Dir = s.dir
	if s.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		err = fmt.Errorf("%s %s: %w", name, strings.Join(args, " "), err)
		if out = bytes.TrimSpace(out); len(out) > 0 {
			err = fmt.Errorf("%w\n%s", err, out)
		}
	}
	return err
}

func (s *Server) data() string { return filepath.Join(s.dir, "data") }
func (s *Server) log() string  { return filepath.Join(s.dir, "log") }

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

// binDir finds initdb and pg_ctl: $LTVKEEPER_PG_BIN, Debian's postgresql-15, or $PATH
// (resolving symlinks, so a linked initdb finds its real pg_ctl beside it).
func binDir() (string, error) {
	if dir := os.Getenv("LTVKEEPER_PG_BIN"); dir != "" {
		if _, err := os.Stat(filepath.Join(dir, "initdb")); err != nil {
			return "", fmt.Errorf("LTVKEEPER_PG_BIN=%s: no initdb there (point it at Postgres's bin directory, or unset it)", dir)
		}
		return dir, nil
	}
	const debian = "/usr/lib/postgresql/15/bin"
	if _, err := os.Stat(filepath.Join(debian, "initdb")); err == nil {
		return debian, nil
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Dir(real), nil
		}
	}
	return "", fmt.Errorf("postgres not found (no initdb in $LTVKEEPER_PG_BIN, %s or $PATH): "+
		"run 'make tools' or scripts/ensure-postgres.sh, install postgresql-15, or set LTVKEEPER_PG_BIN", debian)
}

// credential says who runs the server: nobody special unless we are root, which Postgres
// refuses, so then the postgres system user.
func credential() (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, fmt.Errorf("running as root, Postgres needs a non-root user to run as: %w (install postgresql-15, which creates user postgres, or run the tests as a normal user)", err)
	}
	uid, err := strconv.ParseUint(u.Uid, 10, 32)
	if err != nil {
		return nil, fmt.Errorf("user postgres: uid %q: %w", u.Uid, err)
	}
	gid, err := strconv.ParseUint(u.Gid, 10, 32)
	if err != nil {
		return nil, fmt.Errorf("user postgres: gid %q: %w", u.Gid, err)
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
}

var unsafeChars = regexp.MustCompile(`[^a-z0-9]+`)

// dbName makes a unique database name from a test name: t<n>_<test>, within Postgres's 63 bytes.
func dbName(test string) string {
	name := fmt.Sprintf("t%d_%s", seq.Add(1), unsafeChars.ReplaceAllString(strings.ToLower(test), "_"))
	return strings.TrimRight(name[:min(len(name), 63)], "_")
}

// freePort returns a TCP port that was free a moment ago.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// tail returns the last n lines of a file, or why it could not be read.
func tail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
