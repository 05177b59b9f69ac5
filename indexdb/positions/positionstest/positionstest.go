// Package positionstest fills a migrated test database with a small, known index: two
// wBTC/USDC markets (decimals 8/6/8, the default risk parameters) on one BTC/USD feed at
// $100,000, and four open positions plus one closed, written directly with SQL as the indexer
// would have written them; and on request a Morpho Blue market beside them (SeedMorpho).
package positionstest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/migrations"
)

const (
	ChainID = 31337
	Block   = 100
	// Time is the checkpoint's block time. Market A last accrued then, so its debts equal
	// their shares; market B last accrued a day before.
	Time = 1_700_000_000
	Day  = 86_400
)

var (
	Factory   = common.HexToAddress("0xfac0000000000000000000000000000000000001")
	Feed      = common.HexToAddress("0xfeed000000000000000000000000000000000001")
	WBTC      = common.HexToAddress("0xb7c0000000000000000000000000000000000001")
	USDC      = common.HexToAddress("0x05dc000000000000000000000000000000000001")
	MarketA   = common.HexToAddress("0xaaaa000000000000000000000000000000000001")
	MarketB   = common.HexToAddress("0xbbbb000000000000000000000000000000000002")
	Alice     = common.HexToAddress("0xa11ce00000000000000000000000000000000001") // the worked example in A, and a small loan in B
	Bob       = common.HexToAddress("0xb0b0000000000000000000000000000000000002") // 70% in A: margin call
	Carol     = common.HexToAddress("0xca40100000000000000000000000000000000003") // 85% in A: liquidatable
	Dave      = common.HexToAddress("0xdae0000000000000000000000000000000000004") // closed: all zero
	PriceUSD  = uint256.NewInt(100_000e8)
	Rate      = uint256.NewInt(29e15) // 2.9% APR
	TxBorrow  = common.HexToHash("0x1111111111111111111111111111111111111111111111111111111111111111")
	TxDeposit = common.HexToHash("0x2222222222222222222222222222222222222222222222222222222222222222")
	TxMarketB = common.HexToHash("0x3333333333333333333333333333333333333333333333333333333333333333")
)

// Position is one fixture position: collateral in satoshis, borrow shares at index 1e27.
type Position struct {
	Market, Borrower   common.Address
	Collateral, Shares uint64
}

// Positions are the fixture's positions. At $100,000 a BTC:
// Alice in A is the worked example: $2,000 against 0.1 BTC = 20%, liquidation price $25,000;
// Bob in A owes $14,000 against 0.2 BTC = 70%; Carol in A owes $25,500 against 0.3 BTC = 85%;
// Alice in B owed $2,500 against 0.5 BTC (5%) a day ago.
var Positions = []Position{
	{MarketA, Alice, 1e7, 2_000e6},
	{MarketA, Bob, 2e7, 14_000e6},
	{MarketA, Carol, 3e7, 25_500e6},
	{MarketB, Alice, 5e7, 2_500e6},
	{MarketA, Dave, 0, 0},
}

// inTest runs seed on the database at url, failing the test on an error.
func inTest(t testing.TB, seed func(context.Context, string) error, url string) {
	t.Helper()
	if err := seed(context.Background(), url); err != nil {
		t.Fatal(err)
	}
}

// Seed migrates the database at url and writes the fixture into it.
func Seed(t testing.TB, url string) { t.Helper(); inTest(t, SeedDB, url) }

// Seeded returns a database of the test's own holding the fixture (Seed).
func Seeded(t testing.TB) string {
	t.Helper()
	url := pgtest.DB(t)
	Seed(t, url)
	return url
}

// SeededPool returns a pool on a database of the test's own holding the fixture.
func SeededPool(t testing.TB) *pgxpool.Pool {
	t.Helper()
	return pgtest.Pool(t, Seeded(t))
}

