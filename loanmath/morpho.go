package loanmath

// The loan math of a Morpho Blue market, mirroring Morpho.sol 1.0.0 and its libraries
// (MathLib, SharesMathLib, UtilsLib) to the wei: every function returns what the contract
// computes, and an error exactly where the contract reverts (checked arithmetic, uint128 casts,
// require). Units: Morpho's WAD fractions (LLTV, fee, borrow rate per second), its oracle price
// (one base unit of collateral in base units of the loan token, scaled by 1e36), and integer
// base units of the tokens.

import (
	"errors"
	"math/big"

	"github.com/holiman/uint256"
)

var (
	// OraclePriceScale is the scale of a Morpho oracle's price (ORACLE_PRICE_SCALE).
	OraclePriceScale = new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(36))
	// LiquidationCursor is Morpho's LIQUIDATION_CURSOR (0.3, WAD).
	LiquidationCursor = uint256.NewInt(0.3e18)
	// MaxLiquidationIncentiveFactor is Morpho's MAX_LIQUIDATION_INCENTIVE_FACTOR (1.15, WAD).
	MaxLiquidationIncentiveFactor = uint256.NewInt(1.15e18)
	// MaxFee is Morpho's MAX_FEE (25% of the interest, WAD).
	MaxFee = uint256.NewInt(0.25e18)

	maxUint128 = new(uint256.Int).Sub(new(uint256.Int).Lsh(one, 128), one)
	twoWAD     = uint256.NewInt(2e18)
	threeWAD   = uint256.NewInt(3e18)
)

var (
	// ErrMaxUint128Exceeded is Morpho's "max uint128 exceeded": a value its storage cannot hold.
	ErrMaxUint128Exceeded = errors.New("loanmath: max uint128 exceeded")
	// ErrInconsistentInput is Morpho's "inconsistent input": not exactly one of two amounts is zero.
	ErrInconsistentInput = errors.New("loanmath: inconsistent input")
	// ErrHealthyPosition is Morpho's "healthy position": a liquidation of a healthy position.
	ErrHealthyPosition = errors.New("loanmath: healthy position")
	// ErrTargetUnreachable says no liquidation brings the position to the target LTV.
	ErrTargetUnreachable = errors.New("loanmath: no liquidation reaches the target LTV")
)

// MorphoMarket is a Morpho Blue market's state, as Morpho.market(id) returns it. The totals
// and the fee are uint128 in the contract.
type MorphoMarket struct {
	TotalSupplyAssets, TotalSupplyShares *uint256.Int
	TotalBorrowAssets, TotalBorrowShares *uint256.Int
	LastUpdate                           uint64
	Fee                                  *uint256.Int // WAD fraction of the interest
}

// Clone returns a copy of m that shares no integer with it.
func (m MorphoMarket) Clone() MorphoMarket {
	return MorphoMarket{
		TotalSupplyAssets: m.TotalSupplyAssets.Clone(), TotalSupplyShares: m.TotalSupplyShares.Clone(),
		TotalBorrowAssets: m.TotalBorrowAssets.Clone(), TotalBorrowShares: m.TotalBorrowShares.Clone(),
		LastUpdate: m.LastUpdate, Fee: m.Fee.Clone(),
	}
}

// MorphoPosition is a user's position in a Morpho Blue market, as Morpho.position(id, user)
// returns it: supply shares (uint256), borrow shares and collateral (uint128).
type MorphoPosition struct {
	SupplyShares, BorrowShares, Collateral *uint256.Int
}

// Clone returns a copy of p that shares no integer with it.
func (p MorphoPosition) Clone() MorphoPosition {
	return MorphoPosition{SupplyShares: p.SupplyShares.Clone(), BorrowShares: p.BorrowShares.Clone(), Collateral: p.Collateral.Clone()}
}

// MathLib.

// MulDivDown is MathLib.mulDivDown: x × y ÷ d, rounded down, with a 256-bit product.
func MulDivDown(x, y, d *uint256.Int) (*uint256.Int, error) {
	p, err := mul(x, y)
	if err != nil {
		return nil, err
	}
	if d.IsZero() {
		return nil, ErrDivisionByZero
	}
	return p.Div(p, d), nil
}

// MulDivUp is MathLib.mulDivUp: (x × y + (d − 1)) ÷ d, with checked 256-bit arithmetic.
func MulDivUp(x, y, d *uint256.Int) (*uint256.Int, error) {
	p, err := mul(x, y)
	if err != nil {
		return nil, err
	}
	dm1, err := sub(d, one)
	if err != nil {
		return nil, err
	}
	if p, err = add(p, dm1); err != nil {
		return nil, err
	}
	return p.Div(p, d), nil
}

