// Package units converts between decimal strings that people write ("60000.5") and the
// integer base units the contracts use, exactly and without floats.
package units

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// Parse reads a non-negative decimal with at most decimals fractional digits as base units:
// Parse("60000.5", 8) = 6000050000000.
func Parse(s string, decimals uint8) (*big.Int, error) {
	whole, frac, _ := strings.Cut(strings.TrimSpace(s), ".")
	if len(frac) > int(decimals) {
		return nil, fmt.Errorf("%q has more than %d decimal places", s, decimals)
	}
	digits := whole + frac + strings.Repeat("0", int(decimals)-len(frac))
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok || whole == "" || strings.ContainsAny(digits, "+-") {
		return nil, fmt.Errorf("%q is not a non-negative decimal number", s)
	}
	return v, nil
}

// Format writes base units as a decimal with the given decimals, without trailing zeros:
// Format(6000050000000, 8) = "60000.5".
func Format(v *big.Int, decimals uint8) string {
	neg := v.Sign() < 0
	s := new(big.Int).Abs(v).String()
	if len(s) <= int(decimals) {
		s = strings.Repeat("0", int(decimals)-len(s)+1) + s
	}
	whole, frac := s[:len(s)-int(decimals)], strings.TrimRight(s[len(s)-int(decimals):], "0")
	if neg {
		whole = "-" + whole
	}
	if frac == "" {
		return whole
	}
	return whole + "." + frac
}

// Float is v ÷ 10^decimals as the nearest float64, nil for nil: a number for people to read
// beside the exact integer, never one to compute with.
func Float(v *big.Int, decimals uint8) *float64 {
	if v == nil {
		return nil
	}
	f := nearest(v, decimals)
	return &f
}

// exactPow10 are the powers of ten a float64 holds exactly.
var exactPow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
	1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// nearest is v ÷ 10^decimals rounded to the nearest float64 (ties to even), as big.Rat's
// Float64 gives it, without its allocations: an integer of at most 53 bits and a power of ten
// up to 10^22 are exact floats, and one IEEE division of exact operands is correctly
// rounded; beyond that strconv.ParseFloat, which also rounds correctly, reads the decimal.
func nearest(v *big.Int, decimals uint8) float64 { return nearestOf(v, "", decimals) }

// nearestOf is nearest with v written in decimal as s, or "" when not written yet.
func nearestOf(v *big.Int, s string, decimals uint8) float64 {
	if v.IsInt64() && int(decimals) < len(exactPow10) {
		if n := v.Int64(); n >= -1<<53 && n <= 1<<53 {
			return float64(n) / exactPow10[decimals]
		}
	}
	if s == "" {
		s = v.String()
	}
	f, err := strconv.ParseFloat(s+"e-"+strconv.Itoa(int(decimals)), 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		r, _ := new(big.Rat).SetFrac(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)).Float64()
		return r
	}
	return f
}

// Decimal is v written in decimal, nil for nil: how JSON and SQL parameters carry amounts.
func Decimal(v *big.Int) *string {
	if v == nil {
		return nil
	}
	s := DecimalString(v)
	return &s
}

// DecimalString is v, non-nil, written in decimal. An amount that fits 64 bits, as most do,
// skips big.Int's general conversion: an API page writes thousands.
func DecimalString(v *big.Int) string {
	if v.IsUint64() {
		return strconv.FormatUint(v.Uint64(), 10)
	}
	return v.String()
}

// ParseDecimal is the inverse of Decimal: nil for nil (or for text that is no integer, which
// a numeric column never holds).
func ParseDecimal(s *string) *big.Int {
	if s == nil {
		return nil
	}
	v, ok := new(big.Int).SetString(*s, 10)
	if !ok {
		return nil
	}
	return v
}

// Number is Decimal(v) and Float(v, decimals) together, writing v in decimal once.
func Number(v *big.Int, decimals uint8) (*string, *float64) {
	if v == nil {
		return nil, nil
	}
	s := DecimalString(v)
	f := nearestOf(v, s, decimals)
	return &s, &f
}
