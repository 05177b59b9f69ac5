package bench

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/api"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	pt "github.com/ltvkeeper/ltvkeeper/indexdb/positions/positionstest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgcluster"
)

// APIConfig is what API measures.
type APIConfig struct {
	Positions   int          // seeded positions: 0 is 100,000
	Concurrency int          // requests in flight: 0 is 50
	Requests    int          // requests per listing: 0 is 500
	Mix         MixConfig    // the mixed load run after the listings (APIMix)
	Log         *slog.Logger // nil is slog.Default()
}

// apiListings are the listings API measures: every order and filter of /v1/positions.
var apiListings = []string{
	"sort=ltv", "sort=debt", "sort=collateral",
	"status=liquidatable", "status=margin_call", "status=healthy", "min_ltv=0.5",
	"market=" + pt.MarketA.Hex(),
	"sort=debt&status=liquidatable", "sort=collateral&status=margin_call", "sort=debt&min_ltv=0.7",
	"sort=collateral&status=healthy",
}

// API seeds a private Postgres with cfg.Positions positions in three markets (positionstest's
// fixture) and measures GET /v1/positions for each listing with cfg.Concurrency requests in
// flight, reporting p50 and p99, the CPU each request used in this process (the API and the
// bench's client) and in Postgres, and /healthz while the listings run. Then it runs the
// mixed load of APIMix on the same index.
//
// A warm-up pass first sends cfg.Concurrency requests of each listing, unmeasured, as load
// tests do: it opens the pool's connections and fills their caches (catalog, prepared
// statements, the index pages), which a server that has been up a while has already done;
// without it the first listing measured carries that cold start.
func API(ctx context.Context, cfg APIConfig) ([]Figure, error) {
	cfg.Positions = cmp.Or(cfg.Positions, 100_000)
	cfg.Concurrency = cmp.Or(cfg.Concurrency, 50)
	cfg.Requests = cmp.Or(cfg.Requests, 500)
	cfg.Log = cmp.Or(cfg.Log, slog.Default())
	dir, err := os.MkdirTemp("", "ltvkeeper-bench-api-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	cluster, err := pgcluster.Create(dir, 0)
	if err != nil {
		return nil, err
	}
	if err := cluster.Start(); err != nil {
		return nil, err
	}
	defer cluster.Stop()
	if err := cluster.EnsureDatabase(ctx, "bench"); err != nil {
		return nil, err
	}
	url := cluster.URL("bench")
	cfg.Log.Info("API: seeding positions", "positions", cfg.Positions)
	if err := pt.SeedDB(ctx, url); err != nil {
		return nil, err
	}
	if err := pt.SeedTiesDB(ctx, url); err != nil {
		return nil, err
	}
	if err := pt.SeedMany(ctx, url, cfg.Positions, 1); err != nil {
		return nil, err
	}
	pcfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, err
	}
	indexdb.ConfigurePool(pcfg)
	pool, err := pgxpool.NewWithConfig(ctx, pcfg)
	if err != nil {
		return nil, err
	}
	defer pool.Close()
	health, err := indexdb.HealthPool(ctx, pool)
	if err != nil {
		return nil, err
	}
	defer health.Close()
	srv := httptest.NewServer(api.New(pool, api.Options{HealthDB: health, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: cfg.Concurrency}}

	cfg.Log.Info("API: warming up", "requests", cfg.Concurrency*len(apiListings))
	for _, q := range apiListings {
		if _, _, err := load(ctx, client, srv.URL+"/v1/positions?"+q, cfg.Concurrency, cfg.Concurrency); err != nil {
			return nil, fmt.Errorf("warm up GET /v1/positions?%s: %w", q, err)
		}
	}
	label := fmt.Sprintf("%d positions, %d in flight", cfg.Positions, cfg.Concurrency)
	var (
		out       []Figure
		healthMu  sync.Mutex
		healthDur []time.Duration
	)
	for _, q := range apiListings {
		// /healthz is asked every 50 ms while the listing runs.
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				case <-time.After(50 * time.Millisecond):
				}
				d, err := timeGet(ctx, client, srv.URL+"/healthz")
				if err == nil {
					healthMu.Lock()
					healthDur = append(healthDur, d)
					healthMu.Unlock()
				}
			}
		}()
		before := sampleCPU(cluster.PID())
		durs, failed, err := load(ctx, client, srv.URL+"/v1/positions?"+q, cfg.Concurrency, cfg.Requests)
		after := sampleCPU(cluster.PID())
		close(stop)
		wg.Wait()
		if err != nil {
			return nil, fmt.Errorf("GET /v1/positions?%s: %w", q, err)
		}
		if failed > 0 {
			cfg.Log.Warn("API: answers other than 200", "listing", q, "failed", failed, "of", cfg.Requests)
			out = append(out, Figure{"API", "/v1/positions?" + q + " answers other than 200, " + label, float64(failed), "requests", "0"})
		}
		p50, p99 := percentile(millis(durs), 0.5), percentile(millis(durs), 0.99)
		goCPU := ms(after.self-before.self) / float64(cfg.Requests)
		pgCPU := ms(after.postgres-before.postgres) / float64(cfg.Requests)
		cfg.Log.Info("API", "listing", q, "p50 ms", p50, "p99 ms", p99, "Go CPU ms/request", goCPU, "Postgres CPU ms/request", pgCPU)
		out = append(out,
			Figure{"API", "/v1/positions?" + q + " p50, " + label, p50, "ms", ""},
			Figure{"API", "/v1/positions?" + q + " p99, " + label, p99, "ms", "< 200 ms"},
			Figure{"API", "/v1/positions?" + q + " Go CPU per request (API and the bench's client)", goCPU, "ms", ""},
		)
		if before.ok && after.ok {
			out = append(out, Figure{"API", "/v1/positions?" + q + " Postgres CPU per request", pgCPU, "ms", ""})
		}
	}
	if len(healthDur) > 0 {
		out = append(out, Figure{"API", "/healthz p99 during the listings", percentile(millis(healthDur), 0.99), "ms", ""})
	}
	cfg.Mix.Log = cmp.Or(cfg.Mix.Log, cfg.Log)
	mix, err := APIMix(ctx, url, cfg.Mix)
	if err != nil {
		return nil, err
	}
	return append(out, mix...), nil
}