// WMulDown is MathLib.wMulDown: x × y ÷ WAD, rounded down.
func WMulDown(x, y *uint256.Int) (*uint256.Int, error) { return MulDivDown(x, y, WAD) }

// WDivDown is MathLib.wDivDown: x × WAD ÷ y, rounded down.
func WDivDown(x, y *uint256.Int) (*uint256.Int, error) { return MulDivDown(x, WAD, y) }

// WDivUp is MathLib.wDivUp: x × WAD ÷ y, rounded up.
func WDivUp(x, y *uint256.Int) (*uint256.Int, error) { return MulDivUp(x, WAD, y) }

// WTaylorCompounded is MathLib.wTaylorCompounded: the first three terms of e^(x·n) − 1 (WAD),
// Morpho's compounding of the per-second rate x over n seconds.
func WTaylorCompounded(x *uint256.Int, n uint64) (*uint256.Int, error) {
	first, err := mul(x, uint256.NewInt(n))
	if err != nil {
		return nil, err
	}
	second, err := MulDivDown(first, first, twoWAD)
	if err != nil {
		return nil, err
	}
	third, err := MulDivDown(second, first, threeWAD)
	if err != nil {
		return nil, err
	}
	sum, err := add(first, second)
	if err != nil {
		return nil, err
	}
	return add(sum, third)
}

// SharesMathLib: shares and assets with VirtualShares (1e6) and VirtualAssets (1).

// ToSharesDown is SharesMathLib.toSharesDown.
func ToSharesDown(assets, totalAssets, totalShares *uint256.Int) (*uint256.Int, error) {
	return sharesMath(MulDivDown, assets, totalShares, VirtualShares, totalAssets, VirtualAssets)
}

// ToSharesUp is SharesMathLib.toSharesUp.
func ToSharesUp(assets, totalAssets, totalShares *uint256.Int) (*uint256.Int, error) {
	return sharesMath(MulDivUp, assets, totalShares, VirtualShares, totalAssets, VirtualAssets)
}

// ToAssetsDown is SharesMathLib.toAssetsDown.
func ToAssetsDown(shares, totalAssets, totalShares *uint256.Int) (*uint256.Int, error) {
	return sharesMath(MulDivDown, shares, totalAssets, VirtualAssets, totalShares, VirtualShares)
}

// ToAssetsUp is SharesMathLib.toAssetsUp.
func ToAssetsUp(shares, totalAssets, totalShares *uint256.Int) (*uint256.Int, error) {
	return sharesMath(MulDivUp, shares, totalAssets, VirtualAssets, totalShares, VirtualShares)
}

// sharesMath is x × (num + numVirtual) ÷ (den + denVirtual) with muldiv's rounding.
func sharesMath(muldiv func(x, y, d *uint256.Int) (*uint256.Int, error), x, num, numVirtual, den, denVirtual *uint256.Int) (*uint256.Int, error) {
	n, err := add(num, numVirtual)
	if err != nil {
		return nil, err
	}
	d, err := add(den, denVirtual)
	if err != nil {
		return nil, err
	}
	return muldiv(x, n, d)
}

// toUint128 is UtilsLib.toUint128.
func toUint128(x *uint256.Int) (*uint256.Int, error) {
	if x.Gt(maxUint128) {
		return nil, ErrMaxUint128Exceeded
	}
	return x, nil
}

// add128 and sub128 are Solidity's checked uint128 += and −= of a value cast with toUint128.
func add128(a, b *uint256.Int) (*uint256.Int, error) {
	if _, err := toUint128(b); err != nil {
		return nil, err
	}
	z := new(uint256.Int).Add(a, b)
	if z.Gt(maxUint128) {
		return nil, ErrOverflow
	}
	return z, nil
}

func sub128(a, b *uint256.Int) (*uint256.Int, error) {
	if _, err := toUint128(b); err != nil {
		return nil, err
	}
	return sub(a, b)
}

// MorphoAccrual is what Morpho._accrueInterest does to a market: the market after, and the
// interest and fee shares its AccrueInterest event carries.
type MorphoAccrual struct {
	Market              MorphoMarket
	Interest, FeeShares *uint256.Int
}

