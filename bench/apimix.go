package bench

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sort"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/api"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	pt "github.com/ltvkeeper/ltvkeeper/indexdb/positions/positionstest"
)

// The kinds of request in the mixed load, and how many of every 20 requests are of each.
var mixKinds = []struct {
	kind   string
	weight int
}{{"list", 6}, {"filter", 6}, {"position", 5}, {"target", 3}}

// mixLists and mixFilters are the list and filter requests of the mixed load.
var (
	mixLists = []string{
		"/v1/positions", "/v1/positions?sort=debt", "/v1/positions?sort=collateral&limit=1000",
		"/v1/markets", "/v1/liquidations", "/v1/alerts",
	}
	mixFilters = []string{
		"/v1/positions?status=liquidatable", "/v1/positions?status=margin_call", "/v1/positions?min_ltv=0.5",
		"/v1/positions?market=" + pt.MarketB.Hex(), "/v1/positions?sort=debt&status=healthy",
		"/v1/liquidations?market=" + pt.MarketA.Hex(), "/v1/alerts?kind=margin_call",
	}
)

// leaksSQL matches what a database error would show: the API answers its own short messages.
var leaksSQL = regexp.MustCompile(`(?i)select |sqlstate|error:|canceling statement|statement timeout|positions_live|pgx|pgconn|conn pool`)

// mixRequest is one request of the mixed load.
type mixRequest struct{ kind, path string }

// mixResult is one answer.
type mixResult struct {
	kind   string
	d      time.Duration
	status int // 0: no answer
	body   string
}

// mixPlan draws n requests over the kinds by weight, deterministically, with positions
// sampled from the index for the single-position and target requests.
func mixPlan(ctx context.Context, pool indexdb.Querier, n int) ([]mixRequest, error) {
	// Markets with a price: a target needs one (market C has none, and answers 409).
	sample, err := indexdb.SamplePositions(ctx, pool, pt.ChainID, []indexdb.MarketID{indexdb.AddressMarket(pt.MarketA), indexdb.AddressMarket(pt.MarketB)}, 2000)
	if err != nil {
		return nil, err
	}
	if len(sample) == 0 {
		return nil, errors.New("sample positions: none in markets A and B")
	}
	var bag []string
	for _, k := range mixKinds {
		for range k.weight {
			bag = append(bag, k.kind)
		}
	}
	r := rand.New(rand.NewPCG(15, 15))
	out := make([]mixRequest, n)
	for i := range out {
		kind := bag[r.IntN(len(bag))]
		p := sample[r.IntN(len(sample))]
		var path string
		switch kind {
		case "list":
			path = mixLists[r.IntN(len(mixLists))]
		case "filter":
			path = mixFilters[r.IntN(len(mixFilters))]
		case "position":
			path = fmt.Sprintf("/v1/markets/%s/positions/%s", p[0].Hex(), p[1].Hex())
		case "target":
			path = fmt.Sprintf("/v1/markets/%s/positions/%s/target?ltv=0.%d", p[0].Hex(), p[1].Hex(), 2+r.IntN(6))
		}
		out[i] = mixRequest{kind, path}
	}
	return out, nil
}

// runMix sends plan to base, concurrency at a time, each under the client's own bound, and
// returns every answer and the wall time.
func runMix(ctx context.Context, client *http.Client, base string, plan []mixRequest, concurrency int) ([]mixResult, time.Duration) {
	next := make(chan int, len(plan))
	for i := range plan {
		next <- i
	}
	close(next)
	out := make([]mixResult, len(plan))
	var wg sync.WaitGroup
	start := time.Now()
	for range concurrency {
		wg.Go(func() {
			for i := range next {
				out[i] = mixGet(ctx, client, base, plan[i])
			}
		})
	}
	wg.Wait()
	return out, time.Since(start)
}

func mixGet(ctx context.Context, client *http.Client, base string, q mixRequest) mixResult {
	res := mixResult{kind: q.kind}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+q.path, nil)
	if err != nil {
		res.body = err.Error()
		return res
	}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		res.d, res.body = time.Since(start), err.Error()
		return res
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	res.d, res.status = time.Since(start), resp.StatusCode
	if resp.StatusCode != http.StatusOK {
		res.body = string(body)
	}
	return res
}

// mixSummary is what a mixed run reports.
type mixSummary struct {
	perSecond, p50, p99, slowest float64
	errors, unanswered, leaks    int
	byStatus                     map[int]int
	kindP99                      map[string]float64
}

func summarise(res []mixResult, wall time.Duration) mixSummary {
	s := mixSummary{perSecond: float64(len(res)) / wall.Seconds(), byStatus: map[int]int{}, kindP99: map[string]float64{}}
	all := make([]float64, 0, len(res))
	byKind := map[string][]float64{}
	for _, r := range res {
		v := ms(r.d)
		all = append(all, v)
		byKind[r.kind] = append(byKind[r.kind], v)
		s.byStatus[r.status]++
		if r.status != http.StatusOK {
			s.errors++
		}
		if r.status == 0 {
			s.unanswered++
		}
		if r.status != 0 && leaksSQL.MatchString(r.body) {
			s.leaks++
		}
	}
	s.p50, s.p99 = percentile(all, 0.5), percentile(all, 0.99)
	sort.Float64s(all)
	s.slowest = all[len(all)-1]
	for k, v := range byKind {
		s.kindP99[k] = percentile(v, 0.99)
	}
	return s
}

