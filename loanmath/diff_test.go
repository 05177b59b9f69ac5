package loanmath_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/loanmath/loanmathtest"
)

// casesPerFunction random inputs go through each function of the Go package and of the
// contract library (through LoanMathHarness on go-ethereum's simulated chain).
const casesPerFunction = 600

// harness is LoanMathHarness deployed on a simulated chain.
type harness struct {
	t      *testing.T
	client simulated.Client
	addr   common.Address
	abi    *bindings.LoanMathHarness
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	backend := simulated.NewBackend(types.GenesisAlloc{from: {Balance: big.NewInt(1e18)}})
	t.Cleanup(func() { backend.Close() })
	opts := bind.NewKeyedTransactor(key, big.NewInt(1337))
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bindings.LoanMathHarnessMetaData.Bin), backend.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	backend.Commit()
	if _, err := bind.WaitDeployed(context.Background(), backend.Client(), tx.Hash()); err != nil {
		t.Fatal(err)
	}
	return &harness{t: t, client: backend.Client(), addr: addr, abi: bindings.NewLoanMathHarness()}
}

// call runs calldata on the harness; ok is false when the contract reverts.
func (h *harness) call(data []byte) (out []byte, ok bool) {
	h.t.Helper()
	out, err := h.client.CallContract(context.Background(), ethereum.CallMsg{To: &h.addr, Data: data, Gas: 30_000_000}, nil)
	return out, err == nil
}

// agree fails the test unless the contract and Go both failed, or both returned want.
func agree[T any](t *testing.T, name string, inputs []*uint256.Int, h *harness, data []byte,
	unpack func([]byte) (T, error), got []*uint256.Int, goErr error, fields func(T) []*big.Int) {
	t.Helper()
	out, ok := h.call(data)
	switch {
	case !ok && goErr != nil:
		return
	case !ok || goErr != nil:
		t.Fatalf("%s%v: contract succeeded=%v, go error=%v", name, dec(inputs), ok, goErr)
	}
	v, err := unpack(out)
	if err != nil {
		t.Fatalf("%s: unpack: %v", name, err)
	}
	want := fields(v)
	for i := range want {
		if got[i].ToBig().Cmp(want[i]) != 0 {
			t.Fatalf("%s%v: field %d: go %s, contract %s", name, dec(inputs), i, got[i].Dec(), want[i])
		}
	}
}

// elapsedEdges are the accrual periods where the index math breaks first: none, one second,
// 2^32 seconds (136 years) and periods long enough to overflow.
var elapsedEdges = []uint64{0, 1, 2, 1 << 32, 1<<32 + 1, 1 << 40, 1 << 62, math.MaxUint64}

// elapsedSeconds is up to 20 years, or an edge period one time in eight.
func elapsedSeconds(g loanmathtest.Gen) uint64 {
	if g.R.IntN(8) == 0 {
		return elapsedEdges[g.R.IntN(len(elapsedEdges))]
	}
	return g.R.Uint64N(20 * 365 * 86400)
}

func dec(xs []*uint256.Int) []string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = x.Dec()
	}
	return s
}

func one(v *big.Int) []*big.Int { return []*big.Int{v} }

func big2(xs ...*uint256.Int) []*big.Int {
	out := make([]*big.Int, len(xs))
	for i, x := range xs {
		out[i] = x.ToBig()
	}
	return out
}