// MorphoAccrue is Morpho._accrueInterest at block time now, with the IRM's borrow rate (WAD per
// second); a nil rate is a market without an IRM (address zero), which accrues nothing. The fee
// shares go to the fee recipient's supply shares (the caller adds them to its position).
func MorphoAccrue(m MorphoMarket, borrowRate *uint256.Int, now uint64) (MorphoAccrual, error) {
	if now < m.LastUpdate {
		return MorphoAccrual{}, ErrOverflow
	}
	out := MorphoAccrual{Market: m.Clone(), Interest: new(uint256.Int), FeeShares: new(uint256.Int)}
	elapsed := now - m.LastUpdate
	if elapsed == 0 {
		return out, nil
	}
	if borrowRate != nil {
		growth, err := WTaylorCompounded(borrowRate, elapsed)
		if err != nil {
			return MorphoAccrual{}, err
		}
		interest, err := WMulDown(m.TotalBorrowAssets, growth)
		if err != nil {
			return MorphoAccrual{}, err
		}
		mk := &out.Market
		if mk.TotalBorrowAssets, err = add128(mk.TotalBorrowAssets, interest); err != nil {
			return MorphoAccrual{}, err
		}
		if mk.TotalSupplyAssets, err = add128(mk.TotalSupplyAssets, interest); err != nil {
			return MorphoAccrual{}, err
		}
		out.Interest = interest
		if !mk.Fee.IsZero() {
			feeAmount, err := WMulDown(interest, mk.Fee)
			if err != nil {
				return MorphoAccrual{}, err
			}
			// The total supply already holds the whole interest, the fee included.
			supplyBefore, err := sub(mk.TotalSupplyAssets, feeAmount)
			if err != nil {
				return MorphoAccrual{}, err
			}
			feeShares, err := ToSharesDown(feeAmount, supplyBefore, mk.TotalSupplyShares)
			if err != nil {
				return MorphoAccrual{}, err
			}
			if mk.TotalSupplyShares, err = add128(mk.TotalSupplyShares, feeShares); err != nil {
				return MorphoAccrual{}, err
			}
			out.FeeShares = feeShares
		}
	}
	out.Market.LastUpdate = now
	return out, nil
}

// MorphoBorrowed is the debt of borrowShares as Morpho's health check counts it (rounded up).
func MorphoBorrowed(borrowShares *uint256.Int, m MorphoMarket) (*uint256.Int, error) {
	return ToAssetsUp(borrowShares, m.TotalBorrowAssets, m.TotalBorrowShares)
}

// MorphoMaxBorrow is the most a position with this collateral may owe at price under lltv:
// collateral × price ÷ 1e36, then × lltv ÷ WAD, each rounded down.
func MorphoMaxBorrow(collateral, price, lltv *uint256.Int) (*uint256.Int, error) {
	value, err := MulDivDown(collateral, price, OraclePriceScale)
	if err != nil {
		return nil, err
	}
	return WMulDown(value, lltv)
}

// MorphoHealthy is Morpho._isHealthy: a position without borrow shares is healthy; else it is
// healthy while MorphoMaxBorrow is at least MorphoBorrowed. Morpho liquidates exactly the
// positions that are not.
func MorphoHealthy(p MorphoPosition, m MorphoMarket, price, lltv *uint256.Int) (bool, error) {
	if p.BorrowShares.IsZero() {
		return true, nil
	}
	borrowed, err := MorphoBorrowed(p.BorrowShares, m)
	if err != nil {
		return false, err
	}
	maxBorrow, err := MorphoMaxBorrow(p.Collateral, price, lltv)
	if err != nil {
		return false, err
	}
	return !maxBorrow.Lt(borrowed), nil
}

// MorphoLTV is a position's LTV (WAD) as Morpho's health check sees it: the debt rounded up
// over the collateral's value rounded down (collateral × price ÷ 1e36), rounded up;
// MaxUint256 for a debt without collateral value, 0 without debt. The position is healthy
// where MorphoHealthy says so, which this LTV at or below the LLTV only approximates.
func MorphoLTV(p MorphoPosition, m MorphoMarket, price *uint256.Int) (*uint256.Int, error) {
	borrowed, err := MorphoBorrowed(p.BorrowShares, m)
	if err != nil {
		return nil, err
	}
	if borrowed.IsZero() {
		return new(uint256.Int), nil
	}
	value, err := MulDivDown(p.Collateral, price, OraclePriceScale)
	if err != nil {
		return nil, err
	}
	if value.IsZero() {
		return MaxUint256.Clone(), nil
	}
	return WDivUp(borrowed, value)
}

