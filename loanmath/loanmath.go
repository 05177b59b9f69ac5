// Package loanmath is the loan math of a ltvkeeper market in integer base units. It mirrors
// the contract library LoanMath.sol to the wei: every function returns what the contract
// returns, and an error exactly where the contract reverts. The indexer, the keeper and the
// command line call it; none of them re-derives it.
//
// Units: LTVs and the liquidation bonus are WAD fractions (1e18 = 100%); the borrow index and
// the per-second rate are RAY (1e27); prices are in the feed's units. A collateral amount is
// valued in loan-token units as collateral × price × ValueMul ÷ ValueDiv (see Scale).
// Rounding favours the protocol: values and seized collateral round down; LTVs, debts and
// repay requirements round up.
package loanmath

import (
	"errors"
	"fmt"

	"github.com/holiman/uint256"
)

var (
	// WAD is 100% as a WAD fraction.
	WAD = uint256.NewInt(1e18)
	// RAY is the unit of the borrow index and of the per-second rate.
	RAY = uint256.MustFromDecimal("1000000000000000000000000000")
	// SecondsPerYear turns an annual rate into a per-second one.
	SecondsPerYear = uint256.NewInt(365 * 24 * 3600)
	// VirtualShares and VirtualAssets protect supply shares against inflation.
	VirtualShares = uint256.NewInt(1e6)
	VirtualAssets = uint256.NewInt(1)

	// MaxUint256 is what the contract returns for an unbounded LTV or price.
	MaxUint256 = new(uint256.Int).SetAllOne()

	halfRay  = new(uint256.Int).Rsh(RAY, 1)
	wadToRay = uint256.NewInt(1e9)
)

var (
	// ErrOverflow is where the contract reverts with an arithmetic overflow.
	ErrOverflow = errors.New("loanmath: arithmetic overflow")
	// ErrDivisionByZero is where the contract reverts with a division by zero.
	ErrDivisionByZero = errors.New("loanmath: division by zero")
)

// RepayTooSmallError mirrors the contract's RepayTooSmall(required, maxRepayAssets): a
// liquidation that must close the position was offered less than it needs.
type RepayTooSmallError struct {
	Required, MaxRepay *uint256.Int
}

func (e *RepayTooSmallError) Error() string {
	return fmt.Sprintf("RepayTooSmall(required=%s, maxRepayAssets=%s)", e.Required.Dec(), e.MaxRepay.Dec())
}

// Rounding says which way a division rounds.
type Rounding bool

const (
	Floor Rounding = false
	Ceil  Rounding = true
)

// Scale values collateral in loan-token units: collateral × price × ValueMul ÷ ValueDiv, with
// ValueMul = 10^loanDecimals and ValueDiv = 10^(collateralDecimals + feedDecimals).
type Scale struct {
	ValueMul, ValueDiv *uint256.Int
}

// NewScale returns the scale of a market with the given token and feed decimals.
func NewScale(collateralDecimals, loanDecimals, feedDecimals uint8) Scale {
	return Scale{
		ValueMul: pow10(uint64(loanDecimals)),
		ValueDiv: pow10(uint64(collateralDecimals) + uint64(feedDecimals)),
	}
}

func pow10(n uint64) *uint256.Int {
	return new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(n))
}

// CollateralValue is the value of collateral at price, in loan-token base units, rounded down.
func CollateralValue(collateral, price *uint256.Int, s Scale) (*uint256.Int, error) {
	unit, err := mul(price, s.ValueMul)
	if err != nil {
		return nil, err
	}
	return MulDiv(collateral, unit, s.ValueDiv, Floor)
}

// LTV is debt ÷ collateral value as a WAD fraction, rounded up: 0 without debt and
// MaxUint256 with debt but no collateral value.
func LTV(debt, collateral, price *uint256.Int, s Scale) (*uint256.Int, error) {
	if debt.IsZero() {
		return new(uint256.Int), nil
	}
	value, err := CollateralValue(collateral, price, s)
	if err != nil {
		return nil, err
	}
	z := new(uint256.Int)
	if !LTVOfValueInto(z, debt, value) {
		return nil, ErrOverflow
	}
	return z, nil
}

// LTVOfValueInto sets z to the LTV of debt against collateral worth value (loan-token units)
// without allocating, for hot loops; it reports false where the contract reverts.
func LTVOfValueInto(z, debt, value *uint256.Int) bool {
	switch {
	case debt.IsZero():
		z.Clear()
		return true
	case value.IsZero():
		z.Set(MaxUint256)
		return true
	}
	return mulDivInto(z, debt, WAD, value, Ceil)
}

