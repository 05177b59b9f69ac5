package deploy

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// TestDeployMorpho deploys the real Morpho Blue with the development IRM and oracle over the
// development BTC/USD feed, seeds three borrowers, and reads back what Morpho holds.
func TestDeployMorpho(t *testing.T) {
	ctx := context.Background()
	anvil, s, chainID, _, d := startMorpho(t)
	if got := MarketID(d.Params); got != d.ID {
		t.Fatalf("MarketID(params) = %s, CreateMarket's id %s", got, d.ID)
	}
	m := morpho.NewMorpho()
	if !anviltest.Call(t, anvil.Client, d.Morpho, m.PackIsIrmEnabled(d.IRM), m.UnpackIsIrmEnabled, nil) ||
		!anviltest.Call(t, anvil.Client, d.Morpho, m.PackIsLltvEnabled(DevMorphoLLTV), m.UnpackIsLltvEnabled, nil) {
		t.Fatal("IRM or LLTV not enabled")
	}
	params := anviltest.Call(t, anvil.Client, d.Morpho, m.PackIdToMarketParams(d.ID), m.UnpackIdToMarketParams, nil)
	if params.CollateralToken != d.CollateralToken || params.LoanToken != d.LoanToken || params.Oracle != d.Oracle || params.Irm != d.IRM || params.Lltv.Cmp(DevMorphoLLTV) != 0 {
		t.Fatalf("idToMarketParams = %+v, want %+v", params, d.Params)
	}
	// $100,000 a BTC: one sat (1e-8 cbBTC) is worth 1,000 USDC base units (1e-3 USDC), 1e39 scaled by 1e36.
	price := anviltest.Call(t, anvil.Client, d.Oracle, morpho.NewIOracle().PackPrice(), morpho.NewIOracle().UnpackPrice, nil)
	if want, _ := new(big.Int).SetString("1000000000000000000000000000000000000000", 10); price.Cmp(want) != 0 {
		t.Fatalf("oracle price = %s, want %s", price, want)
	}
	token := bindings.NewMockERC20()
	if dec := anviltest.Call(t, anvil.Client, d.CollateralToken, token.PackDecimals(), token.UnpackDecimals, nil); dec != 8 {
		t.Fatalf("cbBTC decimals = %d, want 8", dec)
	}

	borrowers := []MorphoBorrower{
		{anviltest.Key(1), big.NewInt(1e8), big.NewInt(50_000e6)},  // LTV 50%
		{anviltest.Key(2), big.NewInt(2e8), big.NewInt(160_000e6)}, // LTV 80%
		{anviltest.Key(3), big.NewInt(5e7), big.NewInt(0)},         // collateral only
	}
	if err := SeedMorphoBorrowers(ctx, s, chainID, d, borrowers); err != nil {
		t.Fatal(err)
	}
	market := anviltest.Call(t, anvil.Client, d.Morpho, m.PackMarket(d.ID), m.UnpackMarket, nil)
	if market.TotalSupplyAssets.Cmp(big.NewInt(1_000_000e6)) < 0 || market.TotalBorrowAssets.Cmp(big.NewInt(210_000e6)) < 0 {
		t.Fatalf("market = %+v, want 1,000,000 USDC supplied and 210,000 borrowed (plus interest)", market)
	}
	mk := loanmath.MorphoMarket{TotalSupplyAssets: uint256.MustFromBig(market.TotalSupplyAssets), TotalSupplyShares: uint256.MustFromBig(market.TotalSupplyShares),
		TotalBorrowAssets: uint256.MustFromBig(market.TotalBorrowAssets), TotalBorrowShares: uint256.MustFromBig(market.TotalBorrowShares),
		LastUpdate: market.LastUpdate.Uint64(), Fee: uint256.MustFromBig(market.Fee)}
	for _, b := range borrowers {
		from := chain.NewSender(anvil.Client, b.Key, chainID).From
		p := anviltest.Call(t, anvil.Client, d.Morpho, m.PackPosition(d.ID, from), m.UnpackPosition, nil)
		if p.Collateral.Cmp(b.Collateral) != 0 {
			t.Fatalf("borrower %s: collateral %s, want %s", from, p.Collateral, b.Collateral)
		}
		pos := loanmath.MorphoPosition{SupplyShares: uint256.MustFromBig(p.SupplyShares), BorrowShares: uint256.MustFromBig(p.BorrowShares), Collateral: uint256.MustFromBig(p.Collateral)}
		debt, err := loanmath.MorphoBorrowed(pos.BorrowShares, mk)
		if err != nil {
			t.Fatal(err)
		}
		if debt.ToBig().Cmp(b.Debt) < 0 || new(big.Int).Sub(debt.ToBig(), b.Debt).Cmp(big.NewInt(1e6)) > 0 {
			t.Fatalf("borrower %s: debt %s, want %s (plus at most 1 USDC of interest)", from, debt.Dec(), b.Debt)
		}
		healthy, err := loanmath.MorphoHealthy(pos, mk, uint256.MustFromBig(price), uint256.MustFromBig(DevMorphoLLTV))
		if err != nil || !healthy {
			t.Fatalf("borrower %s: healthy = %v, %v", from, healthy, err)
		}
	}

	// A borrow past the LLTV is refused with Morpho's reason.
	err := SeedMorphoBorrowers(ctx, s, chainID, d, []MorphoBorrower{{anviltest.Key(4), big.NewInt(1e8), big.NewInt(86_001e6)}})
	if err == nil || !strings.Contains(err.Error(), "insufficient collateral") {
		t.Fatalf("borrow past the LLTV: %v, want Morpho's insufficient collateral", err)
	}
}

