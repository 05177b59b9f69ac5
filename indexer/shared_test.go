package indexer_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
)

// secondDeployment deploys another factory on the same chain, later than e's, with one market
// on e's first market's tokens and price feed, supplied with liquidity and approved by every
// actor: a deployment that shares the chain, the feed and the database with e's.
func (e *env) secondDeployment() *env {
	e.t.Helper()
	ctx := context.Background()
	first := e.markets[0]
	dep, err := deploy.Deploy(ctx, e.deployer, e.c.ChainID, deploy.Config{
		CollateralToken: first.CollateralToken, LoanToken: first.LoanToken, PriceFeed: first.PriceFeed,
	}, testlog.Discard)
	if err != nil {
		e.t.Fatal(err)
	}
	k := &env{t: e.t, c: e.c, anvil: e.anvil, dep: dep, markets: dep.Markets, deployer: e.deployer, actors: e.actors,
		prices: []int64{e.prices[0]}}
	mk := dep.Markets[0]
	e.send(e.deployer, mk.LoanToken, erc20.PackMint(e.deployer.From, big.NewInt(5_000_000e6)))
	e.send(e.deployer, mk.LoanToken, erc20.PackApprove(mk.Market, maxUint))
	e.send(e.deployer, mk.Market, market.PackSupply(big.NewInt(5_000_000e6), e.deployer.From))
	for _, a := range e.actors {
		e.send(a, mk.CollateralToken, erc20.PackApprove(mk.Market, maxUint))
		e.send(a, mk.LoanToken, erc20.PackApprove(mk.Market, maxUint))
	}
	return k
}

// TestTwoDeploymentsShareADatabase: deployment K, created after A on the same chain and
// sharing A's price feed, is indexed first; then A, whose backfill covers K's blocks. Then both
// deployments act and both indexers run at the same time. Each index stays equal to its chain.
func TestTwoDeploymentsShareADatabase(t *testing.T) {
	a := newEnv(t, 4)
	k := a.secondDeployment()
	if k.dep.StartBlock <= a.dep.StartBlock {
		t.Fatalf("K starts at block %d, not after A's %d", k.dep.StartBlock, a.dep.StartBlock)
	}
	rng := rand.New(rand.NewPCG(17, 17))
	a.act(rng, 60)
	k.act(rng, 60)
	a.crash(0, 45) // moves the shared feed: both deployments see the rounds
	_, pool := markettest.IndexDB(t)

	k.indexUntilHead(pool, indexer.Config{RangeSize: 9})
	k.assertMatchesChain(pool)
	a.indexUntilHead(pool, indexer.Config{RangeSize: 9})
	a.assertMatchesChain(pool)
	k.assertMatchesChain(pool)
	k.indexUntilHead(pool, indexer.Config{})
	k.assertMatchesChain(pool)

	for range 3 {
		a.act(rng, 30)
		k.act(rng, 30)
		indexTogether(t, pool, []*env{a, k}, func(int) indexer.Config { return indexer.Config{RangeSize: 3, Concurrency: 2} })
	}
}
