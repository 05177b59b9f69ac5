// Package api is ltvkeeper's read-only HTTP API over the index database: markets, positions
// (through package positions), liquidations, alerts, a health check and Prometheus metrics.
//
// Every response is JSON. Amounts are decimal strings of base units with the token's
// decimals alongside ("collateral":"10000000","collateralDecimals":8); addresses are
// checksummed hex; LTVs come as an exact WAD string ("ltvWad") and a number ("ltv", 0.2 is
// 20%). Lists are paged with an opaque cursor: pass a page's nextCursor as cursor to get the
// next page; a null nextCursor is the last page. Pages are keyset-based, so walking a list
// returns each row once even while rows change.
//
// Every request reads in its own read-only transaction (one snapshot per response) under a
// deadline: nothing the API runs can write.
package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/ltvkeeper/ltvkeeper/dashboard"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/indexdb/positions"
)

// Options configure the API.
type Options struct {
	// ChainID is the chain to serve; 0 serves the only chain in the database (and fails
	// requests, saying so, when it holds several).
	ChainID int64
	// Head returns the chain's head block number, for /healthz to measure the indexer's lag;
	// nil: /healthz checks only the database.
	Head func(context.Context) (uint64, error)
	// MaxLag is how many blocks the index may trail Head and still be healthy.
	MaxLag uint64
	// Roots are the factories (or Morpho Blue contracts) whose indexers write the index the
	// API serves: /healthz's indexed block is the lowest of their checkpoints, so that one
	// indexer behind the others shows. None: the chain's highest checkpoint.
	Roots []common.Address
	// MaxReplayLag is how far a hot standby's replay may trail the primary and /healthz still
	// answer 200 (0: DefaultMaxReplayLag). A primary has no replay lag.
	MaxReplayLag time.Duration
	// Registry is served on /metrics, and the API's own request metrics are registered on
	// it; nil: no /metrics and no request metrics.
	Registry *prometheus.Registry
	// RequestTimeout bounds each request, its database work included; 0: DefaultRequestTimeout.
	RequestTimeout time.Duration
	// Logger receives server-side failures (5xx); nil: slog.Default().
	Logger *slog.Logger
	// HealthDB, when set, is the pool /healthz reads through: a small pool of its own, so
	// that the health check never waits behind slow requests for a connection. nil: the
	// API's pool.
	HealthDB *pgxpool.Pool
	// Risk is the odds table served at /v1/risk and beside each position (see Risk); nil:
	// none, and /v1/risk answers 404.
	Risk *Risk
}

// DefaultRequestTimeout bounds a request when Options.RequestTimeout is 0.
const DefaultRequestTimeout = 10 * time.Second

// DefaultMaxReplayLag is how far a standby's replay may trail the primary when
// Options.MaxReplayLag is 0: a few blocks of most chains.
const DefaultMaxReplayLag = 30 * time.Second

// Page sizes of the list endpoints.
const (
	DefaultLimit = 100
	MaxLimit     = 1000
)

type server struct {
	db       *pgxpool.Pool
	healthDB *pgxpool.Pool
	opts     Options
	log      *slog.Logger
	chain    atomic.Int64 // the chain found in the database when opts.ChainID is 0
	metrics  *metrics
	riskOnce sync.Once
	riskResp *RiskResponse
}

// New returns the API's handler. It reads through db; db's connections need no special
// settings, since every request runs in a read-only transaction.
func New(db *pgxpool.Pool, opts Options) http.Handler {
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = DefaultRequestTimeout
	}
	if opts.MaxReplayLag <= 0 {
		opts.MaxReplayLag = DefaultMaxReplayLag
	}
	s := &server{db: db, healthDB: opts.HealthDB, opts: opts, log: opts.Logger}
	if s.healthDB == nil {
		s.healthDB = db
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if opts.Registry != nil {
		s.metrics = newMetrics(opts.Registry)
	}
	mux := http.NewServeMux()
	route := func(path string, h http.Handler) {
		// "GET" also matches HEAD; every other method gets a JSON 405 from the
		// method-less pattern, which is less specific.
		mux.Handle("GET "+path, s.instrument(path, h))
		mux.Handle(path, s.instrument(path, http.HandlerFunc(methodNotAllowed)))
	}
	route("/v1/markets", s.endpoint(s.markets))
	route("/v1/positions", s.endpoint(s.positions))
	route("/v1/markets/{market}/positions/{borrower}", s.endpoint(s.position))
	route("/v1/markets/{market}/positions/{borrower}/target", s.endpoint(s.target))
	route("/v1/markets/{market}/prices", s.endpoint(s.prices))
	route("/v1/liquidations", s.endpoint(s.liquidations))
	route("/v1/alerts", s.endpoint(s.alerts))
	route("/v1/risk", s.endpoint(s.risk))
	route("/healthz", http.HandlerFunc(s.healthz))
	if opts.Registry != nil {
		route("/metrics", promhttp.HandlerFor(opts.Registry, promhttp.HandlerOpts{Registry: opts.Registry}))
	}
	dashboard.Register(mux)
	mux.Handle("/", s.instrument("other", http.HandlerFunc(notFound)))
	return mux
}

