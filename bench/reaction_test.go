package bench

import (
	"context"
	"testing"
	"time"

	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
)

// TestReactionLiquidatesEveryPosition makes three positions liquidatable beside two safe
// ones: the keeper liquidates all three, no earlier than the block after the price update's,
// and the figures add up.
func TestReactionLiquidatesEveryPosition(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	figs, err := Reaction(ctx, ReactionConfig{Sizes: []int{3}, Safe: 2, Log: testlog.New(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range figs {
		t.Logf("%s: %g %s", f.Name, f.Value, f.Unit)
	}
	first := figure(t, figs, "3 positions: first liquidation mined, blocks")
	last := figure(t, figs, "3 positions: last liquidation mined, blocks")
	if first.Value < 1 || last.Value < first.Value {
		t.Errorf("first liquidation %g blocks after the update, last %g: want 1 <= first <= last", first.Value, last.Value)
	}
	if first.Target != "next block (1)" {
		t.Errorf("target = %q, want %q", first.Target, "next block (1)")
	}
	mean, total := figure(t, figs, "3 positions: gas per liquidation"), figure(t, figs, "3 positions: gas of all")
	if mean.Value <= 0 || total.Value < mean.Value {
		t.Errorf("gas: mean %g, total %g: want 0 < mean <= total", mean.Value, total.Value)
	}
}