// MorphoLiquidationPrice is the lowest oracle price at which the position is healthy: at any
// lower price it can be liquidated. It is 0 for a position without debt, and MaxUint256 when
// no price makes it healthy (debt without collateral, or a price beyond 2^256 − 1).
func MorphoLiquidationPrice(p MorphoPosition, m MorphoMarket, lltv *uint256.Int) (*uint256.Int, error) {
	if p.BorrowShares.IsZero() {
		return new(uint256.Int), nil
	}
	borrowed, err := MorphoBorrowed(p.BorrowShares, m)
	if err != nil {
		return nil, err
	}
	if borrowed.IsZero() {
		return new(uint256.Int), nil
	}
	if p.Collateral.IsZero() || lltv.IsZero() {
		return MaxUint256.Clone(), nil
	}
	// Healthy ⟺ ⌊⌊c·p/1e36⌋·lltv/WAD⌋ ≥ b ⟺ ⌊c·p/1e36⌋ ≥ ⌈b·WAD/lltv⌉ ⟺ p ≥ ⌈⌈b·WAD/lltv⌉·1e36/c⌉.
	minValue := ceilDivBig(new(big.Int).Mul(borrowed.ToBig(), WAD.ToBig()), lltv.ToBig())
	price := ceilDivBig(minValue.Mul(minValue, OraclePriceScale.ToBig()), p.Collateral.ToBig())
	z, overflow := uint256.FromBig(price)
	if overflow {
		return MaxUint256.Clone(), nil
	}
	return z, nil
}