func TestDifferentialAgainstContract(t *testing.T) {
	h := newHarness(t)
	g := loanmathtest.New(1, 2)
	b := h.abi
	id := func(v *big.Int) []*big.Int { return one(v) }

	t.Run("CollateralValue", func(t *testing.T) {
		for range casesPerFunction {
			c, p, s := g.Amount(40), g.Amount(20), g.Scale()
			got, err := loanmath.CollateralValue(c, p, s)
			in := big2(c, p, s.ValueMul, s.ValueDiv)
			agree(t, "collateralValue", []*uint256.Int{c, p}, h, b.PackCollateralValue(in[0], in[1], in[2], in[3]), b.UnpackCollateralValue, []*uint256.Int{got}, err, id)
		}
	})
	t.Run("LTV", func(t *testing.T) {
		for range casesPerFunction {
			d, c, p, s := g.Amount(40), g.Amount(40), g.Amount(20), g.Scale()
			got, err := loanmath.LTV(d, c, p, s)
			in := big2(d, c, p, s.ValueMul, s.ValueDiv)
			agree(t, "ltv", []*uint256.Int{d, c, p}, h, b.PackLtv(in[0], in[1], in[2], in[3], in[4]), b.UnpackLtv, []*uint256.Int{got}, err, id)
		}
	})
	t.Run("PriceAtLTV", func(t *testing.T) {
		for range casesPerFunction {
			d, c, l, s := g.Amount(40), g.Amount(40), g.WAD(), g.Scale()
			got, err := loanmath.PriceAtLTV(d, c, l, s)
			in := big2(d, c, l, s.ValueMul, s.ValueDiv)
			agree(t, "priceAtLtv", []*uint256.Int{d, c, l}, h, b.PackPriceAtLtv(in[0], in[1], in[2], in[3], in[4]), b.UnpackPriceAtLtv, []*uint256.Int{got}, err, id)
		}
	})
	t.Run("RatePerSecond", func(t *testing.T) {
		for range casesPerFunction {
			r := g.WAD()
			got, err := loanmath.RatePerSecond(r)
			agree(t, "ratePerSecond", []*uint256.Int{r}, h, b.PackRatePerSecond(r.ToBig()), b.UnpackRatePerSecond, []*uint256.Int{got}, err, id)
		}
	})
	t.Run("Accrue", func(t *testing.T) {
		for range casesPerFunction {
			rate, _ := loanmath.RatePerSecond(uint256.NewInt(g.R.Uint64N(1e18 + 1)))
			if g.R.IntN(8) == 0 {
				rate = g.Amount(30)
			}
			index := new(uint256.Int).Add(loanmath.RAY, g.Amount(27))
			total, elapsed := g.Amount(30), elapsedSeconds(g)
			got, err := loanmath.Accrue(index, total, rate, elapsed)
			var gotFields []*uint256.Int
			if err == nil {
				gotFields = []*uint256.Int{got.Index, got.TotalBorrowAssets, got.Interest}
			}
			in := big2(index, total, rate)
			agree(t, "accrue", []*uint256.Int{index, total, rate, uint256.NewInt(elapsed)}, h,
				b.PackAccrue(in[0], in[1], in[2], new(big.Int).SetUint64(elapsed)), b.UnpackAccrue, gotFields, err,
				func(o bindings.AccrueOutput) []*big.Int {
					return []*big.Int{o.NewIndex, o.NewTotalBorrowAssets, o.Interest}
				})
		}
	})
	t.Run("Shares", func(t *testing.T) {
		for range casesPerFunction {
			a, index, ta, ts := g.Amount(30), new(uint256.Int).Add(loanmath.RAY, g.Amount(27)), g.Amount(30), g.Amount(36)
			r := loanmath.Rounding(g.R.IntN(2) == 0)
			in := big2(a, index, ta, ts)

			debt, err := loanmath.ToDebt(a, index)
			agree(t, "toDebt", []*uint256.Int{a, index}, h, b.PackToDebt(in[0], in[1]), b.UnpackToDebt, []*uint256.Int{debt}, err, id)
			bs, err := loanmath.ToBorrowShares(a, index, r)
			agree(t, "toBorrowShares", []*uint256.Int{a, index}, h, b.PackToBorrowShares(in[0], in[1], bool(r)), b.UnpackToBorrowShares, []*uint256.Int{bs}, err, id)
			ss, err := loanmath.ToSupplyShares(a, ta, ts, r)
			agree(t, "toSupplyShares", []*uint256.Int{a, ta, ts}, h, b.PackToSupplyShares(in[0], in[2], in[3], bool(r)), b.UnpackToSupplyShares, []*uint256.Int{ss}, err, id)
			sa, err := loanmath.ToSupplyAssets(a, ta, ts, r)
			agree(t, "toSupplyAssets", []*uint256.Int{a, ta, ts}, h, b.PackToSupplyAssets(in[0], in[2], in[3], bool(r)), b.UnpackToSupplyAssets, []*uint256.Int{sa}, err, id)
		}
	})
	t.Run("Liquidate", func(t *testing.T) {
		for range casesPerFunction * 2 {
			s := loanmath.NewScale(8, 6, 8)
			c := uint256.NewInt(1 + g.R.Uint64N(1e12))
			p := uint256.NewInt(1e8 + g.R.Uint64N(200_000e8))
			value, _ := loanmath.CollateralValue(c, p, s)
			// Debt from 50% to 150% of the collateral value: healthy, liquidatable and underwater.
			d := new(uint256.Int).Div(new(uint256.Int).Mul(value, uint256.NewInt(50+g.R.Uint64N(101))), uint256.NewInt(100))
			maxRepay := g.Amount(16)
			target, bonus := uint256.NewInt(1e17+g.R.Uint64N(7e17)), uint256.NewInt(g.R.Uint64N(2e17))
			if g.R.IntN(6) == 0 {
				d, c, p, s = g.Amount(40), g.Amount(40), g.Amount(20), g.Scale()
				target, bonus = g.WAD(), g.WAD()
			}
			got, err := loanmath.Liquidate(d, c, p, maxRepay, target, bonus, s)
			var gotFields []*uint256.Int
			if err == nil {
				gotFields = []*uint256.Int{got.Repaid, got.Seized, got.BadDebt}
			}
			in := big2(d, c, p, maxRepay, target, bonus, s.ValueMul, s.ValueDiv)
			agree(t, "liquidation", []*uint256.Int{d, c, p, maxRepay, target, bonus}, h,
				b.PackLiquidation(in[0], in[1], in[2], in[3], in[4], in[5], in[6], in[7]), b.UnpackLiquidation, gotFields, err,
				func(o bindings.LiquidationOutput) []*big.Int { return []*big.Int{o.Repaid, o.Seized, o.BadDebt} })
		}
	})
	t.Run("ToTarget", func(t *testing.T) {
		for range casesPerFunction {
			d, c, p, target, s := g.Amount(30), g.Amount(30), g.Amount(20), g.WAD(), g.Scale()
			in := big2(d, c, p, target, s.ValueMul, s.ValueDiv)
			repay, err := loanmath.DebtToRepayForLTV(d, c, p, target, s)
			agree(t, "debtToRepayForLtv", []*uint256.Int{d, c, p, target}, h, b.PackDebtToRepayForLtv(in[0], in[1], in[2], in[3], in[4], in[5]), b.UnpackDebtToRepayForLtv, []*uint256.Int{repay}, err, id)
			add, err := loanmath.CollateralToAddForLTV(d, c, p, target, s)
			agree(t, "collateralToAddForLtv", []*uint256.Int{d, c, p, target}, h, b.PackCollateralToAddForLtv(in[0], in[1], in[2], in[3], in[4], in[5]), b.UnpackCollateralToAddForLtv, []*uint256.Int{add}, err, id)
		}
	})
}

