package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/chain"
)

// Config says what to deploy.
type Config struct {
	// Dev deploys mock wBTC, mock USDC and the development BTC/USD feed (a DevAggregator
	// behind Chainlink's EACAggregatorProxy, see DeployFeed), and supplies Liquidity. The
	// market reads the proxy; the deployment names the aggregator, where prices are published.
	// It also deploys Uniswap v3 with a WBTC/USDC pool at BTCPrice (DeployPool) and names the
	// pool and its DevPool in the market.
	Dev bool
	// MockFeed, with Dev, deploys a MockPriceFeed instead of the development feed: one
	// contract that anyone may set and that emits AnswerUpdated itself. For unit tests.
	MockFeed bool
	// FeedOwner owns the development feed: it alone publishes prices and may change the
	// proxy's aggregator. It also owns the pool's DevPool, which alone moves the pool's price
	// (Market.MovePool). nil: the deployer. Dev only.
	FeedOwner *ecdsa.PrivateKey
	// BTCPrice is the feed's first answer, in feed units (8 decimals); the development feed
	// takes $1 to $1,000,000 (DevFeedMinAnswer, DevFeedMaxAnswer). Dev only.
	BTCPrice *big.Int
	// Liquidity is the USDC (base units) the deployer supplies to the market. Dev only.
	Liquidity *big.Int
	// ExecutorOwner, when set, has a LiquidationExecutor deployed for it (the keeper's
	// account) and named in the deployment.
	ExecutorOwner *common.Address
	// The existing tokens and feed of a production market. Not with Dev.
	CollateralToken, LoanToken, PriceFeed common.Address
	// Pool is the Uniswap v3 pool of the production market's two tokens that flash
	// liquidations sell the collateral to; nil: none (the keeper liquidates from its own loan
	// token). Not with Dev, which deploys its own.
	Pool *common.Address
	// FeedDecimals are the decimals the market expects of PriceFeed; 0: DefaultFeedDecimals.
	FeedDecimals uint8
}

// ErrNotDevChain is returned when Dev is asked of a chain that is not a development chain.
var ErrNotDevChain = errors.New("not a development chain")