// TestDeployMorphoRefusesBadInput checks what is refused before anything is sent.
func TestDeployMorphoRefusesBadInput(t *testing.T) {
	ctx := context.Background()
	anvil := anviltest.Start(t)
	s := anvil.Sender(0)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	_, err := DeployMorpho(ctx, s, big.NewInt(1), MorphoConfig{}, log)
	if !errors.Is(err, ErrNotDevChain) {
		t.Fatalf("on chain 1: %v, want ErrNotDevChain", err)
	}
	noCode := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	if _, err := DeployMorpho(ctx, s, anvil.ChainID, MorphoConfig{Feed: noCode}, log); err == nil || !strings.Contains(err.Error(), noCode.Hex()) {
		t.Fatalf("feed without code: %v, want an error naming %s", err, noCode)
	}
	if _, err := DeployMorpho(ctx, s, anvil.ChainID, MorphoConfig{Feed: noCode, LLTV: big.NewInt(1e18)}, log); err == nil || !strings.Contains(err.Error(), "below 1e18") {
		t.Fatalf("LLTV 100%%: %v", err)
	}
	if n, err := anvil.Client.NonceAt(ctx, s.From, nil); err != nil || n != 0 {
		t.Fatalf("nonce = %d, %v: something was sent", n, err)
	}
}

// startMorpho starts Anvil with the development feed at $100,000 and the real Morpho Blue over
// it (DeployMorpho, 1,000,000 USDC of liquidity), deployed by Anvil's first account.
func startMorpho(t *testing.T) (*anviltest.Anvil, *chain.Sender, *big.Int, Feed, *MorphoDeployment) {
	t.Helper()
	ctx := context.Background()
	anvil := anviltest.Start(t)
	s := anvil.Sender(0)
	feed, err := DeployFeed(ctx, s, DevFeedConfig(big.NewInt(100_000e8)))
	if err != nil {
		t.Fatal(err)
	}
	d, err := DeployMorpho(ctx, s, anvil.ChainID, MorphoConfig{Feed: feed.Proxy, Liquidity: big.NewInt(1_000_000e6)}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return anvil, s, anvil.ChainID, feed, d
}