// market is a LendingMarket with mock tokens and feed on a simulated chain, with funded
// accounts that send raw transactions a block at a time.
type market struct {
	t                *testing.T
	backend          *simulated.Backend
	client           simulated.Client
	signer           types.Signer
	nonces           map[common.Address]uint64
	keys             map[common.Address]*ecdsa.PrivateKey
	addr, wbtc, usdc common.Address
	feed             common.Address
	deployer         common.Address
}

var (
	lendingMarket = bindings.NewLendingMarket()
	mockERC20     = bindings.NewMockERC20()
	mockFeed      = bindings.NewMockPriceFeed()
)

func newMarket(t *testing.T, accounts int) (*market, []common.Address) {
	t.Helper()
	m := &market{t: t, signer: types.LatestSignerForChainID(big.NewInt(1337)), nonces: map[common.Address]uint64{}, keys: map[common.Address]*ecdsa.PrivateKey{}}
	alloc := types.GenesisAlloc{}
	addrs := make([]common.Address, accounts)
	for i := range addrs {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		addrs[i] = crypto.PubkeyToAddress(key.PublicKey)
		m.keys[addrs[i]] = key
		alloc[addrs[i]] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}
	}
	m.backend = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(200_000_000))
	t.Cleanup(func() { m.backend.Close() })
	m.client = m.backend.Client()
	m.deployer = addrs[0]

	m.wbtc = m.deploy(bindings.MockERC20MetaData.Bin, mockERC20.PackConstructor("Wrapped BTC", "WBTC", 8))
	m.usdc = m.deploy(bindings.MockERC20MetaData.Bin, mockERC20.PackConstructor("USD Coin", "USDC", 6))
	m.feed = m.deploy(bindings.MockPriceFeedMetaData.Bin, mockFeed.PackConstructor(8, "BTC / USD", big.NewInt(60_000e8)))
	factory := bindings.NewMarketFactory()
	factoryAddr := m.deploy(bindings.MarketFactoryMetaData.Bin, factory.PackConstructor(m.deployer))
	params, err := factory.UnpackDefaultParams(m.call(factoryAddr, factory.PackDefaultParams()))
	if err != nil {
		t.Fatal(err)
	}
	receipts := m.commit(m.sendGas(m.deployer, &factoryAddr, factory.PackCreateMarket(m.wbtc, m.usdc, m.feed, params), 15_000_000))
	for _, l := range receipts[0].Logs {
		if ev, err := factory.UnpackMarketCreatedEvent(l); err == nil {
			m.addr = ev.Market
		}
	}
	if m.addr == (common.Address{}) {
		t.Fatal("createMarket emitted no MarketCreated event")
	}
	// A trillion dollars of liquidity, so that no borrow fails for want of it.
	liquidity := new(big.Int).Mul(big.NewInt(1e12), big.NewInt(1e6))
	m.commit(
		m.sendTo(m.deployer, m.usdc, mockERC20.PackMint(m.deployer, liquidity)),
		m.sendTo(m.deployer, m.usdc, mockERC20.PackApprove(m.addr, liquidity)),
		m.sendTo(m.deployer, m.addr, lendingMarket.PackSupply(liquidity, m.deployer)),
	)
	return m, addrs
}

