package main

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/api"
	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/nodetest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/internal/webtest"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/node"
	"github.com/ltvkeeper/ltvkeeper/protocol/morpho"
)

// TestPriceFlagsAndAlerts runs a node on a market whose feed is a Chainlink proxy, with a
// heartbeat of ten minutes. An answer at the aggregator's maxAnswer shows as priceAtBound in
// the API and in `positions --json`, and the keeper raises price_at_bound once, then
// price_at_bound_cleared when a normal answer lands. A feed that stops updating shows as
// priceStale past the heartbeat, with one price_stale alert, cleared by the next round.
func TestPriceFlagsAndAlerts(t *testing.T) {
	ctx := context.Background()
	a := anviltest.Start(t)
	deployer := a.Sender(0)
	erc20 := bindings.NewMockERC20()
	token := func(name, symbol string, decimals uint8) common.Address {
		addr, _, err := deployer.Deploy(ctx, bindings.MockERC20MetaData.Bin, erc20.PackConstructor(name, symbol, decimals))
		if err != nil {
			t.Fatal(err)
		}
		return addr
	}
	wbtc, usdc := token("Wrapped BTC", "WBTC", 8), token("USD Coin", "USDC", 6)
	feed, err := deploy.DeployFeed(ctx, deployer, deploy.DevFeedConfig(big.NewInt(60_000e8)))
	if err != nil {
		t.Fatal(err)
	}
	d, err := deploy.Deploy(ctx, deployer, a.ChainID, deploy.Config{CollateralToken: wbtc, LoanToken: usdc, PriceFeed: feed.Proxy}, testlog.Discard)
	if err != nil {
		t.Fatal(err)
	}
	d.Markets[0].Heartbeat = 600
	m, market := d.Markets[0], bindings.NewLendingMarket()
	maxUint := loanmath.MaxUint256.ToBig()
	for _, step := range []struct {
		to   common.Address
		data []byte
	}{
		{usdc, erc20.PackMint(deployer.From, big.NewInt(1_000_000e6))},
		{usdc, erc20.PackApprove(m.Market, maxUint)},
		{m.Market, market.PackSupply(big.NewInt(1_000_000e6), deployer.From)},
		{wbtc, erc20.PackMint(deployer.From, big.NewInt(1e8))},
		{wbtc, erc20.PackApprove(m.Market, maxUint)},
		{m.Market, market.PackDepositCollateral(big.NewInt(1e8), deployer.From)},
		{m.Market, market.PackBorrow(big.NewInt(10_000e6), deployer.From)},
	} {
		if _, err := deployer.Transact(ctx, step.to, step.data); err != nil {
			t.Fatal(err)
		}
	}

	db := pgtest.DB(t)
	addr := nodetest.Start(t, node.Config{
		RPC: a.URL, DB: db, Deployment: d, Key: anviltest.Key(1), HTTPAddr: "127.0.0.1:0",
		API: &api.Options{ChainID: 31337},
	}, testlog.Discard).Addr

	n := &feedNode{t: t, anvil: a, deployer: deployer, aggregator: feed.Aggregator, addr: addr}

	// At the aggregator's maxAnswer.
	n.publish(deploy.DevFeedMaxAnswer)
	n.await("priceAtBound in /v1/markets and /v1/positions", func() bool {
		mk, p := n.flags()
		return mk.PriceAtBound != nil && *mk.PriceAtBound && p.PriceAtBound
	})
	out, err := runApp(t, "positions", "--json", "--db", db)
	if err != nil || !strings.Contains(out, `"priceAtBound": true`) {
		t.Fatalf("positions --json = %v\n%s\nwant priceAtBound true", err, out)
	}
	n.await("one price_at_bound alert", func() bool { return n.alerts("price_at_bound") == 1 })
	n.mine(3) // heads at which the answer is still at the bound
	n.publish(big.NewInt(60_000e8))
	n.await("price_at_bound_cleared", func() bool { return n.alerts("price_at_bound_cleared") == 1 })
	if n := n.alerts("price_at_bound"); n != 1 {
		t.Fatalf("%d price_at_bound alerts for one stretch at the bound, want 1", n)
	}
	n.await("priceAtBound false after a normal answer", func() bool { mk, p := n.flags(); return !*mk.PriceAtBound && !p.PriceAtBound })

	// The feed stops updating past the heartbeat.
	n.age(601)
	n.await("priceStale in /v1/markets and /v1/positions", func() bool {
		mk, p := n.flags()
		return mk.PriceStale != nil && *mk.PriceStale && p.PriceStale
	})
	n.await("one price_stale alert", func() bool { return n.alerts("price_stale") == 1 })
	n.mine(3)
	n.publish(big.NewInt(61_000e8))
	n.await("price_stale_cleared", func() bool { return n.alerts("price_stale_cleared") == 1 })
	if n := n.alerts("price_stale"); n != 1 {
		t.Fatalf("%d price_stale alerts for one stale stretch, want 1", n)
	}
	n.await("priceStale false after a new round", func() bool { mk, p := n.flags(); return !*mk.PriceStale && !p.PriceStale })
}

