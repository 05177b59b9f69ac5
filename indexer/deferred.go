package indexer

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"golang.org/x/sync/errgroup"
)

// A large backfill writes its rows without the secondary indexes of events and positions and
// builds them once at its end, as PostgreSQL advises for bulk loads and as Ponder does for
// its historical sync: building an index over rows is quicker than updating it row by row.
// The primary keys, on which the writes and the exactly-once guarantee rest, stay. The dropped
// indexes' definitions are kept in deferred_indexes in the transaction that drops them, so a
// run killed before the end builds them when it next runs. Queries stay correct meanwhile,
// only slower.

// DefaultDeferIndexes is the Config.DeferIndexes a zero Config gets: a backfill expected to
// bring at least this many events defers the indexes.
const DefaultDeferIndexes = 50_000

// deferral decides, range by range, whether a backfill defers the indexes: when the events it
// is expected to bring (at the rate of those it brought so far) are at least the threshold
// and more than the rows the index held at its start, whose indexes would be rebuilt too.
type deferral struct {
	from, to uint64 // the backfill
	held     int64  // events the index held at its start
	events   int64  // events of the ranges built so far
	tried    bool   // the backfill has decided: it defers the indexes or keeps them
}

// worthIt reports whether the backfill, having built through block at, is worth deferring
// the indexes for.
func (d *deferral) worthIt(at uint64, threshold int64) bool {
	if threshold <= 0 || at >= d.to {
		return false
	}
	expected := d.events * int64(d.to-d.from+1) / int64(at-d.from+1)
	return expected >= threshold && expected > d.held
}

// heldEvents is about how many events the index holds: the planner's estimate, or a count
// where the table was never analysed.
func (s *store) heldEvents(ctx context.Context) (int64, error) {
	var n int64
	err := s.db.QueryRow(ctx, `SELECT CASE WHEN reltuples >= 0 THEN reltuples::bigint ELSE (SELECT count(*) FROM events) END
		FROM pg_class WHERE oid = 'events'::regclass`).Scan(&n)
	return n, err
}

