package keeper

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/protocol"
)

// Leases: the keepers sharing a database split a deployment's markets among themselves, each
// market held by exactly one of them at a time.
//
// A lease is a Postgres session advisory lock, held on a connection of the keeper's own. That
// is Postgres's own mutual exclusion, with no clock in it: a lease table with expiry would
// need each keeper to renew in time and to trust its clock against the others', and a keeper
// paused past its expiry would act beside its successor. A session lock ends with the session:
// when a keeper dies its connection closes, Postgres frees its locks at once, and the others
// take its markets at their next tick (LeaseInterval, half a second by default). A keeper cut
// off from the database stops acting on its markets as soon as a tick fails, well before the
// server's TCP keepalives (set on the lease session below) end its session and free them.
//
// Each keeper holds three kinds of lock, each a pair of 32-bit keys (a namespace, an id):
//   - its key's, in the chain's key namespace: one live keeper per key on a chain, so that each
//     key has one transaction manager;
//   - a member lock in the deployment's namespace: the number of such locks is the number of
//     live keepers, which sets each one's fair share, ⌈markets ÷ keepers⌉;
//   - one per market it holds, in the chain's market namespace.
//
// At every tick a keeper over its fair share stops acting on its surplus markets and frees
// each once none of its liquidations there is in flight, and a keeper under its share takes
// free markets. A keeper that joins is thus given markets within a tick or two of the others
// freeing them, and no market ever has two keepers acting on it.
type leases struct {
	conn     *pgx.ConnConfig
	chainID  uint64
	scope    string         // the deployment: its factory, or its Morpho contract without one
	from     common.Address // the keeper's account
	markets  []protocol.MarketID
	names    map[protocol.MarketID]string
	interval time.Duration
	log      *slog.Logger
	metrics  *metrics
	busy     func(market protocol.MarketID) bool // liquidations in flight on market
	noLock   bool                                // a dry run: act on every market, lock nothing

	ready     chan struct{} // closed once the key lock is first taken (at once with noLock)
	taken     chan struct{} // ready after a market is taken
	readyOnce sync.Once

	mu    sync.Mutex
	held  map[protocol.MarketID]bool // markets locked by this keeper; true: acting on it
	takes uint64                     // how many times a market was taken: the alerts in force are read again
}

// errKeyInUse matches the error of a keeper whose key another live keeper holds.
var errKeyInUse = errors.New("key in use by another live keeper")

// lockPair is an advisory lock's two 32-bit keys. Both are kept non-negative, so that they
// read back from pg_locks (as oids) as they were written.
type lockPair struct{ ns, id int32 }

func hash31(parts ...string) int32 {
	h := fnv.New32a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return int32(h.Sum32() & 0x7fffffff)
}

func (l *leases) keyLock() lockPair {
	return lockPair{hash31("ltvkeeper-key", fmt.Sprint(l.chainID)), hash31(l.from.Hex())}
}

func (l *leases) memberLock() lockPair {
	return lockPair{hash31("ltvkeeper-keepers", fmt.Sprint(l.chainID), l.scope), hash31(l.from.Hex())}
}

func (l *leases) marketLock(m protocol.MarketID) lockPair {
	name, _ := m.MarshalText() // an address market's checksummed address, as before ids
	return lockPair{hash31("ltvkeeper-market", fmt.Sprint(l.chainID)), hash31(string(name))}
}

// holds says whether this keeper acts on market.
func (l *leases) holds(market protocol.MarketID) bool {
	if l.noLock {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.held[market]
}

// takenCount is how many times a market was taken: when it grows, another keeper may have
// raised alerts on the new markets, and the alerts in force are read again.
func (l *leases) takenCount() uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.takes
}

// run keeps this keeper's leases until ctx ends. It returns at once with an error wrapping
// errKeyInUse when another live keeper holds the key; other failures (the database away)
// drop every lease and retry.
func (l *leases) run(ctx context.Context) error {
	if l.noLock {
		l.readyOnce.Do(func() { close(l.ready) })
		l.report()
		<-ctx.Done()
		return nil
	}
	for ctx.Err() == nil {
		err := l.session(ctx)
		l.drop()
		if errors.Is(err, errKeyInUse) {
			return err
		}
		if err != nil && ctx.Err() == nil {
			l.log.Warn("keeper lost its market leases; it tries again", "err", err, "retry_in", l.interval)
		}
		select {
		case <-ctx.Done():
		case <-time.After(l.interval):
		}
	}
	return nil
}

