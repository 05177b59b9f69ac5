package devnet_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/bindings/morphoexecutor"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/devnet"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
)

// TestDevnetMorpho: a devnet with --protocol both deploys, beside ltvkeeper's market, the real
// Morpho Blue with a cbBTC/USDC market at LLTV 86% over the devnet's feed, demo borrowers, a
// Uniswap v3 pool that the devnet's prices move with the other, and the keeper's executor,
// all named in the deployment file; after a fall, the keeper, holding none of the market's
// USDC, liquidates a demo borrower through the executor.
func TestDevnetMorpho(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cfg := devnet.Config{Dir: stateDir(t), Port: anviltest.FreePort(t), Borrowers: -1, Protocol: devnet.ProtocolBoth,
		APIAddr: "127.0.0.1:0", Log: testlog.New(t)}
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Stop() })
	dep := loadDeployment(t, d.Info.Deployment)
	client := anviltest.Dial(t, d.RPCURL)
	mo := dep.Morpho
	if mo == nil || len(mo.Markets) != 1 || mo.Executor == nil {
		t.Fatalf("deployment's morpho = %+v, want Morpho Blue, one market and the executor", mo)
	}
	mm := mo.Markets[0]
	m := morpho.NewMorpho()
	params := anviltest.Call(t, client, mo.Address, m.PackIdToMarketParams(mm.ID), m.UnpackIdToMarketParams, nil)
	if params.CollateralToken != mm.CollateralToken || params.LoanToken != mm.LoanToken || params.Oracle != mm.Oracle ||
		params.Irm != mm.IRM || params.Lltv.Cmp(big.NewInt(0.86e18)) != 0 || mm.LLTV.Cmp(params.Lltv) != 0 {
		t.Fatalf("Morpho's market %s = %+v, the deployment says %+v", mm.ID, params, mm)
	}
	if mm.PriceFeed == nil || *mm.PriceFeed != dep.Markets[0].PriceFeed {
		t.Fatalf("Morpho market's feed %v, want the devnet's feed %s", mm.PriceFeed, dep.Markets[0].PriceFeed)
	}
	if got := anviltest.Call(t, client, mm.Oracle, morpho.NewIOracle().PackPrice(), morpho.NewIOracle().UnpackPrice, nil); got.Cmp(oraclePrice(60_000)) != 0 {
		t.Fatalf("oracle price = %s, want %s ($60,000)", got, oraclePrice(60_000))
	}
	ex := morphoexecutor.NewMorphoLiquidationExecutor()
	if owner := anviltest.Call(t, client, *mo.Executor, ex.PackOwner(), ex.UnpackOwner, nil); owner != d.Keeper {
		t.Fatalf("executor's owner %s, want the keeper %s", owner, d.Keeper)
	}
	if on := anviltest.Call(t, client, *mo.Executor, ex.PackMORPHO(), ex.UnpackMORPHO, nil); on != mo.Address {
		t.Fatalf("executor liquidates on %s, want Morpho %s", on, mo.Address)
	}
	borrowers := morphoBorrowers(t, client, mo.Address, mm)
	if len(borrowers) != 5 {
		t.Fatalf("%d demo Morpho borrowers, want 5", len(borrowers))
	}
	raw, err := os.ReadFile(d.Info.Deployment)
	if err != nil || !strings.Contains(string(raw), `"morpho": {`) {
		t.Fatalf("deployment file lacks the morpho section (%v):\n%s", err, raw)
	}

	// Both pools follow the devnet's prices, in the price's block.
	poolOf := deploy.Market{Name: mm.Name, CollateralToken: mm.CollateralToken, LoanToken: mm.LoanToken, Pool: mm.Pool, PoolActor: mm.PoolActor}
	checkPool(t, client, poolOf, big.NewInt(60_000e8))
	if err := devnet.SetPrice(ctx, d.RPCURL, dep, big.NewInt(57_000e8)); err != nil {
		t.Fatal(err)
	}
	checkPool(t, client, dep.Markets[0], big.NewInt(57_000e8))
	checkPool(t, client, poolOf, big.NewInt(57_000e8))
	head, err := client.BlockByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var to []common.Address
	for _, tx := range head.Transactions() {
		to = append(to, *tx.To())
	}
	if len(to) != 3 || to[0] != *dep.Markets[0].Aggregator || to[1] != *dep.Markets[0].PoolActor || to[2] != *mm.PoolActor {
		t.Fatalf("block %d sends to %v, want the aggregator, then both DevPools", head.NumberU64(), to)
	}

	// $57,000: the borrower at 84% is at 88.4%, past the LLTV. The keeper liquidates it
	// through the executor and the pool, holding no USDC of the market.
	last := borrowers[len(borrowers)-1]
	shares := anviltest.Call(t, client, mo.Address, m.PackPosition(mm.ID, last), m.UnpackPosition, nil).BorrowShares
	keeper := chain.NewSender(client, devnet.KeeperKey(), big.NewInt(int64(d.ChainID)))
	if got := anviltest.Call(t, client, mm.LoanToken, erc20.PackBalanceOf(d.Keeper), erc20.UnpackBalanceOf, nil); got.Sign() != 0 {
		t.Fatalf("keeper holds %s of the Morpho market's USDC, want none", got)
	}
	receipt, err := keeper.Transact(ctx, *mo.Executor, ex.PackLiquidate(morphoexecutor.MarketParams(mm.Params()),
		[]morphoexecutor.MorphoLiquidationExecutorLiquidation{{Borrower: last, SeizedAssets: new(big.Int), RepaidShares: shares}},
		morphoexecutor.MorphoLiquidationExecutorParams{Funding: 1, Pool: *mm.Pool, LoanAmount: new(big.Int), MinProfit: big.NewInt(1)}))
	if err != nil {
		t.Fatal(err)
	}
	var profit *big.Int
	for _, l := range receipt.Logs {
		if ev, err := ex.UnpackBatchLiquidatedEvent(l); err == nil && ev.Succeeded.Cmp(big.NewInt(1)) == 0 {
			profit = ev.Profit
		}
	}
	if got := anviltest.Call(t, client, mm.LoanToken, erc20.PackBalanceOf(d.Keeper), erc20.UnpackBalanceOf, nil); profit == nil || got.Cmp(profit) != 0 || got.Sign() <= 0 {
		t.Fatalf("keeper's USDC after = %s, batch profit %v: want the profit, above 0", got, profit)
	}
	if p := anviltest.Call(t, client, mo.Address, m.PackPosition(mm.ID, last), m.UnpackPosition, nil); p.BorrowShares.Sign() != 0 {
		t.Fatalf("borrower %s still owes %s shares", last, p.BorrowShares)
	}
}