// TestMorphoPriceAlerts runs a node on a Morpho Blue market alone, priced by a Morpho
// Chainlink oracle over a Chainlink proxy, with a heartbeat of ten minutes in the deployment
// file. Morpho checks neither the age nor the bounds of its oracle's feeds; ltvkeeper does:
// once the feed's answer is at the aggregator's maxAnswer, the API's market and position show
// priceAtBound and the keeper raises price_at_bound, once; once the feed's round is older than
// the heartbeat, priceStale and price_stale. A new round clears each.
func TestMorphoPriceAlerts(t *testing.T) {
	ctx := context.Background()
	a := anviltest.Start(t)
	deployer := a.Sender(0)
	feed, err := deploy.DeployFeed(ctx, deployer, deploy.DevFeedConfig(big.NewInt(100_000e8)))
	if err != nil {
		t.Fatal(err)
	}
	md, err := deploy.DeployMorpho(ctx, deployer, a.ChainID, deploy.MorphoConfig{Feed: feed.Proxy, Liquidity: big.NewInt(1_000_000e6)}, testlog.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if err := deploy.SeedMorphoBorrowers(ctx, deployer, a.ChainID, md, []deploy.MorphoBorrower{
		{Key: anviltest.Key(2), Collateral: big.NewInt(1e8), Debt: big.NewInt(50_000e6)},
	}); err != nil {
		t.Fatal(err)
	}
	mi := &deploy.MorphoInstance{Address: md.Morpho, StartBlock: md.StartBlock, Markets: []deploy.MorphoMarket{{
		Name: "cbBTC/USDC", ID: md.ID, LoanToken: md.LoanToken, CollateralToken: md.CollateralToken,
		Oracle: md.Oracle, IRM: md.IRM, LLTV: md.Params.Lltv, Heartbeat: 600,
	}}}
	addr := nodetest.Start(t, node.Config{
		RPC: a.URL, DB: pgtest.DB(t), Deployment: &deploy.Deployment{ChainID: 31337, Morpho: mi}, Morpho: morpho.Following(mi),
		Key: anviltest.Key(1), HTTPAddr: "127.0.0.1:0", API: &api.Options{ChainID: 31337},
	}, testlog.Discard).Addr

	id := indexdb.MarketID(md.ID.Bytes()).Hex()
	n := &feedNode{t: t, anvil: a, deployer: deployer, aggregator: feed.Aggregator, addr: addr}
	alerts := func(kind string) int {
		t.Helper()
		for _, al := range n.list(kind) {
			if al.Market != id {
				t.Fatalf("%s alert for market %s, want %s", kind, al.Market, id)
			}
		}
		return n.alerts(kind)
	}

	n.mine(3)
	n.publish(deploy.DevFeedMaxAnswer)
	n.await("priceAtBound in /v1/markets and /v1/positions", func() bool {
		mk, p := n.flags()
		return mk.PriceAtBound != nil && *mk.PriceAtBound && p.PriceAtBound
	})
	n.await("one price_at_bound alert", func() bool { return alerts("price_at_bound") == 1 })
	if usd := n.list("price_at_bound")[0].PriceUSD; usd == nil || *usd != 1e6 {
		t.Errorf("price_at_bound alert's priceUsd %v, want the aggregator's maxAnswer, $1,000,000", usd)
	}
	n.mine(3) // heads at which the answer is still at the bound
	n.publish(big.NewInt(100_000e8))
	n.await("price_at_bound_cleared", func() bool { return alerts("price_at_bound_cleared") == 1 })
	if n := alerts("price_at_bound"); n != 1 {
		t.Fatalf("%d price_at_bound alerts for one stretch at the bound, want 1", n)
	}
	if n := alerts("price_stale"); n != 0 {
		t.Fatalf("%d price_stale alerts within the heartbeat, want 0", n)
	}
	n.await("priceAtBound false after a normal answer", func() bool { mk, p := n.flags(); return !*mk.PriceAtBound && !p.PriceAtBound })
	if mk, p := n.flags(); mk.PriceStale == nil || *mk.PriceStale || p.PriceStale || mk.Heartbeat != 600 {
		t.Fatalf("within the heartbeat: /v1/markets priceStale %v heartbeat %d, /v1/positions priceStale %v; want false, 600, false",
			mk.PriceStale, mk.Heartbeat, p.PriceStale)
	}

	n.age(601)
	n.await("priceStale in /v1/markets and /v1/positions", func() bool {
		mk, p := n.flags()
		return mk.PriceStale != nil && *mk.PriceStale && p.PriceStale
	})
	n.await("one price_stale alert", func() bool { return alerts("price_stale") == 1 })
	n.mine(3)
	n.publish(big.NewInt(101_000e8))
	n.await("price_stale_cleared", func() bool { return alerts("price_stale_cleared") == 1 })
	if n := alerts("price_stale"); n != 1 {
		t.Fatalf("%d price_stale alerts for one stale stretch, want 1", n)
	}
	n.await("priceStale false after a new round", func() bool { mk, p := n.flags(); return !*mk.PriceStale && !p.PriceStale })
}

// feedNode is a node on one market whose feed's aggregator the test publishes to, as the price
// tests drive it through the chain and read it through the API.
type feedNode struct {
	t          *testing.T
	anvil      *anviltest.Anvil
	deployer   *chain.Sender
	aggregator common.Address
	addr       string // the API's
}

// flags are the market and the position the API lists; zero values until it lists one each.
func (n *feedNode) flags() (market api.Market, position api.Position) {
	n.t.Helper()
	var ms api.MarketsResponse
	webtest.GetJSON(n.t, "http://"+n.addr+"/v1/markets", &ms)
	var ps api.PositionsResponse
	webtest.GetJSON(n.t, "http://"+n.addr+"/v1/positions", &ps)
	if len(ms.Markets) != 1 || len(ps.Positions) != 1 {
		return api.Market{}, api.Position{}
	}
	return ms.Markets[0], ps.Positions[0]
}

// list is the alerts of kind the API lists.
func (n *feedNode) list(kind string) []api.Alert {
	n.t.Helper()
	var resp api.AlertsResponse
	webtest.GetJSON(n.t, "http://"+n.addr+"/v1/alerts?kind="+kind, &resp)
	return resp.Alerts
}

// alerts counts the alerts of kind the API lists.
func (n *feedNode) alerts(kind string) int { n.t.Helper(); return len(n.list(kind)) }

// age moves the chain's clock on by seconds and mines a block there.
func (n *feedNode) age(seconds int) {
	n.t.Helper()
	if err := n.anvil.Client.Client().Call(nil, "evm_increaseTime", seconds); err != nil {
		n.t.Fatal(err)
	}
	n.mine(1)
}

func (n *feedNode) mine(blocks int) {
	n.t.Helper()
	if err := n.anvil.Client.Client().Call(nil, "anvil_mine", blocks); err != nil {
		n.t.Fatal(err)
	}
}

// publish publishes answer as the aggregator's next round.
func (n *feedNode) publish(answer *big.Int) {
	n.t.Helper()
	if _, err := deploy.PublishPrice(context.Background(), n.deployer, n.aggregator, answer); err != nil {
		n.t.Fatal(err)
	}
}

// await waits up to 30 s for cond.
func (n *feedNode) await(what string, cond func() bool) {
	n.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			n.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond) // polling a condition with a deadline
	}
}
