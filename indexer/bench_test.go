package indexer

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/migrations"
)

// borrowLog is a Borrow event as a market emits it.
func borrowLog(b testing.TB, block uint64, index uint) types.Log {
	b.Helper()
	parsed, err := bindings.LendingMarketMetaData.ParseABI()
	if err != nil {
		b.Fatal(err)
	}
	ev := parsed.Events["Borrow"]
	var nonIndexed []any
	for _, v := range []int64{2_000e6, 2_000e6, 2_000e6, 5_000_000e6, 5_000_000e6} {
		nonIndexed = append(nonIndexed, big.NewInt(v))
	}
	data, err := ev.Inputs.NonIndexed().Pack(nonIndexed...)
	if err != nil {
		b.Fatal(err)
	}
	borrower := common.HexToAddress("0xb0b0000000000000000000000000000000000002")
	return types.Log{
		Address: common.HexToAddress("0xaaaa000000000000000000000000000000000001"),
		Topics:  []common.Hash{ev.ID, common.BytesToHash(borrower.Bytes()), common.BytesToHash(borrower.Bytes())},
		Data:    data, BlockNumber: block, Index: index, BlockTimestamp: 1_700_000_000,
		TxHash: common.HexToHash("0x01"), BlockHash: common.HexToHash("0x02"),
	}
}

func BenchmarkDecode(b *testing.B) {
	dec, err := newDecoder()
	if err != nil {
		b.Fatal(err)
	}
	l := borrowLog(b, 1, 0)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := dec.decode(&l); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeFoldEncode is the per-event CPU work of a range: decode, fold into the
// batch's state, and encode the args for COPY.
func BenchmarkDecodeFoldEncode(b *testing.B) {
	dec, err := newDecoder()
	if err != nil {
		b.Fatal(err)
	}
	l := borrowLog(b, 1, 0)
	batch := newBatch(1, 1)
	b.ReportAllocs()
	for b.Loop() {
		ev, _, err := dec.decode(&l)
		if err != nil {
			b.Fatal(err)
		}
		batch.apply(ev)
		if _, err := ev.argsJSON(); err != nil {
			b.Fatal(err)
		}
		batch.events = batch.events[:0]
	}
}

// BenchmarkCopyEvents writes 10,000 events with COPY in a transaction that is rolled back.
func BenchmarkCopyEvents(b *testing.B) {
	url := pgtest.DB(b)
	ctx := context.Background()
	if _, err := migrations.Up(ctx, url, slog.New(slog.NewTextHandler(io.Discard, nil))); err != nil {
		b.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	defer pool.Close()
	dec, err := newDecoder()
	if err != nil {
		b.Fatal(err)
	}
	const n = 10_000
	events := make([]event, n)
	for i := range events {
		l := borrowLog(b, uint64(i/10+1), uint(i%10))
		if events[i], _, err = dec.decode(&l); err != nil {
			b.Fatal(err)
		}
	}
	s := &store{db: pool, chainID: 31337, factory: common.Address{}.Bytes()}
	b.ReportAllocs()
	for b.Loop() {
		tx, err := pool.Begin(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if err := s.copyEvents(ctx, tx, events); err != nil {
			b.Fatal(err)
		}
		tx.Rollback(ctx)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "events/s")
}
