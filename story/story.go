// Package story tells the borrower's story of the product with real transactions on a
// development chain and the real index: a loan through price moves, a margin call, a
// liquidation by the keeper, and repayment. Every number it prints comes from the index or
// the chain, not from its own arithmetic.
package story

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/executor"
	"github.com/ltvkeeper/ltvkeeper/bindings/uniswap"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/indexdb/positions"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// Env is the running system the story acts on: a development chain, its deployment (whose
// market reads a development feed, or a mock feed), and the database an indexer and a keeper
// are working on.
type Env struct {
	Client     *ethclient.Client
	DB         *pgxpool.Pool
	Deployment *deploy.Deployment
	Deployer   *ecdsa.PrivateKey // mints the mock tokens
	// PriceKey publishes prices (deploy.Market.PublishPrice): the development feed's owner.
	// nil: Deployer.
	PriceKey *ecdsa.PrivateKey
	Out      io.Writer
	Timeout  time.Duration // how long to wait for the index or the keeper (default 60 s)
	// Keeper is the keeper's account: with an executor in the deployment, the story shows its
	// loan-token balance before Carol's liquidation, and the profit it made and the pool's
	// price impact after. Zero: not shown.
	Keeper common.Address
}

var (
	marketABI   = bindings.NewLendingMarket()
	erc20ABI    = bindings.NewMockERC20()
	executorABI = executor.NewLiquidationExecutor()
	poolABI     = uniswap.NewUniswapV3Pool()
)

type teller struct {
	Env
	ctx      context.Context
	m        deploy.Market
	params   indexdb.Market // the market as the index has it
	chainID  *big.Int
	deployer *chain.Sender
	prices   *chain.Sender             // publishes prices
	since    int64                     // alerts before this id were shown already
	price    *big.Int                  // the last price published, in feed units
	names    map[common.Address]string // borrowers by address, for printing
}

type borrower struct {
	name string
	key  *ecdsa.PrivateKey
	*chain.Sender
}

// Run tells the story. It needs a dev chain (Anvil) for funding its borrowers.
func Run(ctx context.Context, env Env) error {
	if env.Timeout == 0 {
		env.Timeout = 60 * time.Second
	}
	id, err := env.Client.ChainID(ctx)
	if err != nil {
		return err
	}
	s := &teller{Env: env, ctx: ctx, m: env.Deployment.Markets[0], chainID: id, names: make(map[common.Address]string)}
	s.deployer = chain.NewSender(env.Client, env.Deployer, id)
	s.prices = s.deployer
	if env.PriceKey != nil {
		s.prices = chain.NewSender(env.Client, env.PriceKey, id)
	}
	return s.tell()
}

// The story's own choices: how much each borrower deposits and borrows, and where BTC goes.
const (
	tenthBTC       = "0.1"
	twentiethBTC   = "0.05"
	aliceBorrows   = "2000"
	bobBorrows     = "3840"
	carolBorrows   = "3900"
	aliceRepaysNow = "1000"
)

