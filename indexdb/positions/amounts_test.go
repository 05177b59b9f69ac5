package positions

import (
	"testing"

	"github.com/holiman/uint256"
)

// TestAmountsSet: an amount set in its own words equals uint256's ToBig, for every number of
// words, and growing one leaves the others as they are.
func TestAmountsSet(t *testing.T) {
	vs := []*uint256.Int{
		uint256.NewInt(0), uint256.NewInt(1), uint256.MustFromDecimal("18446744073709551616"),
		uint256.MustFromDecimal("340282366920938463463374607431768211461"), new(uint256.Int).SetAllOne(),
	}
	for _, v := range vs {
		var a amounts
		got := make([]string, 4)
		for i := range 4 {
			got[i] = a.set(i, v).String()
		}
		for i, g := range got {
			if want := v.ToBig().String(); g != want {
				t.Errorf("amount %d of %s = %s", i, want, g)
			}
		}
		a.ints[1].Lsh(&a.ints[1], 300) // beyond its four words
		for _, i := range []int{0, 2, 3} {
			if g, want := a.ints[i].String(), v.ToBig().String(); g != want {
				t.Errorf("after growing amount 1, amount %d of %s = %s", i, want, g)
			}
		}
	}
}
