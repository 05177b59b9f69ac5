package loanmath_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// The Morpho Blue differential test drives the real Morpho (Morpho.sol 1.0.0, compiled as it is
// deployed) on Anvil through random sequences of every action, with time jumps, fee changes and
// prices set at the liquidation boundary, and keeps a model of the market in Go built only from
// package loanmath. After each transaction, the market, every position, and the amounts the
// events report must equal the model to the wei; where the model predicts a revert, the
// transaction must revert.

const (
	morphoSequences = 6   // markets, each with its own rate, LLTV and seed
	morphoSteps     = 100 // actions per market
)

var morphoLLTVs = []int64{0.385e18, 0.625e18, 0.77e18, 0.86e18, 0.915e18, 0.945e18, 0.965e18, 0.98e18}

type morphoWorld struct {
	t        *testing.T
	ctx      context.Context
	anvil    *anviltest.Anvil
	m        *morpho.Morpho
	addr     common.Address
	feed     common.Address
	owner    *ecdsa.PrivateKey
	lenders  []*ecdsa.PrivateKey
	borrower []*ecdsa.PrivateKey
	liq      *ecdsa.PrivateKey
	feeTo    common.Address
	loan     common.Address
	coll     common.Address
	oracle   common.Address
	now      uint64

	// The market under test, and its model.
	params morpho.MarketParams
	id     [32]byte
	rate   *uint256.Int
	lltv   *uint256.Int
	price  *uint256.Int
	mk     loanmath.MorphoMarket
	pos    map[common.Address]loanmath.MorphoPosition

	badDebts int // liquidations that wrote off bad debt
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// send mines data to to from key in a block at w.now, with a fixed gas limit so that a
// transaction that reverts is mined too; it returns the receipt whatever its status.
func (w *morphoWorld) send(key *ecdsa.PrivateKey, to common.Address, data []byte) *types.Receipt {
	w.t.Helper()
	w.now++
	if err := w.anvil.Client.Client().CallContext(w.ctx, nil, "evm_setNextBlockTimestamp", w.now); err != nil {
		w.t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, big.NewInt(31337))
	opts.Context, opts.GasLimit = w.ctx, 3_000_000
	tx, err := bind.Transact(bind.NewBoundContract(to, abi.ABI{}, w.anvil.Client, w.anvil.Client, w.anvil.Client), opts, data)
	if err != nil {
		w.t.Fatal(err)
	}
	receipt, err := chain.WaitReceipt(w.ctx, w.anvil.Client, tx.Hash())
	if err != nil {
		w.t.Fatal(err)
	}
	return receipt
}

func (w *morphoWorld) mustSend(key *ecdsa.PrivateKey, to common.Address, data []byte) *types.Receipt {
	w.t.Helper()
	r := w.send(key, to, data)
	if r.Status != types.ReceiptStatusSuccessful {
		w.t.Fatalf("tx to %s reverted", to)
	}
	return r
}

func newMorphoWorld(t *testing.T) *morphoWorld {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	t.Cleanup(cancel)
	a := anviltest.Start(t)
	w := &morphoWorld{t: t, ctx: ctx, anvil: a, m: morpho.NewMorpho(), owner: anviltest.Key(0),
		lenders: []*ecdsa.PrivateKey{anviltest.Key(0), anviltest.Key(1)}, borrower: []*ecdsa.PrivateKey{anviltest.Key(2), anviltest.Key(3)},
		liq: anviltest.Key(4), feeTo: common.HexToAddress("0xfee0000000000000000000000000000000000fee"), now: uint64(time.Now().Unix())}
	s := chain.NewSender(a.Client, w.owner, big.NewInt(31337))
	deploy := func(bin string, input []byte) common.Address {
		addr, _, err := s.Deploy(ctx, bin, input)
		if err != nil {
			t.Fatal(err)
		}
		return addr
	}
	w.addr = deploy(morpho.MorphoMetaData.Bin, w.m.PackConstructor(addrOf(w.owner)))
	token := bindings.NewMockERC20()
	w.loan = deploy(bindings.MockERC20MetaData.Bin, token.PackConstructor("USD Coin", "USDC", 6))
	w.coll = deploy(bindings.MockERC20MetaData.Bin, token.PackConstructor("Coinbase Wrapped BTC", "cbBTC", 8))
	w.feed = deploy(bindings.MockPriceFeedMetaData.Bin, bindings.NewMockPriceFeed().PackConstructor(8, "BTC / USD", big.NewInt(1)))
	// Decimals 28 and 0 with an 8-decimal feed make the scale 1: price() is the feed's answer,
	// so the test can set any oracle price.
	w.oracle = deploy(morpho.ChainlinkOracleMetaData.Bin, morpho.NewChainlinkOracle().PackConstructor(w.feed, common.Address{}, common.Address{}, common.Address{}, big.NewInt(28), big.NewInt(0)))
	lots := new(big.Int).Lsh(big.NewInt(1), 200)
	for _, k := range []*ecdsa.PrivateKey{anviltest.Key(0), anviltest.Key(1), anviltest.Key(2), anviltest.Key(3), anviltest.Key(4)} {
		for _, tok := range []common.Address{w.loan, w.coll} {
			w.mustSend(w.owner, tok, token.PackMint(addrOf(k), lots))
			w.mustSend(k, tok, token.PackApprove(w.addr, lots))
		}
	}
	for _, l := range morphoLLTVs {
		w.mustSend(w.owner, w.addr, w.m.PackEnableLltv(big.NewInt(l)))
	}
	w.mustSend(w.owner, w.addr, w.m.PackSetFeeRecipient(w.feeTo))
	return w
}

// newMarket creates a market with a fixed-rate IRM of rate (WAD per second) and lltv, and
// resets the model to it.
func (w *morphoWorld) newMarket(rate *uint256.Int, lltv int64) {
	w.t.Helper()
	s := chain.NewSender(w.anvil.Client, w.owner, big.NewInt(31337))
	irm, _, err := s.Deploy(w.ctx, morpho.FixedRateIrmMetaData.Bin, morpho.NewFixedRateIrm().PackConstructor(rate.ToBig()))
	if err != nil {
		w.t.Fatal(err)
	}
	w.now++ // the deployment's block
	w.mustSend(w.owner, w.addr, w.m.PackEnableIrm(irm))
	w.params = morpho.MarketParams{LoanToken: w.loan, CollateralToken: w.coll, Oracle: w.oracle, Irm: irm, Lltv: big.NewInt(lltv)}
	r := w.mustSend(w.owner, w.addr, w.m.PackCreateMarket(w.params))
	ev, err := w.m.UnpackCreateMarketEvent(r.Logs[0])
	if err != nil {
		w.t.Fatal(err)
	}
	w.id, w.rate, w.lltv = ev.Id, rate, uint256.NewInt(uint64(lltv))
	zero := func() *uint256.Int { return new(uint256.Int) }
	w.mk = loanmath.MorphoMarket{TotalSupplyAssets: zero(), TotalSupplyShares: zero(), TotalBorrowAssets: zero(),
		TotalBorrowShares: zero(), LastUpdate: w.now, Fee: zero()}
	w.pos = make(map[common.Address]loanmath.MorphoPosition)
	for _, a := range w.accounts() {
		w.pos[a] = loanmath.MorphoPosition{SupplyShares: zero(), BorrowShares: zero(), Collateral: zero()}
	}
	w.setPrice(uint256.MustFromDecimal("1000000000000000000000000000000000000000")) // 1 BTC = 100,000 USDC at 8 and 6 decimals
}

func (w *morphoWorld) accounts() []common.Address {
	return []common.Address{addrOf(w.lenders[0]), addrOf(w.lenders[1]), addrOf(w.borrower[0]), addrOf(w.borrower[1]), addrOf(w.liq), w.feeTo}
}

func (w *morphoWorld) setPrice(p *uint256.Int) {
	w.t.Helper()
	w.mustSend(w.owner, w.feed, bindings.NewMockPriceFeed().PackSetPrice(p.ToBig()))
	w.price = p
}

// check compares the chain's market and positions with the model.
func (w *morphoWorld) check(what string) {
	w.t.Helper()
	got := anviltest.Call(w.t, w.anvil.Client, w.addr, w.m.PackMarket(w.id), w.m.UnpackMarket, nil)
	want := w.mk
	if got.TotalSupplyAssets.Cmp(want.TotalSupplyAssets.ToBig()) != 0 || got.TotalSupplyShares.Cmp(want.TotalSupplyShares.ToBig()) != 0 ||
		got.TotalBorrowAssets.Cmp(want.TotalBorrowAssets.ToBig()) != 0 || got.TotalBorrowShares.Cmp(want.TotalBorrowShares.ToBig()) != 0 ||
		got.LastUpdate.Uint64() != want.LastUpdate || got.Fee.Cmp(want.Fee.ToBig()) != 0 {
		w.t.Fatalf("%s: market: chain %+v, model supply %s/%s borrow %s/%s last %d fee %s", what, got,
			want.TotalSupplyAssets.Dec(), want.TotalSupplyShares.Dec(), want.TotalBorrowAssets.Dec(), want.TotalBorrowShares.Dec(), want.LastUpdate, want.Fee.Dec())
	}
	for _, a := range w.accounts() {
		got := anviltest.Call(w.t, w.anvil.Client, w.addr, w.m.PackPosition(w.id, a), w.m.UnpackPosition, nil)
		want := w.pos[a]
		if got.SupplyShares.Cmp(want.SupplyShares.ToBig()) != 0 || got.BorrowShares.Cmp(want.BorrowShares.ToBig()) != 0 || got.Collateral.Cmp(want.Collateral.ToBig()) != 0 {
			w.t.Fatalf("%s: position of %s: chain %+v, model %s/%s/%s", what, a, got, want.SupplyShares.Dec(), want.BorrowShares.Dec(), want.Collateral.Dec())
		}
	}
}

// step is one action: the transaction, and the model's prediction of it from a copy of the
// model accrued to the transaction's block (an error: the transaction reverts). events are
// the amounts the action's event must carry, by name.
type step struct {
	name    string
	key     *ecdsa.PrivateKey
	to      common.Address
	data    []byte
	accrues bool
	predict func(mk *loanmath.MorphoMarket, pos map[common.Address]loanmath.MorphoPosition) (events map[string]*uint256.Int, err error)
}

// run sends s and compares the chain with the prediction; it returns whether s succeeded.
func (w *morphoWorld) run(s step) bool {
	w.t.Helper()
	mk := w.mk.Clone()
	pos := make(map[common.Address]loanmath.MorphoPosition, len(w.pos))
	for a, p := range w.pos {
		pos[a] = p.Clone()
	}
	want := map[string]*uint256.Int{}
	var err error
	if s.accrues {
		var acc loanmath.MorphoAccrual
		if acc, err = loanmath.MorphoAccrue(mk, w.rate, w.now+1); err == nil {
			if w.now+1 > mk.LastUpdate {
				want["Interest"], want["FeeShares"] = acc.Interest, acc.FeeShares
			}
			mk = acc.Market
			fee := pos[w.feeTo]
			fee.SupplyShares = new(uint256.Int).Add(fee.SupplyShares, acc.FeeShares)
			pos[w.feeTo] = fee
		}
	}
	if err == nil {
		var ev map[string]*uint256.Int
		ev, err = s.predict(&mk, pos)
		for k, v := range ev {
			want[k] = v
		}
	}
	r := w.send(s.key, s.to, s.data)
	ok := r.Status == types.ReceiptStatusSuccessful
	if ok != (err == nil) {
		w.t.Fatalf("%s: chain succeeded=%v, model error=%v", s.name, ok, err)
	}
	if !ok {
		return false
	}
	w.mk, w.pos = mk, pos
	got := map[string]*big.Int{}
	for _, l := range r.Logs {
		for name, v := range w.eventAmounts(l) {
			got[name] = v
		}
	}
	for name, v := range want {
		if got[name] == nil || got[name].Cmp(v.ToBig()) != 0 {
			w.t.Fatalf("%s: event %s: chain %v, model %s", s.name, name, got[name], v.Dec())
		}
	}
	w.check(s.name)
	if want["BadDebtShares"] != nil && !want["BadDebtShares"].IsZero() {
		w.badDebts++
	}
	return true
}

// eventAmounts returns the amounts a Morpho log carries, by name.
func (w *morphoWorld) eventAmounts(l *types.Log) map[string]*big.Int {
	if l.Address != w.addr {
		return nil
	}
	if e, err := w.m.UnpackAccrueInterestEvent(l); err == nil {
		return map[string]*big.Int{"Interest": e.Interest, "FeeShares": e.FeeShares}
	}
	if e, err := w.m.UnpackSupplyEvent(l); err == nil {
		return map[string]*big.Int{"Assets": e.Assets, "Shares": e.Shares}
	}
	if e, err := w.m.UnpackWithdrawEvent(l); err == nil {
		return map[string]*big.Int{"Assets": e.Assets, "Shares": e.Shares}
	}
	if e, err := w.m.UnpackBorrowEvent(l); err == nil {
		return map[string]*big.Int{"Assets": e.Assets, "Shares": e.Shares}
	}
	if e, err := w.m.UnpackRepayEvent(l); err == nil {
		return map[string]*big.Int{"Assets": e.Assets, "Shares": e.Shares}
	}
	if e, err := w.m.UnpackLiquidateEvent(l); err == nil {
		return map[string]*big.Int{"RepaidAssets": e.RepaidAssets, "RepaidShares": e.RepaidShares, "SeizedAssets": e.SeizedAssets,
			"BadDebtAssets": e.BadDebtAssets, "BadDebtShares": e.BadDebtShares}
	}
	return nil
}

var (
	errReverts  = fmt.Errorf("reverts")
	maxUint128  = new(uint256.Int).Sub(new(uint256.Int).Lsh(uint256.NewInt(1), 128), uint256.NewInt(1))
	big0, big1  = new(uint256.Int), uint256.NewInt(1)
	lltvTargets = []uint64{0.5e18, 0.8e18}
)

func check128(xs ...*uint256.Int) error {
	for _, x := range xs {
		if x.Gt(maxUint128) {
			return errReverts
		}
	}
	return nil
}

func shares(conv func(x, ta, ts *uint256.Int) (*uint256.Int, error), x, ta, ts *uint256.Int) *uint256.Int {
	v, err := conv(x, ta, ts)
	if err != nil {
		return nil
	}
	return v
}

// exactlyOne is Morpho's check that exactly one of assets and sh is zero (ok false: it
// reverts), and the other from the market's totals: assets to shares with toShares, shares
// to assets with toAssets (nil where the conversion overflows).
func exactlyOne(assets, sh *uint256.Int, toShares, toAssets func(x, ta, ts *uint256.Int) (*uint256.Int, error), totalAssets, totalShares *uint256.Int) (a, s *uint256.Int, ok bool) {
	if assets.IsZero() == sh.IsZero() {
		return nil, nil, false
	}
	if !assets.IsZero() {
		return assets, shares(toShares, assets, totalAssets, totalShares), true
	}
	return shares(toAssets, sh, totalAssets, totalShares), sh, true
}

// partOf draws a part of held shares as a withdrawal or repayment gives it to Morpho: by
// shares, or by the assets they are worth at the totals (rounded down); the other is zero.
func partOf(r *rand.Rand, held, totalAssets, totalShares *uint256.Int) (assets, sh *uint256.Int) {
	if r.IntN(2) == 0 {
		return new(uint256.Int), fraction(r, held)
	}
	return fraction(r, shares(loanmath.ToAssetsDown, held, totalAssets, totalShares)), new(uint256.Int)
}

// randAmount is a random amount up to 10^digits, or one of a few edges.
func randAmount(r *rand.Rand, digits int) *uint256.Int {
	if r.IntN(10) == 0 {
		return []*uint256.Int{big0, big1, uint256.NewInt(2), uint256.NewInt(1e6)}[r.IntN(4)].Clone()
	}
	x := &uint256.Int{r.Uint64(), r.Uint64(), r.Uint64(), 0}
	return x.Mod(x, new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(uint64(1+r.IntN(digits)))))
}