// oraclePrice is the development oracle's price at a BTC price in dollars: one sat in USDC
// base units scaled by 1e36, dollars × 1e8 (feed units) × 1e26 (its scale factor).
func oraclePrice(dollars int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(dollars*1e8), new(big.Int).Exp(big.NewInt(10), big.NewInt(26), nil))
}

// morphoBorrowers are the accounts that supplied collateral to the market, from Morpho's
// SupplyCollateral events, each checked to hold one cbBTC and a debt below the LLTV.
func morphoBorrowers(t *testing.T, c *ethclient.Client, morphoAddr common.Address, mm deploy.MorphoMarket) []common.Address {
	t.Helper()
	m := morpho.NewMorpho()
	logs, err := c.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{morphoAddr},
		Topics: [][]common.Hash{{chain.EventID(&morpho.MorphoMetaData, "SupplyCollateral")}, {mm.ID}}})
	if err != nil {
		t.Fatal(err)
	}
	var out []common.Address
	for _, l := range logs {
		ev, err := m.UnpackSupplyCollateralEvent(&l)
		if err != nil {
			t.Fatal(err)
		}
		p := anviltest.Call(t, c, morphoAddr, m.PackPosition(mm.ID, ev.OnBehalf), m.UnpackPosition, nil)
		if p.Collateral.Cmp(big.NewInt(1e8)) != 0 || p.BorrowShares.Sign() <= 0 {
			t.Fatalf("borrower %s: %+v, want 1 cbBTC and a debt", ev.OnBehalf, p)
		}
		out = append(out, ev.OnBehalf)
	}
	return out
}

