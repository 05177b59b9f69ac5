package indexer_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/markettest"
)

// assertMatchesChain checks that the index equals the chain at the indexed block: every
// market's totals, index and rate, every actor's position, and positions_live's debt.
func (e *env) assertMatchesChain(pool *pgxpool.Pool) {
	e.t.Helper()
	t, ctx, c := e.t, context.Background(), e.anvil.Client
	chainID := e.c.ChainID.Int64()
	var block uint64
	var hash []byte
	if err := pool.QueryRow(ctx, `SELECT block_number, block_hash FROM checkpoints WHERE chain_id = $2 AND factory = $1`, e.dep.Factory.Bytes(), chainID).Scan(&block, &hash); err != nil {
		t.Fatalf("read checkpoint: %v", err)
	}
	at := new(big.Int).SetUint64(block)
	header, err := c.HeaderByNumber(ctx, at)
	if err != nil {
		t.Fatal(err)
	}
	if header.Hash() != common.BytesToHash(hash) {
		t.Fatalf("checkpoint hash at block %d is not the canonical one", block)
	}
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM markets WHERE chain_id = $2 AND factory = $1`, e.dep.Factory.Bytes(), chainID).Scan(&n); err != nil || n != len(e.markets) {
		t.Fatalf("markets indexed = %d (%v), want %d", n, err, len(e.markets))
	}
	for _, mk := range e.markets {
		m := mk.Market
		var st [9]string
		err := pool.QueryRow(ctx, `SELECT total_supply_assets::text, total_supply_shares::text, total_borrow_assets::text,
			total_borrow_shares::text, total_collateral::text, borrow_index::text, borrow_rate::text, rate_per_second::text,
			last_accrual::text FROM market_state WHERE chain_id = $2 AND market = $1`, m.Bytes(), chainID).Scan(&st[0], &st[1], &st[2], &st[3], &st[4], &st[5], &st[6], &st[7], &st[8])
		if err != nil {
			t.Fatalf("market_state of %s: %v", mk.Name, err)
		}
		want := []*big.Int{
			anviltest.Call(t, c, m, market.PackTotalSupplyAssets(), market.UnpackTotalSupplyAssets, at),
			anviltest.Call(t, c, m, market.PackTotalSupplyShares(), market.UnpackTotalSupplyShares, at),
			anviltest.Call(t, c, m, market.PackTotalBorrowAssets(), market.UnpackTotalBorrowAssets, at),
			anviltest.Call(t, c, m, market.PackTotalBorrowShares(), market.UnpackTotalBorrowShares, at),
			anviltest.Call(t, c, m, market.PackTotalCollateral(), market.UnpackTotalCollateral, at),
			anviltest.Call(t, c, m, market.PackBorrowIndex(), market.UnpackBorrowIndex, at),
			anviltest.Call(t, c, m, market.PackBorrowRate(), market.UnpackBorrowRate, at),
			anviltest.Call(t, c, m, market.PackRatePerSecond(), market.UnpackRatePerSecond, at),
			anviltest.Call(t, c, m, market.PackLastAccrual(), market.UnpackLastAccrual, at),
		}
		names := []string{"totalSupplyAssets", "totalSupplyShares", "totalBorrowAssets", "totalBorrowShares",
			"totalCollateral", "borrowIndex", "borrowRate", "ratePerSecond", "lastAccrual"}
		for i := range want {
			if st[i] != want[i].String() {
				t.Errorf("%s %s at block %d: index %s, chain %s", mk.Name, names[i], block, st[i], want[i])
			}
		}
		for _, a := range append(e.actors, e.deployer) {
			var collateral, shares, debt = "0", "0", "0"
			err := pool.QueryRow(ctx, `SELECT collateral::text, borrow_shares::text FROM positions WHERE chain_id = $3 AND market = $1 AND borrower = $2`,
				m.Bytes(), a.From.Bytes(), chainID).Scan(&collateral, &shares)
			if err != nil && err != pgx.ErrNoRows {
				t.Fatal(err)
			}
			err = pool.QueryRow(ctx, `SELECT debt::text FROM positions_live WHERE chain_id = $3 AND market = $1 AND borrower = $2`,
				m.Bytes(), a.From.Bytes(), chainID).Scan(&debt)
			if err != nil && err != pgx.ErrNoRows {
				t.Fatal(err)
			}
			pos := anviltest.Call(t, c, m, market.PackPosition(a.From), market.UnpackPosition, at)
			wantShares := anviltest.Call(t, c, m, market.PackBorrowShares(a.From), market.UnpackBorrowShares, at)
			if collateral != pos.Collateral.String() || shares != wantShares.String() || debt != pos.Debt.String() {
				t.Errorf("%s position of %s at block %d: index collateral %s shares %s debt %s, chain %s %s %s",
					mk.Name, a.From, block, collateral, shares, debt, pos.Collateral, wantShares, pos.Debt)
			}
		}
	}
	if t.Failed() {
		t.FailNow()
	}
}

// TestIndexEqualsChain: many borrowers and lenders act across two markets with price moves,
// crashes, time jumps and liquidations (bad debt included); once caught up, every indexed
// position and market total equals what the contracts return at that block.
func TestIndexEqualsChain(t *testing.T) {
	e := newEnv(t, 8)
	rng := rand.New(rand.NewPCG(1, 1))
	e.actThroughCrashes(rng)
	_, pool := markettest.IndexDB(t)
	e.indexUntilHead(pool, indexer.Config{RangeSize: 7, Concurrency: 3})
	e.assertMatchesChain(pool)

	var liquidations, badDebt int
	if err := pool.QueryRow(context.Background(), `SELECT count(*), count(*) FILTER (WHERE bad_debt_assets > 0) FROM liquidations`).Scan(&liquidations, &badDebt); err != nil {
		t.Fatal(err)
	}
	t.Logf("indexed %d liquidations, %d with bad debt", liquidations, badDebt)
	if liquidations == 0 || badDebt == 0 {
		t.Fatalf("the scenario produced %d liquidations and %d with bad debt; want both", liquidations, badDebt)
	}
	e.assertEventRows(pool)

	// More activity, then index again from the checkpoint.
	e.act(rand.New(rand.NewPCG(2, 2)), 100)
	e.indexUntilHead(pool, indexer.Config{})
	e.assertMatchesChain(pool)
}

// emitter is EVM bytecode that deploys a contract which, on any call, emits one LOG1 per
// topic with three bytes of data: logs with followed events' signatures that do not decode.
func emitter(topics ...common.Hash) string {
	var runtime []byte
	for _, topic := range topics {
		runtime = append(append(runtime, 0x7f), topic[:]...) // PUSH32 topic
		runtime = append(runtime, 0x60, 0x03, 0x60, 0x00)    // PUSH1 3 (size), PUSH1 0 (offset)
		runtime = append(runtime, 0xa1)                      // LOG1
	}
	runtime = append(runtime, 0x00) // STOP
	// Init code, 12 bytes: copy the runtime code that follows it to memory and return it
	// (PUSH1 n, DUP1, PUSH1 12, PUSH1 0, CODECOPY, PUSH1 0, RETURN, STOP). n fits in PUSH1
	// for up to six topics.
	initCode := []byte{0x60, byte(len(runtime)), 0x80, 0x60, 12, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3, 0x00}
	return hexutil.Encode(append(initCode, runtime...))
}

// TestForeignContractIsIgnored: a contract that is neither the factory, a market nor a feed
// emits Supply, MarketCreated and AnswerUpdated logs whose data does not decode, between the
// markets' own events. The indexer must skip them, catch up and equal the chain.
func TestForeignContractIsIgnored(t *testing.T) {
	e := newEnv(t, 3)
	var topics []common.Hash
	for _, c := range []struct {
		meta  *bind.MetaData
		event string
	}{
		{&bindings.LendingMarketMetaData, "Supply"},
		{&bindings.MarketFactoryMetaData, "MarketCreated"},
		{&bindings.MockPriceFeedMetaData, "AnswerUpdated"},
	} {
		parsed, err := c.meta.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		topics = append(topics, parsed.Events[c.event].ID)
	}
	foreign, _, err := e.deployer.Deploy(context.Background(), emitter(topics...), nil)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(9, 9))
	for range 3 {
		e.act(rng, 10)
		receipt := e.send(e.actors[0], foreign, nil)
		if len(receipt.Logs) != len(topics) {
			t.Fatalf("the foreign contract emitted %d logs, want %d", len(receipt.Logs), len(topics))
		}
	}
	_, pool := markettest.IndexDB(t)
	e.indexUntilHead(pool, indexer.Config{RangeSize: 5})
	if n, _ := checkpointOf(pool); n != chainHead(t, e) {
		t.Fatalf("indexed to block %d, want the head %d", n, chainHead(t, e))
	}
	e.assertMatchesChain(pool)
	var foreignEvents int
	if err := pool.QueryRow(context.Background(), `SELECT count(*) FROM events WHERE address = $1`, foreign.Bytes()).Scan(&foreignEvents); err != nil || foreignEvents != 0 {
		t.Fatalf("%d events of the foreign contract indexed (%v)", foreignEvents, err)
	}
}

// assertEventRows checks the columns of the event rows against the chain: a market for every
// event but a feed's, an account for every position's event, and each row's block and
// transaction as the chain has them.
func (e *env) assertEventRows(pool *pgxpool.Pool) {
	e.t.Helper()
	ctx := context.Background()
	var wrongMarket, wrongAccount int
	if err := pool.QueryRow(ctx, `SELECT count(*) FILTER (WHERE (market IS NULL) <> (event = 'AnswerUpdated')),
			count(*) FILTER (WHERE (account IS NULL) <> (event IN ('AnswerUpdated', 'MarketCreated', 'AccrueInterest', 'BorrowRateSet')))
		FROM events`).Scan(&wrongMarket, &wrongAccount); err != nil {
		e.t.Fatal(err)
	}
	if wrongMarket != 0 || wrongAccount != 0 {
		e.t.Errorf("events: %d rows with the wrong market (NULL only for a feed's), %d with the wrong account", wrongMarket, wrongAccount)
	}
	rows, err := pool.Query(ctx, `SELECT block_number, log_index, block_hash, block_timestamp, tx_hash, address FROM events
		WHERE log_index % 7 = 0 ORDER BY block_number, log_index`)
	if err != nil {
		e.t.Fatal(err)
	}
	type row struct {
		block, time       int64
		index             int32
		hash, tx, emitter []byte
	}
	var sample []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.block, &r.index, &r.hash, &r.time, &r.tx, &r.emitter); err != nil {
			e.t.Fatal(err)
		}
		sample = append(sample, r)
	}
	if rows.Err() != nil || len(sample) == 0 {
		e.t.Fatalf("sample of event rows: %d rows, err %v", len(sample), rows.Err())
	}
	for _, r := range sample {
		receipt, err := e.anvil.Client.TransactionReceipt(ctx, common.BytesToHash(r.tx))
		if err != nil {
			e.t.Fatal(err)
		}
		header, err := e.anvil.Client.HeaderByNumber(ctx, big.NewInt(r.block))
		if err != nil {
			e.t.Fatal(err)
		}
		var found bool
		for _, l := range receipt.Logs {
			found = found || (l.Index == uint(r.index) && l.Address == common.BytesToAddress(r.emitter))
		}
		if !found || receipt.BlockNumber.Int64() != r.block || common.BytesToHash(r.hash) != header.Hash() || uint64(r.time) != header.Time {
			e.t.Fatalf("event row (block %d, log %d, tx %x): not as the chain has it (block %d, hash %s, time %d)",
				r.block, r.index, r.tx, receipt.BlockNumber, header.Hash(), header.Time)
		}
	}
}
