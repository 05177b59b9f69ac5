// Package migrations holds ltvkeeper's Postgres schema as plain SQL files, embedded in the
// binary and applied by goose under a Postgres advisory lock.
//
// The views are not migrations: each is defined once, in views/, and Up creates them after the
// migrations, in the order of their file names, when a migration has run or a definition has
// changed (its checksum in view_definitions). A change to a view is an edit of its file.
package migrations

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/ltvkeeper/ltvkeeper/internal/pgrights"
)

//go:embed *.sql
var files embed.FS

//go:embed views/*.sql
var viewFiles embed.FS

// ErrNewerSchema is returned when the database was migrated by a newer ltvkeeper.
var ErrNewerSchema = errors.New("database schema is newer than this ltvkeeper")

// Up applies every pending migration to the database at url, creates the views where they are
// missing or out of date, and returns the schema version. Concurrent callers (an indexer and a
// keeper starting together) serialise on goose's advisory lock, held over both steps.
func Up(ctx context.Context, url string, log *slog.Logger) (int64, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return 0, fmt.Errorf("--db: %w", err)
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return 0, fmt.Errorf("connect: %w", err)
	}
	defer conn.Close()
	// Poll the lock every second for up to five minutes.
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockTimeout(1, 300))
	if err != nil {
		return 0, err
	}
	if err := locker.SessionLock(ctx, conn); err != nil {
		return 0, fmt.Errorf("lock the schema: %w", err)
	}
	defer locker.SessionUnlock(context.WithoutCancel(ctx), conn)
	provider, err := goose.NewProvider(goose.DialectPostgres, db, files)
	if err != nil {
		return 0, err
	}
	current, err := provider.GetDBVersion(ctx)
	if err != nil {
		return 0, fmt.Errorf("read schema version: %w", explainDenied(ctx, url, err))
	}
	sources := provider.ListSources()
	latest := sources[len(sources)-1].Version
	if err := newerSchema(current, latest); err != nil {
		return current, err
	}
	views, err := readViews()
	if err != nil {
		return current, err
	}
	if current < latest {
		// A migration may change what a view reads; the views are made again after them.
		if err := views.drop(ctx, db); err != nil {
			return current, fmt.Errorf("migrate: %w", explainDenied(ctx, url, err))
		}
	}
	results, err := provider.Up(ctx)
	if err != nil {
		return current, fmt.Errorf("migrate: %w", explainDenied(ctx, url, err))
	}
	for _, r := range results {
		log.Info("applied migration", "version", r.Source.Version, "file", r.Source.Path, "took", r.Duration)
	}
	if err := views.sync(ctx, db, log); err != nil {
		return latest, fmt.Errorf("create views: %w", explainDenied(ctx, url, err))
	}
	return latest, nil
}

// views are the definitions of views/: a view's name is its file's without the order prefix
// (3_market_live.sql defines market_live), and a view may read those before it.
type views struct {
	names    []string
	sql      []string
	checksum []byte
}

func readViews() (views, error) {
	paths, err := fs.Glob(viewFiles, "views/*.sql")
	if err != nil {
		return views{}, err
	}
	slices.Sort(paths)
	var v views
	sum := sha256.New()
	for _, p := range paths {
		body, err := viewFiles.ReadFile(p)
		if err != nil {
			return views{}, err
		}
		order, name, ok := strings.Cut(strings.TrimSuffix(path.Base(p), ".sql"), "_")
		if !ok || order == "" || name == "" {
			return views{}, fmt.Errorf("view file %s: name it ORDER_VIEW.sql, such as 3_market_live.sql", p)
		}
		v.names = append(v.names, name)
		v.sql = append(v.sql, string(body))
		fmt.Fprintf(sum, "%s\n%d\n%s", name, len(body), body)
	}
	v.checksum = sum.Sum(nil)
	return v, nil
}

