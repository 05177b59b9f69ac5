package indexer_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	morphobind "github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/indexdb/positions"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/protocol/morpho"
)

var morphoABI, morphoOracleABI = morphobind.NewMorpho(), morphobind.NewIOracle()

// morphoEnv is a development Morpho Blue beside env's ltvkeeper markets, on the same Anvil:
// cbBTC/USDC and WBTC/USDC markets over one oracle, and the env's actors funded for both.
type morphoEnv struct {
	*env
	d        *deploy.MorphoDeployment
	agg      common.Address // the aggregator behind the oracle's feed, where prices are published
	params   []morphobind.MarketParams
	accounts []common.Address // every account that touched Morpho
}

func newMorphoEnv(t *testing.T, actors int) *morphoEnv {
	t.Helper()
	e := newEnv(t, actors)
	ctx := context.Background()
	feed, err := deploy.DeployFeed(ctx, e.deployer, deploy.DevFeedConfig(big.NewInt(100_000e8)))
	if err != nil {
		t.Fatal(err)
	}
	d, err := deploy.DeployMorpho(ctx, e.deployer, e.c.ChainID, deploy.MorphoConfig{Feed: feed.Proxy, Liquidity: big.NewInt(2_000_000e6)}, testlog.Discard)
	if err != nil {
		t.Fatal(err)
	}
	m := &morphoEnv{env: e, d: d, agg: feed.Aggregator, params: []morphobind.MarketParams{d.Params}}
	e.send(e.deployer, d.LoanToken, erc20.PackMint(e.deployer.From, big.NewInt(100_000_000e6)))
	e.send(e.deployer, d.LoanToken, erc20.PackApprove(d.Morpho, maxUint))
	m.accounts = append(m.accounts, e.deployer.From)
	m.addMarket("WBTC", deploy.DevMorphoLLTV)
	for _, a := range e.actors {
		m.accounts = append(m.accounts, a.From)
		e.send(a, d.LoanToken, erc20.PackMint(a.From, big.NewInt(10_000_000e6)))
		e.send(a, d.LoanToken, erc20.PackApprove(d.Morpho, maxUint))
		e.send(a, d.CollateralToken, erc20.PackMint(a.From, big.NewInt(1_000e8)))
		e.send(a, d.CollateralToken, erc20.PackApprove(d.Morpho, maxUint))
	}
	return m
}

// addMarket creates a Morpho market of a new collateral token (8 decimals) at lltv, and funds
// the actors with it.
func (m *morphoEnv) addMarket(symbol string, lltv *big.Int) morphobind.MarketParams {
	m.t.Helper()
	token, _, err := m.deployer.Deploy(context.Background(), bindings.MockERC20MetaData.Bin, erc20.PackConstructor(symbol, symbol, 8))
	if err != nil {
		m.t.Fatal(err)
	}
	if lltv.Cmp(deploy.DevMorphoLLTV) != 0 {
		m.send(m.deployer, m.d.Morpho, morphoABI.PackEnableLltv(lltv))
	}
	p := morphobind.MarketParams{LoanToken: m.d.LoanToken, CollateralToken: token, Oracle: m.d.Oracle, Irm: m.d.IRM, Lltv: lltv}
	m.send(m.deployer, m.d.Morpho, morphoABI.PackCreateMarket(p))
	m.send(m.deployer, m.d.Morpho, morphoABI.PackSupply(p, big.NewInt(1_000_000e6), new(big.Int), m.deployer.From, nil))
	for _, a := range m.actors {
		m.send(a, token, erc20.PackMint(a.From, big.NewInt(1_000e8)))
		m.send(a, token, erc20.PackApprove(m.d.Morpho, maxUint))
	}
	m.params = append(m.params, p)
	return p
}

func (m *morphoEnv) id(i int) [32]byte { return deploy.MarketID(m.params[i]) }

// chargeFee has Morpho keep a fee of 10% of the first market's interest for morphoFeeTo.
func (m *morphoEnv) chargeFee() {
	m.t.Helper()
	m.send(m.deployer, m.d.Morpho, morphoABI.PackSetFeeRecipient(morphoFeeTo))
	m.send(m.deployer, m.d.Morpho, morphoABI.PackSetFee(m.params[0], big.NewInt(0.1e18)))
}

