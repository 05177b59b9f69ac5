package main

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/executor"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// runApp runs ltvkeeper with args in-process and returns what it printed.
func runApp(t *testing.T, args ...string) (string, error) {
	t.Helper()
	return runAppContext(context.Background(), t, args...)
}

// runAppContext is runApp until ctx ends.
func runAppContext(ctx context.Context, t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	app := newApp()
	app.Writer, app.ErrWriter = &out, &out
	err := app.RunContext(ctx, append([]string{"ltvkeeper"}, args...))
	return out.String(), err
}

// started is the app running one command in the background, its stdout and stderr
// collected together in out.
type started struct {
	t      *testing.T
	name   string // the command line, for messages
	out    testlog.Buffer
	done   chan error
	cancel context.CancelFunc
	ended  bool
}

// startApp runs the app with args in the background until stop or the test's end.
func startApp(t *testing.T, args ...string) *started {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	a := &started{t: t, name: "ltvkeeper " + strings.Join(args, " "), done: make(chan error, 1), cancel: cancel}
	app := newApp()
	app.Writer, app.ErrWriter = &a.out, &a.out
	go func() { a.done <- app.RunContext(ctx, append([]string{"ltvkeeper"}, args...)) }()
	t.Cleanup(func() {
		if !a.ended {
			cancel()
			<-a.done
		}
	})
	return a
}

// await polls cond until it holds; the test fails if the command ends first, or after timeout.
func (a *started) await(what string, timeout time.Duration, cond func() bool) {
	a.t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		select {
		case err := <-a.done:
			a.ended = true
			a.t.Fatalf("%s ended while waiting for %s: %v\n%s", a.name, what, err, &a.out)
		default:
		}
		if time.Now().After(deadline) {
			a.t.Fatalf("waited %s for %s\n%s", timeout, what, &a.out)
		}
		time.Sleep(20 * time.Millisecond) // polling a condition with a deadline
	}
}

// stop ends the command's context, as SIGINT would, and returns what the command returned;
// the test fails unless it returns within timeout.
func (a *started) stop(timeout time.Duration) error {
	a.t.Helper()
	a.cancel()
	a.ended = true
	select {
	case err := <-a.done:
		return err
	case <-time.After(timeout):
		a.t.Fatalf("%s did not stop within %s of its context ending\n%s", a.name, timeout, &a.out)
		return nil
	}
}

