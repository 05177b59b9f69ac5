// Package story tells the borrower's story of the product with real transactions on a
// development chain and the real index: a loan through price moves, a margin call, a
// liquidation by the keeper, and repayment. Every number it prints comes from the index or
// the chain, not from its own arithmetic.
package story

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/positions"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// Env is the running system the story acts on: a development chain whose mock feed anyone
// can move, its deployment, and the database an indexer and a keeper are working on.
type Env struct {
	Client     *ethclient.Client
	DB         *pgxpool.Pool
	Deployment *deploy.Deployment
	Deployer   *ecdsa.PrivateKey // mints the mock tokens and moves the mock feed
	Out        io.Writer
	Timeout    time.Duration // how long to wait for the index or the keeper (default 60 s)
}

var (
	marketABI = bindings.NewLendingMarket()
	erc20ABI  = bindings.NewMockERC20()
	feedABI   = bindings.NewMockPriceFeed()
)

type teller struct {
	Env
	ctx      context.Context
	m        deploy.Market
	chainID  *big.Int
	deployer *chain.Sender
	since    int64                     // alerts before this id were shown already
	names    map[common.Address]string // borrowers by address, for printing
}

type borrower struct {
	name string
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
	return s.tell()
}

func (s *teller) tell() error {
	s.printf("A loan against Bitcoin, told with real transactions on a local chain and the real index.\n")
	s.printf("Market %s: borrow up to 50%% LTV; margin call at 65%%; liquidation at 80%%, back to 70%%, with a 5%% bonus.\n\n", s.m.Name)

	alice, err := s.newBorrower("Alice")
	if err != nil {
		return err
	}
	if err := s.setPrice(100_000); err != nil {
		return err
	}
	s.printf("1. Alice deposits 0.1 BTC, worth $10,000 at $100,000, and borrows $2,000 USDC.\n")
	if err := s.open(alice, 10_000_000, 2_000e6); err != nil {
		return err
	}
	if err := s.show(alice, "   "); err != nil {
		return err
	}

	s.printf("2. BTC rises 20%%, to $120,000: the same loan is a smaller share of the collateral.\n")
	if err := s.setPrice(120_000); err != nil {
		return err
	}
	if err := s.show(alice, "   "); err != nil {
		return err
	}

	s.printf("3. BTC falls to $80,000: the collateral is worth $8,000.\n")
	if err := s.setPrice(80_000); err != nil {
		return err
	}
	if err := s.show(alice, "   "); err != nil {
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
	s.printf("4. Bob borrows $3,840 and Carol $3,900, each against 0.1 BTC ($8,000): 48%% and 48.75%%.\n")
	if err := s.open(bob, 10_000_000, 3_840e6); err != nil {
		return err
	}
	if err := s.open(carol, 10_000_000, 3_900e6); err != nil {
		return err
	}
	s.printf("   BTC crashes to $58,000.\n")
	if err := s.setPrice(58_000); err != nil {
		return err
	}
	for _, b := range []borrower{bob, carol} {
		if err := s.show(b, "   "); err != nil {
			return err
		}
	}
	if err := s.awaitAlerts(2, "margin_call"); err != nil {
		return err
	}
	s.printf("   Bob adds 0.05 BTC of collateral.\n")
	if err := s.send(s.deployer, s.m.CollateralToken, erc20ABI.PackMint(bob.From, big.NewInt(5_000_000))); err != nil {
		return err
	}
	if err := s.send(bob, s.m.Market, marketABI.PackDepositCollateral(big.NewInt(5_000_000), bob.From)); err != nil {
		return err
	}
	if err := s.show(bob, "   "); err != nil {
		return err
	}
	if err := s.awaitAlerts(1, "healthy"); err != nil {
		return err
	}

	s.printf("5. Carol ignores the warning. BTC falls to $48,000.\n")
	priceBlock, err := s.setPriceBlock(48_000)
	if err != nil {
		return err
	}
	if err := s.awaitLiquidation(carol, priceBlock); err != nil {
		return err
	}
	if err := s.show(carol, "   "); err != nil {
		return err
	}

	s.printf("6. Alice repays $1,000, then the rest, and withdraws every satoshi.\n")
	if err := s.send(alice, s.m.LoanToken, erc20ABI.PackApprove(s.m.Market, loanmath.MaxUint256.ToBig())); err != nil {
		return err
	}
	if err := s.send(alice, s.m.Market, marketABI.PackRepay(big.NewInt(1_000e6), alice.From)); err != nil {
		return err
	}
	if err := s.show(alice, "   after $1,000: "); err != nil {
		return err
	}
	// The interest since the loan opened is owed too: Alice tops up a dollar to repay it all.
	if err := s.send(s.deployer, s.m.LoanToken, erc20ABI.PackMint(alice.From, big.NewInt(1e6))); err != nil {
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
		units.Format(pos.Debt, 6), units.Format(pos.Collateral, 8), units.Format(wallet, 8))
	return s.summary()
}

func (s *teller) printf(format string, args ...any) { fmt.Fprintf(s.Out, format, args...) }

// newBorrower funds a fresh account with ETH for gas.
func (s *teller) newBorrower(name string) (borrower, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return borrower{}, err
	}
	b := borrower{name, chain.NewSender(s.Client, key, s.chainID)}
	s.names[b.From] = name
	err = s.Client.Client().CallContext(s.ctx, nil, "anvil_setBalance", b.From, hexutil.EncodeBig(big.NewInt(1e18)))
	if err != nil {
		return b, fmt.Errorf("fund %s (the story needs a development chain): %w", name, err)
	}
	return b, nil
}