// hasDeferredIndexes reports whether a backfill left indexes to build.
func (s *store) hasDeferredIndexes(ctx context.Context) (bool, error) {
	var ok bool
	err := s.db.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM deferred_indexes)`).Scan(&ok)
	return ok, err
}

// deferIndexes drops the secondary indexes of events and positions, keeping their
// definitions, in one transaction; it returns their names.
func (s *store) deferIndexes(ctx context.Context) ([]string, error) {
	tx, err := s.db.Begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	// Dropping an index waits for the table's readers: a reader that holds it long makes the
	// backfill keep its indexes rather than wait.
	if _, err := tx.Exec(ctx, `SET LOCAL lock_timeout = '2s'`); err != nil {
		return nil, err
	}
	// A partial index of events, whose rows are written once, costs its few matching rows to
	// keep up but a scan of the whole table to build: it stays. Positions are rewritten range
	// after range, and their partial indexes hold most of them.
	rows, err := tx.Query(ctx, `SELECT i.indexrelid::regclass::text, i.indrelid::regclass::text, pg_get_indexdef(i.indexrelid)
		FROM pg_index i WHERE i.indrelid IN ('events'::regclass, 'positions'::regclass) AND NOT i.indisunique
		AND (i.indpred IS NULL OR i.indrelid = 'positions'::regclass) ORDER BY 1`)
	if err != nil {
		return nil, err
	}
	var names, tables, defs []string
	for rows.Next() {
		var name, table, def string
		if err := rows.Scan(&name, &table, &def); err != nil {
			return nil, err
		}
		names, tables, defs = append(names, name), append(tables, table), append(defs, def)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i, name := range names {
		if _, err := tx.Exec(ctx, `INSERT INTO deferred_indexes (name, table_name, definition) VALUES ($1, $2, $3)`,
			name, tables[i], defs[i]); err != nil {
			return nil, err
		}
		if _, err := tx.Exec(ctx, `DROP INDEX `+name); err != nil {
			return nil, err
		}
	}
	return names, tx.Commit(ctx)
}

// indexBuilders is how many deferred indexes are built at a time, each by one backend with no
// parallel workers: the sort of one index splits poorly over workers, while two indexes built
// side by side keep two cores busy.
const indexBuilders = 2

// buildDeferredIndexes builds the indexes a backfill deferred, indexBuilders at a time, each in
// a transaction that also forgets it, logging each as it is built. Another indexer sharing the
// database waits for the index it would build and then finds it built. The likely longest
// builds go first (the larger table's, then the wider index's), so that no builder is left
// with a long one at the end while the other has nothing to do.
func (s *store) buildDeferredIndexes(ctx context.Context, log func(msg string, args ...any)) error {
	rows, err := s.db.Query(ctx, `SELECT name FROM deferred_indexes
		ORDER BY pg_relation_size(to_regclass(table_name)) DESC NULLS LAST, length(definition) DESC, name`)
	if err != nil {
		return err
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return err
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(indexBuilders)
	for _, name := range names {
		g.Go(func() error { return s.buildDeferredIndex(gctx, name, log) })
	}
	return g.Wait()
}

// buildDeferredIndex builds the deferred index name and forgets it, in one transaction; it
// does nothing when another indexer built it first.
func (s *store) buildDeferredIndex(ctx context.Context, name string, log func(msg string, args ...any)) error {
	tx, err := s.db.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	// The build sorts the rows: memory for the sort keeps it in memory on a large table.
	if _, err := tx.Exec(ctx, `SET LOCAL maintenance_work_mem = '256MB'; SET LOCAL max_parallel_maintenance_workers = 0`); err != nil {
		return err
	}
	var def string
	err = tx.QueryRow(ctx, `SELECT definition FROM deferred_indexes WHERE name = $1 FOR UPDATE`, name).Scan(&def)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	began := time.Now()
	if _, err := tx.Exec(ctx, def); err != nil {
		return fmt.Errorf("build index %s: %w", name, err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM deferred_indexes WHERE name = $1`, name); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return err
	}
	log("built an index deferred during the backfill", "index", name, "seconds", time.Since(began).Seconds())
	return nil
}

// deferIndexes defers the indexes for the backfill d. The backfill goes on with them when it
// cannot (the database user does not own the tables, or a reader holds them): the indexes
// only make it slower.
func (ix *Indexer) deferIndexes(ctx context.Context, d *deferral) error {
	names, err := ix.store.deferIndexes(ctx)
	var pgErr *pgconn.PgError
	switch {
	case errors.As(err, &pgErr):
		ix.log.Warn("keeping the indexes through the backfill: they could not be dropped", "err", err)
		ix.cfg.DeferIndexes = -1
		return nil
	case err != nil:
		return fmt.Errorf("defer indexes: %w", err)
	case len(names) == 0:
		return nil // another indexer on the database deferred them: it builds them
	}
	ix.deferred = true
	ix.log.Info("deferring indexes to the end of the backfill", "indexes", names, "backfill_blocks", d.to-d.from+1)
	return nil
}

// buildDeferredIndexes builds the indexes deferred by a backfill, when there are any.
func (ix *Indexer) buildDeferredIndexes(ctx context.Context) error {
	if !ix.deferred {
		return nil
	}
	err := ix.store.buildDeferredIndexes(ctx, ix.log.Info)
	var pgErr *pgconn.PgError
	switch {
	case errors.As(err, &pgErr) && pgErr.Code == "42501": // insufficient_privilege
		ix.log.Warn("leaving the indexes another indexer deferred to it: this database user does not own the tables", "err", err)
	case err != nil:
		return fmt.Errorf("build the indexes deferred during the backfill: %w", err)
	}
	ix.deferred = false
	return nil
}
