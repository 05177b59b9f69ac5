package indexer

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"
)

// TestSplitAnswers: the one-pass split of a batch answer gives what encoding/json gives, for
// results, nulls, missing results, errors with escapes, and ids in any order.
func TestSplitAnswers(t *testing.T) {
	tests := []string{
		`[]`,
		`[{"jsonrpc":"2.0","id":1,"result":[{"a":"b"}]},{"jsonrpc":"2.0","id":2,"result":null}]`,
		`[{"jsonrpc":"2.0","id":2,"result":{"number":"0x1","x":[1,2,{"y":true}]}}, {"id":1,"jsonrpc":"2.0","result":"0x"}]`,
		`[{"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"query returned more than 10000 results \"x\"","data":{"from":"0x1"}}}]`,
		`[{"jsonrpc":"2.0","id":1}]`,
		` [ {"jsonrpc" : "2.0" , "id" : 3 , "result" : "a\\b" } ] `,
		// Strings that end after escaped quotes and backslashes.
		`[{"jsonrpc":"2.0","id":4,"result":["\\","\"","a\\\"b\\\\",{"k\"":"\\\\\""}]}]`,
	}
	for _, raw := range tests {
		got, ok := scanAnswers([]byte(raw))
		if !ok {
			t.Errorf("%s: not read in one pass", raw)
			continue
		}
		want, err := splitAnswersSlow([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d answers, want %d", raw, len(got), len(want))
		}
		for i := range got {
			if got[i].id != want[i].id || string(got[i].result) != string(want[i].result) || !reflect.DeepEqual(got[i].err, want[i].err) {
				t.Errorf("%s: answer %d = %+v, want %+v", raw, i, got[i], want[i])
			}
		}
	}
	if _, ok := scanAnswers([]byte(`{"jsonrpc":"2.0","id":1,"error":{"code":-32600,"message":"x"}}`)); ok {
		t.Error("an answer that is not a batch was read as one")
	}
}

// TestKeptBuffers: an answer within twice the bytes a range is meant to bring leaves its
// buffer for the next call; a larger one (a single busy block) does not, unless ranges are
// not capped by bytes.
func TestKeptBuffers(t *testing.T) {
	size := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `[{"jsonrpc":"2.0","id":1,"result":"%s"}]`, strings.Repeat("a", size))
	}))
	defer srv.Close()
	call := func(h *httpBatch, n int) {
		t.Helper()
		size = n
		var got string
		if err := h.call(context.Background(), []rpc.BatchElem{{Method: "m", Result: &got}}); err != nil || len(got) != n {
			t.Fatalf("answer of %d bytes: %d bytes, %v", n, len(got), err)
		}
	}
	kept := func(h *httpBatch) (caps []int) {
		for {
			select {
			case b := <-h.buffers:
				caps = append(caps, b.Cap())
			default:
				return caps
			}
		}
	}
	capped := newHTTPBatch(srv.URL, 1<<20)
	call(capped, 100<<10)
	if caps := kept(capped); len(caps) != 1 || caps[0] > 2<<20 {
		t.Errorf("after an answer of 100 KiB, ranges capped at 1 MiB: kept buffers of %v bytes, want one of at most 2 MiB", caps)
	}
	call(capped, 5<<20)
	if caps := kept(capped); len(caps) != 0 {
		t.Errorf("after an answer of 5 MiB, ranges capped at 1 MiB: kept buffers of %v bytes, want none", caps)
	}
	uncapped := newHTTPBatch(srv.URL, 0)
	call(uncapped, 5<<20)
	if caps := kept(uncapped); len(caps) != 1 || caps[0] < 5<<20 {
		t.Errorf("after an answer of 5 MiB, ranges not capped: kept buffers of %v bytes, want one of 5 MiB or more", caps)
	}
}