// PriceAtLTV is the collateral price (feed units, rounded up) at or below which the position's
// LTV reaches lineLTV: its liquidation price for the liquidation LTV, its margin-call price for
// the margin-call LTV. 0 without debt, MaxUint256 without collateral.
func PriceAtLTV(debt, collateral, lineLTV *uint256.Int, s Scale) (*uint256.Int, error) {
	if debt.IsZero() {
		return new(uint256.Int), nil
	}
	if collateral.IsZero() {
		return new(uint256.Int).Set(MaxUint256), nil
	}
	num, err := mul(WAD, s.ValueDiv)
	if err != nil {
		return nil, err
	}
	den, err := mul(lineLTV, collateral)
	if err != nil {
		return nil, err
	}
	if den, err = mul(den, s.ValueMul); err != nil {
		return nil, err
	}
	return MulDiv(debt, num, den, Ceil)
}

// RatePerSecond is the per-second rate (RAY) for an annual rate (WAD).
func RatePerSecond(annualRate *uint256.Int) (*uint256.Int, error) {
	scaled, err := mul(annualRate, wadToRay)
	if err != nil {
		return nil, err
	}
	return add(RAY, new(uint256.Int).Div(scaled, SecondsPerYear))
}

// Rpow is x^n in RAY by squaring, each product rounded half up (MakerDAO's rpow).
func Rpow(x *uint256.Int, n uint64) (*uint256.Int, error) {
	x = new(uint256.Int).Set(x)
	z := new(uint256.Int).Set(RAY)
	if n%2 != 0 {
		z.Set(x)
	}
	var err error
	for n /= 2; n != 0; n /= 2 {
		if x, err = rayMulHalfUp(x, x); err != nil {
			return nil, err
		}
		if n%2 != 0 {
			if z, err = rayMulHalfUp(z, x); err != nil {
				return nil, err
			}
		}
	}
	return z, nil
}

func rayMulHalfUp(a, b *uint256.Int) (*uint256.Int, error) {
	p, err := mul(a, b)
	if err != nil {
		return nil, err
	}
	if p, err = add(p, halfRay); err != nil {
		return nil, err
	}
	return p.Div(p, RAY), nil
}

// Accrual is the result of accruing interest.
type Accrual struct {
	Index             *uint256.Int // borrow index, RAY
	TotalBorrowAssets *uint256.Int
	Interest          *uint256.Int // added to the borrow and supply totals
}

// Accrue grows the borrow index and the total borrowed assets by elapsed seconds at rate
// per second (RAY).
func Accrue(index, totalBorrowAssets, rate *uint256.Int, elapsed uint64) (Accrual, error) {
	growth, err := Rpow(rate, elapsed)
	if err != nil {
		return Accrual{}, err
	}
	newIndex, err := MulDiv(index, growth, RAY, Ceil)
	if err != nil {
		return Accrual{}, err
	}
	newTotal, err := MulDiv(totalBorrowAssets, growth, RAY, Floor)
	if err != nil {
		return Accrual{}, err
	}
	interest, err := sub(newTotal, totalBorrowAssets)
	if err != nil {
		return Accrual{}, err
	}
	return Accrual{Index: newIndex, TotalBorrowAssets: newTotal, Interest: interest}, nil
}

// ToDebt is the debt of borrow shares at index, rounded up.
func ToDebt(shares, index *uint256.Int) (*uint256.Int, error) {
	z := new(uint256.Int)
	if !ToDebtInto(z, shares, index) {
		return nil, ErrOverflow
	}
	return z, nil
}

// ToDebtInto sets z to ToDebt(shares, index) without allocating, for hot loops; it reports
// false where ToDebt fails.
func ToDebtInto(z, shares, index *uint256.Int) bool {
	return mulDivInto(z, shares, index, RAY, Ceil)
}

// ToBorrowShares is the number of borrow shares worth assets at index.
func ToBorrowShares(assets, index *uint256.Int, r Rounding) (*uint256.Int, error) {
	return MulDiv(assets, RAY, index, r)
}

// ToSupplyShares is the number of supply shares worth assets.
func ToSupplyShares(assets, totalAssets, totalShares *uint256.Int, r Rounding) (*uint256.Int, error) {
	return sharesMath(rounded(r), assets, totalShares, VirtualShares, totalAssets, VirtualAssets)
}