// act does n random Morpho actions in random markets: supply and withdraw, collateral in and
// out, borrow and repay; some fail (Morpho refuses them), as a user's would.
func (m *morphoEnv) act(rng *rand.Rand, n int) {
	m.t.Helper()
	for range n {
		a := m.actors[rng.IntN(len(m.actors))]
		p := m.params[rng.IntN(len(m.params))]
		id := deploy.MarketID(p)
		amount := big.NewInt(rng.Int64N(40_000e6) + 1)
		switch rng.IntN(6) {
		case 0:
			m.try(a, m.d.Morpho, morphoABI.PackSupply(p, amount, new(big.Int), a.From, nil))
		case 1:
			m.try(a, m.d.Morpho, morphoABI.PackWithdraw(p, amount, new(big.Int), a.From, a.From))
		case 2:
			m.try(a, m.d.Morpho, morphoABI.PackSupplyCollateral(p, big.NewInt(rng.Int64N(1e8)+1), a.From, nil))
		case 3:
			m.try(a, m.d.Morpho, morphoABI.PackWithdrawCollateral(p, big.NewInt(rng.Int64N(2e7)+1), a.From, a.From))
		case 4:
			m.try(a, m.d.Morpho, morphoABI.PackBorrow(p, amount, new(big.Int), a.From, a.From))
		case 5:
			pos := anviltest.Call(m.t, m.anvil.Client, m.d.Morpho, morphoABI.PackPosition(id, a.From), morphoABI.UnpackPosition, nil)
			if pos.BorrowShares.Sign() > 0 {
				m.try(a, m.d.Morpho, morphoABI.PackRepay(p, new(big.Int), new(big.Int).Rsh(pos.BorrowShares, 1), a.From, nil))
			}
		}
	}
}

// jump moves time on and accrues every market's interest.
func (m *morphoEnv) jump(seconds int) {
	m.t.Helper()
	m.rpc("evm_increaseTime", seconds)
	for _, p := range m.params {
		m.send(m.deployer, m.d.Morpho, morphoABI.PackAccrueInterest(p))
	}
}

// badDebt has the last actor borrow near the limit in market i, halves the price, and has the
// first actor seize all of its collateral: the rest of its debt is written off.
func (m *morphoEnv) badDebt(i int) {
	m.t.Helper()
	p, liq := m.params[i], m.actors[0]
	victim := m.anvil.Sender(4)
	m.accounts = append(m.accounts, victim.From)
	m.send(victim, p.CollateralToken, erc20.PackMint(victim.From, big.NewInt(1e8)))
	m.send(victim, p.CollateralToken, erc20.PackApprove(m.d.Morpho, maxUint))
	m.send(victim, m.d.Morpho, morphoABI.PackSupplyCollateral(p, big.NewInt(1e8), victim.From, nil))
	// 80% of the collateral's value at 100,000 (the LLTV is 86%).
	m.send(victim, m.d.Morpho, morphoABI.PackBorrow(p, big.NewInt(80_000e6), new(big.Int), victim.From, victim.From))
	if _, err := deploy.PublishPrice(context.Background(), m.deployer, m.agg, big.NewInt(45_000e8)); err != nil {
		m.t.Fatal(err)
	}
	pos := anviltest.Call(m.t, m.anvil.Client, m.d.Morpho, morphoABI.PackPosition(m.id(i), victim.From), morphoABI.UnpackPosition, nil)
	m.send(liq, m.d.Morpho, morphoABI.PackLiquidate(p, victim.From, pos.Collateral, new(big.Int), nil))
	after := anviltest.Call(m.t, m.anvil.Client, m.d.Morpho, morphoABI.PackPosition(m.id(i), victim.From), morphoABI.UnpackPosition, nil)
	if after.BorrowShares.Sign() != 0 || after.Collateral.Sign() != 0 {
		m.t.Fatalf("after seizing all collateral: %+v, want the rest written off", after)
	}
	if _, err := deploy.PublishPrice(context.Background(), m.deployer, m.agg, big.NewInt(100_000e8)); err != nil {
		m.t.Fatal(err)
	}
}

func (m *morphoEnv) config(cfg morpho.Config) indexer.Config {
	m.t.Helper()
	if cfg.Morpho == (common.Address{}) {
		cfg.Morpho = m.d.Morpho
	}
	cfg.StartBlock = m.d.StartBlock
	p, err := morpho.New(cfg)
	if err != nil {
		m.t.Fatal(err)
	}
	return indexer.Config{ChainID: m.c.ChainID.Uint64(), Factory: cfg.Morpho, StartBlock: m.d.StartBlock, Protocol: p,
		RPCURL: m.anvil.URL, UntilHead: true}
}

