package deploy

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/bindings/morphoexecutor"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
)

// TestMorphoExecutorLiquidatesWithoutUSDC liquidates a Morpho Blue position, on the real Morpho
// and a real Uniswap v3 pool, through the MorphoLiquidationExecutor of a keeper that holds no
// USDC: Morpho hands the executor the seized cbBTC, calls onMorphoLiquidate, the executor sells
// the cbBTC to the pool, and Morpho pulls the repayment. The keeper ends with the profit, in
// USDC, and the executor with nothing.
func TestMorphoExecutorLiquidatesWithoutUSDC(t *testing.T) {
	ctx := context.Background()
	anvil, s, chainID, feed, d := startMorpho(t)
	keeper := anvil.Sender(4)
	borrower := anvil.Sender(1).From
	if err := SeedMorphoBorrowers(ctx, s, chainID, d, []MorphoBorrower{{anviltest.Key(1), big.NewInt(1e8), big.NewInt(85_000e6)}}); err != nil {
		t.Fatal(err)
	}
	pool, err := DeployPool(ctx, s, d.CollateralToken, d.LoanToken, big.NewInt(100_000e8), nil)
	if err != nil {
		t.Fatal(err)
	}
	executor, err := DeployMorphoExecutor(ctx, s, d.Morpho, keeper.From)
	if err != nil {
		t.Fatal(err)
	}
	// $100,000 to $97,000: LTV 87.6% is past the LLTV of 86%; the pool follows the feed.
	if _, err := PublishPrice(ctx, s, feed.Aggregator, big.NewInt(97_000e8)); err != nil {
		t.Fatal(err)
	}
	market := Market{Name: "cbBTC/USDC", CollateralToken: d.CollateralToken, LoanToken: d.LoanToken, Pool: &pool.Pool, PoolActor: &pool.Actor}
	if _, err := market.MovePool(ctx, s, big.NewInt(97_000e8)); err != nil {
		t.Fatal(err)
	}

	erc20 := bindings.NewMockERC20()
	balance := func(token, who common.Address) *big.Int {
		return anviltest.Call(t, anvil.Client, token, erc20.PackBalanceOf(who), erc20.UnpackBalanceOf, nil)
	}
	if b := balance(d.LoanToken, keeper.From); b.Sign() != 0 {
		t.Fatalf("keeper holds %s USDC before, want none", b)
	}
	m := morpho.NewMorpho()
	shares := anviltest.Call(t, anvil.Client, d.Morpho, m.PackPosition(d.ID, borrower), m.UnpackPosition, nil).BorrowShares

	ex := morphoexecutor.NewMorphoLiquidationExecutor()
	call := ex.PackLiquidate(morphoexecutor.MarketParams(d.Params),
		[]morphoexecutor.MorphoLiquidationExecutorLiquidation{{Borrower: borrower, SeizedAssets: new(big.Int), RepaidShares: shares}},
		morphoexecutor.MorphoLiquidationExecutorParams{Funding: 1, ProfitToken: 0, Pool: pool.Pool, LoanAmount: new(big.Int), MinProfit: big.NewInt(1)})
	receipt, err := keeper.Transact(ctx, executor, call)
	if err != nil {
		t.Fatal(err)
	}

	var attempts []*morphoexecutor.MorphoLiquidationExecutorLiquidationAttempted
	var batch *morphoexecutor.MorphoLiquidationExecutorBatchLiquidated
	var liquidated *morpho.MorphoLiquidate
	for _, l := range receipt.Logs {
		if ev, err := ex.UnpackLiquidationAttemptedEvent(l); err == nil && l.Address == executor {
			attempts = append(attempts, ev)
		}
		if ev, err := ex.UnpackBatchLiquidatedEvent(l); err == nil && l.Address == executor {
			batch = ev
		}
		if ev, err := m.UnpackLiquidateEvent(l); err == nil && l.Address == d.Morpho {
			liquidated = ev
		}
	}
	if len(attempts) == 1 && !attempts[0].Success {
		reason, _ := chain.DecodeRevert(attempts[0].Reason)
		t.Fatalf("the liquidation failed: %v (%x)", reason, attempts[0].Reason)
	}
	if len(attempts) != 1 || !attempts[0].Success || attempts[0].Borrower != borrower || attempts[0].Id != d.ID {
		t.Fatalf("attempts = %+v, want one success for borrower %s in market %s", attempts, borrower, d.ID)
	}
	if liquidated == nil || liquidated.Caller != executor || liquidated.RepaidShares.Cmp(shares) != 0 ||
		liquidated.RepaidAssets.Cmp(attempts[0].Repaid) != 0 || liquidated.SeizedAssets.Cmp(attempts[0].Seized) != 0 {
		t.Fatalf("Morpho's Liquidate = %+v, want the executor repaying %s shares as the attempt reports (%+v)", liquidated, shares, attempts[0])
	}
	if batch == nil || batch.Succeeded.Cmp(big.NewInt(1)) != 0 || batch.Profit.Sign() <= 0 {
		t.Fatalf("BatchLiquidated = %+v, want one success and a profit", batch)
	}
	if got := balance(d.LoanToken, keeper.From); got.Cmp(batch.Profit) != 0 {
		t.Fatalf("keeper's USDC = %s, want the profit %s", got, batch.Profit)
	}
	if got := balance(d.CollateralToken, keeper.From); got.Sign() != 0 {
		t.Fatalf("keeper's cbBTC = %s, want none: all seized collateral was sold", got)
	}
	if u, c := balance(d.LoanToken, executor), balance(d.CollateralToken, executor); u.Sign() != 0 || c.Sign() != 0 {
		t.Fatalf("executor holds %s USDC and %s cbBTC, want nothing", u, c)
	}
	if p := anviltest.Call(t, anvil.Client, d.Morpho, m.PackPosition(d.ID, borrower), m.UnpackPosition, nil); p.BorrowShares.Sign() != 0 {
		t.Fatalf("borrower's borrow shares after = %s, want 0", p.BorrowShares)
	}

	// Only the keeper may call it: the deployer's call reverts with the executor's own error.
	_, err = s.Transact(ctx, executor, call)
	if !errors.Is(err, &chain.RevertError{Name: "OwnableUnauthorizedAccount"}) {
		t.Fatalf("the deployer's call: %v, want OwnableUnauthorizedAccount", err)
	}
}