// SeedDB is Seed outside a test: it migrates the database at url and writes the fixture.
func SeedDB(ctx context.Context, url string) error {
	if _, err := migrations.Up(ctx, url, slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		return err
	}
	ratePerSecond, err := loanmath.RatePerSecond(Rate)
	if err != nil {
		return err
	}
	b := &pgx.Batch{}
	b.Queue(`INSERT INTO checkpoints (chain_id, factory, block_number, block_hash, block_timestamp)
		VALUES ($1, $2, $3, $4, $5)`, ChainID, Factory.Bytes(), Block, common.HexToHash("0xb10c").Bytes(), Time)
	b.Queue(`INSERT INTO price_rounds (chain_id, factory, price_feed, block_number, log_index, round_id, answer, updated_at, aggregator)
		VALUES ($1, $6, $2, 90, 0, 7, 90000e8, $3, $2), ($1, $6, $2, 99, 3, 8, $4::numeric, $5, $2)`,
		ChainID, Feed.Bytes(), Time-600, PriceUSD.Dec(), Time-60, Factory.Bytes())
	for _, m := range []struct {
		addr        common.Address
		lastAccrual int64
	}{{MarketA, Time}, {MarketB, Time - Day}} {
		queueMarket(b, m.addr, Feed, 10, Time-Day*30, m.lastAccrual, ratePerSecond)
	}
	queuePositions(b, Positions)
	for _, e := range []struct {
		block, logIndex int64
		tx              common.Hash
		market          common.Address
		name, args      string
	}{
		{50, 1, TxDeposit, MarketA, "DepositCollateral", `{"borrower":"0xa11ce00000000000000000000000000000000001","assets":"10000000","collateral":"10000000"}`},
		{51, 0, TxBorrow, MarketA, "Borrow", `{"borrower":"0xa11ce00000000000000000000000000000000001","assets":"2000000000","shares":"2000000000"}`},
		{60, 4, TxMarketB, MarketB, "Borrow", `{"borrower":"0xa11ce00000000000000000000000000000000001","assets":"2500000000","shares":"2500000000"}`},
	} {
		b.Queue(`INSERT INTO events (chain_id, factory, block_number, log_index, block_hash, block_timestamp, tx_hash, address, market, account, event, args)
			VALUES ($1, $11, $2, $3, $4, $5, $6, $7, $7, $8, $9, $10)`,
			ChainID, e.block, e.logIndex, common.BigToHash(common.Big1).Bytes(), Time-(Block-e.block)*12, e.tx.Bytes(),
			e.market.Bytes(), Alice.Bytes(), e.name, e.args, Factory.Bytes())
	}
	// Someone else's event must not show in Alice's history.
	b.Queue(`INSERT INTO events (chain_id, factory, block_number, log_index, block_hash, block_timestamp, tx_hash, address, market, account, event, args)
		VALUES ($1, $5, 52, 0, '\x01', $2, '\x02', $3, $3, $4, 'Borrow', '{}')`, ChainID, Time-48*12, MarketA.Bytes(), Bob.Bytes(), Factory.Bytes())
	return sendBatch(ctx, url, "seed", b)
}

// Extra fixture for pagination: market C on a feed with no price yet, and ties.
var (
	FeedC   = common.HexToAddress("0xfeed000000000000000000000000000000000002")
	MarketC = common.HexToAddress("0xcccc000000000000000000000000000000000003")
	// Ties holds three borrowers with identical positions in market A (0.1 BTC, $1,000: 10%,
	// the same collateral as Alice's) and two in market C, whose LTV is unknown without a price.
	Ties = []Position{
		{MarketA, common.HexToAddress("0x7000000000000000000000000000000000000003"), 1e7, 1_000e6},
		{MarketA, common.HexToAddress("0x7000000000000000000000000000000000000001"), 1e7, 1_000e6},
		{MarketA, common.HexToAddress("0x7000000000000000000000000000000000000002"), 1e7, 1_000e6},
		{MarketC, common.HexToAddress("0x7000000000000000000000000000000000000001"), 2e7, 500e6},
		{MarketC, common.HexToAddress("0x7000000000000000000000000000000000000002"), 2e7, 500e6},
	}
)

// SeedTies adds market C and the Ties positions to a database Seed has filled, so that
// every order has ties and positions without an LTV.
func SeedTies(t testing.TB, url string) { t.Helper(); inTest(t, SeedTiesDB, url) }

// SeedTiesDB is SeedTies outside a test.
func SeedTiesDB(ctx context.Context, url string) error {
	ratePerSecond, err := loanmath.RatePerSecond(Rate)
	if err != nil {
		return err
	}
	b := &pgx.Batch{}
	queueMarket(b, MarketC, FeedC, 20, Time-Day*20, Time, ratePerSecond)
	queuePositions(b, Ties)
	return sendBatch(ctx, url, "seed ties", b)
}

