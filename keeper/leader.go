package keeper

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
)

// leadership runs work only while this process holds a Postgres advisory lock, so that two
// keepers on one database never both send. The lock lives on a connection of its own: when
// the leader dies, Postgres releases it and a standby takes over at its next try. The
// connection is configured as the keeper's pool is (indexdb.ConfigurePool's session defaults).
type leadership struct {
	conn     *pgx.ConnConfig
	key      int64
	interval time.Duration // how often a standby tries and a leader checks its connection
	log      *slog.Logger
	onChange func(leader bool)
	noLock   bool // run without the lock (a dry run, which must never keep a real keeper from leading)
}

func lockKey(parts ...string) int64 {
	h := fnv.New64a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return int64(h.Sum64())
}

// run calls work with a context that ends when leadership is lost, for as long as ctx lasts.
func (l *leadership) run(ctx context.Context, work func(context.Context) error) error {
	for ctx.Err() == nil {
		err := l.leadOnce(ctx, work)
		if err != nil && !errors.Is(err, errNotLeader) && ctx.Err() == nil {
			l.log.Warn("keeper stopped; it tries again", "err", err, "retry_in", l.interval)
		}
		select {
		case <-ctx.Done():
		case <-time.After(l.interval):
		}
	}
	return nil
}

var errNotLeader = errors.New("another keeper leads")

func (l *leadership) leadOnce(ctx context.Context, work func(context.Context) error) error {
	if l.noLock {
		return work(ctx)
	}
	conn, err := pgx.ConnectConfig(ctx, l.conn.Copy())
	if err != nil {
		return fmt.Errorf("connect for the leader lock: %w", err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	var got bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, l.key).Scan(&got); err != nil {
		return fmt.Errorf("take the leader lock: %w", err)
	}
	if !got {
		return errNotLeader
	}
	l.log.Info("leading: this keeper sends liquidations")
	l.onChange(true)
	defer l.onChange(false)

	leadCtx, cancel := context.WithCancel(ctx)
	lost := make(chan error, 1)
	monitored := make(chan struct{})
	defer func() {
		cancel()
		<-monitored // the connection closes only once nothing uses it
	}()
	go func() {
		defer close(monitored)
		for {
			select {
			case <-leadCtx.Done():
				return
			case <-time.After(l.interval):
			}
			if err := conn.Ping(leadCtx); err != nil && leadCtx.Err() == nil {
				lost <- err
				cancel()
				return
			}
		}
	}()
	err = work(leadCtx)
	select {
	case lostErr := <-lost:
		return fmt.Errorf("leader lock connection: %w", lostErr)
	default:
	}
	return err
}
