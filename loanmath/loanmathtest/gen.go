// Package loanmathtest draws random inputs for tests that check an implementation of the loan
// math against another: realistic magnitudes mixed with edge values.
package loanmathtest

import (
	"math/rand/v2"

	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// Gen draws inputs from R.
type Gen struct{ R *rand.Rand }

// New returns a generator with a fixed seed, so that a failure can be reproduced.
func New(seed1, seed2 uint64) Gen { return Gen{rand.New(rand.NewPCG(seed1, seed2))} }

// Edges are the values where integer math breaks first.
var Edges = []*uint256.Int{
	uint256.NewInt(0), uint256.NewInt(1), uint256.NewInt(2), uint256.NewInt(1e6), uint256.NewInt(1e8),
	uint256.NewInt(1e18), loanmath.RAY, new(uint256.Int).Lsh(uint256.NewInt(1), 128),
	new(uint256.Int).Sub(new(uint256.Int).Lsh(uint256.NewInt(1), 128), uint256.NewInt(1)),
	loanmath.MaxUint256, new(uint256.Int).Sub(loanmath.MaxUint256, uint256.NewInt(1)),
}

func (g Gen) edge() *uint256.Int { return new(uint256.Int).Set(Edges[g.R.IntN(len(Edges))]) }

// Amount is 0 to 10^maxDigits, or an edge value one time in eight.
func (g Gen) Amount(maxDigits int) *uint256.Int {
	if g.R.IntN(8) == 0 {
		return g.edge()
	}
	x := &uint256.Int{g.R.Uint64(), g.R.Uint64(), g.R.Uint64(), g.R.Uint64()}
	return x.Mod(x, new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(uint64(g.R.IntN(maxDigits+1)))))
}

// WAD is a fraction in (0, 1.2] as a WAD, or an edge value one time in eight.
func (g Gen) WAD() *uint256.Int {
	if g.R.IntN(8) == 0 {
		return g.edge()
	}
	return uint256.NewInt(1 + g.R.Uint64N(12e17))
}

// Scale is the wBTC/USDC scale (8/6/8) half the time, else random decimals.
func (g Gen) Scale() loanmath.Scale {
	if g.R.IntN(2) == 0 {
		return loanmath.NewScale(8, 6, 8)
	}
	return loanmath.NewScale(uint8(g.R.IntN(19)), uint8(g.R.IntN(19)), uint8(g.R.IntN(19)))
}

// Rate is a per-second RAY rate for 0-100% APR, or any amount one time in eight.
func (g Gen) Rate() *uint256.Int {
	if g.R.IntN(8) == 0 {
		return g.Amount(30)
	}
	rate, err := loanmath.RatePerSecond(uint256.NewInt(g.R.Uint64N(1e18 + 1)))
	if err != nil {
		panic(err)
	}
	return rate
}