// Deploy deploys the factory and one WBTC/USDC market from the sender's account. The tokens
// and the feed of a production market are checked before anything is sent.
func Deploy(ctx context.Context, s *chain.Sender, chainID *big.Int, cfg Config, log *slog.Logger) (*Deployment, error) {
	if cfg.Dev && !chain.DevChainIDs[chainID.Uint64()] {
		return nil, fmt.Errorf("--dev deploys mock tokens and a development price feed, but chain %s is %w (want chain id 31337 or 1337): drop --dev and pass --collateral-token, --loan-token and --price-feed", chainID, ErrNotDevChain)
	}
	if !cfg.Dev {
		if err := checkAddresses(ctx, s.Client, cfg); err != nil {
			return nil, err
		}
	}
	if cfg.Dev && !cfg.MockFeed {
		if err := checkFeedConfig(DevFeedConfig(cfg.BTCPrice)); err != nil {
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
	var aggregator *common.Address
	if cfg.Dev {
		if collateral, loan, err = deployMockTokens(ctx, s, log); err != nil {
			return nil, err
		}
		if feed, aggregator, err = deployDevFeed(ctx, s, chainID, cfg, log); err != nil {
			return nil, err
		}
	}
	market, err := createMarket(ctx, s, "WBTC/USDC", factory, collateral, loan, feed)
	if err != nil {
		return nil, err
	}
	log.Info("created market", "name", "WBTC/USDC", "address", market)
	m := Market{Name: "WBTC/USDC", Market: market, CollateralToken: collateral, LoanToken: loan, PriceFeed: feed, Aggregator: aggregator}
	if cfg.Dev {
		p, err := DeployPool(ctx, devOwner(s, chainID, cfg), collateral, loan, cfg.BTCPrice, nil)
		if err != nil {
			return nil, err
		}
		log.Info("deployed Uniswap v3 with a WBTC/USDC pool", "factory", p.Factory, "pool", p.Pool, "devPool", p.Actor)
		m.Pool, m.PoolActor = &p.Pool, &p.Actor
	}
	if !cfg.Dev {
		m.Pool = cfg.Pool
	}
	d.Markets = append(d.Markets, m)
	if cfg.ExecutorOwner != nil {
		ex, err := DeployExecutor(ctx, s, *cfg.ExecutorOwner)
		if err != nil {
			return nil, err
		}
		log.Info("deployed the liquidation executor", "address", ex, "owner", *cfg.ExecutorOwner)
		d.Executor = &ex
	}

	if cfg.Dev && cfg.Liquidity.Sign() > 0 {
		if err := supplyLiquidity(ctx, s, loan, market, cfg.Liquidity); err != nil {
			return nil, err
		}
		log.Info("supplied liquidity", "market", market, "usdc", cfg.Liquidity)
	}
	return d, nil
}

func deployMockTokens(ctx context.Context, s *chain.Sender, log *slog.Logger) (collateral, loan common.Address, err error) {
	token := bindings.NewMockERC20()
	if collateral, _, err = s.Deploy(ctx, bindings.MockERC20MetaData.Bin, token.PackConstructor("Wrapped BTC", "WBTC", 8)); err != nil {
		return collateral, loan, fmt.Errorf("deploy mock WBTC: %w", err)
	}
	if loan, _, err = s.Deploy(ctx, bindings.MockERC20MetaData.Bin, token.PackConstructor("USD Coin", "USDC", 6)); err != nil {
		return collateral, loan, fmt.Errorf("deploy mock USDC: %w", err)
	}
	log.Info("deployed mock tokens", "wbtc", collateral, "usdc", loan)
	return collateral, loan, nil
}

// AddDevMarket adds a market to a Dev deployment: a new mock collateral token of 8 decimals
// named symbol, lent against the first market's loan token at its feed's price, with
// liquidity supplied from s. The market is appended to d.Markets and returned.
func AddDevMarket(ctx context.Context, s *chain.Sender, d *Deployment, symbol string, liquidity *big.Int) (Market, error) {
	first := d.Markets[0]
	collateral, _, err := s.Deploy(ctx, bindings.MockERC20MetaData.Bin, bindings.NewMockERC20().PackConstructor(symbol, symbol, 8))
	if err != nil {
		return Market{}, fmt.Errorf("deploy mock %s: %w", symbol, err)
	}
	addr, err := createMarket(ctx, s, symbol+"/USDC", d.Factory, collateral, first.LoanToken, first.PriceFeed)
	if err != nil {
		return Market{}, err
	}
	if err := supplyLiquidity(ctx, s, first.LoanToken, addr, liquidity); err != nil {
		return Market{}, err
	}
	m := Market{Name: symbol + "/USDC", Market: addr, CollateralToken: collateral, LoanToken: first.LoanToken,
		PriceFeed: first.PriceFeed, Aggregator: first.Aggregator}
	d.Markets = append(d.Markets, m)
	return m, nil
}

// deployDevFeed deploys the feed of a Dev deployment: the development feed from
// cfg.FeedOwner (the market reads its proxy; aggregator is where prices are published), or
// with cfg.MockFeed a MockPriceFeed (aggregator nil).
func deployDevFeed(ctx context.Context, s *chain.Sender, chainID *big.Int, cfg Config, log *slog.Logger) (feed common.Address, aggregator *common.Address, err error) {
	if cfg.MockFeed {
		input := bindings.NewMockPriceFeed().PackConstructor(DevFeedDecimals, "BTC / USD", cfg.BTCPrice)
		if feed, _, err = s.Deploy(ctx, bindings.MockPriceFeedMetaData.Bin, input); err != nil {
			return feed, nil, fmt.Errorf("deploy mock BTC/USD feed: %w", err)
		}
		log.Info("deployed mock BTC/USD feed", "feed", feed)
		return feed, nil, nil
	}
	owner := devOwner(s, chainID, cfg)
	f, err := DeployFeed(ctx, owner, DevFeedConfig(cfg.BTCPrice))
	if err != nil {
		return feed, nil, err
	}
	log.Info("deployed development BTC/USD feed", "proxy", f.Proxy, "aggregator", f.Aggregator, "owner", owner.From)
	return f.Proxy, &f.Aggregator, nil
}

// devOwner sends as the development feed's and pool's owner: cfg.FeedOwner, or s.
func devOwner(s *chain.Sender, chainID *big.Int, cfg Config) *chain.Sender {
	if cfg.FeedOwner == nil {
		return s
	}
	return chain.NewSender(s.Client, cfg.FeedOwner, chainID)
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

// createMarket creates a market (name, e.g. WBTC/USDC) with the factory's default parameters; a revert
// comes back decoded: "create WBTC/USDC market: UnsupportedDecimals(collateralDecimals=8, …)".
func createMarket(ctx context.Context, s *chain.Sender, name string, factory, collateral, loan, feed common.Address) (common.Address, error) {
	factoryABI := bindings.NewMarketFactory()
	params, err := chain.Call(ctx, s.Client, factory, factoryABI.PackDefaultParams(), factoryABI.UnpackDefaultParams, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("read default market parameters: %w", err)
	}
	receipt, err := s.Transact(ctx, factory, factoryABI.PackCreateMarket(collateral, loan, feed, params))
	if err != nil {
		return common.Address{}, fmt.Errorf("create %s market: %w", name, err)
	}
	ev, err := eventIn(receipt, "createMarket", "MarketCreated", factoryABI.UnpackMarketCreatedEvent)
	if err != nil {
		return common.Address{}, err
	}
	return ev.Market, nil
}

// eventIn returns the first log of receipt, the receipt of a call (its name), that unpack
// decodes as the event.
func eventIn[E any](receipt *types.Receipt, call, event string, unpack func(*types.Log) (*E, error)) (*E, error) {
	for _, l := range receipt.Logs {
		if ev, err := unpack(l); err == nil {
			return ev, nil
		}
	}
	return nil, fmt.Errorf("%s tx %s emitted no %s event", call, receipt.TxHash, event)
}
