package indexer

import (
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/feeds"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// batch is everything one range writes: its events and the state they lead to. Every
// market event carries the resulting values of what it changed, so the state after a
// range is, field by field, the value of the last event in it that carries that field.
type batch struct {
	from, to  uint64
	end       *types.Header   // the checkpoint after this batch
	headers   []*types.Header // blocks to remember for reorg detection
	events    []event
	markets   []newMarket
	prices    []priceRound
	sources   []feeds.Source // feeds followed, or whose aggregator changed, in the range
	timeline  *timeline      // the feeds' sources over the range
	positions map[positionKey]*positionDelta
	states    map[common.Address]*stateDelta
}

type newMarket struct {
	market, collateralToken, loanToken, priceFeed  common.Address
	params                                         map[string]*big.Int
	collateralDecimals, loanDecimals, feedDecimals uint8
	block, timestamp                               uint64
}

type priceRound struct {
	feed            common.Address
	aggregator      common.Address // the aggregator that published it
	block           uint64
	logIndex        int // -1: read with latestRoundData at discovery
	roundID, answer *big.Int
	updatedAt       uint64
}

type positionKey struct{ market, borrower common.Address }

// positionDelta holds the last value of each position field in the batch; nil: unchanged.
type positionDelta struct {
	collateral, borrowShares *big.Int
	block                    uint64
}

// marketStateArgs maps event arguments to market_state columns.
var marketStateArgs = []struct{ arg, column string }{
	{"totalSupplyAssets", "total_supply_assets"},
	{"totalSupplyShares", "total_supply_shares"},
	{"totalBorrowAssets", "total_borrow_assets"},
	{"totalBorrowShares", "total_borrow_shares"},
	{"totalCollateral", "total_collateral"},
	{"borrowIndex", "borrow_index"},
	{"newRate", "borrow_rate"},
	{"ratePerSecond", "rate_per_second"},
}

// stateDelta holds the last value of each market_state column in the batch; nil: unchanged.
type stateDelta struct {
	values      map[string]*big.Int // by column
	lastAccrual *uint64
	block       uint64
}

func newBatch(from, to uint64) *batch {
	return &batch{
		from: from, to: to,
		positions: make(map[positionKey]*positionDelta),
		states:    make(map[common.Address]*stateDelta),
	}
}

// apply folds one decoded event into the batch.
func (b *batch) apply(ev event) {
	b.events = append(b.events, ev)
	if ev.Name == "MarketCreated" {
		b.createMarket(ev)
		return
	}
	if ev.Market == nil {
		return // a price feed's event: its rounds are folded by the feeds' timeline
	}
	st := b.state(*ev.Market)
	st.block = ev.BlockNumber
	for _, f := range marketStateArgs {
		if v := ev.bigArg(f.arg); v != nil {
			st.values[f.column] = v
		}
	}
	if ev.Name == "AccrueInterest" {
		ts := ev.BlockTimestamp
		st.lastAccrual = &ts
	}
	if ev.Account == nil {
		return
	}
	collateral, shares := ev.bigArg("collateral"), ev.bigArg("borrowShares")
	if collateral == nil && shares == nil {
		return // a lender's event
	}
	key := positionKey{*ev.Market, *ev.Account}
	p := b.positions[key]
	if p == nil {
		p = &positionDelta{}
		b.positions[key] = p
	}
	p.block = ev.BlockNumber
	if collateral != nil {
		p.collateral = collateral
	}
	if shares != nil {
		p.borrowShares = shares
	}
}

func (b *batch) state(market common.Address) *stateDelta {
	st := b.states[market]
	if st == nil {
		st = &stateDelta{values: make(map[string]*big.Int)}
		b.states[market] = st
	}
	return st
}

// createMarket records a new market and its state at creation: no supply, no debt, the
// borrow index at 1 and the initial rate.
func (b *batch) createMarket(ev event) {
	params := jsonValue(reflect.ValueOf(ev.Args["params"])).(map[string]any)
	m := newMarket{
		market:             ev.Args["market"].(common.Address),
		collateralToken:    ev.Args["collateralToken"].(common.Address),
		loanToken:          ev.Args["loanToken"].(common.Address),
		priceFeed:          ev.Args["priceFeed"].(common.Address),
		params:             make(map[string]*big.Int, len(params)),
		collateralDecimals: ev.Args["collateralDecimals"].(uint8),
		loanDecimals:       ev.Args["loanDecimals"].(uint8),
		feedDecimals:       ev.Args["feedDecimals"].(uint8),
		block:              ev.BlockNumber,
		timestamp:          ev.BlockTimestamp,
	}
	for k, v := range params {
		m.params[k], _ = new(big.Int).SetString(v.(string), 10)
	}
	b.markets = append(b.markets, m)

	rate := m.params["borrowRate"]
	perSecond, err := loanmath.RatePerSecond(uint256.MustFromBig(rate))
	if err != nil {
		perSecond = uint256.NewInt(0) // unreachable: the contract caps the rate
	}
	st := b.state(m.market)
	st.block = ev.BlockNumber
	zero := new(big.Int)
	for _, f := range marketStateArgs {
		st.values[f.column] = zero
	}
	st.values["borrow_index"] = loanmath.RAY.ToBig()
	st.values["borrow_rate"] = rate
	st.values["rate_per_second"] = perSecond.ToBig()
	ts := ev.BlockTimestamp
	st.lastAccrual = &ts
}
