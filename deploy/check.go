package deploy

import (
	"cmp"
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
	"github.com/ltvkeeper/ltvkeeper/bindings/uniswap"
	"github.com/ltvkeeper/ltvkeeper/chain"
)

// The decimals LendingMarket's constructor accepts (it reverts with UnsupportedDecimals past
// them): the loan token at most 18, the collateral token and the feed at most 36 together.
const (
	maxLoanDecimals           = 18
	maxCollateralFeedDecimals = 36
)

// MaxPriceAge is the maxPriceAge of the markets deploy creates (MarketFactory's default
// parameters, checked by a test): the market refuses a price older than this.
const MaxPriceAge = time.Hour

// DefaultFeedDecimals are the decimals of Chainlink's USD feeds, BTC/USD among them.
const DefaultFeedDecimals = 8

// codeCaller reads code and headers and calls contracts.
type codeCaller interface {
	ethereum.ContractCaller
	CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// checkAddresses reads, without sending anything, what the market's constructor relies on: a
// contract at each address, ERC-20 tokens whose decimals it supports, and a feed that answers
// with a positive price. It runs before the factory is deployed, so that a wrong address
// costs no gas and leaves no factory behind. Errors name the flag and the address.
func checkAddresses(ctx context.Context, c codeCaller, cfg Config) error {
	if cfg.CollateralToken == cfg.LoanToken {
		return fmt.Errorf("--collateral-token and --loan-token are both %s: the market lends the loan token against another token", cfg.LoanToken)
	}
	for _, a := range []struct {
		flag string
		addr common.Address
	}{{"--collateral-token", cfg.CollateralToken}, {"--loan-token", cfg.LoanToken}, {"--price-feed", cfg.PriceFeed}} {
		code, err := c.CodeAt(ctx, a.addr, nil)
		if err != nil {
			return fmt.Errorf("%s %s: read its code: %w", a.flag, a.addr, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("%s %s: no contract at this address on this chain (check the address, and that --rpc is the chain it lives on)", a.flag, a.addr)
		}
	}
	collateralDecimals, err := checkToken(ctx, c, "--collateral-token", cfg.CollateralToken)
	if err != nil {
		return err
	}
	loanDecimals, err := checkToken(ctx, c, "--loan-token", cfg.LoanToken)
	if err != nil {
		return err
	}
	feedDecimals, err := checkFeed(ctx, c, cfg.PriceFeed, cmp.Or(cfg.FeedDecimals, DefaultFeedDecimals))
	if err != nil {
		return err
	}
	if loanDecimals > maxLoanDecimals {
		return fmt.Errorf("--loan-token %s has %d decimals; the market supports at most %d (USDC has 6): pass a USDC-like token", cfg.LoanToken, loanDecimals, maxLoanDecimals)
	}
	if int(collateralDecimals)+int(feedDecimals) > maxCollateralFeedDecimals {
		return fmt.Errorf("--collateral-token %s has %d decimals and --price-feed %s has %d; the market supports at most %d together (WBTC has 8, a Chainlink USD feed 8)",
			cfg.CollateralToken, collateralDecimals, cfg.PriceFeed, feedDecimals, maxCollateralFeedDecimals)
	}
	if cfg.Pool != nil {
		if err := CheckPool(ctx, c, *cfg.Pool, cfg.CollateralToken, cfg.LoanToken); err != nil {
			return fmt.Errorf("--pool: %w: pass the Uniswap v3 pool of the two tokens", err)
		}
	}
	return nil
}

// checkToken checks that the contract at addr answers as an ERC-20 token with decimals.
func checkToken(ctx context.Context, c ethereum.ContractCaller, flag string, addr common.Address) (uint8, error) {
	token := bindings.NewIERC20Metadata()
	notToken := func(call string, err error) error {
		return fmt.Errorf("%s %s: not an ERC-20 token with decimals: %s failed: %w (pass the token contract's address)", flag, addr, call, err)
	}
	if _, err := chain.Call(ctx, c, addr, token.PackTotalSupply(), token.UnpackTotalSupply, nil); err != nil {
		return 0, notToken("totalSupply()", err)
	}
	if _, err := chain.Call(ctx, c, addr, token.PackBalanceOf(common.Address{}), token.UnpackBalanceOf, nil); err != nil {
		return 0, notToken("balanceOf(address)", err)
	}
	decimals, err := chain.Call(ctx, c, addr, token.PackDecimals(), token.UnpackDecimals, nil)
	if err != nil {
		return 0, notToken("decimals()", err)
	}
	return decimals, nil
}

// checkFeed checks that the contract at addr answers as a Chainlink feed (a proxy or an
// aggregator) with decimals, with a positive price no older than the market accepts.
func checkFeed(ctx context.Context, c codeCaller, addr common.Address, wantDecimals uint8) (uint8, error) {
	feed := chainlink.NewAggregatorV3Interface()
	notFeed := func(call string, err error) error {
		return fmt.Errorf("--price-feed %s: not a Chainlink price feed: %s failed: %w (pass the BTC/USD feed's address: its proxy)", addr, call, err)
	}
	decimals, err := chain.Call(ctx, c, addr, feed.PackDecimals(), feed.UnpackDecimals, nil)
	if err != nil {
		return 0, notFeed("decimals()", err)
	}
	round, err := chain.Call(ctx, c, addr, feed.PackLatestRoundData(), feed.UnpackLatestRoundData, nil)
	if err != nil {
		return 0, notFeed("latestRoundData()", err)
	}
	if round.Answer.Sign() <= 0 || round.UpdatedAt.Sign() == 0 {
		return 0, fmt.Errorf("--price-feed %s: latest round %s answers %s updated at %s; want a positive price with a time (is it a live BTC/USD feed?)",
			addr, round.RoundId, round.Answer, round.UpdatedAt)
	}
	if decimals != wantDecimals {
		return 0, fmt.Errorf("--price-feed %s answers with %d decimals, and the market expects %d: pass a USD feed of %d decimals, or --feed-decimals %d if that is the feed you mean",
			addr, decimals, wantDecimals, wantDecimals, decimals)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("read the head to check the age of --price-feed %s: %w", addr, err)
	}
	if age := int64(head.Time) - round.UpdatedAt.Int64(); age > int64(MaxPriceAge/time.Second) {
		return 0, fmt.Errorf("--price-feed %s: its latest round %s was updated %s before the head, longer ago than the market's maxPriceAge of %s, so the market would refuse its price: pass a feed that is live on this chain",
			addr, round.RoundId, time.Duration(age)*time.Second, MaxPriceAge)
	}
	return decimals, nil
}

// CheckPool checks that pool is a Uniswap v3 pool of the market's collateral and loan tokens,
// in either order: the pool a flash liquidation sells the collateral to.
func CheckPool(ctx context.Context, c ethereum.ContractCaller, pool, collateral, loan common.Address) error {
	poolABI := uniswap.NewUniswapV3Pool()
	token0, err := chain.Call(ctx, c, pool, poolABI.PackToken0(), poolABI.UnpackToken0, nil)
	if err != nil {
		return fmt.Errorf("read token0 of pool %s: %w (is it a Uniswap v3 pool?)", pool, err)
	}
	token1, err := chain.Call(ctx, c, pool, poolABI.PackToken1(), poolABI.UnpackToken1, nil)
	if err != nil {
		return fmt.Errorf("read token1 of pool %s: %w (is it a Uniswap v3 pool?)", pool, err)
	}
	if !(token0 == collateral && token1 == loan) && !(token0 == loan && token1 == collateral) {
		return fmt.Errorf("pool %s trades %s and %s, not the market's collateral %s and loan token %s", pool, token0, token1, collateral, loan)
	}
	return nil
}
