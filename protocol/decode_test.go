package protocol

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
	"github.com/ltvkeeper/ltvkeeper/bindings/morpho"
)

// TestDecodeAsABI: every event the protocols follow decodes, from the words of a log of any
// content and of any length, to the values and the errors of go-ethereum's ABI decoding.
func TestDecodeAsABI(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	word := func() common.Hash {
		var h common.Hash
		for i := range h {
			h[i] = byte(rng.UintN(256))
		}
		switch rng.IntN(4) { // small values and zero, as amounts often are
		case 0:
			h = common.Hash{}
		case 1:
			h = common.BigToHash(common.Big1)
		}
		return h
	}
	fast := 0
	for _, meta := range []*bind.MetaData{&bindings.LendingMarketMetaData, &bindings.MarketFactoryMetaData,
		&morpho.MorphoMetaData, &chainlink.AggregatorV3InterfaceMetaData, &chainlink.AggregatorProxyInterfaceMetaData} {
		parsed, err := meta.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range parsed.Events {
			indexed := 0
			for _, in := range e.Inputs {
				if in.Indexed {
					indexed++
				}
			}
			if wordsOf(e) != nil {
				fast++
			}
			for i := range 200 {
				topics, words := 1+indexed, len(e.Inputs)-indexed
				switch i % 10 { // a log that does not fit its event
				case 0:
					topics += rng.IntN(3) - 1
				case 1:
					words += rng.IntN(3) - 1
				}
				l := &types.Log{TxHash: common.Hash{1}, Index: uint(i), BlockNumber: 9}
				for range max(topics, 0) {
					l.Topics = append(l.Topics, word())
				}
				for range max(words, 0) {
					w := word()
					l.Data = append(l.Data, w[:]...)
				}
				if i%10 == 2 && len(l.Data) > 0 {
					l.Data = l.Data[:rng.IntN(len(l.Data))]
				}
				got, gotErr := Decode(e, l)
				want, wantErr := decodeABI(e, l)
				if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) || !reflect.DeepEqual(got, want) {
					t.Fatalf("%s, %d topics, %d bytes of data: got %+v, %v; want %+v, %v", e.Name, len(l.Topics), len(l.Data), got, gotErr, want, wantErr)
				}
			}
		}
	}
	if fast == 0 {
		t.Fatal("no event is read from its words")
	}
}
