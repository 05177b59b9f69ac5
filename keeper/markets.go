package keeper

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/protocol"
	"github.com/ltvkeeper/ltvkeeper/protocol/ltvmarket"
	"github.com/ltvkeeper/ltvkeeper/protocol/morpho"
)

// The markets to keep, as the deployment file names them: its own markets, and the markets of
// its Morpho Blue instance. This is the one place that reads them from the deployment.

// kept is one market to keep.
type kept struct {
	id   protocol.MarketID
	name string
	// root is the contract the indexer follows the market from, which keys its checkpoint:
	// the factory, or the Morpho contract.
	root                       common.Address
	collateralToken, loanToken common.Address
	pool                       *common.Address // the Uniswap v3 pool of its two tokens; nil: none
	// executor is the liquidation executor of the market's protocol the keeper batches
	// through; nil: none, one liquidation per transaction from the keeper's funds.
	executor *common.Address
}

// keptMarkets lists the deployment's markets to keep. ltvExecutor is the LiquidationExecutor
// of the deployment's own markets; Morpho markets go through the deployment's
// MorphoLiquidationExecutor (morpho.executor).
func keptMarkets(d *deploy.Deployment, ltvExecutor *common.Address) []kept {
	var out []kept
	for _, m := range d.Markets {
		out = append(out, kept{id: protocol.AddressID(m.Market), name: m.Name, root: d.Factory,
			collateralToken: m.CollateralToken, loanToken: m.LoanToken, pool: m.Pool, executor: ltvExecutor})
	}
	if mi := d.Morpho; mi != nil {
		for _, m := range mi.Markets {
			out = append(out, kept{id: protocol.MarketID(m.ID.Bytes()), name: m.Name, root: mi.Address,
				collateralToken: m.CollateralToken, loanToken: m.LoanToken, pool: m.Pool, executor: mi.Executor})
		}
	}
	return out
}

// roots are the contracts whose index the keeper reads, the factory (if any) first.
func roots(d *deploy.Deployment) []common.Address {
	var out []common.Address
	if d.Factory != (common.Address{}) {
		out = append(out, d.Factory)
	}
	if d.Morpho != nil {
		out = append(out, d.Morpho.Address)
	}
	return out
}

// deployedProtocols are the protocols of the deployment's markets: ltvkeeper's own (with a
// factory), and Morpho Blue's (following the deployment's Morpho markets, kept as mc says) when it has some.
func deployedProtocols(d *deploy.Deployment, mc morpho.Config) ([]protocol.Protocol, error) {
	var out []protocol.Protocol
	if d.Factory != (common.Address{}) {
		own, err := ltvmarket.New(d.Factory)
		if err != nil {
			return nil, err
		}
		out = append(out, own)
	}
	if mi := d.Morpho; mi != nil {
		mc.Morpho, mc.StartBlock, mc.Markets, mc.CollateralTokens = mi.Address, mi.StartBlock, nil, nil
		for _, m := range mi.Markets {
			mc.Markets = append(mc.Markets, m.ID)
		}
		p, err := morpho.New(mc)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// checkMorpho checks that the deployment's Morpho contract has code and holds each of its
// markets.
func (k *Keeper) checkMorpho(ctx context.Context) error {
	mi := k.cfg.Deployment.Morpho
	if mi == nil {
		return nil
	}
	code, err := k.client.CodeAt(ctx, mi.Address, nil)
	if err != nil {
		return fmt.Errorf("read code of Morpho %s: %w", mi.Address, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("morpho %s has no code on chain %d: check morpho.address in the deployment file", mi.Address, k.cfg.Deployment.ChainID)
	}
	head, err := k.client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	for _, p := range k.cfg.Protocols {
		if c, ok := p.(protocol.Checker); ok {
			if err := c.Check(ctx, k.client, head); err != nil {
				return err
			}
		}
	}
	return nil
}