// assertMorphoMatches checks every followed market's totals and fee, and every position of
// every account, against Morpho's market(id) and position(id, user) at the index's checkpoint,
// and the oracle's price there.
func (m *morphoEnv) assertMorphoMatches(pool *pgxpool.Pool, markets []int) {
	m.t.Helper()
	t, ctx, c := m.t, context.Background(), m.anvil.Client
	var block uint64
	if err := pool.QueryRow(ctx, `SELECT block_number FROM checkpoints WHERE factory = $1`, m.d.Morpho.Bytes()).Scan(&block); err != nil {
		t.Fatalf("read Morpho's checkpoint: %v", err)
	}
	at := new(big.Int).SetUint64(block)
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM markets WHERE factory = $1 AND protocol = 'morpho-blue'`, m.d.Morpho.Bytes()).Scan(&n); err != nil || n != len(markets) {
		t.Fatalf("Morpho markets indexed = %d (%v), want %d", n, err, len(markets))
	}
	accounts := append([]common.Address{morphoFeeTo}, m.accounts...)
	for _, i := range markets {
		id := m.id(i)
		want := anviltest.Call(t, c, m.d.Morpho, morphoABI.PackMarket(id), morphoABI.UnpackMarket, at)
		var st [6]string
		if err := pool.QueryRow(ctx, `SELECT total_supply_assets::text, total_supply_shares::text, total_borrow_assets::text,
			total_borrow_shares::text, fee::text, last_accrual::text FROM market_state WHERE market = $1`, id[:]).Scan(&st[0], &st[1], &st[2], &st[3], &st[4], &st[5]); err != nil {
			t.Fatalf("market_state of Morpho market %d: %v", i, err)
		}
		for k, w := range []*big.Int{want.TotalSupplyAssets, want.TotalSupplyShares, want.TotalBorrowAssets, want.TotalBorrowShares, want.Fee, want.LastUpdate} {
			if st[k] != w.String() {
				t.Errorf("Morpho market %d at block %d: column %d is %s, Morpho says %s", i, block, k, st[k], w)
			}
		}
		for _, a := range accounts {
			want := anviltest.Call(t, c, m.d.Morpho, morphoABI.PackPosition(id, a), morphoABI.UnpackPosition, at)
			got := [3]string{"0", "0", "0"}
			err := pool.QueryRow(ctx, `SELECT supply_shares::text, borrow_shares::text, collateral::text FROM positions WHERE market = $1 AND borrower = $2`,
				id[:], a.Bytes()).Scan(&got[0], &got[1], &got[2])
			if err != nil && !strings.Contains(err.Error(), "no rows") {
				t.Fatal(err)
			}
			if got != [3]string{want.SupplyShares.String(), want.BorrowShares.String(), want.Collateral.String()} {
				t.Errorf("position of %s in Morpho market %d at block %d: index %v, Morpho %+v", a, i, block, got, want)
			}
		}
	}
	price := anviltest.Call(t, c, m.d.Oracle, morphobind.NewIOracle().PackPrice(), morphobind.NewIOracle().UnpackPrice, at)
	var got string
	if err := pool.QueryRow(ctx, `SELECT price::text FROM oracle_prices WHERE oracle = $1 AND block_number = $2`, m.d.Oracle.Bytes(), int64(block)).Scan(&got); err != nil || got != price.String() {
		t.Errorf("oracle price at block %d: index %q (%v), oracle %s", block, got, err, price)
	}
}

var morphoFeeTo = common.HexToAddress("0x00000000000000000000000000000000000fee01")

// TestMorphoIndexEqualsChain: lenders and borrowers across two Morpho markets and one
// ltvkeeper market do every action, with interest over time jumps, fee changes and a
// liquidation with bad debt; after --until-head both indexers' rows equal the contracts.
func TestMorphoIndexEqualsChain(t *testing.T) {
	m := newMorphoEnv(t, 4)
	rng := rand.New(rand.NewPCG(14, 1))
	m.send(m.deployer, m.d.Morpho, morphoABI.PackSetFeeRecipient(morphoFeeTo))
	m.act(rng, 30)
	m.env.act(rng, 10)
	m.jump(30 * 24 * 3600)
	m.send(m.deployer, m.d.Morpho, morphoABI.PackSetFee(m.params[0], big.NewInt(0.1e18)))
	m.act(rng, 30)
	m.jump(60 * 24 * 3600)
	m.send(m.deployer, m.d.Morpho, morphoABI.PackSetFee(m.params[1], big.NewInt(0.05e18)))
	m.send(m.deployer, m.d.Morpho, morphoABI.PackSetFee(m.params[0], big.NewInt(0.2e18)))
	m.badDebt(0)
	m.act(rng, 30)
	m.jump(7 * 24 * 3600)

	_, pool := markettest.IndexDB(t)
	m.indexUntilHead(pool, indexer.Config{RangeSize: 7})
	if err := runIndexer(m.anvil.URL, pool, func() indexer.Config { c := m.config(morpho.Config{}); c.RangeSize = 5; return c }()); err != nil {
		t.Fatal(err)
	}
	m.assertMatchesChain(pool)
	m.assertMorphoMatches(pool, []int{0, 1})
	var names []string
	rows, err := pool.Query(context.Background(), `SELECT DISTINCT event FROM events WHERE factory = $1 ORDER BY event`, m.d.Morpho.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		names = append(names, s)
	}
	// AnswerUpdated: the rounds of the feed behind the markets' oracle (the bad debt moves it).
	if got := strings.Join(names, ","); got != "AccrueInterest,AnswerUpdated,Borrow,CreateMarket,Liquidate,Repay,SetFee,SetFeeRecipient,Supply,SupplyCollateral,Withdraw,WithdrawCollateral" {
		t.Errorf("Morpho events indexed: %s", got)
	}
}

// TestMorphoReorgRemovesCreateMarket follows Morpho while a reorg removes a market's creation
// and its events: the live index must equal a fresh index of the canonical chain, and Morpho.
func TestMorphoReorgRemovesCreateMarket(t *testing.T) {
	m := newMorphoEnv(t, 3)
	rng := rand.New(rand.NewPCG(14, 2))
	m.chargeFee()
	m.act(rng, 20)
	_, live := markettest.IndexDB(t)
	cfg := m.config(morpho.Config{})
	cfg.UntilHead, cfg.PollInterval = false, 20*time.Millisecond
	inBackground(t, cfg, anviltest.Dial(t, m.anvil.URL).Client(), live, nil)
	m.waitIndexed(live)
	head, err := m.anvil.Client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	m.addMarket("XBTC", deploy.DevMorphoLLTV)
	m.act(rng, 20)
	m.jump(24 * 3600)
	m.waitIndexed(live)
	now, err := m.anvil.Client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	m.reorg(int(now - head))
	m.params = m.params[:2]
	m.waitIndexed(live)
	_, fresh := markettest.IndexDB(t)
	if err := runIndexer(m.anvil.URL, fresh, m.config(morpho.Config{})); err != nil {
		t.Fatal(err)
	}
	// Oracle prices are read at each range's end, so which blocks have one depends on how the
	// blocks were cut into ranges; every other row must be the same.
	assertSameIndex(t, live, fresh)
	m.assertMorphoMatches(live, []int{0, 1})
}

// TestMorphoFilter follows the markets of one collateral token, including one created after
// the start, and refuses, before writing anything, a Morpho without code, an unknown market
// id and a filter that matches nothing.
func TestMorphoFilter(t *testing.T) {
	m := newMorphoEnv(t, 2)
	wbtc := m.params[1].CollateralToken
	m.addMarket("WBTC2", big.NewInt(0.77e18)) // another collateral: not followed
	later := morphobind.MarketParams{LoanToken: m.d.LoanToken, CollateralToken: wbtc, Oracle: m.d.Oracle, Irm: m.d.IRM, Lltv: big.NewInt(0.77e18)}
	m.act(rand.New(rand.NewPCG(14, 3)), 20)
	_, pool := markettest.IndexDB(t)
	cfg := m.config(morpho.Config{CollateralTokens: []common.Address{wbtc}})
	if err := runIndexer(m.anvil.URL, pool, cfg); err != nil {
		t.Fatal(err)
	}
	m.send(m.deployer, m.d.Morpho, morphoABI.PackCreateMarket(later))
	m.params = append(m.params, later)
	m.send(m.actors[0], m.d.Morpho, morphoABI.PackSupply(later, big.NewInt(1_000e6), new(big.Int), m.actors[0].From, nil))
	if err := runIndexer(m.anvil.URL, pool, cfg); err != nil {
		t.Fatal(err)
	}
	m.assertMorphoMatches(pool, []int{1, 3})

	for _, tt := range []struct {
		name string
		cfg  morpho.Config
		want string
	}{
		{"no code", morpho.Config{Morpho: common.HexToAddress("0x000000000000000000000000000000000000dEaD")}, "has no code"},
		{"unknown id", morpho.Config{Markets: []common.Hash{common.HexToHash("0x01")}}, "does not exist"},
		{"matches nothing", morpho.Config{CollateralTokens: []common.Address{common.HexToAddress("0x00000000000000000000000000000000000b7c00")}}, "matches nothing"},
	} {
		_, empty := markettest.IndexDB(t)
		err := runIndexer(m.anvil.URL, empty, m.config(tt.cfg))
		if !errors.Is(err, indexer.ErrFatal) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want a fatal error saying %q", tt.name, err, tt.want)
		}
		var rows int
		if err := empty.QueryRow(context.Background(), `SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM checkpoints) + (SELECT count(*) FROM markets)`).Scan(&rows); err != nil || rows != 0 {
			t.Errorf("%s: %d rows written (%v)", tt.name, rows, err)
		}
	}
}

// TestMorphoPositionsLive: for every indexed Morpho position, positions_live's debt, LTV,
// liquidation and margin-call prices and status are loanmath's on the index's market state
// accrued to the view's time at the last accrual's rate, and the oracle's price: to the wei.
func TestMorphoPositionsLive(t *testing.T) {
	m := newMorphoEnv(t, 4)
	rng := rand.New(rand.NewPCG(14, 5))
	m.chargeFee()
	m.act(rng, 60)
	m.env.act(rng, 20)
	m.jump(40 * 24 * 3600)
	m.act(rng, 30)
	// Two borrowers near the line: at 90,000, LTVs 0.78 (past the margin-call line, 0.774)
	// and 0.89 (past the LLTV, 0.86).
	for _, debt := range []int64{70_000e6, 80_000e6} {
		p := m.params[0]
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		a := chain.NewSender(m.anvil.Client, key, m.c.ChainID)
		m.rpc("anvil_setBalance", a.From, hexutil.EncodeBig(big.NewInt(1e18)))
		m.send(a, p.CollateralToken, erc20.PackMint(a.From, big.NewInt(1e8)))
		m.send(a, p.CollateralToken, erc20.PackApprove(m.d.Morpho, maxUint))
		m.send(a, m.d.Morpho, morphoABI.PackSupplyCollateral(p, big.NewInt(1e8), a.From, nil))
		m.send(a, m.d.Morpho, morphoABI.PackBorrow(p, big.NewInt(debt), new(big.Int), a.From, a.From))
	}
	// Interest since the last accrual: time passes and a block is mined without one.
	m.rpc("evm_increaseTime", 9*24*3600+17)
	if _, err := deploy.PublishPrice(context.Background(), m.deployer, m.agg, big.NewInt(90_000e8)); err != nil {
		t.Fatal(err)
	}
	_, pool := markettest.IndexDB(t)
	m.indexUntilHead(pool, indexer.Config{})
	if err := runIndexer(m.anvil.URL, pool, m.config(morpho.Config{})); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	rows, err := pool.Query(ctx, `SELECT l.market, l.borrower, l.collateral::text, l.borrow_shares::text, l.debt::text, l.ltv_wad::text,
		l.liquidation_price::text, l.margin_call_price::text, l.status, l.price::text, l.as_of_timestamp,
		s.total_borrow_assets::text, s.total_borrow_shares::text, s.rate_per_second::text, s.last_accrual,
		m.liquidation_ltv::text, m.margin_call_ltv::text, l.protocol
		FROM positions_live l JOIN market_state s USING (chain_id, market) JOIN markets m USING (chain_id, market)
		WHERE m.protocol = 'morpho-blue'`)
	if err != nil {
		t.Fatal(err)
	}
	u := func(s string) *uint256.Int { return uint256.MustFromDecimal(s) }
	statuses := map[string]int{}
	live := map[string]string{} // market and borrower: debt, LTV, status, liquidation price
	n := 0
	for rows.Next() {
		var market, borrower []byte
		var coll, shares, debt, ltv, liqPrice, mcPrice, status, price, tba, tbs, rate, lltv, mcl, proto string
		var asOf, last int64
		if err := rows.Scan(&market, &borrower, &coll, &shares, &debt, &ltv, &liqPrice, &mcPrice, &status, &price, &asOf,
			&tba, &tbs, &rate, &last, &lltv, &mcl, &proto); err != nil {
			t.Fatal(err)
		}
		n++
		statuses[status]++
		mk := loanmath.MorphoMarket{TotalSupplyAssets: new(uint256.Int), TotalSupplyShares: new(uint256.Int),
			TotalBorrowAssets: u(tba), TotalBorrowShares: u(tbs), LastUpdate: uint64(last), Fee: new(uint256.Int)}
		acc, err := loanmath.MorphoAccrue(mk, u(rate), uint64(asOf))
		if err != nil {
			t.Fatal(err)
		}
		pos := loanmath.MorphoPosition{SupplyShares: new(uint256.Int), BorrowShares: u(shares), Collateral: u(coll)}
		wantDebt, err1 := loanmath.MorphoBorrowed(pos.BorrowShares, acc.Market)
		wantLTV, err2 := loanmath.MorphoLTV(pos, acc.Market, u(price))
		wantLiq, err3 := loanmath.MorphoLiquidationPrice(pos, acc.Market, u(lltv))
		wantMC, err4 := loanmath.MorphoLiquidationPrice(pos, acc.Market, u(mcl))
		healthy, err5 := loanmath.MorphoHealthy(pos, acc.Market, u(price), u(lltv))
		if err := errors.Join(err1, err2, err3, err4, err5); err != nil {
			t.Fatal(err)
		}
		wantStatus := "healthy"
		switch {
		case !healthy:
			wantStatus = "liquidatable"
		case !wantLTV.Lt(u(mcl)):
			wantStatus = "margin_call"
		}
		got := []string{debt, ltv, liqPrice, mcPrice, status, proto}
		want := []string{wantDebt.Dec(), wantLTV.Dec(), wantLiq.Dec(), wantMC.Dec(), wantStatus, "morpho-blue"}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("position of %x in market %x: positions_live (debt, LTV, liquidation price, margin-call price, status, protocol) %v, loanmath %v",
				borrower, market, got, want)
		}
		live[fmt.Sprintf("%x/%x", market, borrower)] = fmt.Sprintf("%s %s %s %s", debt, ltv, status, liqPrice)
		if asOf <= last && u(shares).Sign() > 0 {
			t.Errorf("market %x: no interest since the last accrual (%d) at the view's time %d", market, last, asOf)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d Morpho positions: %v", n, statuses)
	// The listing behind positions, position and the API shows them beside ltvkeeper's.
	for _, sort := range positions.Sorts {
		ps, err := positions.Query(ctx, pool, positions.Filter{Sort: sort})
		if err != nil {
			t.Fatal(err)
		}
		listed := map[string]int{}
		for _, p := range ps {
			listed[p.Protocol]++
			if p.Protocol != "morpho-blue" {
				continue
			}
			key := fmt.Sprintf("%x/%x", p.MarketID.Bytes(), p.Borrower.Bytes())
			if got := fmt.Sprintf("%s %s %s %s", p.Debt, p.LTV, p.Status, p.LiquidationPrice); got != live[key] {
				t.Errorf("by %s: position %s listed as %s, positions_live %s", sort, key, got, live[key])
			}
		}
		if listed["morpho-blue"] != n || listed["ltvkeeper"] == 0 {
			t.Errorf("by %s: listed %v, want %d Morpho positions beside ltvkeeper's", sort, listed, n)
		}
	}
	if n < 4 || statuses["healthy"] == 0 || statuses["margin_call"] == 0 || statuses["liquidatable"] == 0 {
		t.Fatalf("%d Morpho positions with statuses %v: want several, healthy and not", n, statuses)
	}
}

// A Morpho market's price history comes from the feeds behind its Chainlink oracle: every
// round of its base and quote feeds from the market's creation on, each with the oracle's
// price after it, equal to the oracle's price() at that block. A market whose oracle is not
// a Morpho Chainlink oracle has no feeds and no history.
func TestMorphoOraclePriceHistory(t *testing.T) {
	m := newMorphoEnv(t, 1)
	ctx := context.Background()
	quote, err := deploy.DeployFeed(ctx, m.deployer, deploy.FeedConfig{Description: "USDC / USD", Decimals: 8,
		MinAnswer: big.NewInt(1e6), MaxAnswer: big.NewInt(1e10), Answer: big.NewInt(1e8)})
	if err != nil {
		t.Fatal(err)
	}
	publish := func(agg common.Address, answer int64) {
		t.Helper()
		if _, err := deploy.PublishPrice(ctx, m.deployer, agg, big.NewInt(answer)); err != nil {
			t.Fatal(err)
		}
	}
	publish(m.agg, 99_000e8) // before the new market: only its latest round counts
	publish(quote.Aggregator, 0.999e8)
	oracle, _, err := m.deployer.Deploy(ctx, morphobind.ChainlinkOracleMetaData.Bin,
		morphobind.NewChainlinkOracle().PackConstructor(m.d.Feed, common.Address{}, quote.Proxy, common.Address{}, big.NewInt(8), big.NewInt(6)))
	if err != nil {
		t.Fatal(err)
	}
	withQuote := m.d.Params
	withQuote.Oracle = oracle
	noFeeds := m.d.Params
	noFeeds.Oracle = m.d.Feed // a feed has no price(): Morpho creates the market all the same
	m.send(m.deployer, m.d.Morpho, morphoABI.PackCreateMarket(withQuote))
	m.send(m.deployer, m.d.Morpho, morphoABI.PackCreateMarket(noFeeds))
	for i, p := range []int64{98_000e8, 97_500e8, 101_000e8} {
		publish(m.agg, p)
		publish(quote.Aggregator, 0.998e8+int64(i)*1e5)
	}

	_, pool := markettest.IndexDB(t)
	if err := runIndexer(m.anvil.URL, pool, func() indexer.Config { c := m.config(morpho.Config{}); c.RangeSize = 3; return c }()); err != nil {
		t.Fatal(err)
	}
	chainID := m.c.ChainID.Uint64()
	history := func(params morphobind.MarketParams) (indexdb.Market, []indexdb.PriceRound) {
		t.Helper()
		mk, err := indexdb.MarketByID(ctx, pool, chainID, indexdb.MarketID(deploy.MarketID(params).Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		rounds, more, err := indexdb.ListPriceRounds(ctx, pool, mk, nil, 100)
		if err != nil || more {
			t.Fatalf("list price rounds: more %v, %v", more, err)
		}
		return mk, rounds
	}

	dev, devRounds := history(m.d.Params)
	if f := dev.OracleFeeds; f == nil || f.Base1 != m.d.Feed || f.Base2 != (common.Address{}) || f.Quote1 != (common.Address{}) ||
		f.ScaleFactor.Cmp(new(big.Int).Exp(big.NewInt(10), big.NewInt(26), nil)) != 0 {
		t.Fatalf("development oracle's feeds: %+v, want base feed %s and scale 1e26", f, m.d.Feed)
	}
	mk, rounds := history(withQuote)
	if f := mk.OracleFeeds; f == nil || f.Base1 != m.d.Feed || f.Quote1 != quote.Proxy || f.Base2 != (common.Address{}) {
		t.Fatalf("oracle's feeds: %+v, want base %s and quote %s", f, m.d.Feed, quote.Proxy)
	}
	// The quote feed is found with the market; the base feed, followed since the first market,
	// brings its rounds from the market's creation on: 3 and 3, and the quote's first round.
	if len(rounds) != 7 {
		t.Fatalf("%d rounds, want 7: %+v", len(rounds), rounds)
	}
	// The first market's: the base feed's round when found, and the 4 published since.
	if len(devRounds) != 5 {
		t.Fatalf("the first market has %d rounds, want 5: %+v", len(devRounds), devRounds)
	}
	for _, history := range [][]indexdb.PriceRound{rounds, devRounds} {
		o := m.d.Oracle
		if &history[0] == &rounds[0] {
			o = oracle
		}
		for _, r := range history {
			want := anviltest.Call(t, m.anvil.Client, o, morphoOracleABI.PackPrice(), morphoOracleABI.UnpackPrice, new(big.Int).SetInt64(r.Key.Block))
			if r.Answer.Cmp(want) != 0 {
				t.Errorf("oracle %s, round at block %d log %d: price %s, want the oracle's %s", o, r.Key.Block, r.Key.LogIndex, r.Answer, want)
			}
		}
	}
	none, noRounds := history(noFeeds)
	if none.OracleFeeds != nil || len(noRounds) != 0 {
		t.Fatalf("a market whose oracle is a feed: feeds %+v, %d rounds; want none", none.OracleFeeds, len(noRounds))
	}
}