// fraction is x × a random fraction in [0, 1], sometimes exactly 0 or 1.
func fraction(r *rand.Rand, x *uint256.Int) *uint256.Int {
	switch r.IntN(6) {
	case 0:
		return x.Clone()
	case 1:
		return new(uint256.Int)
	}
	f := uint256.NewInt(r.Uint64N(1e18 + 1))
	z, _ := loanmath.MulDivDown(x, f, loanmath.WAD)
	if z == nil {
		return x.Clone()
	}
	return z
}

// nextStep draws a random action.
func (w *morphoWorld) nextStep(r *rand.Rand) step {
	lender := w.lenders[r.IntN(len(w.lenders))]
	borrower := w.borrower[r.IntN(len(w.borrower))]
	la, ba := addrOf(lender), addrOf(borrower)
	p := w.params
	switch k := r.IntN(13); k {
	case 0, 1: // supply by assets or by shares
		amount := randAmount(r, 24)
		assets, sh := amount, new(uint256.Int)
		if k == 1 {
			assets, sh = sh, amount
		}
		return step{"supply", lender, w.addr, w.m.PackSupply(p, assets.ToBig(), sh.ToBig(), la, nil), true,
			func(mk *loanmath.MorphoMarket, pos map[common.Address]loanmath.MorphoPosition) (map[string]*uint256.Int, error) {
				a, s, ok := exactlyOne(assets, sh, loanmath.ToSharesDown, loanmath.ToAssetsUp, mk.TotalSupplyAssets, mk.TotalSupplyShares)
				if !ok || a == nil || s == nil {
					return nil, errReverts
				}
				supplied(mk, pos, la, a, s)
				return map[string]*uint256.Int{"Assets": a, "Shares": s}, check128(a, s, mk.TotalSupplyShares, mk.TotalSupplyAssets)
			}}
	case 2: // withdraw by assets or by shares
		assets, sh := partOf(r, w.pos[la].SupplyShares, w.mk.TotalSupplyAssets, w.mk.TotalSupplyShares)
		return step{"withdraw", lender, w.addr, w.m.PackWithdraw(p, assets.ToBig(), sh.ToBig(), la, la), true,
			func(mk *loanmath.MorphoMarket, pos map[common.Address]loanmath.MorphoPosition) (map[string]*uint256.Int, error) {
				a, s, ok := exactlyOne(assets, sh, loanmath.ToSharesUp, loanmath.ToAssetsDown, mk.TotalSupplyAssets, mk.TotalSupplyShares)
				pp := pos[la]
				if !ok || a == nil || s == nil || s.Gt(pp.SupplyShares) || s.Gt(mk.TotalSupplyShares) || a.Gt(mk.TotalSupplyAssets) {
					return nil, errReverts
				}
				pp.SupplyShares = new(uint256.Int).Sub(pp.SupplyShares, s)
				pos[la] = pp
				mk.TotalSupplyShares = new(uint256.Int).Sub(mk.TotalSupplyShares, s)
				mk.TotalSupplyAssets = new(uint256.Int).Sub(mk.TotalSupplyAssets, a)
				if mk.TotalBorrowAssets.Gt(mk.TotalSupplyAssets) {
					return nil, errReverts
				}
				return map[string]*uint256.Int{"Assets": a, "Shares": s}, nil
			}}
	case 3: // supply collateral (no accrual)
		amount := randAmount(r, 12)
		return step{"supplyCollateral", borrower, w.addr, w.m.PackSupplyCollateral(p, amount.ToBig(), ba, nil), false,
			func(mk *loanmath.MorphoMarket, pos map[common.Address]loanmath.MorphoPosition) (map[string]*uint256.Int, error) {
				pp := pos[ba]
				pp.Collateral = new(uint256.Int).Add(pp.Collateral, amount)
				pos[ba] = pp
				if amount.IsZero() {
					return nil, errReverts
				}
				return nil, check128(pp.Collateral)
			}}
	case 4: // withdraw collateral
		amount := fraction(r, w.pos[ba].Collateral)
		return step{"withdrawCollateral", borrower, w.addr, w.m.PackWithdrawCollateral(p, amount.ToBig(), ba, ba), true,
			func(mk *loanmath.MorphoMarket, pos map[common.Address]loanmath.MorphoPosition) (map[string]*uint256.Int, error) {
				pp := pos[ba]
				if amount.IsZero() || amount.Gt(pp.Collateral) {
					return nil, errReverts
				}
				pp.Collateral = new(uint256.Int).Sub(pp.Collateral, amount)
				pos[ba] = pp
				if ok, err := loanmath.MorphoHealthy(pp, *mk, w.price, w.lltv); err != nil || !ok {
					return nil, errReverts
				}
				return nil, nil
			}}
	case 5, 6: // borrow by assets (often up to the limit) or by shares
		var assets, sh *uint256.Int
		maxBorrow, _ := loanmath.MorphoMaxBorrow(w.pos[ba].Collateral, w.price, w.lltv)
		borrowed, _ := loanmath.MorphoBorrowed(w.pos[ba].BorrowShares, w.mk)
		room := new(uint256.Int)
		if maxBorrow != nil && borrowed != nil && maxBorrow.Gt(borrowed) {
			room.Sub(maxBorrow, borrowed)
		}
		switch r.IntN(4) {
		case 0:
			assets, sh = room, new(uint256.Int)
		case 1:
			assets, sh = new(uint256.Int).AddUint64(room, 1), new(uint256.Int)
		case 2:
			assets, sh = fraction(r, room), new(uint256.Int)
		default:
			assets, sh = new(uint256.Int), fraction(r, shares(loanmath.ToSharesDown, room, w.mk.TotalBorrowAssets, w.mk.TotalBorrowShares))
		}
		return step{"borrow", borrower, w.addr, w.m.PackBorrow(p, assets.ToBig(), sh.ToBig(), ba, ba), true,
			func(mk *loanmath.MorphoMarket, pos map[common.Address]loanmath.MorphoPosition) (map[string]*uint256.Int, error) {
				a, s, ok := exactlyOne(assets, sh, loanmath.ToSharesUp, loanmath.ToAssetsDown, mk.TotalBorrowAssets, mk.TotalBorrowShares)
				if !ok || a == nil || s == nil {
					return nil, errReverts
				}
				pp := pos[ba]
				pp.BorrowShares = new(uint256.Int).Add(pp.BorrowShares, s)
				pos[ba] = pp
				mk.TotalBorrowShares = new(uint256.Int).Add(mk.TotalBorrowShares, s)
				mk.TotalBorrowAssets = new(uint256.Int).Add(mk.TotalBorrowAssets, a)
				if err := check128(s, a, pp.BorrowShares, mk.TotalBorrowShares, mk.TotalBorrowAssets); err != nil {
					return nil, err
				}
				if ok, err := loanmath.MorphoHealthy(pp, *mk, w.price, w.lltv); err != nil || !ok {
					return nil, errReverts
				}
				if mk.TotalBorrowAssets.Gt(mk.TotalSupplyAssets) {
					return nil, errReverts
				}
				return map[string]*uint256.Int{"Assets": a, "Shares": s}, nil
			}}
	case 7: // repay by assets or by shares
		assets, sh := partOf(r, w.pos[ba].BorrowShares, w.mk.TotalBorrowAssets, w.mk.TotalBorrowShares)
		return step{"repay", borrower, w.addr, w.m.PackRepay(p, assets.ToBig(), sh.ToBig(), ba, nil), true,
			func(mk *loanmath.MorphoMarket, pos map[common.Address]loanmath.MorphoPosition) (map[string]*uint256.Int, error) {
				a, s, ok := exactlyOne(assets, sh, loanmath.ToSharesDown, loanmath.ToAssetsUp, mk.TotalBorrowAssets, mk.TotalBorrowShares)
				pp := pos[ba]
				if !ok || a == nil || s == nil || s.Gt(pp.BorrowShares) {
					return nil, errReverts
				}
				pp.BorrowShares = new(uint256.Int).Sub(pp.BorrowShares, s)
				pos[ba] = pp
				mk.TotalBorrowShares = new(uint256.Int).Sub(mk.TotalBorrowShares, s)
				if a.Gt(mk.TotalBorrowAssets) {
					mk.TotalBorrowAssets = new(uint256.Int)
				} else {
					mk.TotalBorrowAssets = new(uint256.Int).Sub(mk.TotalBorrowAssets, a)
				}
				return map[string]*uint256.Int{"Assets": a, "Shares": s}, nil
			}}
	case 8: // a time jump of up to five years, then an accrual
		w.now += r.Uint64N(5 * 365 * 86400)
		return step{"accrueInterest", w.owner, w.addr, w.m.PackAccrueInterest(p), true,
			func(*loanmath.MorphoMarket, map[common.Address]loanmath.MorphoPosition) (map[string]*uint256.Int, error) {
				return nil, nil
			}}
	case 9: // a fee change (accrues at the old fee first)
		fee := fraction(r, loanmath.MaxFee)
		if r.IntN(8) == 0 {
			fee = new(uint256.Int).AddUint64(loanmath.MaxFee, 1)
		}
		return step{"setFee", w.owner, w.addr, w.m.PackSetFee(p, fee.ToBig()), true,
			func(mk *loanmath.MorphoMarket, _ map[common.Address]loanmath.MorphoPosition) (map[string]*uint256.Int, error) {
				if fee.Eq(mk.Fee) || fee.Gt(loanmath.MaxFee) {
					return nil, errReverts
				}
				mk.Fee = fee
				return nil, nil
			}}
	case 10: // the price: at a borrower's liquidation price, a wei below, or moved by ±30%
		lp, err := loanmath.MorphoLiquidationPrice(w.pos[ba], w.mk, w.lltv)
		switch {
		case r.IntN(3) == 0 || err != nil || lp.IsZero() || lp.Gt(uint256.MustFromDecimal("1"+strings.Repeat("0", 60))):
			np, _ := loanmath.MulDivDown(w.price, uint256.NewInt(7e17+r.Uint64N(6e17)), loanmath.WAD)
			if np.IsZero() {
				np = uint256.MustFromDecimal("1000000000000000000000000000000000000000")
			}
			w.setPrice(np)
		case r.IntN(2) == 0:
			w.setPrice(lp)
		default:
			w.setPrice(lp.SubUint64(lp, 1))
		}
		return w.liquidation(r, borrower, 4)
	default: // the price somewhere below the borrower's liquidation price, and a liquidation
		if lp, err := loanmath.MorphoLiquidationPrice(w.pos[ba], w.mk, w.lltv); err == nil && !lp.IsZero() && lp.Lt(uint256.MustFromDecimal("1"+strings.Repeat("0", 60))) {
			np, _ := loanmath.MulDivDown(lp, uint256.NewInt(5e17+r.Uint64N(5e17)), loanmath.WAD)
			if !np.IsZero() {
				w.setPrice(np)
			}
		}
		return w.liquidation(r, borrower, r.IntN(4))
	}
}