// apiError is a failure with the status and message the client gets.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func errorf(status int, format string, args ...any) *apiError {
	return &apiError{status, fmt.Sprintf(format, args...)}
}

// badParam is a 400 naming the parameter, its value and what is allowed.
func badParam(name, value, want string) *apiError {
	return errorf(http.StatusBadRequest, "%s %q: %s", name, value, want)
}

const endpoints = "/v1/markets, /v1/markets/{market}/prices, /v1/positions, /v1/markets/{market}/positions/{borrower}, /v1/markets/{market}/positions/{borrower}/target, /v1/liquidations, /v1/alerts, /v1/risk, /healthz, /metrics, and the dashboard at /"

func notFound(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusNotFound, errorBody{fmt.Sprintf("no endpoint %s (there are %s)", r.URL.Path, endpoints)})
}

func methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	writeJSON(w, http.StatusMethodNotAllowed, errorBody{fmt.Sprintf("method %s on %s: the API is read-only, use GET", r.Method, r.URL.Path)})
}

type errorBody struct {
	Error string `json:"error"`
}

// endpoint turns a function returning a response body or an error into a handler: it sets
// the request deadline, writes the body as JSON with 200, or the error with its status.
func (s *server) endpoint(fn func(ctx context.Context, r *http.Request) (any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.opts.RequestTimeout)
		defer cancel()
		ctx, r, err := withChain(ctx, r)
		if err != nil {
			status, msg := s.failure(ctx, r, err)
			writeJSON(w, status, errorBody{msg})
			return
		}
		body, err := fn(ctx, r)
		if err != nil {
			status, msg := s.failure(ctx, r, err)
			writeJSON(w, status, errorBody{msg})
			return
		}
		writeJSON(w, http.StatusOK, body)
	})
}

// failure maps err to a status and the message the client sees; server-side failures are
// logged here, once.
func (s *server) failure(ctx context.Context, r *http.Request, err error) (int, string) {
	var ae *apiError
	switch {
	case errors.As(err, &ae):
		if ae.status >= 500 {
			s.log.Error("api request failed", "path", r.URL.Path, "status", ae.status, "err", err)
		}
		return ae.status, ae.msg
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		s.log.Warn("api request timed out", "path", r.URL.Path, "timeout", s.opts.RequestTimeout, "err", err)
		return http.StatusServiceUnavailable, fmt.Sprintf("request timed out after %s", s.opts.RequestTimeout)
	case r.Context().Err() != nil:
		return 499, "client went away" // nobody reads it
	case errors.Is(err, positions.ErrNoSchema):
		s.log.Error("api request failed", "path", r.URL.Path, "err", err)
		return http.StatusServiceUnavailable, "the database has no ltvkeeper schema yet (run 'ltvkeeper migrate' or 'ltvkeeper index')"
	}
	s.log.Error("api request failed", "path", r.URL.Path, "err", err)
	return http.StatusInternalServerError, "internal error reading the index (the server log has the details)"
}

func writeJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	_ = enc.Encode(body) // a client that went away is not our error
}

// read runs fn in a read-only, repeatable-read transaction: one snapshot for the whole
// response, and no statement in it can write.
func (s *server) read(ctx context.Context, fn func(tx pgx.Tx) error) error {
	return s.readOn(ctx, s.db, fn)
}

// readChain is read in the chain the request is served (chainID).
func (s *server) readChain(ctx context.Context, fn func(tx pgx.Tx, chain int64) error) error {
	return s.read(ctx, func(tx pgx.Tx) error {
		chain, err := s.chainID(ctx, tx)
		if err != nil {
			return err
		}
		return fn(tx, chain)
	})
}

