// Package ltvmarket is ltvkeeper's own lending protocol behind the protocol seam: one
// LendingMarket contract per market, created by a MarketFactory. Each market event carries
// the resulting values of what it changed, so folding a range keeps the last value of each.
package ltvmarket

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/protocol"
)

// The events followed, by the contract that emits them.
var (
	factoryEvents = []string{"MarketCreated"}
	marketEvents  = []string{
		"Supply", "Withdraw", "DepositCollateral", "WithdrawCollateral", "Borrow", "Repay", "Liquidate",
		"AccrueInterest", "BorrowRateSet",
	}
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

// stateArgs maps event arguments to market_state columns.
var stateArgs = []struct{ arg, column string }{
	{"totalSupplyAssets", protocol.TotalSupplyAssets},
	{"totalSupplyShares", protocol.TotalSupplyShares},
	{"totalBorrowAssets", protocol.TotalBorrowAssets},
	{"totalBorrowShares", protocol.TotalBorrowShares},
	{"totalCollateral", protocol.TotalCollateral},
	{"borrowIndex", protocol.BorrowIndex},
	{"newRate", protocol.BorrowRate},
	{"ratePerSecond", protocol.RatePerSecond},
}

// Protocol is the markets of one MarketFactory.
type Protocol struct {
	factory common.Address
	created abi.Event
	market  map[common.Hash]abi.Event // a market's followed events, by id
	topics  []common.Hash
}

var _ protocol.Protocol = (*Protocol)(nil)

// New returns the protocol of factory's markets.
func New(factory common.Address) (*Protocol, error) {
	p := &Protocol{factory: factory, market: make(map[common.Hash]abi.Event)}
	created, err := protocol.Events(&bindings.MarketFactoryMetaData, factoryEvents...)
	if err != nil {
		return nil, err
	}
	for _, ev := range created {
		p.created = ev
		p.topics = append(p.topics, ev.ID)
	}
	market, err := protocol.Events(&bindings.LendingMarketMetaData, marketEvents...)
	if err != nil {
		return nil, err
	}
	for _, ev := range market {
		p.market[ev.ID] = ev
		p.topics = append(p.topics, ev.ID)
	}
	return p, nil
}

// Name is the protocol as market rows carry it.
func (p *Protocol) Name() string { return indexdb.ProtocolLTVKeeper }

// Topics are the ids of the factory's and the markets' followed events.
func (p *Protocol) Topics() []common.Hash { return p.topics }

// Route: the factory's MarketCreated creates a market; a market's events concern the market
// that emits them.
func (p *Protocol) Route(l *types.Log) (market protocol.MarketID, creates, ok bool) {
	if len(l.Topics) == 0 {
		return "", false, false
	}
	if l.Topics[0] == p.created.ID {
		return "", true, l.Address == p.factory
	}
	if _, ok := p.market[l.Topics[0]]; ok {
		return protocol.AddressID(l.Address), false, true
	}
	return "", false, false
}

// Fold decodes a routed log and folds it into c.
func (p *Protocol) Fold(l *types.Log, c *protocol.Changes) (protocol.Event, error) {
	if len(l.Topics) > 0 && l.Topics[0] == p.created.ID {
		ev, err := protocol.Decode(p.created, l)
		if err != nil {
			return ev, err
		}
		p.create(&ev, c)
		return ev, nil
	}
	spec, ok := p.market[l.Topics[0]]
	if !ok {
		return protocol.Event{}, fmt.Errorf("log %d of tx %s is not a followed event", l.Index, l.TxHash)
	}
	ev, err := protocol.Decode(spec, l)
	if err != nil {
		return ev, err
	}
	ev.Market = protocol.AddressID(l.Address)
	if name, ok := accountArg[ev.Name]; ok {
		a := ev.Args[name].(common.Address)
		ev.Account = &a
	}
	st := c.State(ev.Market)
	st.Block = ev.BlockNumber
	for _, f := range stateArgs {
		if v := ev.BigArg(f.arg); v != nil {
			st.Values[f.column] = v
		}
	}
	if ev.Name == "AccrueInterest" {
		ts := ev.BlockTimestamp
		st.LastAccrual = &ts
	}
	if ev.Account == nil {
		return ev, nil
	}
	collateral, shares := ev.BigArg("collateral"), ev.BigArg("borrowShares")
	if collateral == nil && shares == nil {
		return ev, nil // a lender's event
	}
	pos := c.Position(protocol.PositionKey{Market: ev.Market, Borrower: *ev.Account})
	pos.Block = ev.BlockNumber
	if collateral != nil {
		pos.Collateral = collateral
	}
	if shares != nil {
		pos.BorrowShares = shares
	}
	return ev, nil
}

// create records the market a MarketCreated event creates, and its state at creation: no
// supply, no debt, the borrow index at 1 and the initial rate.
func (p *Protocol) create(ev *protocol.Event, c *protocol.Changes) {
	params := *abi.ConvertType(ev.Args["params"], new(bindings.MarketParams)).(*bindings.MarketParams)
	addr := ev.Args["market"].(common.Address)
	m := protocol.NewMarket{
		Protocol:             p.Name(),
		ID:                   protocol.AddressID(addr),
		Contract:             addr,
		CollateralToken:      ev.Args["collateralToken"].(common.Address),
		LoanToken:            ev.Args["loanToken"].(common.Address),
		PriceFeed:            ev.Args["priceFeed"].(common.Address),
		CollateralDecimals:   ev.Args["collateralDecimals"].(uint8),
		LoanDecimals:         ev.Args["loanDecimals"].(uint8),
		FeedDecimals:         ev.Args["feedDecimals"].(uint8),
		MaxBorrowLTV:         params.MaxBorrowLtv,
		MarginCallLTV:        params.MarginCallLtv,
		LiquidationLTV:       params.LiquidationLtv,
		LiquidationBonus:     params.LiquidationBonus,
		LiquidationTargetLTV: params.LiquidationTargetLtv,
		MaxPriceAge:          params.MaxPriceAge,
		InitialBorrowRate:    params.BorrowRate,
		Block:                ev.BlockNumber,
		Timestamp:            ev.BlockTimestamp,
	}
	ev.Market, ev.Created = m.ID, &m
	c.Markets = append(c.Markets, m)

	perSecond, err := loanmath.RatePerSecond(uint256.MustFromBig(params.BorrowRate))
	if err != nil {
		perSecond = uint256.NewInt(0) // unreachable: the contract caps the rate
	}
	st := c.State(m.ID)
	st.Block = ev.BlockNumber
	zero := new(big.Int)
	for _, f := range stateArgs {
		st.Values[f.column] = zero
	}
	st.Values[protocol.BorrowIndex] = loanmath.RAY.ToBig()
	st.Values[protocol.BorrowRate] = params.BorrowRate
	st.Values[protocol.RatePerSecond] = perSecond.ToBig()
	ts := ev.BlockTimestamp
	st.LastAccrual = &ts
}
