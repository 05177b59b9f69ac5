package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/foundry"
)

// The protocols a devnet deploys (Config.Protocol).
const (
	ProtocolLtvkeeper = "ltvkeeper" // ltvkeeper's own market only: the default
	ProtocolBoth      = "both"      // ltvkeeper's market and a Morpho Blue market beside it
)

// Protocols are the values Config.Protocol takes.
var Protocols = []string{ProtocolLtvkeeper, ProtocolBoth}

// morphoBorrowerLTVs are the LTVs, in percent at the first price, of the demo Morpho
// borrowers, one cbBTC each: all below the LLTV of 86%, the last a fall of 2.4% away from it.
var morphoBorrowerLTVs = []int64{50, 60, 70, 80, 84}

// morphoBorrowerKey is demo Morpho borrower i's key, derived from a public phrase: a
// development key, never for a real chain.
func morphoBorrowerKey(i int) *ecdsa.PrivateKey {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("ltvkeeper devnet morpho borrower %d", i))))
	if err != nil {
		panic(err) // a 32-byte hash is a valid key but for odds of 2^-128
	}
	return key
}

// deployMorpho deploys, beside dep's market, the real Morpho Blue with the fixed-rate IRM, an
// oracle over the market's feed, a cbBTC-like/USDC market at LLTV 86% with liquidity, a
// Uniswap v3 pool of its two tokens that the price setter moves with the feed, the keeper's
// MorphoLiquidationExecutor and the demo borrowers, and records them in dep.Morpho.
func (d *Devnet) deployMorpho(ctx context.Context, client *ethclient.Client, chainID *big.Int, dep *deploy.Deployment) error {
	deployer := chain.NewSender(client, foundry.AnvilKey(deployerKey), chainID)
	feed := dep.Markets[0].PriceFeed
	md, err := deploy.DeployMorpho(ctx, deployer, chainID, deploy.MorphoConfig{Feed: feed, Liquidity: liquidity}, d.log)
	if err != nil {
		return err
	}
	pool, err := deploy.DeployPool(ctx, chain.NewSender(client, PriceKey(), chainID), md.CollateralToken, md.LoanToken, d.cfg.BTCPrice, nil)
	if err != nil {
		return fmt.Errorf("Morpho's cbBTC/USDC pool: %w", err)
	}
	d.log.Info("deployed Uniswap v3 with a cbBTC/USDC pool", "factory", pool.Factory, "pool", pool.Pool, "devPool", pool.Actor)
	keeper := address(keeperKey)
	executor, err := deploy.DeployMorphoExecutor(ctx, deployer, md.Morpho, keeper)
	if err != nil {
		return err
	}
	d.log.Info("deployed the Morpho liquidation executor", "address", executor, "owner", keeper)

	borrowers := make([]deploy.MorphoBorrower, len(morphoBorrowerLTVs))
	for i, ltv := range morphoBorrowerLTVs {
		key := morphoBorrowerKey(i)
		// Gas money: 1 ETH.
		if err := client.Client().CallContext(ctx, nil, "anvil_setBalance", crypto.PubkeyToAddress(key.PublicKey), hexutil.EncodeBig(big.NewInt(1e18))); err != nil {
			return fmt.Errorf("fund demo Morpho borrower %d: anvil_setBalance: %w", i, err)
		}
		// One cbBTC (1e8) at the price (8 decimals) is worth price/100 USDC base units.
		debt := new(big.Int).Mul(d.cfg.BTCPrice, big.NewInt(ltv))
		debt.Quo(debt, big.NewInt(100*100))
		borrowers[i] = deploy.MorphoBorrower{Key: key, Collateral: big.NewInt(1e8), Debt: debt}
	}
	if err := deploy.SeedMorphoBorrowers(ctx, deployer, chainID, md, borrowers); err != nil {
		return fmt.Errorf("demo Morpho borrowers: %w", err)
	}
	d.log.Info("opened demo Morpho borrowers", "borrowers", len(borrowers), "market", md.ID)
	dep.Morpho = &deploy.MorphoInstance{
		Address: md.Morpho, StartBlock: md.StartBlock, Executor: &executor,
		Markets: []deploy.MorphoMarket{{
			Name: "cbBTC/USDC", ID: md.ID, LoanToken: md.LoanToken, CollateralToken: md.CollateralToken,
			Oracle: md.Oracle, IRM: md.IRM, LLTV: md.Params.Lltv, PriceFeed: &feed, Pool: &pool.Pool, PoolActor: &pool.Actor,
		}},
	}
	return nil
}
