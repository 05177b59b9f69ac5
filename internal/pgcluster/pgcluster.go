// Package pgcluster manages a private PostgreSQL cluster in a directory: create it once
// (initdb), start and stop it (pg_ctl), open it again on a later run, and remove it. It finds
// the server binaries itself and, when run as root (which Postgres refuses), runs them as the
// postgres system user. The cluster listens on 127.0.0.1 only and trusts local connections:
// it is for development and tests, never for data that matters.
package pgcluster

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
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/jackc/pgx/v5"
)

// ErrNoPostgres is returned when no Postgres server binaries can be found.
var ErrNoPostgres = errors.New("postgres not found")

// DebianBin is where Debian's postgresql-15 package installs the server binaries.
const DebianBin = "/usr/lib/postgresql/15/bin"

// Cluster is a Postgres cluster in Dir: its data in Dir/data, its server log in Dir/log and
// its port in Dir/port.
type Cluster struct {
	Dir  string
	Port int

	bin  string              // directory holding initdb and pg_ctl
	cred *syscall.Credential // who runs the server: nil for the current user

	mu      sync.Mutex
	running bool
}

// newEmptyCluster is the cluster to be made in dir: the folder, created if missing and owned
// by the user Postgres runs as, must hold no cluster yet.
func newEmptyCluster(dir string) (*Cluster, error) {
	c, err := newCluster(dir)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(c.data()); err == nil {
		return nil, fmt.Errorf("postgres cluster %s: already exists (open it instead, or remove the folder)", dir)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("postgres cluster %s: %w", dir, err)
	}
	if c.cred != nil {
		if err := os.Chown(dir, int(c.cred.Uid), int(c.cred.Gid)); err != nil {
			return nil, fmt.Errorf("postgres cluster %s: %w", dir, err)
		}
	}
	return c, nil
}

// Create initialises a new cluster in dir (created if missing; it must hold no cluster yet)
// that listens on port, or on a free port when port is 0. It does not start it.
func Create(dir string, port int) (*Cluster, error) {
	c, err := newEmptyCluster(dir)
	if err != nil {
		return nil, err
	}
	if port == 0 {
		if port, err = FreePort(); err != nil {
			return nil, err
		}
	}
	if err := c.SetPort(port); err != nil {
		return nil, err
	}
	err = c.run("initdb", "-D", c.data(), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8")
	if err != nil {
		return nil, c.explain(err)
	}
	return c, nil
}

// Standby creates in dir (created if missing; it must hold no cluster yet) a hot standby of
// primary, which must be running: a base backup taken with pg_basebackup -R, so that it
// streams the primary's WAL through primary_conninfo once started. It listens on a free port
// and is not started. The primary needs wal_level replica or above (the default) and a
// replication entry in pg_hba.conf (initdb's trust setup has one for 127.0.0.1).
func Standby(dir string, primary *Cluster) (*Cluster, error) {
	c, err := newEmptyCluster(dir)
	if err != nil {
		return nil, err
	}
	port, err := FreePort()
	if err != nil {
		return nil, err
	}
	if err := c.SetPort(port); err != nil {
		return nil, err
	}
	// -R writes standby.signal and primary_conninfo; -X stream copies the WAL the backup needs
	// over a second connection while it runs; fast checkpoint: no wait for a scheduled one.
	err = c.run("pg_basebackup", "-h", "127.0.0.1", "-p", strconv.Itoa(primary.Port), "-U", "postgres",
		"-D", c.data(), "-R", "-X", "stream", "-c", "fast", "--no-sync")
	if err != nil {
		return nil, c.explain(fmt.Errorf("base backup of the primary on port %d: %w", primary.Port, err))
	}
	return c, nil
}

// Open opens the cluster created in dir earlier, running or not.
func Open(dir string) (*Cluster, error) {
	c, err := newCluster(dir)
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(filepath.Join(dir, "port"))
	if err != nil {
		return nil, fmt.Errorf("postgres cluster %s: %w (create it first)", dir, err)
	}
	if c.Port, err = strconv.Atoi(strings.TrimSpace(string(raw))); err != nil {
		return nil, fmt.Errorf("postgres cluster %s: port file: %w", dir, err)
	}
	if _, err := os.Stat(filepath.Join(c.data(), "PG_VERSION")); err != nil {
		return nil, fmt.Errorf("postgres cluster %s: no data folder: %w (remove %s to start afresh)", dir, err, dir)
	}
	// pg_ctl status exits 0 when a server runs on the data folder, 3 when none does.
	c.running = c.run("pg_ctl", "-D", c.data(), "status") == nil
	return c, nil
}

func newCluster(dir string) (*Cluster, error) {
	bin, err := BinDir()
	if err != nil {
		return nil, err
	}
	cred, err := credential()
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	return &Cluster{Dir: abs, bin: bin, cred: cred}, nil
}

// SetPort changes the port the cluster listens on from its next start.
func (c *Cluster) SetPort(port int) error {
	if err := os.WriteFile(filepath.Join(c.Dir, "port"), []byte(strconv.Itoa(port)+"\n"), 0o644); err != nil {
		return fmt.Errorf("postgres cluster %s: %w", c.Dir, err)
	}
	c.Port = port
	return nil
}

// URL is the URL of database on the cluster, as user postgres.
func (c *Cluster) URL(database string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", c.Port, database)
}

// Running says whether the cluster was running when last started, stopped or opened.
func (c *Cluster) Running() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.running
}

// PID is the server's process id, from its postmaster.pid; 0 when it does not run.
func (c *Cluster) PID() int {
	raw, err := os.ReadFile(filepath.Join(c.data(), "postmaster.pid"))
	if err != nil {
		return 0
	}
	first, _, _ := strings.Cut(string(raw), "\n")
	pid, _ := strconv.Atoi(strings.TrimSpace(first))
	return pid
}

