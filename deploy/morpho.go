package deploy

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/bindings/morphoexecutor"
	"github.com/ltvkeeper/ltvkeeper/chain"
)

// Development Morpho Blue market defaults: the LLTV of Morpho's cbBTC/USDC markets, and a
// fixed borrow rate of about 5% a year.
var (
	DevMorphoLLTV = big.NewInt(0.86e18)
	// DevMorphoRate is 5% a year as Morpho's IRMs express it: WAD per second (0.05e18 ÷ 365 days).
	DevMorphoRate = big.NewInt(50_000_000_000_000_000 / (365 * 24 * 3600))
)

// The decimals of the development market's tokens: cbBTC-like collateral and USDC.
const (
	devMorphoCollateralDecimals = 8
	devMorphoLoanDecimals       = 6
)

// MorphoConfig says what development Morpho Blue market DeployMorpho deploys.
type MorphoConfig struct {
	Feed          common.Address // the chain's BTC/USD feed (a Chainlink proxy or aggregator)
	RatePerSecond *big.Int       // the fixed-rate IRM's borrow rate, WAD per second; nil: DevMorphoRate
	LLTV          *big.Int       // nil: DevMorphoLLTV
	Liquidity     *big.Int       // USDC base units the deployer supplies to the market; nil or 0: none
}

// MorphoDeployment is a development Morpho Blue with one cbBTC-like/USDC market.
type MorphoDeployment struct {
	Morpho                     common.Address // the contract that holds every market
	StartBlock                 uint64         // the block Morpho was deployed in
	IRM, Oracle                common.Address // the fixed-rate IRM and the oracle over Feed
	Feed                       common.Address
	CollateralToken, LoanToken common.Address
	Params                     morpho.MarketParams
	ID                         common.Hash // the market's id: keccak256(abi.encode(Params))
}

// DeployMorpho deploys, from s, the real Morpho Blue (owned by s), the fixed-rate IRM, mock
// cbBTC (8 decimals) and USDC (6), and a Chainlink oracle over cfg.Feed; enables the IRM and
// the LLTV, creates the market, and supplies cfg.Liquidity. Development chains only: it mints
// mock tokens.
func DeployMorpho(ctx context.Context, s *chain.Sender, chainID *big.Int, cfg MorphoConfig, log *slog.Logger) (*MorphoDeployment, error) {
	if !chain.DevChainIDs[chainID.Uint64()] {
		return nil, fmt.Errorf("the development Morpho Blue market mints mock tokens, but chain %s is %w (want chain id 31337 or 1337)", chainID, ErrNotDevChain)
	}
	rate, lltv := cfg.RatePerSecond, cfg.LLTV
	if rate == nil {
		rate = DevMorphoRate
	}
	if lltv == nil {
		lltv = DevMorphoLLTV
	}
	if lltv.Sign() <= 0 || lltv.Cmp(big.NewInt(1e18)) >= 0 {
		return nil, fmt.Errorf("morpho LLTV %s: Morpho Blue enables an LLTV below 1e18 (100%%): pass one such as %s (86%%)", lltv, DevMorphoLLTV)
	}
	feedDecimals, err := checkFeed(ctx, s.Client, cfg.Feed, DevFeedDecimals)
	if err != nil {
		return nil, fmt.Errorf("morpho oracle: %w", err)
	}

	m := morpho.NewMorpho()
	d := &MorphoDeployment{Feed: cfg.Feed}
	addr, receipt, err := s.Deploy(ctx, morpho.MorphoMetaData.Bin, m.PackConstructor(s.From))
	if err != nil {
		return nil, fmt.Errorf("deploy Morpho: %w", err)
	}
	d.Morpho, d.StartBlock = addr, receipt.BlockNumber.Uint64()
	log.Info("deployed Morpho Blue", "address", d.Morpho, "block", d.StartBlock)
	if d.IRM, _, err = s.Deploy(ctx, morpho.FixedRateIrmMetaData.Bin, morpho.NewFixedRateIrm().PackConstructor(rate)); err != nil {
		return nil, fmt.Errorf("deploy fixed-rate IRM: %w", err)
	}
	token := bindings.NewMockERC20()
	if d.CollateralToken, _, err = s.Deploy(ctx, bindings.MockERC20MetaData.Bin, token.PackConstructor("Coinbase Wrapped BTC", "cbBTC", devMorphoCollateralDecimals)); err != nil {
		return nil, fmt.Errorf("deploy mock cbBTC: %w", err)
	}
	if d.LoanToken, _, err = s.Deploy(ctx, bindings.MockERC20MetaData.Bin, token.PackConstructor("USD Coin", "USDC", devMorphoLoanDecimals)); err != nil {
		return nil, fmt.Errorf("deploy mock USDC: %w", err)
	}
	oracleInput := morpho.NewChainlinkOracle().PackConstructor(cfg.Feed, common.Address{}, common.Address{}, common.Address{}, big.NewInt(devMorphoCollateralDecimals), big.NewInt(devMorphoLoanDecimals))
	if d.Oracle, _, err = s.Deploy(ctx, morpho.ChainlinkOracleMetaData.Bin, oracleInput); err != nil {
		return nil, fmt.Errorf("deploy oracle over feed %s (%d decimals): %w", cfg.Feed, feedDecimals, err)
	}
	log.Info("deployed Morpho's IRM, tokens and oracle", "irm", d.IRM, "cbbtc", d.CollateralToken, "usdc", d.LoanToken, "oracle", d.Oracle)

	if _, err := s.Transact(ctx, d.Morpho, m.PackEnableIrm(d.IRM)); err != nil {
		return nil, fmt.Errorf("enable IRM %s: %w", d.IRM, err)
	}
	if _, err := s.Transact(ctx, d.Morpho, m.PackEnableLltv(lltv)); err != nil {
		return nil, fmt.Errorf("enable LLTV %s: %w", lltv, err)
	}
	d.Params = morpho.MarketParams{LoanToken: d.LoanToken, CollateralToken: d.CollateralToken, Oracle: d.Oracle, Irm: d.IRM, Lltv: new(big.Int).Set(lltv)}
	if receipt, err = s.Transact(ctx, d.Morpho, m.PackCreateMarket(d.Params)); err != nil {
		return nil, fmt.Errorf("create cbBTC/USDC market: %w", err)
	}
	created, err := eventIn(receipt, "createMarket", "CreateMarket", m.UnpackCreateMarketEvent)
	if err != nil {
		return nil, err
	}
	d.ID = created.Id
	log.Info("created Morpho market", "name", "cbBTC/USDC", "id", d.ID, "lltv", lltv)

	if cfg.Liquidity != nil && cfg.Liquidity.Sign() > 0 {
		if err := d.mintApprove(ctx, s, d.LoanToken, cfg.Liquidity); err != nil {
			return nil, err
		}
		if _, err := s.Transact(ctx, d.Morpho, m.PackSupply(d.Params, cfg.Liquidity, new(big.Int), s.From, nil)); err != nil {
			return nil, fmt.Errorf("supply USDC liquidity to Morpho: %w", err)
		}
		log.Info("supplied liquidity to Morpho", "id", d.ID, "usdc", cfg.Liquidity)
	}
	return d, nil
}

