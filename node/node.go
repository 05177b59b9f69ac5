// Package node is the one place that wires an ltvkeeper process. The indexer, the keeper and
// the HTTP API are roles, each switched on or off; whichever run share one database pool, one
// RPC client whose chain id is checked once, one metrics registry and one HTTP server (the API
// and /metrics, or /metrics alone). They start in order and stop together when the context
// ends (a range being written commits or rolls back; transactions in flight are picked up again
// on restart). The commands node, index, keep and serve are presets of it.
package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"golang.org/x/sync/errgroup"

	"github.com/ltvkeeper/ltvkeeper/api"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/data"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/pgrights"
	"github.com/ltvkeeper/ltvkeeper/keeper"
	"github.com/ltvkeeper/ltvkeeper/migrations"
	"github.com/ltvkeeper/ltvkeeper/protocol/morpho"
	"github.com/ltvkeeper/ltvkeeper/scenario"
)

// Config is one node's configuration: the indexer and the keeper run unless switched off, the
// API when API is set.
type Config struct {
	RPC string // JSON-RPC URL; "" only for the API alone, whose /healthz then checks only the database
	WS  string // WebSocket URL whose new heads wake the indexer and the keeper at once ("": they poll)
	DB  string // Postgres URL
	// PrivateRPC, when set, is where the keeper's signed transactions go instead of RPC: a
	// private mempool or block-builder endpoint, checked at start (see dialPrivate).
	PrivateRPC string
	// Pool, when set, is the database pool to use (its owner closes it); nil opens one on DB
	// with the same statement and idle-in-transaction timeouts as indexdb.ConfigurePool sets.
	Pool *pgxpool.Pool
	// DialTimeout bounds the first call to the RPC node, which reads its chain id (0: 10 s).
	DialTimeout time.Duration
	// Deployment is the chain, the factory and the markets: the keeper needs it, the indexer
	// unless Indexer names the factory; the API alone serves the index of the RPC node's chain.
	Deployment *deploy.Deployment

	NoIndexer bool           // switch the indexer off
	NoKeeper  bool           // switch the keeper off: a node that never sends
	Indexer   indexer.Config // chain, factory and start block are taken from Deployment when there is one
	// Morpho, when set, is the Morpho Blue contract whose markets a second indexer follows in
	// the same run, with the same settings as Indexer (the factory's indexer runs unless
	// Indexer names no factory and Deployment is nil).
	Morpho *morpho.Config
	Keeper keeper.Config     // Deployment is set from Deployment
	Key    *ecdsa.PrivateKey // the keeper's key
	// API switches the HTTP API on, on HTTPAddr: node sets its Registry, HealthDB and Head,
	// and its Logger and ChainID when they are not set.
	API *api.Options

	// HTTPAddr is where the process's one HTTP server listens: the API and /metrics, or
	// /metrics alone without the API ("": no server).
	HTTPAddr string
	// Ref names a setting in an error, given its flag's name: the flag, or the environment
	// variable that set it, and its value (a database URL without its password). nil: the flag.
	Ref func(flag string) string
	// Ready, when set, is called with the HTTP server's address once everything has started.
	Ready func(addr string)
}

// DefaultMaxLag is how many blocks the index may trail the head, by default, before /healthz
// answers 503.
const DefaultMaxLag = 30

func (cfg *Config) ref(flag string) string {
	if cfg.Ref != nil {
		return cfg.Ref(flag)
	}
	return "--" + flag
}

