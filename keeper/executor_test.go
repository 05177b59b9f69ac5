package keeper_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/keeper"
)

// TestBadBatchingConfig: a keeper whose batching configuration cannot work stops at start
// with one message that names the thing and the fix.
func TestBadBatchingConfig(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	// A pool of the market's collateral and another token.
	other, _, err := w.deployer.Deploy(ctx, bindings.MockERC20MetaData.Bin, erc20.PackConstructor("Other", "OTH", 6))
	if err != nil {
		t.Fatal(err)
	}
	wrong, err := deploy.DeployPool(ctx, w.deployer, w.m.CollateralToken, other, big.NewInt(100_000e8), []deploy.PoolBand{{Percent: 0, Dollars: 1_000}})
	if err != nil {
		t.Fatal(err)
	}
	// An executor owned by the deployer, not the keeper.
	theirs, err := deploy.DeployExecutor(ctx, w.deployer, w.deployer.From)
	if err != nil {
		t.Fatal(err)
	}
	head, err := w.anvil.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		cfg  func(d *deploy.Deployment, cfg *keeper.Config)
		want string
	}{
		{"pool of other tokens", func(d *deploy.Deployment, cfg *keeper.Config) { d.Markets[0].Pool = &wrong.Pool },
			"pool " + wrong.Pool.Hex() + " trades"},
		{"executor of another account", func(d *deploy.Deployment, cfg *keeper.Config) { cfg.Executor = &theirs },
			"executor " + theirs.Hex() + " is owned by " + w.deployer.From.Hex() + ", not by the keeper's account"},
		{"batch over the block gas limit", func(d *deploy.Deployment, cfg *keeper.Config) { cfg.BatchMaxGas = head.GasLimit + 1 },
			"--batch.max-gas " + big.NewInt(int64(head.GasLimit+1)).String() + " is above the block gas limit"},
		{"flash without executor", func(d *deploy.Deployment, cfg *keeper.Config) { cfg.Mode = keeper.ModeFlash },
			"--liquidation.mode flash needs a liquidation executor"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := *w.dep
			d.Markets = append([]deploy.Market(nil), w.dep.Markets...)
			cfg := keeper.Config{Deployment: &d}
			tc.cfg(&d, &cfg)
			_, err := keeper.New(ctx, cfg, w.anvil.Client, w.pool, w.keeperKey, testlog.Discard, nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("New: got %v, want an error containing %q", err, tc.want)
			}
			if strings.Count(err.Error(), "\n") > 0 {
				t.Errorf("New: got a message of several lines: %v", err)
			}
		})
	}
	// The keeper's own executor passes.
	ours, err := deploy.DeployExecutor(ctx, w.deployer, w.keeperAddr())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := keeper.New(ctx, keeper.Config{Deployment: w.dep, Executor: &ours, Mode: keeper.ModeFlash}, w.anvil.Client, w.pool, w.keeperKey, testlog.Discard, nil); err != nil {
		t.Fatalf("New with the keeper's executor: %v", err)
	}
}

func (w *world) keeperAddr() common.Address { return crypto.PubkeyToAddress(w.keeperKey.PublicKey) }
