package story

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	morphobind "github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/bindings/morphoexecutor"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/units"
)

var (
	morphoABI         = morphobind.NewMorpho()
	oracleABI         = morphobind.NewIOracle()
	morphoExecutorABI = morphoexecutor.NewMorphoLiquidationExecutor()
)

// The Morpho part's choices: Dave borrows 85.5% of his cbBTC's value, and BTC then falls 1%,
// past the LLTV of 86% and not past ltvkeeper's liquidation line for Bob and Carol.
const (
	daveLTVBasisPoints = 8_550
	morphoFallPercent  = 1
)

// morphoMarket is the deployment's first Morpho market when the story can show its
// liquidation: it knows the keeper, and the market has a pool over the story's feed and the
// deployment a Morpho executor.
func (s *teller) morphoMarket() (deploy.MorphoMarket, bool) {
	mi := s.Deployment.Morpho
	if s.Keeper == (common.Address{}) || mi == nil || mi.Executor == nil || len(mi.Markets) == 0 {
		return deploy.MorphoMarket{}, false
	}
	mm := mi.Markets[0]
	if mm.Pool == nil || mm.PoolActor == nil || mm.PriceFeed == nil || *mm.PriceFeed != s.m.PriceFeed {
		return deploy.MorphoMarket{}, false
	}
	return mm, true
}

// moveMorphoPools moves the development pools of the Morpho markets over the story's feed to
// price, as arbitrage would.
func (s *teller) moveMorphoPools(price *big.Int) error {
	if s.Deployment.Morpho == nil {
		return nil
	}
	for _, mm := range s.Deployment.Morpho.Markets {
		if mm.Pool == nil || mm.PoolActor == nil || mm.PriceFeed == nil || *mm.PriceFeed != s.m.PriceFeed {
			continue
		}
		m := deploy.Market{Name: mm.Name, CollateralToken: mm.CollateralToken, LoanToken: mm.LoanToken, Pool: mm.Pool, PoolActor: mm.PoolActor}
		if _, err := m.MovePool(s.ctx, s.prices, price); err != nil {
			return fmt.Errorf("move Morpho market %s's pool: %w", mm.Name, err)
		}
	}
	return nil
}

// tellMorpho shows one liquidation on a Morpho Blue market beside ltvkeeper's: Dave borrows
// close to the LLTV, BTC falls, and the keeper, holding none of the market's USDC, liquidates
// him through its executor and Morpho's callback.
func (s *teller) tellMorpho() error {
	mm, ok := s.morphoMarket()
	if !ok {
		return nil
	}
	mi := s.Deployment.Morpho
	var im indexdb.Market
	if err := s.await("the index to have Morpho market "+mm.ID.Hex(), func() (bool, error) {
		m, err := indexdb.MarketByID(s.ctx, s.DB, s.chainID.Uint64(), indexdb.MarketID(mm.ID.Bytes()))
		im = m
		return err == nil, nil
	}); err != nil {
		return err
	}
	s.printf("\n7. Beside it, a Morpho Blue market: %s (id %s), liquidation at its LLTV of %s (from the index).\n",
		mm.Name, mm.ID.Hex(), shortPercent(im.LiquidationLTV))

	dave, err := s.newBorrower("Dave")
	if err != nil {
		return err
	}
	price, err := chain.Call(s.ctx, s.Client, mm.Oracle, oracleABI.PackPrice(), oracleABI.UnpackPrice, nil)
	if err != nil {
		return fmt.Errorf("read Morpho's oracle %s: %w", mm.Oracle, err)
	}
	// A tenth of a cbBTC: its sale is small beside the pool's liquidity at this price.
	collateral := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(im.CollateralDecimals)-1), nil)
	value := new(big.Int).Div(new(big.Int).Mul(collateral, price), loanmath.OraclePriceScale.ToBig())
	debt := new(big.Int).Div(new(big.Int).Mul(value, big.NewInt(daveLTVBasisPoints)), big.NewInt(10_000))
	md := &deploy.MorphoDeployment{Morpho: mi.Address, CollateralToken: mm.CollateralToken, LoanToken: mm.LoanToken, Params: mm.Params(), ID: mm.ID}
	if err := deploy.SeedMorphoBorrowers(s.ctx, s.deployer, s.chainID, md, []deploy.MorphoBorrower{{Key: dave.key, Collateral: collateral, Debt: debt}}); err != nil {
		return err
	}
	ltv, err := s.morphoLTV(mm, dave.From)
	if err != nil {
		return err
	}
	s.printf("   Dave deposits %s cbBTC, worth $%s at the oracle's price, and borrows $%s USDC on Morpho: LTV %s (from the chain).\n",
		units.Format(collateral, im.CollateralDecimals), twoDecimals(value, im.LoanDecimals), twoDecimals(debt, im.LoanDecimals), percent(ltv.ToBig()))
	held, err := chain.Call(s.ctx, s.Client, mm.LoanToken, erc20ABI.PackBalanceOf(s.Keeper), erc20ABI.UnpackBalanceOf, nil)
	if err != nil {
		return fmt.Errorf("read the keeper's Morpho USDC: %w", err)
	}
	s.printf("   The keeper holds $%s of the Morpho market's USDC (from the chain).\n", twoDecimals(held, im.LoanDecimals))

	fall := new(big.Int).Div(new(big.Int).Mul(s.price, big.NewInt(100-morphoFallPercent)), big.NewInt(100))
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(s.params.FeedDecimals)), nil)
	priceBlock, err := s.setPriceBlock(new(big.Int).Div(fall, unit).Int64())
	if err != nil {
		return err
	}
	ltv, err = s.morphoLTV(mm, dave.From)
	if err != nil {
		return err
	}
	s.printf("   BTC falls %d%% in block %d: Dave's LTV is %s, past the LLTV.\n", morphoFallPercent, priceBlock, percent(ltv.ToBig()))
	l, err := s.awaitMorphoLiquidation(dave)
	if err != nil {
		return err
	}
	receipt, err := s.Client.TransactionReceipt(s.ctx, l.TxHash)
	if err != nil {
		return fmt.Errorf("read the Morpho liquidation's receipt: %w", err)
	}
	var batch *morphoexecutor.MorphoLiquidationExecutorBatchLiquidated
	for _, lg := range receipt.Logs {
		if lg.Address == *mi.Executor {
			if ev, err := morphoExecutorABI.UnpackBatchLiquidatedEvent(lg); err == nil {
				batch = ev
			}
		}
	}
	funding := "Morpho's callback: the seized cbBTC sold to the Uniswap v3 pool before Morpho took the repayment"
	if batch != nil && batch.Funding == 0 {
		funding = "its own USDC, the seized cbBTC sold to the pool"
	}
	s.printf("   the keeper liquidated Dave in block %d (tx %s) through its Morpho executor with %s:\n", l.Block, l.TxHash.Hex(), funding)
	s.printf("   repaid $%s, seized %s cbBTC, bad debt $%s (Morpho's Liquidate event, from the index)\n",
		twoDecimals(l.Repaid, im.LoanDecimals), units.Format(l.Seized, im.CollateralDecimals), twoDecimals(l.BadDebt, im.LoanDecimals))
	if batch != nil {
		held, err := chain.Call(s.ctx, s.Client, mm.LoanToken, erc20ABI.PackBalanceOf(s.Keeper), erc20ABI.UnpackBalanceOf, nil)
		if err != nil {
			return fmt.Errorf("read the keeper's Morpho USDC: %w", err)
		}
		s.printf("   the executor sent the keeper $%s of profit (the BatchLiquidated event); it now holds $%s of the market's USDC (from the chain)\n",
			twoDecimals(batch.Profit, im.LoanDecimals), twoDecimals(held, im.LoanDecimals))
	}
	return nil
}

