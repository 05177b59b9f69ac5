package bench

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/devnet"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/pgcluster"
	"github.com/ltvkeeper/ltvkeeper/keeper"
	"github.com/ltvkeeper/ltvkeeper/node"
)

// liveNet is a throwaway devnet mining a block every second, with a node (indexer, keeper,
// /metrics) running on it. The indexer and the keeper are woken by a newHeads subscription
// on Anvil's WebSocket endpoint, which also records when each header arrived.
type liveNet struct {
	*devnet.Devnet
	client  *ethclient.Client // over HTTP
	pool    *pgxpool.Pool
	heads   *headLog
	metrics string // URL of the node's /metrics

	dir      string
	cancel   context.CancelFunc
	nodeDone chan error
	headDone chan error
}

// liveOptions are what a section changes of the devnet and its keeper.
type liveOptions struct {
	keeperUSDC *big.Int      // minted to the keeper: nil is the devnet's default
	keeper     keeper.Config // NewHeads is set here
}

// startLiveNet starts the devnet (no demo borrowers, a private Postgres) and the node, and
// returns once the subscription is up. Close stops and removes everything.
func startLiveNet(ctx context.Context, log *slog.Logger, opts liveOptions) (_ *liveNet, err error) {
	dir, err := os.MkdirTemp("", "ltvkeeper-bench-")
	if err != nil {
		return nil, err
	}
	n := &liveNet{dir: dir, heads: newHeadLog()}
	defer func() {
		if err != nil {
			n.Close()
		}
	}()
	if err := os.Chmod(dir, 0o755); err != nil { // a server run as another user must reach it
		return nil, err
	}
	port, err := pgcluster.FreePort()
	if err != nil {
		return nil, err
	}
	apiPort, err := pgcluster.FreePort()
	if err != nil {
		return nil, err
	}
	quiet := slog.New(minLevel{log.Handler(), slog.LevelWarn})
	// The keeper's alerts are warnings, one per position: the node logs only its errors.
	nodeLog := slog.New(minLevel{log.Handler(), slog.LevelError}).With("part", "node")
	apiAddr := fmt.Sprintf("127.0.0.1:%d", apiPort)
	n.Devnet, err = devnet.Start(ctx, devnet.Config{Dir: dir, Port: port, BlockTime: time.Second, Borrowers: -1,
		PrivateDB: true, Ephemeral: true, APIAddr: apiAddr, Log: quiet, KeeperUSDC: opts.keeperUSDC})
	if err != nil {
		return nil, err
	}
	n.metrics = "http://" + apiAddr + "/metrics"
	if n.client, err = ethclient.DialContext(ctx, n.RPCURL); err != nil {
		return nil, err
	}
	if n.pool, err = pgxpool.New(ctx, n.DB()); err != nil {
		return nil, fmt.Errorf("devnet database: %w", err)
	}

	ws, err := ethclient.DialContext(ctx, strings.Replace(n.RPCURL, "http://", "ws://", 1))
	if err != nil {
		return nil, fmt.Errorf("anvil's WebSocket endpoint: %w", err)
	}
	headers := make(chan *types.Header, 64)
	sub, err := ws.SubscribeNewHead(ctx, headers)
	if err != nil {
		ws.Close()
		return nil, fmt.Errorf("subscribe to new heads: %w", err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	ixHeads, keeperHeads := make(chan uint64, 1), make(chan uint64, 1)
	n.headDone, n.nodeDone = make(chan error, 1), make(chan error, 1)
	go func() {
		defer ws.Close()
		defer sub.Unsubscribe()
		for {
			select {
			case <-runCtx.Done():
				n.headDone <- nil
				return
			case err := <-sub.Err():
				n.headDone <- fmt.Errorf("new-heads subscription: %w", err)
				return
			case h := <-headers:
				n.heads.add(h, time.Now())
				for _, c := range []chan uint64{ixHeads, keeperHeads} {
					select {
					case c <- h.Number.Uint64():
					default: // a wake-up is already due; it reads the head anyway
					}
				}
			}
		}
	}()
	kcfg := opts.keeper
	kcfg.NewHeads = keeperHeads
	go func() {
		n.nodeDone <- node.Run(runCtx, node.Config{
			RPC: n.RPCURL, DB: n.DB(), Deployment: n.Deployment, Key: devnet.KeeperKey(), HTTPAddr: apiAddr,
			Indexer: indexer.Config{NewHeads: ixHeads}, Keeper: kcfg,
		}, nodeLog)
	}()
	n.cancel = cancel
	return n, nil
}

// Close stops the node, the subscription and the devnet and removes its folder.
func (n *liveNet) Close() error {
	var errs []error
	if n.cancel != nil {
		n.cancel()
		errs = append(errs, <-n.nodeDone, <-n.headDone)
	}
	if n.pool != nil {
		n.pool.Close()
	}
	if n.client != nil {
		n.client.Close()
	}
	if n.Devnet != nil {
		errs = append(errs, n.Stop())
	}
	errs = append(errs, os.RemoveAll(n.dir))
	return errors.Join(errs...)
}

// failed returns the node's or the subscription's error once either has stopped, else nil.
func (n *liveNet) failed() error {
	for _, c := range []chan error{n.nodeDone, n.headDone} {
		select {
		case err := <-c:
			c <- err // Close reads it again
			if err == nil {
				err = errors.New("stopped")
			}
			return fmt.Errorf("the node or its new-heads subscription ended early: %w", err)
		default:
		}
	}
	return nil
}

// waitFor polls cond every 100 ms until it holds, it fails, the node fails, or timeout passes.
func (n *liveNet) waitFor(ctx context.Context, what string, timeout time.Duration, cond func() (bool, error)) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		ok, err := cond()
		if err != nil {
			return fmt.Errorf("wait for %s: %w", what, err)
		}
		if ok {
			return nil
		}
		if err := n.failed(); err != nil {
			return fmt.Errorf("wait for %s: %w", what, err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for %s: not within %s: %w", what, timeout, ctx.Err())
		case <-time.After(100 * time.Millisecond): // polling a condition; the deadline ends it
		}
	}
}

// indexed is the indexer's checkpoint: the last block whose rows are committed (-1 before
// the first commit, or before the node has created the tables).
func (n *liveNet) indexed(ctx context.Context) (int64, error) {
	cp, ok, err := indexdb.CheckpointOf(ctx, n.pool, n.Deployment.ChainID, n.Deployment.Factory)
	if pgErr := (*pgconn.PgError)(nil); errors.As(err, &pgErr) && pgErr.Code == "42P01" { // undefined_table
		return -1, nil
	}
	if err != nil || !ok {
		return -1, err
	}
	return int64(cp.Block), nil
}

// waitIndexed waits until the index has caught up with the chain's head as it is now.
func (n *liveNet) waitIndexed(ctx context.Context, timeout time.Duration) error {
	head, err := n.client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read the head: %w", err)
	}
	return n.waitFor(ctx, fmt.Sprintf("the index to reach block %d", head), timeout, func() (bool, error) {
		b, err := n.indexed(ctx)
		return b >= int64(head), err
	})
}

