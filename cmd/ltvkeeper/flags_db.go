package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/migrations"
)

// connectDBFlag is connectDB on the database --db names.
func connectDBFlag(c *cli.Context) (*pgxpool.Pool, error) {
	return connectDB(c.Context, flagRef(c, dbFlag.Name), c.String(dbFlag.Name))
}

// connectDB opens a pool on the database at dbURL and pings it, so that a wrong --db fails
// here with one clear error that names it as ref (the flag or the environment variable it
// came from), and refuses a database migrated by a newer ltvkeeper with the
// message 'ltvkeeper migrate' gives (migrations.Check). Its sessions get indexdb.ConfigurePool's
// timeouts unless the URL sets them itself. Each configure function then adjusts the pool's
// configuration.
func connectDB(ctx context.Context, ref, dbURL string, configure ...func(*pgxpool.Config)) (*pgxpool.Pool, error) {
	shown := redactDB(dbURL)
	cfg, err := pgxpool.ParseConfig(dbURL)
	if err != nil {
		return nil, fmt.Errorf("%s %s: not a Postgres URL (want postgres://USER@HOST:5432/DATABASE)", ref, shown)
	}
	indexdb.ConfigurePool(cfg)
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = 5 * time.Second
	}
	for _, f := range configure {
		f(cfg)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", ref, shown, err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, dbError(ref, shown, cfg.ConnConfig.Database, err)
	}
	if err := migrations.Check(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("%s %s: %w", ref, shown, err)
	}
	return pool, nil
}

// dbError explains a failed connection to the database at shown (a redacted URL) that ref
// named.
func dbError(ref, shown, database string, err error) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch pgErr.Code {
		case "3D000": // invalid_catalog_name
			return fmt.Errorf("%s %s: database %q does not exist (create it with 'createdb %s', then run 'ltvkeeper migrate')", ref, shown, database, database)
		case "28000", "28P01": // invalid_authorization_specification, invalid_password
			return fmt.Errorf("%s %s: %s (check the user and password in --db or LTVKEEPER_DB)", ref, shown, pgErr.Message)
		}
	}
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("%s %s: %w", ref, shown, err)
	}
	return fmt.Errorf("%s %s: cannot connect: %w (is Postgres running there? start it, or point --db or LTVKEEPER_DB at your database)", ref, shown, err)
}

// redactDB is dbURL without its password, fit to print.
func redactDB(dbURL string) string { return indexdb.Redact(dbURL) }
