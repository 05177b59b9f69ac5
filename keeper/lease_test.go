package keeper_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/metrictest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/keeper"
)

// TestKeepersSplitMarkets: three keepers over six markets. Every market has exactly one
// holder; stopping a keeper moves its markets to the others; starting it again rebalances;
// and through all of it every position past the line is liquidated exactly once, by one
// transaction.
func TestKeepersSplitMarkets(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	for _, symbol := range []string{"TBTC", "CBBTC", "LBTC", "FBTC", "SOLVBTC"} {
		if _, err := deploy.AddDevMarket(ctx, w.deployer, w.dep, symbol, big.NewInt(20_000_000e6)); err != nil {
			t.Fatal(err)
		}
	}
	keys := []*ecdsa.PrivateKey{w.keeperKey, anviltest.Key(2), anviltest.Key(3)}
	for _, k := range keys[1:] {
		w.c.Fund(k, big.NewInt(5_000_000e6))
	}
	w.follow()
	w.indexedHead()

	regs := make([]*prometheus.Registry, len(keys))
	stops := make([]func(), len(keys))
	start := func(i int) {
		regs[i] = prometheus.NewRegistry()
		stops[i] = w.keepWith(keeper.Config{LeaseInterval: 100 * time.Millisecond}, keys[i], regs[i], testlog.Discard)
	}
	var borrowers []common.Address
	// round opens a position in every market, moves the price past the line, waits for all
	// of them to be liquidated and moves the price back.
	round := func(what string) {
		t.Helper()
		for _, m := range w.dep.Markets {
			s := w.c.Account(big.NewInt(1e18))
			w.c.OpenIn(m, s, big.NewInt(1e8), big.NewInt(49_000e6))
			borrowers = append(borrowers, s.From)
		}
		w.indexedHead()
		w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(60_000e8)))
		w.eventually(what+": every position liquidated", 60*time.Second, func() bool {
			liquidated := w.liquidationsIn()
			for _, b := range borrowers {
				if liquidated[b] == 0 {
					return false
				}
			}
			return true
		})
		w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(100_000e8)))
	}

	for i := range keys {
		start(i)
	}
	w.eventually("each keeper to hold two markets", 10*time.Second, func() bool { return w.split(regs, 2, 2, 2) })
	round("three keepers")

	stops[0]()
	w.eventually("the stopped keeper's markets to move to the others", 2*time.Second+time.Second, func() bool {
		return w.split(regs[1:], 3, 3)
	})
	round("two keepers")

	start(0)
	w.eventually("the markets to be rebalanced", 10*time.Second, func() bool { return w.split(regs, 2, 2, 2) })
	round("three keepers again")

	liquidated, sent := w.liquidationsIn(), w.liquidationsSent()
	for _, b := range borrowers {
		if liquidated[b] != 1 || sent[b] != 1 {
			t.Errorf("borrower %s: %d liquidations from %d transactions, want one of each", b, liquidated[b], sent[b])
		}
	}
}

// TestKeeperKeyInUse: a keeper refuses to start with a key another live keeper uses, and says
// which keeper that is.
func TestKeeperKeyInUse(t *testing.T) {
	w := newWorld(t)
	w.follow()
	w.indexedHead()
	w.keep(keeper.Config{})
	w.eventually("the first keeper to hold the market", 10*time.Second, func() bool { return w.leaders() == 1 })

	k, err := keeper.New(context.Background(), keeper.Config{Deployment: w.dep}, w.anvil.Client, w.pool, w.keeperKey, testlog.Discard, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err = k.Run(ctx)
	from := crypto.PubkeyToAddress(w.keeperKey.PublicKey)
	if err == nil || !strings.Contains(err.Error(), from.Hex()+" on chain 31337: key in use by another live keeper (ltvkeeper keeper "+from.Hex()) ||
		!strings.Contains(err.Error(), "give each keeper its own key") {
		t.Fatalf("err = %v, want the key in use, by which keeper, and the fix", err)
	}
}

// split says whether every market is held by exactly one of the keepers whose metrics regs
// are, and the keepers hold want markets each (in any order).
func (w *world) split(regs []*prometheus.Registry, want ...int) bool {
	w.t.Helper()
	var counts []int
	holders := make(map[string]int)
	for _, reg := range regs {
		n := 0
		for _, m := range w.dep.Markets {
			if metrictest.Sum(w.t, reg, "ltvkeeper_keeper_market_held", "market", m.Name) == 1 {
				n++
				holders[m.Name]++
			}
		}
		counts = append(counts, n)
	}
	// The registries are read one after another, so a market handed over between two reads
	// shows twice: wait for a settled reading. Two keepers never hold one lease (Postgres's
	// lock), and never act on one market: the liquidations below are counted once each.
	for _, m := range w.dep.Markets {
		if holders[m.Name] != 1 {
			return false
		}
	}
	slices.Sort(counts)
	slices.Sort(want)
	return slices.Equal(counts, want)
}

// liquidationsIn counts the Liquidate events of every market of the deployment, by borrower.
func (w *world) liquidationsIn() map[common.Address]int {
	w.t.Helper()
	var addrs []common.Address
	for _, m := range w.dep.Markets {
		addrs = append(addrs, m.Market)
	}
	out := make(map[common.Address]int)
	for _, l := range w.liquidateEvents(addrs...) {
		out[l.borrower]++
	}
	return out
}

// liquidationsSent counts the liquidate transactions mined on any market of the deployment,
// reverted or not, by borrower.
func (w *world) liquidationsSent() map[common.Address]int {
	w.t.Helper()
	ctx := context.Background()
	head, err := w.anvil.Client.BlockNumber(ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	markets := make(map[common.Address]bool)
	for _, m := range w.dep.Markets {
		markets[m.Market] = true
	}
	selector := market.PackLiquidate(common.Address{}, new(big.Int))[:4]
	parsed, _ := bindings.LendingMarketMetaData.ParseABI()
	out := make(map[common.Address]int)
	for n := uint64(0); n <= head; n++ {
		b, err := w.anvil.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			w.t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			if tx.To() == nil || !markets[*tx.To()] || !bytes.HasPrefix(tx.Data(), selector) {
				continue
			}
			args, err := parsed.Methods["liquidate"].Inputs.Unpack(tx.Data()[4:])
			if err != nil {
				w.t.Fatal(fmt.Errorf("decode liquidate in tx %s: %w", tx.Hash(), err))
			}
			out[args[0].(common.Address)]++
		}
	}
	return out
}