// sendBatch sends b to the database at url.
func sendBatch(ctx context.Context, url, what string, b *pgx.Batch) error {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	if err := conn.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("positionstest: %s: %w", what, err)
	}
	return nil
}

// queueMarket queues a fixture market on feed, created at createdBlock and createdTime, with
// the fixture's risk parameters and rate and its state last accrued at lastAccrual.
func queueMarket(b *pgx.Batch, addr, feed common.Address, createdBlock, createdTime, lastAccrual int64, ratePerSecond *uint256.Int) {
	b.Queue(`INSERT INTO markets (chain_id, market, factory, collateral_token, loan_token, price_feed,
		collateral_decimals, loan_decimals, feed_decimals, max_borrow_ltv, margin_call_ltv, liquidation_ltv,
		liquidation_bonus, liquidation_target_ltv, max_price_age, initial_borrow_rate, created_block, created_timestamp, contract)
		VALUES ($1, $2, $3, $4, $5, $6, 8, 6, 8, 0.5e18, 0.65e18, 0.8e18, 0.05e18, 0.7e18, 3600, $7::numeric, $8, $9, $2)`,
		ChainID, addr.Bytes(), Factory.Bytes(), WBTC.Bytes(), USDC.Bytes(), feed.Bytes(), Rate.Dec(), createdBlock, createdTime)
	b.Queue(`INSERT INTO market_state (chain_id, market, borrow_index, borrow_rate, rate_per_second, last_accrual, block_number)
		VALUES ($1, $2, 1e27, $3::numeric, $4::numeric, $5, 95)`,
		ChainID, addr.Bytes(), Rate.Dec(), ratePerSecond.Dec(), lastAccrual)
}

// queuePositions queues fixture positions, last changed in block 95.
func queuePositions(b *pgx.Batch, ps []Position) {
	for _, p := range ps {
		b.Queue(`INSERT INTO positions (chain_id, market, borrower, collateral, borrow_shares, block_number)
			VALUES ($1, $2, $3, $4, $5, 95)`, ChainID, p.Market.Bytes(), p.Borrower.Bytes(), p.Collateral, p.Shares)
	}
}

// SeedMany adds n positions to a database Seed and SeedTies have filled, spread over markets
// A, B (which accrued for a day) and C (no price), with every kind a listing must order
// right: LTVs from 0 to past the liquidation line, positions without debt, debt without
// collateral, dust whose collateral is worth a few cents (among the first 4,000 only, as dust
// is rare), and identical positions. The same
// seed gives the same positions.
func SeedMany(ctx context.Context, url string, n int, seed uint64) error {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	r := rand.New(rand.NewPCG(seed, 7))
	markets := []common.Address{MarketA, MarketA, MarketA, MarketB, MarketB, MarketC}
	rows := make([][]any, 0, n)
	var prev *Position
	for i := range n {
		p := Position{
			Market:   markets[r.IntN(len(markets))],
			Borrower: common.BigToAddress(new(big.Int).SetUint64(seed<<32 + uint64(i) + 0x1000)),
			// From 0.0001 BTC ($10) to 100 BTC, log-uniform; a satoshi is worth 1,000 USDC
			// base units at $100,000, so the LTV goes up to 100%.
			Collateral: uint64(math.Pow(10, 4+r.Float64()*6)),
		}
		p.Shares = uint64(float64(p.Collateral) * 1000 * r.Float64())
		switch k := r.IntN(50); {
		case k == 0:
			p.Shares = 0 // collateral only
		case k == 1:
			p.Collateral, p.Shares = 0, p.Shares+1 // debt without collateral
		case k == 2 && prev != nil:
			p.Market, p.Collateral, p.Shares = prev.Market, prev.Collateral, prev.Shares // a tie
		case k < 6 && i < 4000:
			p.Collateral, p.Shares = 1+uint64(r.IntN(60)), uint64(r.IntN(60_000)) // dust
		}
		prev = &p
		rows = append(rows, []any{int64(ChainID), p.Market.Bytes(), p.Borrower.Bytes(), int64(p.Collateral), int64(p.Shares), int64(95)})
	}
	// Committed synchronously, so that the VACUUM below can mark the pages all-visible (the
	// rows of an asynchronous commit get no hint bits until the WAL writer flushes it).
	if _, err := conn.Exec(ctx, "SET synchronous_commit = on"); err != nil {
		return fmt.Errorf("positionstest: %w", err)
	}
	_, err = conn.CopyFrom(ctx, pgx.Identifier{"positions"},
		[]string{"chain_id", "market", "borrower", "collateral", "borrow_shares", "block_number"}, pgx.CopyFromRows(rows))
	if err != nil {
		return fmt.Errorf("positionstest: seed %d positions: %w", n, err)
	}
	// Vacuumed as autovacuum would a live index, so that listings can read from the indexes
	// alone.
	if _, err := conn.Exec(ctx, "VACUUM ANALYZE positions"); err != nil {
		return fmt.Errorf("positionstest: vacuum: %w", err)
	}
	return nil
}