func (m *market) deploy(bin string, input []byte) common.Address {
	m.t.Helper()
	addr := crypto.CreateAddress(m.deployer, m.nonces[m.deployer])
	m.commit(m.send(m.deployer, nil, append(common.FromHex(bin), input...)))
	return addr
}

// send signs and submits a transaction from from; it is mined at the next commit.
func (m *market) send(from common.Address, to *common.Address, data []byte) common.Hash {
	m.t.Helper()
	gas := uint64(1_000_000)
	if to == nil {
		gas = 15_000_000
	}
	return m.sendGas(from, to, data, gas)
}

func (m *market) sendGas(from common.Address, to *common.Address, data []byte, gas uint64) common.Hash {
	m.t.Helper()
	nonce := m.nonces[from]
	m.nonces[from]++
	tx, err := types.SignNewTx(m.keys[from], m.signer, &types.DynamicFeeTx{
		ChainID: big.NewInt(1337), Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(20e9),
		Gas: gas, To: to, Data: data,
	})
	if err != nil {
		m.t.Fatal(err)
	}
	if err := m.client.SendTransaction(context.Background(), tx); err != nil {
		m.t.Fatalf("send from %s: %v", from, err)
	}
	return tx.Hash()
}

func (m *market) sendTo(from, to common.Address, data []byte) common.Hash {
	return m.send(from, &to, data)
}

// commit mines a block and returns the receipts of txs, failing unless each succeeded.
func (m *market) commit(txs ...common.Hash) []*types.Receipt {
	m.t.Helper()
	receipts := m.mine(txs...)
	for _, r := range receipts {
		if r.Status != types.ReceiptStatusSuccessful {
			m.t.Fatalf("tx %s (%d gas used) reverted", r.TxHash, r.GasUsed)
		}
	}
	return receipts
}

// mine mines blocks until every one of txs is in one (the pool can hand the miner a
// transaction a block late) and returns their receipts, successful or not.
func (m *market) mine(txs ...common.Hash) []*types.Receipt {
	m.t.Helper()
	br, ok := m.client.(interface {
		BlockReceipts(context.Context, rpc.BlockNumberOrHash) ([]*types.Receipt, error)
	})
	if !ok {
		m.t.Fatal("the simulated client cannot fetch a block's receipts")
	}
	byHash := make(map[common.Hash]*types.Receipt, len(txs))
	for range 10 {
		block := m.backend.Commit()
		// By block: the transaction index may lag behind a fresh block.
		all, err := br.BlockReceipts(context.Background(), rpc.BlockNumberOrHashWithHash(block, false))
		if err != nil {
			m.t.Fatalf("receipts of block %s: %v", block, err)
		}
		for _, r := range all {
			byHash[r.TxHash] = r
		}
		if len(byHash) >= len(txs) {
			break
		}
	}
	receipts := make([]*types.Receipt, len(txs))
	for i, h := range txs {
		if receipts[i] = byHash[h]; receipts[i] == nil {
			m.t.Fatalf("tx %d of %d (%s) was not mined in 10 blocks", i, len(txs), h)
		}
	}
	return receipts
}

