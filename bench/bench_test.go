package bench

import (
	"context"
	"strings"
	"testing"

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
	figs, err := API(context.Background(), APIConfig{Positions: 2000, Concurrency: 4, Requests: 8, Log: testlog.New(t)})
	if err != nil {
		t.Fatal(err)
	}
	if len(figs) < 2*len(apiListings) {
		t.Fatalf("%d figures for %d listings: %+v", len(figs), len(apiListings), figs)
	}
	for _, f := range figs {
		if f.Value <= 0 {
			t.Errorf("%s = %g", f.Name, f.Value)
		}
	}
}