func (s *teller) tell() error {
	if err := s.loadMarket(); err != nil {
		return err
	}
	mp := s.params
	s.printf("A loan against Bitcoin, told with real transactions on a local chain and the real index.\n")
	s.printf("Market %s (from the index): borrow up to %s LTV; margin call at %s; liquidation at %s, back to %s, with a %s bonus.\n\n",
		s.m.Name, shortPercent(mp.MaxBorrowLTV), shortPercent(mp.MarginCallLTV), shortPercent(mp.LiquidationLTV),
		shortPercent(mp.LiquidationTargetLTV), shortPercent(mp.LiquidationBonus))

	alice, err := s.newBorrower("Alice")
	if err != nil {
		return err
	}
	if err := s.setPrice(100_000); err != nil {
		return err
	}
	worth, err := s.worth(tenthBTC)
	if err != nil {
		return err
	}
	s.printf("1. Alice deposits %s BTC, worth $%s at $100,000, and borrows $%s USDC.\n", tenthBTC, grouped(worth), grouped(aliceBorrows))
	if err := s.open(alice, tenthBTC, aliceBorrows); err != nil {
		return err
	}
	if _, err := s.show(alice, "   "); err != nil {
		return err
	}

	s.printf("2. BTC rises 20%%, to $120,000: the same loan is a smaller share of the collateral.\n")
	if err := s.setPrice(120_000); err != nil {
		return err
	}
	p, err := s.show(alice, "   ")
	if err != nil {
		return err
	}
	room, err := s.room(p)
	if err != nil {
		return err
	}
	s.printf("   more room to borrow: Alice may borrow $%s more before her LTV reaches the %s maximum.\n",
		grouped(twoDecimals(room, mp.LoanDecimals)), shortPercent(mp.MaxBorrowLTV))

	if err := s.setPrice(80_000); err != nil {
		return err
	}
	if worth, err = s.worth(tenthBTC); err != nil {
		return err
	}
	s.printf("3. BTC falls to $80,000: the collateral is worth $%s.\n", grouped(worth))
	if _, err := s.show(alice, "   "); err != nil {
		return err
	}

	bob, err := s.newBorrower("Bob")
	if err != nil {
		return err
	}
	carol, err := s.newBorrower("Carol")
	if err != nil {
		return err
	}
	s.printf("4. Bob borrows $%s and Carol $%s, each against %s BTC ($%s).\n", grouped(bobBorrows), grouped(carolBorrows), tenthBTC, grouped(worth))
	if err := s.open(bob, tenthBTC, bobBorrows); err != nil {
		return err
	}
	if err := s.open(carol, tenthBTC, carolBorrows); err != nil {
		return err
	}
	for _, b := range []borrower{bob, carol} {
		if _, err := s.show(b, "   "); err != nil {
			return err
		}
	}
	s.printf("   BTC crashes to $58,000.\n")
	if err := s.setPrice(58_000); err != nil {
		return err
	}
	for _, b := range []borrower{bob, carol} {
		if _, err := s.show(b, "   "); err != nil {
			return err
		}
	}
	if err := s.awaitAlerts(2, "margin_call"); err != nil {
		return err
	}
	s.printf("   Bob adds %s BTC of collateral.\n", twentiethBTC)
	more, err := units.Parse(twentiethBTC, mp.CollateralDecimals)
	if err != nil {
		return err
	}
	if err := s.send(s.deployer, s.m.CollateralToken, erc20ABI.PackMint(bob.From, more)); err != nil {
		return err
	}
	if err := s.send(bob, s.m.Market, marketABI.PackDepositCollateral(more, bob.From)); err != nil {
		return err
	}
	if _, err := s.show(bob, "   "); err != nil {
		return err
	}
	if err := s.awaitAlerts(1, "healthy"); err != nil {
		return err
	}

	s.printf("5. Carol ignores the warning. BTC falls to $48,000.\n")
	if err := s.showKeeperFunds(); err != nil {
		return err
	}
	priceBlock, err := s.setPriceBlock(48_000)
	if err != nil {
		return err
	}
	liq, err := s.awaitLiquidation(carol, priceBlock)
	if err != nil {
		return err
	}
	if err := s.showFlash(liq); err != nil {
		return err
	}
	if p, err = s.show(carol, "   "); err != nil {
		return err
	}
	if p != nil {
		s.printf("   Carol's LTV after the liquidation: %s (the market's target: %s)\n", percent(p.LTV), percent(mp.LiquidationTargetLTV.ToBig()))
	}

	s.printf("6. Alice repays $%s, then the rest, and withdraws every satoshi.\n", grouped(aliceRepaysNow))
	repay, err := units.Parse(aliceRepaysNow, mp.LoanDecimals)
	if err != nil {
		return err
	}
	if err := s.send(alice, s.m.LoanToken, erc20ABI.PackApprove(s.m.Market, loanmath.MaxUint256.ToBig())); err != nil {
		return err
	}
	if err := s.send(alice, s.m.Market, marketABI.PackRepay(repay, alice.From)); err != nil {
		return err
	}
	if _, err := s.show(alice, "   after $"+grouped(aliceRepaysNow)+": "); err != nil {
		return err
	}
	// The interest since the loan opened is owed too: Alice tops up a dollar to repay it all.
	dollar, _ := units.Parse("1", mp.LoanDecimals)
	if err := s.send(s.deployer, s.m.LoanToken, erc20ABI.PackMint(alice.From, dollar)); err != nil {
		return err
	}
	if err := s.send(alice, s.m.Market, marketABI.PackRepay(loanmath.MaxUint256.ToBig(), alice.From)); err != nil {
		return err
	}
	held, err := chain.Call(s.ctx, s.Client, s.m.Market, marketABI.PackCollateral(alice.From), marketABI.UnpackCollateral, nil)
	if err != nil {
		return err
	}
	if err := s.send(alice, s.m.Market, marketABI.PackWithdrawCollateral(held, alice.From)); err != nil {
		return err
	}
	pos, err := chain.Call(s.ctx, s.Client, s.m.Market, marketABI.PackPosition(alice.From), marketABI.UnpackPosition, nil)
	if err != nil {
		return err
	}
	wallet, err := chain.Call(s.ctx, s.Client, s.m.CollateralToken, erc20ABI.PackBalanceOf(alice.From), erc20ABI.UnpackBalanceOf, nil)
	if err != nil {
		return err
	}
	s.printf("   repaid in full: debt $%s, collateral left %s BTC; Alice's wallet holds %s BTC again.\n\n",
		units.Format(pos.Debt, mp.LoanDecimals), units.Format(pos.Collateral, mp.CollateralDecimals), units.Format(wallet, mp.CollateralDecimals))
	if err := s.summary(); err != nil {
		return err
	}
	return s.tellMorpho()
}