// readOn is read through pool.
func (s *server) readOn(ctx context.Context, pool *pgxpool.Pool, fn func(tx pgx.Tx) error) error {
	tx, err := pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return fmt.Errorf("begin read-only transaction: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	return fn(tx)
}

// chainKey carries the chain a request asked for with ?chain=.
type chainKey struct{}

// withChain takes the chain parameter, which every endpoint accepts, off r's query: the
// endpoint's own parameters are checked without it, and ctx carries the chain.
func withChain(ctx context.Context, r *http.Request) (context.Context, *http.Request, error) {
	q := r.URL.Query()
	vs, ok := q["chain"]
	if !ok {
		return ctx, r, nil
	}
	if len(vs) > 1 {
		return ctx, r, errorf(http.StatusBadRequest, "chain given %d times: give it once", len(vs))
	}
	id, err := strconv.ParseInt(vs[0], 10, 64)
	if err != nil || id <= 0 {
		return ctx, r, badParam("chain", vs[0], "want a chain id, a positive decimal number such as 1 or 8453")
	}
	q.Del("chain")
	r2 := r.Clone(ctx)
	r2.URL.RawQuery = q.Encode()
	return context.WithValue(ctx, chainKey{}, id), r2, nil
}

// chainID is the chain to serve: the one the request names with ?chain= (which must be in
// the index, and be Options.ChainID when that is set), Options.ChainID, or else the only
// chain in the database (0 while the database holds none, which selects nothing anyway).
func (s *server) chainID(ctx context.Context, tx pgx.Tx) (int64, error) {
	if asked, ok := ctx.Value(chainKey{}).(int64); ok {
		if s.opts.ChainID != 0 && asked != s.opts.ChainID {
			return 0, errorf(http.StatusBadRequest, "chain %d: this API serves chain %d only (drop chain, or ask an API of chain %d)", asked, s.opts.ChainID, asked)
		}
		ids, err := indexdb.IndexedChains(ctx, tx)
		if err != nil {
			return 0, queryErr("find the chain", err)
		}
		if !slices.Contains(ids, asked) {
			return 0, errorf(http.StatusNotFound, "chain %d: not in the index (it holds chains %s)", asked, chainList(ids))
		}
		return asked, nil
	}
	if s.opts.ChainID != 0 {
		return s.opts.ChainID, nil
	}
	if id := s.chain.Load(); id != 0 {
		return id, nil
	}
	ids, err := indexdb.IndexedChains(ctx, tx)
	if err != nil {
		return 0, queryErr("find the chain", err)
	}
	switch len(ids) {
	case 0:
		return 0, nil
	case 1:
		s.chain.Store(ids[0])
		return ids[0], nil
	}
	return 0, errorf(http.StatusInternalServerError, "the database indexes chains %s: the API must be told which to serve: pass chain=ID, or start 'ltvkeeper serve' with --chain-id or --rpc of that chain", chainList(ids))
}

// indexedMarket reads the chain to serve and a market of it the request names; a 404 when the
// index does not hold the market.
func (s *server) indexedMarket(ctx context.Context, tx pgx.Tx, market indexdb.MarketID) (int64, indexdb.Market, error) {
	chain, err := s.chainID(ctx, tx)
	if err != nil {
		return 0, indexdb.Market{}, err
	}
	m, err := indexdb.MarketByID(ctx, tx, uint64(chain), market)
	if errors.Is(err, indexdb.ErrNotIndexed) {
		return chain, m, errorf(http.StatusNotFound, "market %s is not in the index (GET /v1/markets lists the markets)", market.Hex())
	}
	if err != nil {
		return chain, m, queryErr("query markets", err)
	}
	return chain, m, nil
}

func chainList(ids []int64) string {
	if len(ids) == 0 {
		return "none"
	}
	list := make([]string, len(ids))
	for i, id := range ids {
		list[i] = fmt.Sprint(id)
	}
	return strings.Join(list, ", ")
}

// queryErr wraps a database error with what was being done, as positions.ErrNoSchema when
// the schema is missing.
func queryErr(what string, err error) error {
	var pgErr interface{ SQLState() string }
	if errors.As(err, &pgErr) && (pgErr.SQLState() == "42P01" || pgErr.SQLState() == "42883") {
		return fmt.Errorf("%s: %w (%v)", what, positions.ErrNoSchema, err)
	}
	return fmt.Errorf("%s: %w", what, err)
}
