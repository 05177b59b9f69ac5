package deploy

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/chain"
)

// Config says what to deploy.
type Config struct {
	// Dev deploys mock wBTC, mock USDC and a mock BTC/USD feed, and supplies Liquidity.
	Dev bool
	// BTCPrice is the mock feed's first answer, in feed units (8 decimals). Dev only.
	BTCPrice *big.Int
	// Liquidity is the USDC (base units) the deployer supplies to the market. Dev only.
	Liquidity *big.Int
	// The existing tokens and feed of a production market. Not with Dev.
	CollateralToken, LoanToken, PriceFeed common.Address
	// FeedDecimals are the decimals the market expects of PriceFeed; 0: DefaultFeedDecimals.
	FeedDecimals uint8
}

// ErrNotDevChain is returned when Dev is asked of a chain that is not a development chain.
var ErrNotDevChain = errors.New("not a development chain")

// Deploy deploys the factory and one WBTC/USDC market from the sender's account. The tokens
// and the feed of a production market are checked before anything is sent.
func Deploy(ctx context.Context, s *chain.Sender, chainID *big.Int, cfg Config, log *slog.Logger) (*Deployment, error) {
	if cfg.Dev && !chain.DevChainIDs[chainID.Uint64()] {
		return nil, fmt.Errorf("--dev deploys mock tokens and a mock price feed, but chain %s is %w (want chain id 31337 or 1337): drop --dev and pass --collateral-token, --loan-token and --price-feed", chainID, ErrNotDevChain)
	}
	if !cfg.Dev {
		if err := checkAddresses(ctx, s.Client, cfg); err != nil {
			return nil, err
		}
	}
	factoryABI := bindings.NewMarketFactory()
	factory, receipt, err := s.Deploy(ctx, bindings.MarketFactoryMetaData.Bin, factoryABI.PackConstructor(s.From))
	if err != nil {
		return nil, fmt.Errorf("deploy factory: %w", err)
	}
	log.Info("deployed factory", "address", factory, "block", receipt.BlockNumber)
	d := &Deployment{ChainID: chainID.Uint64(), Factory: factory, StartBlock: receipt.BlockNumber.Uint64()}

	collateral, loan, feed := cfg.CollateralToken, cfg.LoanToken, cfg.PriceFeed
	if cfg.Dev {
		if collateral, loan, feed, err = deployMocks(ctx, s, cfg.BTCPrice, log); err != nil {
			return nil, err
		}
	}
	market, err := createMarket(ctx, s, factory, collateral, loan, feed)
	if err != nil {
		return nil, err
	}
	log.Info("created market", "name", "WBTC/USDC", "address", market)
	d.Markets = append(d.Markets, Market{Name: "WBTC/USDC", Market: market, CollateralToken: collateral, LoanToken: loan, PriceFeed: feed})

	if cfg.Dev && cfg.Liquidity.Sign() > 0 {
		if err := supplyLiquidity(ctx, s, loan, market, cfg.Liquidity); err != nil {
			return nil, err
		}
		log.Info("supplied liquidity", "market", market, "usdc", cfg.Liquidity)
	}
	return d, nil
}

func deployMocks(ctx context.Context, s *chain.Sender, btcPrice *big.Int, log *slog.Logger) (collateral, loan, feed common.Address, err error) {
	token := bindings.NewMockERC20()
	if collateral, _, err = s.Deploy(ctx, bindings.MockERC20MetaData.Bin, token.PackConstructor("Wrapped BTC", "WBTC", 8)); err != nil {
		return collateral, loan, feed, fmt.Errorf("deploy mock WBTC: %w", err)
	}
	if loan, _, err = s.Deploy(ctx, bindings.MockERC20MetaData.Bin, token.PackConstructor("USD Coin", "USDC", 6)); err != nil {
		return collateral, loan, feed, fmt.Errorf("deploy mock USDC: %w", err)
	}
	input := bindings.NewMockPriceFeed().PackConstructor(8, "BTC / USD", btcPrice)
	if feed, _, err = s.Deploy(ctx, bindings.MockPriceFeedMetaData.Bin, input); err != nil {
		return collateral, loan, feed, fmt.Errorf("deploy mock BTC/USD feed: %w", err)
	}
	log.Info("deployed development mocks", "wbtc", collateral, "usdc", loan, "feed", feed)
	return collateral, loan, feed, nil
}

func supplyLiquidity(ctx context.Context, s *chain.Sender, usdc, market common.Address, amount *big.Int) error {
	token := bindings.NewMockERC20()
	if _, err := s.Transact(ctx, usdc, token.PackMint(s.From, amount)); err != nil {
		return fmt.Errorf("mint USDC liquidity: %w", err)
	}
	if _, err := s.Transact(ctx, usdc, token.PackApprove(market, amount)); err != nil {
		return fmt.Errorf("approve USDC liquidity: %w", err)
	}
	if _, err := s.Transact(ctx, market, bindings.NewLendingMarket().PackSupply(amount, s.From)); err != nil {
		return fmt.Errorf("supply USDC liquidity: %w", err)
	}
	return nil
}

// createMarket creates the WBTC/USDC market with the factory's default parameters; a revert
// comes back decoded: "create WBTC/USDC market: UnsupportedDecimals(collateralDecimals=8, …)".
func createMarket(ctx context.Context, s *chain.Sender, factory, collateral, loan, feed common.Address) (common.Address, error) {
	factoryABI := bindings.NewMarketFactory()
	params, err := chain.Call(ctx, s.Client, factory, factoryABI.PackDefaultParams(), factoryABI.UnpackDefaultParams, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("read default market parameters: %w", err)
	}
	receipt, err := s.Transact(ctx, factory, factoryABI.PackCreateMarket(collateral, loan, feed, params))
	if err != nil {
		return common.Address{}, fmt.Errorf("create WBTC/USDC market: %w", err)
	}
	for _, l := range receipt.Logs {
		if ev, err := factoryABI.UnpackMarketCreatedEvent(l); err == nil {
			return ev.Market, nil
		}
	}
	return common.Address{}, fmt.Errorf("createMarket tx %s emitted no MarketCreated event", receipt.TxHash)
}
