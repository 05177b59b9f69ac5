package bench

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
)

// figure returns the figure whose name starts with prefix.
func figure(t *testing.T, figs []Figure, prefix string) Figure {
	t.Helper()
	for _, f := range figs {
		if strings.HasPrefix(f.Name, prefix) {
			return f
		}
	}
	t.Fatalf("no figure %q in %+v", prefix, figs)
	return Figure{}
}

// TestLiveMeasuresCommittedBlocks runs a few seconds of live blocks: every figure is there,
// some blocks were measured, and their market events were indexed.
func TestLiveMeasuresCommittedBlocks(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	figs, err := Live(ctx, LiveConfig{Duration: 5 * time.Second, Log: testlog.New(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range figs {
		t.Logf("%s: %g %s", f.Name, f.Value, f.Unit)
	}
	if got := figure(t, figs, "blocks measured").Value; got < 1 {
		t.Errorf("blocks measured = %g, want at least 1", got)
	}
	if got := figure(t, figs, "market events").Value; got < 1 {
		t.Errorf("market events in the measured blocks = %g, want some: the stream of transactions reached no block", got)
	}
	for _, kind := range []string{"block arrival on newHeads", "block timestamp (whole seconds)"} {
		p50, p99 := figure(t, figs, kind+" → rows committed, p50"), figure(t, figs, kind+" → rows committed, p99")
		if p50.Value > p99.Value || p99.Unit != "ms" {
			t.Errorf("%s: p50 %g %s, p99 %g %s: want p50 <= p99, in ms", kind, p50.Value, p50.Unit, p99.Value, p99.Unit)
		}
	}
	if got := figure(t, figs, "block arrival on newHeads → rows committed, p99").Target; got != "< 100 ms" {
		t.Errorf("target = %q, want %q", got, "< 100 ms")
	}
}
