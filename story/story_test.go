package story_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/node"
	"github.com/ltvkeeper/ltvkeeper/story"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// TestStory tells the whole story against Anvil with a node (indexer and keeper) running.
func TestStory(t *testing.T) {
	ctx := context.Background()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	a := anviltest.Start(t)
	chainID := big.NewInt(31337)
	deployer := chain.NewSender(a.Client, anviltest.Key(0), chainID)
	d, err := deploy.Deploy(ctx, deployer, chainID, deploy.Config{Dev: true, BTCPrice: big.NewInt(60_000e8), Liquidity: big.NewInt(1_000_000e6)}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	keeperKey := anviltest.Key(1)
	if _, err := deployer.Transact(ctx, d.Markets[0].LoanToken, bindings.NewMockERC20().PackMint(crypto.PubkeyToAddress(keeperKey.PublicKey), big.NewInt(100_000e6))); err != nil {
		t.Fatal(err)
	}
	db := pgtest.DB(t)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- node.Run(runCtx, node.Config{RPC: a.URL, DB: db, Deployment: d, Key: keeperKey}, quiet)
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	pool, err := pgxpool.New(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	var out bytes.Buffer
	err = story.Run(ctx, story.Env{Client: a.Client, DB: pool, Deployment: d, Deployer: anviltest.Key(0), Out: &out, Timeout: 30 * time.Second})
	t.Log("\n" + out.String())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"LTV 20.00% (healthy)", "LTV 16.67% (healthy)", "LTV 25.00% (healthy)",
		"margin_call for", "healthy for", "the keeper liquidated", "bad debt $0.00",
		"debt $0, collateral left 0 BTC; Alice's wallet holds 0.1 BTC again",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the story lacks %q", want)
		}
	}
}
