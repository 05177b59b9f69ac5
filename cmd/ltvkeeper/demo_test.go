package main

import (
	"strings"
	"testing"
)

// TestDemo runs what 'make demo' runs: the whole story on a throwaway devnet.
func TestDemo(t *testing.T) {
	out := mustRun(t, "demo")
	for _, want := range []string{
		"LTV 20.00% (healthy)", "LTV 16.67% (healthy)", "LTV 25.00% (healthy)",
		"alert from the keeper: margin_call for Bob", "alert from the keeper: healthy for Bob",
		"the keeper liquidated Carol", "Alice's wallet holds 0.1 BTC again", "everything it started is stopped and removed",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
}