// loadMarket waits for the index to have the story's market and reads its parameters.
func (s *teller) loadMarket() error {
	return s.await("the index to have market "+s.m.Market.Hex(), func() (bool, error) {
		m, err := indexdb.MarketOf(s.ctx, s.DB, s.chainID.Uint64(), s.m.Market)
		var pgErr *pgconn.PgError
		// Not indexed yet, or not migrated yet (no table, or not all its columns).
		if errors.Is(err, indexdb.ErrNotIndexed) || (errors.As(err, &pgErr) && (pgErr.Code == "42P01" || pgErr.Code == "42703")) {
			return false, nil
		}
		s.params = m
		return err == nil, err
	})
}

// worth is the value of btc (a decimal number of collateral tokens) at the latest indexed
// price, in dollars with two decimals.
func (s *teller) worth(btc string) (string, error) {
	if err := s.awaitIndex(); err != nil {
		return "", err
	}
	price, ok, err := indexdb.LatestPrice(s.ctx, s.DB, s.params)
	if err == nil && !ok {
		err = fmt.Errorf("market %s has no price in the index yet", s.m.Market.Hex())
	}
	if err != nil {
		return "", err
	}
	amount, err := units.Parse(btc, s.params.CollateralDecimals)
	if err != nil {
		return "", err
	}
	v, err := loanmath.CollateralValue(u256(amount), u256(price), s.params.Scale())
	if err != nil {
		return "", err
	}
	return twoDecimals(v.ToBig(), s.params.LoanDecimals), nil
}

// room is how much more p could borrow before its LTV reaches the market's maximum.
func (s *teller) room(p *positions.Position) (*big.Int, error) {
	if p == nil || p.Price == nil {
		return new(big.Int), nil
	}
	value, err := loanmath.CollateralValue(u256(p.Collateral), u256(p.Price), s.params.Scale())
	if err != nil {
		return nil, err
	}
	most, err := loanmath.DebtAtLTV(value, s.params.MaxBorrowLTV)
	if err != nil {
		return nil, err
	}
	room := new(big.Int).Sub(most.ToBig(), p.Debt)
	if room.Sign() < 0 {
		room.SetInt64(0)
	}
	return room, nil
}

