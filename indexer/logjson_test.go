package indexer

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// someLogs are logs as go-ethereum writes them: every field set, one with no topics and no
// data.
func someLogs(t testing.TB, n int) []byte {
	t.Helper()
	logs := make([]types.Log, n)
	for i := range logs {
		logs[i] = borrowLog(t, uint64(1000+i/7), uint(i%7))
		logs[i].TxIndex, logs[i].BlockTimestamp = uint(i%3), 1_700_000_000+uint64(i)
	}
	if n > 1 {
		logs[1].Topics, logs[1].Data, logs[1].Removed = []common.Hash{}, []byte{}, true
	}
	raw, err := json.Marshal(logs)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// TestDecodeLogs: the one-pass reading of an eth_getLogs answer gives what go-ethereum's
// decoding gives, for the common shape and for every answer outside it (which it hands to
// go-ethereum), errors included.
func TestDecodeLogs(t *testing.T) {
	all := string(someLogs(t, 5))
	one := string(someLogs(t, 1))
	obj := strings.TrimSuffix(strings.TrimPrefix(one, "["), "]")
	tests := map[string]string{
		"common shape":      all,
		"empty":             "[]",
		"white space":       " [\n " + strings.ReplaceAll(strings.ReplaceAll(obj, ",", " ,\n\t"), ":", " : ") + " ] ",
		"unknown fields":    `[{"extra":{"a":[1,-2.5e3,true,false,"x",{}],"b":[]},` + obj[1:] + `]`,
		"null field":        `[{"blockHash":null,` + obj[1:] + `]`,
		"missing data":      `[{"address":"0x0000000000000000000000000000000000000001","topics":[],"transactionHash":"0x` + strings.Repeat("00", 32) + `"}]`,
		"escaped string":    `[{"extra":"a\"b",` + obj[1:] + `]`,
		"upper-case key":    `[{"Address":"0x0000000000000000000000000000000000000002",` + obj[1:] + `]`,
		"bad hex":           `[{"address":"0xzz00000000000000000000000000000000000001",` + obj[1:] + `]`,
		"short address":     `[{"address":"0x01",` + obj[1:] + `]`,
		"leading zero":      `[{"logIndex":"0x01",` + obj[1:] + `]`,
		"truncated":         all[:len(all)/2],
		"not an array":      obj,
		"trailing garbage":  all + "x",
		"odd data":          `[{"data":"0x123",` + obj[1:] + `]`,
		"empty data":        `[{"data":"0x",` + obj[1:] + `]`,
		"quantity too long": `[{"blockNumber":"0x10000000000000000",` + obj[1:] + `]`,
	}
	for name, raw := range tests {
		var want []types.Log
		wantErr := json.Unmarshal([]byte(raw), &want)
		got, gotErr := decodeLogs([]byte(raw))
		if (gotErr != nil) != (wantErr != nil) {
			t.Errorf("%s: error %v, want %v", name, gotErr, wantErr)
			continue
		}
		if name == "common shape" && (wantErr != nil || len(want) != 5) {
			t.Fatalf("common shape: go-ethereum decoded %d logs, error %v: want 5, no error", len(want), wantErr)
		}
		if wantErr == nil && !reflect.DeepEqual(got, want) {
			t.Errorf("%s: decoded\n%+v\nwant\n%+v", name, got, want)
		}
	}
}

func BenchmarkDecodeLogs(b *testing.B) {
	raw := someLogs(b, 1000)
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := decodeLogs(raw); err != nil {
			b.Fatal(err)
		}
	}
}
