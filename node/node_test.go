package node_test

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/node"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// TestNodeIndexesLiquidatesAndStops runs the whole node against Anvil: a position crosses the
// line, the node's keeper liquidates it, its metrics say so, and cancelling stops everything.
func TestNodeIndexesLiquidatesAndStops(t *testing.T) {
	ctx := context.Background()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	a := anviltest.Start(t)
	chainID := big.NewInt(31337)
	deployer := chain.NewSender(a.Client, anviltest.Key(0), chainID)
	d, err := deploy.Deploy(ctx, deployer, chainID, deploy.Config{Dev: true, BTCPrice: big.NewInt(100_000e8), Liquidity: big.NewInt(1_000_000e6)}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Markets[0]
	erc20, market, feed := bindings.NewMockERC20(), bindings.NewLendingMarket(), bindings.NewMockPriceFeed()
	do := func(s *chain.Sender, to [20]byte, data []byte) {
		t.Helper()
		if _, err := s.Transact(ctx, to, data); err != nil {
			t.Fatal(err)
		}
	}
	keeperKey := anviltest.Key(1)
	do(deployer, m.LoanToken, erc20.PackMint(crypto.PubkeyToAddress(keeperKey.PublicKey), big.NewInt(100_000e6)))
	borrowerKey, _ := crypto.GenerateKey()
	borrower := chain.NewSender(a.Client, borrowerKey, chainID)
	if err := a.Client.Client().CallContext(ctx, nil, "anvil_setBalance", borrower.From, hexutil.EncodeBig(big.NewInt(1e18))); err != nil {
		t.Fatal(err)
	}
	do(borrower, m.CollateralToken, erc20.PackMint(borrower.From, big.NewInt(1e8)))
	do(borrower, m.CollateralToken, erc20.PackApprove(m.Market, loanmath.MaxUint256.ToBig()))
	do(borrower, m.Market, market.PackDepositCollateral(big.NewInt(1e8), borrower.From))
	do(borrower, m.Market, market.PackBorrow(big.NewInt(49_000e6), borrower.From))

	runCtx, cancel := context.WithCancel(ctx)
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- node.Run(runCtx, node.Config{
			RPC: a.URL, DB: pgtest.DB(t), Deployment: d, Key: keeperKey, APIAddr: "127.0.0.1:0",
			Ready: func(addr string) { ready <- addr },
		}, quiet)
	}()
	var addr string
	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatalf("node stopped: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("node did not start")
	}
	do(deployer, m.PriceFeed, feed.PackSetPrice(big.NewInt(60_000e8)))
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/metrics")
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if strings.Contains(string(body), "ltvkeeper_keeper_liquidations_mined_total 1") &&
				strings.Contains(string(body), "ltvkeeper_indexer_indexed_block") {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no mined liquidation in the node's metrics (last error %v)", err)
		}
		time.Sleep(50 * time.Millisecond) // polling a condition with a deadline
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("node.Run after cancel: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("node did not stop within 15 s of cancel")
	}
}