func (s *teller) printf(format string, args ...any) { fmt.Fprintf(s.Out, format, args...) }

// newBorrower funds a fresh account with ETH for gas.
func (s *teller) newBorrower(name string) (borrower, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return borrower{}, err
	}
	b := borrower{name, key, chain.NewSender(s.Client, key, s.chainID)}
	s.names[b.From] = name
	err = s.Client.Client().CallContext(s.ctx, nil, "anvil_setBalance", b.From, hexutil.EncodeBig(big.NewInt(1e18)))
	if err != nil {
		return b, fmt.Errorf("fund %s (the story needs a development chain): %w", name, err)
	}
	return b, nil
}

// open deposits collateral and borrows, both decimal numbers of tokens ("0.1" BTC, "2000" USDC).
func (s *teller) open(b borrower, collateral, borrow string) error {
	sats, err := units.Parse(collateral, s.params.CollateralDecimals)
	if err != nil {
		return err
	}
	usdc, err := units.Parse(borrow, s.params.LoanDecimals)
	if err != nil {
		return err
	}
	for _, step := range []struct {
		s    *chain.Sender
		to   common.Address
		data []byte
	}{
		{s.deployer, s.m.CollateralToken, erc20ABI.PackMint(b.From, sats)},
		{b.Sender, s.m.CollateralToken, erc20ABI.PackApprove(s.m.Market, loanmath.MaxUint256.ToBig())},
		{b.Sender, s.m.Market, marketABI.PackDepositCollateral(sats, b.From)},
		{b.Sender, s.m.Market, marketABI.PackBorrow(usdc, b.From)},
	} {
		if _, err := s.tx(step.s, step.to, step.data); err != nil {
			return fmt.Errorf("%s: %w", b.name, err)
		}
	}
	return nil
}

func (s *teller) send(from interface {
	Transact(context.Context, common.Address, []byte) (*types.Receipt, error)
}, to common.Address, data []byte) error {
	_, err := from.Transact(s.ctx, to, data)
	return err
}

func (s *teller) tx(from *chain.Sender, to common.Address, data []byte) (*types.Receipt, error) {
	return from.Transact(s.ctx, to, data)
}

func (s *teller) setPrice(dollars int64) error {
	_, err := s.setPriceBlock(dollars)
	return err
}

// setPriceBlock publishes a new price to the market's feed and returns the block it landed in.
// When the market has a development pool, the arbitrage that moves the pool to the new price
// follows in the next transaction (Market.MovePool), from the same account, and so for the
// pools of the Morpho markets over the same feed.
func (s *teller) setPriceBlock(dollars int64) (uint64, error) {
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(s.params.FeedDecimals)), nil)
	price := new(big.Int).Mul(big.NewInt(dollars), unit)
	r, err := s.m.PublishPrice(s.ctx, s.prices, price)
	if err != nil {
		return 0, fmt.Errorf("set the BTC price to $%d: %w", dollars, err)
	}
	s.price = price
	if _, err := s.m.MovePool(s.ctx, s.prices, price); err != nil {
		return 0, fmt.Errorf("move the pool to $%d: %w", dollars, err)
	}
	if err := s.moveMorphoPools(price); err != nil {
		return 0, err
	}
	return r.BlockNumber.Uint64(), nil
}

// show prints a borrower's position as the index has it once it has caught up with the chain,
// and returns it (nil when closed).
func (s *teller) show(b borrower, indent string) (*positions.Position, error) {
	if err := s.awaitIndex(); err != nil {
		return nil, err
	}
	ps, err := positions.Query(s.ctx, s.DB, positions.Filter{Market: indexdb.AddressMarket(s.m.Market), Borrower: &b.From})
	if err != nil {
		return nil, err
	}
	if len(ps) == 0 {
		s.printf("%s%s has no open position.\n", indent, b.name)
		return nil, nil
	}
	p := ps[0]
	s.printf("%s%s: %s BTC at $%s = $%s of collateral, debt $%s, LTV %s (%s), liquidation below $%s (block %d)\n",
		indent, b.name, units.Format(p.Collateral, 8), units.Format(p.Price, 8), collateralValue(p),
		twoDecimals(p.Debt, p.LoanDecimals), percent(p.LTV), p.Status, twoDecimals(p.LiquidationPrice, p.FeedDecimals), p.AsOfBlock)
	return &p, nil
}