// drop drops the views, each before those it reads.
func (v views) drop(ctx context.Context, db interface {
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}) error {
	for _, name := range slices.Backward(v.names) {
		_, err := db.ExecContext(ctx, "DROP VIEW IF EXISTS "+name)
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "2BP01" { // dependent_objects_still_exist
			return fmt.Errorf("view %s must be created again, but objects of your own read it (%s): drop them, migrate, then create them again", name, pgErr.Detail)
		}
		if err != nil {
			return fmt.Errorf("drop view %s: %w", name, err)
		}
	}
	return nil
}

// sync creates the views again, in one transaction, unless every one exists and they were last
// created from these definitions.
func (v views) sync(ctx context.Context, db *sql.DB, log *slog.Logger) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var stored []byte
	if err := tx.QueryRowContext(ctx, `SELECT checksum FROM view_definitions`).Scan(&stored); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	var missing int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM unnest($1::text[]) name WHERE to_regclass(name) IS NULL`, v.names).Scan(&missing); err != nil {
		return err
	}
	if missing == 0 && bytes.Equal(stored, v.checksum) {
		return nil
	}
	if err := v.drop(ctx, tx); err != nil {
		return err
	}
	for i, body := range v.sql {
		if _, err := tx.ExecContext(ctx, body); err != nil {
			return fmt.Errorf("view %s: %w", v.names[i], err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM view_definitions`); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO view_definitions (checksum) VALUES ($1)`, v.checksum); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	log.Info("created views", "views", v.names)
	return nil
}

// explainDenied turns a permission error into one that names the missing right and its GRANT:
// migrating creates tables in the current schema (CREATE on it) and records each version in
// goose's table. Any other error is returned as it is.
func explainDenied(ctx context.Context, url string, err error) error {
	if !pgrights.Denied(err) {
		return err
	}
	conn, cerr := pgx.Connect(ctx, url)
	if cerr != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if explained := pgrights.Schema(ctx, conn, err, "CREATE"); explained != nil {
		return explained
	}
	if explained := pgrights.Tables(ctx, conn, err, []string{"SELECT", "INSERT", "UPDATE", "DELETE"}, goose.DefaultTablename); explained != nil {
		return explained
	}
	return pgrights.Unexplained(ctx, conn, err)
}

// DB is what Check reads with: a pgx pool, connection or transaction.
type DB interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// Check returns ErrNewerSchema, with the message Up gives, when the database was migrated by a
// newer ltvkeeper than this one: its tables may mean something this binary does not know.
// Commands that read the index call it before reading. A database without the schema passes
// (it has nothing to misread; the commands say to migrate it). Check only reads.
func Check(ctx context.Context, db DB) error {
	var exists bool
	if err := db.QueryRow(ctx, `SELECT to_regclass('goose_db_version') IS NOT NULL`).Scan(&exists); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if !exists {
		return nil
	}
	var current *int64
	if err := db.QueryRow(ctx, `SELECT max(version_id) FROM goose_db_version`).Scan(&current); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if current == nil {
		return nil
	}
	latest, err := Latest()
	if err != nil {
		return err
	}
	return newerSchema(*current, latest)
}

// Latest is the newest schema version this binary knows: that of its last migration file.
func Latest() (int64, error) {
	names, err := fs.Glob(files, "*.sql")
	if err != nil {
		return 0, err
	}
	var latest int64
	for _, name := range names {
		v, err := goose.NumericComponent(name)
		if err != nil {
			return 0, fmt.Errorf("migration %s: %w", name, err)
		}
		latest = max(latest, v)
	}
	return latest, nil
}

// newerSchema is the one refusal of a database at version current by a binary that knows up
// to latest: nil unless current is newer.
func newerSchema(current, latest int64) error {
	if current <= latest {
		return nil
	}
	return fmt.Errorf("%w: the database is at version %d, this binary knows up to %d: upgrade ltvkeeper, or point --db at another database", ErrNewerSchema, current, latest)
}
