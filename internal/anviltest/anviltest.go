// Package anviltest starts a throwaway Anvil chain for tests: a free port, a fresh chain,
// stopped when the test ends.
package anviltest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Keys are the private keys of Anvil's first five prefunded accounts (from its public test
// mnemonic), each holding 10,000 ETH on a fresh chain.
var Keys = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1c9d0b13f4733793e5b5f8f3e2d5c",
}

// Key returns Anvil's prefunded key i.
func Key(i int) *ecdsa.PrivateKey {
	key, err := crypto.HexToECDSA(Keys[i])
	if err != nil {
		panic(err)
	}
	return key
}

// Anvil is a running Anvil process.
type Anvil struct {
	URL    string
	Client *ethclient.Client
}

// Binary finds anvil: $LTVKEEPER_ANVIL, the project's pinned copy (make tools), or $PATH.
func Binary() (string, error) {
	if p := os.Getenv("LTVKEEPER_ANVIL"); p != "" {
		return p, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for ; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		p := filepath.Join(dir, "contracts", "tools", "node_modules", ".bin", "anvil")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	if p, err := exec.LookPath("anvil"); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("anvil not found: run 'make tools' or set LTVKEEPER_ANVIL")
}

// Start starts anvil with extra arguments (for example "--chain-id", "10") on a free port and
// stops it when the test ends.
func Start(t testing.TB, args ...string) *Anvil {
	t.Helper()
	bin, err := Binary()
	if err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
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
			if _, err = a.Client.ChainID(ctx); err == nil {
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

// freePort returns a TCP port that was free a moment ago.
func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