// awaitMorphoLiquidation waits for the index to hold b's liquidation.
func (s *teller) awaitMorphoLiquidation(b borrower) (indexdb.Liquidation, error) {
	var l indexdb.Liquidation
	err := s.await("the keeper to liquidate "+b.name+" on Morpho", func() (bool, error) {
		if err := s.awaitIndex(); err != nil {
			return false, err
		}
		found, ok, err := indexdb.LatestLiquidationOf(s.ctx, s.DB, s.chainID.Uint64(), b.From)
		l = found
		return ok && err == nil, nil
	})
	return l, err
}

// morphoLTV is who's LTV in the Morpho market as Morpho's health check sees it at the head,
// from the chain: its position, the market's totals and the oracle's price.
func (s *teller) morphoLTV(mm deploy.MorphoMarket, who common.Address) (*uint256.Int, error) {
	mi := s.Deployment.Morpho
	p, err := chain.Call(s.ctx, s.Client, mi.Address, morphoABI.PackPosition(mm.ID, who), morphoABI.UnpackPosition, nil)
	if err != nil {
		return nil, fmt.Errorf("read Morpho position: %w", err)
	}
	mk, err := chain.Call(s.ctx, s.Client, mi.Address, morphoABI.PackMarket(mm.ID), morphoABI.UnpackMarket, nil)
	if err != nil {
		return nil, fmt.Errorf("read Morpho market: %w", err)
	}
	price, err := chain.Call(s.ctx, s.Client, mm.Oracle, oracleABI.PackPrice(), oracleABI.UnpackPrice, nil)
	if err != nil {
		return nil, fmt.Errorf("read Morpho's oracle %s: %w", mm.Oracle, err)
	}
	return loanmath.MorphoLTV(
		loanmath.MorphoPosition{SupplyShares: new(uint256.Int), BorrowShares: u256(p.BorrowShares), Collateral: u256(p.Collateral)},
		loanmath.MorphoMarket{TotalSupplyAssets: u256(mk.TotalSupplyAssets), TotalSupplyShares: u256(mk.TotalSupplyShares),
			TotalBorrowAssets: u256(mk.TotalBorrowAssets), TotalBorrowShares: u256(mk.TotalBorrowShares),
			LastUpdate: mk.LastUpdate.Uint64(), Fee: u256(mk.Fee)},
		u256(price))
}