// ToSupplyAssets is the amount of assets worth supply shares.
func ToSupplyAssets(shares, totalAssets, totalShares *uint256.Int, r Rounding) (*uint256.Int, error) {
	return sharesMath(rounded(r), shares, totalAssets, VirtualAssets, totalShares, VirtualShares)
}

// rounded is MulDiv with rounding r.
func rounded(r Rounding) func(x, y, d *uint256.Int) (*uint256.Int, error) {
	return func(x, y, d *uint256.Int) (*uint256.Int, error) { return MulDiv(x, y, d, r) }
}

// Liquidation is what one liquidation repays, seizes and writes off.
type Liquidation struct {
	Repaid  *uint256.Int // loan-token units the liquidator pays
	Seized  *uint256.Int // collateral units the liquidator receives
	BadDebt *uint256.Int // loan-token units written off against lenders
}

// Liquidate computes a liquidation of a position with debt and collateral at price, where the
// liquidator repays at most maxRepay. It repays only what brings LTV back to targetLTV and
// seizes the repaid value plus bonus. When the collateral is worth less than debt × (1 +
// bonus), all collateral is seized for its value ÷ (1 + bonus) and the rest of the debt is
// bad debt; then maxRepay must cover the repayment or it fails with *RepayTooSmallError.
// It does not check that the position is liquidatable.
func Liquidate(debt, collateral, price, maxRepay, targetLTV, bonus *uint256.Int, s Scale) (Liquidation, error) {
	value, err := CollateralValue(collateral, price, s)
	if err != nil {
		return Liquidation{}, err
	}
	bonusFactor, err := add(WAD, bonus)
	if err != nil {
		return Liquidation{}, err
	}
	needed, err := MulDiv(debt, bonusFactor, WAD, Ceil)
	if err != nil {
		return Liquidation{}, err
	}
	if needed.Gt(value) {
		repaid, err := MulDiv(value, WAD, bonusFactor, Ceil)
		if err != nil {
			return Liquidation{}, err
		}
		if repaid.Gt(maxRepay) {
			return Liquidation{}, &RepayTooSmallError{Required: repaid, MaxRepay: new(uint256.Int).Set(maxRepay)}
		}
		return Liquidation{
			Repaid:  repaid,
			Seized:  new(uint256.Int).Set(collateral),
			BadDebt: new(uint256.Int).Sub(debt, repaid),
		}, nil
	}
	repaid, err := RepayToTarget(debt, value, targetLTV, bonusFactor)
	if err != nil {
		return Liquidation{}, err
	}
	repaid = minOf(minOf(repaid, debt), maxRepay)
	num, err := mul(repaid, bonusFactor)
	if err != nil {
		return Liquidation{}, err
	}
	den, err := mul(WAD, price)
	if err != nil {
		return Liquidation{}, err
	}
	if den, err = mul(den, s.ValueMul); err != nil {
		return Liquidation{}, err
	}
	seized, err := MulDiv(num, s.ValueDiv, den, Floor)
	if err != nil {
		return Liquidation{}, err
	}
	return Liquidation{Repaid: repaid, Seized: minOf(seized, collateral), BadDebt: new(uint256.Int)}, nil
}

// RepayToTarget is the debt to repay, seizing repaid × bonusFactor of collateral value, so
// that LTV falls to targetLTV: (debt − r) ÷ (value − r × bonusFactor) = target, rounded up.
// bonusFactor is WAD + bonus.
func RepayToTarget(debt, value, targetLTV, bonusFactor *uint256.Int) (*uint256.Int, error) {
	excess, err := mul(debt, WAD)
	if err != nil {
		return nil, err
	}
	allowed, err := mul(targetLTV, value)
	if err != nil {
		return nil, err
	}
	if !excess.Gt(allowed) {
		return new(uint256.Int), nil
	}
	kept, err := MulDiv(targetLTV, bonusFactor, WAD, Ceil)
	if err != nil {
		return nil, err
	}
	den, err := sub(WAD, kept)
	if err != nil {
		return nil, err
	}
	return ceilDiv(new(uint256.Int).Sub(excess, allowed), den)
}

// DebtToRepayForLTV is the debt to repay so that LTV is at most targetLTV.
func DebtToRepayForLTV(debt, collateral, price, targetLTV *uint256.Int, s Scale) (*uint256.Int, error) {
	value, err := CollateralValue(collateral, price, s)
	if err != nil {
		return nil, err
	}
	allowed, err := MulDiv(value, targetLTV, WAD, Floor)
	if err != nil {
		return nil, err
	}
	return subFloorZero(debt, allowed), nil
}

