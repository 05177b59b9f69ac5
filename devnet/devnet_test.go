package devnet_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/bindings/uniswap"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/data"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/devnet"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/foundry"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/scenario"
)

var market, erc20, feed = markettest.MarketABI, markettest.ERC20ABI, markettest.FeedABI

// stateDir is a new folder the postgres user can reach when the tests run as root.
func stateDir(t *testing.T) string {
	t.Helper()
	return filepath.Join(pgtest.Dir(t, "devnet-"), "state")
}

func wad(f float64) *big.Int { return new(big.Int).Mul(big.NewInt(int64(f*1e6)), big.NewInt(1e12)) }

// checkPositions checks that every borrower has collateral and an LTV within [lo, hi].
func checkPositions(t *testing.T, c *ethclient.Client, m common.Address, borrowers []common.Address, lo, hi float64) {
	t.Helper()
	for _, b := range borrowers {
		if got := anviltest.Call(t, c, m, market.PackCollateral(b), market.UnpackCollateral, nil); got.Sign() <= 0 {
			t.Fatalf("borrower %s has no collateral", b)
		}
		ltv := anviltest.Call(t, c, m, market.PackLtv(b), market.UnpackLtv, nil)
		// The LTV was drawn at the price of the moment; allow a little interest.
		if ltv.Cmp(wad(lo-0.001)) < 0 || ltv.Cmp(wad(hi+0.001)) > 0 {
			t.Fatalf("borrower %s: LTV %s, want within %g-%g", b, ltv, lo, hi)
		}
	}
}

// checkLenders checks that the devnet has two demo lenders, each supplying $1,000,000.
func checkLenders(t *testing.T, c *ethclient.Client, m common.Address, d *devnet.Devnet) {
	t.Helper()
	if len(d.Lenders) != 2 || d.Lenders[0] != d.Lender || d.Lenders[0] == d.Lenders[1] {
		t.Fatalf("lenders %v (first %s), want two different ones", d.Lenders, d.Lender)
	}
	for _, l := range d.Lenders {
		if got := anviltest.Call(t, c, m, market.PackSupplyBalance(l), market.UnpackSupplyBalance, nil); got.Cmp(big.NewInt(1_000_000e6)) < 0 {
			t.Fatalf("lender %s supplies %s USDC base units, want at least 1,000,000e6", l, got)
		}
	}
}

// checkPool fails unless the market's pool is exactly at price (a feed answer): its slot0 is
// the pool price of price, and it has liquidity there.
func checkPool(t *testing.T, c *ethclient.Client, m deploy.Market, price *big.Int) {
	t.Helper()
	if m.Pool == nil || m.PoolActor == nil {
		t.Fatalf("the devnet's market names no pool: %+v", m)
	}
	tokens, err := deploy.ReadPoolTokens(context.Background(), c, m.CollateralToken, m.LoanToken)
	if err != nil {
		t.Fatal(err)
	}
	want, err := tokens.SqrtPriceX96(price, devnet.FeedDecimals)
	if err != nil {
		t.Fatal(err)
	}
	pool := uniswap.NewUniswapV3Pool()
	if got := anviltest.Call(t, c, *m.Pool, pool.PackSlot0(), pool.UnpackSlot0, nil).SqrtPriceX96; got.Cmp(want) != 0 {
		t.Fatalf("pool %s at sqrtPriceX96 %s, want %s, the price %s", *m.Pool, got, want, price)
	}
	if got := anviltest.Call(t, c, *m.Pool, pool.PackLiquidity(), pool.UnpackLiquidity, nil); got.Sign() <= 0 {
		t.Fatalf("pool %s has no liquidity at the price %s", *m.Pool, price)
	}
}

