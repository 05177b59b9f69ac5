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
	"github.com/ltvkeeper/ltvkeeper/protocol"
	"github.com/ltvkeeper/ltvkeeper/protocol/ltvmarket"
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
	proto := benchProtocol(b)
	l := borrowLog(b, 1, 0)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := proto.Fold(&l, protocol.NewChanges()); err != nil {
			b.Fatal(err)
		}
	}
}

func benchProtocol(b *testing.B) *ltvmarket.Protocol {
	b.Helper()
	proto, err := ltvmarket.New(common.Address{})
	if err != nil {
		b.Fatal(err)
	}
	return proto
}

// BenchmarkDecodeFoldEncode is the per-event CPU work of a range: decode, fold into the
// batch's state, and encode the args for COPY.
func BenchmarkDecodeFoldEncode(b *testing.B) {
	proto := benchProtocol(b)
	l := borrowLog(b, 1, 0)
	batch := newBatch(1, 1)
	b.ReportAllocs()
	for b.Loop() {
		ev, err := proto.Fold(&l, batch.Changes)
		if err != nil {
			b.Fatal(err)
		}
		batch.events = append(batch.events, ev)
		if _, err := argsJSON(&ev); err != nil {
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
	proto := benchProtocol(b)
	const n = 10_000
	events := make([]event, n)
	for i := range events {
		l := borrowLog(b, uint64(i/10+1), uint(i%10))
		if events[i], err = proto.Fold(&l, protocol.NewChanges()); err != nil {
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
