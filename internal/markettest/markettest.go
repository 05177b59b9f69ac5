// Package markettest starts, for a test, Anvil with ltvkeeper's development deployment: the
// factory, mock WBTC and USDC, a BTC/USD feed and a WBTC/USDC market with liquidity, deployed
// from Anvil's first account. It opens positions, funds keepers and gives a migrated index
// database, so that each test states only what is its own.
package markettest

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/migrations"
)

// ChainID is Anvil's chain id.
const ChainID = 31337

// The ABIs of the development deployment's contracts, for tests to pack calls and unpack
// logs with, and an unlimited approval or repayment.
var (
	MarketABI = bindings.NewLendingMarket()
	ERC20ABI  = bindings.NewMockERC20()
	FeedABI   = bindings.NewMockPriceFeed()
	MaxUint   = loanmath.MaxUint256.ToBig()
)

// Chain is Anvil with the development deployment.
type Chain struct {
	*anviltest.Anvil
	Deployer   *chain.Sender // Anvil's account 0, which deployed everything
	Deployment *deploy.Deployment
	Market     deploy.Market // the deployment's first market, WBTC/USDC

	t testing.TB
}

// Start starts Anvil with anvilArgs and deploys the development markets with cfg (Dev is
// always on): cfg sets the feed (MockFeed), the BTC price and the liquidity. The same cfg on
// two chains deploys the same contracts at the same addresses (one deployer, same nonces).
func Start(t testing.TB, cfg deploy.Config, anvilArgs ...string) *Chain {
	t.Helper()
	a := anviltest.Start(t, anvilArgs...) // ChainID unless anvilArgs set --chain-id
	deployer := a.Sender(0)
	cfg.Dev = true
	d, err := deploy.Deploy(context.Background(), deployer, a.ChainID, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return &Chain{Anvil: a, Deployer: deployer, Deployment: d, Market: d.Markets[0], t: t}
}

// For returns the same chain for t, a subtest: its failures fail t.
func (c *Chain) For(t testing.TB) *Chain {
	d := *c
	d.t = t
	return &d
}

// Send sends a transaction from s and fails the test unless it is mined.
func (c *Chain) Send(s *chain.Sender, to common.Address, data []byte) *types.Receipt {
	c.t.Helper()
	r, err := s.Transact(context.Background(), to, data)
	if err != nil {
		c.t.Fatal(err)
	}
	return r
}

// RPC calls one of Anvil's methods (anvil_mine, evm_increaseTime, ...) and fails the test on
// an error.
func (c *Chain) RPC(method string, args ...any) {
	c.t.Helper()
	if err := c.Client.Client().CallContext(context.Background(), nil, method, args...); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// Fund mints usdc (base units) of the market's loan token to the account of key: a keeper's
// funds for liquidations.
func (c *Chain) Fund(key *ecdsa.PrivateKey, usdc *big.Int) {
	c.t.Helper()
	to := crypto.PubkeyToAddress(key.PublicKey)
	c.Send(c.Deployer, c.Market.LoanToken, ERC20ABI.PackMint(to, usdc))
}

// Account returns a sender for a new account holding eth (wei) for gas.
func (c *Chain) Account(eth *big.Int) *chain.Sender {
	c.t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		c.t.Fatal(err)
	}
	s := chain.NewSender(c.Client, key, c.ChainID)
	c.RPC("anvil_setBalance", s.From, hexutil.EncodeBig(eth))
	return s
}

// Open has s mint collateral (WBTC base units) of the market's collateral token, approve the
// market, deposit it and borrow debt (USDC base units).
func (c *Chain) Open(s *chain.Sender, collateral, debt *big.Int) {
	c.t.Helper()
	c.OpenIn(c.Market, s, collateral, debt)
}

// OpenIn is Open in market m.
func (c *Chain) OpenIn(m deploy.Market, s *chain.Sender, collateral, debt *big.Int) {
	c.t.Helper()
	c.Send(s, m.CollateralToken, ERC20ABI.PackMint(s.From, collateral))
	c.Send(s, m.CollateralToken, ERC20ABI.PackApprove(m.Market, MaxUint))
	c.Send(s, m.Market, MarketABI.PackDepositCollateral(collateral, s.From))
	c.Send(s, m.Market, MarketABI.PackBorrow(debt, s.From))
}

// IndexDB returns a database of the test's own with the index schema, and a pool on it.
func IndexDB(t testing.TB) (string, *pgxpool.Pool) {
	t.Helper()
	url := pgtest.DB(t)
	if _, err := migrations.Up(context.Background(), url, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	pool := pgtest.Pool(t, url)
	return url, pool
}
