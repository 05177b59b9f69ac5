package main

import (
	"regexp"
	"strings"
	"testing"
)

// TestDemo runs what 'make demo' runs: the whole story on a throwaway devnet. DATABASE_URL
// points at nothing: the demo must use a private cluster of its own regardless.
func TestDemo(t *testing.T) {
	t.Setenv("DATABASE_URL", "postgres://nobody@127.0.0.1:1/nowhere?sslmode=disable&connect_timeout=1")
	out := mustRun(t, "demo")
	for _, want := range []string{
		"borrow up to 50% LTV; margin call at 65%; liquidation at 80%, back to 70%, with a 5% bonus",
		"LTV 20.00% (healthy)", "LTV 16.67% (healthy)", "more room to borrow", "LTV 25.00% (healthy)",
		"LTV 48.00% (healthy)", "LTV 48.75% (healthy)",
		"alert from the keeper: margin_call for Bob", "alert from the keeper: healthy for Bob",
		"the keeper liquidated Carol", "Alice's wallet holds 0.1 BTC again", "everything it started is stopped and removed",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
	// Both figures come from the index: Carol's LTV after her liquidation and the market's target.
	m := regexp.MustCompile(`Carol's LTV after the liquidation: (\S+) \(the market's target: (\S+)\)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("demo output lacks Carol's LTV after the liquidation:\n%s", out)
	}
	if got, want := m[1], m[2]; got != want || want != "70.00%" {
		t.Errorf("Carol's LTV after the liquidation = %s, want the market's target %s (70.00%%)", got, want)
	}
}
