package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
)

// TestDeployIndexPositions is the operator's path: deploy on Anvil, borrow, index to the head,
// and read the position back from the database.
func TestDeployIndexPositions(t *testing.T) {
	anvil := anviltest.Start(t)
	out := filepath.Join(t.TempDir(), "deployment.json")
	mustRun(t, "deploy", "--rpc", anvil.URL, "--private-key-file", writeKeyFile(t, anviltest.Keys[0]),
		"--out", out, "--dev", "--btc-price", "100000", "--liquidity", "1000000")
	d, err := deploy.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Markets[0]
	borrower := newActor(t, anvil.Client, 1)
	borrower.do(m.CollateralToken, erc20.PackMint(borrower.From, big.NewInt(1e7)))
	borrower.do(m.CollateralToken, erc20.PackApprove(m.Market, big.NewInt(1e7)))
	borrower.do(m.Market, market.PackDepositCollateral(big.NewInt(1e7), borrower.From))
	borrower.do(m.Market, market.PackBorrow(big.NewInt(2_000e6), borrower.From))

	db := pgtest.DB(t)
	mustRun(t, "index", "--rpc", anvil.URL, "--db", db, "--deployment", out, "--until-head")
	var got []map[string]any
	if err := json.Unmarshal([]byte(mustRun(t, "positions", "--db", db, "--json")), &got); err != nil {
		t.Fatal(err)
	}
	// The debt is $2,000 plus the seconds of interest between the borrow and the last block.
	debt, _ := new(big.Int).SetString(fmt.Sprint(got[0]["debt"]), 10)
	ltv, _ := got[0]["ltv"].(float64)
	if len(got) != 1 || got[0]["borrower"] != borrower.From.Hex() || got[0]["collateral"] != "10000000" ||
		debt == nil || debt.Cmp(big.NewInt(2_000e6)) < 0 || debt.Cmp(big.NewInt(2_000e6+100)) > 0 ||
		ltv < 0.2 || ltv > 0.2000001 || got[0]["status"] != "healthy" {
		t.Fatalf("positions --json = %v, want the worked example: 0.1 BTC, $2,000, LTV 0.2, healthy", got)
	}
}

func TestIndexBadInput(t *testing.T) {
	anvil := anviltest.Start(t)
	db := pgtest.DB(t)
	wrongChain := filepath.Join(t.TempDir(), "deployment.json")
	dep := &deploy.Deployment{ChainID: 1, Factory: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	if err := dep.Write(wrongChain); err != nil {
		t.Fatal(err)
	}
	noCode := "0x000000000000000000000000000000000000dEaD"
	unreachable, _ := unreachableDB(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"nothing to index", []string{"--rpc", anvil.URL, "--db", db}, "pass --deployment FILE, or --factory ADDR"},
		{"both sources", []string{"--rpc", anvil.URL, "--db", db, "--deployment", wrongChain, "--factory", noCode}, "pass one of them"},
		{"bad factory", []string{"--rpc", anvil.URL, "--db", db, "--factory", "0x12"}, `--factory "0x12": not an address`},
		{"missing deployment", []string{"--rpc", anvil.URL, "--db", db, "--deployment", "/nonexistent.json"}, "--deployment /nonexistent.json"},
		{"wrong chain", []string{"--rpc", anvil.URL, "--db", db, "--deployment", wrongChain}, "the deployment is on chain 1 but --rpc serves chain 31337"},
		{"factory without code", []string{"--rpc", anvil.URL, "--db", db, "--factory", noCode}, "has no code on chain 31337"},
		{"unreachable rpc", []string{"--rpc", "http://127.0.0.1:1", "--db", db, "--factory", noCode}, "is the node running?"},
		{"unreachable db", []string{"--rpc", anvil.URL, "--db", unreachable, "--factory", noCode}, "cannot connect"},
		{"bad concurrency", []string{"--rpc", anvil.URL, "--db", db, "--factory", noCode, "--concurrency", "0"}, "--concurrency 0: want 1 to 64"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := runApp(t, append([]string{"index", "--until-head"}, tt.args...)...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}
