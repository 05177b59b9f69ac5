// Package indexdb owns the index database: how a pool to it is configured, the typed reads of
// its tables (markets with their parameters, positions, checkpoints, remembered blocks,
// liquidations, alerts, price rounds), the keeper's writes (its alerts and liquidation
// profits) and the notice the indexer sends after each commit. The indexer's write path keeps
// its own SQL beside its batches; every other package reads and writes the database through
// here.
package indexdb

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Querier is what a pool, a connection and a transaction have in common.
type Querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// ErrNotIndexed matches (with errors.Is) a read of something the index does not hold yet.
var ErrNotIndexed = errors.New("not in the index")

// DefaultMaxConns is a pool's size unless the URL sets pool_max_conns: room for the API's
// requests in flight (each holds one connection for its read-only transaction) beside the
// indexer and the keeper. pgx's own default, four connections on a small machine, queues
// the API's requests behind each other.
const DefaultMaxConns = 24

// ConfigurePool sets what every ltvkeeper database session gets unless the URL sets it
// itself: statements time out after a minute, a transaction left idle is ended after a
// minute, and the sessions carry the application name; and the pool holds up to
// DefaultMaxConns connections. A session opened on its own (the keeper's leader lock)
// copies the pool's ConnConfig and so gets the same.
func ConfigurePool(cfg *pgxpool.Config) {
	if !strings.Contains(cfg.ConnString(), "pool_max_conns") {
		cfg.MaxConns = DefaultMaxConns
	}
	params := cfg.ConnConfig.RuntimeParams
	for k, v := range map[string]string{
		"statement_timeout":                   "60000",
		"idle_in_transaction_session_timeout": "60000",
		"application_name":                    "ltvkeeper",
	} {
		if _, ok := params[k]; !ok {
			params[k] = v
		}
	}
}

// HealthPool opens a pool of two connections with pool's configuration, for the API's
// health check: it never waits for a connection behind slow requests. The caller closes it.
func HealthPool(ctx context.Context, pool *pgxpool.Pool) (*pgxpool.Pool, error) {
	cfg := pool.Config()
	cfg.MaxConns, cfg.MinConns = 2, 0
	return pgxpool.NewWithConfig(ctx, cfg)
}

// Channel is the Postgres channel the indexer NOTIFYs after each commit and rollback.
const Channel = "ltvkeeper_indexed"

// Notice is what the indexer says on Channel: the index of factory on chain ChainID now ends
// at Block (lower than before after a rollback).
type Notice struct {
	ChainID uint64         `json:"chainId"`
	Factory common.Address `json:"factory"`
	Block   uint64         `json:"block"`
	Hash    common.Hash    `json:"hash"`
}

// Payload is the notice as NOTIFY carries it.
func (n Notice) Payload() string {
	raw, _ := json.Marshal(n)
	return string(raw)
}

// ParseNotice reads a notice from a NOTIFY payload.
func ParseNotice(payload string) (Notice, error) {
	var n Notice
	if err := json.Unmarshal([]byte(payload), &n); err != nil {
		return n, fmt.Errorf("notice %q: %w", payload, err)
	}
	return n, nil
}

// Checkpoint is the last block whose events are all in the index, for one factory.
type Checkpoint struct {
	Block     uint64
	Hash      common.Hash
	Timestamp uint64
}

// HasSchema says whether the database holds ltvkeeper's schema: its views, which migrating
// creates last.
func HasSchema(ctx context.Context, q Querier) (bool, error) {
	var ok bool
	err := q.QueryRow(ctx, `SELECT to_regclass('positions_live') IS NOT NULL`).Scan(&ok)
	return ok, err
}

// CheckpointOf returns factory's checkpoint on chainID; ok is false before its first commit.
func CheckpointOf(ctx context.Context, q Querier, chainID uint64, factory common.Address) (cp Checkpoint, ok bool, err error) {
	var hash []byte
	err = q.QueryRow(ctx, `SELECT block_number, block_hash, block_timestamp FROM checkpoints WHERE chain_id = $1 AND factory = $2`,
		int64(chainID), factory.Bytes()).Scan(&cp.Block, &hash, &cp.Timestamp)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return cp, false, nil
	case err != nil:
		return cp, false, fmt.Errorf("read the checkpoint of factory %s: %w", factory, err)
	}
	cp.Hash = common.BytesToHash(hash)
	return cp, true, nil
}

