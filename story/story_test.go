package story_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
	"github.com/ltvkeeper/ltvkeeper/bindings/uniswap"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
	"github.com/ltvkeeper/ltvkeeper/internal/nodetest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/node"
	"github.com/ltvkeeper/ltvkeeper/story"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// TestStory tells the whole story against Anvil with a node (indexer and keeper) running.
func TestStory(t *testing.T) {
	ctx := context.Background()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	c := markettest.Start(t, deploy.Config{BTCPrice: big.NewInt(60_000e8), Liquidity: big.NewInt(1_000_000e6)})
	a, d := c.Anvil, c.Deployment
	keeperKey := anviltest.Key(1)
	// The keeper holds no USDC: it liquidates through its executor and the pool.
	keeper := crypto.PubkeyToAddress(keeperKey.PublicKey)
	executor, err := deploy.DeployExecutor(ctx, c.Deployer, keeper)
	if err != nil {
		t.Fatal(err)
	}
	d.Executor = &executor
	db := pgtest.DB(t)
	nodetest.Start(t, node.Config{RPC: a.URL, DB: db, Deployment: d, Key: keeperKey}, quiet)
	pool := pgtest.Pool(t, db)
	var out bytes.Buffer
	err = story.Run(ctx, story.Env{Client: a.Client, DB: pool, Deployment: d, Deployer: anviltest.Key(0), Out: &out, Timeout: 30 * time.Second, Keeper: keeper})
	t.Log("\n" + out.String())
	if err != nil {
		t.Fatal(err)
	}
	// The pool followed every price: it is at the feed's last one.
	m := d.Markets[0]
	v3 := chainlink.NewAggregatorV3Interface()
	feedRound := anviltest.Call(t, a.Client, m.PriceFeed, v3.PackLatestRoundData(), v3.UnpackLatestRoundData, nil)
	tokens, err := deploy.ReadPoolTokens(ctx, a.Client, m.CollateralToken, m.LoanToken)
	if err != nil {
		t.Fatal(err)
	}
	wantSqrt, err := tokens.SqrtPriceX96(feedRound.Answer, deploy.DevFeedDecimals)
	if err != nil {
		t.Fatal(err)
	}
	v3pool := uniswap.NewUniswapV3Pool()
	if got := anviltest.Call(t, a.Client, *m.Pool, v3pool.PackSlot0(), v3pool.UnpackSlot0, nil).SqrtPriceX96; got.Cmp(wantSqrt) != 0 {
		t.Errorf("after the story the pool is at sqrtPriceX96 %s, want %s, the feed's last price %s", got, wantSqrt, feedRound.Answer)
	}
	// The numbers the story prints come from the index: the market's lines as deployed, and
	// Carol back at the market's target after her liquidation.
	var target, maxBorrow string
	if err := pool.QueryRow(ctx, `SELECT liquidation_target_ltv::text, max_borrow_ltv::text FROM markets WHERE market = $1`,
		d.Markets[0].Market.Bytes()).Scan(&target, &maxBorrow); err != nil {
		t.Fatal(err)
	}
	wantTarget := fmt.Sprintf("%s.%s%%", target[:len(target)-16], target[len(target)-16:len(target)-14]) // WAD as 70.00%
	for _, want := range []string{
		"Market WBTC/USDC (from the index): borrow up to 50% LTV; margin call at 65%; liquidation at 80%, back to 70%, with a 5% bonus.",
		"worth $10,000.00 at $100,000", "LTV 20.00% (healthy)",
		"LTV 16.67% (healthy)", "more room to borrow: Alice may borrow $3,999.9", "the collateral is worth $8,000.00",
		"LTV 25.00% (healthy)", "Bob: 0.1 BTC at $80000 = $8000.00 of collateral, debt $3840.", "LTV 48.00% (healthy)",
		"Carol: 0.1 BTC at $80000 = $8000.00 of collateral, debt $3900.", "LTV 48.75% (healthy)",
		"margin_call for", "healthy for", "the keeper liquidated", "(the market's 5%), bad debt $0.00",
		"Carol's LTV after the liquidation: " + wantTarget + " (the market's target: " + wantTarget + ")",
		"debt $0, collateral left 0 BTC; Alice's wallet holds 0.1 BTC again",
		"The keeper holds $0.00 USDC (from the chain)", "with a flash swap from the pool, paid back in BTC; the executor sent it $",
		"a price impact of -",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the story lacks %q", want)
		}
	}
}
