// Package anviltest starts a throwaway Anvil chain for tests: a free port, a fresh chain,
// stopped when the test ends.
package anviltest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/internal/foundry"
	"github.com/ltvkeeper/ltvkeeper/internal/pgcluster"
)

// Keys are the private keys of Anvil's first five prefunded accounts (from its public test
// mnemonic), each holding 10,000 ETH on a fresh chain.
var Keys = foundry.AnvilKeys

// Key returns Anvil's prefunded key i.
func Key(i int) *ecdsa.PrivateKey { return foundry.AnvilKey(i) }

// Anvil is a running Anvil process.
type Anvil struct {
	URL     string
	Client  *ethclient.Client
	ChainID *big.Int
}

// Binary finds anvil: $LTVKEEPER_ANVIL, the project's pinned copy (make tools), or $PATH.
func Binary() (string, error) { return foundry.Anvil() }

// Start starts anvil with extra arguments (for example "--chain-id", "10") on a free port and
// stops it when the test ends.
func Start(t testing.TB, args ...string) *Anvil {
	t.Helper()
	bin, err := Binary()
	if err != nil {
		t.Fatal(err)
	}
	port := FreePort(t)
	cmd := exec.Command(bin, append([]string{"--port", strconv.Itoa(port), "--silent"}, args...)...)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start anvil: %v", err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	a := &Anvil{URL: fmt.Sprintf("http://127.0.0.1:%d", port)}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for {
		if a.Client, err = ethclient.DialContext(ctx, a.URL); err == nil {
			if a.ChainID, err = a.Client.ChainID(ctx); err == nil {
				break
			}
			a.Client.Close()
		}
		select {
		case <-ctx.Done():
			t.Fatalf("anvil on port %d not ready: %v", port, err)
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Cleanup(a.Client.Close)
	return a
}

// Sender returns a sender from the prefunded account i (Key(i)).
func (a *Anvil) Sender(i int) *chain.Sender { return chain.NewSender(a.Client, Key(i), a.ChainID) }

// FreePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func FreePort(t testing.TB) int {
	t.Helper()
	port, err := pgcluster.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	return port
}

// Listen holds a TCP port on 127.0.0.1 until the test ends: an address that is taken, or one
// whose connections the kernel accepts but nobody reads.
func Listen(t testing.TB) net.Listener {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l.Close() })
	return l
}

// Dial connects to the node at url (http or ws) until the test ends; Client() of what it
// returns is the raw RPC client.
func Dial(t testing.TB, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// Relay posts a JSON-RPC request body to the node at url and writes its answer to w, as the
// node sent it or through rewrite when that is not nil: the forwarding half of a test's proxy
// in front of a node. A node it cannot reach is a 502.
func Relay(w http.ResponseWriter, url string, body []byte, rewrite func(answer []byte) []byte) {
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	if rewrite != nil {
		out = rewrite(out)
	}
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	w.Write(out) //nolint:errcheck // the client sees a short answer
}

// Call calls a view function of the contract at to at block (nil for the head) through
// chain.Call and fails the test on an error.
func Call[T any](t testing.TB, c *ethclient.Client, to common.Address, data []byte, unpack func([]byte) (T, error), block *big.Int) T {
	t.Helper()
	v, err := chain.Call(context.Background(), c, to, data, unpack, block)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