// IndexedHead is the highest checkpoint on chainID (0 for every chain); ok is false when
// nothing is indexed yet.
func IndexedHead(ctx context.Context, q Querier, chainID uint64) (block uint64, ok bool, err error) {
	var b *int64
	err = q.QueryRow(ctx, `SELECT max(block_number) FROM checkpoints WHERE $1::bigint = 0 OR chain_id = $1::bigint`,
		int64(chainID)).Scan(&b)
	if err != nil || b == nil {
		return 0, false, err
	}
	return uint64(*b), true, nil
}

// IndexedThrough is the lowest checkpoint on chainID of the indexers of roots (the factories,
// or Morpho, whose indexers write the index): the block the index holds everything of roots
// up to. missing names the first root without a checkpoint yet (block is then 0).
func IndexedThrough(ctx context.Context, q Querier, chainID uint64, roots []common.Address) (block uint64, missing *common.Address, err error) {
	raw := make([][]byte, len(roots))
	for i, r := range roots {
		raw[i] = r.Bytes()
	}
	rows, err := q.Query(ctx, `SELECT c.block_number FROM unnest($2::bytea[]) WITH ORDINALITY AS r(root, n)
		LEFT JOIN checkpoints c ON c.chain_id = $1 AND c.factory = r.root ORDER BY r.n`, int64(chainID), raw)
	if err != nil {
		return 0, nil, fmt.Errorf("read the checkpoints: %w", err)
	}
	blocks, err := pgx.CollectRows(rows, pgx.RowTo[*int64])
	if err != nil {
		return 0, nil, fmt.Errorf("read the checkpoints: %w", err)
	}
	for i, b := range blocks {
		if b == nil {
			return 0, &roots[i], nil
		}
		if i == 0 || uint64(*b) < block {
			block = uint64(*b)
		}
	}
	return block, nil, nil
}

// BlockHash is the hash factory's indexer remembers for block number; ok is false when the
// block is outside its reorg window.
func BlockHash(ctx context.Context, q Querier, chainID uint64, factory common.Address, number uint64) (h common.Hash, ok bool, err error) {
	var hash []byte
	err = q.QueryRow(ctx, `SELECT hash FROM blocks WHERE chain_id = $1 AND factory = $2 AND number = $3`,
		int64(chainID), factory.Bytes(), int64(number)).Scan(&hash)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return h, false, nil
	case err != nil:
		return h, false, fmt.Errorf("read indexed block %d: %w", number, err)
	}
	return common.BytesToHash(hash), true, nil
}

// Replay is where a hot standby's replay stands: InRecovery is false on a primary (then the
// rest is zero). Lag is how far the replayed state trails what the standby has received from
// the primary, as the age of the last replayed transaction; 0 once it has replayed all it
// received.
type Replay struct {
	InRecovery bool
	Paused     bool
	Lag        time.Duration
}

// ReplayOf reads q's server's replay state. It reads only functions every role may call.
func ReplayOf(ctx context.Context, q Querier) (Replay, error) {
	var r Replay
	var lagMs int64
	// A standby that has replayed nothing since it started counts its lag from its start.
	err := q.QueryRow(ctx, `SELECT pg_is_in_recovery(),
		pg_is_in_recovery() AND pg_is_wal_replay_paused(),
		CASE WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() IS NULL
		          OR pg_last_wal_receive_lsn() <= pg_last_wal_replay_lsn() THEN 0
		     ELSE greatest(0, (extract(epoch FROM clock_timestamp() -
		          coalesce(pg_last_xact_replay_timestamp(), pg_postmaster_start_time())) * 1000))::bigint
		END`).Scan(&r.InRecovery, &r.Paused, &lagMs)
	if err != nil {
		return r, fmt.Errorf("read the replay state: %w", err)
	}
	r.Lag = time.Duration(lagMs) * time.Millisecond
	return r, nil
}