// TestDevnetMorphoAlone: --protocol morpho deploys a development feed and Morpho Blue alone,
// in a deployment file without a factory. The node indexes and serves its market, the
// devnet's prices move its feed and pool, the keeper liquidates the borrower a fall puts past
// the LLTV, and a second start reuses the deployment.
func TestDevnetMorphoAlone(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	apiAddr := fmt.Sprintf("127.0.0.1:%d", anviltest.FreePort(t))
	cfg := devnet.Config{Dir: stateDir(t), Port: anviltest.FreePort(t), Borrowers: -1, Protocol: devnet.ProtocolMorpho,
		APIAddr: apiAddr, Log: testlog.New(t)}
	d, stopped := startDevnet(t, ctx, cfg)
	raw, err := os.ReadFile(d.Info.Deployment)
	if err != nil || strings.Contains(string(raw), `"factory"`) || !strings.Contains(string(raw), `"aggregator"`) {
		t.Fatalf("deployment file (%v), want no factory and the feed's aggregator:\n%s", err, raw)
	}
	dep := loadDeployment(t, d.Info.Deployment)
	mo := dep.Morpho
	if dep.Factory != (common.Address{}) || len(dep.Markets) != 0 || mo == nil || len(mo.Markets) != 1 || mo.Executor == nil {
		t.Fatalf("deployment %+v, want Morpho Blue alone with one market and the executor", dep)
	}
	mm := mo.Markets[0]
	client := anviltest.Dial(t, d.RPCURL)
	if got := anviltest.Call(t, client, mm.Oracle, morpho.NewIOracle().PackPrice(), morpho.NewIOracle().UnpackPrice, nil); got.Cmp(oraclePrice(60_000)) != 0 {
		t.Fatalf("oracle price = %s, want %s ($60,000)", got, oraclePrice(60_000))
	}
	borrowers := morphoBorrowers(t, client, mo.Address, mm)
	if len(borrowers) != 5 {
		t.Fatalf("%d demo Morpho borrowers, want 5", len(borrowers))
	}

	nodeCtx, stopNode := context.WithCancel(ctx)
	nodeErr := make(chan error, 1)
	go func() { nodeErr <- d.RunNode(nodeCtx) }()
	positionsURL := "http://" + apiAddr + "/v1/positions?market=" + mm.ID.Hex()
	listed := func() int {
		var body struct {
			Positions []struct {
				Borrower, Protocol string
			} `json:"positions"`
		}
		if err := json.Unmarshal([]byte(waitMetrics(t, nodeErr, positionsURL)), &body); err != nil {
			t.Fatal(err)
		}
		return len(body.Positions)
	}
	for deadline := time.Now().Add(30 * time.Second); listed() != 5; {
		if time.Now().After(deadline) {
			t.Fatalf("the API lists %d positions of the Morpho market, want 5", listed())
		}
		time.Sleep(100 * time.Millisecond) // polling a condition with a deadline
	}

	// $57,000: the borrower at 84% is at 88.4%, past the LLTV; the keeper liquidates it.
	price, err := devnet.ChangePrice(ctx, d.RPCURL, dep, -5)
	if err != nil || price.Cmp(big.NewInt(57_000e8)) != 0 {
		t.Fatalf("price change -5%%: %v, %v; want $57,000", price, err)
	}
	checkPool(t, client, deploy.Market{CollateralToken: mm.CollateralToken, LoanToken: mm.LoanToken, Pool: mm.Pool, PoolActor: mm.PoolActor},
		big.NewInt(57_000e8))
	last, m := borrowers[len(borrowers)-1], morpho.NewMorpho()
	for deadline := time.Now().Add(60 * time.Second); ; {
		if p := anviltest.Call(t, client, mo.Address, m.PackPosition(mm.ID, last), m.UnpackPosition, nil); p.BorrowShares.Sign() == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the keeper did not liquidate borrower %s past the LLTV", last)
		}
		time.Sleep(100 * time.Millisecond) // polling a condition with a deadline
	}
	d2 := restart(t, ctx, stopNode, nodeErr, d, cfg, stopped)
	if d2.Fresh || d2.Deployment.Morpho == nil || d2.Deployment.Morpho.Address != mo.Address {
		t.Fatalf("second start: fresh %v, morpho %+v; want the deployment reused", d2.Fresh, d2.Deployment.Morpho)
	}
}
