package chain_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
)

// TestSimulate: one simulated call gives what the call returns and at least the gas
// eth_estimateGas finds, and a revert decoded; a node without eth_simulateV1 gives the same
// through eth_call and eth_estimateGas.
func TestSimulate(t *testing.T) {
	c := markettest.Start(t, deploy.Config{MockFeed: true, BTCPrice: big.NewInt(100_000e8), Liquidity: big.NewInt(1_000e6)})
	erc20 := bindings.NewMockERC20()
	usdc := c.Market.LoanToken
	c.Send(c.Deployer, usdc, erc20.PackMint(c.Deployer.From, big.NewInt(5e6)))
	ok := ethereum.CallMsg{From: c.Deployer.From, To: &usdc, Data: erc20.PackTransfer(common.HexToAddress("0xb0b"), big.NewInt(1e6))}
	short := ethereum.CallMsg{From: common.HexToAddress("0xdead"), To: &usdc, Data: ok.Data}

	// Every method but eth_simulateV1 goes to Anvil.
	old := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		if json.Unmarshal(body, &req) == nil && req.Method == "eth_simulateV1" {
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID,
				"error": map[string]any{"code": -32601, "message": "the method eth_simulateV1 does not exist/is not available"}})
			return
		}
		anviltest.Relay(w, c.URL, body, nil)
	}))
	t.Cleanup(old.Close)
	oldClient, err := ethclient.Dial(old.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(oldClient.Close)

	ctx := context.Background()
	estimate, err := c.Client.EstimateGas(ctx, ok)
	if err != nil {
		t.Fatal(err)
	}
	for name, client := range map[string]*ethclient.Client{"eth_simulateV1": c.Client, "eth_call and eth_estimateGas": oldClient} {
		t.Run(name, func(t *testing.T) {
			sim, err := chain.Simulate(ctx, client, ok)
			if err != nil {
				t.Fatal(err)
			}
			out, gas := sim.Out, sim.Gas
			if done, err := erc20.UnpackTransfer(out); err != nil || !done {
				t.Errorf("transfer returned %x (%v), want true", out, err)
			}
			if gas < estimate {
				t.Errorf("gas %d, below eth_estimateGas's %d", gas, estimate)
			}
			_, err = chain.Simulate(ctx, client, short)
			if !errors.Is(err, &chain.RevertError{Name: "ERC20InsufficientBalance"}) {
				t.Errorf("a transfer from an empty account: %v, want ERC20InsufficientBalance", err)
			}
		})
	}
}
