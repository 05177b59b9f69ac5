package story_test

import (
	"bytes"
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ltvkeeper/ltvkeeper/devnet"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/foundry"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/story"
)

// TestStoryMorpho tells the story on a devnet with both protocols, as the demo does: the
// borrower's story on ltvkeeper's market as before, then one Morpho liquidation by the keeper,
// which holds none of the market's USDC at first, through its Morpho executor and Morpho's
// callback, with its profit read from the chain.
func TestStoryMorpho(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{Dir: filepath.Join(pgtest.Dir(t, "story-"), "state"), Port: anviltest.FreePort(t),
		DB: pgtest.DB(t), Borrowers: -1, Protocol: devnet.ProtocolBoth, KeeperUSDC: new(big.Int), Log: testlog.New(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Stop() })
	nodeCtx, stopNode := context.WithCancel(ctx)
	nodeDone := make(chan error, 1)
	go func() { nodeDone <- d.RunNode(nodeCtx) }()
	defer func() {
		stopNode()
		if err := <-nodeDone; err != nil {
			t.Error(err)
		}
	}()
	client := anviltest.Dial(t, d.RPCURL)
	var out bytes.Buffer
	err = story.Run(ctx, story.Env{Client: client, DB: pgtest.Pool(t, d.DB()), Deployment: d.Deployment, Deployer: foundry.AnvilKey(0),
		PriceKey: devnet.PriceKey(), Out: &out, Timeout: 30 * time.Second, Keeper: d.Keeper})
	t.Log("\n" + out.String())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Carol's LTV after the liquidation: 70.00%",
		"7. Beside it, a Morpho Blue market: cbBTC/USDC (id " + d.Deployment.Morpho.Markets[0].ID.Hex() + "), liquidation at its LLTV of 86% (from the index).",
		"borrows $4104.00 USDC on Morpho: LTV 85.50% (from the chain)",
		"past the LLTV.",
		"the keeper liquidated Dave in block",
		"through its Morpho executor with Morpho's callback",
		"the executor sent the keeper $",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the story lacks %q", want)
		}
	}
}
