package indexer

import (
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
)

// The events the indexer follows, by the contract that emits them.
var (
	factoryEvents = []string{"MarketCreated"}
	marketEvents  = []string{
		"Supply", "Withdraw", "DepositCollateral", "WithdrawCollateral", "Borrow", "Repay", "Liquidate",
		"AccrueInterest", "BorrowRateSet",
	}
	feedEvents  = []string{"AnswerUpdated"}       // from a feed's aggregator
	proxyEvents = []string{"AggregatorConfirmed"} // from a feed that is a proxy, when it emits it
)

// accountArg names the argument that holds the borrower or lender an event concerns.
var accountArg = map[string]string{
	"Supply":             "onBehalf",
	"Withdraw":           "caller",
	"DepositCollateral":  "onBehalf",
	"WithdrawCollateral": "caller",
	"Borrow":             "caller",
	"Repay":              "onBehalf",
	"Liquidate":          "borrower",
}

// source says which kind of contract emits an event.
type source int

const (
	fromFactory source = iota
	fromMarket
	fromFeed
)

func (s source) String() string {
	return [...]string{fromFactory: "factory", fromMarket: "market", fromFeed: "price feed"}[s]
}

type eventSpec struct {
	abi    abi.Event
	source source
}

// decoder decodes the followed events with the ABIs of the generated bindings.
type decoder struct {
	byID   map[common.Hash]eventSpec
	topics []common.Hash // every followed event's id, for the eth_getLogs topic filter
}

func newDecoder() (*decoder, error) {
	d := &decoder{byID: make(map[common.Hash]eventSpec)}
	for _, c := range []struct {
		meta   *bind.MetaData
		names  []string
		source source
	}{
		{&bindings.MarketFactoryMetaData, factoryEvents, fromFactory},
		{&bindings.LendingMarketMetaData, marketEvents, fromMarket},
		{&chainlink.AggregatorV3InterfaceMetaData, feedEvents, fromFeed},
		{&chainlink.AggregatorProxyInterfaceMetaData, proxyEvents, fromFeed},
	} {
		parsed, err := c.meta.ParseABI()
		if err != nil {
			return nil, err
		}
		for _, name := range c.names {
			ev, ok := parsed.Events[name]
			if !ok {
				return nil, fmt.Errorf("bindings have no event %s", name)
			}
			d.byID[ev.ID] = eventSpec{abi: ev, source: c.source}
			d.topics = append(d.topics, ev.ID)
		}
	}
	return d, nil
}

// event is one decoded log, as the events table stores it.
type event struct {
	BlockNumber    uint64
	LogIndex       uint
	BlockHash      common.Hash
	BlockTimestamp uint64
	TxHash         common.Hash
	Address        common.Address
	Market         *common.Address // nil for price updates
	Account        *common.Address
	Name           string
	Args           map[string]any // decoded values: *big.Int, common.Address, uint8, structs
}

// sourceOf says, from its first topic alone, which kind of contract emits the event of l;
// ok is false for a log of an event the indexer does not follow.
func (d *decoder) sourceOf(l *types.Log) (src source, ok bool) {
	if len(l.Topics) == 0 {
		return 0, false
	}
	spec, ok := d.byID[l.Topics[0]]
	return spec.source, ok
}

// decode decodes a log of a followed event; errNotFollowed for any other log.
func (d *decoder) decode(l *types.Log) (ev event, src source, err error) {
	if len(l.Topics) == 0 {
		return ev, 0, errNotFollowed
	}
	spec, ok := d.byID[l.Topics[0]]
	if !ok {
		return ev, 0, errNotFollowed
	}
	args := make(map[string]any)
	if err := spec.abi.Inputs.UnpackIntoMap(args, l.Data); err != nil {
		return ev, 0, fmt.Errorf("decode %s in tx %s log %d: %w", spec.abi.Name, l.TxHash, l.Index, err)
	}
	var indexed abi.Arguments
	for _, in := range spec.abi.Inputs {
		if in.Indexed {
			indexed = append(indexed, in)
		}
	}
	if err := abi.ParseTopicsIntoMap(args, indexed, l.Topics[1:]); err != nil {
		return ev, 0, fmt.Errorf("decode %s topics in tx %s log %d: %w", spec.abi.Name, l.TxHash, l.Index, err)
	}
	ev = event{
		BlockNumber: l.BlockNumber, LogIndex: l.Index, BlockHash: l.BlockHash, BlockTimestamp: l.BlockTimestamp,
		TxHash: l.TxHash, Address: l.Address, Name: spec.abi.Name, Args: args,
	}
	switch spec.source {
	case fromFactory:
		m := args["market"].(common.Address)
		ev.Market = &m
	case fromMarket:
		m := l.Address
		ev.Market = &m
		if name, ok := accountArg[ev.Name]; ok {
			a := args[name].(common.Address)
			ev.Account = &a
		}
	}
	return ev, spec.source, nil
}

// bigArg returns a uint256 argument of ev, or nil when it has none of that name.
func (ev *event) bigArg(name string) *big.Int {
	v, _ := ev.Args[name].(*big.Int)
	return v
}

// argsJSON encodes the arguments with amounts as decimal strings and addresses as hex.
func (ev *event) argsJSON() (string, error) {
	raw, err := json.Marshal(jsonValue(reflect.ValueOf(ev.Args)))
	return string(raw), err
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

// Topics returns the ids of every event the indexer follows: the topic filter of its
// eth_getLogs requests.
func Topics() ([]common.Hash, error) {
	d, err := newDecoder()
	if err != nil {
		return nil, err
	}
	return d.topics, nil
}