// adjustTime moves the clock of the next block by d. The simulated backend refuses while its
// pending block holds transactions, which it can for a moment after they were mined (its pool
// catches up with the new head on its own): then an empty block is mined and it is asked again.
func (m *market) adjustTime(d time.Duration) {
	m.t.Helper()
	for attempt := 1; ; attempt++ {
		err := m.backend.AdjustTime(d)
		if err == nil {
			return
		}
		if attempt == 10 {
			m.t.Fatalf("adjust time by %s: %v", d, err)
		}
		m.backend.Commit()
	}
}

// call runs a view at the latest block; ok is false when it reverts.
func (m *market) tryCall(to common.Address, data []byte) ([]byte, bool) {
	out, err := m.client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	return out, err == nil
}

func (m *market) call(to common.Address, data []byte) []byte {
	m.t.Helper()
	out, ok := m.tryCall(to, data)
	if !ok {
		m.t.Fatalf("call to %s reverted", to)
	}
	return out
}

func (m *market) uint(data []byte) *uint256.Int {
	m.t.Helper()
	v, err := m.uintAt(data, nil)
	if err != nil {
		m.t.Fatal(err)
	}
	return v
}

// uintAt reads a uint256 view of the market at block (nil: latest).
func (m *market) uintAt(data []byte, block *big.Int) (*uint256.Int, error) {
	out, err := m.client.CallContract(context.Background(), ethereum.CallMsg{To: &m.addr, Data: data}, block)
	if err != nil {
		return nil, err
	}
	v, err := lendingMarket.UnpackBorrowIndex(out) // any uint256 getter unpacks alike
	if err != nil {
		return nil, err
	}
	return uint256.MustFromBig(v), nil
}

// indexAt is the borrow index the market accrues to at timestamp, computed by loanmath from
// the market's stored state.
func (m *market) indexAt(timestamp uint64) (*uint256.Int, error) {
	last := m.uint(lendingMarket.PackLastAccrual())
	a, err := loanmath.Accrue(m.uint(lendingMarket.PackBorrowIndex()), m.uint(lendingMarket.PackTotalBorrowAssets()),
		m.uint(lendingMarket.PackRatePerSecond()), timestamp-last.Uint64())
	return a.Index, err
}

func (m *market) head() *types.Header {
	m.t.Helper()
	h, err := m.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		m.t.Fatal(err)
	}
	return h
}

// marketCases positions are opened against the real LendingMarket, in rounds.
const (
	marketRounds         = 20
	marketCasesPerRound  = 10
	marketChecksPerRound = 10 // older positions rechecked each round
)

// marketWarpEdges are the rounds that warp by an edge period instead of a random one: no
// time (the price moves in the next second), one second, and 2^32 seconds at the end.
var marketWarpEdges = map[int]uint64{5: 0, 6: 0, 10: 1, marketRounds - 1: 1 << 32}

