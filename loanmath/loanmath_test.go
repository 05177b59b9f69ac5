package loanmath_test

import (
	"testing"

	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

var wbtcUSDC = loanmath.NewScale(8, 6, 8)

func u(x uint64) *uint256.Int { return uint256.NewInt(x) }

// must returns a function that fails t on an error and otherwise returns the value.
func must(t testing.TB) func(*uint256.Int, error) *uint256.Int {
	return func(x *uint256.Int, err error) *uint256.Int {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
}

// The product's worked example: $2,000 borrowed against 0.1 BTC.
func TestWorkedExampleLTV(t *testing.T) {
	tests := []struct {
		name     string
		btcPrice uint64 // dollars
		want     string // WAD
	}{
		{"$10,000 of collateral is 20%", 100_000, "200000000000000000"},
		{"$12,000 of collateral is 16.67%", 120_000, "166666666666666667"},
		{"$8,000 of collateral is 25%", 80_000, "250000000000000000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := must(t)(loanmath.LTV(u(2_000e6), u(1e7), u(tt.btcPrice*1e8), wbtcUSDC))
			if got.Dec() != tt.want {
				t.Fatalf("LTV = %s, want %s", got.Dec(), tt.want)
			}
		})
	}
}

// One year at 2.9% APR compounds per second: 2000 × (1 + 0.029/31536000)^31536000 =
// 2058.849188922... USDC, owed rounded up.
func TestOneYearOfInterest(t *testing.T) {
	rate := must(t)(loanmath.RatePerSecond(u(29e15)))
	shares := must(t)(loanmath.ToBorrowShares(u(2_000e6), loanmath.RAY, loanmath.Ceil))
	acc, err := loanmath.Accrue(loanmath.RAY, u(2_000e6), rate, 365*24*3600)
	if err != nil {
		t.Fatal(err)
	}
	if got := must(t)(loanmath.ToDebt(shares, acc.Index)); got.Uint64() != 2_058_849_189 {
		t.Fatalf("debt after a year = %s, want 2058849189", got.Dec())
	}
}

func TestLiquidationPriceOfWorkedExample(t *testing.T) {
	// LTV reaches 80% when 0.1 BTC is worth $2,500: at $25,000 a BTC.
	got := must(t)(loanmath.PriceAtLTV(u(2_000e6), u(1e7), u(8e17), wbtcUSDC))
	if got.Uint64() != 25_000e8 {
		t.Fatalf("liquidation price = %s, want %d", got.Dec(), uint64(25_000e8))
	}
}

func TestLiquidationRestoresTargetLTV(t *testing.T) {
	// $2,000 against 0.1 BTC at $24,000 a BTC: LTV 83.3%, liquidated back to 70% with a 5% bonus.
	debt, collateral, price := u(2_000e6), u(1e7), u(24_000e8)
	liq, err := loanmath.Liquidate(debt, collateral, price, loanmath.MaxUint256, u(7e17), u(5e16), wbtcUSDC)
	if err != nil {
		t.Fatal(err)
	}
	if !liq.BadDebt.IsZero() {
		t.Fatalf("bad debt %s, want none", liq.BadDebt.Dec())
	}
	after := must(t)(loanmath.LTV(new(uint256.Int).Sub(debt, liq.Repaid), new(uint256.Int).Sub(collateral, liq.Seized), price, wbtcUSDC))
	if after.Gt(u(7e17)) || after.Lt(u(699e15)) {
		t.Fatalf("LTV after liquidation = %s, want just under 0.7e18", after.Dec())
	}
}

func TestUnderwaterLiquidationWritesOffBadDebt(t *testing.T) {
	// $2,000 against 0.1 BTC at $15,000 a BTC: collateral worth $1,500 cannot cover the debt.
	liq, err := loanmath.Liquidate(u(2_000e6), u(1e7), u(15_000e8), loanmath.MaxUint256, u(7e17), u(5e16), wbtcUSDC)
	if err != nil {
		t.Fatal(err)
	}
	// $1,500 ÷ 1.05 = 1428.571428..., rounded up; the rest is bad debt.
	if liq.Seized.Uint64() != 1e7 || liq.Repaid.Uint64() != 1_428_571_429 || liq.BadDebt.Uint64() != 571_428_571 {
		t.Fatalf("got repaid %s seized %s bad debt %s", liq.Repaid.Dec(), liq.Seized.Dec(), liq.BadDebt.Dec())
	}
	if _, err := loanmath.Liquidate(u(2_000e6), u(1e7), u(15_000e8), u(1_000e6), u(7e17), u(5e16), wbtcUSDC); err == nil {
		t.Fatal("an underwater liquidation with too small a repay succeeded, want RepayTooSmall")
	}
}

func FuzzLTVMonotoneInPrice(f *testing.F) {
	f.Add(uint64(2_000e6), uint64(1e7), uint64(100_000e8), uint64(80_000e8))
	f.Add(uint64(1), uint64(0), uint64(1), uint64(0))
	f.Fuzz(func(t *testing.T, debt, collateral, price, lower uint64) {
		if lower > price {
			price, lower = lower, price
		}
		high, errHigh := loanmath.LTV(u(debt), u(collateral), u(price), wbtcUSDC)
		low, errLow := loanmath.LTV(u(debt), u(collateral), u(lower), wbtcUSDC)
		if errHigh != nil || errLow != nil {
			t.Fatalf("LTV failed on 64-bit inputs: %v, %v", errHigh, errLow)
		}
		if low.Lt(high) {
			t.Fatalf("a lower price lowered LTV: %s at %d, %s at %d", high.Dec(), price, low.Dec(), lower)
		}
	})
}

func FuzzAccrueMonotoneInTime(f *testing.F) {
	f.Add(uint64(29e15), uint64(2_000e6), uint64(3600), uint64(86400))
	f.Fuzz(func(t *testing.T, annual, total, t1, t2 uint64) {
		annual %= 1e18 + 1
		t1, t2 = t1%(30*365*86400), t2%(30*365*86400)
		if t1 > t2 {
			t1, t2 = t2, t1
		}
		rate := must(t)(loanmath.RatePerSecond(u(annual)))
		a, err1 := loanmath.Accrue(loanmath.RAY, u(total), rate, t1)
		b, err2 := loanmath.Accrue(loanmath.RAY, u(total), rate, t2)
		if err1 != nil || err2 != nil {
			t.Fatalf("accrue failed within 30 years at ≤100%% APR: %v, %v", err1, err2)
		}
		if b.Index.Lt(a.Index) || b.TotalBorrowAssets.Lt(a.TotalBorrowAssets) {
			t.Fatalf("more time gave less interest: index %s then %s", a.Index.Dec(), b.Index.Dec())
		}
	})
}

func FuzzLiquidate(f *testing.F) {
	f.Add(uint64(2_000e6), uint64(1e7), uint64(24_000e8), uint64(1e12), uint64(7e17), uint64(5e16))
	f.Add(uint64(2_000e6), uint64(1e7), uint64(1), uint64(1e12), uint64(7e17), uint64(5e16))
	f.Fuzz(func(t *testing.T, debt, collateral, price, maxRepay, target, bonus uint64) {
		target, bonus = 1+target%(8e17), bonus%(2e17)
		if price == 0 {
			return
		}
		liq, err := loanmath.Liquidate(u(debt), u(collateral), u(price), u(maxRepay), u(target), u(bonus), wbtcUSDC)
		if err != nil {
			return // RepayTooSmall on an underwater position
		}
		if liq.Repaid.Gt(u(maxRepay)) || liq.Seized.Gt(u(collateral)) {
			t.Fatalf("repaid %s > max %d or seized %s > collateral %d", liq.Repaid.Dec(), maxRepay, liq.Seized.Dec(), collateral)
		}
		if new(uint256.Int).Add(liq.Repaid, liq.BadDebt).Gt(u(debt)) {
			t.Fatalf("repaid %s + bad debt %s > debt %d", liq.Repaid.Dec(), liq.BadDebt.Dec(), debt)
		}
		if !liq.BadDebt.IsZero() && liq.Seized.Uint64() != collateral {
			t.Fatalf("bad debt %s with collateral left", liq.BadDebt.Dec())
		}
	})
}
