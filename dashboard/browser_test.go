package dashboard_test

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/ltvkeeper/ltvkeeper/api"
	"github.com/ltvkeeper/ltvkeeper/devnet"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/internal/webtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

var updateDocs = flag.Bool("update-docs", false, "write the README's screenshot, docs/dashboard.png")

// docsScreenshot is the README's screenshot, written when missing or with -update-docs.
const docsScreenshot = "../docs/dashboard.png"

// borrowers is the size of the book: more than a page of the positions table (20). The
// devnet opens demo borrowers at random LTVs; risky more at 45-50% make sure a 40% fall
// reaches the liquidation line whatever the draw.
const (
	demoBorrowers  = 22
	riskyBorrowers = 3
	borrowers      = demoBorrowers + riskyBorrowers
)

// chromium finds a Chromium to drive, or skips the test saying what to install.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("LTVKEEPER_CHROMIUM"); p != "" {
		exe, err := exec.LookPath(p)
		if err != nil {
			t.Fatalf("LTVKEEPER_CHROMIUM=%s: %v (give the path of a Chromium, or unset it to look for one)", p, err)
		}
		return exe
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium found (looked for $LTVKEEPER_CHROMIUM, chromium, chromium-browser, google-chrome): " +
		"install Debian's chromium package ('make tools' runs scripts/ensure-chromium.sh) to run the dashboard's browser tests")
	return ""
}

// artifacts is where screenshots go: $LTVKEEPER_ARTIFACTS, or a folder of the test.
func artifacts(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("LTVKEEPER_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// human formats base units as the page does: thousands grouped, truncated to frac decimals.
func human(s string, decimals, frac int) string {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return "not a number: " + s
	}
	base := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	ip, fp := new(big.Int).QuoRem(v, base, new(big.Int))
	digits := ip.String()
	var out []byte
	for i := range len(digits) {
		if i > 0 && (len(digits)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, digits[i])
	}
	if frac > 0 {
		f := fmt.Sprintf("%0*s", decimals, fp.String()) + strings.Repeat("0", frac)
		out = append(append(out, '.'), f[:frac]...)
	}
	return string(out)
}

// openTab starts headless Chromium at exe and opens a tab in it, whose console errors errs
// collects. Both close when the test ends.
func openTab(t *testing.T, ctx context.Context, exe string) (tab context.Context, errs *console) {
	t.Helper()
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	)
	tab, cancelTab := chromedp.NewContext(alloc)
	errs = new(console)
	consoleDone := errs.collect(tab)
	t.Cleanup(func() {
		cancelTab()
		<-consoleDone
		cancelAlloc()
	})
	return tab, errs
}

// console collects what the page reports as errors: console.error calls, uncaught
// exceptions, and the browser log's errors (a failed load, a refused resource).
type console struct {
	mu     sync.Mutex
	errors []string
}

// collect reads tab's console until tab ends; done is closed then.
func (c *console) collect(tab context.Context) (done chan struct{}) {
	done = make(chan struct{})
	msgs := chromedp.Console(tab)
	go func() {
		defer close(done)
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Type != chromedp.ConsoleError && m.Type != chromedp.ConsoleException {
				continue
			}
			c.mu.Lock()
			c.errors = append(c.errors, fmt.Sprintf("%s (%s %s:%d)", m, m.Source, m.URL, m.Line))
			c.mu.Unlock()
		}
	}()
	return done
}

func (c *console) check(t *testing.T) {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range c.errors {
		t.Errorf("the page reported %s", e)
	}
	c.errors = nil
}

// waitFor polls the page until the JavaScript expression is true, failing after timeout
// with what explain (another expression) says about the page then.
func waitFor(t *testing.T, ctx context.Context, what, expr, explain string, timeout time.Duration) {
	t.Helper()
	ok, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(timeout)))
	if err == nil && ok {
		return
	}
	var got any
	if explain != "" {
		got, _ = chromedp.Run(ctx, chromedp.Evaluate[any](explain))
	}
	t.Fatalf("%s: not within %s (%v); the page shows %v", what, timeout, err, got)
}