// MixConfig is what APIMix measures.
type MixConfig struct {
	Requests    int // requests of the mixed load: 0 is 20,000
	Concurrency int // in flight: 0 is 64
	// Pressure is how many requests the second run sends against a starved API (a pool of
	// StarvedConns connections, a StarvedDeadline request deadline and a StarvedStatement
	// statement timeout): 0 is 2,000.
	Pressure int
	// 0 are 4 connections, 100 ms and 30 ms.
	StarvedConns                      int32
	StarvedDeadline, StarvedStatement time.Duration
	Log                               *slog.Logger
}

// APIMix is the API's bounded load test on the index at url (seeded by API): cfg.Requests
// requests, cfg.Concurrency in flight, over a mix of lists, filters, single positions and
// targets, against an API configured as 'ltvkeeper serve' configures it; then the same mix
// against a starved API, whose every answer must still come within its deadline and none
// show SQL. It reports requests per second, p50, p99 and the slowest answer, the errors, and
// the answers that leaked SQL.
func APIMix(ctx context.Context, url string, cfg MixConfig) ([]Figure, error) {
	cfg.Requests = cmp.Or(cfg.Requests, 20_000)
	cfg.Concurrency = cmp.Or(cfg.Concurrency, 64)
	cfg.Pressure = cmp.Or(cfg.Pressure, 2_000)
	cfg.StarvedConns = cmp.Or(cfg.StarvedConns, 4)
	cfg.StarvedDeadline = cmp.Or(cfg.StarvedDeadline, 100*time.Millisecond)
	cfg.StarvedStatement = cmp.Or(cfg.StarvedStatement, 30*time.Millisecond)
	cfg.Log = cmp.Or(cfg.Log, slog.Default())
	// A bound of the bench's own: a request the API left unbounded shows as unanswered.
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: cfg.Concurrency}}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, err
	}
	plan, err := mixPlan(ctx, conn, max(cfg.Requests, cfg.Pressure))
	conn.Close(ctx)
	if err != nil {
		return nil, err
	}
	var out []Figure
	for _, run := range []struct {
		name      string
		n         int
		maxConns  int32
		deadline  time.Duration
		statement string
	}{
		{"", cfg.Requests, 0, api.DefaultRequestTimeout, ""},
		{fmt.Sprintf("starved (pool of %d, %d ms deadline, %d ms statement timeout): ", cfg.StarvedConns,
			cfg.StarvedDeadline.Milliseconds(), cfg.StarvedStatement.Milliseconds()),
			cfg.Pressure, cfg.StarvedConns, cfg.StarvedDeadline, fmt.Sprint(cfg.StarvedStatement.Milliseconds())},
	} {
		pcfg, err := pgxpool.ParseConfig(url)
		if err != nil {
			return nil, err
		}
		if run.statement != "" {
			pcfg.ConnConfig.RuntimeParams["statement_timeout"] = run.statement
		}
		indexdb.ConfigurePool(pcfg)
		pcfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on" // as serve's sessions
		if run.maxConns > 0 {
			pcfg.MaxConns = run.maxConns
		}
		pool, err := pgxpool.NewWithConfig(ctx, pcfg)
		if err != nil {
			return nil, err
		}
		summary, err := func() (mixSummary, error) {
			defer pool.Close()
			health, err := indexdb.HealthPool(ctx, pool)
			if err != nil {
				return mixSummary{}, err
			}
			defer health.Close()
			srv := httptest.NewServer(api.New(pool, api.Options{HealthDB: health, RequestTimeout: run.deadline,
				Logger: slog.New(slog.DiscardHandler)}))
			defer srv.Close()
			cfg.Log.Info("API: mixed load", "run", run.name, "requests", run.n, "in flight", cfg.Concurrency)
			res, wall := runMix(ctx, client, srv.URL, plan[:run.n], cfg.Concurrency)
			if ctx.Err() != nil {
				return mixSummary{}, ctx.Err()
			}
			return summarise(res, wall), nil
		}()
		if err != nil {
			return nil, err
		}
		label := fmt.Sprintf("%smixed load, %d requests, %d in flight", run.name, run.n, cfg.Concurrency)
		cfg.Log.Info("API: mixed load", "run", run.name, "req/s", summary.perSecond, "p50 ms", summary.p50, "p99 ms", summary.p99,
			"slowest ms", summary.slowest, "answers", summary.byStatus, "leaked SQL", summary.leaks)
		bound := fmt.Sprintf("< %d ms (the deadline and a second)", (run.deadline + time.Second).Milliseconds())
		out = append(out,
			Figure{"API", label + ": throughput", summary.perSecond, "requests/s", ""},
			Figure{"API", label + ": p50", summary.p50, "ms", ""},
			Figure{"API", label + ": p99", summary.p99, "ms", ""},
			Figure{"API", label + ": slowest answer", summary.slowest, "ms", bound},
			Figure{"API", label + ": unanswered", float64(summary.unanswered), "requests", "0"},
			Figure{"API", label + ": answers leaking SQL", float64(summary.leaks), "requests", "0"},
		)
		if run.name == "" {
			out = append(out, Figure{"API", label + ": errors (answers other than 200)", float64(summary.errors), "requests", "0"})
			for _, k := range mixKinds {
				out = append(out, Figure{"API", label + ": " + k.kind + " p99", summary.kindP99[k.kind], "ms", ""})
			}
		} else {
			out = append(out,
				Figure{"API", label + ": answered 200", float64(summary.byStatus[http.StatusOK]), "requests", ""},
				Figure{"API", label + ": answered 503 (deadline)", float64(summary.byStatus[http.StatusServiceUnavailable]), "requests", ""},
				Figure{"API", label + ": answered 500 (statement timeout)", float64(summary.byStatus[http.StatusInternalServerError]), "requests", ""},
			)
		}
	}
	return out, nil
}
