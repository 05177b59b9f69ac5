// Package testlog gives tests a slog.Logger that writes through t.Log, so that a component's
// log shows beside the test that failed and nowhere else.
package testlog

import (
	"log/slog"
	"strings"
	"testing"
)

// New returns a text logger at level (slog.LevelInfo when none is given) writing to t.Log.
func New(t testing.TB, level ...slog.Level) *slog.Logger {
	opts := &slog.HandlerOptions{Level: slog.LevelInfo}
	if len(level) > 0 {
		opts.Level = level[0]
	}
	return slog.New(slog.NewTextHandler(writer{t}, opts))
}

type writer struct{ t testing.TB }

func (w writer) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