// watched is the sum of the keeper's ltvkeeper_keeper_positions_watched gauge (0 before the
// keeper has loaded its books).
func (n *liveNet) watched(ctx context.Context) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, n.metrics, nil)
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil // the node is not serving yet
	}
	defer resp.Body.Close()
	total := 0.0
	s := bufio.NewScanner(resp.Body)
	for s.Scan() {
		line := s.Text()
		if !strings.HasPrefix(line, "ltvkeeper_keeper_positions_watched{") {
			continue
		}
		v, err := strconv.ParseFloat(line[strings.LastIndexByte(line, ' ')+1:], 64)
		if err != nil {
			return 0, fmt.Errorf("metrics line %q: %w", line, err)
		}
		total += v
	}
	return int(total), s.Err()
}

// headLog records when each header arrived on the subscription.
type headLog struct {
	mu      sync.Mutex
	arrived map[uint64]arrival
}

type arrival struct {
	at        time.Time
	timestamp uint64 // the block's own timestamp, seconds
}

func newHeadLog() *headLog { return &headLog{arrived: make(map[uint64]arrival)} }

func (l *headLog) add(h *types.Header, at time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.arrived[h.Number.Uint64()]; !ok { // the first arrival counts
		l.arrived[h.Number.Uint64()] = arrival{at: at, timestamp: h.Time}
	}
}

func (l *headLog) get(block uint64) (arrival, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	a, ok := l.arrived[block]
	return a, ok
}

// minLevel passes only records at or above min to the handler.
type minLevel struct {
	slog.Handler
	min slog.Level
}

func (h minLevel) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= h.min && h.Handler.Enabled(ctx, l)
}

func (h minLevel) WithAttrs(a []slog.Attr) slog.Handler {
	return minLevel{h.Handler.WithAttrs(a), h.min}
}
func (h minLevel) WithGroup(g string) slog.Handler { return minLevel{h.Handler.WithGroup(g), h.min} }