// TestDifferentialAgainstMarket opens random positions on the real LendingMarket, warps time
// (edge periods included), moves the price and compares the market's ltv(), position(),
// liquidationPrice(), marginCallPrice() and liquidate() with loanmath at every step.
func TestDifferentialAgainstMarket(t *testing.T) {
	m, accounts := newMarket(t, 2+marketRounds*marketCasesPerRound)
	liquidator, borrowers := accounts[1], accounts[2:]
	g := loanmathtest.New(3, 4)
	scale := loanmath.NewScale(8, 6, 8)
	params, err := lendingMarket.UnpackMarketParams(m.call(m.addr, lendingMarket.PackMarketParams()))
	if err != nil {
		t.Fatal(err)
	}
	maxBorrow, marginCall := uint256.MustFromBig(params.MaxBorrowLtv), uint256.MustFromBig(params.MarginCallLtv)
	liqLine, target, bonus := uint256.MustFromBig(params.LiquidationLtv), uint256.MustFromBig(params.LiquidationTargetLtv), uint256.MustFromBig(params.LiquidationBonus)
	huge := new(big.Int).Lsh(big.NewInt(1), 200)
	m.commit(
		m.sendTo(liquidator, m.usdc, mockERC20.PackMint(liquidator, huge)),
		m.sendTo(liquidator, m.usdc, mockERC20.PackApprove(m.addr, huge)),
	)

	price := uint256.NewInt(60_000e8)
	var open []common.Address
	liquidations := 0
	for round := range marketRounds {
		// Open positions at the current price, at up to the market's maxBorrowLtv less a
		// little, so that the borrow shares rounding up stays under it.
		var txs []common.Hash
		for _, b := range borrowers[round*marketCasesPerRound : (round+1)*marketCasesPerRound] {
			collateral := uint256.NewInt(1 + g.R.Uint64N(1e10)) // up to 100 WBTC
			value, err := loanmath.CollateralValue(collateral, price, scale)
			if err != nil {
				t.Fatal(err)
			}
			ltv := uint256.NewInt(1e16 + g.R.Uint64N(new(uint256.Int).Sub(maxBorrow, uint256.NewInt(2e16)).Uint64()))
			debt, err := loanmath.DebtAtLTV(value, ltv)
			if err != nil {
				t.Fatal(err)
			}
			c := collateral.ToBig()
			txs = append(txs,
				m.sendTo(b, m.wbtc, mockERC20.PackMint(b, c)),
				m.sendTo(b, m.wbtc, mockERC20.PackApprove(m.addr, c)),
				m.sendTo(b, m.addr, lendingMarket.PackDepositCollateral(c, b)))
			if !debt.IsZero() {
				txs = append(txs, m.sendTo(b, m.addr, lendingMarket.PackBorrow(debt.ToBig(), b)))
			}
			open = append(open, b)
		}
		m.commit(txs...)

		// Warp: minutes to years, or an edge period; then a fresh price.
		warp, edge := marketWarpEdges[round]
		if !edge {
			warp = 60 + g.R.Uint64N(2*365*86400)
		}
		if warp > 0 {
			m.adjustTime(time.Duration(warp) * time.Second)
		}
		price = uint256.NewInt(5_000e8 + g.R.Uint64N(150_000e8))
		m.commit(m.sendTo(m.deployer, m.feed, mockFeed.PackSetPrice(price.ToBig())))

		// Views at the latest block.
		head := m.head()
		index, err := m.indexAt(head.Time)
		if err != nil {
			t.Fatalf("round %d: index after %d s: %v", round, warp, err)
		}
		check := open[len(open)-marketCasesPerRound:]
		for range marketChecksPerRound {
			check = append(check, open[g.R.IntN(len(open))])
		}
		for _, b := range check {
			compareViews(t, m, b, index, price, scale, marginCall, liqLine)
		}

		// Liquidate every position at or near the line, with a random repay cap, and compare
		// what the contract did with loanmath at the liquidation block's index.
		var candidates []common.Address
		debts := map[common.Address]*uint256.Int{}
		held := map[common.Address]*uint256.Int{}
		for _, b := range open {
			held[b] = m.uint(lendingMarket.PackCollateral(b))
			debt, err := loanmath.ToDebt(m.uint(lendingMarket.PackBorrowShares(b)), index)
			if err != nil {
				t.Fatal(err)
			}
			ltv, err := loanmath.LTV(debt, held[b], price, scale)
			if err != nil {
				t.Fatal(err)
			}
			if !debt.IsZero() && !ltv.Lt(new(uint256.Int).Sub(liqLine, uint256.NewInt(1e15))) {
				candidates = append(candidates, b)
				debts[b] = debt
			}
		}
		if len(candidates) == 0 {
			continue
		}
		maxRepays := map[common.Address]*uint256.Int{}
		txs = txs[:0]
		for _, b := range candidates {
			maxRepays[b] = []*uint256.Int{debts[b], new(uint256.Int).Div(debts[b], uint256.NewInt(3)), uint256.NewInt(1), loanmath.MaxUint256}[g.R.IntN(4)]
			if maxRepays[b].IsZero() {
				maxRepays[b] = uint256.NewInt(1)
			}
			txs = append(txs, m.sendTo(liquidator, m.addr, lendingMarket.PackLiquidate(b, maxRepays[b].ToBig())))
		}
		receipts := m.mine(txs...)
		for i, b := range candidates {
			// The index the liquidation used is the one stored by its block (the first
			// transaction of a block accrues); the position is as it was before the block.
			index, err := m.uintAt(lendingMarket.PackBorrowIndex(), receipts[i].BlockNumber)
			if err != nil {
				t.Fatal(err)
			}
			before := new(big.Int).Sub(receipts[i].BlockNumber, big.NewInt(1))
			shares, err := m.uintAt(lendingMarket.PackBorrowShares(b), before)
			if err != nil {
				t.Fatal(err)
			}
			debt, err := loanmath.ToDebt(shares, index)
			if err != nil {
				t.Fatal(err)
			}
			ltv, err := loanmath.LTV(debt, held[b], price, scale)
			if err != nil {
				t.Fatal(err)
			}
			var want loanmath.Liquidation
			wantErr := error(nil)
			if ltv.Lt(liqLine) {
				wantErr = errors.New("NotLiquidatable")
			} else {
				want, wantErr = loanmath.Liquidate(debt, held[b], price, maxRepays[b], target, bonus, scale)
			}
			ok := receipts[i].Status == types.ReceiptStatusSuccessful
			if ok != (wantErr == nil) {
				t.Fatalf("round %d: liquidate(%s, maxRepay=%s) of debt %s, collateral %s at %s: contract succeeded=%v, loanmath error=%v",
					round, b, maxRepays[b], debt, held[b], price, ok, wantErr)
			}
			if !ok {
				continue
			}
			liquidations++
			var ev *bindings.LendingMarketLiquidate
			for _, l := range receipts[i].Logs {
				if e, err := lendingMarket.UnpackLiquidateEvent(l); err == nil {
					ev = e
				}
			}
			if ev == nil {
				t.Fatalf("liquidation %s emitted no Liquidate event", receipts[i].TxHash)
			}
			got := []*big.Int{ev.RepaidAssets, ev.SeizedCollateral, ev.BadDebtAssets}
			for j, w := range []*uint256.Int{want.Repaid, want.Seized, want.BadDebt} {
				if got[j].Cmp(w.ToBig()) != 0 {
					t.Fatalf("round %d: liquidate(%s, maxRepay=%s) of debt %s, collateral %s at %s: field %d = %s, loanmath %s",
						round, b, maxRepays[b], debt, held[b], price, j, got[j], w)
				}
			}
		}
	}
	if liquidations == 0 {
		t.Fatal("no liquidation was compared: the price moves are too gentle")
	}
	t.Logf("%d positions, %d liquidations compared", len(open), liquidations)
}