// Run runs the node until ctx ends, or until a part ends on its own (the indexer with
// Indexer.UntilHead, once caught up).
func Run(ctx context.Context, cfg Config, log *slog.Logger) error {
	d := cfg.Deployment
	runIndexer, runKeeper := !cfg.NoIndexer, !cfg.NoKeeper
	if runKeeper && d == nil {
		return errors.New("node: the keeper needs a deployment")
	}
	if runIndexer || runKeeper {
		if _, err := migrations.Up(ctx, cfg.DB, log); err != nil {
			return fmt.Errorf("%s: %w", cfg.ref("db"), err)
		}
	}
	pool := cfg.Pool
	if pool == nil {
		pcfg, err := pgxpool.ParseConfig(cfg.DB)
		if err != nil {
			return fmt.Errorf("%s: %w", cfg.ref("db"), err)
		}
		indexdb.ConfigurePool(pcfg)
		if pool, err = pgxpool.NewWithConfig(ctx, pcfg); err != nil {
			return fmt.Errorf("%s: %w", cfg.ref("db"), err)
		}
		defer pool.Close()
	}
	icfg, kcfg := cfg.Indexer, cfg.Keeper
	if d != nil {
		icfg.ChainID, icfg.Factory, icfg.StartBlock = d.ChainID, d.Factory, d.StartBlock
		icfg.Heartbeats = make(map[indexdb.MarketID]uint64)
		for _, m := range d.Markets {
			icfg.Heartbeats[indexdb.AddressMarket(m.Market)] = m.Heartbeat
		}
		kcfg.Deployment = d
	}
	var rpcClient *rpc.Client
	var client *ethclient.Client
	var chainID uint64 // 0: no RPC node (the API alone, without one)
	var err error
	if cfg.RPC != "" || runIndexer || runKeeper {
		if rpcClient, chainID, err = cfg.dial(ctx, pool, icfg.ChainID); err != nil {
			return err
		}
		defer rpcClient.Close()
		client = ethclient.NewClient(rpcClient)
		// Checked once, here: the indexer and the keeper take it as it is.
		icfg.ChainID, icfg.ChainChecked, kcfg.ChainChecked, icfg.RPCURL = chainID, true, true, cfg.RPC
	}

	reg := NewRegistry()
	var ixs []*indexer.Indexer
	var k *keeper.Keeper
	var heads []chan<- uint64 // one channel per part, so that neither takes the other's head
	if runIndexer {
		if ixs, heads, err = cfg.indexers(icfg, rpcClient, pool, reg, log); err != nil {
			return err
		}
		// Everything to follow is checked before any indexer writes: a bad Morpho market id
		// must not leave the factory's index half-written.
		for _, ix := range ixs {
			if err := ix.Check(ctx); err != nil {
				return cfg.runError(ctx, err)
			}
		}
	}
	if runKeeper {
		if cfg.WS != "" {
			ch := make(chan uint64, 1)
			kcfg.NewHeads, heads = ch, append(heads, ch)
		}
		if cfg.PrivateRPC != "" {
			private, err := cfg.dialPrivate(ctx, d.ChainID, log)
			if err != nil {
				return err
			}
			defer private.Close()
			kcfg.TxConfig.Private = ethclient.NewClient(private)
			log.Info("transactions go to the private endpoint; reads stay on --rpc", "endpoint", endpointHost(cfg.PrivateRPC))
		}
		if k, err = keeper.New(ctx, kcfg, client, pool, cfg.Key, log.With("part", "keeper"), reg); err != nil {
			return err
		}
		log.Info("keeper starting", "account", k.From(), "dry_run", kcfg.DryRun, "markets", len(d.Markets))
	}

	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	g, gctx := errgroup.WithContext(runCtx)
	// A part that returns stops the others: with an error, or the indexer once caught up.
	part := func(run func(context.Context) error) {
		g.Go(func() error {
			defer stop()
			return run(gctx)
		})
	}
	var risk *api.Risk // computed here, in the background, when the API serves one
	if cfg.API != nil && cfg.API.Risk == nil {
		opts := *cfg.API
		opts.Risk = api.NewRisk(data.BTCUSDName)
		cfg.API, risk = &opts, opts.Risk
	}
	if cfg.API != nil && len(cfg.API.Roots) == 0 {
		// /healthz watches the indexers of what this node follows, the one furthest behind.
		opts := *cfg.API
		if icfg.Factory != (common.Address{}) {
			opts.Roots = append(opts.Roots, icfg.Factory)
		}
		if cfg.Morpho != nil {
			opts.Roots = append(opts.Roots, cfg.Morpho.Morpho)
		}
		cfg.API = &opts
	}
	var addr string
	if cfg.HTTPAddr != "" {
		h, closeHandler, err := cfg.handler(ctx, pool, client, chainID, reg, log)
		if err != nil {
			return err
		}
		defer closeHandler()
		if addr, err = cfg.serve(h, log, part); err != nil {
			return err
		}
	}
	if len(heads) > 0 {
		part(func(ctx context.Context) error { FollowHeads(ctx, cfg.WS, log, heads...); return nil })
	}
	if risk != nil && addr != "" {
		// The API's risk table over the shipped history: a few seconds of work that the API
		// does not wait for (/v1/risk answers 503 meanwhile). It stops with the node.
		g.Go(func() error {
			began := time.Now()
			t, err := scenario.ShippedRiskTable(gctx, scenario.DefaultMarket())
			if gctx.Err() != nil {
				return nil
			}
			risk.Set(t, err)
			if err != nil {
				log.Error("risk table", "prices", data.BTCUSDName, "err", err)
				return nil
			}
			log.Info("risk table ready", "prices", data.BTCUSDName, "ltvs", len(t.LTVs), "horizons", len(t.Horizons), "took", time.Since(began).Round(time.Millisecond))
			return nil
		})
	}
	if cfg.Ready != nil {
		cfg.Ready(addr)
	}
	if len(ixs) > 0 {
		// The indexers are one part: with UntilHead it ends once every indexer has caught up.
		part(func(ctx context.Context) error {
			ig, ictx := errgroup.WithContext(ctx)
			for _, ix := range ixs {
				ig.Go(func() error { return ix.Run(ictx) })
			}
			return ig.Wait()
		})
	}
	if k != nil {
		part(func(ctx context.Context) error {
			if len(ixs) > 0 {
				// The keeper reads its markets from the index: on a fresh database it starts
				// once the indexer has committed them (or caught up without them, which the
				// keeper then reports).
				if err := awaitMarkets(ctx, pool, client, d, icfg.Confirmations, log); err != nil {
					return err
				}
			}
			return k.Run(ctx)
		})
	}
	err = cfg.runError(ctx, g.Wait())
	if ctx.Err() != nil {
		log.Info("node stopped")
	}
	return err
}

