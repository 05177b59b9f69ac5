package indexer

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
	"github.com/ltvkeeper/ltvkeeper/feeds"
	"github.com/ltvkeeper/ltvkeeper/protocol"
	"github.com/ltvkeeper/ltvkeeper/protocol/ltvmarket"
)

var (
	factoryAddr = common.HexToAddress("0xfac0000000000000000000000000000000000001")
	marketAddr  = common.HexToAddress("0x3a00000000000000000000000000000000000002")
	feedAddr    = common.HexToAddress("0xfeed000000000000000000000000000000000003")
	foreignAddr = common.HexToAddress("0xbad0000000000000000000000000000000000004")
)

// testIndexer follows factoryAddr, whose market marketAddr reads feedAddr.
func testIndexer(t *testing.T) *Indexer {
	t.Helper()
	proto, err := ltvmarket.New(factoryAddr)
	if err != nil {
		t.Fatal(err)
	}
	dec, err := newDecoder(proto)
	if err != nil {
		t.Fatal(err)
	}
	return &Indexer{
		cfg: Config{Factory: factoryAddr}, dec: dec,
		followed: followed{
			markets: map[protocol.MarketID]bool{protocol.AddressID(marketAddr): true},
			sources: map[common.Address]feeds.Source{feedAddr: {Feed: feedAddr, Aggregator: feedAddr}},
		},
	}
}

// garbageLog is a log of the named event whose data does not decode.
func garbageLog(t *testing.T, dec *decoder, event string, from common.Address) types.Log {
	t.Helper()
	for _, meta := range []*bind.MetaData{&bindings.MarketFactoryMetaData, &bindings.LendingMarketMetaData, &chainlink.AggregatorV3InterfaceMetaData} {
		parsed, err := meta.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		if ev, ok := parsed.Events[event]; ok && slices.Contains(dec.topics, ev.ID) {
			return types.Log{Address: from, Topics: []common.Hash{ev.ID}, Data: []byte{0xde, 0xad, 0xbe}, BlockNumber: 10}
		}
	}
	t.Fatalf("no followed event %s", event)
	return types.Log{}
}

func oneBlock(logs ...types.Log) *rangeData {
	return &rangeData{from: 10, to: 10, logs: logs, headers: map[uint64]*types.Header{10: {Number: big.NewInt(10)}}}
}

// TestBuildSkipsForeignLogs: a contract the indexer does not follow can emit any followed
// event's signature with any data; its logs are skipped, never decoded.
func TestBuildSkipsForeignLogs(t *testing.T) {
	ix := testIndexer(t)
	var logs []types.Log
	for _, event := range []string{"MarketCreated", "Supply", "Liquidate", "AnswerUpdated"} {
		logs = append(logs, garbageLog(t, ix.dec, event, foreignAddr))
	}
	// Followed events from followed contracts of another kind: a feed emitting Supply, a
	// market emitting MarketCreated.
	logs = append(logs, garbageLog(t, ix.dec, "Supply", feedAddr), garbageLog(t, ix.dec, "MarketCreated", marketAddr))
	b, err := ix.build(context.Background(), oneBlock(logs...))
	if err != nil {
		t.Fatalf("build = %v, want the foreign logs skipped", err)
	}
	if len(b.events) != 0 {
		t.Fatalf("build kept %d foreign events", len(b.events))
	}
}

// TestBuildStopsOnUndecodableFollowedLog: a followed contract whose log does not decode stops
// the indexer with an error naming it: retrying cannot fix it.
func TestBuildStopsOnUndecodableFollowedLog(t *testing.T) {
	tests := []struct {
		event string
		from  common.Address
		want  string
	}{
		{"MarketCreated", factoryAddr, "factory " + factoryAddr.Hex()},
		{"Supply", marketAddr, "market " + marketAddr.Hex()},
		{"AnswerUpdated", feedAddr, "price feed " + feedAddr.Hex()},
	}
	for _, tt := range tests {
		t.Run(tt.event, func(t *testing.T) {
			ix := testIndexer(t)
			_, err := ix.build(context.Background(), oneBlock(garbageLog(t, ix.dec, tt.event, tt.from)))
			if !errors.Is(err, ErrFatal) || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "does not decode") {
				t.Fatalf("build = %v, want a fatal error naming %s", err, tt.want)
			}
		})
	}
}

