package indexer

import (
	"reflect"
	"testing"
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
