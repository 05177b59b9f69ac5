package main

import (
	"fmt"
	"log/slog"

	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/migrations"
)

var migrateCommand = &cli.Command{
	Name:   "migrate",
	Usage:  "create or upgrade the index database schema",
	Flags:  []cli.Flag{dbFlag},
	Action: runMigrate,
}

func runMigrate(c *cli.Context) error {
	version, err := migrate(c)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "database schema at version %d\n", version)
	return nil
}

// migrate checks that --db is reachable, then applies pending migrations.
func migrate(c *cli.Context) (int64, error) {
	url, ref := c.String(dbFlag.Name), flagRef(c, dbFlag.Name)
	pool, err := connectDB(c.Context, ref, url)
	if err != nil {
		return 0, err
	}
	pool.Close()
	version, err := migrations.Up(c.Context, url, slog.Default())
	if err != nil {
		return 0, fmt.Errorf("%s %s: %w", ref, redactDB(url), err)
	}
	return version, nil
}