// The Morpho Blue fixture: one cbBTC/USDC-like market (decimals 8/6) at LLTV 86% in the
// Morpho contract, priced by an oracle at $100,000 a BTC (1e36-scaled: 1e39), last accrued at
// the checkpoint's time, so that its debts are its shares converted with Morpho's rounding. The
// oracle is a Morpho Chainlink oracle over MorphoFeed (scale 1e26), whose rounds since the
// market's creation are 99,000 (found at block 20) and 100,000 (block 90).
var (
	Morpho       = common.HexToAddress("0x0b10000000000000000000000000000000000001")
	MorphoOracle = common.HexToAddress("0x0c1e000000000000000000000000000000000001")
	MorphoIRM    = common.HexToAddress("0x0124000000000000000000000000000000000001")
	MorphoFeed   = common.HexToAddress("0xfeed000000000000000000000000000000000002")
	// MorphoMarket is the market's 32-byte id: its last 20 bytes are no market's address.
	MorphoMarket = indexdb.MarketID(common.HexToHash("0x6d6f7270686f0000000000000000000000000000000000000000000000000b1c").Bytes())
	MorphoPrice  = new(big.Int).Exp(big.NewInt(10), big.NewInt(39), nil)
	MorphoLLTV   = big.NewInt(0.86e18)
	Erin         = common.HexToAddress("0xe410000000000000000000000000000000000005") // 1 BTC, $50,000: 50%, healthy
	Frank        = common.HexToAddress("0xf4a0000000000000000000000000000000000006") // 1 BTC, $80,000: 80%, margin call
	Gina         = common.HexToAddress("0x9140000000000000000000000000000000000007") // 0.5 BTC, $45,000: 90%, liquidatable
	TxMorpho     = common.HexToHash("0x7777777777777777777777777777777777777777777777777777777777777777")
	// MorphoPositions hold borrow shares at Morpho's 1e6 shares an asset.
	MorphoPositions = []MorphoPosition{
		{Erin, 1e8, 50_000e6},
		{Frank, 1e8, 80_000e6},
		{Gina, 5e7, 45_000e6},
	}
)

// MorphoPosition is a fixture position in MorphoMarket: collateral in satoshis, debt in USDC
// base units when the market was last accrued (its borrow shares are 1e6 times that).
type MorphoPosition struct {
	Borrower         common.Address
	Collateral, Debt uint64
}

// SeedMorpho adds the Morpho Blue market, its oracle's price, a checkpoint of the Morpho
// contract at the fixture's block, MorphoPositions and Erin's two events to a database Seed
// has filled.
func SeedMorpho(t testing.TB, url string) { t.Helper(); inTest(t, SeedMorphoDB, url) }

