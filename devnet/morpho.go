package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
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
	ProtocolMorpho    = "morpho"    // a Morpho Blue market alone, over a development feed of its own
	ProtocolBoth      = "both"      // ltvkeeper's market and a Morpho Blue market beside it
)

// Protocols are the values Config.Protocol takes.
var Protocols = []string{ProtocolLtvkeeper, ProtocolMorpho, ProtocolBoth}

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

// deployMorphoAlone deploys a development BTC/USD feed owned by the price setter, and Morpho
// Blue over it as deployMorpho does, into a deployment without a factory.
func (d *Devnet) deployMorphoAlone(ctx context.Context, client *ethclient.Client, chainID *big.Int) (*deploy.Deployment, error) {
	f, err := deploy.DeployFeed(ctx, chain.NewSender(client, PriceKey(), chainID), deploy.DevFeedConfig(d.cfg.BTCPrice))
	if err != nil {
		return nil, err
	}
	d.log.Info("deployed the development BTC/USD feed", "proxy", f.Proxy, "aggregator", f.Aggregator)
	dep := &deploy.Deployment{ChainID: chainID.Uint64()}
	if err := d.deployMorpho(ctx, client, chainID, dep, f.Proxy, &f.Aggregator); err != nil {
		return nil, err
	}
	dep.StartBlock = dep.Morpho.StartBlock
	return dep, nil
}

// deployMorpho deploys the real Morpho Blue with the fixed-rate IRM, an oracle over feed (the
// development feed's proxy; aggregator: its aggregator, when dep has no market that names
// it), a cbBTC-like/USDC market at LLTV 86% with liquidity, a Uniswap v3 pool of its two
// tokens that the price setter moves with the feed, the keeper's MorphoLiquidationExecutor and
// the demo borrowers, and records them in dep.Morpho.
func (d *Devnet) deployMorpho(ctx context.Context, client *ethclient.Client, chainID *big.Int, dep *deploy.Deployment,
	feed common.Address, aggregator *common.Address) error {
	deployer := chain.NewSender(client, foundry.AnvilKey(deployerKey), chainID)
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
			Oracle: md.Oracle, IRM: md.IRM, LLTV: md.Params.Lltv, PriceFeed: &feed, Aggregator: aggregator, Pool: &pool.Pool, PoolActor: &pool.Actor,
		}},
	}
	return nil
}
