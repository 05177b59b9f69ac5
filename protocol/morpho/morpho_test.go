package morpho_test

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	morphobind "github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/protocol"
	"github.com/ltvkeeper/ltvkeeper/protocol/morpho"
)

// TestFoldEqualsMorpho folds every log of a development Morpho Blue (supplies, borrows, a fee,
// interest over a time jump, a liquidation with bad debt, repayments and withdrawals) and
// compares the book and the changes with Morpho's own market() and position().
func TestFoldEqualsMorpho(t *testing.T) {
	ctx := context.Background()
	anvil, feed, d := morphoOnAnvil(t, big.NewInt(1_000_000e6))
	owner := anvil.Sender(0)
	m := morphobind.NewMorpho()
	feeTo := common.HexToAddress("0x00000000000000000000000000000000000fee01")
	send := func(s *chain.Sender, to common.Address, data []byte) {
		t.Helper()
		if _, err := s.Transact(ctx, to, data); err != nil {
			t.Fatal(err)
		}
	}
	send(owner, d.Morpho, m.PackSetFeeRecipient(feeTo))
	send(owner, d.Morpho, m.PackSetFee(d.Params, big.NewInt(0.1e18)))
	borrowers := []deploy.MorphoBorrower{
		{Key: anviltest.Key(1), Collateral: big.NewInt(1e8), Debt: big.NewInt(50_000e6)},
		{Key: anviltest.Key(2), Collateral: big.NewInt(1e8), Debt: big.NewInt(85_000e6)},
	}
	if err := deploy.SeedMorphoBorrowers(ctx, owner, anvil.ChainID, d, borrowers); err != nil {
		t.Fatal(err)
	}
	if err := anvil.Client.Client().CallContext(ctx, nil, "evm_increaseTime", 90*24*3600); err != nil {
		t.Fatal(err)
	}
	send(owner, d.Morpho, m.PackAccrueInterest(d.Params))
	// BTC halves: the second borrower owes more than its collateral is worth; seizing all of it
	// writes off the rest as bad debt.
	if _, err := deploy.PublishPrice(ctx, owner, feed.Aggregator, big.NewInt(50_000e8)); err != nil {
		t.Fatal(err)
	}
	liq := anvil.Sender(4)
	token := bindings.NewMockERC20()
	send(liq, d.LoanToken, token.PackMint(liq.From, big.NewInt(1_000_000e6)))
	send(liq, d.LoanToken, token.PackApprove(d.Morpho, big.NewInt(1_000_000e6)))
	second := anvil.Sender(2).From
	send(liq, d.Morpho, m.PackLiquidate(d.Params, second, big.NewInt(1e8), big.NewInt(0), nil))
	if after := anviltest.Call(t, anvil.Client, d.Morpho, m.PackPosition(d.ID, second), m.UnpackPosition, nil); after.BorrowShares.Sign() != 0 || after.Collateral.Sign() != 0 {
		t.Fatalf("after seizing all collateral: %+v, want the rest written off", after)
	}
	// The first borrower repays half its shares and takes back some collateral; the lender
	// withdraws a little.
	first := anvil.Sender(1)
	pos := anviltest.Call(t, anvil.Client, d.Morpho, m.PackPosition(d.ID, first.From), m.UnpackPosition, nil)
	send(first, d.LoanToken, token.PackMint(first.From, big.NewInt(100_000e6)))
	send(first, d.LoanToken, token.PackApprove(d.Morpho, big.NewInt(100_000e6)))
	send(first, d.Morpho, m.PackRepay(d.Params, big.NewInt(0), new(big.Int).Rsh(pos.BorrowShares, 1), first.From, nil))
	send(first, d.Morpho, m.PackWithdrawCollateral(d.Params, big.NewInt(1e7), first.From, first.From))
	send(owner, d.Morpho, m.PackWithdraw(d.Params, big.NewInt(1_000e6), big.NewInt(0), owner.From, owner.From))

	p, err := morpho.New(morpho.Config{Morpho: d.Morpho})
	if err != nil {
		t.Fatal(err)
	}
	logs, err := anvil.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{d.Morpho}})
	if err != nil {
		t.Fatal(err)
	}
	c := protocol.NewChanges()
	names := map[string]int{}
	for i := range logs {
		l := &logs[i]
		market, creates, ok := p.Route(l)
		if !ok {
			continue
		}
		ev, err := p.Fold(l, c)
		if err != nil {
			t.Fatal(err)
		}
		names[ev.Name]++
		if creates && (ev.Created == nil || ev.Market != market) {
			t.Fatalf("CreateMarket routed to %s, folded as %s, created %v", market, ev.Market, ev.Created)
		}
	}
	for _, name := range []string{"CreateMarket", "Supply", "Withdraw", "Borrow", "Repay", "SupplyCollateral", "WithdrawCollateral", "Liquidate", "AccrueInterest", "SetFee", "SetFeeRecipient"} {
		if names[name] == 0 {
			t.Errorf("no %s folded (folded %v)", name, names)
		}
	}
	id := protocol.MarketID(d.ID.Bytes())
	if len(c.Markets) != 1 || c.Markets[0].ID != id || c.Markets[0].CollateralToken != d.CollateralToken || c.Markets[0].LiquidationLTV.Cmp(deploy.DevMorphoLLTV) != 0 {
		t.Fatalf("created markets = %+v", c.Markets)
	}

	got := p.Book().Markets[id]
	want := anviltest.Call(t, anvil.Client, d.Morpho, m.PackMarket(d.ID), m.UnpackMarket, nil)
	for _, f := range []struct {
		name      string
		book, out *big.Int
		want      *big.Int
	}{
		{"totalSupplyAssets", got.TotalSupplyAssets.ToBig(), c.States[id].Values[protocol.TotalSupplyAssets], want.TotalSupplyAssets},
		{"totalSupplyShares", got.TotalSupplyShares.ToBig(), c.States[id].Values[protocol.TotalSupplyShares], want.TotalSupplyShares},
		{"totalBorrowAssets", got.TotalBorrowAssets.ToBig(), c.States[id].Values[protocol.TotalBorrowAssets], want.TotalBorrowAssets},
		{"totalBorrowShares", got.TotalBorrowShares.ToBig(), c.States[id].Values[protocol.TotalBorrowShares], want.TotalBorrowShares},
		{"fee", got.Fee.ToBig(), got.Fee.ToBig(), want.Fee},
		{"lastUpdate", new(big.Int).SetUint64(got.LastUpdate), new(big.Int).SetUint64(*c.States[id].LastAccrual), want.LastUpdate},
	} {
		if f.book.Cmp(f.want) != 0 || f.out.Cmp(f.want) != 0 {
			t.Errorf("%s: book %s, changes %s, Morpho %s", f.name, f.book, f.out, f.want)
		}
	}
	for _, a := range []common.Address{owner.From, first.From, second, liq.From, feeTo} {
		want := anviltest.Call(t, anvil.Client, d.Morpho, m.PackPosition(d.ID, a), m.UnpackPosition, nil)
		got := p.Book().Positions[protocol.PositionKey{Market: id, Borrower: a}]
		if got == nil {
			if want.SupplyShares.Sign() != 0 || want.BorrowShares.Sign() != 0 || want.Collateral.Sign() != 0 {
				t.Errorf("position of %s: none in the book, Morpho %+v", a, want)
			}
			continue
		}
		if got.SupplyShares.ToBig().Cmp(want.SupplyShares) != 0 || got.BorrowShares.ToBig().Cmp(want.BorrowShares) != 0 || got.Collateral.ToBig().Cmp(want.Collateral) != 0 {
			t.Errorf("position of %s: book %s/%s/%s, Morpho %+v", a, got.SupplyShares.Dec(), got.BorrowShares.Dec(), got.Collateral.Dec(), want)
		}
		if d := c.Positions[protocol.PositionKey{Market: id, Borrower: a}]; d != nil && (d.BorrowShares.Cmp(want.BorrowShares) != 0 || d.Collateral.Cmp(want.Collateral) != 0) {
			t.Errorf("position changes of %s: %s/%s, Morpho %+v", a, d.BorrowShares, d.Collateral, want)
		}
	}
	if fee := p.Book().Positions[protocol.PositionKey{Market: id, Borrower: feeTo}]; fee == nil || fee.SupplyShares.IsZero() {
		t.Error("the fee recipient earned no supply shares")
	}
}