// deployed runs deploy with args and an --out file of the test's own, fails the test unless
// it succeeds without printing key, and returns the deployment it wrote.
func deployed(t *testing.T, key string, args ...string) *deploy.Deployment {
	t.Helper()
	out := filepath.Join(t.TempDir(), "deployment.json")
	printed, err := runApp(t, append([]string{"deploy", "--out", out}, args...)...)
	if err != nil {
		t.Fatalf("deploy: %v\n%s", err, printed)
	}
	if strings.Contains(printed, key) {
		t.Fatal("deploy printed the private key")
	}
	d, err := deploy.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func writeKeyFile(t *testing.T, key string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(path, []byte("0x"+key+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

var market, erc20, feed = markettest.MarketABI, markettest.ERC20ABI, markettest.FeedABI

// actor sends transactions as one of Anvil's accounts.
type actor struct {
	t *testing.T
	*chain.Sender
}

func newActor(t *testing.T, client *ethclient.Client, i int) actor {
	return actor{t, chain.NewSender(client, anviltest.Key(i), big.NewInt(31337))}
}

func (a actor) do(to common.Address, data []byte) *types.Receipt {
	a.t.Helper()
	receipt, err := a.Transact(context.Background(), to, data)
	if err != nil {
		a.t.Fatal(err)
	}
	return receipt
}

func view[T any](t *testing.T, c *ethclient.Client, to common.Address, data []byte, unpack func([]byte) (T, error), block *big.Int) T {
	t.Helper()
	v, err := chain.Call(context.Background(), c, to, data, unpack, block)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func wantEqual(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %s, want %s", what, got, want)
	}
}

// TestDeployAndLoanLifecycle deploys with the command on Anvil, then walks a loan through its
// life as users would: supply, deposit, borrow, a price fall, a liquidation, repay, withdraw.
func TestDeployAndLoanLifecycle(t *testing.T) {
	anvil := anviltest.Start(t)
	c := anvil.Client
	d := deployed(t, anviltest.Keys[0], "--rpc", anvil.URL, "--private-key-file", writeKeyFile(t, anviltest.Keys[0]),
		"--dev", "--btc-price", "100000", "--liquidity", "1000000")
	if d.ChainID != 31337 || len(d.Markets) != 1 || d.Markets[0].Name != "WBTC/USDC" {
		t.Fatalf("deployment = %+v", d)
	}
	m := d.Markets[0]
	for _, addr := range []common.Address{d.Factory, m.Market, m.CollateralToken, m.LoanToken, m.PriceFeed} {
		if code, _ := c.CodeAt(context.Background(), addr, nil); len(code) == 0 {
			t.Fatalf("no code at %s", addr)
		}
	}
	deployer, borrower, liquidator, lender := newActor(t, c, 0), newActor(t, c, 1), newActor(t, c, 2), newActor(t, c, 3)
	usd := func(dollars int64) *big.Int { return new(big.Int).Mul(big.NewInt(dollars), big.NewInt(1e6)) }
	balance := func(token, who common.Address) *big.Int {
		return view(t, c, token, erc20.PackBalanceOf(who), erc20.UnpackBalanceOf, nil)
	}
	wantEqual(t, "market USDC liquidity", balance(m.LoanToken, m.Market), usd(1_000_000))
	wantEqual(t, "deployer supply", view(t, c, m.Market, market.PackSupplyBalance(deployer.From), market.UnpackSupplyBalance, nil), usd(1_000_000))

	// A second lender supplies $500,000 through the bindings; the shares are loanmath's.
	lender.do(m.LoanToken, erc20.PackMint(lender.From, usd(500_000)))
	lender.do(m.LoanToken, erc20.PackApprove(m.Market, usd(500_000)))
	receipt := lender.do(m.Market, market.PackSupply(usd(500_000), lender.From))
	before, accrued := accrualOf(t, c, m.Market, receipt)
	wantShares, err := loanmath.ToSupplyShares(uint256.MustFromBig(usd(500_000)), new(uint256.Int).Add(before.totalSupply, accrued.Interest), before.totalSupplyShares, loanmath.Floor)
	if err != nil {
		t.Fatal(err)
	}
	lenderShares := view(t, c, m.Market, market.PackSupplyShares(lender.From), market.UnpackSupplyShares, nil)
	wantEqual(t, "second lender's supply shares", lenderShares, wantShares.ToBig())
	wantEqual(t, "market USDC after the second supply", balance(m.LoanToken, m.Market), usd(1_500_000))

	// The worked example: $2,000 borrowed against 0.1 BTC at $100,000 is 20% LTV.
	borrower.do(m.CollateralToken, erc20.PackMint(borrower.From, big.NewInt(1e7)))
	borrower.do(m.CollateralToken, erc20.PackApprove(m.Market, big.NewInt(1e7)))
	borrower.do(m.Market, market.PackDepositCollateral(big.NewInt(1e7), borrower.From))
	pos := view(t, c, m.Market, market.PackPosition(borrower.From), market.UnpackPosition, nil)
	wantEqual(t, "collateral after deposit", pos.Collateral, big.NewInt(1e7))
	wantEqual(t, "debt after deposit", pos.Debt, big.NewInt(0))
	receipt = borrower.do(m.Market, market.PackBorrow(usd(2_000), borrower.From))
	_, accrued = accrualOf(t, c, m.Market, receipt)
	borrowShares, err := loanmath.ToBorrowShares(uint256.MustFromBig(usd(2_000)), accrued.Index, loanmath.Ceil)
	if err != nil {
		t.Fatal(err)
	}
	wantDebt, err := loanmath.ToDebt(borrowShares, accrued.Index)
	if err != nil {
		t.Fatal(err)
	}
	pos = view(t, c, m.Market, market.PackPosition(borrower.From), market.UnpackPosition, nil)
	wantEqual(t, "collateral after borrow", pos.Collateral, big.NewInt(1e7))
	wantEqual(t, "debt after borrow", pos.Debt, wantDebt.ToBig())
	wantEqual(t, "borrow shares", view(t, c, m.Market, market.PackBorrowShares(borrower.From), market.UnpackBorrowShares, nil), borrowShares.ToBig())
	wantEqual(t, "borrower USDC", balance(m.LoanToken, borrower.From), usd(2_000))
	wantEqual(t, "market USDC after the borrow", balance(m.LoanToken, m.Market), usd(1_500_000-2_000))
	wantEqual(t, "market WBTC", balance(m.CollateralToken, m.Market), big.NewInt(1e7))
	ltv := view(t, c, m.Market, market.PackLtv(borrower.From), market.UnpackLtv, nil)
	if ltv.Cmp(big.NewInt(2e17)) < 0 || ltv.Cmp(big.NewInt(200_001e12)) > 0 {
		t.Fatalf("LTV after borrowing = %s, want 0.2e18 plus seconds of interest", ltv)
	}

	// Borrowing past 50% reverts with the decoded custom error.
	_, err = borrower.Transact(context.Background(), m.Market, market.PackBorrow(usd(4_000), borrower.From))
	if !errors.Is(err, &chain.RevertError{Name: "LtvTooHigh"}) || !strings.Contains(err.Error(), "LtvTooHigh(ltv=") {
		t.Fatalf("borrow past maxBorrowLtv: %v, want LtvTooHigh(ltv=…, max=…)", err)
	}

	// A year passes: the debt grows at 2.9% APR.
	if err := c.Client().CallContext(context.Background(), nil, "evm_increaseTime", 365*24*3600); err != nil {
		t.Fatal(err)
	}

	// BTC falls to $24,000: LTV 83% is past the 80% line; the liquidation restores 70%.
	deployer.do(m.PriceCall(big.NewInt(24_000e8)))
	liquidator.do(m.LoanToken, erc20.PackMint(liquidator.From, usd(10_000)))
	liquidator.do(m.LoanToken, erc20.PackApprove(m.Market, usd(10_000)))
	receipt = liquidator.do(m.Market, market.PackLiquidate(borrower.From, usd(10_000)))
	liq, index := liquidationOf(t, receipt)
	sharesBefore := view(t, c, m.Market, market.PackBorrowShares(borrower.From), market.UnpackBorrowShares, new(big.Int).Sub(receipt.BlockNumber, big.NewInt(1)))
	debtBefore, err := loanmath.ToDebt(uint256.MustFromBig(sharesBefore), uint256.MustFromBig(index))
	if err != nil {
		t.Fatal(err)
	}
	want, err := loanmath.Liquidate(debtBefore, uint256.NewInt(1e7), uint256.NewInt(24_000e8), uint256.MustFromBig(usd(10_000)),
		uint256.NewInt(7e17), uint256.NewInt(5e16), loanmath.NewScale(8, 6, 8))
	if err != nil {
		t.Fatal(err)
	}
	wantEqual(t, "repaid", liq.RepaidAssets, want.Repaid.ToBig())
	wantEqual(t, "seized", liq.SeizedCollateral, want.Seized.ToBig())
	wantEqual(t, "bad debt", liq.BadDebtAssets, big.NewInt(0))
	wantEqual(t, "liquidator WBTC", balance(m.CollateralToken, liquidator.From), liq.SeizedCollateral)
	wantEqual(t, "liquidator USDC", balance(m.LoanToken, liquidator.From), new(big.Int).Sub(usd(10_000), liq.RepaidAssets))
	ltv = view(t, c, m.Market, market.PackLtv(borrower.From), market.UnpackLtv, nil)
	if ltv.Cmp(big.NewInt(699e15)) < 0 || ltv.Cmp(big.NewInt(7e17)) > 0 {
		t.Fatalf("LTV after liquidation = %s, want about 0.7e18", ltv)
	}
	// The repaid assets buy back borrow shares rounded down, as in a repay.
	burned, err := loanmath.ToBorrowShares(uint256.MustFromBig(liq.RepaidAssets), uint256.MustFromBig(index), loanmath.Floor)
	if err != nil {
		t.Fatal(err)
	}
	sharesLeft := new(uint256.Int).Sub(uint256.MustFromBig(sharesBefore), burned)
	debtLeft, err := loanmath.ToDebt(sharesLeft, uint256.MustFromBig(index))
	if err != nil {
		t.Fatal(err)
	}
	pos = view(t, c, m.Market, market.PackPosition(borrower.From), market.UnpackPosition, nil)
	wantEqual(t, "debt after the liquidation", pos.Debt, debtLeft.ToBig())
	wantEqual(t, "collateral after the liquidation", pos.Collateral, new(big.Int).Sub(big.NewInt(1e7), want.Seized.ToBig()))

	// The borrower repays everything and takes the rest of the collateral back.
	borrower.do(m.LoanToken, erc20.PackMint(borrower.From, usd(100)))
	borrower.do(m.LoanToken, erc20.PackApprove(m.Market, usd(10_000)))
	receipt = borrower.do(m.Market, market.PackRepay(abiMax(), borrower.From))
	_, accrued = accrualOf(t, c, m.Market, receipt)
	repaid, err := loanmath.ToDebt(sharesLeft, accrued.Index)
	if err != nil {
		t.Fatal(err)
	}
	wantEqual(t, "borrower USDC after repay", balance(m.LoanToken, borrower.From), new(big.Int).Sub(usd(2_100), repaid.ToBig()))
	pos = view(t, c, m.Market, market.PackPosition(borrower.From), market.UnpackPosition, nil)
	wantEqual(t, "debt after full repay", pos.Debt, big.NewInt(0))
	wantEqual(t, "collateral left", pos.Collateral, new(big.Int).Sub(big.NewInt(1e7), liq.SeizedCollateral))
	borrower.do(m.Market, market.PackWithdrawCollateral(pos.Collateral, borrower.From))
	wantEqual(t, "borrower WBTC", balance(m.CollateralToken, borrower.From), pos.Collateral)
	wantEqual(t, "market WBTC", balance(m.CollateralToken, m.Market), big.NewInt(0))

	// The second lender withdraws everything: exactly the shares' assets after accrual.
	receipt = lender.do(m.Market, market.PackWithdraw(abiMax(), lender.From))
	before, accrued = accrualOf(t, c, m.Market, receipt)
	withdrawn, err := loanmath.ToSupplyAssets(uint256.MustFromBig(lenderShares), new(uint256.Int).Add(before.totalSupply, accrued.Interest), before.totalSupplyShares, loanmath.Floor)
	if err != nil {
		t.Fatal(err)
	}
	wantEqual(t, "second lender's withdrawal", balance(m.LoanToken, lender.From), withdrawn.ToBig())
	if withdrawn.ToBig().Cmp(usd(500_000)) <= 0 {
		t.Fatalf("second lender got %s back, want more than the %s supplied", withdrawn, usd(500_000))
	}

	// The first lender leaves with the supply plus interest; the market keeps at most rounding dust.
	deployer.do(m.Market, market.PackWithdraw(abiMax(), deployer.From))
	if got := balance(m.LoanToken, deployer.From); got.Cmp(usd(1_000_000)) <= 0 {
		t.Fatalf("lender got %s back, want more than the %s supplied", got, usd(1_000_000))
	}
	if dust := balance(m.LoanToken, m.Market); dust.Cmp(big.NewInt(10)) > 0 {
		t.Fatalf("market kept %s USDC base units after everyone left", dust)
	}
}

func abiMax() *big.Int { return loanmath.MaxUint256.ToBig() }

// marketState is what a market's interest accrual starts from.
type marketState struct {
	index, totalBorrow, totalSupply, totalSupplyShares, rate *uint256.Int
	lastAccrual                                              uint64
}

// accrualOf returns the market's state before the block of r and the accrual loanmath computes
// for that block (each transaction is a block of its own on Anvil's automine).
func accrualOf(t *testing.T, c *ethclient.Client, mkt common.Address, r *types.Receipt) (marketState, loanmath.Accrual) {
	t.Helper()
	at := new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
	get := func(data []byte) *uint256.Int {
		return uint256.MustFromBig(view(t, c, mkt, data, market.UnpackBorrowIndex, at)) // every getter is one uint256
	}
	s := marketState{
		index: get(market.PackBorrowIndex()), totalBorrow: get(market.PackTotalBorrowAssets()), totalSupply: get(market.PackTotalSupplyAssets()),
		totalSupplyShares: get(market.PackTotalSupplyShares()), rate: get(market.PackRatePerSecond()), lastAccrual: get(market.PackLastAccrual()).Uint64(),
	}
	header, err := c.HeaderByNumber(context.Background(), r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	a, err := loanmath.Accrue(s.index, s.totalBorrow, s.rate, header.Time-s.lastAccrual)
	if err != nil {
		t.Fatal(err)
	}
	return s, a
}

// liquidationOf returns the Liquidate event of a receipt and the borrow index it accrued to.
func liquidationOf(t *testing.T, r *types.Receipt) (*bindings.LendingMarketLiquidate, *big.Int) {
	t.Helper()
	var liq *bindings.LendingMarketLiquidate
	var index *big.Int
	for _, l := range r.Logs {
		if ev, err := market.UnpackLiquidateEvent(l); err == nil {
			liq = ev
		}
		if ev, err := market.UnpackAccrueInterestEvent(l); err == nil {
			index = ev.BorrowIndex
		}
	}
	if liq == nil || index == nil {
		t.Fatalf("liquidation tx %s: missing Liquidate or AccrueInterest event", r.TxHash)
	}
	return liq, index
}

func TestDeployErrors(t *testing.T) {
	anvil := anviltest.Start(t)
	goodKey := writeKeyFile(t, anviltest.Keys[0])
	secret := "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	unfunded, err := crypto.HexToECDSA(secret)
	if err != nil {
		t.Fatal(err)
	}
	deployer := crypto.PubkeyToAddress(anviltest.Key(0).PublicKey)
	balance, err := anvil.Client.BalanceAt(context.Background(), deployer, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Tokens and feeds that exist, deployed by another account.
	other := newActor(t, anvil.Client, 1)
	mock := func(bin string, input []byte) string {
		addr, _, err := other.Deploy(context.Background(), bin, input)
		if err != nil {
			t.Fatal(err)
		}
		return addr.Hex()
	}
	// Chainlink proxies: one whose last round is two hours old by the time of the deploys,
	// one of 18 decimals.
	proxy := func(decimals uint8) string {
		cfg := deploy.DevFeedConfig(big.NewInt(60_000e8))
		cfg.Decimals = decimals
		f, err := deploy.DeployFeed(context.Background(), other.Sender, cfg)
		if err != nil {
			t.Fatal(err)
		}
		return f.Proxy.Hex()
	}
	staleProxy := proxy(8)
	for _, call := range []struct {
		method string
		args   []any
	}{{"evm_increaseTime", []any{2 * 3600}}, {"evm_mine", nil}} {
		if err := anvil.Client.Client().Call(nil, call.method, call.args...); err != nil {
			t.Fatal(err)
		}
	}
	proxy18 := proxy(18)
	wbtc := mock(bindings.MockERC20MetaData.Bin, erc20.PackConstructor("Wrapped BTC", "WBTC", 8))
	usdc := mock(bindings.MockERC20MetaData.Bin, erc20.PackConstructor("USD Coin", "USDC", 6))
	usd19 := mock(bindings.MockERC20MetaData.Bin, erc20.PackConstructor("Too Fine", "USD19", 19))
	btc30 := mock(bindings.MockERC20MetaData.Bin, erc20.PackConstructor("Odd BTC", "BTC30", 30))
	btcUSD := mock(bindings.MockPriceFeedMetaData.Bin, feed.PackConstructor(8, "BTC / USD", big.NewInt(60_000e8)))
	deadFeed := mock(bindings.MockPriceFeedMetaData.Bin, feed.PackConstructor(8, "BTC / USD", big.NewInt(0)))
	nothing, nowhere := "0x1111111111111111111111111111111111111111", "0xabcdefabcdefabcdefabcdefabcdefabcdefabcd"
	// A Uniswap v3 pool of WBTC and another dollar token than the market's.
	otherPool, err := deploy.DeployPool(context.Background(), other.Sender, common.HexToAddress(wbtc),
		common.HexToAddress(mock(bindings.MockERC20MetaData.Bin, erc20.PackConstructor("Other USD", "OUSD", 6))), big.NewInt(60_000e8), []deploy.PoolBand{{Percent: 0, Dollars: 1_000}})
	if err != nil {
		t.Fatal(err)
	}
	const badChecksum = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD" // EIP-55's example with its last letter's case flipped
	given := func(collateral, loan, priceFeed string) []string {
		return []string{"--rpc", anvil.URL, "--private-key-file", goodKey, "--collateral-token", collateral, "--loan-token", loan, "--price-feed", priceFeed}
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unreachable RPC", []string{"--rpc", "http://127.0.0.1:1", "--private-key-file", goodKey, "--dev"}, "--rpc http://127.0.0.1:1"},
		{"malformed key", []string{"--rpc", anvil.URL, "--private-key-file", writeKeyFile(t, "zz"+secret[2:]), "--dev"}, "not a hex secp256k1 private key"},
		{"missing key file", []string{"--rpc", anvil.URL, "--private-key-file", "/nonexistent/key", "--dev"}, "--private-key-file /nonexistent/key"},
		{"key given as the key file", []string{"--rpc", anvil.URL, "--private-key-file", "0x" + secret, "--dev"}, "--private-key-file takes a path to a file holding the key, not the key itself"},
		{"key without 0x given as the key file", []string{"--rpc", anvil.URL, "--private-key-file", secret, "--dev"}, "put the key in a file or set LTVKEEPER_PRIVATE_KEY"},
		{"out directory missing", []string{"--rpc", anvil.URL, "--private-key-file", goodKey, "--dev", "--out", "/nonexistent/dir/d.json"}, "--out /nonexistent/dir/d.json: cannot write in /nonexistent/dir"},
		{"out is a directory", []string{"--rpc", anvil.URL, "--private-key-file", goodKey, "--dev", "--out", t.TempDir()}, "is a directory: name a file"},
		{"insufficient funds", []string{"--rpc", anvil.URL, "--private-key-file", writeKeyFile(t, secret), "--dev"}, "account " + crypto.PubkeyToAddress(unfunded.PublicKey).Hex() + " cannot pay for gas"},
		{"no market addresses", []string{"--rpc", anvil.URL, "--private-key-file", goodKey}, "--collateral-token is required without --dev"},
		{"bad address", []string{"--rpc", anvil.URL, "--private-key-file", goodKey, "--collateral-token", "0x12", "--loan-token", "0x12", "--price-feed", "0x12"}, `--collateral-token "0x12": not an address`},
		{"bad price", []string{"--rpc", anvil.URL, "--private-key-file", goodKey, "--dev", "--btc-price", "-5"}, `--btc-price "-5"`},
		{"price past the feed's bounds", []string{"--rpc", anvil.URL, "--private-key-file", goodKey, "--dev", "--btc-price", "1000000.01"}, `--btc-price "1000000.01": the development feed publishes prices from 1 to 1000000 dollars`},
		{"out is a device", []string{"--rpc", anvil.URL, "--private-key-file", goodKey, "--dev", "--force", "--out", os.DevNull}, "--out " + os.DevNull + " is not a regular file but a character device"},
		{"mixed-case address with a bad checksum", given(wbtc, badChecksum, btcUSD), `--loan-token "` + badChecksum + `": mixed-case address with a wrong EIP-55 checksum`},
		{"loan token and feed without code", given(wbtc, nothing, nowhere), "--loan-token " + common.HexToAddress(nothing).Hex() + ": no contract at this address"},
		{"address without 0x", given(wbtc, usdc, strings.ToUpper(nowhere[2:])), `--price-feed "` + strings.ToUpper(nowhere[2:]) + `": not an address`},
		{"feed without code, upper case", given(wbtc, usdc, "0x"+strings.ToUpper(nowhere[2:])), "--price-feed " + common.HexToAddress(nowhere).Hex() + ": no contract at this address"},
		{"same token twice", given(usdc, usdc, btcUSD), "--collateral-token and --loan-token are both " + usdc},
		{"a feed as the loan token", given(wbtc, btcUSD, btcUSD), "--loan-token " + btcUSD + ": not an ERC-20 token with decimals: totalSupply() failed"},
		{"a token as the feed", given(wbtc, usdc, usd19), "--price-feed " + usd19 + ": not a Chainlink price feed: latestRoundData() failed"},
		{"loan token with 19 decimals", given(wbtc, usd19, btcUSD), "--loan-token " + usd19 + " has 19 decimals; the market supports at most 18"},
		{"collateral with 30 decimals", given(btc30, usdc, btcUSD), "--collateral-token " + btc30 + " has 30 decimals and --price-feed " + btcUSD + " has 8; the market supports at most 36 together"},
		{"feed without a price", given(wbtc, usdc, deadFeed), "--price-feed " + deadFeed + ": latest round 1 answers 0"},
		{"proxy of 18 decimals", given(wbtc, usdc, proxy18), "--price-feed " + proxy18 + " answers with 18 decimals, and the market expects 8: pass a USD feed of 8 decimals, or --feed-decimals 18"},
		{"proxy with a stale round", given(wbtc, usdc, staleProxy), "--price-feed " + staleProxy + ": its latest round 18446744073709551617 was updated 2h0m"},
		{"bad feed decimals", append(given(wbtc, usdc, btcUSD), "--feed-decimals", "40"), "--feed-decimals 40: want the feed's decimals, 1 to 36"},
		{"heartbeat below a second", append(given(wbtc, usdc, btcUSD), "--heartbeat", "1500ms"), "--heartbeat 1.5s: want a whole number of seconds"},
		{"pool of other tokens", append(given(wbtc, usdc, btcUSD), "--pool", otherPool.Pool.Hex()), "--pool: pool " + otherPool.Pool.Hex() + " trades"},
		{"pool without code", append(given(wbtc, usdc, btcUSD), "--pool", nothing), "--pool: read token0 of pool " + common.HexToAddress(nothing).Hex()},
		{"pool with --dev", []string{"--rpc", anvil.URL, "--private-key-file", goodKey, "--dev", "--pool", otherPool.Pool.Hex()}, "--pool with --dev: --dev deploys its own mocks"},
		{"bad executor owner", append(given(wbtc, usdc, btcUSD), "--executor-owner", "0x12"), `--executor-owner "0x12": not an address`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "deployment.json")
			printed, err := runApp(t, append([]string{"deploy", "--out", out}, tt.args...)...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
			if strings.Contains(err.Error()+printed, secret[8:]) {
				t.Fatal("the private key appeared in the output")
			}
			if _, statErr := os.Stat(out); statErr == nil {
				t.Fatal("a failed deploy wrote the deployment file")
			}
		})
	}
	// Every case fails before sending: the funded deployer never spent a nonce or any gas.
	nonce, err := anvil.Client.NonceAt(context.Background(), deployer, nil)
	if err != nil {
		t.Fatal(err)
	}
	if nonce != 0 {
		t.Fatalf("deployer nonce = %d after failed deploys, want 0 (a check ran after deploying)", nonce)
	}
	after, err := anvil.Client.BalanceAt(context.Background(), deployer, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantEqual(t, "deployer balance after failed deploys", after, balance)
}

// TestDeployRefusesExistingOut: an existing deployment file may be the only record of where
// the markets are; deploy refuses it before sending anything, unless --force.
func TestDeployRefusesExistingOut(t *testing.T) {
	anvil := anviltest.Start(t)
	key := writeKeyFile(t, anviltest.Keys[0])
	out := filepath.Join(t.TempDir(), "deployment.json")
	if err := os.WriteFile(out, []byte("the only record\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := runApp(t, "deploy", "--rpc", anvil.URL, "--private-key-file", key, "--out", out, "--dev")
	if err == nil || !strings.Contains(err.Error(), "--out "+out+" exists: it may be the only record of where the markets are; choose another --out, or pass --force to replace it") {
		t.Fatalf("deploy over an existing file: %v, want a refusal", err)
	}
	if raw, _ := os.ReadFile(out); string(raw) != "the only record\n" {
		t.Fatalf("the refused deploy changed the file to %q", raw)
	}
	nonce, err := anvil.Client.NonceAt(context.Background(), crypto.PubkeyToAddress(anviltest.Key(0).PublicKey), nil)
	if err != nil || nonce != 0 {
		t.Fatalf("deployer nonce = %d, %v after the refusal, want 0", nonce, err)
	}

	t.Setenv("LTVKEEPER_FORCE", "true")
	if printed, err := runApp(t, "deploy", "--rpc", anvil.URL, "--private-key-file", key, "--out", out, "--dev"); err != nil {
		t.Fatalf("deploy with LTVKEEPER_FORCE: %v\n%s", err, printed)
	}
	if d, err := deploy.Load(out); err != nil || len(d.Markets) != 1 {
		t.Fatalf("deployment file after --force: %+v, %v", d, err)
	}
}

// TestDeployWriteFailureKeepsAddresses: when the file cannot be written after the contracts
// are on chain, the error carries every address so the deployment is not lost.
func TestDeployWriteFailureKeepsAddresses(t *testing.T) {
	d := &deploy.Deployment{ChainID: 31337, Factory: common.HexToAddress("0xfac7"), StartBlock: 7, Markets: []deploy.Market{{
		Name: "WBTC/USDC", Market: common.HexToAddress("0x3a3e7"), CollateralToken: common.HexToAddress("0xb7c"),
		LoanToken: common.HexToAddress("0x05dc"), PriceFeed: common.HexToAddress("0xfeed"),
	}}}
	err := writeDeployment(d, filepath.Join(t.TempDir(), "gone", "deployment.json"), false)
	if err == nil {
		t.Fatal("writing into a missing directory succeeded")
	}
	for _, want := range []string{d.Factory.Hex(), d.Markets[0].Market.Hex(), d.Markets[0].CollateralToken.Hex(),
		d.Markets[0].LoanToken.Hex(), d.Markets[0].PriceFeed.Hex(), "from block 7", "writing the deployment file failed"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
}

// TestDeployKeyFromEnvironment deploys with the key in LTVKEEPER_PRIVATE_KEY instead of a file.
func TestDeployKeyFromEnvironment(t *testing.T) {
	anvil := anviltest.Start(t)
	t.Setenv("LTVKEEPER_PRIVATE_KEY", "0x"+anviltest.Keys[1])
	d := deployed(t, anviltest.Keys[1], "--rpc", anvil.URL, "--dev", "--liquidity", "0")
	deployer := crypto.PubkeyToAddress(anviltest.Key(1).PublicKey)
	owner := view(t, anvil.Client, d.Factory, bindings.NewMarketFactory().PackOwner(), bindings.NewMarketFactory().UnpackOwner, nil)
	if owner != deployer {
		t.Fatalf("factory owner = %s, want %s (the key from LTVKEEPER_PRIVATE_KEY)", owner, deployer)
	}
}

func TestDeployDevRefusesNonDevChain(t *testing.T) {
	anvil := anviltest.Start(t, "--chain-id", "10")
	_, err := runApp(t, "deploy", "--rpc", anvil.URL, "--private-key-file", writeKeyFile(t, anviltest.Keys[0]),
		"--out", filepath.Join(t.TempDir(), "d.json"), "--dev")
	if !errors.Is(err, deploy.ErrNotDevChain) {
		t.Fatalf("error = %v, want ErrNotDevChain", err)
	}
}

func TestVersion(t *testing.T) {
	out, err := runApp(t, "--version")
	if err != nil || !strings.Contains(out, "commit") {
		t.Fatalf("--version printed %q, %v", out, err)
	}
}

// TestDeployPoolAndExecutor: a production market is deployed with the Uniswap v3 pool its
// flash liquidations sell to, and a liquidation executor owned by the keeper's account.
func TestDeployPoolAndExecutor(t *testing.T) {
	anvil := anviltest.Start(t)
	other := newActor(t, anvil.Client, 1)
	deployed := func(bin string, input []byte) common.Address {
		addr, _, err := other.Deploy(context.Background(), bin, input)
		if err != nil {
			t.Fatal(err)
		}
		return addr
	}
	wbtc := deployed(bindings.MockERC20MetaData.Bin, erc20.PackConstructor("Wrapped BTC", "WBTC", 8))
	usdc := deployed(bindings.MockERC20MetaData.Bin, erc20.PackConstructor("USD Coin", "USDC", 6))
	btcUSD := deployed(bindings.MockPriceFeedMetaData.Bin, feed.PackConstructor(8, "BTC / USD", big.NewInt(60_000e8)))
	pool, err := deploy.DeployPool(context.Background(), other.Sender, wbtc, usdc, big.NewInt(60_000e8), []deploy.PoolBand{{Percent: 0, Dollars: 1_000}})
	if err != nil {
		t.Fatal(err)
	}
	keeperAddr := crypto.PubkeyToAddress(anviltest.Key(2).PublicKey)
	out := filepath.Join(t.TempDir(), "deployment.json")
	printed := mustRun(t, "deploy", "--rpc", anvil.URL, "--private-key-file", writeKeyFile(t, anviltest.Keys[0]), "--out", out,
		"--collateral-token", wbtc.Hex(), "--loan-token", usdc.Hex(), "--price-feed", btcUSD.Hex(), "--pool", pool.Pool.Hex(), "--executor-owner", keeperAddr.Hex())
	d, err := deploy.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if d.Markets[0].Pool == nil || *d.Markets[0].Pool != pool.Pool {
		t.Errorf("market pool %v, want %s", d.Markets[0].Pool, pool.Pool)
	}
	if d.Executor == nil || !strings.Contains(printed, "deployed liquidation executor "+d.Executor.Hex()+" owned by "+keeperAddr.Hex()) {
		t.Fatalf("executor %v; printed:\n%s", d.Executor, printed)
	}
	exABI := executor.NewLiquidationExecutor()
	owner, err := chain.Call(context.Background(), anvil.Client, *d.Executor, exABI.PackOwner(), exABI.UnpackOwner, nil)
	if err != nil || owner != keeperAddr {
		t.Errorf("executor owner %s (%v), want the keeper %s", owner, err, keeperAddr)
	}
}