// match waits until the page's value (a JavaScript expression) is what want, which reads the
// API, says; both are read again on each try, so that a block indexed meanwhile does not
// fail the test.
func match(t *testing.T, tab context.Context, what string, want func() any, page string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		w := jsString(want())
		got, err := chromedp.Run(tab, chromedp.Evaluate[string](`JSON.stringify(`+page+`)`))
		if err == nil && got == w {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: the page shows\n%s\nthe API says\n%s\n(%v)", what, got, w, err)
		}
		select {
		case <-tab.Done():
			t.Fatal(tab.Err())
		case <-time.After(100 * time.Millisecond): // polling both for a condition
		}
	}
}

func jsString(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// TestDashboardInBrowser drives the dashboard in headless Chromium against a node on a
// devnet: the page loads cleanly, shows the same book as the API, follows the price, and
// shows the keeper's liquidation, all without a reload.
func TestDashboardInBrowser(t *testing.T) {
	exe := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	shots := artifacts(t)
	log := testlog.New(t, slog.LevelWarn)

	apiAddr := fmt.Sprintf("127.0.0.1:%d", anviltest.FreePort(t))
	// The replay mines blocks faster than the indexer follows for a moment; /healthz would
	// answer 503 then, which the browser logs as a failed load. Lag is not this test's
	// subject: allow plenty.
	d, err := devnet.Start(ctx, devnet.Config{
		Dir: t.TempDir(), Port: anviltest.FreePort(t), DB: pgtest.DB(t), Borrowers: demoBorrowers,
		APIAddr: apiAddr, MaxLag: 100_000, Log: log,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Stop() })
	if _, err := devnet.Seed(ctx, d.RPCURL, d.Deployment, riskyBorrowers, 0.45, 0.5, log); err != nil {
		t.Fatal(err)
	}
	nodeCtx, stopNode := context.WithCancel(ctx)
	nodeDone := make(chan error, 1)
	go func() { nodeDone <- d.RunNode(nodeCtx) }()
	t.Cleanup(func() {
		stopNode()
		if err := <-nodeDone; err != nil {
			t.Errorf("node: %v", err)
		}
	})
	base := "http://" + apiAddr

	// The node has indexed the seeded book.
	var book api.PositionsResponse
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(base + "/v1/positions?limit=1000")
		if err == nil {
			json.NewDecoder(resp.Body).Decode(&book)
			resp.Body.Close()
			if len(book.Positions) == borrowers {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the node indexed %d of the %d seeded positions within 30s (last error %v)", len(book.Positions), borrowers, err)
		}
		select {
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		case <-time.After(100 * time.Millisecond): // polling the API for a condition
		}
	}

	// The node computes its risk table in the background at start; /v1/risk answers 503
	// until then, which the browser would log as a failed load.
	deadline = time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(base + "/v1/risk")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the node's risk table not ready within 60s (last error %v)", err)
		}
		select {
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		case <-time.After(100 * time.Millisecond): // polling the API for a condition
		}
	}

	tab, errs := openTab(t, ctx, exe)

	screenshot := func(t *testing.T, name string) []byte {
		t.Helper()
		png, err := chromedp.Run(tab, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		path := filepath.Join(shots, name)
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", path)
		return png
	}

	var markets api.MarketsResponse
	webtest.GetJSON(t, base+"/v1/markets", &markets)
	if len(markets.Markets) != 1 {
		t.Fatalf("%d markets, want the devnet's one", len(markets.Markets))
	}
	m := markets.Markets[0]

	t.Run("loads", func(t *testing.T) {
		err := chromedp.Do(tab, chromedp.Navigate(base+"/"),
			chromedp.WaitVisible(`#positions tbody tr[data-borrower]`),
			chromedp.Evaluate[chromedp.Void](`window.notReloaded = true`))
		if err != nil {
			t.Fatal(err)
		}
		waitFor(t, tab, "the live indicator", `document.querySelector('#live.live') !== null`, `document.getElementById('live').textContent`, 10*time.Second)
		screenshot(t, "dashboard-loaded.png")
		errs.check(t)
	})

	t.Run("book matches the API", func(t *testing.T) {
		// Blocks may still come (the keeper's set-up, interest), so each check reads the
		// API again until the page and the API agree, or fails after a deadline.
		read := func() ([]api.Position, api.Market) {
			var ps api.PositionsResponse
			webtest.GetJSON(t, base+"/v1/positions?limit=1000", &ps)
			var ms api.MarketsResponse
			webtest.GetJSON(t, base+"/v1/markets", &ms)
			return ps.Positions, ms.Markets[0]
		}

		// The histogram: 5% bins, the last for 100% and more.
		match(t, tab, "histogram", func() any {
			ps, _ := read()
			bins := make([]int, 21)
			for _, p := range ps {
				ltv, _ := new(big.Int).SetString(*p.LTVWad, 10)
				bins[min(int(new(big.Int).Quo(ltv, big.NewInt(5e16)).Int64()), 20)]++
			}
			return bins
		}, `Array.from(document.querySelectorAll('#histogram rect.bar')).map(r => +r.dataset.count)`)

		// The ladder: the debt whose liquidation price a fall of 5%, 10%... reaches.
		match(t, tab, "ladder", func() any {
			ps, m := read()
			price, _ := new(big.Int).SetString(*m.Price, 10)
			var ladder [][2]string
			for _, drop := range []int64{0, 5, 10, 20, 30, 40} {
				at := new(big.Int).Quo(new(big.Int).Mul(price, big.NewInt(100-drop)), big.NewInt(100))
				n, debt := 0, new(big.Int)
				for _, p := range ps {
					lp, _ := new(big.Int).SetString(*p.LiquidationPrice, 10)
					if lp.Sign() > 0 && lp.Cmp(at) >= 0 {
						n++
						d, _ := new(big.Int).SetString(p.Debt, 10)
						debt.Add(debt, d)
					}
				}
				ladder = append(ladder, [2]string{fmt.Sprint(n), debt.String()})
			}
			if ladder[5][0] == "0" {
				t.Errorf("ladder %v: a 40%% fall liquidates nothing; the test wants a book that reaches the line", ladder)
			}
			return ladder
		}, `Array.from(document.querySelectorAll('#ladder tbody tr')).map(r => [r.dataset.count, r.dataset.debt])`)

		// The table, in two pages, with the API's numbers as the page formats them.
		type row struct{ Borrower, Collateral, Debt, LTV, DebtText, LiqText string }
		page := func(from, to int) func() any {
			return func() any {
				ps, _ := read()
				var want []row
				for _, p := range ps[from:min(to, len(ps))] {
					want = append(want, row{p.Borrower, p.Collateral, p.Debt, *p.LTVWad, "$" + human(p.Debt, 6, 2), "$" + human(*p.LiquidationPrice, 8, 2)})
				}
				return want
			}
		}
		rows := `Array.from(document.querySelectorAll('#positions tbody tr')).map(r => ({
			Borrower: r.dataset.borrower, Collateral: r.querySelector('[data-field=collateral]').dataset.raw,
			Debt: r.querySelector('[data-field=debt]').dataset.raw, LTV: r.querySelector('[data-field=ltv]').dataset.raw,
			DebtText: r.querySelector('[data-field=debt]').textContent,
			LiqText: r.querySelector('[data-field=liquidationPrice]').textContent}))`
		match(t, tab, "first page of positions", page(0, 20), rows)
		if err := chromedp.Do(tab, chromedp.Click(`#next`)); err != nil {
			t.Fatal(err)
		}
		match(t, tab, "second page of positions", page(20, borrowers), rows)
		if err := chromedp.Do(tab, chromedp.Click(`#prev`)); err != nil {
			t.Fatal(err)
		}
		match(t, tab, "first page of positions again", page(0, 20), rows)

		// Filtered by LTV and sorted by debt, as the API filters and sorts.
		if err := chromedp.Do(tab, chromedp.SendKeys(`#f-minltv`, "35"), chromedp.Click(`th[data-sort=debt]`)); err != nil {
			t.Fatal(err)
		}
		match(t, tab, "positions at 35% LTV or more by debt", func() any {
			var filtered api.PositionsResponse
			webtest.GetJSON(t, base+"/v1/positions?min_ltv=35%25&sort=debt&limit=20", &filtered)
			if n := len(filtered.Positions); n == 0 || n == borrowers {
				t.Errorf("%d positions at 35%% LTV or more: the filter shows nothing", n)
			}
			want := []string{}
			for _, p := range filtered.Positions {
				want = append(want, p.Borrower)
			}
			return want
		}, `Array.from(document.querySelectorAll('#positions tbody tr')).map(r => r.dataset.borrower)`)
		err := chromedp.Do(tab, chromedp.Evaluate[chromedp.Void](`(() => { const f = document.getElementById('f-minltv'); f.value = '';
			f.dispatchEvent(new Event('input')); document.querySelector('th[data-sort=ltv]').click(); })()`))
		if err != nil {
			t.Fatal(err)
		}
		match(t, tab, "the unfiltered first page", page(0, 20), rows)

		// The overview.
		match(t, tab, "overview", func() any {
			_, m := read()
			return []string{"$" + human(*m.Price, 8, 2), "$" + human(*m.TotalBorrowAssets, 6, 2)}
		}, `[document.getElementById('price').textContent, document.getElementById('debt').textContent]`)
		errs.check(t)
	})

	t.Run("risk panel matches the API", func(t *testing.T) {
		// Per horizon and kind: the horizon, the windows, the grid's LTVs and the counts.
		match(t, tab, "risk curves", func() any {
			var risk api.RiskResponse
			webtest.GetJSON(t, base+"/v1/risk", &risk)
			var want [][]string
			for _, h := range risk.Horizons {
				for _, kind := range []string{"margin-call", "liquidation"} {
					var ltvs, counts []string
					for _, p := range h.Points {
						ltvs = append(ltvs, p.LTVWad)
						n := p.MarginCalls
						if kind == "liquidation" {
							n = p.Liquidations
						}
						counts = append(counts, fmt.Sprint(n))
					}
					want = append(want, []string{fmt.Sprint(h.Hours), kind, fmt.Sprint(h.Starts), strings.Join(ltvs, ","), strings.Join(counts, ",")})
				}
			}
			return want
		}, `Array.from(document.querySelectorAll('#risk-chart path.curve')).map(p => [p.dataset.hours, p.dataset.kind, p.dataset.starts, p.dataset.ltvs, p.dataset.counts])`)
		match(t, tab, "worst windows", func() any {
			var risk api.RiskResponse
			webtest.GetJSON(t, base+"/v1/risk", &risk)
			var want [][]string
			for _, h := range risk.Horizons {
				want = append(want, []string{fmt.Sprint(h.Hours), fmt.Sprint(h.Worst.LiquidatesFrom)})
			}
			return want
		}, `Array.from(document.querySelectorAll('#risk-chart line.worst')).map(l => [l.dataset.hours, l.dataset.ltv])`)
		errs.check(t)
	})

	riskiest := book.Positions[0]
	t.Run("borrower view", func(t *testing.T) {
		if err := chromedp.Do(tab, chromedp.Click(`#positions tbody tr[data-borrower="`+riskiest.Borrower+`"]`)); err != nil {
			t.Fatal(err)
		}
		path := "/v1/markets/" + riskiest.Market + "/positions/" + riskiest.Borrower
		target := func(ltv string) func() any {
			return func() any {
				var tr api.TargetResponse
				webtest.GetJSON(t, base+path+"/target?ltv="+ltv, &tr)
				return []string{tr.CollateralToAdd, tr.DebtToRepay}
			}
		}
		result := `(r => [r.dataset.collateral, r.dataset.debt])(document.getElementById('b-target-result'))`
		// The target starts at the max-borrow LTV.
		match(t, tab, "the target at the max-borrow LTV", target(human(m.MaxBorrowLtvWad, 16, 0)+"%25"), result)
		err := chromedp.Do(tab, chromedp.Evaluate[chromedp.Void](`(() => { const f = document.getElementById('b-target'); f.value = '25';
			f.dispatchEvent(new Event('input')); })()`))
		if err != nil {
			t.Fatal(err)
		}
		match(t, tab, "the target at 25%", target("25%25"), result)
		match(t, tab, "the borrower's prices and events", func() any {
			var pr api.PositionResponse
			webtest.GetJSON(t, base+path, &pr)
			events := []string{}
			for _, e := range slices.Backward(pr.Events) {
				events = append(events, e.Event)
			}
			if !slices.Contains(events, "Borrow") || !slices.Contains(events, "DepositCollateral") {
				t.Errorf("the API has events %v, want a deposit and a borrow", events)
			}
			return []any{"$" + human(*pr.Position.LiquidationPrice, 8, 2), "$" + human(*pr.Position.MarginCallPrice, 8, 2), events}
		}, `[document.getElementById('b-liqprice').textContent, document.getElementById('b-mcprice').textContent,
			Array.from(document.querySelectorAll('#b-events tbody tr')).map(r => r.dataset.event)]`)
		match(t, tab, "the borrower's odds", func() any {
			var pr api.PositionResponse
			webtest.GetJSON(t, base+path, &pr)
			if pr.Risk == nil {
				t.Fatalf("the API has no odds for %s: %s", riskiest.Borrower, pr.RiskNote)
			}
			var odds [][]string
			for _, o := range pr.Risk.Odds {
				odds = append(odds, []string{fmt.Sprint(o.Hours), fmt.Sprint(o.MarginCalls), fmt.Sprint(o.Liquidations), fmt.Sprint(o.Windows)})
			}
			return []any{pr.Risk.LTVWad, odds}
		}, `[document.querySelector('#b-risk-chart line.risk-mark').dataset.ltv,
			Array.from(document.querySelectorAll('#b-odds li')).map(l => [l.dataset.hours, l.dataset.marginCalls, l.dataset.liquidations, l.dataset.windows])]`)
		screenshot(t, "dashboard-borrower.png")
		if err := chromedp.Do(tab, chromedp.Click(`#b-close`)); err != nil {
			t.Fatal(err)
		}
		errs.check(t)
	})

	t.Run("price moves without a reload", func(t *testing.T) {
		points, err := chromedp.Run(tab, chromedp.Evaluate[int](`+document.getElementById('price-chart').dataset.points`))
		if err != nil {
			t.Fatal(err)
		}
		price, err := devnet.ChangePrice(ctx, d.RPCURL, d.Deployment, -10)
		if err != nil {
			t.Fatal(err)
		}
		waitFor(t, tab, "the new price "+price.String(),
			fmt.Sprintf(`document.getElementById('price').dataset.raw === '%s' && +document.getElementById('price-chart').dataset.points === %d`, price, points+1),
			`[document.getElementById('price').dataset.raw, document.getElementById('price-chart').dataset.points]`, 5*time.Second)
		waitFor(t, tab, "the page not reloaded", `window.notReloaded === true`, "", time.Second)
		errs.check(t)
	})

	t.Run("crash replay", func(t *testing.T) {
		// The first week of August 2024 from the shipped history: BTC fell from $65,000 to
		// under $50,000 in a few days.
		rows, err := devnet.ReadPrices("../data/btc-usd-1h-2024-coinbase.csv", 0)
		if err != nil {
			t.Fatal(err)
		}
		from, to := time.Date(2024, 8, 1, 0, 0, 0, 0, time.UTC).Unix(), time.Date(2024, 8, 8, 0, 0, 0, 0, time.UTC).Unix()
		var csv strings.Builder
		csv.WriteString("timestamp,close\n")
		n := 0
		for _, r := range rows {
			if r.Time >= from && r.Time < to {
				fmt.Fprintf(&csv, "%d,%s\n", r.Time, new(big.Rat).SetFrac(r.Price, big.NewInt(1e8)).FloatString(8))
				n++
			}
		}
		if n < 100 {
			t.Fatalf("%d rows of history in the first week of August 2024, want hourly rows", n)
		}
		path := filepath.Join(t.TempDir(), "crash.csv")
		if err := os.WriteFile(path, []byte(csv.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := devnet.Replay(ctx, d.RPCURL, d.Deployment, path, 0, 0, log); err != nil {
			t.Fatal(err)
		}
		match(t, tab, "the replayed price history", func() any {
			var ps api.PricesResponse
			webtest.GetJSON(t, base+"/v1/markets/"+m.Market+"/prices?limit=500", &ps)
			return []any{ps.Prices[0].Price, len(ps.Prices)}
		}, `[document.getElementById('price').dataset.raw, +document.getElementById('price-chart').dataset.points]`)
		waitFor(t, tab, "the page not reloaded", `window.notReloaded === true`, "", time.Second)
		screenshot(t, "dashboard-replay.png")
		errs.check(t)
	})

	t.Run("liquidation in the feed", func(t *testing.T) {
		// Just below the riskiest borrower's liquidation price: the keeper liquidates it.
		lp, _ := new(big.Int).SetString(*riskiest.LiquidationPrice, 10)
		crash := new(big.Int).Quo(new(big.Int).Mul(lp, big.NewInt(99)), big.NewInt(100))
		if err := devnet.SetPrice(ctx, d.RPCURL, d.Deployment, crash); err != nil {
			t.Fatal(err)
		}
		row := `#liquidations tbody tr[data-borrower="` + riskiest.Borrower + `"]`
		waitFor(t, tab, "the keeper's liquidation of "+riskiest.Borrower, `document.querySelector('`+row+`') !== null`,
			`document.getElementById('liquidations').textContent`, 20*time.Second)
		var liqs api.LiquidationsResponse
		webtest.GetJSON(t, base+"/v1/liquidations?borrower="+riskiest.Borrower, &liqs)
		if len(liqs.Liquidations) == 0 {
			t.Fatal("the page shows a liquidation the API does not have")
		}
		l := liqs.Liquidations[0]
		got, err := chromedp.Run(tab, chromedp.Evaluate[struct{ Tx, Repaid, Seized string }](`(r => ({Tx: r.dataset.tx, Repaid: r.dataset.repaid, Seized: r.dataset.seized}))(document.querySelector('`+row+`'))`))
		if err != nil {
			t.Fatal(err)
		}
		if got.Tx != l.TxHash || got.Repaid != *l.RepaidAssets || got.Seized != *l.SeizedCollateral {
			t.Errorf("feed row %+v, want tx %s, repaid %s, seized %s", got, l.TxHash, *l.RepaidAssets, *l.SeizedCollateral)
		}
		waitFor(t, tab, "the crash price", `document.getElementById('price').dataset.raw === '`+crash.String()+`'`,
			`document.getElementById('price').dataset.raw`, 5*time.Second)
		waitFor(t, tab, "the page not reloaded", `window.notReloaded === true`, "", time.Second)
		png := screenshot(t, "dashboard-liquidation.png")
		if err := os.MkdirAll(filepath.Dir(docsScreenshot), 0o755); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(docsScreenshot); *updateDocs || os.IsNotExist(err) {
			if err := os.WriteFile(docsScreenshot, png, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("wrote %s", docsScreenshot)
		}
		errs.check(t)
	})
}