func collateralValue(p positions.Position) string {
	v, err := loanmath.CollateralValue(u256(p.Collateral), u256(p.Price), loanmath.NewScale(p.CollateralDecimals, p.LoanDecimals, p.FeedDecimals))
	if err != nil {
		return "?"
	}
	return twoDecimals(v.ToBig(), p.LoanDecimals)
}

// twoDecimals prints base units as a decimal with two places, rounded down.
func twoDecimals(v *big.Int, decimals uint8) string {
	cents := new(big.Int).Div(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)-2), nil))
	return fmt.Sprintf("%s.%02d", new(big.Int).Div(cents, big.NewInt(100)), new(big.Int).Mod(cents, big.NewInt(100)).Int64())
}

// grouped puts thousands separators into a decimal number: 10000.50 is 10,000.50.
func grouped(n string) string {
	whole, frac, hasFrac := strings.Cut(n, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return b.String()
}

// shortPercent prints a WAD fraction as a percentage without trailing zeros: 50%, 48.75%.
func shortPercent(wad *uint256.Int) string {
	return units.Format(wad.ToBig(), 16) + "%"
}

// percent prints a WAD fraction as a percentage with two decimals, rounded half up.
func percent(wad *big.Int) string {
	if wad == nil {
		return "unknown"
	}
	bp := new(big.Int).Div(new(big.Int).Add(wad, big.NewInt(5e13)), big.NewInt(1e14)) // hundredths of a percent
	return fmt.Sprintf("%s.%02d%%", new(big.Int).Div(bp, big.NewInt(100)), new(big.Int).Mod(bp, big.NewInt(100)).Int64())
}

// awaitIndex waits until the index has every block the chain has, for the factory and, with
// one in the deployment, the Morpho contract (each has its own indexer and checkpoint).
func (s *teller) awaitIndex() error {
	head, err := s.Client.BlockNumber(s.ctx)
	if err != nil {
		return err
	}
	roots := []common.Address{s.Deployment.Factory}
	if s.Deployment.Morpho != nil {
		roots = append(roots, s.Deployment.Morpho.Address)
	}
	return s.await(fmt.Sprintf("the index to reach block %d", head), func() (bool, error) {
		for _, root := range roots {
			cp, ok, err := indexdb.CheckpointOf(s.ctx, s.DB, s.chainID.Uint64(), root)
			if err != nil || !ok || cp.Block < head {
				return false, nil
			}
		}
		return true, nil
	})
}

// awaitAlerts waits for n new alerts of a kind from the keeper for the story's borrowers (a
// devnet's other borrowers, say on a Morpho market, are alerted too) and prints them.
func (s *teller) awaitAlerts(n int, kind string) error {
	var got []indexdb.AlertRow
	err := s.await(fmt.Sprintf("%d %s alerts from the keeper", n, kind), func() (bool, error) {
		all, err := indexdb.AlertsAfter(s.ctx, s.DB, s.since, kind)
		got = got[:0]
		for _, a := range all {
			if _, ours := s.names[a.Borrower]; ours {
				got = append(got, a)
			}
		}
		return len(got) >= n, err
	})
	if err != nil {
		return err
	}
	for _, a := range got {
		ltv := "?"
		if a.LTV != nil {
			ltv = percent(a.LTV)
		}
		s.printf("   alert from the keeper: %s for %s (%s) at LTV %s (block %d)\n", kind, s.names[a.Borrower], a.Borrower.Hex(), ltv, a.Block)
		s.since = max(s.since, a.ID)
	}
	return nil
}

// awaitLiquidation waits for the keeper's liquidation of b, prints it from the index and
// returns it.
func (s *teller) awaitLiquidation(b borrower, priceBlock uint64) (indexdb.Liquidation, error) {
	var l indexdb.Liquidation
	err := s.await("the keeper to liquidate "+b.name, func() (bool, error) {
		if err := s.awaitIndex(); err != nil {
			return false, err
		}
		found, ok, err := indexdb.LatestLiquidationOf(s.ctx, s.DB, s.chainID.Uint64(), b.From)
		l = found
		return ok && err == nil, nil
	})
	if err != nil {
		return l, err
	}
	r, sz, bd, p := l.Repaid, l.Seized, l.BadDebt, l.Price
	mp := s.params
	value, err := loanmath.CollateralValue(u256(sz), u256(p), mp.Scale())
	if err != nil {
		return l, err
	}
	bonus := new(big.Int).Sub(value.ToBig(), r)
	s.printf("   the price moved in block %d; the keeper liquidated %s in block %d (tx %s):\n", priceBlock, b.name, l.Block, l.TxHash.Hex())
	s.printf("   repaid $%s of the debt, seized %s BTC worth $%s: a bonus of $%s (the market's %s), bad debt $%s\n",
		twoDecimals(r, mp.LoanDecimals), units.Format(sz, mp.CollateralDecimals), twoDecimals(value.ToBig(), mp.LoanDecimals),
		twoDecimals(bonus, mp.LoanDecimals), shortPercent(mp.LiquidationBonus), twoDecimals(bd, mp.LoanDecimals))
	return l, nil
}

// await polls cond until it holds or the timeout passes.
func (s *teller) await(what string, cond func() (bool, error)) error {
	deadline := time.Now().Add(s.Timeout)
	for {
		ok, err := cond()
		if err != nil {
			return fmt.Errorf("waiting for %s: %w", what, err)
		}
		if ok {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("waited %s for %s", s.Timeout, what)
		}
		select {
		case <-s.ctx.Done():
			return s.ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// summary prints the book of loans as the index ends.
func (s *teller) summary() error {
	if err := s.awaitIndex(); err != nil {
		return err
	}
	ps, err := positions.Query(s.ctx, s.DB, positions.Filter{Market: indexdb.AddressMarket(s.m.Market)})
	if err != nil {
		return err
	}
	s.printf("The book at the end (from the index):\n")
	for _, p := range ps {
		s.printf("   %-6s %s  collateral %s BTC  debt $%s  LTV %s  %s\n", s.names[p.Borrower], p.Borrower.Hex(), units.Format(p.Collateral, p.CollateralDecimals),
			twoDecimals(p.Debt, p.LoanDecimals), percent(p.LTV), p.Status)
	}
	return nil
}

func u256(v *big.Int) *uint256.Int { return uint256.MustFromBig(v) }

// flashing says whether the story shows the keeper's flash liquidation: it knows the keeper,
// and the deployment has an executor and the market a pool.
func (s *teller) flashing() bool {
	return s.Keeper != (common.Address{}) && s.Deployment.Executor != nil && s.m.Pool != nil
}

// showKeeperFunds prints the keeper's loan-token balance, read from the chain.
func (s *teller) showKeeperFunds() error {
	if !s.flashing() {
		return nil
	}
	b, err := chain.Call(s.ctx, s.Client, s.m.LoanToken, erc20ABI.PackBalanceOf(s.Keeper), erc20ABI.UnpackBalanceOf, nil)
	if err != nil {
		return fmt.Errorf("read the keeper's USDC: %w", err)
	}
	s.printf("   The keeper holds $%s USDC (from the chain): it borrows what it repays from the Uniswap v3 pool.\n", twoDecimals(b, s.params.LoanDecimals))
	return nil
}

// showFlash prints, from the liquidation's transaction, the profit the executor sent the
// keeper and how far the liquidation's swaps moved the pool's price.
func (s *teller) showFlash(l indexdb.Liquidation) error {
	if !s.flashing() {
		return nil
	}
	receipt, err := s.Client.TransactionReceipt(s.ctx, l.TxHash)
	if err != nil {
		return fmt.Errorf("read the liquidation's receipt: %w", err)
	}
	var batch *executor.LiquidationExecutorBatchLiquidated
	var after *big.Int // the pool's sqrtPriceX96 after the liquidation's last swap
	for _, lg := range receipt.Logs {
		switch lg.Address {
		case *s.Deployment.Executor:
			if ev, err := executorABI.UnpackBatchLiquidatedEvent(lg); err == nil {
				batch = ev
			}
		case *s.m.Pool:
			if ev, err := poolABI.UnpackSwapEvent(lg); err == nil {
				after = ev.SqrtPriceX96
			}
		}
	}
	if batch == nil || after == nil {
		s.printf("   (the keeper liquidated Carol without the pool)\n")
		return nil
	}
	before, err := chain.Call(s.ctx, s.Client, *s.m.Pool, poolABI.PackSlot0(), poolABI.UnpackSlot0, new(big.Int).Sub(receipt.BlockNumber, big.NewInt(1)))
	if err != nil {
		return fmt.Errorf("read the pool's price before the liquidation: %w", err)
	}
	tokens, err := deploy.ReadPoolTokens(s.ctx, s.Client, s.m.CollateralToken, s.m.LoanToken)
	if err != nil {
		return err
	}
	funding := "a flash swap from the pool, paid back in BTC"
	if batch.Funding == 0 {
		funding = "its own USDC, the seized BTC sold to the pool"
	}
	held, err := chain.Call(s.ctx, s.Client, s.m.LoanToken, erc20ABI.PackBalanceOf(s.Keeper), erc20ABI.UnpackBalanceOf, nil)
	if err != nil {
		return fmt.Errorf("read the keeper's USDC: %w", err)
	}
	s.printf("   the keeper repaid through its executor with %s; the executor sent it $%s of profit (the BatchLiquidated event), and it now holds $%s USDC\n",
		funding, twoDecimals(batch.Profit, s.params.LoanDecimals), twoDecimals(held, s.params.LoanDecimals))
	pb, pa := poolPrice(tokens, before.SqrtPriceX96), poolPrice(tokens, after)
	impact := new(big.Float).Quo(new(big.Float).Sub(pa, pb), pb)
	impact.Mul(impact, big.NewFloat(100))
	s.printf("   the pool's BTC price moved from $%.2f to $%.2f in that transaction: a price impact of %.4f%% (slot0 before, the last Swap event after)\n",
		pb, pa, impact)
	// Arbitrage brings the pool back to the feed's price, as after every price.
	if _, err := s.m.MovePool(s.ctx, s.prices, s.price); err != nil {
		return fmt.Errorf("move the pool back to the feed's price: %w", err)
	}
	return nil
}

// poolPrice is the pool's price of one collateral token in loan tokens, from its sqrtPriceX96.
func poolPrice(t deploy.PoolTokens, sqrtPriceX96 *big.Int) *big.Float {
	sp := new(big.Float).SetPrec(256).SetInt(sqrtPriceX96)
	p := new(big.Float).SetPrec(256).Mul(sp, sp)
	p.Quo(p, new(big.Float).SetPrec(256).SetMantExp(big.NewFloat(1), 192)) // token1 per token0, base units
	if !t.CollateralIsToken0() {
		p.Quo(big.NewFloat(1).SetPrec(256), p)
	}
	// base units of loan per base unit of collateral → whole tokens
	scale := new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(t.CollateralDecimals)-int64(t.LoanDecimals)), nil))
	if t.CollateralDecimals < t.LoanDecimals {
		scale = new(big.Float).Quo(big.NewFloat(1), new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(t.LoanDecimals)-int64(t.CollateralDecimals)), nil)))
	}
	return p.Mul(p, scale)
}
