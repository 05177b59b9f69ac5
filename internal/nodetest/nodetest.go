// Package nodetest runs a node in the background of a test.
package nodetest

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/ltvkeeper/ltvkeeper/node"
)

// Node is a node.Run in the background.
type Node struct {
	// Addr is the node's HTTP server, empty when cfg.HTTPAddr is.
	Addr string

	cancel context.CancelFunc
	done   chan error
	once   sync.Once
	err    error
}

// Start runs node.Run with cfg (its Ready is set here) and waits up to 30 s until the node has
// started. When the test ends, a node not yet stopped is stopped, and an error of node.Run
// fails the test.
func Start(t testing.TB, cfg node.Config, log *slog.Logger) *Node {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	n := &Node{cancel: cancel, done: make(chan error, 1)}
	ready := make(chan string, 1)
	cfg.Ready = func(addr string) { ready <- addr }
	go func() { n.done <- node.Run(ctx, cfg, log) }()
	t.Cleanup(func() {
		if err := n.Stop(); err != nil {
			t.Errorf("node: %v", err)
		}
	})
	select {
	case n.Addr = <-ready:
	case err := <-n.done:
		n.done <- err // for Stop
		t.Fatalf("node stopped: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("node did not start")
	}
	return n
}

// Stop cancels the node and returns what node.Run returned, or an error when it has not
// returned within 15 s. Later calls return the same.
func (n *Node) Stop() error {
	n.once.Do(func() {
		n.cancel()
		select {
		case n.err = <-n.done:
		case <-time.After(15 * time.Second):
			n.err = errors.New("node did not stop within 15 s of cancel")
		}
	})
	return n.err
}