// TestPriceReadsAtOnce: a Morpho market's price reads its oracle and the rounds of its feeds at
// once, one round trip to the node rather than one each, and gives the oracle's price() and
// the feed's latest round.
func TestPriceReadsAtOnce(t *testing.T) {
	ctx := context.Background()
	anvil, feed, d := morphoOnAnvil(t, nil)
	m := morpho.NewMarket(indexdb.Market{ID: d.ID.Bytes(), Contract: d.Morpho, LoanToken: d.LoanToken, CollateralToken: d.CollateralToken,
		Oracle: d.Oracle, IRM: d.IRM, OracleFeeds: &indexdb.OracleFeeds{Base1: feed.Proxy}})
	c := &atOnce{ContractCaller: anvil.Client, want: 2, reached: make(chan struct{})}
	p, err := m.Price(ctx, c, nil)
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-c.reached:
	default:
		t.Error("the oracle and its feed were read one after the other")
	}
	oracle := morphobind.NewIOracle()
	if want := anviltest.Call(t, anvil.Client, d.Oracle, oracle.PackPrice(), oracle.UnpackPrice, nil); p.Answer.Cmp(want) != 0 {
		t.Errorf("price %s, the oracle's price() %s", p.Answer, want)
	}
	if len(p.Rounds) != 1 || p.Rounds[0].Feed != feed.Proxy || p.Rounds[0].Answer.Cmp(big.NewInt(100_000e8)) != 0 {
		t.Errorf("rounds %+v, want the feed's round of 100,000e8", p.Rounds)
	}
}

// atOnce holds each call until want calls are in flight together, for at most ten seconds;
// reached is closed once they were. A call is in flight until it returns.
type atOnce struct {
	ethereum.ContractCaller
	want     int
	mu       sync.Mutex
	inFlight int
	reached  chan struct{}
}

func (c *atOnce) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	c.mu.Lock()
	if c.inFlight++; c.inFlight == c.want {
		close(c.reached)
	}
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		c.inFlight--
		c.mu.Unlock()
	}()
	select {
	case <-c.reached:
	case <-time.After(10 * time.Second):
	case <-ctx.Done():
	}
	return c.ContractCaller.CallContract(ctx, msg, block)
}

// morphoOnAnvil deploys, on a new Anvil, a development feed at $100,000 and Morpho Blue with a
// market over it, supplied with liquidity (nil: none).
func morphoOnAnvil(t *testing.T, liquidity *big.Int) (*anviltest.Anvil, deploy.Feed, *deploy.MorphoDeployment) {
	t.Helper()
	ctx := context.Background()
	anvil := anviltest.Start(t)
	owner := anvil.Sender(0)
	feed, err := deploy.DeployFeed(ctx, owner, deploy.DevFeedConfig(big.NewInt(100_000e8)))
	if err != nil {
		t.Fatal(err)
	}
	d, err := deploy.DeployMorpho(ctx, owner, anvil.ChainID, deploy.MorphoConfig{Feed: feed.Proxy, Liquidity: liquidity},
		slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return anvil, feed, d
}
