package deploy

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/bindings/executor"
	"github.com/ltvkeeper/ltvkeeper/chain"
)

// DeployExecutor deploys a LiquidationExecutor owned by owner (the keeper's account): only
// owner may liquidate through it.
func DeployExecutor(ctx context.Context, s *chain.Sender, owner common.Address) (common.Address, error) {
	addr, _, err := s.Deploy(ctx, executor.LiquidationExecutorMetaData.Bin, executor.NewLiquidationExecutor().PackConstructor(owner))
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy LiquidationExecutor owned by %s: %w", owner, err)
	}
	return addr, nil
}