// runError is the error Run returns for err: none once ctx ended, and one that names the flag
// to fix where it can.
func (cfg *Config) runError(ctx context.Context, err error) error {
	switch {
	case ctx.Err() != nil:
		return nil
	case errors.Is(err, indexer.ErrNodeUnavailable):
		return cfg.nodeDown(err)
	case errors.Is(err, pgrights.ErrDenied):
		return fmt.Errorf("%s: %w", cfg.ref("db"), err)
	}
	return err
}

// indexers are the node's indexers: the factory's (unless there is none) and Morpho's (when
// cfg.Morpho is set), each with its own channel of new heads. Two indexers register their
// metrics under a protocol label, so that their names do not clash.
func (cfg *Config) indexers(icfg indexer.Config, rpcClient *rpc.Client, pool *pgxpool.Pool, reg *prometheus.Registry,
	log *slog.Logger) ([]*indexer.Indexer, []chan<- uint64, error) {
	cfgs := []indexer.Config{}
	if icfg.Factory != (common.Address{}) {
		cfgs = append(cfgs, icfg)
	}
	if cfg.Morpho != nil {
		p, err := morpho.New(*cfg.Morpho)
		if err != nil {
			return nil, nil, err
		}
		mcfg := icfg
		mcfg.Factory, mcfg.StartBlock, mcfg.Protocol = cfg.Morpho.Morpho, cfg.Morpho.StartBlock, p
		mcfg.Heartbeats = make(map[indexdb.MarketID]uint64)
		for id, hb := range cfg.Morpho.Heartbeats {
			mcfg.Heartbeats[indexdb.MarketID(id.Bytes())] = hb
		}
		cfgs = append(cfgs, mcfg)
	}
	if len(cfgs) == 0 {
		return nil, nil, errors.New("node: nothing to index: give a factory, a deployment or a Morpho contract")
	}
	var ixs []*indexer.Indexer
	var heads []chan<- uint64
	for _, c := range cfgs {
		name := indexdb.ProtocolLTVKeeper
		if c.Protocol != nil {
			name = c.Protocol.Name()
		}
		if cfg.WS != "" {
			ch := make(chan uint64, 1)
			c.NewHeads, heads = ch, append(heads, ch)
		}
		var r prometheus.Registerer = reg
		l := log.With("part", "indexer")
		if len(cfgs) > 1 {
			r = prometheus.WrapRegistererWith(prometheus.Labels{"protocol": name}, reg)
			l = l.With("protocol", name)
		}
		ix, err := indexer.New(c, rpcClient, pool, l, r)
		if err != nil {
			return nil, nil, err
		}
		ixs = append(ixs, ix)
	}
	return ixs, heads, nil
}

// dial connects to the RPC node and checks its chain id, once for the whole process: it must
// be want (the deployment's or the indexed factory's chain, 0: any) or, for the API alone, a
// chain the index holds.
func (cfg *Config) dial(ctx context.Context, pool *pgxpool.Pool, want uint64) (*rpc.Client, uint64, error) {
	// A node that accepts connections but never answers must not hang the start.
	timeout := cfg.DialTimeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	dialCtx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	client, err := rpc.DialContext(dialCtx, cfg.RPC)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w (is it an http(s) or ws(s) URL of an Ethereum node?)", cfg.ref("rpc"), err)
	}
	id, err := ethclient.NewClient(client).ChainID(dialCtx)
	if err == nil {
		err = cfg.checkChain(ctx, pool, id, want)
	} else {
		err = cfg.nodeDown(fmt.Errorf("read chain id: %w", err))
	}
	if err != nil {
		client.Close()
		return nil, 0, err
	}
	return client, id.Uint64(), nil
}