func ceilDivBig(a, b *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// LiquidationIncentiveFactor is Morpho's LIF for a market of LLTV lltv:
// min(1.15, 1 ÷ (1 − 0.3 × (1 − lltv))), in WAD with Morpho's rounding.
func LiquidationIncentiveFactor(lltv *uint256.Int) (*uint256.Int, error) {
	rest, err := sub(WAD, lltv)
	if err != nil {
		return nil, err
	}
	cut, err := WMulDown(LiquidationCursor, rest)
	if err != nil {
		return nil, err
	}
	den, err := sub(WAD, cut)
	if err != nil {
		return nil, err
	}
	f, err := WDivDown(WAD, den)
	if err != nil {
		return nil, err
	}
	return minOf(MaxLiquidationIncentiveFactor, f), nil
}

// MorphoLiquidation is what Morpho.liquidate does: the collateral it seizes, the borrow shares
// and assets it repays, the bad debt it writes off (when it seizes the last collateral), and
// the market and the borrower's position after.
type MorphoLiquidation struct {
	SeizedAssets, RepaidShares, RepaidAssets *uint256.Int
	BadDebtAssets, BadDebtShares             *uint256.Int
	Market                                   MorphoMarket
	Position                                 MorphoPosition
}

// MorphoLiquidate is Morpho.liquidate(marketParams, borrower, seizedAssets, repaidShares) on a
// market already accrued to the block (MorphoAccrue), at the oracle's price: exactly one of
// seizedAssets and repaidShares is non-zero.
func MorphoLiquidate(m MorphoMarket, p MorphoPosition, price, lltv, seizedAssets, repaidShares *uint256.Int) (MorphoLiquidation, error) {
	if seizedAssets.IsZero() == repaidShares.IsZero() {
		return MorphoLiquidation{}, ErrInconsistentInput
	}
	borrowed, err := MorphoBorrowed(p.BorrowShares, m)
	if err != nil {
		return MorphoLiquidation{}, err
	}
	maxBorrow, err := MorphoMaxBorrow(p.Collateral, price, lltv)
	if err != nil {
		return MorphoLiquidation{}, err
	}
	if !maxBorrow.Lt(borrowed) {
		return MorphoLiquidation{}, ErrHealthyPosition
	}
	lif, err := LiquidationIncentiveFactor(lltv)
	if err != nil {
		return MorphoLiquidation{}, err
	}
	seized, repaid := seizedAssets.Clone(), repaidShares.Clone()
	if !seized.IsZero() {
		quoted, err := MulDivUp(seized, price, OraclePriceScale)
		if err != nil {
			return MorphoLiquidation{}, err
		}
		if quoted, err = WDivUp(quoted, lif); err != nil {
			return MorphoLiquidation{}, err
		}
		if repaid, err = ToSharesUp(quoted, m.TotalBorrowAssets, m.TotalBorrowShares); err != nil {
			return MorphoLiquidation{}, err
		}
	} else {
		assets, err := ToAssetsDown(repaid, m.TotalBorrowAssets, m.TotalBorrowShares)
		if err != nil {
			return MorphoLiquidation{}, err
		}
		if assets, err = WMulDown(assets, lif); err != nil {
			return MorphoLiquidation{}, err
		}
		if seized, err = MulDivDown(assets, OraclePriceScale, price); err != nil {
			return MorphoLiquidation{}, err
		}
	}
	repaidAssets, err := ToAssetsUp(repaid, m.TotalBorrowAssets, m.TotalBorrowShares)
	if err != nil {
		return MorphoLiquidation{}, err
	}
	out := MorphoLiquidation{
		SeizedAssets: seized, RepaidShares: repaid, RepaidAssets: repaidAssets,
		BadDebtAssets: new(uint256.Int), BadDebtShares: new(uint256.Int),
		Market: m.Clone(), Position: p.Clone(),
	}
	mk, pos := &out.Market, &out.Position
	if pos.BorrowShares, err = sub128(pos.BorrowShares, repaid); err != nil {
		return MorphoLiquidation{}, err
	}
	if mk.TotalBorrowShares, err = sub128(mk.TotalBorrowShares, repaid); err != nil {
		return MorphoLiquidation{}, err
	}
	mk.TotalBorrowAssets = subFloorZero(mk.TotalBorrowAssets, repaidAssets)
	if pos.Collateral, err = sub128(pos.Collateral, seized); err != nil {
		return MorphoLiquidation{}, err
	}
	if pos.Collateral.IsZero() {
		badShares := pos.BorrowShares
		badAssets, err := ToAssetsUp(badShares, mk.TotalBorrowAssets, mk.TotalBorrowShares)
		if err != nil {
			return MorphoLiquidation{}, err
		}
		badAssets = minOf(mk.TotalBorrowAssets, badAssets)
		if mk.TotalBorrowAssets, err = sub128(mk.TotalBorrowAssets, badAssets); err != nil {
			return MorphoLiquidation{}, err
		}
		if mk.TotalSupplyAssets, err = sub128(mk.TotalSupplyAssets, badAssets); err != nil {
			return MorphoLiquidation{}, err
		}
		if mk.TotalBorrowShares, err = sub128(mk.TotalBorrowShares, badShares); err != nil {
			return MorphoLiquidation{}, err
		}
		out.BadDebtAssets, out.BadDebtShares = badAssets, badShares
		pos.BorrowShares = new(uint256.Int)
	}
	return out, nil
}

// MorphoMaxLiquidation is the largest liquidation of the position: repaying all its borrow
// shares, or, when that would seize more collateral than it has, seizing all of it (which
// writes off what remains as bad debt).
func MorphoMaxLiquidation(m MorphoMarket, p MorphoPosition, price, lltv *uint256.Int) (MorphoLiquidation, error) {
	zero := new(uint256.Int)
	l, err := MorphoLiquidate(m, p, price, lltv, zero, p.BorrowShares)
	if err == nil {
		return l, nil
	}
	if errors.Is(err, ErrHealthyPosition) || errors.Is(err, ErrInconsistentInput) {
		return MorphoLiquidation{}, err
	}
	return MorphoLiquidate(m, p, price, lltv, p.Collateral, zero)
}

// MorphoLiquidationToLTV is the liquidation (by repaid shares) with the fewest shares after
// which the position's MorphoLTV is at most targetLTV or its debt is gone: the gentlest one
// that brings it back. The search runs over the exact liquidation, so the result always meets
// the target. ErrTargetUnreachable, with the largest liquidation, says none does (when
// LTV × LIF ≥ 1, each liquidation raises the LTV).
func MorphoLiquidationToLTV(m MorphoMarket, p MorphoPosition, price, lltv, targetLTV *uint256.Int) (MorphoLiquidation, error) {
	maxLiq, err := MorphoMaxLiquidation(m, p, price, lltv)
	if err != nil {
		return MorphoLiquidation{}, err
	}
	zero := new(uint256.Int)
	meets := func(shares *uint256.Int) (MorphoLiquidation, bool) {
		l, err := MorphoLiquidate(m, p, price, lltv, zero, shares)
		if err != nil {
			return MorphoLiquidation{}, false
		}
		ltv, err := MorphoLTV(l.Position, l.Market, price)
		return l, err == nil && !ltv.Gt(targetLTV)
	}
	best, ok := meets(maxLiq.RepaidShares)
	if !ok {
		return maxLiq, ErrTargetUnreachable
	}
	lo, hi := uint256.NewInt(1), maxLiq.RepaidShares.Clone() // hi meets the target
	for lo.Lt(hi) {
		mid := new(uint256.Int).Sub(hi, lo)
		mid.Rsh(mid, 1).Add(mid, lo)
		if l, ok := meets(mid); ok {
			best, hi = l, mid
		} else {
			lo = mid.AddUint64(mid, 1)
		}
	}
	return best, nil
}