// MarketID is the id Morpho gives a market: keccak256(abi.encode(params)).
func MarketID(p morpho.MarketParams) common.Hash {
	var b []byte
	for _, a := range []common.Address{p.LoanToken, p.CollateralToken, p.Oracle, p.Irm} {
		b = append(b, common.LeftPadBytes(a.Bytes(), 32)...)
	}
	b = append(b, common.LeftPadBytes(p.Lltv.Bytes(), 32)...)
	return crypto.Keccak256Hash(b)
}

// mintApprove mints amount of the mock token to s and lets Morpho pull it.
func (d *MorphoDeployment) mintApprove(ctx context.Context, s *chain.Sender, token common.Address, amount *big.Int) error {
	t := bindings.NewMockERC20()
	if _, err := s.Transact(ctx, token, t.PackMint(s.From, amount)); err != nil {
		return fmt.Errorf("mint %s to %s: %w", amount, s.From, err)
	}
	if _, err := s.Transact(ctx, token, t.PackApprove(d.Morpho, amount)); err != nil {
		return fmt.Errorf("approve Morpho for %s: %w", amount, err)
	}
	return nil
}

// MorphoBorrower is a demo borrower: its key, the cbBTC it supplies and the USDC it borrows
// (base units).
type MorphoBorrower struct {
	Key              *ecdsa.PrivateKey
	Collateral, Debt *big.Int
}

// SeedMorphoBorrowers opens each borrower's position in the development market, from the
// borrower's own account (which needs ETH for gas): mint and supply its collateral, then borrow
// its debt. A borrow past the LLTV comes back as Morpho's "insufficient collateral".
func SeedMorphoBorrowers(ctx context.Context, s *chain.Sender, chainID *big.Int, d *MorphoDeployment, borrowers []MorphoBorrower) error {
	m := morpho.NewMorpho()
	for _, b := range borrowers {
		bs := chain.NewSender(s.Client, b.Key, chainID)
		if err := d.mintApprove(ctx, bs, d.CollateralToken, b.Collateral); err != nil {
			return fmt.Errorf("borrower %s: %w", bs.From, err)
		}
		if _, err := bs.Transact(ctx, d.Morpho, m.PackSupplyCollateral(d.Params, b.Collateral, bs.From, nil)); err != nil {
			return fmt.Errorf("borrower %s: supply %s cbBTC: %w", bs.From, b.Collateral, err)
		}
		if b.Debt.Sign() == 0 {
			continue
		}
		if _, err := bs.Transact(ctx, d.Morpho, m.PackBorrow(d.Params, b.Debt, new(big.Int), bs.From, bs.From)); err != nil {
			return fmt.Errorf("borrower %s: borrow %s USDC against %s cbBTC: %w", bs.From, b.Debt, b.Collateral, err)
		}
	}
	return nil
}

// DeployMorphoExecutor deploys a MorphoLiquidationExecutor on Morpho Blue at morphoAddr, owned
// by owner (the keeper's account): only owner may liquidate through it.
func DeployMorphoExecutor(ctx context.Context, s *chain.Sender, morphoAddr, owner common.Address) (common.Address, error) {
	input := morphoexecutor.NewMorphoLiquidationExecutor().PackConstructor(morphoAddr, owner)
	addr, _, err := s.Deploy(ctx, morphoexecutor.MorphoLiquidationExecutorMetaData.Bin, input)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy MorphoLiquidationExecutor on Morpho %s owned by %s: %w", morphoAddr, owner, err)
	}
	return addr, nil
}
