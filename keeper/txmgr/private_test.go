package txmgr

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

// privateWorld is a node that must receive no transaction and a private endpoint in front of
// it: what the endpoint includes is mined on the node, where the manager reads receipts.
func privateWorld(t *testing.T, include func(i int, tx *types.Transaction) (mine bool, err error)) (node, private *fakeClient) {
	t.Helper()
	node, private = newFake(), newFake()
	node.onSend = func(*fakeClient, int, *types.Transaction) error {
		t.Error("a transaction reached the node instead of the private endpoint")
		return errors.New("not here")
	}
	private.onSend = func(_ *fakeClient, i int, tx *types.Transaction) error {
		mine, err := include(i, tx)
		if mine {
			node.mu.Lock()
			node.mineLocked(tx)
			node.mu.Unlock()
		}
		return err
	}
	return node, private
}

func TestFakePrivateSendsOnlyThere(t *testing.T) {
	t.Parallel()
	node, private := privateWorld(t, func(int, *types.Transaction) (bool, error) { return true, nil })
	m, _ := newManager(t, node, 0, Config{Private: private})
	for i := range 2 {
		r, err := m.Send(context.Background(), transfer(byte(i)))
		if err != nil {
			t.Fatal(err)
		}
		if got := private.sentTxs(); len(got) != i+1 || r.TxHash != got[i].Hash() || got[i].Nonce() != uint64(i) {
			t.Fatalf("send %d: the private endpoint got %d txs, mined %s: want tx %d with nonce %d there", i, len(got), r.TxHash, i+1, i)
		}
	}
	if got := len(node.sentTxs()); got != 0 {
		t.Errorf("node received %d transactions, want 0", got)
	}
	if got, want := testutil.ToFloat64(m.metr.sentPrivate), 2.0; got != want {
		t.Errorf("sent privately metric %v, want %v", got, want)
	}
	if got, want := testutil.ToFloat64(m.metr.sent), 2.0; got != want {
		t.Errorf("sent metric %v, want %v", got, want)
	}
}

func TestFakePrivateFeeBumpGoesPrivate(t *testing.T) {
	t.Parallel()
	node, private := privateWorld(t, func(i int, _ *types.Transaction) (bool, error) { return i == 1, nil })
	m, _ := newManager(t, node, 0, Config{Private: private, ResubmitAfterBlocks: 2})
	r, sent := sendThroughBump(t, m, node, private)
	if sent[1].Nonce() != sent[0].Nonce() || !atLeast110(sent[1].GasTipCap(), sent[0].GasTipCap()) || !atLeast110(sent[1].GasFeeCap(), sent[0].GasFeeCap()) {
		t.Errorf("replacement nonce %d tip %s cap %s, want nonce %d and >= 1.1 x tip %s cap %s",
			sent[1].Nonce(), sent[1].GasTipCap(), sent[1].GasFeeCap(), sent[0].Nonce(), sent[0].GasTipCap(), sent[0].GasFeeCap())
	}
	if r.TxHash != sent[1].Hash() {
		t.Errorf("mined %s, want the replacement %s", r.TxHash, sent[1].Hash())
	}
	if got := len(node.sentTxs()); got != 0 {
		t.Errorf("node received %d transactions, want 0", got)
	}
}

// A private endpoint that is down fails the send loudly; nothing goes to the public node.
func TestFakePrivateDownNoFallback(t *testing.T) {
	t.Parallel()
	down := true
	node, private := privateWorld(t, func(int, *types.Transaction) (bool, error) {
		if down {
			return false, errors.New("dial tcp 127.0.0.1:9: connection refused")
		}
		return true, nil
	})
	m, _ := newManager(t, node, 0, Config{Private: private})
	_, err := m.Send(context.Background(), transfer(1))
	if err == nil || !strings.Contains(err.Error(), "private endpoint: dial tcp") || IsRevert(err) {
		t.Fatalf("send: %v, want the private endpoint's error", err)
	}
	if got := len(node.sentTxs()); got != 0 {
		t.Fatalf("node received %d transactions after the private endpoint failed, want 0", got)
	}
	down = false
	r, err := m.Send(context.Background(), transfer(2))
	if err != nil {
		t.Fatal(err)
	}
	if sent := private.sentTxs(); r.TxHash != sent[1].Hash() || sent[1].Nonce() != sent[0].Nonce() {
		t.Errorf("after the failure: mined %s nonce %d, want the retry with the unused nonce %d", r.TxHash, sent[1].Nonce(), sent[0].Nonce())
	}
	if node.nonceReads != 2 {
		t.Errorf("nonce read %d times, want 2 (start and after the failure)", node.nonceReads)
	}
}

// A private endpoint does not include a transaction that would revert and leaves no receipt:
// the manager bumps as usual, then gives up and reads its nonce again.
func TestFakePrivateNotIncludedGivesUp(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	includes := false
	node, private := privateWorld(t, func(int, *types.Transaction) (bool, error) {
		mu.Lock()
		defer mu.Unlock()
		return includes, nil
	})
	m, _ := newManager(t, node, 0, Config{Private: private, ResubmitAfterBlocks: 2, PrivateGiveUpBlocks: 5})
	ch := sendAsync(context.Background(), m, transfer(1))
	waitFor(t, "first publication", func() bool { return len(private.sentTxs()) == 1 })
	node.advance(2)
	waitFor(t, "a fee bump", func() bool { return len(private.sentTxs()) == 2 })
	var res sendOutcome
	waitFor(t, "the send to give up", func() bool {
		select {
		case res = <-ch:
			return true
		default:
			node.advance(1)
			return false
		}
	})
	if !errors.Is(res.err, ErrNotIncluded) || IsRevert(res.err) {
		t.Fatalf("send: %v, want ErrNotIncluded", res.err)
	}
	if got := testutil.ToFloat64(m.metr.notIncluded); got != 1 {
		t.Errorf("not included metric %v, want 1", got)
	}
	given := private.sentTxs()[0].Nonce()

	mu.Lock()
	includes = true
	mu.Unlock()
	r, err := m.Send(context.Background(), transfer(2))
	if err != nil {
		t.Fatal(err)
	}
	sent := private.sentTxs()
	if last := sent[len(sent)-1]; r.TxHash != last.Hash() || last.Nonce() != given {
		t.Errorf("next send mined %s with nonce %d, want nonce %d again (the given-up one was never mined)", r.TxHash, last.Nonce(), given)
	}
	node.mu.Lock()
	defer node.mu.Unlock()
	if node.nonceReads != 2 {
		t.Errorf("nonce read %d times, want 2 (start and after the give-up)", node.nonceReads)
	}
}

func TestPrivateGiveUpAboveResubmit(t *testing.T) {
	_, err := Config{ChainID: big.NewInt(31337), Private: newFake(), ResubmitAfterBlocks: 25}.withDefaults()
	if err == nil || !strings.Contains(err.Error(), "PrivateGiveUpBlocks 25 is not above ResubmitAfterBlocks 25") {
		t.Fatalf("config: %v, want an error naming both", err)
	}
}
