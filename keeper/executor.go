package keeper

import (
	"context"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/bindings/executor"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
)

// How a batch gets the loan token it repays (Config.Mode).
const (
	ModeAuto      = "auto"      // the mode with the higher simulated profit after gas
	ModeInventory = "inventory" // the keeper's own loan token
	ModeFlash     = "flash"     // a Uniswap v3 flash swap, paid back in collateral
)

// Modes are the values of Config.Mode.
var Modes = []string{ModeAuto, ModeInventory, ModeFlash}

var executorABI = executor.NewLiquidationExecutor()

// checkBatching checks the batching configuration against the chain: the mode, the gas
// budget under the block gas limit, the executor's owner, and that each market's pool trades
// the market's two tokens. It sets the default gas budget.
func (k *Keeper) checkBatching(ctx context.Context) error {
	cfg := &k.cfg
	if !slices.Contains(Modes, cfg.Mode) {
		return fmt.Errorf("--liquidation.mode %q: want one of auto, inventory, flash", cfg.Mode)
	}
	head, err := k.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	switch {
	case cfg.BatchMaxGas > head.GasLimit:
		return fmt.Errorf("--batch.max-gas %d is above the block gas limit %d: pass at most %d (a batch must fit in a block)", cfg.BatchMaxGas, head.GasLimit, head.GasLimit)
	case cfg.BatchMaxGas == 0:
		cfg.BatchMaxGas = head.GasLimit / 3
	case cfg.BatchMaxGas < batchBaseGas+liquidationGas:
		return fmt.Errorf("--batch.max-gas %d cannot hold one liquidation: pass at least %d", cfg.BatchMaxGas, batchBaseGas+liquidationGas)
	}
	for _, m := range cfg.Deployment.Markets {
		if m.Pool == nil {
			if cfg.Mode == ModeFlash && cfg.Executor != nil {
				return fmt.Errorf("--liquidation.mode flash: market %s has no Uniswap v3 pool to flash-swap from: name its pool in the deployment file, or use --liquidation.mode auto", m.Name)
			}
			continue
		}
		if err := deploy.CheckPool(ctx, k.client, *m.Pool, m.CollateralToken, m.LoanToken); err != nil {
			return fmt.Errorf("market %s: %w: name the pool of the market's two tokens in the deployment file", m.Name, err)
		}
	}
	if cfg.Executor == nil && cfg.Mode == ModeFlash {
		return fmt.Errorf("--liquidation.mode flash needs a liquidation executor: pass --executor, or name one as \"executor\" in the deployment file")
	}
	if cfg.Executor != nil {
		if err := k.checkExecutor(ctx, *cfg.Executor, "executor", "LiquidationExecutor", "with --executor or in the deployment file"); err != nil {
			return err
		}
	}
	return k.checkMorphoBatching(ctx)
}

// checkMorphoBatching checks the deployment's Morpho markets' pools and their executor
// (morpho.executor): a flash mode needs both, since Morpho's callback sells the seized
// collateral to the pool.
func (k *Keeper) checkMorphoBatching(ctx context.Context) error {
	mi := k.cfg.Deployment.Morpho
	if mi == nil {
		return nil
	}
	for _, m := range mi.Markets {
		if m.Pool == nil {
			if k.cfg.Mode == ModeFlash {
				return fmt.Errorf("--liquidation.mode flash: Morpho market %s (%s) has no Uniswap v3 pool to sell its collateral to in Morpho's callback: name its pool in the deployment file, or use --liquidation.mode auto", m.Name, m.ID)
			}
			continue
		}
		if err := deploy.CheckPool(ctx, k.client, *m.Pool, m.CollateralToken, m.LoanToken); err != nil {
			return fmt.Errorf("Morpho market %s (%s): %w: name the pool of the market's two tokens in the deployment file", m.Name, m.ID, err)
		}
	}
	if mi.Executor == nil {
		if k.cfg.Mode == ModeFlash && len(mi.Markets) > 0 {
			return fmt.Errorf("--liquidation.mode flash needs a Morpho liquidation executor for the Morpho markets: name the keeper's MorphoLiquidationExecutor as morpho.executor in the deployment file, or use --liquidation.mode auto")
		}
		return nil
	}
	return k.checkExecutor(ctx, *mi.Executor, "morpho.executor", "MorphoLiquidationExecutor", "as morpho.executor in the deployment file")
}

// checkExecutor checks that ex has code and is owned by the keeper's account. what names it
// (a flag or a field), kind is its contract and where says where to name another.
func (k *Keeper) checkExecutor(ctx context.Context, ex common.Address, what, kind, where string) error {
	code, err := k.client.CodeAt(ctx, ex, nil)
	if err != nil {
		return fmt.Errorf("read code of %s %s: %w", what, ex, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("%s %s has no code on this chain: pass the address of the deployed %s %s", what, ex, kind, where)
	}
	owner, err := chain.Call(ctx, k.client, ex, executorABI.PackOwner(), executorABI.UnpackOwner, nil)
	if err != nil {
		return fmt.Errorf("read owner of %s %s: %w (is it a %s?)", what, ex, err, kind)
	}
	if owner != k.from {
		return fmt.Errorf("%s %s is owned by %s, not by the keeper's account %s: only its owner may liquidate through it; transfer its ownership to %s, or deploy one owned by the keeper",
			what, ex, owner, k.from, k.from)
	}
	return nil
}

// Gas the batch planner assumes before it simulates: a liquidation through the executor, and
// a batch's own cost (the transaction, the flash swap and the sale of the collateral left).
const (
	liquidationGas = 120_000
	batchBaseGas   = 300_000
)

// maxBatch caps a batch's positions whatever the gas budget: a batch of 100 already spreads
// its own cost thin (under 2,000 gas a position), and smaller batches are simulated and sent
// sooner, the riskiest first, while the next ones are prepared.
const maxBatch = 100

// batchSize is how many liquidations the gas budget lets one batch hold, at most maxBatch.
func (k *Keeper) batchSize() int {
	return min(maxBatch, max(1, int((k.cfg.BatchMaxGas-batchBaseGas)/liquidationGas)))
}

// ours says whether a liquidator is the keeper: its account, or one of its executors.
func (k *Keeper) ours(liquidator common.Address) bool {
	if liquidator == k.from || (k.cfg.Executor != nil && liquidator == *k.cfg.Executor) {
		return true
	}
	for _, m := range k.markets {
		if m.executor != nil && liquidator == *m.executor {
			return true
		}
	}
	return false
}