// codeError is an RPC error with a JSON-RPC code, as a node returns it.
type codeError struct {
	code int
	msg  string
}

func (e codeError) Error() string  { return e.msg }
func (e codeError) ErrorCode() int { return e.code }

func TestClassify(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{codeError{-32005, "query returned more than 10000 results"}, kindTooLarge},
		{codeError{-32005, "limit exceeded"}, kindTooLarge},
		{codeError{-32005, "daily request count exceeded, request rate limited"}, kindRateLimited},
		{errors.New("query returned more than 10000 results"), kindTooLarge},
		{errors.New("exceeded max results 20000, retry with the range 100-200"), kindTooLarge},
		{errors.New("max results per query reached"), kindTooLarge},
		{errors.New("response size should not greater than 10000000 bytes"), kindTooLarge},
		{errors.New("block range is too wide"), kindTooLarge},
		{fmt.Errorf("call: %w", context.DeadlineExceeded), kindTooLarge},
		{rpc.HTTPError{StatusCode: http.StatusTooManyRequests, Status: "429 Too Many Requests"}, kindRateLimited},
		{errors.New("Too Many Requests"), kindRateLimited},
		{errors.New("your app has exceeded its compute units per second capacity: rate limit"), kindRateLimited},
		{errors.New("HTTP 429"), kindRateLimited},
		{errors.New("block 4290 not found"), kindOther},
		{errors.New(`Post "http://127.0.0.1:1": dial tcp 127.0.0.1:1: connect: connection refused`), kindConnection},
		{errors.New("json: cannot unmarshal number into Go struct field"), kindMalformed},
		{codeError{-32602, "BlockOutOfRangeError: block height is 6 but requested was 1"}, kindUnavailable},
		{errors.New("missing trie node 5e6b… (path ) state 0x5e6b… is not available"), kindUnavailable},
		{errors.New("header not found"), kindUnavailable},
	}
	for _, tt := range tests {
		if got := classify(tt.err); got != tt.want {
			t.Errorf("classify(%q) = %s, want %s", tt.err, got, tt.want)
		}
	}
}

// TestRangeSizer: the size halves on each refusal and doubles, up to the maximum, only after
// growAfter full ranges answered in one piece.
func TestRangeSizer(t *testing.T) {
	s := newRangeSizer(64, 100, prometheus.NewGauge(prometheus.GaugeOpts{Name: "x"}))
	s.refused(64)
	s.refused(32) // a half of the refused range, refused too
	if got := s.get(); got != 16 {
		t.Fatalf("size after refusals of 64 and 32 blocks = %d, want 16", got)
	}
	for range growAfter - 1 {
		s.answered(16)
		s.answered(3) // a shorter range says nothing
	}
	if got := s.get(); got != 16 {
		t.Fatalf("size after %d full ranges = %d, want 16 still", growAfter-1, got)
	}
	s.answered(16)
	if got := s.get(); got != 32 {
		t.Fatalf("size after %d full ranges = %d, want 32", growAfter, got)
	}
	for range 4 * growAfter {
		s.answered(s.get())
	}
	if got := s.get(); got != 100 {
		t.Fatalf("size after many full ranges = %d, want the maximum 100", got)
	}
	s.refused(1)
	if got := s.get(); got != 1 {
		t.Fatalf("size after a refused single block = %d, want 1", got)
	}
}

// TestArgsJSON: the direct encoding of an event's arguments is the one of jsonValue through
// encoding/json, for every type an event carries.
func TestArgsJSON(t *testing.T) {
	type params struct {
		MaxBorrowLtv *big.Int `json:"maxBorrowLtv"`
		MaxPriceAge  *big.Int `json:"maxPriceAge"`
	}
	tests := []map[string]any{
		{},
		{"caller": common.HexToAddress("0xb0b0000000000000000000000000000000000002"), "assets": big.NewInt(2_000e6),
			"borrowShares": new(big.Int).Lsh(big.NewInt(1), 255), "negative": big.NewInt(-5)},
		{"current": big.NewInt(60_000e8), "roundId": big.NewInt(1), "updatedAt": big.NewInt(1_700_000_000)},
		{"market": common.HexToAddress("0x01"), "collateralDecimals": uint8(8), "phase": uint16(2), "flag": true,
			"id": common.HexToHash("0xabc"), "params": params{big.NewInt(7e17), big.NewInt(3600)}, "odd key\"": uint64(1)},
	}
	// A bytes32 (a Morpho market id) is a hex string, as a hash is, not an array of 32
	// numbers.
	id := [32]byte{0xfd, 0x84, 31: 0x18}
	tests = append(tests, map[string]any{"id": id, "params": map[string]any{"id": id}})
	if got, err := argsJSON(&event{Args: tests[len(tests)-1]}); err != nil || got != `{"id":"`+common.Hash(id).Hex()+`","params":{"id":"`+common.Hash(id).Hex()+`"}}` {
		t.Errorf("a bytes32 argument: %s, %v; want a hex string", got, err)
	}
	for _, args := range tests {
		want, err := json.Marshal(jsonValue(reflect.ValueOf(args)))
		if err != nil {
			t.Fatal(err)
		}
		got, err := argsJSON(&event{Args: args})
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("argsJSON(%v) = %s, want %s", args, got, want)
		}
	}
}