// CollateralToAddForLTV is the collateral to add so that LTV is at most targetLTV.
func CollateralToAddForLTV(debt, collateral, price, targetLTV *uint256.Int, s Scale) (*uint256.Int, error) {
	neededValue, err := MulDiv(debt, WAD, targetLTV, Ceil)
	if err != nil {
		return nil, err
	}
	unit, err := mul(price, s.ValueMul)
	if err != nil {
		return nil, err
	}
	needed, err := MulDiv(neededValue, s.ValueDiv, unit, Ceil)
	if err != nil {
		return nil, err
	}
	return subFloorZero(needed, collateral), nil
}

// DebtAtLTV is the debt that collateral worth value (loan-token units) carries at ltv (WAD):
// value × ltv ÷ WAD, rounded down, so that LTVOfValueInto of the result against value is at
// most ltv. It is the inverse of the LTV of a value; use it to open a position at a given LTV.
func DebtAtLTV(value, ltv *uint256.Int) (*uint256.Int, error) {
	return MulDiv(value, ltv, WAD, Floor)
}

// DebtAtLTVInto sets z to DebtAtLTV(value, ltv) without allocating, for hot loops; it
// reports false where DebtAtLTV fails.
func DebtAtLTVInto(z, value, ltv *uint256.Int) bool {
	return mulDivInto(z, value, ltv, WAD, Floor)
}

// CollateralForValue is the collateral worth value (loan-token units) at price: value ×
// ValueDiv ÷ (price × ValueMul), the inverse of CollateralValue. Rounded down (Floor), the
// collateral is worth at most value, as what an amount of loan token buys; rounded up (Ceil),
// at least value, as what must be posted to back it. It fails at a zero price.
func CollateralForValue(value, price *uint256.Int, s Scale, r Rounding) (*uint256.Int, error) {
	unit, err := mul(price, s.ValueMul)
	if err != nil {
		return nil, err
	}
	return MulDiv(value, s.ValueDiv, unit, r)
}

// MulDiv is x × y ÷ d with a 512-bit intermediate, as OpenZeppelin's Math.mulDiv: it fails
// where that reverts (d = 0, or a result above 2^256 − 1).
func MulDiv(x, y, d *uint256.Int, r Rounding) (*uint256.Int, error) {
	if d.IsZero() {
		return nil, ErrDivisionByZero
	}
	z := new(uint256.Int)
	if !mulDivInto(z, x, y, d, r) {
		return nil, ErrOverflow
	}
	return z, nil
}

// mulDivInto sets z to MulDiv(x, y, d, r) without allocating; false where MulDiv fails. z
// may be x or y.
func mulDivInto(z, x, y, d *uint256.Int, r Rounding) bool {
	if d.IsZero() {
		return false
	}
	var rem uint256.Int
	if r == Ceil {
		rem.MulMod(x, y, d)
	}
	if _, overflow := z.MulDivOverflow(x, y, d); overflow {
		return false
	}
	if !rem.IsZero() {
		if _, overflow := z.AddOverflow(z, one); overflow {
			return false
		}
	}
	return true
}

var one = uint256.NewInt(1)

func ceilDiv(a, b *uint256.Int) (*uint256.Int, error) {
	if b.IsZero() {
		return nil, ErrDivisionByZero
	}
	if a.IsZero() {
		return new(uint256.Int), nil
	}
	z := new(uint256.Int).Sub(a, uint256.NewInt(1))
	z.Div(z, b)
	return z.AddUint64(z, 1), nil
}

func mul(a, b *uint256.Int) (*uint256.Int, error) {
	z, overflow := new(uint256.Int).MulOverflow(a, b)
	if overflow {
		return nil, ErrOverflow
	}
	return z, nil
}

func add(a, b *uint256.Int) (*uint256.Int, error) {
	z, overflow := new(uint256.Int).AddOverflow(a, b)
	if overflow {
		return nil, ErrOverflow
	}
	return z, nil
}

func sub(a, b *uint256.Int) (*uint256.Int, error) {
	z, underflow := new(uint256.Int).SubOverflow(a, b)
	if underflow {
		return nil, ErrOverflow
	}
	return z, nil
}

func subFloorZero(a, b *uint256.Int) *uint256.Int {
	if a.Gt(b) {
		return new(uint256.Int).Sub(a, b)
	}
	return new(uint256.Int)
}

func minOf(a, b *uint256.Int) *uint256.Int {
	if a.Lt(b) {
		return new(uint256.Int).Set(a)
	}
	return new(uint256.Int).Set(b)
}
