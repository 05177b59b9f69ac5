package loanmath_test

import (
	"errors"
	"testing"

	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// wide is v shifted left by shift mod 193 bits: small amounts, WAD and RAY magnitudes and
// values near 2^256 all come out of two fuzzed numbers.
func wide(v uint64, shift uint8) *uint256.Int {
	return new(uint256.Int).Lsh(uint256.NewInt(v), uint(shift)%193)
}

func scaleOf(decimals uint8) loanmath.Scale {
	return loanmath.NewScale(decimals%19, (decimals/19)%19, (decimals/7)%19)
}

// wantKnownError fails on an error loanmath does not document: errors are fine, as long as
// they are the contract's reverts.
func wantKnownError(t *testing.T, what string, err error) {
	t.Helper()
	var small *loanmath.RepayTooSmallError
	if err != nil && !errors.Is(err, loanmath.ErrOverflow) && !errors.Is(err, loanmath.ErrDivisionByZero) && !errors.As(err, &small) {
		t.Fatalf("%s: unexpected error %v", what, err)
	}
}

// ordered returns a and b, smaller first.
func ordered(a, b *uint256.Int) (lo, hi *uint256.Int) {
	if a.Gt(b) {
		return b, a
	}
	return a, b
}

// atBoth calls f at lo and at hi, and fails on an error loanmath does not document.
func atBoth(t *testing.T, what string, f func(*uint256.Int) (*uint256.Int, error), lo, hi *uint256.Int) (atLo, atHi *uint256.Int, errLo, errHi error) {
	t.Helper()
	atLo, errLo = f(lo)
	atHi, errHi = f(hi)
	wantKnownError(t, what, errLo)
	wantKnownError(t, what, errHi)
	return atLo, atHi, errLo, errHi
}

// FuzzPriceAtLTV: a higher LTV line never raises the price at which the line is reached
// (liquidation price at or below margin-call price), and nothing panics.
func FuzzPriceAtLTV(f *testing.F) {
	f.Add(uint64(2_000e6), uint8(0), uint64(1e7), uint8(0), uint64(65e16), uint64(8e17), uint8(0))
	f.Add(uint64(1), uint8(255), uint64(1), uint8(0), uint64(1), uint64(1e18), uint8(100))
	f.Add(uint64(1e18), uint8(190), uint64(1e18), uint8(190), uint64(0), uint64(1<<63), uint8(200))
	f.Add(uint64(0), uint8(0), uint64(1e8), uint8(0), uint64(5e17), uint64(8e17), uint8(0))
	f.Add(uint64(5e9), uint8(0), uint64(0), uint8(0), uint64(5e17), uint64(8e17), uint8(0))
	f.Fuzz(func(t *testing.T, d uint64, ds uint8, c uint64, cs uint8, l1, l2 uint64, dec uint8) {
		debt, collateral, s := wide(d, ds), wide(c, cs), scaleOf(dec)
		lo, hi := ordered(uint256.NewInt(l1), uint256.NewInt(l2))
		pLo, pHi, errLo, errHi := atBoth(t, "PriceAtLTV", func(line *uint256.Int) (*uint256.Int, error) {
			return loanmath.PriceAtLTV(debt, collateral, line, s)
		}, lo, hi)
		if errLo == nil && errHi == nil && pHi.Gt(pLo) {
			t.Fatalf("PriceAtLTV(debt %s, collateral %s): line %s gives %s, higher line %s gives higher %s", debt, collateral, lo, pLo, hi, pHi)
		}
	})
}

// FuzzLTVByPrice: a lower price never lowers the LTV.
func FuzzLTVByPrice(f *testing.F) {
	f.Add(uint64(2_000e6), uint8(0), uint64(1e7), uint8(0), uint64(100_000e8), uint64(24_000e8), uint8(0))
	f.Add(uint64(1), uint8(0), uint64(1), uint8(0), uint64(0), uint64(1), uint8(0))
	f.Add(uint64(1<<63), uint8(192), uint64(1<<63), uint8(192), uint64(1<<63), uint64(1), uint8(255))
	f.Fuzz(func(t *testing.T, d uint64, ds uint8, c uint64, cs uint8, p1, p2 uint64, dec uint8) {
		debt, collateral, s := wide(d, ds), wide(c, cs), scaleOf(dec)
		low, high := ordered(uint256.NewInt(p1), uint256.NewInt(p2))
		atLow, atHigh, errLow, errHigh := atBoth(t, "LTV", func(price *uint256.Int) (*uint256.Int, error) {
			return loanmath.LTV(debt, collateral, price, s)
		}, low, high)
		if errLow == nil && errHigh == nil && atLow.Lt(atHigh) {
			t.Fatalf("LTV(debt %s, collateral %s): %s at price %s, lower %s at lower price %s", debt, collateral, atHigh, high, atLow, low)
		}
	})
}

// FuzzToTarget: a lower target LTV never needs less repaid or less collateral added, and
// after the repayment or deposit the LTV is at most the target.
func FuzzToTarget(f *testing.F) {
	f.Add(uint64(20_000e6), uint8(0), uint64(1e7), uint8(0), uint64(24_000e8), uint64(7e17), uint64(5e17), uint8(0))
	f.Add(uint64(1), uint8(0), uint64(1), uint8(0), uint64(1), uint64(0), uint64(1), uint8(0))
	f.Add(uint64(1<<62), uint8(150), uint64(3), uint8(100), uint64(1<<40), uint64(1e18), uint64(1e17), uint8(77))
	f.Fuzz(func(t *testing.T, d uint64, ds uint8, c uint64, cs uint8, price, t1, t2 uint64, dec uint8) {
		debt, collateral, p, s := wide(d, ds), wide(c, cs), uint256.NewInt(price), scaleOf(dec)
		lo, hi := ordered(uint256.NewInt(t1), uint256.NewInt(t2))
		repayLo, repayHi, errLo, errHi := atBoth(t, "DebtToRepayForLTV", func(target *uint256.Int) (*uint256.Int, error) {
			return loanmath.DebtToRepayForLTV(debt, collateral, p, target, s)
		}, lo, hi)
		if errLo == nil && errHi == nil && repayLo.Lt(repayHi) {
			t.Fatalf("DebtToRepayForLTV(debt %s, collateral %s, price %s): target %s needs %s, lower target %s needs less, %s", debt, collateral, p, hi, repayHi, lo, repayLo)
		}
		if errLo == nil && !lo.IsZero() {
			after, err := loanmath.LTV(new(uint256.Int).Sub(debt, repayLo), collateral, p, s)
			if err == nil && after.Gt(lo) {
				t.Fatalf("repaying %s of debt %s leaves LTV %s above target %s", repayLo, debt, after, lo)
			}
		}
		addLo, addHi, errLo, errHi := atBoth(t, "CollateralToAddForLTV", func(target *uint256.Int) (*uint256.Int, error) {
			return loanmath.CollateralToAddForLTV(debt, collateral, p, target, s)
		}, lo, hi)
		if errLo == nil && errHi == nil && addLo.Lt(addHi) {
			t.Fatalf("CollateralToAddForLTV(debt %s, collateral %s, price %s): target %s needs %s, lower target %s needs less, %s", debt, collateral, p, hi, addHi, lo, addLo)
		}
		if errLo == nil {
			total, overflow := new(uint256.Int).AddOverflow(collateral, addLo)
			after, err := loanmath.LTV(debt, total, p, s)
			if !overflow && err == nil && after.Gt(lo) {
				t.Fatalf("adding %s to collateral %s leaves LTV %s above target %s", addLo, collateral, after, lo)
			}
		}
	})
}

// FuzzRatePerSecond: a higher annual rate never gives a lower per-second rate, and the
// per-second rate is at least RAY.
func FuzzRatePerSecond(f *testing.F) {
	f.Add(uint64(29e15), uint8(0), uint64(1e18), uint8(0))
	f.Add(uint64(0), uint8(0), uint64(1), uint8(0))
	f.Add(uint64(1<<63), uint8(192), uint64(1), uint8(190))
	f.Fuzz(func(t *testing.T, a uint64, as uint8, b uint64, bs uint8) {
		lo, hi := ordered(wide(a, as), wide(b, bs))
		rLo, rHi, errLo, errHi := atBoth(t, "RatePerSecond", loanmath.RatePerSecond, lo, hi)
		if errLo == nil && rLo.Lt(loanmath.RAY) {
			t.Fatalf("RatePerSecond(%s) = %s, below RAY", lo, rLo)
		}
		if errLo == nil && errHi == nil && rHi.Lt(rLo) {
			t.Fatalf("RatePerSecond(%s) = %s, lower than RatePerSecond(%s) = %s", hi, rHi, lo, rLo)
		}
	})
}

// FuzzShares: converting to shares and back never gives the holder more than they put in
// (rounded down) and never leaves a borrower owing less (rounded up).
func FuzzShares(f *testing.F) {
	f.Add(uint64(2_000e6), uint8(0), uint64(1e9), uint8(60), uint64(1e12), uint8(0), uint64(1e18), uint8(0))
	f.Add(uint64(1), uint8(0), uint64(1), uint8(90), uint64(0), uint8(0), uint64(0), uint8(0))
	f.Add(uint64(1<<63), uint8(192), uint64(1<<63), uint8(192), uint64(1<<63), uint8(192), uint64(1<<63), uint8(192))
	f.Fuzz(func(t *testing.T, a uint64, as uint8, i uint64, is uint8, ta uint64, tas uint8, ts uint64, tss uint8) {
		assets, index, totalAssets, totalShares := wide(a, as), wide(i, is), wide(ta, tas), wide(ts, tss)
		if index.Lt(loanmath.RAY) {
			index.Add(index, loanmath.RAY) // the borrow index starts at RAY and only grows
		}
		shares, err := loanmath.ToBorrowShares(assets, index, loanmath.Ceil)
		wantKnownError(t, "ToBorrowShares", err)
		if err == nil {
			debt, err := loanmath.ToDebt(shares, index)
			wantKnownError(t, "ToDebt", err)
			if err == nil && debt.Lt(assets) {
				t.Fatalf("borrowing %s at index %s: %s shares owe only %s", assets, index, shares, debt)
			}
		}
		supplied, err := loanmath.ToSupplyShares(assets, totalAssets, totalShares, loanmath.Floor)
		wantKnownError(t, "ToSupplyShares", err)
		if err == nil {
			back, err := loanmath.ToSupplyAssets(supplied, totalAssets, totalShares, loanmath.Floor)
			wantKnownError(t, "ToSupplyAssets", err)
			if err == nil && back.Gt(assets) {
				t.Fatalf("supplying %s (totals %s/%s): %s shares are worth %s, more", assets, totalAssets, totalShares, supplied, back)
			}
		}
	})
}

// FuzzInverses: DebtAtLTV and CollateralForValue invert LTV and CollateralValue in the
// documented direction.
func FuzzInverses(f *testing.F) {
	f.Add(uint64(6_000e6), uint8(0), uint64(5e17), uint64(60_000e8), uint8(0))
	f.Add(uint64(1), uint8(0), uint64(1), uint64(1), uint8(0))
	f.Add(uint64(1<<63), uint8(192), uint64(1<<63), uint64(1<<63), uint8(255))
	f.Fuzz(func(t *testing.T, v uint64, vs uint8, ltv, price uint64, dec uint8) {
		value, l, p, s := wide(v, vs), uint256.NewInt(ltv), uint256.NewInt(price), scaleOf(dec)
		debt, err := loanmath.DebtAtLTV(value, l)
		wantKnownError(t, "DebtAtLTV", err)
		if err == nil {
			var got uint256.Int
			if loanmath.LTVOfValueInto(&got, debt, value) && got.Gt(l) && !value.IsZero() {
				t.Fatalf("DebtAtLTV(%s, %s) = %s, whose LTV is %s", value, l, debt, &got)
			}
		}
		for _, r := range []loanmath.Rounding{loanmath.Floor, loanmath.Ceil} {
			c, err := loanmath.CollateralForValue(value, p, s, r)
			wantKnownError(t, "CollateralForValue", err)
			if err != nil {
				continue
			}
			worth, err := loanmath.CollateralValue(c, p, s)
			wantKnownError(t, "CollateralValue", err)
			if err == nil && ((r == loanmath.Floor && worth.Gt(value)) || (r == loanmath.Ceil && worth.Lt(value))) {
				t.Fatalf("CollateralForValue(%s, %s, rounding up %v) = %s, worth %s", value, p, r, c, worth)
			}
		}
	})
}
