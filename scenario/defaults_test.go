package scenario_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/scenario"
)

// TestDefaultMarketIsTheFactorys: simulate and backtest assume the risk parameters of the
// contract's MarketFactory.defaultParams; a change to either must show here.
func TestDefaultMarketIsTheFactorys(t *testing.T) {
	ctx := context.Background()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	backend := simulated.NewBackend(types.GenesisAlloc{from: {Balance: big.NewInt(1e18)}})
	defer backend.Close()
	factory := bindings.NewMarketFactory()
	opts := bind.NewKeyedTransactor(key, big.NewInt(1337))
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bindings.MarketFactoryMetaData.Bin), backend.Client(), factory.PackConstructor(from))
	if err != nil {
		t.Fatal(err)
	}
	backend.Commit()
	if _, err := bind.WaitDeployed(ctx, backend.Client(), tx.Hash()); err != nil {
		t.Fatal(err)
	}
	out, err := backend.Client().CallContract(ctx, ethereum.CallMsg{To: &addr, Data: factory.PackDefaultParams()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want, err := factory.UnpackDefaultParams(out)
	if err != nil {
		t.Fatal(err)
	}
	m := scenario.DefaultMarket()
	for _, c := range []struct {
		name      string
		got, want *big.Int
	}{
		{"MaxBorrowLTV", m.MaxBorrowLTV.ToBig(), want.MaxBorrowLtv},
		{"MarginCallLTV", m.MarginCallLTV.ToBig(), want.MarginCallLtv},
		{"LiquidationLTV", m.LiquidationLTV.ToBig(), want.LiquidationLtv},
		{"LiquidationBonus", m.LiquidationBonus.ToBig(), want.LiquidationBonus},
		{"LiquidationTargetLTV", m.LiquidationTargetLTV.ToBig(), want.LiquidationTargetLtv},
		{"BorrowRate", m.BorrowRate.ToBig(), want.BorrowRate},
	} {
		if c.got.Cmp(c.want) != 0 {
			t.Errorf("scenario.DefaultMarket().%s = %s, MarketFactory.defaultParams has %s", c.name, c.got, c.want)
		}
	}
}