// load sends n GETs of url, concurrency at a time, and returns their durations and how many
// answered other than 200 (a timeout under load is a figure, not a failure of the bench);
// an error is a request that got no answer at all.
func load(ctx context.Context, client *http.Client, url string, concurrency, n int) ([]time.Duration, int, error) {
	var (
		mu     sync.Mutex
		durs   []time.Duration
		failed int
		first  error
		next   = make(chan struct{}, n)
		wg     sync.WaitGroup
	)
	for range n {
		next <- struct{}{}
	}
	close(next)
	for range concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range next {
				d, err := timeGet(ctx, client, url)
				mu.Lock()
				var status *statusError
				switch {
				case errors.As(err, &status):
					failed++
				case err != nil && first == nil:
					first = err
				}
				durs = append(durs, d)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return durs, failed, first
}

// statusError is an answer other than 200.
type statusError struct {
	status int
	body   string
}

func (e *statusError) Error() string { return fmt.Sprintf("status %d: %s", e.status, e.body) }

func timeGet(ctx context.Context, client *http.Client, url string) (time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	d := time.Since(start)
	if resp.StatusCode != http.StatusOK {
		return d, &statusError{resp.StatusCode, string(body)}
	}
	return d, nil
}

func millis(durs []time.Duration) []float64 {
	out := make([]float64, len(durs))
	for i, d := range durs {
		out[i] = ms(d)
	}
	return out
}
