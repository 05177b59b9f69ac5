package indexer_test

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ltvkeeper/ltvkeeper/indexdb/positions"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
)

// TestTwoChainsShareADatabase: the same deployment on two chains with different chain ids
// (one deployer, same nonces: the factory, the markets and the actors have the same addresses
// on both) is indexed into one database by one indexer per chain. Each chain's rows equal its
// own contracts, the same market address stays two markets, the positions list filters by
// chain, and a reorg on one chain leaves the other's rows untouched.
func TestTwoChainsShareADatabase(t *testing.T) {
	a := newEnv(t, 3)
	b := newEnv(t, 3, "--chain-id", "1337")
	if a.c.ChainID.Cmp(b.c.ChainID) == 0 {
		t.Fatalf("both chains have id %s", a.c.ChainID)
	}
	for i := range a.markets {
		if a.markets[i].Market != b.markets[i].Market || a.dep.Factory != b.dep.Factory {
			t.Fatalf("market %d at %s on chain %s but %s on chain %s: the addresses must collide for this test",
				i, a.markets[i].Market, a.c.ChainID, b.markets[i].Market, b.c.ChainID)
		}
	}
	a.act(rand.New(rand.NewPCG(1, 1)), 80)
	b.act(rand.New(rand.NewPCG(2, 2)), 80)
	_, pool := markettest.IndexDB(t)
	ctx := context.Background()

	// One indexer per chain, at the same time.
	indexTogether(t, pool, []*env{a, b}, func(i int) indexer.Config { return indexer.Config{RangeSize: uint64(5 + 2*i)} })
	var markets, addresses int
	if err := pool.QueryRow(ctx, `SELECT count(*), count(DISTINCT market) FROM markets`).Scan(&markets, &addresses); err != nil {
		t.Fatal(err)
	}
	if markets != 2*len(a.markets) || addresses != len(a.markets) {
		t.Fatalf("%d markets at %d addresses, want %d at %d", markets, addresses, 2*len(a.markets), len(a.markets))
	}

	// positions --chain-id: each chain's list is that chain's open positions, and only those.
	for _, e := range []*env{a, b} {
		id := e.c.ChainID.Int64()
		ps, err := positions.Query(ctx, pool, positions.Filter{ChainID: id, Sort: positions.ByLTV})
		if err != nil {
			t.Fatal(err)
		}
		var want int
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM positions_live WHERE chain_id = $1`, id).Scan(&want); err != nil {
			t.Fatal(err)
		}
		if len(ps) != want || want == 0 {
			t.Fatalf("chain %d: %d positions listed, %d open", id, len(ps), want)
		}
		for _, p := range ps {
			if p.ChainID != id {
				t.Fatalf("chain %d's list holds a position of chain %d", id, p.ChainID)
			}
		}
	}

	// B moves on and reorganises; A's rows do not change, byte for byte.
	before := dumpChain(t, pool, a.c.ChainID.Uint64())
	b.act(rand.New(rand.NewPCG(3, 3)), 40)
	b.indexUntilHead(pool, indexer.Config{})
	reorged := dumpChain(t, pool, b.c.ChainID.Uint64())
	b.reorg(12)
	b.mine(2)
	b.indexUntilHead(pool, indexer.Config{})
	b.assertMatchesChain(pool)
	if now := dumpChain(t, pool, b.c.ChainID.Uint64()); strings.Join(now["events"], "\n") == strings.Join(reorged["events"], "\n") {
		t.Fatalf("chain %s's events are the same after its reorg: the reorg removed nothing", b.c.ChainID)
	}
	after := dumpChain(t, pool, a.c.ChainID.Uint64())
	for table := range indexTables {
		if strings.Join(before[table], "\n") != strings.Join(after[table], "\n") {
			t.Fatalf("chain %s's %s changed when chain %s reorganised:\nbefore\n%s\nafter\n%s", a.c.ChainID, table,
				b.c.ChainID, strings.Join(before[table], "\n"), strings.Join(after[table], "\n"))
		}
	}
	a.assertMatchesChain(pool)
}