// compareViews checks the market's views of borrower b at the latest block against loanmath.
func compareViews(t *testing.T, m *market, b common.Address, index, price *uint256.Int, s loanmath.Scale, marginCall, liqLine *uint256.Int) {
	t.Helper()
	shares, held := m.uint(lendingMarket.PackBorrowShares(b)), m.uint(lendingMarket.PackCollateral(b))
	debt, err := loanmath.ToDebt(shares, index)
	if err != nil {
		t.Fatal(err)
	}
	pos, err := lendingMarket.UnpackPosition(m.call(m.addr, lendingMarket.PackPosition(b)))
	if err != nil {
		t.Fatal(err)
	}
	if pos.Debt.Cmp(debt.ToBig()) != 0 || pos.Collateral.Cmp(held.ToBig()) != 0 {
		t.Fatalf("position(%s) = (%s, %s), loanmath (%s, %s)", b, pos.Collateral, pos.Debt, held, debt)
	}
	views := []struct {
		name string
		data []byte
		want func() (*uint256.Int, error)
	}{
		{"ltv", lendingMarket.PackLtv(b), func() (*uint256.Int, error) { return loanmath.LTV(debt, held, price, s) }},
		{"liquidationPrice", lendingMarket.PackLiquidationPrice(b), func() (*uint256.Int, error) { return loanmath.PriceAtLTV(debt, held, liqLine, s) }},
		{"marginCallPrice", lendingMarket.PackMarginCallPrice(b), func() (*uint256.Int, error) { return loanmath.PriceAtLTV(debt, held, marginCall, s) }},
	}
	for _, v := range views {
		want, wantErr := v.want()
		out, ok := m.tryCall(m.addr, v.data)
		if ok != (wantErr == nil) {
			t.Fatalf("%s(%s) with debt %s, collateral %s at %s: contract succeeded=%v, loanmath error=%v", v.name, b, debt, held, price, ok, wantErr)
		}
		if !ok {
			continue
		}
		got, err := lendingMarket.UnpackLtv(out) // every view returns one uint256
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(want.ToBig()) != 0 {
			t.Fatalf("%s(%s) with debt %s, collateral %s at %s = %s, loanmath %s", v.name, b, debt, held, price, got, want)
		}
	}
}
