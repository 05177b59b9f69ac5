package devnet

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	morphobind "github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

var morphoSeedBatch = morphobind.NewMorphoSeedBatch()

// SeedMorpho opens n positions in the development Morpho Blue market md through a
// MorphoSeedBatch contract, hundreds per transaction: each borrower supplies 0.05 to 2 cbBTC
// (minted from the mock token, in two supplies) and borrows at an LTV drawn uniformly from
// [ltvMin, ltvMax] at the oracle's price, three market events each; each transaction first
// supplies the USDC its borrowers borrow (one more event). The draw is the same for the same
// n. It returns the borrowers (contracts without functions).
func SeedMorpho(ctx context.Context, rpcURL string, md *deploy.MorphoDeployment, n int, ltvMin, ltvMax float64, log *slog.Logger) ([]common.Address, error) {
	if err := checkSeed(n, ltvMin, ltvMax); err != nil {
		return nil, err
	}
	log = cmp.Or(log, slog.Default())
	maxWad := toWad(ltvMax)
	if maxWad.Cmp(md.Params.Lltv) >= 0 {
		return nil, fmt.Errorf("LTV range %g-%g: Morpho lends below the market's LLTV of %s, so a borrow at it or above may revert: lower the range's top below %s",
			ltvMin, ltvMax, fmtWad(md.Params.Lltv), fmtWad(md.Params.Lltv))
	}
	c, err := dial(ctx, rpcURL)
	if err != nil {
		return nil, err
	}
	defer c.close()
	oracle := morphobind.NewIOracle()
	p, err := chain.Call(ctx, c.eth, md.Oracle, oracle.PackPrice(), oracle.UnpackPrice, nil)
	if err != nil {
		return nil, fmt.Errorf("oracle %s: price(): %w", md.Oracle, err)
	}
	price, overflow := uint256.FromBig(p)
	if overflow {
		return nil, fmt.Errorf("oracle %s: price %s is not a uint256", md.Oracle, p)
	}
	start := time.Now()

	rng := rand.New(rand.NewPCG(uint64(n), 0x5eed))
	collaterals, debts := make([]*big.Int, n), make([]*big.Int, n)
	totalDebt := new(big.Int)
	for i := range n {
		collateral := uint256.NewInt(5_000_000 + rng.Uint64N(195_000_001)) // 0.05 to 2 cbBTC
		ltv := toWad(ltvMin + rng.Float64()*(ltvMax-ltvMin))
		atLTV, err := loanmath.MorphoMaxBorrow(collateral, price, uint256.MustFromBig(ltv))
		if err != nil {
			return nil, err
		}
		debt := atLTV.ToBig()
		// Two units below: rounding the new borrow shares up must not cross the line.
		if debt.Sub(debt, big.NewInt(2)); debt.Sign() < 0 {
			debt.SetInt64(0)
		}
		collaterals[i], debts[i] = collateral.ToBig(), debt
		totalDebt.Add(totalDebt, debts[i])
	}
	sc := seedContract{
		bin: morphobind.MorphoSeedBatchMetaData.Bin, input: morphoSeedBatch.PackConstructor(md.Morpho, md.Params),
		pack: morphoSeedBatch.PackSeed,
	}
	borrowers, err := openMany(ctx, c, sc, collaterals, debts, log)
	if err != nil {
		return nil, fmt.Errorf("seed Morpho borrowers: %w", err)
	}
	log.Info("seeded Morpho borrowers", "borrowers", n, "market", md.ID, "ltv", fmt.Sprintf("%g-%g", ltvMin, ltvMax),
		"usdc", totalDebt, "took", time.Since(start).Round(time.Millisecond))
	return borrowers, nil
}
