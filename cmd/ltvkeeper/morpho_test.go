package main

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgcluster"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/migrations"
)

// morphoOn deploys a development Morpho Blue market on anvil beside the ltvkeeper deployment in
// the file at out, opens two borrowers' positions in it, and adds it to the file.
func morphoOn(t *testing.T, anvil *anviltest.Anvil, out string, d *deploy.Deployment) *deploy.MorphoDeployment {
	t.Helper()
	ctx := context.Background()
	chainID := big.NewInt(int64(d.ChainID))
	s := anvil.Sender(0)
	md, err := deploy.DeployMorpho(ctx, s, chainID, deploy.MorphoConfig{Feed: d.Markets[0].PriceFeed, Liquidity: big.NewInt(1_000_000e6)}, testlog.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if err := deploy.SeedMorphoBorrowers(ctx, s, chainID, md, []deploy.MorphoBorrower{
		{Key: anviltest.Key(2), Collateral: big.NewInt(1e8), Debt: big.NewInt(50_000e6)},
		{Key: anviltest.Key(3), Collateral: big.NewInt(2e7), Debt: big.NewInt(16_000e6)},
	}); err != nil {
		t.Fatal(err)
	}
	d.Morpho = &deploy.MorphoInstance{Address: md.Morpho, StartBlock: md.StartBlock, CollateralTokens: []common.Address{md.CollateralToken}}
	if err := d.Write(out); err != nil {
		t.Fatal(err)
	}
	return md
}

// TestIndexFollowsMorpho: one `index` run follows the deployment's ltvkeeper market and the
// Morpho market its morpho object names; the margin-call line is the flag's fraction of the
// LLTV, on every run. Bad Morpho input stops before anything is written, the factory's index too.
func TestIndexFollowsMorpho(t *testing.T) {
	anvil := anviltest.Start(t)
	out, d := deployOn(t, anvil)
	md := morphoOn(t, anvil, out, d)
	db := pgtest.DB(t)
	mustRun(t, "index", "--rpc", anvil.URL, "--db", db, "--deployment", out, "--until-head")
	conn := pgtest.Conn(t, db)
	ctx := context.Background()
	count := func(query string, args ...any) int {
		t.Helper()
		var n int
		if err := conn.QueryRow(ctx, query, args...).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := count(`SELECT count(*) FROM markets WHERE protocol = 'ltvkeeper'`); n != 1 {
		t.Errorf("ltvkeeper markets indexed: %d, want 1", n)
	}
	if n := count(`SELECT count(*) FROM markets WHERE protocol = 'morpho-blue' AND market = $1`, md.ID.Bytes()); n != 1 {
		t.Errorf("Morpho markets indexed: %d, want 1", n)
	}
	if n := count(`SELECT count(*) FROM positions WHERE market = $1 AND borrow_shares > 0`, md.ID.Bytes()); n != 2 {
		t.Errorf("Morpho borrowers indexed: %d, want 2", n)
	}
	if n := count(`SELECT count(*) FROM checkpoints`); n != 2 {
		t.Errorf("checkpoints: %d, want the factory's and Morpho's", n)
	}
	marginCall := func() string {
		t.Helper()
		var s string
		if err := conn.QueryRow(ctx, `SELECT margin_call_ltv::text FROM markets WHERE market = $1`, md.ID.Bytes()).Scan(&s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	if got := marginCall(); got != "774000000000000000" {
		t.Errorf("margin_call_ltv = %s, want 90%% of the LLTV 0.86: 774000000000000000", got)
	}
	mustRun(t, "index", "--rpc", anvil.URL, "--db", db, "--deployment", out, "--until-head", "--morpho.margin-call", "0.8")
	if got := marginCall(); got != "688000000000000000" {
		t.Errorf("margin_call_ltv after --morpho.margin-call 0.8 = %s, want 688000000000000000", got)
	}

	unknown := "0x" + strings.Repeat("01", 32)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"morpho without code", []string{"--deployment", out, "--morpho.address", "0x000000000000000000000000000000000000dEaD", "--morpho.start-block", "0"}, "has no code on chain 31337"},
		{"morpho without code, start block searched", []string{"--deployment", out, "--morpho.address", "0x000000000000000000000000000000000000dEaD"}, "has no code on chain 31337"},
		{"unknown market id", []string{"--deployment", out, "--morpho.markets", unknown}, "morpho market " + unknown + " does not exist"},
		{"filter matches nothing", []string{"--deployment", out, "--morpho.collateral-tokens", d.Markets[0].LoanToken.Hex()}, "the filter matches nothing"},
		{"bad market id", []string{"--deployment", out, "--morpho.markets", "0x12"}, `--morpho.markets "0x12": not a market id`},
		{"bad collateral token", []string{"--deployment", out, "--morpho.collateral-tokens", "wbtc"}, `--morpho.collateral-tokens "wbtc"`},
		{"bad margin call", []string{"--deployment", out, "--morpho.margin-call", "1.5"}, `--morpho.margin-call "1.5": want a fraction of the LLTV above 0 and at most 1`},
		{"filter without morpho", []string{"--factory", d.Factory.Hex(), "--morpho.markets", unknown}, "--morpho.markets without a Morpho contract"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			empty := pgtest.DB(t)
			if _, err := migrations.Up(context.Background(), empty, testlog.Discard); err != nil {
				t.Fatal(err)
			}
			_, err := runApp(t, append([]string{"index", "--until-head", "--rpc", anvil.URL, "--db", empty}, tt.args...)...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("index: %v, want an error containing %q", err, tt.want)
			}
			if strings.Count(err.Error(), "\n") > 0 {
				t.Errorf("error of %d lines, want one: %v", strings.Count(err.Error(), "\n")+1, err)
			}
			if rows := indexRows(t, empty); rows != 0 {
				t.Fatalf("%d rows committed", rows)
			}
		})
	}
}

// TestNodeFollowsMorpho: `node` indexes the deployment's ltvkeeper market and its Morpho
// market in one process; each indexer's metrics carry its protocol, so that none clash.
func TestNodeFollowsMorpho(t *testing.T) {
	anvil := anviltest.Start(t)
	out, d := deployOn(t, anvil)
	md := morphoOn(t, anvil, out, d)
	port, err := pgcluster.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := runAppContext(ctx, t, "node", "--rpc", anvil.URL, "--db", pgtest.DB(t), "--deployment", out, "--no-keeper",
			"--api.addr", addr, "--morpho.markets", md.ID.Hex())
		done <- err
	}()
	head, err := anvil.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		m, err := scrape("http://" + addr + "/metrics")
		if err == nil && m[`ltvkeeper_indexer_indexed_block{protocol="ltvkeeper"}`] == float64(head) &&
			m[`ltvkeeper_indexer_indexed_block{protocol="morpho-blue"}`] == float64(head) {
			break
		}
		select {
		case err := <-done:
			t.Fatalf("node stopped: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("both indexers not at head %d: %v %v", head, m, err)
		}
		time.Sleep(50 * time.Millisecond) // polling a condition with a deadline
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("node after cancel: %v", err)
	}
}
