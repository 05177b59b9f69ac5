package bench

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/keeper/book"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// Selection times finding the liquidatable positions after a price tick, with the keeper's
// ordered book and with a plain full scan of the same positions, at each size. About 0.1% of
// the positions are past the line after the tick.
func Selection(sizes []int, rounds int) ([]Figure, error) {
	scale := loanmath.NewScale(8, 6, 8)
	line := uint256.NewInt(8e17)
	var out []Figure
	for _, n := range sizes {
		b := book.New(scale)
		r := rand.New(rand.NewPCG(uint64(n), 1))
		for i := range n {
			addr := common.BigToAddress(new(big.Int).SetUint64(uint64(i) + 1))
			collateral := uint256.NewInt(1e6 + r.Uint64N(1e9))
			// LTV at $100,000 between 1% and 50%; at index RAY the shares equal the debt.
			value, err := loanmath.CollateralValue(collateral, uint256.NewInt(100_000e8), scale)
			if err != nil {
				return nil, err
			}
			ltvBps := 100 + r.Uint64N(4_900)
			shares, err := loanmath.DebtAtLTV(value, uint256.NewInt(ltvBps*1e14))
			if err != nil {
				return nil, err
			}
			b.Upsert(book.Position{Borrower: addr, Collateral: collateral, BorrowShares: shares})
		}
		// A fall to $62,437 puts LTVs above 49.95% at $100,000 past 80%: the top 0.1% or so.
		price := uint256.NewInt(62_437e8)
		index := loanmath.RAY
		fast, hits := timeIt(rounds, func() int { return len(b.AtOrAbove(price, index, line)) })
		slow, scanHits := timeIt(max(1, rounds/20), func() int { return len(b.ScanAtOrAbove(price, index, line)) })
		if hits != scanHits {
			return nil, fmt.Errorf("selection found %d positions, the scan %d", hits, scanHits)
		}
		label := fmt.Sprintf("%d positions (%d past the line)", n, hits)
		out = append(out,
			Figure{"keeper selection", "ordered book, " + label, ms(fast), "ms", "< 1 ms at 1,000,000"},
			Figure{"keeper selection", "full scan, " + label, ms(slow), "ms", ""},
			Figure{"keeper selection", "speed-up, " + label, float64(slow) / float64(fast), "×", "≥ 100×"},
		)
	}
	return out, nil
}

// timeIt returns the median duration of rounds calls and the last call's result.
func timeIt(rounds int, f func() int) (time.Duration, int) {
	times := make([]time.Duration, rounds)
	var n int
	for i := range times {
		start := time.Now()
		n = f()
		times[i] = time.Since(start)
	}
	for i := 1; i < len(times); i++ {
		for j := i; j > 0 && times[j] < times[j-1]; j-- {
			times[j], times[j-1] = times[j-1], times[j]
		}
	}
	return times[len(times)/2], n
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
