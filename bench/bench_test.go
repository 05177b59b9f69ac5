package bench

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
)

func TestSelectionAgreesWithScan(t *testing.T) {
	figs, err := Selection([]int{20_000}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(figs) != 3 || !strings.Contains(figs[0].Name, "past the line") {
		t.Fatalf("figures = %+v", figs)
	}
	if strings.Contains(figs[0].Name, "(0 past") {
		t.Fatalf("the price tick made no position liquidatable: %s", figs[0].Name)
	}
}

func TestReportMarkdown(t *testing.T) {
	r := NewReport(map[string]string{"forge": "1.7.1"})
	r.Add(Figure{"keeper selection", "ordered book", 0.5, "ms", "< 1 ms"})
	md := r.Markdown()
	for _, want := range []string{"cores", "forge 1.7.1", "| keeper selection | ordered book | 0.5000 | ms | < 1 ms |"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

// TestAPIMeasuresEveryListing runs the API section small: every listing answers 200 and
// gets its two figures.
func TestAPIMeasuresEveryListing(t *testing.T) {
	figs, err := API(context.Background(), APIConfig{Positions: 2000, Concurrency: 4, Requests: 8, Log: testlog.New(t),
		Mix: MixConfig{Requests: 400, Concurrency: 16, Pressure: 400}})
	if err != nil {
		t.Fatal(err)
	}
	if len(figs) < 2*len(apiListings) {
		t.Fatalf("%d figures for %d listings: %+v", len(figs), len(apiListings), figs)
	}
	mixed := 0
	for _, f := range figs {
		switch {
		case strings.Contains(f.Name, "mixed load"):
			mixed++
			// Counted requests may be none; unanswered and leaking ones must be.
			if f.Target == "0" && f.Value != 0 || f.Target != "0" && f.Value < 0 {
				t.Errorf("%s = %g", f.Name, f.Value)
			}
		case f.Value <= 0:
			t.Errorf("%s = %g", f.Name, f.Value)
		}
	}
	if mixed == 0 {
		t.Errorf("no figure of the mixed load: %+v", figs)
	}
}

// TestAPIMixIsBounded: against a starved API (one connection, a 2 ms deadline, a 1 ms
// statement timeout: starved on any machine) under 16 requests in flight, some requests fail,
// every request gets an answer of the API's own (none is left to the bench's 30 s client
// bound), and none shows SQL.
func TestAPIMixIsBounded(t *testing.T) {
	figs, err := API(context.Background(), APIConfig{Positions: 20_000, Concurrency: 2, Requests: 2, Log: testlog.New(t),
		Mix: MixConfig{Requests: 200, Concurrency: 16, Pressure: 600, StarvedConns: 1, StarvedDeadline: 2 * time.Millisecond,
			StarvedStatement: time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, f := range figs {
		if strings.HasPrefix(f.Name, "starved") {
			got[f.Name[strings.LastIndex(f.Name, ": ")+2:]] = f.Value
		}
	}
	failed := got["answered 503 (deadline)"] + got["answered 500 (statement timeout)"]
	if got["unanswered"] != 0 || got["answers leaking SQL"] != 0 || failed == 0 ||
		failed+got["answered 200"] != 600 {
		t.Fatalf("starved API: %v", got)
	}
}

// TestMorphoBackfillIndexesEveryBorrower runs the Morpho section small: the indexer, built
// from this tree, backfills 200 Morpho borrowers once into each of three databases, every
// run writing every event, and every figure is measured.
func TestMorphoBackfillIndexesEveryBorrower(t *testing.T) {
	exe := filepath.Join(t.TempDir(), "ltvkeeper")
	if out, err := exec.Command("go", "build", "-o", exe, "github.com/ltvkeeper/ltvkeeper/cmd/ltvkeeper").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	figs, err := MorphoBackfill(context.Background(), MorphoBackfillConfig{Borrowers: 200, Exe: exe, Log: testlog.New(t)})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Figure{}
	for _, f := range figs {
		if f.Section != MorphoSection {
			t.Errorf("figure %q in section %q, want %q", f.Name, f.Section, MorphoSection)
		}
		got[f.Name] = f
		t.Logf("%s: %g %s", f.Name, f.Value, f.Unit)
	}
	for _, name := range []string{"indexer rate", "indexer rate in blocks", "indexer peak RSS", "fixture: seed 200 borrowers (3 market events each)",
		"indexer rate, slowest run", "indexer rate, fastest run", "CPU per run: the indexer", "CPU per run: Postgres",
		"rate the CPU allows: events over the three's CPU per run, every core busy throughout",
		"CPU per run: the whole machine (every process and the kernel)", "the whole machine's cores busy, over their time in the runs",
		"indexer, from its start to its last range's commit", "indexer rate to its last range's commit"} {
		if f, ok := got[name]; !ok || f.Value <= 0 {
			t.Errorf("figure %q = %+v (present: %v), want a positive value", name, f, ok)
		}
	}
	if f, ok := got["indexer, then building the indexes the backfill deferred"]; !ok || f.Value < 0 {
		t.Errorf("the time after the last commit = %+v (present: %v), want it measured", f, ok)
	}
	if f, ok := got["CPU per run: the node serving the logs (Anvil)"]; !ok || f.Value < 0 {
		t.Errorf("the node's CPU = %+v (present: %v), want it measured", f, ok) // in ticks of 10 ms: a small fixture may take none
	}
	if runs := got["indexer runs over the fixture (time and rates: the median run)"].Value; runs != indexerRuns {
		t.Errorf("indexer runs = %g, want %d", runs, indexerRuns)
	}
	if slowest, median, fastest := got["indexer rate, slowest run"].Value, got["indexer rate"].Value, got["indexer rate, fastest run"].Value; slowest > median || median > fastest {
		t.Errorf("indexer rates: slowest %g, median %g, fastest %g: want them in that order", slowest, median, fastest)
	}
	// 200 borrowers leave three events each, beside a Supply per seeding transaction.
	if f := got["fixture: indexed events"]; f.Value < 600 {
		t.Errorf("events = %g, want at least 600", f.Value)
	}
}

// TestReportKeep: a run of some sections keeps the figures of the others from the last
// report, and its own figures replace theirs.
func TestReportKeep(t *testing.T) {
	full := NewReport(nil)
	full.Add(Figure{Section: "fixture", Name: "events", Value: 300, Unit: "events"},
		Figure{Section: "api", Name: "p99", Value: 0.1, Unit: "s"})
	heavy := NewReport(nil)
	heavy.Add(Figure{Section: "fixture", Name: "events", Value: 900, Unit: "events"})
	heavy.Keep(full)
	if len(heavy.Earlier) != 1 || len(heavy.Earlier[0].Figures) != 1 || heavy.Earlier[0].Figures[0].Section != "api" {
		t.Fatalf("kept %+v, want the api figure alone", heavy.Earlier)
	}
	again := NewReport(nil)
	again.Add(Figure{Section: "api", Name: "p99", Value: 0.2, Unit: "s"})
	again.Keep(heavy)
	if len(again.Earlier) != 1 || again.Earlier[0].Figures[0].Value != 900 {
		t.Fatalf("kept %+v, want the heavy fixture alone", again.Earlier)
	}
	if md := again.Markdown(); !strings.Contains(md, "Kept from an earlier run") || !strings.Contains(md, "| fixture | events | 900 |") {
		t.Errorf("markdown:\n%s", md)
	}
}
