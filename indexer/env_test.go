package indexer_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

var market, erc20, feedABI, maxUint = markettest.MarketABI, markettest.ERC20ABI, markettest.FeedABI, markettest.MaxUint

// env is a dev deployment on Anvil with two markets (WBTC/USDC and TBTC/USDC) and funded,
// approved actors.
type env struct {
	t        *testing.T
	c        *markettest.Chain
	anvil    *anviltest.Anvil
	dep      *deploy.Deployment
	markets  []deploy.Market
	deployer *chain.Sender
	actors   []*chain.Sender
	prices   []int64 // each market's BTC price in dollars
}

func newEnv(t *testing.T, actors int, anvilArgs ...string) *env {
	t.Helper()
	c := markettest.Start(t, deploy.Config{MockFeed: true, BTCPrice: big.NewInt(100_000e8), Liquidity: big.NewInt(5_000_000e6)}, anvilArgs...)
	a := c.Anvil
	e := &env{t: t, c: c, anvil: a, dep: c.Deployment, deployer: c.Deployer}
	e.markets = append(e.markets, c.Market, e.createMarket("TBTC"))
	e.prices = []int64{100_000, 100_000}
	rng := rand.New(rand.NewPCG(uint64(actors), 7))
	for range actors {
		key, _ := ecdsa.GenerateKey(crypto.S256(), rngReader{rng})
		s := chain.NewSender(a.Client, key, c.ChainID)
		e.rpc("anvil_setBalance", s.From, hexutil.EncodeBig(new(big.Int).Mul(big.NewInt(1e18), big.NewInt(100))))
		for _, m := range e.markets {
			e.send(s, m.CollateralToken, erc20.PackMint(s.From, big.NewInt(1_000e8)))
			e.send(s, m.CollateralToken, erc20.PackApprove(m.Market, maxUint))
			e.send(s, m.LoanToken, erc20.PackApprove(m.Market, maxUint))
		}
		e.send(s, e.markets[0].LoanToken, erc20.PackMint(s.From, big.NewInt(10_000_000e6)))
		e.actors = append(e.actors, s)
	}
	return e
}

// rngReader makes deterministic keys.
type rngReader struct{ r *rand.Rand }

func (r rngReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r.r.Uint32())
	}
	return len(p), nil
}

// createMarket adds a market for a new mock collateral token with its own feed.
func (e *env) createMarket(symbol string) deploy.Market {
	feed, _, err := e.deployer.Deploy(context.Background(), bindings.MockPriceFeedMetaData.Bin, feedABI.PackConstructor(8, symbol+" / USD", big.NewInt(100_000e8)))
	if err != nil {
		e.t.Fatal(err)
	}
	return e.createMarketWithFeed(symbol, feed)
}

// createMarketWithFeed adds a market for a new mock collateral token priced by feed.
func (e *env) createMarketWithFeed(symbol string, feed common.Address) deploy.Market {
	ctx := context.Background()
	token, _, err := e.deployer.Deploy(ctx, bindings.MockERC20MetaData.Bin, erc20.PackConstructor("Mock "+symbol, symbol, 8))
	if err != nil {
		e.t.Fatal(err)
	}
	factory := bindings.NewMarketFactory()
	params := anviltest.Call(e.t, e.anvil.Client, e.dep.Factory, factory.PackDefaultParams(), factory.UnpackDefaultParams, nil)
	usdc := e.dep.Markets[0].LoanToken
	receipt := e.send(e.deployer, e.dep.Factory, factory.PackCreateMarket(token, usdc, feed, params))
	var addr common.Address
	for _, l := range receipt.Logs {
		if ev, err := factory.UnpackMarketCreatedEvent(l); err == nil {
			addr = ev.Market
		}
	}
	e.send(e.deployer, usdc, erc20.PackMint(e.deployer.From, big.NewInt(5_000_000e6)))
	e.send(e.deployer, usdc, erc20.PackApprove(addr, maxUint))
	e.send(e.deployer, addr, market.PackSupply(big.NewInt(5_000_000e6), e.deployer.From))
	return deploy.Market{Name: symbol + "/USDC", Market: addr, CollateralToken: token, LoanToken: usdc, PriceFeed: feed}
}

func (e *env) send(s *chain.Sender, to common.Address, data []byte) *types.Receipt {
	e.t.Helper()
	return e.c.Send(s, to, data)
}

// try sends a transaction that the market may refuse; it reports whether it was mined.
func (e *env) try(s *chain.Sender, to common.Address, data []byte) bool {
	e.t.Helper()
	_, err := s.Transact(context.Background(), to, data)
	var revert *chain.RevertError
	if err != nil && !errors.As(err, &revert) {
		e.t.Fatal(err)
	}
	return err == nil
}

func (e *env) rpc(method string, args ...any) {
	e.t.Helper()
	e.c.RPC(method, args...)
}

// setPrice sets a market's feed to dollars (8 decimals).
func (e *env) setPrice(m deploy.Market, dollars int64) {
	e.send(e.deployer, m.PriceFeed, feedABI.PackSetPrice(new(big.Int).Mul(big.NewInt(dollars), big.NewInt(1e8))))
}