// session holds the locks on one connection, ticking until ctx ends or the connection fails.
func (l *leases) session(ctx context.Context) error {
	cfg := l.conn.Copy()
	host, _ := os.Hostname()
	cfg.RuntimeParams["application_name"] = fmt.Sprintf("ltvkeeper keeper %s on %s pid %d", l.from.Hex(), host, os.Getpid())
	// The server ends the session of a keeper it cannot reach within about four seconds.
	cfg.RuntimeParams["tcp_keepalives_idle"] = "2"
	cfg.RuntimeParams["tcp_keepalives_interval"] = "1"
	cfg.RuntimeParams["tcp_keepalives_count"] = "2"
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return fmt.Errorf("connect for the market leases: %w", err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	defer l.drop() // before the connection closes and frees the locks: the metrics never show two holders
	if err := l.takeKey(ctx, conn); err != nil {
		return err
	}
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1, $2)`, l.memberLock().ns, l.memberLock().id); err != nil {
		return fmt.Errorf("join the keepers: %w", err)
	}
	for {
		tickCtx, cancel := context.WithTimeout(ctx, 2*l.interval)
		settling, err := l.tick(tickCtx, conn)
		cancel()
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		// While markets change hands, look ten times as often: a market given up is taken
		// within a few milliseconds, well inside a block.
		wait := l.interval
		if settling {
			wait = max(l.interval/10, 10*time.Millisecond)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}

// takeKey takes the key lock, or says which live keeper holds it.
func (l *leases) takeKey(ctx context.Context, conn *pgx.Conn) error {
	k := l.keyLock()
	var got bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1, $2)`, k.ns, k.id).Scan(&got); err != nil {
		return fmt.Errorf("take the lock of key %s: %w", l.from, err)
	}
	if got {
		l.readyOnce.Do(func() { close(l.ready) })
		return nil
	}
	holder := "unknown session"
	_ = conn.QueryRow(ctx, `
		SELECT format('%s, database session %s from %s', a.application_name, a.pid, coalesce(a.client_addr::text, 'a local socket'))
		FROM pg_locks l JOIN pg_stat_activity a USING (pid)
		WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.classid = $1::int8::oid AND l.objid = $2::int8::oid`,
		k.ns, k.id).Scan(&holder)
	return fmt.Errorf("keeper account %s on chain %d: %w (%s): give each keeper its own key, or stop the other keeper first", l.from, l.chainID, errKeyInUse, holder)
}

// tick frees the markets over this keeper's fair share and takes free ones up to it. It says
// whether markets are still changing hands: this keeper holds fewer than its share, or waits
// to give one up.
func (l *leases) tick(ctx context.Context, conn *pgx.Conn) (settling bool, err error) {
	member := l.memberLock()
	var keepers int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND classid = $1::int8::oid`,
		member.ns).Scan(&keepers); err != nil {
		return false, fmt.Errorf("count the keepers: %w", err)
	}
	fair := (len(l.markets) + max(keepers, 1) - 1) / max(keepers, 1)

	l.mu.Lock()
	if l.held == nil {
		l.held = make(map[protocol.MarketID]bool)
	}
	// Surplus: stop acting on the last markets held (in this keeper's order), then free each
	// once nothing of it is in flight.
	order := l.order()
	acting := 0
	for _, m := range order {
		if l.held[m] {
			acting++
			if acting > fair {
				l.held[m] = false
				l.log.Info("handing a market over to another keeper", "market", l.names[m], "keepers", keepers)
			}
		}
	}
	l.mu.Unlock()
	l.report() // the markets given up show as given up before another keeper can take them
	l.mu.Lock()
	var idle []protocol.MarketID
	for m, act := range l.held {
		if !act {
			idle = append(idle, m)
		}
	}
	l.mu.Unlock()
	// busy is asked without l.mu: the keeper reads holds under its own lock when it starts a
	// liquidation, so a liquidation either started before the market stopped acting (and is
	// seen in flight here) or sees it stopped and does not start.
	for _, m := range idle {
		if l.busy(m) {
			continue
		}
		lk := l.marketLock(m)
		if _, err := conn.Exec(ctx, `SELECT pg_advisory_unlock($1, $2)`, lk.ns, lk.id); err != nil {
			return false, fmt.Errorf("free market %s: %w", l.names[m], err)
		}
		l.mu.Lock()
		delete(l.held, m)
		l.mu.Unlock()
		l.log.Info("market handed over", "market", l.names[m])
	}
	// Take free markets up to the fair share.
	for _, m := range order {
		l.mu.Lock()
		_, locked := l.held[m]
		n := len(l.held)
		l.mu.Unlock()
		if locked || n >= fair {
			continue
		}
		lk := l.marketLock(m)
		var got bool
		if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1, $2)`, lk.ns, lk.id).Scan(&got); err != nil {
			return false, fmt.Errorf("lease market %s: %w", l.names[m], err)
		}
		if got {
			l.mu.Lock()
			l.held[m] = true
			l.takes++
			l.mu.Unlock()
			select {
			case l.taken <- struct{}{}:
			default:
			}
			l.log.Info("keeping a market", "market", l.names[m], "keepers", keepers)
		}
	}
	l.report()
	l.mu.Lock()
	defer l.mu.Unlock()
	settling = len(l.held) < fair
	for _, acting := range l.held {
		settling = settling || !acting
	}
	return settling, nil
}

// drop forgets every market: the session that held them ends.
func (l *leases) drop() {
	l.mu.Lock()
	l.held = nil
	l.mu.Unlock()
	l.report()
}

// order is the markets rotated by this keeper's account, so that keepers starting together
// try different markets first.
func (l *leases) order() []protocol.MarketID {
	if len(l.markets) == 0 {
		return nil
	}
	start := int(hash31(l.from.Hex())) % len(l.markets)
	return slices.Concat(l.markets[start:], l.markets[:start])
}

// report sets the metrics of the markets held.
func (l *leases) report() {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, m := range l.markets {
		v := 0.0
		if l.noLock || l.held[m] {
			v, n = 1, n+1
		}
		l.metrics.held.WithLabelValues(l.names[m]).Set(v)
	}
	if n > 0 {
		l.metrics.leader.Set(1)
	} else {
		l.metrics.leader.Set(0)
	}
}