// liquidation is a liquidation of borrower: by seized collateral, by repaid shares, the
// largest one, or the gentlest one that brings it to a target LTV.
func (w *morphoWorld) liquidation(r *rand.Rand, borrower *ecdsa.PrivateKey, kind int) step {
	ba := addrOf(borrower)
	pp := w.pos[ba]
	// Predicted from the model accrued to the next block, as the transaction will see it.
	acc, err := loanmath.MorphoAccrue(w.mk, w.rate, w.now+1)
	seized, repaid := new(uint256.Int), new(uint256.Int)
	name := "liquidate"
	switch kind {
	case 0:
		seized = fraction(r, pp.Collateral)
	case 1:
		repaid = fraction(r, pp.BorrowShares)
	case 2, 3:
		var l loanmath.MorphoLiquidation
		if err == nil {
			if kind == 2 {
				name = "liquidate (max)"
				l, err = loanmath.MorphoMaxLiquidation(acc.Market, pp, w.price, w.lltv)
			} else {
				name = "liquidate (to target LTV)"
				l, err = loanmath.MorphoLiquidationToLTV(acc.Market, pp, w.price, w.lltv, uint256.NewInt(lltvTargets[r.IntN(len(lltvTargets))]))
			}
		}
		if err == nil {
			repaid = l.RepaidShares
			if r.IntN(2) == 0 && kind == 2 {
				seized, repaid = l.SeizedAssets, new(uint256.Int)
			}
		} else {
			repaid = pp.BorrowShares.Clone()
		}
	default:
		name = "liquidate (at the boundary)"
		repaid = fraction(r, pp.BorrowShares)
		if repaid.IsZero() {
			repaid = pp.BorrowShares.Clone()
		}
	}
	return step{name, w.liq, w.addr, w.m.PackLiquidate(w.params, ba, seized.ToBig(), repaid.ToBig(), nil), true,
		func(mk *loanmath.MorphoMarket, pos map[common.Address]loanmath.MorphoPosition) (map[string]*uint256.Int, error) {
			l, err := loanmath.MorphoLiquidate(*mk, pos[ba], w.price, w.lltv, seized, repaid)
			if err != nil {
				return nil, err
			}
			*mk = l.Market
			pos[ba] = l.Position
			return map[string]*uint256.Int{"RepaidAssets": l.RepaidAssets, "RepaidShares": l.RepaidShares, "SeizedAssets": l.SeizedAssets,
				"BadDebtAssets": l.BadDebtAssets, "BadDebtShares": l.BadDebtShares}, nil
		}}
}

