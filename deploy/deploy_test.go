package deploy

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/bindings"
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

// TestDeployExistingTokens deploys a market on tokens and a feed that are already on chain, and
// shows that a createMarket revert comes back as the contract's custom error.
func TestDeployExistingTokens(t *testing.T) {
	ctx := context.Background()
	anvil := anviltest.Start(t)
	s := chain.NewSender(anvil.Client, anviltest.Key(0), big.NewInt(31337))
	token := bindings.NewMockERC20()
	wbtc := deployMock(t, s, bindings.MockERC20MetaData.Bin, token.PackConstructor("Wrapped BTC", "WBTC", 8))
	usdc := deployMock(t, s, bindings.MockERC20MetaData.Bin, token.PackConstructor("USD Coin", "USDC", 6))
	usd19 := deployMock(t, s, bindings.MockERC20MetaData.Bin, token.PackConstructor("Too Fine", "USD19", 19))
	feed := deployMock(t, s, bindings.MockPriceFeedMetaData.Bin, bindings.NewMockPriceFeed().PackConstructor(8, "BTC / USD", big.NewInt(60_000e8)))

	d, err := Deploy(ctx, s, big.NewInt(31337), Config{CollateralToken: wbtc, LoanToken: usdc, PriceFeed: feed}, slog.New(slog.NewTextHandler(io.Discard, nil)))
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
			_, err := createMarket(ctx, s, d.Factory, tt.collateral, tt.loan, feed)
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
	anvil := anviltest.Start(t)
	s := chain.NewSender(anvil.Client, anviltest.Key(0), big.NewInt(31337))
	token := bindings.NewMockERC20()
	wbtc := deployMock(t, s, bindings.MockERC20MetaData.Bin, token.PackConstructor("Wrapped BTC", "WBTC", 8))
	usdc := deployMock(t, s, bindings.MockERC20MetaData.Bin, token.PackConstructor("USD Coin", "USDC", 6))
	feed, err := DeployFeed(ctx, s, DevFeedConfig(big.NewInt(60_000e8)))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Deploy(ctx, s, big.NewInt(31337), Config{CollateralToken: wbtc, LoanToken: usdc, PriceFeed: feed.Proxy}, slog.New(slog.NewTextHandler(io.Discard, nil)))
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
