package indexer_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
)

// TestProxyFeeds: a market reads a Chainlink proxy, whose rounds are its aggregator's
// AnswerUpdated events. The aggregator is changed with no event (EACAggregatorProxy) or with
// AggregatorConfirmed (AggregatorProxy), once inside a backfill and once while the indexer
// follows the head; the aggregators it left keep publishing. After catching up, the index's
// latest round equals, at every block, what the proxy's latestRoundData returned at that block.
// Then a reorg removes the block that changed the aggregator: the index follows the old one.
func TestProxyFeeds(t *testing.T) {
	for _, kind := range []deploy.ProxyKind{deploy.EACProxy, deploy.AggregatorProxy} {
		t.Run(kind.String(), func(t *testing.T) {
			e := newEnv(t, 0)
			ctx := context.Background()
			cfg := deploy.DevFeedConfig(big.NewInt(100_000e8))
			cfg.Proxy = kind
			feed, err := deploy.DeployFeed(ctx, e.deployer, cfg)
			if err != nil {
				t.Fatal(err)
			}
			m := e.createMarketWithFeed("PBTC", feed.Proxy)
			created := e.blockOfFeedMarket(m)
			// settle waits, once the indexer follows the head, for it to index what was just
			// mined: Anvil answers a call at its head from the state of the block it is mining
			// (a node answers from the block's own state), so a transaction mined while the
			// indexer reads the head would show it the next block's state early.
			var following *pgxpool.Pool
			settle := func() {
				t.Helper()
				if following != nil {
					e.waitIndexed(following)
				}
			}
			publish := func(aggregator common.Address, dollars int64) {
				t.Helper()
				if _, err := deploy.PublishPrice(ctx, e.deployer, aggregator, big.NewInt(dollars*1e8)); err != nil {
					t.Fatal(err)
				}
				settle()
			}
			newAggregator := func() common.Address {
				t.Helper()
				a, err := deploy.DeployAggregator(ctx, e.deployer, cfg)
				if err != nil {
					t.Fatal(err)
				}
				settle()
				return a
			}
			switchTo := func(aggregator common.Address) *types.Receipt {
				t.Helper()
				if err := deploy.ProposeAggregator(ctx, e.deployer, feed.Proxy, aggregator); err != nil {
					t.Fatal(err)
				}
				settle()
				r, err := deploy.ConfirmAggregator(ctx, e.deployer, feed.Proxy, aggregator)
				if err != nil {
					t.Fatal(err)
				}
				settle()
				return r
			}

			// A change that the first run meets in its backfill.
			publish(feed.Aggregator, 101_000)
			second := newAggregator()
			publish(second, 99_000) // before it takes over: not the feed's round yet
			switchTo(second)
			publish(feed.Aggregator, 50_000) // the old aggregator is no longer the feed's
			publish(second, 98_000)
			e.mine(200) // deeper than the unsafe depth: backfilled
			_, pool := markettest.IndexDB(t)
			e.follow(pool)
			e.waitIndexed(pool)
			e.assertRoundsMatchProxy(pool, feed.Proxy, created)

			// A change while following.
			following = pool
			third := newAggregator()
			publish(third, 97_000)
			switched := switchTo(third)
			publish(third, 96_000)
			publish(second, 10_000)
			e.waitIndexed(pool)
			e.assertRoundsMatchProxy(pool, feed.Proxy, created)
			e.assertLatestAggregator(pool, feed.Proxy, third)

			// A reorg removes the block that changed the aggregator.
			head, err := e.anvil.Client.BlockNumber(ctx)
			if err != nil {
				t.Fatal(err)
			}
			e.rpc("anvil_rollback", head-switched.BlockNumber.Uint64()+1)
			publish(second, 95_000)
			e.mine(2)
			e.waitIndexed(pool)
			e.assertRoundsMatchProxy(pool, feed.Proxy, created)
			e.assertLatestAggregator(pool, feed.Proxy, second)
		})
	}
}

// blockOfFeedMarket is the block in which m was created.
func (e *env) blockOfFeedMarket(m deploy.Market) uint64 {
	e.t.Helper()
	for i := range e.markets {
		if e.markets[i].Market == m.Market {
			return e.blockOfMarket(i)
		}
	}
	e.markets = append(e.markets, m)
	e.prices = append(e.prices, 100_000)
	return e.blockOfMarket(len(e.markets) - 1)
}

// assertRoundsMatchProxy checks, at every block from `from` to the indexed head, that the
// index's latest round of feed is the round the feed's latestRoundData returned at that block:
// round id, answer and updatedAt.
func (e *env) assertRoundsMatchProxy(pool *pgxpool.Pool, feed common.Address, from uint64) {
	e.t.Helper()
	ctx := context.Background()
	var head uint64
	if err := pool.QueryRow(ctx, `SELECT block_number FROM checkpoints`).Scan(&head); err != nil {
		e.t.Fatal(err)
	}
	abi := chainlink.NewAggregatorV3Interface()
	for n := from; n <= head; n++ {
		want := anviltest.Call(e.t, e.anvil.Client, feed, abi.PackLatestRoundData(), abi.UnpackLatestRoundData, new(big.Int).SetUint64(n))
		var round, answer string
		var updatedAt uint64
		err := pool.QueryRow(ctx, `SELECT round_id::text, answer::text, updated_at FROM price_rounds
			WHERE price_feed = $1 AND block_number <= $2 ORDER BY block_number DESC, log_index DESC LIMIT 1`, feed.Bytes(), n).Scan(&round, &answer, &updatedAt)
		if err != nil {
			e.t.Fatalf("block %d: no indexed round of feed %s: %v", n, feed, err)
		}
		if round != want.RoundId.String() || answer != want.Answer.String() || updatedAt != want.UpdatedAt.Uint64() {
			e.t.Fatalf("block %d: index has round %s answer %s updated at %d; the feed returned round %s answer %s updated at %d",
				n, round, answer, updatedAt, want.RoundId, want.Answer, want.UpdatedAt)
		}
	}
}

// assertLatestAggregator checks that the feed's latest indexed round came from aggregator.
func (e *env) assertLatestAggregator(pool *pgxpool.Pool, feed, aggregator common.Address) {
	e.t.Helper()
	var got []byte
	if err := pool.QueryRow(context.Background(), `SELECT aggregator FROM price_rounds WHERE price_feed = $1
		ORDER BY block_number DESC, log_index DESC LIMIT 1`, feed.Bytes()).Scan(&got); err != nil {
		e.t.Fatal(err)
	}
	if common.BytesToAddress(got) != aggregator {
		e.t.Fatalf("latest round of feed %s from aggregator %s, want %s", feed, common.BytesToAddress(got), aggregator)
	}
}
