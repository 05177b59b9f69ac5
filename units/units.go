// Package units converts between decimal strings that people write ("60000.5") and the
// integer base units the contracts use, exactly and without floats.
package units

import (
	"fmt"
	"math/big"
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
	f, _ := new(big.Rat).SetFrac(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)).Float64()
	return &f
}

// Decimal is v written in decimal, nil for nil: how JSON and SQL parameters carry amounts.
func Decimal(v *big.Int) *string {
	if v == nil {
		return nil
	}
	s := v.String()
	return &s
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