// act runs n random user actions: lending, borrowing, repaying, withdrawing, price moves
// (crashes included), time jumps and liquidations.
func (e *env) act(rng *rand.Rand, n int) {
	e.t.Helper()
	prices := e.prices
	for range n {
		m := rng.IntN(len(e.markets))
		mk := e.markets[m]
		who := e.actors[rng.IntN(len(e.actors))]
		amount := func(max int64) *big.Int { return big.NewInt(1 + rng.Int64N(max)) }
		switch rng.IntN(12) {
		case 0:
			e.try(who, mk.Market, market.PackSupply(amount(200_000e6), who.From))
		case 1:
			e.try(who, mk.Market, market.PackWithdraw(amount(100_000e6), who.From))
		case 2, 3:
			e.try(who, mk.Market, market.PackDepositCollateral(amount(2e8), who.From))
		case 4, 5:
			e.try(who, mk.Market, market.PackBorrow(amount(int64(prices[m])*1e6/4), who.From))
		case 6:
			e.try(who, mk.Market, market.PackRepay(amount(20_000e6), who.From))
		case 7:
			e.try(who, mk.Market, market.PackRepay(maxUint, who.From))
		case 8:
			e.try(who, mk.Market, market.PackWithdrawCollateral(amount(5e7), who.From))
		case 9:
			// The price moves: mostly small steps, sometimes a crash or a recovery.
			switch rng.IntN(4) {
			case 0:
				prices[m] = prices[m] * (30 + rng.Int64N(40)) / 100
			case 1:
				prices[m] = 100_000
			default:
				prices[m] = prices[m] * (90 + rng.Int64N(20)) / 100
			}
			e.setPrice(mk, max(prices[m], 1))
		case 10:
			e.rpc("evm_increaseTime", 3600+rng.IntN(30*86400))
			for i, other := range e.markets {
				e.setPrice(other, prices[i]) // keep prices fresh
			}
		case 11:
			borrower := e.actors[rng.IntN(len(e.actors))]
			e.try(who, mk.Market, market.PackLiquidate(borrower.From, amount(500_000e6)))
		}
	}
}

// indexUntilHead runs the indexer in-process until it has caught up.
func (e *env) indexUntilHead(pool *pgxpool.Pool, cfg indexer.Config) {
	e.t.Helper()
	if err := e.index(pool, cfg); err != nil {
		e.t.Fatal(err)
	}
}

// index runs the deployment's indexer in-process until it has caught up; it may run in a
// goroutine of its own.
func (e *env) index(pool *pgxpool.Pool, cfg indexer.Config) error {
	cfg.ChainID, cfg.Factory, cfg.StartBlock, cfg.UntilHead = e.c.ChainID.Uint64(), e.dep.Factory, e.dep.StartBlock, true
	cfg.RPCURL = e.anvil.URL
	return runIndexer(e.anvil.URL, pool, cfg)
}

// indexTogether runs one indexer per env at the same time into pool, env i's with cfg(i), each
// to its chain's head, and then checks every index against its chain.
func indexTogether(t *testing.T, pool *pgxpool.Pool, envs []*env, cfg func(i int) indexer.Config) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make([]error, len(envs))
	for i, e := range envs {
		wg.Go(func() { errs[i] = e.index(pool, cfg(i)) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range envs {
		e.assertMatchesChain(pool)
	}
}

// inBackground runs an indexer with cfg on client, writing to pool, until the returned stop or
// the test's end; an error it ends with fails the test.
func inBackground(t *testing.T, cfg indexer.Config, client *rpc.Client, pool *pgxpool.Pool, reg prometheus.Registerer) (stop func()) {
	t.Helper()
	ix, err := indexer.New(cfg, client, pool, testlog.Discard, reg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ix.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("indexer: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// runIndexer runs an indexer of cfg on the node at url, in-process, until it has caught up
// with the head, for at most two minutes.
func runIndexer(url string, pool *pgxpool.Pool, cfg indexer.Config) error {
	client, err := rpc.Dial(url)
	if err != nil {
		return err
	}
	defer client.Close()
	ix, err := indexer.New(cfg, client, pool, testlog.Discard, nil)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := ix.Run(ctx); err != nil {
		return fmt.Errorf("index %s: %w", cfg.Factory, err)
	}
	if ctx.Err() != nil {
		return fmt.Errorf("the indexer of %s did not catch up with the head in 2 minutes", cfg.Factory)
	}
	return nil
}

// actThroughCrashes is a history of both markets: 200 actions, a crash of the first market to
// 45%, 200 more, and a crash of the second to 60%.
func (e *env) actThroughCrashes(rng *rand.Rand) {
	e.t.Helper()
	e.act(rng, 200)
	e.crash(0, 45)
	e.act(rng, 200)
	e.crash(1, 60)
}

// crash has every actor borrow near the limit, drops the market's price to pct percent,
// liquidates every actor it can and restores the price: positions past 1/(1+bonus) leave
// bad debt, the others are liquidated back to the target LTV.
func (e *env) crash(m int, pct int64) {
	e.t.Helper()
	mk, price := e.markets[m], e.prices[m]
	for _, a := range e.actors[1:] {
		e.try(a, mk.Market, market.PackDepositCollateral(big.NewInt(1e8), a.From))
		e.try(a, mk.Market, market.PackBorrow(big.NewInt(price*1e6*45/100), a.From))
	}
	e.setPrice(mk, price*pct/100)
	for _, a := range e.actors[1:] {
		e.try(e.actors[0], mk.Market, market.PackLiquidate(a.From, maxUint))
	}
	e.setPrice(mk, price)
}
