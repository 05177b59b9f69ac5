package loanmath_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
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
			total, elapsed := g.Amount(30), g.R.Uint64N(20*365*86400)
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
