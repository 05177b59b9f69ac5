package deploy

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
	"github.com/ltvkeeper/ltvkeeper/bindings/devaggregator"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
)

// deployMock deploys a mock token or feed from s and returns its address.
func deployMock(t *testing.T, s *chain.Sender, bin string, input []byte) common.Address {
	t.Helper()
	addr, _, err := s.Deploy(context.Background(), bin, input)
	if err != nil {
		t.Fatal(err)
	}
	return addr
}

// mockToken deploys a mock ERC-20 from s and returns its address.
func mockToken(t *testing.T, s *chain.Sender, name, symbol string, decimals uint8) common.Address {
	t.Helper()
	return deployMock(t, s, bindings.MockERC20MetaData.Bin, bindings.NewMockERC20().PackConstructor(name, symbol, decimals))
}

// startTokens starts Anvil with mock WBTC (8 decimals) and USDC (6), deployed by its first
// account, s.
func startTokens(t *testing.T) (anvil *anviltest.Anvil, s *chain.Sender, wbtc, usdc common.Address) {
	t.Helper()
	anvil = anviltest.Start(t)
	s = anvil.Sender(0)
	return anvil, s, mockToken(t, s, "Wrapped BTC", "WBTC", 8), mockToken(t, s, "USD Coin", "USDC", 6)
}

// TestDeployExistingTokens deploys a market on tokens and a feed that are already on chain, and
// shows that a createMarket revert comes back as the contract's custom error.
func TestDeployExistingTokens(t *testing.T) {
	ctx := context.Background()
	anvil, s, wbtc, usdc := startTokens(t)
	usd19 := mockToken(t, s, "Too Fine", "USD19", 19)
	feed := deployMock(t, s, bindings.MockPriceFeedMetaData.Bin, bindings.NewMockPriceFeed().PackConstructor(8, "BTC / USD", big.NewInt(60_000e8)))

	d, err := Deploy(ctx, s, anvil.ChainID, Config{CollateralToken: wbtc, LoanToken: usdc, PriceFeed: feed}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if m := d.Markets[0]; m.CollateralToken != wbtc || m.LoanToken != usdc || m.PriceFeed != feed || m.Market == (common.Address{}) {
		t.Fatalf("market = %+v", m)
	}

	tests := []struct {
		name       string
		collateral common.Address
		loan       common.Address
		want       string
	}{
		{"second market for a collateral", wbtc, usdc, "create WBTC/USDC market: MarketExists(collateralToken=" + wbtc.Hex() + ", market=" + d.Markets[0].Market.Hex() + ")"},
		{"loan token with 19 decimals", usdc, usd19, "create WBTC/USDC market: UnsupportedDecimals(collateralDecimals=6, loanDecimals=19, feedDecimals=8)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := createMarket(ctx, s, "WBTC/USDC", d.Factory, tt.collateral, tt.loan, feed)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("createMarket = %v, want %q", err, tt.want)
			}
		})
	}
}

