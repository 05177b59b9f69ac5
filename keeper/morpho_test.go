package keeper_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/keeper"
	"github.com/ltvkeeper/ltvkeeper/protocol"
	"github.com/ltvkeeper/ltvkeeper/protocol/morpho"
)

// morphoWorld is a world with the real Morpho Blue beside the ltvkeeper market, a cbBTC/USDC
// market at LLTV 86% priced by an oracle over the world's mock feed, recorded under morpho in
// the deployment, and an indexer following each.
type morphoWorld struct {
	*world
	md *deploy.MorphoDeployment
}

func newMorphoWorld(t *testing.T) *morphoWorld {
	t.Helper()
	w := &morphoWorld{world: newWorld(t)}
	var err error
	w.md, err = deploy.DeployMorpho(context.Background(), w.deployer, chainID, deploy.MorphoConfig{Feed: w.m.PriceFeed,
		Liquidity: big.NewInt(1_000_000e6)}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	w.dep.Morpho = &deploy.MorphoInstance{Address: w.md.Morpho, StartBlock: w.md.StartBlock, Markets: []deploy.MorphoMarket{{
		Name: "cbBTC/USDC", ID: w.md.ID, LoanToken: w.md.LoanToken, CollateralToken: w.md.CollateralToken,
		Oracle: w.md.Oracle, IRM: w.md.IRM, LLTV: w.md.Params.Lltv,
	}}}
	return w
}

// borrow opens a Morpho position of 1 cbBTC and debt (USDC base units) from a new account.
func (w *morphoWorld) borrow(debt int64) common.Address {
	w.t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		w.t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	w.rpc("anvil_setBalance", from, hexutil.EncodeBig(big.NewInt(1e18)))
	if err := deploy.SeedMorphoBorrowers(context.Background(), w.deployer, chainID, w.md,
		[]deploy.MorphoBorrower{{Key: key, Collateral: big.NewInt(1e8), Debt: big.NewInt(debt)}}); err != nil {
		w.t.Fatal(err)
	}
	return from
}

// followMorpho runs the ltvkeeper indexer and a Morpho indexer on the head until the test ends.
func (w *morphoWorld) followMorpho() {
	w.t.Helper()
	w.follow()
	client, err := rpc.Dial(w.anvil.URL)
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(client.Close)
	p, err := morpho.New(morpho.Config{Morpho: w.md.Morpho, StartBlock: w.md.StartBlock, Markets: []common.Hash{w.md.ID}})
	if err != nil {
		w.t.Fatal(err)
	}
	ix, err := indexer.New(indexer.Config{ChainID: 31337, Factory: w.md.Morpho, StartBlock: w.md.StartBlock, Protocol: p,
		PollInterval: 50 * time.Millisecond}, client, w.pool, quiet, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	w.background(ix.Run)
}

// TestMorphoMarginCallReachesWebhook: a Morpho borrower at 75% of $100,000 is past the
// margin-call line (0.9 × LLTV 86% = 77.4%) once cbBTC is $95,000 (LTV 78.9%), not past the
// LLTV: the keeper alerts it, once, through the webhook, naming the market by its id, and
// liquidates nothing. A borrower at 50% is not alerted.
func TestMorphoMarginCallReachesWebhook(t *testing.T) {
	w := newMorphoWorld(t)
	warned := w.borrow(75_000e6)
	safe := w.borrow(50_000e6)
	w.followMorpho()
	hook := newWebhook(t)
	w.keepWith(keeper.Config{Webhook: hook.srv.URL}, w.keeperKey, nil, testlog.New(t))

	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(95_000e8)))
	id := protocol.MarketID(w.md.ID.Bytes())
	w.eventually("the margin call of the Morpho borrower at the webhook", 30*time.Second, func() bool {
		return hook.byKind(keeper.AlertMarginCall)[warned] > 0
	})
	// Another price update: the alert is not repeated.
	w.send(w.deployer, w.m.PriceFeed, feedABI.PackSetPrice(big.NewInt(94_900e8)))
	w.indexedHead()
	hook.mu.Lock()
	defer hook.mu.Unlock()
	var calls []keeper.Alert
	for _, a := range hook.alerts {
		if a.Kind == keeper.AlertMarginCall {
			calls = append(calls, a)
		}
	}
	if len(calls) != 1 || calls[0].Borrower != warned || calls[0].Market != id {
		t.Fatalf("margin calls at the webhook: got %+v, want one for %s in market %s", calls, warned, id)
	}
	var ltv string
	if err := w.pool.QueryRow(context.Background(), `SELECT ltv::text FROM alerts WHERE kind = $1 AND borrower = $2`,
		keeper.AlertMarginCall, warned.Bytes()).Scan(&ltv); err != nil {
		t.Fatal(err)
	}
	if got, _ := new(big.Int).SetString(ltv, 10); got == nil || got.Cmp(big.NewInt(0.774e18)) < 0 || got.Cmp(big.NewInt(0.86e18)) >= 0 {
		t.Errorf("margin call LTV: got %s, want between the line 0.774 and the LLTV 0.86", ltv)
	}
	for _, a := range hook.alerts {
		if a.Borrower == safe || a.Kind == keeper.AlertLiquidated {
			t.Errorf("unexpected alert %+v", a)
		}
	}
}
