// Package migrations holds ltvkeeper's Postgres schema as plain SQL files, embedded in the
// binary and applied by goose under a Postgres advisory lock.
package migrations

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"

	"github.com/jackc/pgx/v5"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/ltvkeeper/ltvkeeper/internal/pgrights"
)

//go:embed *.sql
var files embed.FS

// ErrNewerSchema is returned when the database was migrated by a newer ltvkeeper.
var ErrNewerSchema = errors.New("database schema is newer than this ltvkeeper")

// Up applies every pending migration to the database at url and returns the schema version.
// Concurrent callers (an indexer and a keeper starting together) serialise on an advisory lock.
func Up(ctx context.Context, url string, log *slog.Logger) (int64, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return 0, fmt.Errorf("--db: %w", err)
	}
	defer db.Close()
	// Poll the lock every second for up to five minutes.
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockTimeout(1, 300))
	if err != nil {
		return 0, err
	}
	provider, err := goose.NewProvider(goose.DialectPostgres, db, files, goose.WithSessionLocker(locker))
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
	results, err := provider.Up(ctx)
	if err != nil {
		return current, fmt.Errorf("migrate: %w", explainDenied(ctx, url, err))
	}
	for _, r := range results {
		log.Info("applied migration", "version", r.Source.Version, "file", r.Source.Path, "took", r.Duration)
	}
	return latest, nil
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
