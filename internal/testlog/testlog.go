// Package testlog gives tests a slog.Logger that writes through t.Log, so that a component's
// log shows beside the test that failed and nowhere else.
package testlog

import (
	"bytes"
	"log/slog"
	"strings"
	"sync"
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

// Discard is a logger that writes nothing, for a component whose log a test does not read.
var Discard = slog.New(slog.DiscardHandler)

type writer struct{ t testing.TB }

func (w writer) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// Buffer collects what a component writes (its log, a command's output) so that a test can
// read it while the component's goroutines are still writing. The zero value is ready to use.
type Buffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *Buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns everything written so far.
func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// Contains reports whether s has been written.
func (b *Buffer) Contains(s string) bool { return strings.Contains(b.String(), s) }