// open deposits collateral (satoshis) and borrows (USDC base units).
func (s *teller) open(b borrower, sats, usdc int64) error {
	for _, step := range []struct {
		s    *chain.Sender
		to   common.Address
		data []byte
	}{
		{s.deployer, s.m.CollateralToken, erc20ABI.PackMint(b.From, big.NewInt(sats))},
		{b.Sender, s.m.CollateralToken, erc20ABI.PackApprove(s.m.Market, loanmath.MaxUint256.ToBig())},
		{b.Sender, s.m.Market, marketABI.PackDepositCollateral(big.NewInt(sats), b.From)},
		{b.Sender, s.m.Market, marketABI.PackBorrow(big.NewInt(usdc), b.From)},
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

// setPriceBlock moves the mock feed and returns the block the new price landed in.
func (s *teller) setPriceBlock(dollars int64) (uint64, error) {
	r, err := s.tx(s.deployer, s.m.PriceFeed, feedABI.PackSetPrice(new(big.Int).Mul(big.NewInt(dollars), big.NewInt(1e8))))
	if err != nil {
		return 0, fmt.Errorf("set the BTC price to $%d: %w", dollars, err)
	}
	return r.BlockNumber.Uint64(), nil
}

// show prints a borrower's position as the index has it once it has caught up with the chain.
func (s *teller) show(b borrower, indent string) error {
	if err := s.awaitIndex(); err != nil {
		return err
	}
	ps, err := positions.Query(s.ctx, s.DB, positions.Filter{Market: &s.m.Market, Borrower: &b.From})
	if err != nil {
		return err
	}
	if len(ps) == 0 {
		s.printf("%s%s has no open position.\n", indent, b.name)
		return nil
	}
	p := ps[0]
	s.printf("%s%s: %s BTC at $%s = $%s of collateral, debt $%s, LTV %s (%s), liquidation below $%s (block %d)\n",
		indent, b.name, units.Format(p.Collateral, 8), units.Format(p.Price, 8), collateralValue(p),
		twoDecimals(p.Debt, 6), percent(p.LTV), p.Status, twoDecimals(p.LiquidationPrice, 8), p.AsOfBlock)
	return nil
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

// percent prints a WAD fraction as a percentage with two decimals, rounded half up.
func percent(wad *big.Int) string {
	if wad == nil {
		return "unknown"
	}
	bp := new(big.Int).Div(new(big.Int).Add(wad, big.NewInt(5e13)), big.NewInt(1e14)) // hundredths of a percent
	return fmt.Sprintf("%s.%02d%%", new(big.Int).Div(bp, big.NewInt(100)), new(big.Int).Mod(bp, big.NewInt(100)).Int64())
}

// awaitIndex waits until the index has every block the chain has.
func (s *teller) awaitIndex() error {
	head, err := s.Client.BlockNumber(s.ctx)
	if err != nil {
		return err
	}
	return s.await(fmt.Sprintf("the index to reach block %d", head), func() (bool, error) {
		var block int64
		err := s.DB.QueryRow(s.ctx, `SELECT coalesce(max(block_number), 0) FROM checkpoints`).Scan(&block)
		return err == nil && uint64(block) >= head, nil
	})
}

// awaitAlerts waits for n new alerts of a kind from the keeper and prints them.
func (s *teller) awaitAlerts(n int, kind string) error {
	type alert struct {
		id       int64
		borrower []byte
		ltv      *string
		block    int64
	}
	var got []alert
	err := s.await(fmt.Sprintf("%d %s alerts from the keeper", n, kind), func() (bool, error) {
		rows, err := s.DB.Query(s.ctx, `SELECT id, borrower, ltv::text, block_number FROM alerts WHERE id > $1 AND kind = $2 ORDER BY id`, s.since, kind)
		if err != nil {
			return false, err
		}
		defer rows.Close()
		got = got[:0]
		for rows.Next() {
			var a alert
			if err := rows.Scan(&a.id, &a.borrower, &a.ltv, &a.block); err != nil {
				return false, err
			}
			got = append(got, a)
		}
		return len(got) >= n, rows.Err()
	})
	if err != nil {
		return err
	}
	for _, a := range got {
		ltv := "?"
		if a.ltv != nil {
			if v, ok := new(big.Int).SetString(*a.ltv, 10); ok {
				ltv = percent(v)
			}
		}
		who := common.BytesToAddress(a.borrower)
		s.printf("   alert from the keeper: %s for %s (%s) at LTV %s (block %d)\n", kind, s.names[who], who.Hex(), ltv, a.block)
		s.since = max(s.since, a.id)
	}
	return nil
}

// awaitLiquidation waits for the keeper's liquidation of b and prints it from the index.
func (s *teller) awaitLiquidation(b borrower, priceBlock uint64) error {
	var repaid, seized, badDebt, price string
	var block int64
	var tx []byte
	err := s.await("the keeper to liquidate "+b.name, func() (bool, error) {
		if err := s.awaitIndex(); err != nil {
			return false, err
		}
		err := s.DB.QueryRow(s.ctx, `SELECT repaid_assets::text, seized_collateral::text, bad_debt_assets::text, price::text,
			block_number, tx_hash FROM liquidations WHERE borrower = $1 ORDER BY block_number DESC LIMIT 1`, b.From.Bytes()).
			Scan(&repaid, &seized, &badDebt, &price, &block, &tx)
		return err == nil, nil
	})
	if err != nil {
		return err
	}
	r, _ := new(big.Int).SetString(repaid, 10)
	sz, _ := new(big.Int).SetString(seized, 10)
	bd, _ := new(big.Int).SetString(badDebt, 10)
	p, _ := new(big.Int).SetString(price, 10)
	value, err := loanmath.CollateralValue(u256(sz), u256(p), loanmath.NewScale(8, 6, 8))
	if err != nil {
		return err
	}
	s.printf("   the price moved in block %d; the keeper liquidated %s in block %d (tx %s):\n", priceBlock, b.name, block, common.BytesToHash(tx).Hex())
	s.printf("   repaid $%s of the debt, seized %s BTC worth $%s (the 5%% bonus), bad debt $%s\n",
		twoDecimals(r, 6), units.Format(sz, 8), twoDecimals(value.ToBig(), 6), twoDecimals(bd, 6))
	return nil
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
	ps, err := positions.Query(s.ctx, s.DB, positions.Filter{Market: &s.m.Market})
	if err != nil {
		return err
	}
	s.printf("The book at the end (from the index):\n")
	for _, p := range ps {
		s.printf("   %-6s %s  collateral %s BTC  debt $%s  LTV %s  %s\n", s.names[p.Borrower], p.Borrower.Hex(), units.Format(p.Collateral, 8),
			twoDecimals(p.Debt, 6), percent(p.LTV), p.Status)
	}
	return nil
}

func u256(v *big.Int) *uint256.Int { return uint256.MustFromBig(v) }
