package indexer

import (
	"encoding/json"
	"math/big"
	"reflect"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
	"github.com/ltvkeeper/ltvkeeper/protocol"
	"github.com/ltvkeeper/ltvkeeper/protocol/ltvmarket"
)

// The price feeds' events the indexer follows; the protocol names its own.
var (
	feedEvents  = []string{"AnswerUpdated"}       // from a feed's aggregator
	proxyEvents = []string{"AggregatorConfirmed"} // from a feed that is a proxy, when it emits it
)

// event is one decoded log, as the events table stores it.
type event = protocol.Event

// decoder decodes the price feeds' events with the ABIs of the generated bindings; the
// protocol decodes the events of its markets.
type decoder struct {
	proto  protocol.Protocol
	feeds  map[common.Hash]abi.Event
	topics []common.Hash // every followed event's id, for the eth_getLogs topic filter
}

func newDecoder(proto protocol.Protocol) (*decoder, error) {
	d := &decoder{proto: proto, feeds: make(map[common.Hash]abi.Event), topics: slices.Clone(proto.Topics())}
	for _, c := range []struct {
		meta  *bind.MetaData
		names []string
	}{
		{&chainlink.AggregatorV3InterfaceMetaData, feedEvents},
		{&chainlink.AggregatorProxyInterfaceMetaData, proxyEvents},
	} {
		evs, err := protocol.Events(c.meta, c.names...)
		if err != nil {
			return nil, err
		}
		for _, ev := range evs {
			d.feeds[ev.ID] = ev
			d.topics = append(d.topics, ev.ID)
		}
	}
	return d, nil
}

// feedEvent returns the feed event of l's first topic; ok is false for any other log.
func (d *decoder) feedEvent(l *types.Log) (e abi.Event, ok bool) {
	if len(l.Topics) == 0 {
		return e, false
	}
	e, ok = d.feeds[l.Topics[0]]
	return e, ok
}

// argsJSON encodes the arguments with amounts as decimal strings and addresses as hex.
func argsJSON(ev *event) (string, error) {
	raw, err := appendArgsJSON(nil, ev.Args, nil)
	return string(raw), err
}

// appendArgsJSON appends the JSON object of args to buf, keys in order, as json.Marshal of
// jsonValue(args) would: the common types (amounts, addresses, hashes, small integers) are
// written directly, anything else through jsonValue. hexes, when not nil, keeps the checksummed
// hex of the addresses seen (a borrower's address comes back in each of its events).
func appendArgsJSON(buf []byte, args map[string]any, hexes map[common.Address]string) ([]byte, error) {
	var keys [16]string
	names := keys[:0]
	for k := range args {
		names = append(names, k)
	}
	slices.Sort(names)
	buf = append(buf, '{')
	for i, k := range names {
		if i > 0 {
			buf = append(buf, ',')
		}
		if plainKey(k) {
			buf = append(append(append(buf, '"'), k...), '"', ':')
		} else {
			kb, err := json.Marshal(k)
			if err != nil {
				return nil, err
			}
			buf = append(append(buf, kb...), ':')
		}
		switch v := args[k].(type) {
		case *big.Int:
			if v.IsUint64() { // most amounts: written without big.Int's conversion
				buf = append(strconv.AppendUint(append(buf, '"'), v.Uint64(), 10), '"')
			} else {
				buf = append(v.Append(append(buf, '"'), 10), '"')
			}
		case common.Address:
			h, ok := hexes[v]
			if !ok {
				h = v.Hex()
				if hexes != nil {
					hexes[v] = h
				}
			}
			buf = append(append(append(buf, '"'), h...), '"')
		case common.Hash:
			buf = append(append(append(buf, '"'), v.Hex()...), '"')
		case [32]byte: // a bytes32, as the ABI decodes it: a Morpho market id
			buf = append(append(append(buf, '"'), common.Hash(v).Hex()...), '"')
		case uint8:
			buf = strconv.AppendUint(buf, uint64(v), 10)
		case uint16:
			buf = strconv.AppendUint(buf, uint64(v), 10)
		case uint32:
			buf = strconv.AppendUint(buf, uint64(v), 10)
		case uint64:
			buf = strconv.AppendUint(buf, v, 10)
		case bool:
			buf = strconv.AppendBool(buf, v)
		default:
			raw, err := json.Marshal(jsonValue(reflect.ValueOf(v)))
			if err != nil {
				return nil, err
			}
			buf = append(buf, raw...)
		}
	}
	return append(buf, '}'), nil
}

// plainKey says whether k needs no escaping in JSON: an ABI argument name.
func plainKey(k string) bool {
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

func jsonValue(v reflect.Value) any {
	if !v.IsValid() {
		return nil
	}
	switch x := v.Interface().(type) {
	case *big.Int:
		return x.String()
	case common.Address:
		return x.Hex()
	case common.Hash:
		return x.Hex()
	case [32]byte:
		return common.Hash(x).Hex()
	}
	switch v.Kind() {
	case reflect.Map:
		out := make(map[string]any, v.Len())
		for _, k := range v.MapKeys() {
			out[k.String()] = jsonValue(v.MapIndex(k))
		}
		return out
	case reflect.Struct:
		out := make(map[string]any, v.NumField())
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			name := f.Tag.Get("json")
			if name == "" {
				name = f.Name
			}
			out[name] = jsonValue(v.Field(i))
		}
		return out
	case reflect.Interface, reflect.Pointer:
		return jsonValue(v.Elem())
	default:
		return v.Interface()
	}
}

// Topics returns the ids of every event the indexer follows for ltvkeeper's markets: the
// topic filter of its eth_getLogs requests.
func Topics() ([]common.Hash, error) {
	proto, err := ltvmarket.New(common.Address{})
	if err != nil {
		return nil, err
	}
	d, err := newDecoder(proto)
	if err != nil {
		return nil, err
	}
	return d.topics, nil
}