// Start starts the server unless it runs already, and returns once it accepts connections.
// A failure carries the end of the server log.
func (c *Cluster) Start() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.running {
		return nil
	}
	// Unix sockets have a 107-byte path limit; a deep folder listens on TCP only.
	sockets := fmt.Sprintf("-k '%s'", c.Dir)
	if len(c.Dir)+len("/.s.PGSQL.65535.lock") > 100 {
		sockets = "-c unix_socket_directories=''"
	}
	opts := fmt.Sprintf("-p %d %s -c listen_addresses=127.0.0.1 -c fsync=off "+
		"-c synchronous_commit=off -c full_page_writes=off -c max_connections=200", c.Port, sockets)
	if err := c.run("pg_ctl", "-D", c.data(), "-l", c.log(), "-w", "-t", "60", "-o", opts, "start"); err != nil {
		return c.explain(fmt.Errorf("start postgres on port %d: %w\nserver log %s:\n%s", c.Port, err, c.log(), c.LogTail(20)))
	}
	c.running = true
	return nil
}

// Stop shuts the server down in fast mode (open connections are cut) and waits until it is
// gone. Stopping a stopped cluster does nothing.
func (c *Cluster) Stop() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.running {
		return nil
	}
	if err := c.run("pg_ctl", "-D", c.data(), "-m", "fast", "-w", "stop"); err != nil {
		return fmt.Errorf("stop postgres in %s: %w\nserver log:\n%s", c.Dir, err, c.LogTail(20))
	}
	c.running = false
	return nil
}

// Remove stops the server if it runs and deletes the cluster's folder.
func (c *Cluster) Remove() error {
	err := c.Stop()
	return errors.Join(err, os.RemoveAll(c.Dir))
}

// Exec runs one statement on the cluster's postgres database.
func (c *Cluster) Exec(ctx context.Context, sql string) error {
	conn, err := pgx.Connect(ctx, c.URL("postgres"))
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql)
	return err
}

// EnsureDatabase creates database name unless it exists.
func (c *Cluster) EnsureDatabase(ctx context.Context, name string) error {
	conn, err := pgx.Connect(ctx, c.URL("postgres"))
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	var exists bool
	if err := conn.QueryRow(ctx, `select exists (select from pg_database where datname = $1)`, name).Scan(&exists); err != nil {
		return fmt.Errorf("look for database %s: %w", name, err)
	}
	if exists {
		return nil
	}
	if _, err := conn.Exec(ctx, "create database "+pgx.Identifier{name}.Sanitize()); err != nil {
		return fmt.Errorf("create database %s: %w", name, err)
	}
	return nil
}

// LogTail returns the last n lines of the server log, or why it could not be read.
func (c *Cluster) LogTail(n int) string {
	b, err := os.ReadFile(c.log())
	if err != nil {
		return err.Error()
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

func (c *Cluster) data() string { return filepath.Join(c.Dir, "data") }
func (c *Cluster) log() string  { return filepath.Join(c.Dir, "log") }

// run runs a Postgres program from c.bin in c.Dir, as c.cred when set.
func (c *Cluster) run(name string, args ...string) error {
	cmd := exec.Command(filepath.Join(c.bin, name), args...)
	cmd.Dir = c.Dir
	// Its own process group: Ctrl-C in a terminal must not stop the server under a program
	// that is still shutting down cleanly; the program stops it with Stop.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Credential: c.cred}
	out, err := cmd.CombinedOutput()
	if err != nil {
		err = fmt.Errorf("%s %s: %w", name, strings.Join(args, " "), err)
		if out = bytes.TrimSpace(out); len(out) > 0 {
			err = fmt.Errorf("%w\n%s", err, out)
		}
	}
	return err
}

// explain adds the usual fix to a permission error when the server runs as user postgres.
func (c *Cluster) explain(err error) error {
	if c.cred != nil && strings.Contains(strings.ToLower(err.Error()), "permission denied") {
		return fmt.Errorf("%w\n(running as root, so the server runs as user postgres, which must reach %s: make every folder above it world-traversable (chmod o+x), or put it under /tmp)", err, c.Dir)
	}
	return err
}

// BinDir finds initdb and pg_ctl: $LTVKEEPER_PG_BIN, Debian's postgresql-15, or $PATH
// (resolving symlinks, so a linked initdb finds its real pg_ctl beside it). The error wraps
// ErrNoPostgres when there are none.
func BinDir() (string, error) {
	if dir := os.Getenv("LTVKEEPER_PG_BIN"); dir != "" {
		if _, err := os.Stat(filepath.Join(dir, "initdb")); err != nil {
			return "", fmt.Errorf("LTVKEEPER_PG_BIN=%s: no initdb there (point it at Postgres's bin directory, or unset it)", dir)
		}
		return dir, nil
	}
	if _, err := os.Stat(filepath.Join(DebianBin, "initdb")); err == nil {
		return DebianBin, nil
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Dir(real), nil
		}
	}
	return "", fmt.Errorf("%w (no initdb in $LTVKEEPER_PG_BIN, %s or $PATH): "+
		"run 'make tools' or scripts/ensure-postgres.sh, install postgresql-15, or set LTVKEEPER_PG_BIN", ErrNoPostgres, DebianBin)
}

// credential says who runs the server: nobody special unless we are root, which Postgres
// refuses, so then the postgres system user.
func credential() (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, fmt.Errorf("running as root, Postgres needs a non-root user to run as: %w (install postgresql-15, which creates user postgres, or run as a normal user)", err)
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

// FreePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func FreePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// PortFree says whether port on 127.0.0.1 can be listened on now.
func PortFree(port int) bool {
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		return false
	}
	l.Close()
	return true
}