func (cfg *Config) checkChain(ctx context.Context, pool *pgxpool.Pool, got *big.Int, want uint64) error {
	if !cfg.NoIndexer || !cfg.NoKeeper {
		return chain.CheckDeploymentChain(want, got)
	}
	// The API alone: a node of another chain would serve empty lists and a /healthz of
	// "nothing indexed". An empty index is no check.
	indexed, err := indexdb.IndexedChains(ctx, pool)
	if err != nil {
		return fmt.Errorf("%s: %w", cfg.ref("db"), err)
	}
	if len(indexed) == 0 || slices.Contains(indexed, got.Int64()) {
		return nil
	}
	ids := make([]string, len(indexed))
	for i, id := range indexed {
		ids[i] = fmt.Sprint(id)
	}
	chains := strings.Join(ids, ", ")
	return fmt.Errorf("%s serves chain %s but the index at %s is on chain %s: point --rpc at a node of chain %s, or point --db at an index of chain %s",
		cfg.ref("rpc"), got, cfg.ref("db"), chains, chains, got)
}

// nodeDown names the RPC node in the error of a node that does not answer.
func (cfg *Config) nodeDown(err error) error {
	return fmt.Errorf("%s: %w (is the node running? try 'ltvkeeper devnet')", cfg.ref("rpc"), err)
}

// handler is what the HTTP server serves: the API with /metrics when the API is on (close
// releases its health pool once the server has stopped), else /metrics alone.
func (cfg *Config) handler(ctx context.Context, pool *pgxpool.Pool, client *ethclient.Client, chainID uint64,
	reg *prometheus.Registry, log *slog.Logger) (h http.Handler, close func(), err error) {
	if cfg.API == nil {
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
		return mux, func() {}, nil
	}
	opts := *cfg.API
	if opts.HealthDB, err = indexdb.HealthPool(ctx, pool); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", cfg.ref("db"), err)
	}
	opts.Registry = reg
	if client != nil {
		opts.Head = client.BlockNumber
	}
	switch {
	case opts.ChainID == 0:
		opts.ChainID = int64(chainID)
	case chainID != 0 && uint64(opts.ChainID) != chainID:
		opts.HealthDB.Close()
		return nil, nil, fmt.Errorf("%s serves chain %d but the API is to serve chain %d: point --rpc at a node of chain %d, or drop --rpc", cfg.ref("rpc"), chainID, opts.ChainID, opts.ChainID)
	}
	if opts.Logger == nil {
		opts.Logger = log.With("part", "api")
	}
	return api.New(pool, opts), opts.HealthDB.Close, nil
}

// serve serves h on HTTPAddr as two parts (serving, and shutting down when the node stops)
// and returns the address it listens on.
func (cfg *Config) serve(h http.Handler, log *slog.Logger, part func(func(context.Context) error)) (string, error) {
	addrFlag, timeout := "metrics.addr", api.DefaultRequestTimeout
	if cfg.API != nil {
		addrFlag = "api.addr"
		if cfg.API.RequestTimeout > 0 {
			timeout = cfg.API.RequestTimeout
		}
	}
	l, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return "", fmt.Errorf("%s: %w", cfg.ref(addrFlag), err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      timeout + 5*time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	part(func(context.Context) error {
		if err := srv.Serve(l); !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("%s: %w", cfg.ref(addrFlag), err)
		}
		return nil
	})
	part(func(ctx context.Context) error {
		<-ctx.Done()
		// Requests in flight finish first.
		shutdown, cancel := context.WithTimeout(context.WithoutCancel(ctx), timeout+5*time.Second)
		defer cancel()
		if err := srv.Shutdown(shutdown); err != nil {
			return fmt.Errorf("stop the HTTP server: %w", err)
		}
		if cfg.API != nil {
			log.Info("API stopped")
		}
		return nil
	})
	if cfg.API != nil {
		log.Info("serving the API", "addr", l.Addr().String())
	} else {
		log.Info("serving metrics", "addr", l.Addr().String())
	}
	return l.Addr().String(), nil
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