// checkSameBlock fails unless the head block holds the price and the pool's move, in that order.
func checkSameBlock(t *testing.T, c *ethclient.Client, m deploy.Market) {
	t.Helper()
	head, err := c.BlockByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var to []common.Address
	for _, tx := range head.Transactions() {
		to = append(to, *tx.To())
	}
	if len(to) != 2 || to[0] != *m.Aggregator || to[1] != *m.PoolActor {
		t.Fatalf("block %d sends to %v, want the aggregator %s then the DevPool %s", head.NumberU64(), to, *m.Aggregator, *m.PoolActor)
	}
}

// loadDeployment reads the deployment file at path.
func loadDeployment(t *testing.T, path string) *deploy.Deployment {
	t.Helper()
	d, err := deploy.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir := stateDir(t)
	apiAddr := fmt.Sprintf("127.0.0.1:%d", anviltest.FreePort(t))
	cfg := devnet.Config{Dir: dir, Port: anviltest.FreePort(t), BlockTime: 0, Borrowers: 3, APIAddr: apiAddr, Log: testlog.New(t)}

	began := time.Now()
	d, stopped := startDevnet(t, ctx, cfg)
	t.Logf("first Start (deploy, fund, 3 borrowers): %s", time.Since(began).Round(time.Millisecond))
	if !d.Fresh || len(d.Borrowers) != 3 {
		t.Fatalf("first start: fresh %v, %d borrowers; want a fresh deployment and 3 borrowers", d.Fresh, len(d.Borrowers))
	}

	// devnet.json says where everything is, and holds no key.
	raw, err := os.ReadFile(filepath.Join(dir, devnet.InfoFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range foundry.AnvilKeys {
		if strings.Contains(strings.ToLower(string(raw)), k) {
			t.Fatalf("devnet.json holds a private key:\n%s", raw)
		}
	}
	info, err := devnet.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if info.RPCURL != fmt.Sprintf("http://127.0.0.1:%d", cfg.Port) || info.APIURL != "http://"+apiAddr ||
		info.DBURL != d.DB() || info.Keeper != d.Keeper || info.ChainID != 31337 {
		t.Fatalf("devnet.json: %+v", info)
	}
	dep := loadDeployment(t, info.Deployment)
	client := anviltest.Dial(t, info.RPCURL)
	if code, err := client.CodeAt(ctx, dep.Factory, nil); err != nil || len(code) == 0 {
		t.Fatalf("factory %s has no code (%v)", dep.Factory, err)
	}
	m := dep.Markets[0]
	if got := anviltest.Call(t, client, m.LoanToken, erc20.PackBalanceOf(d.Keeper), erc20.UnpackBalanceOf, nil); got.Cmp(big.NewInt(1_000_000e6)) != 0 {
		t.Fatalf("keeper holds %s USDC base units, want 1,000,000e6", got)
	}
	checkLenders(t, client, m.Market, d)
	checkPositions(t, client, m.Market, d.Borrowers, devnet.DefaultLTVMin, devnet.DefaultLTVMax)

	// Prices; the pool follows, in the price's block.
	checkPool(t, client, m, big.NewInt(60_000e8))
	if err := devnet.SetPrice(ctx, info.RPCURL, dep, big.NewInt(48_000e8)); err != nil {
		t.Fatal(err)
	}
	checkPool(t, client, m, big.NewInt(48_000e8))
	checkSameBlock(t, client, m)
	price := func() *big.Int {
		t.Helper()
		p, err := devnet.Price(ctx, info.RPCURL, dep)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	if got := price(); got.Cmp(big.NewInt(48_000e8)) != 0 {
		t.Fatalf("after SetPrice 48000: price %s", got)
	}
	if got, err := devnet.ChangePrice(ctx, info.RPCURL, dep, -20); err != nil || got.Cmp(big.NewInt(38_400e8)) != 0 {
		t.Fatalf("ChangePrice -20%%: %v, %v; want 38400e8", got, err)
	}
	if got := price(); got.Cmp(big.NewInt(38_400e8)) != 0 {
		t.Fatalf("after ChangePrice -20%%: price %s", got)
	}
	checkPool(t, client, m, big.NewInt(38_400e8))
	checkSameBlock(t, client, m)
	if _, err := devnet.ChangePrice(ctx, info.RPCURL, dep, 56.25); err != nil {
		t.Fatal(err)
	}
	if got := price(); got.Cmp(big.NewInt(60_000e8)) != 0 {
		t.Fatalf("after ChangePrice +56.25%%: price %s, want 60000e8", got)
	}
	// Float math gives 41999.99999999; the change is exact decimal math.
	if got, err := devnet.ChangePrice(ctx, info.RPCURL, dep, -30); err != nil || got.Cmp(big.NewInt(42_000e8)) != 0 {
		t.Fatalf("ChangePrice -30%% of 60000: %v, %v; want 42000e8", got, err)
	}
	if err := devnet.SetPrice(ctx, info.RPCURL, dep, big.NewInt(60_000e8)); err != nil {
		t.Fatal(err)
	}
	if err := devnet.SetPrice(ctx, info.RPCURL, dep, big.NewInt(0)); err == nil {
		t.Fatal("SetPrice 0 succeeded")
	}
	// Prices go through the development aggregator behind the proxy the market reads; a price
	// past its bounds is refused before it is sent.
	if m.Aggregator == nil {
		t.Fatalf("the devnet's market names no aggregator: %+v", m)
	}
	if err := devnet.SetPrice(ctx, info.RPCURL, dep, big.NewInt(2_000_000e8)); err == nil || !strings.Contains(err.Error(), "2000000 is outside the feed's bounds, 1 to 1000000") {
		t.Fatalf("SetPrice $2,000,000: %v, want an error naming the feed's bounds", err)
	}
	if got := price(); got.Cmp(big.NewInt(60_000e8)) != 0 {
		t.Fatalf("after a refused SetPrice: price %s, want 60000e8", got)
	}

	// Seed many borrowers.
	began = time.Now()
	borrowers, err := devnet.Seed(ctx, info.RPCURL, dep, 200, 0.1, 0.5, testlog.New(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Seed of 200 borrowers (automine): %s", time.Since(began).Round(time.Millisecond))
	checkPositions(t, client, m.Market, borrowers, 0.1, 0.5)
	if _, err := devnet.Seed(ctx, info.RPCURL, dep, 1, 0.1, 0.6, testlog.New(t)); err == nil || !strings.Contains(err.Error(), "maxBorrowLtv") {
		t.Fatalf("Seed at LTV 0.6: got %v, want an error naming maxBorrowLtv", err)
	}

	// Seed on a chain that mines on its own schedule.
	rpc := client.Client()
	if err := rpc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	if err := rpc.CallContext(ctx, nil, "evm_setIntervalMining", 5); err != nil {
		t.Fatal(err)
	}
	began = time.Now()
	borrowers, err = devnet.Seed(ctx, info.RPCURL, dep, 20, 0.3, 0.4, testlog.New(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Seed of 20 borrowers (5 s blocks): %s", time.Since(began).Round(time.Millisecond))
	checkPositions(t, client, m.Market, borrowers, 0.3, 0.4)
	if err := rpc.CallContext(ctx, nil, "evm_setIntervalMining", 0); err != nil {
		t.Fatal(err)
	}
	if err := rpc.CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
		t.Fatal(err)
	}

	// Replay: chain time and price follow the history.
	csvPath := filepath.Join(t.TempDir(), "prices.csv")
	const t0 = 1722816000 // 2024-08-05T00:00:00Z
	history := fmt.Sprintf("timestamp,close\n%d,58000.5\n%d,55000\n%d,52000\n%d,50000\n%d,54321.12\n",
		t0, t0+3600, t0+7200, t0+10800, t0+14400)
	if err := os.WriteFile(csvPath, []byte(history), 0o644); err != nil {
		t.Fatal(err)
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := devnet.Replay(ctx, info.RPCURL, dep, csvPath, 0, 0, testlog.New(t)); err != nil {
		t.Fatal(err)
	}
	last := anviltest.Call(t, client, m.PriceFeed, feed.PackLatestRoundData(), feed.UnpackLatestRoundData, nil)
	want := []struct {
		price int64
		at    uint64
	}{{5_800_050_000_000, 0}, {5_500_000_000_000, 3600}, {5_200_000_000_000, 7200}, {5_000_000_000_000, 10800}, {5_432_112_000_000, 14400}}
	for i, w := range want {
		id := new(big.Int).Sub(last.RoundId, big.NewInt(int64(len(want)-1-i)))
		r := anviltest.Call(t, client, m.PriceFeed, feed.PackGetRoundData(id), feed.UnpackGetRoundData, nil)
		if r.Arg1.Cmp(big.NewInt(w.price)) != 0 || r.Arg3.Uint64() != head.Time+1+w.at {
			t.Fatalf("replayed row %d: price %s at %s, want %d at %d", i, r.Arg1, r.Arg3, w.price, head.Time+1+w.at)
		}
	}
	if now, err := client.HeaderByNumber(ctx, nil); err != nil || now.Time != head.Time+1+14400 {
		t.Fatalf("chain time after replay: %v (%v), want %d", now.Time, err, head.Time+1+14400)
	}
	// Each row's block moved the pool to the row's price.
	checkPool(t, client, m, big.NewInt(5_432_112_000_000))
	swaps, err := client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).Add(head.Number, big.NewInt(1)),
		Addresses: []common.Address{*m.Pool}, Topics: [][]common.Hash{{chain.EventID(&uniswap.UniswapV3PoolMetaData, "Swap")}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(swaps) != len(want) {
		t.Fatalf("replay of %d rows swapped %d times on the pool, want once a row", len(want), len(swaps))
	}
	for i, l := range swaps {
		h, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
		if err != nil {
			t.Fatal(err)
		}
		if h.Time != head.Time+1+want[i].at {
			t.Fatalf("row %d: the pool moved in a block at %d, want the row's block at %d", i, h.Time, head.Time+1+want[i].at)
		}
	}
	// At 36000x the four hours between rows take 0.4 s.
	began = time.Now()
	if err := devnet.Replay(ctx, info.RPCURL, dep, csvPath, 0, 36000, testlog.New(t)); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(began); took < 400*time.Millisecond {
		t.Fatalf("replay at 36000x of 4 hours took %s, want at least 0.4 s", took)
	}

	// The node indexes and serves /metrics.
	nodeCtx, stopNode := context.WithCancel(ctx)
	nodeErr := make(chan error, 1)
	go func() { nodeErr <- d.RunNode(nodeCtx) }()
	body := waitMetrics(t, nodeErr, "http://"+apiAddr+"/metrics")
	if !strings.Contains(body, "ltvkeeper_indexer") {
		t.Fatalf("/metrics has no indexer metrics:\n%.500s", body)
	}
	events := waitEvents(t, d.DB(), nodeErr)

	// Stop, start again: the chain and the database are kept.
	began = time.Now()
	d2 := restart(t, ctx, stopNode, nodeErr, d, cfg, stopped)
	t.Logf("stop and second Start (reuse): %s", time.Since(began).Round(time.Millisecond))
	if d2.Fresh || d2.Deployment.Factory != dep.Factory {
		t.Fatalf("second start: fresh %v, factory %s; want the deployment %s reused", d2.Fresh, d2.Deployment.Factory, dep.Factory)
	}
	client2 := anviltest.Dial(t, d2.RPCURL)
	if code, err := client2.CodeAt(ctx, dep.Factory, nil); err != nil || len(code) == 0 {
		t.Fatalf("after restart the factory has no code (%v)", err)
	}
	// The replayed prices moved the LTVs.
	checkPositions(t, client2, m.Market, borrowers, 0, 1)
	if got := countEvents(t, d2.DB()); got < events {
		t.Fatalf("after restart the database holds %d events, want at least %d", got, events)
	}

	// A second devnet on the same folder is refused.
	if _, err := devnet.Start(ctx, cfg); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Fatalf("second devnet on %s: got %v, want an 'in use' error", dir, err)
	}
}

// startDevnet starts a devnet on cfg, which the test's end stops unless *stopped says it
// was stopped before.
func startDevnet(t *testing.T, ctx context.Context, cfg devnet.Config) (d *devnet.Devnet, stopped *bool) {
	t.Helper()
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	stopped = new(bool)
	t.Cleanup(func() {
		if !*stopped {
			d.Stop()
		}
	})
	return d, stopped
}

// restart stops the node (stopNode, then its error) and the devnet, and starts the devnet
// again on cfg's folder.
func restart(t *testing.T, ctx context.Context, stopNode context.CancelFunc, nodeErr <-chan error, d *devnet.Devnet, cfg devnet.Config,
	stopped *bool) *devnet.Devnet {
	t.Helper()
	stopNode()
	if err := <-nodeErr; err != nil {
		t.Fatalf("RunNode: %v", err)
	}
	if err := d.Stop(); err != nil {
		t.Fatal(err)
	}
	*stopped = true
	d2, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d2.Stop() })
	return d2
}

func TestStartPortBusy(t *testing.T) {
	port := anviltest.Listen(t).Addr().(*net.TCPAddr).Port
	_, err := devnet.Start(context.Background(), devnet.Config{Dir: stateDir(t), Port: port, Log: testlog.New(t)})
	owner := fmt.Sprintf("pid %d", os.Getpid())
	if err == nil || !strings.Contains(err.Error(), fmt.Sprint(port)) || !strings.Contains(err.Error(), "--port") || !strings.Contains(err.Error(), owner) {
		t.Fatalf("got %v, want an error naming port %d, --port and the listener, %s", err, port, owner)
	}
}

// TestStartAPIPortBusy: a taken --api.addr is refused before anything is created: no folder,
// no chain, no deployment.
func TestStartAPIPortBusy(t *testing.T) {
	dir, addr := stateDir(t), anviltest.Listen(t).Addr().String()
	_, err := devnet.Start(context.Background(), devnet.Config{Dir: dir, Port: anviltest.FreePort(t), APIAddr: addr, Borrowers: -1, Log: testlog.New(t)})
	if err == nil || !strings.Contains(err.Error(), "--api.addr "+addr) || !strings.Contains(err.Error(), fmt.Sprintf("pid %d", os.Getpid())) {
		t.Fatalf("got %v, want an error naming --api.addr %s and the listener", err, addr)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("the devnet folder %s was created (%v): the port must be checked first", dir, err)
	}
}

// TestHelperDevnet is not a test: TestKilledDevnetCleanedUpByNextStart runs it in a child
// process, which starts a devnet and waits to be killed.
func TestHelperDevnet(t *testing.T) {
	dir := os.Getenv("LTVKEEPER_TEST_DEVNET_DIR")
	if dir == "" {
		t.Skip("run by TestKilledDevnetCleanedUpByNextStart")
	}
	port, err := strconv.Atoi(os.Getenv("LTVKEEPER_TEST_DEVNET_PORT"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := devnet.Start(context.Background(), devnet.Config{Dir: dir, Port: port, Borrowers: -1, PrivateDB: true, Log: testlog.New(t)}); err != nil {
		t.Fatal(err)
	}
	fmt.Println("devnet ready")
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM)
	<-stop // SIGKILL comes first
}

// recorded reads the pids of the children listed in dir's pids file.
func recorded(t *testing.T, dir string) (anvil, postgres int) {
	t.Helper()
	var cs struct{ Anvil, Postgres struct{ PID int } }
	raw, err := os.ReadFile(filepath.Join(dir, devnet.PidsFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &cs); err != nil {
		t.Fatal(err)
	}
	return cs.Anvil.PID, cs.Postgres.PID
}

// alive says whether pid runs (a zombie has no command line).
func alive(pid int) bool {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	return err == nil && len(raw) > 0
}

// TestKilledDevnetCleanedUpByNextStart: a devnet killed with SIGKILL leaves Anvil and its
// private Postgres running; the next start in the folder stops that Anvil (which saves the
// chain, so the deployment is reused) and takes the Postgres over, and its Stop stops both.
func TestKilledDevnetCleanedUpByNextStart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir, port := stateDir(t), anviltest.FreePort(t)
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestHelperDevnet$", "-test.v")
	cmd.Env = append(os.Environ(), "LTVKEEPER_TEST_DEVNET_DIR="+dir, fmt.Sprintf("LTVKEEPER_TEST_DEVNET_PORT=%d", port))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready := make(chan bool, 1)
	go func() {
		s := bufio.NewScanner(out)
		for s.Scan() {
			t.Log("child: " + s.Text())
			if s.Text() == "devnet ready" {
				ready <- true
			}
		}
		ready <- false
	}()
	select {
	case ok := <-ready:
		if !ok {
			t.Fatal("the child devnet exited before it was ready")
		}
	case <-ctx.Done():
		t.Fatal("the child devnet was not ready in time")
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	anvil, postgres := recorded(t, dir)
	t.Cleanup(func() { // whatever the test left running
		for _, pid := range []int{anvil, postgres} {
			if alive(pid) {
				syscall.Kill(pid, syscall.SIGINT)
			}
		}
	})
	if !alive(anvil) || !alive(postgres) {
		t.Fatalf("after SIGKILL anvil (pid %d) alive %v, postgres (pid %d) alive %v: want both left running", anvil, alive(anvil), postgres, alive(postgres))
	}

	d, err := devnet.Start(ctx, devnet.Config{Dir: dir, Port: port, Borrowers: -1, PrivateDB: true, Log: testlog.New(t)})
	if err != nil {
		t.Fatalf("start after a killed devnet: %v", err)
	}
	stopped := false
	defer func() {
		if !stopped {
			d.Stop()
		}
	}()
	if alive(anvil) {
		t.Errorf("the killed devnet's anvil (pid %d) still runs", anvil)
	}
	if d.Fresh {
		t.Errorf("deployed afresh: the killed devnet's anvil did not save the chain")
	}
	newAnvil, newPostgres := recorded(t, dir)
	if newAnvil == anvil || !alive(newAnvil) {
		t.Errorf("recorded anvil pid %d (alive %v), want a new one, not %d", newAnvil, alive(newAnvil), anvil)
	}
	if newPostgres != postgres {
		t.Errorf("recorded postgres pid %d, want the running one taken over, %d", newPostgres, postgres)
	}
	if err := d.Stop(); err != nil {
		t.Fatal(err)
	}
	stopped = true
	for name, pid := range map[string]int{"anvil": newAnvil, "postgres": postgres} {
		// pg_ctl returns once the server is down; its process may take a moment to exit.
		deadline := time.Now().Add(10 * time.Second)
		for alive(pid) && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond) // polling /proc with a deadline
		}
		if alive(pid) {
			t.Errorf("%s (pid %d) runs 10s after Stop", name, pid)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, devnet.PidsFile)); !os.IsNotExist(err) {
		t.Errorf("%s is left after Stop (%v)", devnet.PidsFile, err)
	}
}

func TestAttachNoDevnet(t *testing.T) {
	dir := stateDir(t)
	if _, _, err := devnet.Attach(context.Background(), dir); err == nil || !strings.Contains(err.Error(), dir) {
		t.Fatalf("got %v, want an error naming %s", err, dir)
	}
}

func TestReadPricesRejects(t *testing.T) {
	for _, tc := range []struct{ name, csv, want string }{
		{"no header", "", "header"},
		{"wrong columns", "a,b\n1,2\n", "timestamp column"},
		{"bad price", "timestamp,close\n1,abc\n", "close \"abc\""},
		{"unsorted", "timestamp,close\n2,1\n1,1\n", "not after"},
		{"no rows", "timestamp,close\n", "no rows"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "p.csv")
			if err := os.WriteFile(path, []byte(tc.csv), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := devnet.ReadPrices(path, 0)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func waitMetrics(t *testing.T, nodeErr <-chan error, url string) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(url)
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return string(body)
			}
			err = fmt.Errorf("status %s", resp.Status)
		}
		select {
		case e := <-nodeErr:
			t.Fatalf("node stopped: %v", e)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s does not answer: %v", url, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func countEvents(t *testing.T, dbURL string) int {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var n int
	if err := conn.QueryRow(context.Background(), `select count(*) from events`).Scan(&n); err != nil {
		return 0 // not migrated yet
	}
	return n
}

// waitEvents waits until the node has indexed some events and returns how many.
func waitEvents(t *testing.T, dbURL string, nodeErr <-chan error) int {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if n := countEvents(t, dbURL); n > 0 {
			return n
		}
		select {
		case e := <-nodeErr:
			t.Fatalf("node stopped: %v", e)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("the node indexed no events within 30 s")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestReadPricesSharesTheBacktestReader: the replay reads the shipped history exactly as the
// backtest does, accepts a file with a gap the backtest fills, and refuses a gap longer than
// the maximum as the backtest does.
func TestReadPricesSharesTheBacktestReader(t *testing.T) {
	const shipped = "../" + data.BTCUSDName
	rows, err := devnet.ReadPrices(shipped, 0)
	if err != nil {
		t.Fatal(err)
	}
	hours, err := scenario.NewHourlyPrices(bytes.NewReader(data.BTCUSD), 0) // the same file, embedded
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		at, c, err := hours.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if i >= len(rows) || rows[i].Time+scenario.Hour != at || rows[i].Price.Cmp(c.ToBig()) != 0 {
			t.Fatalf("hour %d: the backtest reads (%d, %s), the replay %d rows", i, at-scenario.Hour, c.Dec(), len(rows))
		}
	}
	if filled, _ := hours.Filled(); len(rows) != hours.Rows() || filled != 0 {
		t.Fatalf("replay reads %d rows, the backtest %d (%d filled)", len(rows), hours.Rows(), filled)
	}

	path := filepath.Join(t.TempDir(), "gap.csv")
	if err := os.WriteFile(path, []byte("timestamp,close\n1722816000,52000\n1722823200,50500\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if rows, err := devnet.ReadPrices(path, 0); err != nil || len(rows) != 2 || rows[1].Time-rows[0].Time != 2*scenario.Hour {
		t.Fatalf("a file with a gap: %v rows, %v", rows, err)
	}
	// Eight days without prices.
	if err := os.WriteFile(path, []byte("timestamp,close\n1722816000,52000\n1723507200,50500\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var gap *scenario.GapError
	if _, err := devnet.ReadPrices(path, 0); !errors.As(err, &gap) || !strings.Contains(err.Error(), "--prices "+path+": lines 2-3") {
		t.Fatalf("a gap of 8 days: %v, want a gap error naming the file and the lines", err)
	}
	if rows, err := devnet.ReadPrices(path, 8*24*time.Hour); err != nil || len(rows) != 2 {
		t.Fatalf("a gap of 8 days with a maximum of 8 days: %v rows, %v", rows, err)
	}
}

// TestDevnetIntervalMining starts a devnet as the command does by default, a block every
// second, and seeds, moves the price and replays on it.
func TestDevnetIntervalMining(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cfg := devnet.Config{Dir: stateDir(t), Port: anviltest.FreePort(t), BlockTime: devnet.DefaultBlockTime, Borrowers: 2,
		APIAddr: fmt.Sprintf("127.0.0.1:%d", anviltest.FreePort(t)), Log: testlog.New(t)}
	began := time.Now()
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Stop()
	t.Logf("Start with 1 s blocks: %s", time.Since(began).Round(time.Millisecond))
	client := anviltest.Dial(t, d.RPCURL)
	var automine bool
	if err := client.Client().CallContext(ctx, &automine, "anvil_getAutomine"); err != nil || automine {
		t.Fatalf("anvil_getAutomine = %v, %v; want interval mining", automine, err)
	}
	m := d.Deployment.Markets[0]
	checkLenders(t, client, m.Market, d)
	checkPositions(t, client, m.Market, d.Borrowers, devnet.DefaultLTVMin, devnet.DefaultLTVMax)

	borrowers, err := devnet.Seed(ctx, d.RPCURL, d.Deployment, 3, 0.2, 0.3, testlog.New(t))
	if err != nil {
		t.Fatal(err)
	}
	checkPositions(t, client, m.Market, borrowers, 0.2, 0.3)

	if err := devnet.SetPrice(ctx, d.RPCURL, d.Deployment, big.NewInt(60_000e8)); err != nil {
		t.Fatal(err)
	}
	if got, err := devnet.ChangePrice(ctx, d.RPCURL, d.Deployment, -30); err != nil || got.Cmp(big.NewInt(42_000e8)) != 0 {
		t.Fatalf("ChangePrice -30%% of 60000 with 1 s blocks: %v, %v; want 42000e8", got, err)
	}
	if got, err := devnet.Price(ctx, d.RPCURL, d.Deployment); err != nil || got.Cmp(big.NewInt(42_000e8)) != 0 {
		t.Fatalf("price after the move: %v, %v; want 42000e8", got, err)
	}
	checkPool(t, client, m, big.NewInt(42_000e8))
	// At 42,000 the LTVs drawn at 60,000 rose by 60000/42000.
	checkPositions(t, client, m.Market, borrowers, 0.2*60/42, 0.3*60/42)

	csvPath := filepath.Join(t.TempDir(), "prices.csv")
	if err := os.WriteFile(csvPath, []byte("timestamp,close\n1722816000,50000\n1722819600,51000\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := devnet.Replay(ctx, d.RPCURL, d.Deployment, csvPath, 0, 0, testlog.New(t)); err != nil {
		t.Fatal(err)
	}
	last := anviltest.Call(t, client, m.PriceFeed, feed.PackLatestRoundData(), feed.UnpackLatestRoundData, nil)
	if last.Answer.Cmp(big.NewInt(51_000e8)) != 0 || last.UpdatedAt.Uint64() < head.Time+3600 {
		t.Fatalf("after replay: price %s updated at %s, want 51000e8 at least an hour after %d", last.Answer, last.UpdatedAt, head.Time)
	}
	checkPool(t, client, m, big.NewInt(51_000e8))
}

// TestEphemeralDevnetKeepsNoState: an ephemeral devnet's Anvil writes no state file, while it
// runs or when it stops, and the next start deploys afresh.
func TestEphemeralDevnetKeepsNoState(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cfg := devnet.Config{Dir: stateDir(t), Port: anviltest.FreePort(t), Borrowers: -1, Ephemeral: true, Log: testlog.New(t)}
	for i := range 2 {
		d, stopped := startDevnet(t, ctx, cfg)
		if !d.Fresh {
			t.Fatalf("start %d of an ephemeral devnet reused a deployment", i+1)
		}
		if err := d.Stop(); err != nil {
			t.Fatal(err)
		}
		*stopped = true
		if _, err := os.Stat(filepath.Join(cfg.Dir, "anvil-state.json")); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("after start %d: anvil-state.json %v, want none", i+1, err)
		}
	}
}