// TestDeployOnAProxy deploys a market whose feed is a Chainlink proxy, as consumers read it on
// a real chain, and checks that MaxPriceAge, which the checks use before the factory exists,
// is the factory's default maxPriceAge.
func TestDeployOnAProxy(t *testing.T) {
	ctx := context.Background()
	anvil, s, wbtc, usdc := startTokens(t)
	feed, err := DeployFeed(ctx, s, DevFeedConfig(big.NewInt(60_000e8)))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Deploy(ctx, s, anvil.ChainID, Config{CollateralToken: wbtc, LoanToken: usdc, PriceFeed: feed.Proxy}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if d.Markets[0].PriceFeed != feed.Proxy {
		t.Fatalf("market feed = %s, want the proxy %s", d.Markets[0].PriceFeed, feed.Proxy)
	}
	factory := bindings.NewMarketFactory()
	params := anviltest.Call(t, anvil.Client, d.Factory, factory.PackDefaultParams(), factory.UnpackDefaultParams, nil)
	if params.MaxPriceAge.Cmp(big.NewInt(int64(MaxPriceAge/time.Second))) != 0 {
		t.Fatalf("factory's default maxPriceAge = %s s, MaxPriceAge = %s", params.MaxPriceAge, MaxPriceAge)
	}
}

// TestDeployDev: a Dev deployment's market reads the development feed's proxy, whose
// aggregator the deployment names and FeedOwner owns; a market's PublishPrice reaches the
// proxy through the aggregator, or, with MockFeed, sets the mock. A first price outside the
// aggregator's bounds is refused before anything is sent.
func TestDeployDev(t *testing.T) {
	ctx := context.Background()
	a := anviltest.Start(t)
	s := a.Sender(0)
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	v3, px := chainlink.NewAggregatorV3Interface(), chainlink.NewAggregatorProxyInterface()
	latest := func(feed common.Address) *big.Int {
		t.Helper()
		return anviltest.Call(t, a.Client, feed, v3.PackLatestRoundData(), v3.UnpackLatestRoundData, nil).Answer
	}

	_, err := Deploy(ctx, s, a.ChainID, Config{Dev: true, BTCPrice: big.NewInt(2_000_000e8), Liquidity: big.NewInt(0)}, quiet)
	if want := "first answer 200000000000000 is outside the aggregator's bounds [100000000, 100000000000000]"; err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("Deploy at $2,000,000 = %v, want an error containing %q", err, want)
	}
	if nonce, err := a.Client.NonceAt(ctx, s.From, nil); err != nil || nonce != 0 {
		t.Fatalf("nonce after a refused deployment = %d, %v; want 0 (nothing sent)", nonce, err)
	}

	owner := a.Sender(2)
	d, err := Deploy(ctx, s, a.ChainID, Config{Dev: true, BTCPrice: big.NewInt(60_000e8), Liquidity: big.NewInt(0), FeedOwner: anviltest.Key(2)}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Markets[0]
	if m.Aggregator == nil {
		t.Fatalf("market %+v names no aggregator", m)
	}
	if got := anviltest.Call(t, a.Client, m.PriceFeed, px.PackAggregator(), px.UnpackAggregator, nil); got != *m.Aggregator {
		t.Fatalf("the feed's aggregator() = %s, want the deployment's %s", got, *m.Aggregator)
	}
	agg := devaggregator.NewDevAggregator()
	if got := anviltest.Call(t, a.Client, *m.Aggregator, agg.PackOwner(), agg.UnpackOwner, nil); got != owner.From {
		t.Fatalf("aggregator owner %s, want FeedOwner %s", got, owner.From)
	}
	if got := latest(m.PriceFeed); got.Cmp(big.NewInt(60_000e8)) != 0 {
		t.Fatalf("first price %s, want 60000e8", got)
	}
	if _, err := m.PublishPrice(ctx, owner, big.NewInt(48_000e8)); err != nil {
		t.Fatal(err)
	}
	if got := latest(m.PriceFeed); got.Cmp(big.NewInt(48_000e8)) != 0 {
		t.Fatalf("price after PublishPrice %s, want 48000e8", got)
	}
	if _, err := m.PublishPrice(ctx, s, big.NewInt(50_000e8)); err == nil || !strings.Contains(err.Error(), "Only callable by owner") {
		t.Fatalf("PublishPrice from the deployer, not the feed's owner: %v, want the owner revert", err)
	}
	if _, err := m.PublishPrice(ctx, owner, big.NewInt(2_000_000e8)); err == nil || !strings.Contains(err.Error(), "median is out of min-max range") {
		t.Fatalf("PublishPrice past maxAnswer: %v, want the aggregator's bound revert", err)
	}

	mock, err := Deploy(ctx, s, a.ChainID, Config{Dev: true, MockFeed: true, BTCPrice: big.NewInt(60_000e8), Liquidity: big.NewInt(0)}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	mm := mock.Markets[0]
	if mm.Aggregator != nil {
		t.Fatalf("mock market names aggregator %s", *mm.Aggregator)
	}
	if _, err := mm.PublishPrice(ctx, owner, big.NewInt(2_000_000e8)); err != nil {
		t.Fatal(err)
	}
	if got := latest(mm.PriceFeed); got.Cmp(big.NewInt(2_000_000e8)) != 0 {
		t.Fatalf("mock price after PublishPrice %s, want 2000000e8", got)
	}
}