// SeedMorphoDB is SeedMorpho outside a test.
func SeedMorphoDB(ctx context.Context, url string) error {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	lif, err := loanmath.LiquidationIncentiveFactor(uint256.MustFromBig(MorphoLLTV))
	if err != nil {
		return err
	}
	marginCall := new(big.Int).Div(new(big.Int).Mul(MorphoLLTV, big.NewInt(9)), big.NewInt(10))
	var debt, collateral uint64
	for _, p := range MorphoPositions {
		debt, collateral = debt+p.Debt, collateral+p.Collateral
	}
	id := MorphoMarket.Bytes()
	b := &pgx.Batch{}
	b.Queue(`INSERT INTO checkpoints (chain_id, factory, block_number, block_hash, block_timestamp)
		VALUES ($1, $2, $3, $4, $5)`, ChainID, Morpho.Bytes(), Block, common.HexToHash("0xb10c").Bytes(), Time)
	b.Queue(`INSERT INTO markets (chain_id, market, factory, collateral_token, loan_token, price_feed,
		collateral_decimals, loan_decimals, feed_decimals, max_borrow_ltv, margin_call_ltv, liquidation_ltv,
		liquidation_bonus, liquidation_target_ltv, max_price_age, initial_borrow_rate, created_block, created_timestamp,
		protocol, contract, oracle, irm, base_feed_1, oracle_scale_factor)
		VALUES ($1, $2, $3, $4, $5, NULL, 8, 6, 0, $6::numeric, $7::numeric, $6::numeric, $8::numeric, 0, 0, 0, 20, $9,
		'morpho-blue', $3, $10, $11, $12, 1e26)`,
		ChainID, id, Morpho.Bytes(), WBTC.Bytes(), USDC.Bytes(), MorphoLLTV.String(), marginCall.String(),
		new(big.Int).Sub(lif.ToBig(), loanmath.WAD.ToBig()).String(), Time-Day*10, MorphoOracle.Bytes(), MorphoIRM.Bytes(), MorphoFeed.Bytes())
	// The feed's round before the market's creation is no round of the market's.
	b.Queue(`INSERT INTO price_rounds (chain_id, factory, price_feed, block_number, log_index, round_id, answer, updated_at, aggregator)
		VALUES ($1, $2, $3, 10, 0, 1, 95000e8, $4, $3), ($1, $2, $3, 20, -1, 2, 99000e8, $5, $3), ($1, $2, $3, 90, 2, 3, 100000e8, $6, $3)`,
		ChainID, Morpho.Bytes(), MorphoFeed.Bytes(), Time-Day*20, Time-Day*10, Time-600)
	b.Queue(`INSERT INTO market_state (chain_id, market, total_supply_assets, total_supply_shares, total_borrow_assets,
		total_borrow_shares, total_collateral, borrow_index, borrow_rate, rate_per_second, last_accrual, block_number)
		VALUES ($1, $2, $3::numeric * 2, $3::numeric * 2e6, $3::numeric, $3::numeric * 1e6, $4::numeric, 0, $5::numeric, $6::numeric, $7, 95)`,
		ChainID, id, int64(debt), int64(collateral), Rate.Dec(), new(big.Int).Div(Rate.ToBig(), big.NewInt(365*Day)).String(), Time)
	b.Queue(`INSERT INTO oracle_prices (chain_id, factory, oracle, block_number, price) VALUES ($1, $2, $3, 99, $4::numeric)`,
		ChainID, Morpho.Bytes(), MorphoOracle.Bytes(), MorphoPrice.String())
	for _, p := range MorphoPositions {
		b.Queue(`INSERT INTO positions (chain_id, market, borrower, collateral, borrow_shares, block_number)
			VALUES ($1, $2, $3, $4::numeric, $5::numeric * 1e6, 95)`, ChainID, id, p.Borrower.Bytes(), int64(p.Collateral), int64(p.Debt))
	}
	for _, e := range []struct {
		block, logIndex int64
		name, args      string
	}{
		{30, 0, "SupplyCollateral", `{"id":"` + MorphoMarket.Hex() + `","onBehalf":"` + strings.ToLower(Erin.Hex()) + `","assets":"100000000"}`},
		{31, 1, "Borrow", `{"id":"` + MorphoMarket.Hex() + `","onBehalf":"` + strings.ToLower(Erin.Hex()) + `","assets":"50000000000","shares":"50000000000000000"}`},
	} {
		b.Queue(`INSERT INTO events (chain_id, factory, block_number, log_index, block_hash, block_timestamp, tx_hash, address, market, account, event, args)
			VALUES ($1, $2, $3, $4, '\x01', $5, $6, $2, $7, $8, $9, $10)`,
			ChainID, Morpho.Bytes(), e.block, e.logIndex, Time-(Block-e.block)*12, TxMorpho.Bytes(), id, Erin.Bytes(), e.name, e.args)
	}
	if err := conn.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("positionstest: seed morpho: %w", err)
	}
	return nil
}