// TestMorphoAgainstContract runs random sequences of every Morpho action against the real
// Morpho and the model built from package loanmath; see the top of this file.
func TestMorphoAgainstContract(t *testing.T) {
	w := newMorphoWorld(t)
	counts := map[string]int{}
	for seq := range morphoSequences {
		r := rand.New(rand.NewPCG(uint64(seq), 14))
		// 0 to ~300% a year, WAD per second; now and then a rate that overflows the Taylor terms
		// over long jumps.
		rate := uint256.NewInt(r.Uint64N(1e11))
		if seq == morphoSequences-1 {
			rate = uint256.NewInt(3e16)
		}
		w.newMarket(rate, morphoLLTVs[r.IntN(len(morphoLLTVs))])
		// Liquidity and two borrowers to start from.
		for _, l := range w.lenders {
			w.run(step{"supply", l, w.addr, w.m.PackSupply(w.params, big.NewInt(1e15), big.NewInt(0), addrOf(l), nil), true,
				supplyAssets(addrOf(l), uint256.NewInt(1e15))})
		}
		for _, b := range w.borrower {
			w.run(step{"supplyCollateral", b, w.addr, w.m.PackSupplyCollateral(w.params, big.NewInt(1e8), addrOf(b), nil), false,
				func(_ *loanmath.MorphoMarket, pos map[common.Address]loanmath.MorphoPosition) (map[string]*uint256.Int, error) {
					pp := pos[addrOf(b)]
					pp.Collateral = new(uint256.Int).Add(pp.Collateral, uint256.NewInt(1e8))
					pos[addrOf(b)] = pp
					return nil, nil
				}})
		}
		for i := range morphoSteps {
			s := w.nextStep(r)
			ok := w.run(s)
			t.Logf("market %d step %d: %s: succeeded %v", seq, i, s.name, ok)
			counts[fmt.Sprintf("%s ok=%v", s.name, ok)]++
		}
	}
	t.Logf("actions: %v; bad debt written off %d times", counts, w.badDebts)
	// The sequences must reach what they are for: liquidations of every kind, bad debt, and
	// borrows refused at the limit.
	for _, name := range []string{"liquidate ok=true", "liquidate (max) ok=true", "liquidate (to target LTV) ok=true",
		"liquidate (at the boundary) ok=true", "liquidate (at the boundary) ok=false", "borrow ok=true", "borrow ok=false",
		"setFee ok=true", "withdraw ok=true", "repay ok=true", "withdrawCollateral ok=true"} {
		if counts[name] == 0 {
			t.Errorf("no %q in %d steps", name, morphoSequences*morphoSteps)
		}
	}
	if w.badDebts == 0 {
		t.Error("no liquidation wrote off bad debt")
	}
}

func supplyAssets(to common.Address, assets *uint256.Int) func(*loanmath.MorphoMarket, map[common.Address]loanmath.MorphoPosition) (map[string]*uint256.Int, error) {
	return func(mk *loanmath.MorphoMarket, pos map[common.Address]loanmath.MorphoPosition) (map[string]*uint256.Int, error) {
		s, err := loanmath.ToSharesDown(assets, mk.TotalSupplyAssets, mk.TotalSupplyShares)
		if err != nil {
			return nil, err
		}
		supplied(mk, pos, to, assets, s)
		return map[string]*uint256.Int{"Assets": assets, "Shares": s}, nil
	}
}

// supplied adds to's supply of assets a for shares s to the market's totals and to's position.
func supplied(mk *loanmath.MorphoMarket, pos map[common.Address]loanmath.MorphoPosition, to common.Address, a, s *uint256.Int) {
	mk.TotalSupplyShares = new(uint256.Int).Add(mk.TotalSupplyShares, s)
	mk.TotalSupplyAssets = new(uint256.Int).Add(mk.TotalSupplyAssets, a)
	pp := pos[to]
	pp.SupplyShares = new(uint256.Int).Add(pp.SupplyShares, s)
	pos[to] = pp
}
