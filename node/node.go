// Package node runs the indexer, the keeper, the HTTP API and the metrics endpoint in one
// process with one lifecycle: they share one database pool and one RPC client, start in
// order, and stop together when the context ends (a range being written commits or rolls
// back; transactions in flight are picked up again on restart).
package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"golang.org/x/sync/errgroup"

	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/keeper"
	"github.com/ltvkeeper/ltvkeeper/migrations"
)

// Config is one node's configuration.
type Config struct {
	RPC string // JSON-RPC URL
	WS  string // WebSocket URL whose new heads wake the indexer and the keeper at once ("": they poll)
	DB  string // Postgres URL
	// Pool, when set, is the database pool to use (its owner closes it); nil opens one on DB
	// with the same statement and idle-in-transaction timeouts as indexdb.ConfigurePool sets.
	Pool       *pgxpool.Pool
	Deployment *deploy.Deployment
	Key        *ecdsa.PrivateKey // the keeper's key; unused with NoKeeper
	NoKeeper   bool              // a read-only node: index and serve, never send
	APIAddr    string            // serve the HTTP API here ("" for none)
	// APIRequestTimeout is the longest a request may take; the server's write timeout is
	// derived from it. 0 is DefaultAPIRequestTimeout.
	APIRequestTimeout time.Duration
	Indexer           indexer.Config // chain, factory and start block are taken from Deployment
	Keeper            keeper.Config  // Deployment is set from Deployment
	// API builds the HTTP API handler; nil serves only /metrics on APIAddr.
	API func(db *pgxpool.Pool, head func(context.Context) (uint64, error), reg *prometheus.Registry) http.Handler
	// Ready, when set, is called with the API's address once everything has started.
	Ready func(apiAddr string)
}

// DefaultAPIRequestTimeout bounds an API request when Config.APIRequestTimeout is 0.
const DefaultAPIRequestTimeout = 10 * time.Second

// Run runs the node until ctx ends.
func Run(ctx context.Context, cfg Config, log *slog.Logger) error {
	d := cfg.Deployment
	if _, err := migrations.Up(ctx, cfg.DB, log); err != nil {
		return err
	}
	pool := cfg.Pool
	if pool == nil {
		pcfg, err := pgxpool.ParseConfig(cfg.DB)
		if err != nil {
			return fmt.Errorf("--db: %w", err)
		}
		indexdb.ConfigurePool(pcfg)
		if pool, err = pgxpool.NewWithConfig(ctx, pcfg); err != nil {
			return fmt.Errorf("--db: %w", err)
		}
		defer pool.Close()
	}
	rpcClient, err := rpc.DialContext(ctx, cfg.RPC)
	if err != nil {
		return fmt.Errorf("--rpc %s: %w", cfg.RPC, err)
	}
	defer rpcClient.Close()
	client := ethclient.NewClient(rpcClient)

	reg := NewRegistry()

	// One subscription wakes both parts; each has its own channel, so neither takes the
	// other's head.
	indexHeads, keepHeads := make(chan uint64, 1), make(chan uint64, 1)
	icfg := cfg.Indexer
	if cfg.WS != "" {
		icfg.NewHeads = indexHeads
	}
	icfg.ChainID, icfg.Factory, icfg.StartBlock, icfg.UntilHead = d.ChainID, d.Factory, d.StartBlock, false
	ix, err := indexer.New(icfg, rpcClient, pool, log.With("part", "indexer"), reg)
	if err != nil {
		return err
	}
	var k *keeper.Keeper
	if !cfg.NoKeeper {
		kcfg := cfg.Keeper
		kcfg.Deployment = d
		if cfg.WS != "" {
			kcfg.NewHeads = keepHeads
		}
		if k, err = keeper.New(ctx, kcfg, client, pool, cfg.Key, log.With("part", "keeper"), reg); err != nil {
			return err
		}
	}

	g, gctx := errgroup.WithContext(ctx)
	if cfg.WS != "" {
		g.Go(func() error { FollowHeads(gctx, cfg.WS, log, indexHeads, keepHeads); return nil })
	}
	if cfg.APIAddr != "" {
		head := func(ctx context.Context) (uint64, error) { return client.BlockNumber(ctx) }
		mux := http.NewServeMux()
		if cfg.API != nil {
			mux.Handle("/", cfg.API(pool, head, reg))
		} else {
			mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
		}
		l, err := net.Listen("tcp", cfg.APIAddr)
		if err != nil {
			return fmt.Errorf("--api.addr %s: %w", cfg.APIAddr, err)
		}
		timeout := cfg.APIRequestTimeout
		if timeout <= 0 {
			timeout = DefaultAPIRequestTimeout
		}
		srv := &http.Server{
			Handler:           mux,
			ReadHeaderTimeout: 5 * time.Second,
			WriteTimeout:      timeout + 5*time.Second,
			IdleTimeout:       2 * time.Minute,
		}
		g.Go(func() error {
			if err := srv.Serve(l); !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		})
		g.Go(func() error {
			<-gctx.Done()
			shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			return srv.Shutdown(shutdown)
		})
		log.Info("serving the API", "addr", l.Addr().String())
		if cfg.Ready != nil {
			cfg.Ready(l.Addr().String())
		}
	} else if cfg.Ready != nil {
		cfg.Ready("")
	}
	g.Go(func() error { return ix.Run(gctx) })
	if k != nil {
		g.Go(func() error {
			// The keeper reads its markets from the index: on a fresh database it starts once
			// the indexer has committed them (or caught up without them, which the keeper
			// then reports).
			if err := awaitMarkets(gctx, pool, client, d, icfg.Confirmations, log); err != nil {
				return err
			}
			return k.Run(gctx)
		})
	}
	err = g.Wait()
	if ctx.Err() != nil {
		log.Info("node stopped")
		return nil
	}
	return err
}

// awaitMarkets returns once every market of d is in the index, or once the index has caught
// up with the chain head without them, or when ctx ends.
func awaitMarkets(ctx context.Context, db *pgxpool.Pool, client *ethclient.Client, d *deploy.Deployment, confirmations uint64, log *slog.Logger) error {
	addrs := make([]common.Address, len(d.Markets))
	for i, m := range d.Markets {
		addrs[i] = m.Market
	}
	logged := false
	for {
		indexed, err := indexdb.CountMarkets(ctx, db, d.ChainID, addrs)
		if err != nil && ctx.Err() == nil {
			return fmt.Errorf("wait for the indexer's markets: %w", err)
		}
		if err == nil && indexed == len(d.Markets) {
			if logged {
				log.Info("the markets are indexed: starting the keeper")
			}
			return nil
		}
		cp, ok, err := indexdb.CheckpointOf(ctx, db, d.ChainID, d.Factory)
		if err != nil && ctx.Err() == nil {
			return fmt.Errorf("wait for the indexer's markets: %w", err)
		}
		if ok {
			head, herr := client.BlockNumber(ctx)
			if herr == nil && cp.Block+confirmations >= head {
				return nil // caught up without them: the keeper says which market is missing
			}
		}
		if !logged {
			log.Info("the keeper starts once the indexer has indexed the markets", "markets", len(d.Markets))
			logged = true
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(100 * time.Millisecond): // polling a condition; ctx ends the wait
		}
	}
}
