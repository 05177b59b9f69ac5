package indexer_test

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
)

// indexTables are the tables the index consists of, with the order that makes a dump stable.
var indexTables = map[string]string{
	"events":           "block_number, log_index",
	"markets":          "market",
	"market_state":     "market",
	"positions":        "market, borrower",
	"price_rounds":     "block_number, log_index, price_feed",
	"feed_aggregators": "price_feed, block_number",
	"checkpoints":      "factory",
}

// dump is every row of the index as text, table by table.
func dump(t *testing.T, pool *pgxpool.Pool) map[string][]string {
	t.Helper()
	return dumpWhere(t, pool, "true")
}

// dumpChain is every row of chainID in the index as text, table by table.
func dumpChain(t *testing.T, pool *pgxpool.Pool, chainID uint64) map[string][]string {
	t.Helper()
	return dumpWhere(t, pool, fmt.Sprintf("chain_id = %d", chainID))
}

// dumpWhere is every row of the index where cond holds, as text, table by table.
func dumpWhere(t *testing.T, pool *pgxpool.Pool, cond string) map[string][]string {
	t.Helper()
	out := make(map[string][]string)
	for table, order := range indexTables {
		cols := "*"
		if table == "checkpoints" {
			cols = "chain_id, factory, block_number, block_hash, block_timestamp"
		}
		rows, err := pool.Query(context.Background(), fmt.Sprintf("SELECT (%s)::text FROM (SELECT %s FROM %s WHERE %s ORDER BY %s) r", "r", cols, table, cond, order))
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out[table] = append(out[table], s)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// assertSameIndex fails unless two indexes hold exactly the same rows.
func assertSameIndex(t *testing.T, got, want *pgxpool.Pool) {
	t.Helper()
	g, w := dump(t, got), dump(t, want)
	for table := range indexTables {
		if strings.Join(g[table], "\n") != strings.Join(w[table], "\n") {
			t.Fatalf("table %s differs:\n got %d rows\n%s\nwant %d rows\n%s", table, len(g[table]), strings.Join(g[table], "\n"), len(w[table]), strings.Join(w[table], "\n"))
		}
	}
}

// follow runs the indexer on the head in the background until the test ends.
func (e *env) follow(pool *pgxpool.Pool) {
	e.t.Helper()
	inBackground(e.t, indexer.Config{
		ChainID: e.c.ChainID.Uint64(), Factory: e.dep.Factory, StartBlock: e.dep.StartBlock, PollInterval: 20 * time.Millisecond,
	}, anviltest.Dial(e.t, e.anvil.URL).Client(), pool, nil)
}

// waitIndexed waits until the index's checkpoint is the chain's current head block.
func (e *env) waitIndexed(pool *pgxpool.Pool) {
	e.t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(30 * time.Second)
	for {
		head, err := e.anvil.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			e.t.Fatal(err)
		}
		var hash []byte
		var number uint64
		err = pool.QueryRow(ctx, `SELECT block_hash, block_number FROM checkpoints`).Scan(&hash, &number)
		if err == nil && common.BytesToHash(hash) == head.Hash() {
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("index did not reach head %d (%s) in time: at %d (%x), %v", head.Number, head.Hash(), number, hash, err)
		}
		time.Sleep(10 * time.Millisecond) // polling a condition with a deadline
	}
}

// reorg replaces the last depth blocks: the first new one holds a transfer between Anvil's
// last prefunded accounts, so that every new block differs from the one it replaces.
func (e *env) reorg(depth int) {
	e.t.Helper()
	from := "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720" // Anvil's account 9, unlocked
	tx := map[string]any{"from": from, "to": from, "value": "0x1"}
	e.rpc("anvil_reorg", depth, []any{[]any{tx, 0}})
}

func (e *env) mine(blocks int) {
	e.t.Helper()
	e.rpc("anvil_mine", blocks)
}

// TestReorgs follows the head while the chain reorganises at depths 1 to 64, including reorgs
// that remove a market's creation and liquidations. After each, the live index must equal a
// fresh index of the canonical chain, and the chain itself.
func TestReorgs(t *testing.T) {
	e := newEnv(t, 4)
	_, live := markettest.IndexDB(t)
	e.follow(live)
	rng := rand.New(rand.NewPCG(3, 3))

	check := func(name string) {
		t.Helper()
		e.waitIndexed(live)
		_, fresh := markettest.IndexDB(t)
		e.indexUntilHead(fresh, indexer.Config{})
		assertSameIndex(t, live, fresh)
		e.assertMatchesChain(live)
		t.Logf("%s: index equals the canonical chain", name)
	}

	for i, depth := range []int{1, 2, 3, 5, 8, 13, 21, 34, 64} {
		e.act(rng, 10)
		e.mine(depth)
		e.waitIndexed(live)
		if i%2 == 0 {
			// The last `depth` blocks are replaced at the same heights, the first by one
			// holding a transfer, the others empty.
			e.reorg(depth)
		} else {
			// The last `depth` blocks are dropped and the chain grows again differently.
			e.rpc("anvil_rollback", depth)
			e.act(rng, 3)
			e.mine(depth)
		}
		check(fmt.Sprintf("reorg depth %d", depth))
	}

	// A reorg that removes a market's creation and the liquidations in it.
	e.waitIndexed(live)
	before := len(e.markets)
	e.markets = append(e.markets, e.createMarket("XBTC"))
	e.prices = append(e.prices, 100_000)
	e.crash(len(e.markets)-1, 40)
	e.crash(0, 40)
	e.waitIndexed(live)
	var liquidations int
	if err := live.QueryRow(context.Background(), `SELECT count(*) FROM liquidations`).Scan(&liquidations); err != nil || liquidations == 0 {
		t.Fatalf("no liquidations indexed before the reorg (%v)", err)
	}
	head, err := e.anvil.Client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	depth := int(head - e.blockOfMarket(len(e.markets)-1) + 1)
	e.reorg(depth)
	e.markets, e.prices = e.markets[:before], e.prices[:before]
	check(fmt.Sprintf("reorg of depth %d removing a market and its liquidations", depth))
}

// blockOfMarket is the block that created market i.
func (e *env) blockOfMarket(i int) uint64 {
	e.t.Helper()
	var block uint64
	code := func(n uint64) bool {
		c, err := e.anvil.Client.CodeAt(context.Background(), e.markets[i].Market, new(big.Int).SetUint64(n))
		if err != nil {
			e.t.Fatal(err)
		}
		return len(c) > 0
	}
	head, _ := e.anvil.Client.BlockNumber(context.Background())
	lo, hi := uint64(0), head
	for lo < hi { // the first block with code at the market's address
		mid := (lo + hi) / 2
		if code(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	block = lo
	return block
}

// TestShorterChainRollsBack: the chain loses its last blocks and grows again by fewer, so
// that its head is below the checkpoint on another fork. Run to the head, the indexer must
// roll back and end on the new chain instead of reporting that it caught up; following the
// head, it must do the same instead of waiting for the chain to reach the old height.
func TestShorterChainRollsBack(t *testing.T) {
	e := newEnv(t, 2)
	rng := rand.New(rand.NewPCG(8, 8))
	e.act(rng, 20)
	_, pool := markettest.IndexDB(t)
	e.indexUntilHead(pool, indexer.Config{})
	_, live := markettest.IndexDB(t)
	e.follow(live)
	e.waitIndexed(live)

	e.rpc("anvil_rollback", 6)
	e.setPrice(e.markets[0], 91_000) // one new block, unlike the one it replaces
	e.setPrice(e.markets[1], 92_000)

	e.indexUntilHead(pool, indexer.Config{})
	e.waitIndexed(pool)
	e.assertMatchesChain(pool)
	e.waitIndexed(live)
	e.assertMatchesChain(live)
	assertSameIndex(t, live, pool)
}