// TestRangeSizerCaps: with caps, the size starts at one block and grows to twice each range
// that brought under half the caps, is capped by the logs and bytes a block brought, stops
// probing once the caps bind, and halves after a slow answer.
func TestRangeSizerCaps(t *testing.T) {
	s := newRangeSizer(2000, 10_000, prometheus.NewGauge(prometheus.GaugeOpts{Name: "x"})).capLogs(5_000, 4<<20)
	if got := s.get(); got != 1 || !s.probing() {
		t.Fatalf("first size = %d (probing %v), want 1, probing", got, s.probing())
	}
	s.learn(1, 10, 8_000, time.Millisecond)
	if got := s.get(); got != 2 {
		t.Fatalf("size after a sparse block = %d, want 2", got)
	}
	s.learn(2, 20, 16_000, time.Millisecond)
	s.learn(2, 20, 16_000, time.Millisecond) // asked with the one before: does not count twice
	if got := s.get(); got != 4 {
		t.Fatalf("size after two sparse 2-block ranges = %d, want 4", got)
	}
	s.learn(4, 4*2_400, 4*2_000_000, time.Millisecond)
	if got := s.get(); got > 2 || s.probing() {
		t.Fatalf("size after blocks of 2,400 logs = %d (probing %v), want at most 2 (5,000 logs), not probing", got, s.probing())
	}
	s.learn(2, 2, 2_000, 2*slowAnswer)
	if got := s.get(); got != 1 {
		t.Fatalf("size after a slow answer of 2 blocks = %d, want 1", got)
	}
}

// TestAppendNumericField: an integer written as a binary numeric field is what pgx writes for
// it, across digit boundaries, 64 bits, 256 bits and signs.
func TestAppendNumericField(t *testing.T) {
	m := pgtype.NewMap()
	values := []*big.Int{big.NewInt(0), big.NewInt(1), big.NewInt(9_999), big.NewInt(10_000), big.NewInt(10_001),
		big.NewInt(100_000_000), big.NewInt(-5), new(big.Int).SetUint64(math.MaxUint64),
		new(big.Int).Add(new(big.Int).SetUint64(math.MaxUint64), big.NewInt(1)), new(big.Int).Exp(big.NewInt(10), big.NewInt(16), nil),
		new(big.Int).Exp(big.NewInt(10), big.NewInt(32), nil), new(big.Int).Lsh(big.NewInt(1), 255),
		new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))}
	r := rand.New(rand.NewPCG(9, 9))
	for range 2000 {
		b := make([]byte, r.IntN(33))
		for i := range b {
			b[i] = byte(r.UintN(256))
		}
		v := new(big.Int).SetBytes(b)
		if r.IntN(10) == 0 {
			v.Neg(v)
		}
		values = append(values, v)
	}
	for _, v := range values {
		want, err := m.Encode(pgtype.NumericOID, pgtype.BinaryFormatCode, pgtype.Numeric{Int: v, Valid: true}, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := appendNumericField(nil, v)
		if len(got) < 4 || int(binary.BigEndian.Uint32(got)) != len(got)-4 || !bytes.Equal(got[4:], want) {
			t.Fatalf("%s: wrote %x, pgx writes %x", v, got, want)
		}
	}
	if got := appendNumericField(nil, nil); !bytes.Equal(got, []byte{0xff, 0xff, 0xff, 0xff}) {
		t.Errorf("nil: wrote %x, want NULL", got)
	}
}
