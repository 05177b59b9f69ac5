// Package morpho is Morpho Blue behind the protocol seam: one Morpho contract holds every
// market, and a market is its bytes32 id. Morpho's events carry amounts (deltas), not the
// totals they leave, so the protocol keeps a book of the followed markets' state and positions
// (protocol.Stateful: the indexer seeds it from the index at the checkpoint) and folds each
// event onto it with the contract's own arithmetic. Fold reports the resulting values, as the
// seam's Changes expect, and stores them in the event's arguments beside the decoded ones
// (the position's collateral, borrowShares and supplyShares, the market's totals and fee), as
// LendingMarket's events carry them: the index rolls back a reorg from the events that remain,
// for both protocols alike.
package morpho

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	morphobind "github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/protocol"
)

// marketEvents are the followed events that concern one market (its id is their first
// indexed argument); SetFeeRecipient concerns the contract.
var marketEvents = []string{
	"CreateMarket", "Supply", "Withdraw", "Borrow", "Repay", "SupplyCollateral", "WithdrawCollateral",
	"Liquidate", "AccrueInterest", "SetFee",
}

// accountArg names the argument that holds the account an event concerns.
var accountArg = map[string]string{
	"Supply": "onBehalf", "Withdraw": "onBehalf", "Borrow": "onBehalf", "Repay": "onBehalf",
	"SupplyCollateral": "onBehalf", "WithdrawCollateral": "onBehalf", "Liquidate": "borrower",
}

// Book is the state of the followed markets as the folded events leave it.
type Book struct {
	FeeRecipient    common.Address
	Markets         map[protocol.MarketID]*loanmath.MorphoMarket
	TotalCollateral map[protocol.MarketID]*uint256.Int
	Positions       map[protocol.PositionKey]*loanmath.MorphoPosition
}

// Config is the Morpho contract to follow and which of its markets: the markets of Markets,
// and every market whose collateral token is one of CollateralTokens, created before the start
// or after it. With neither, every market is followed.
type Config struct {
	Morpho           common.Address
	StartBlock       uint64 // the block Morpho was deployed in
	Markets          []common.Hash
	CollateralTokens []common.Address
	// Heartbeats are the ages in seconds, by market, past which a round of a feed behind the
	// market's oracle counts as stale; a market without one is not watched.
	Heartbeats map[common.Hash]uint64

	// What the keeper does with the markets. MarginCall is the margin-call line as a fraction
	// of each market's LLTV (WAD; nil: DefaultMarginCall), which Morpho itself lacks.
	// Liquidation is LiquidateMax ("" too: as much as the position allows) or LiquidateToTarget
	// (only enough to bring the position to TargetLTV, WAD, or below).
	MarginCall  *big.Int
	Liquidation string
	TargetLTV   *big.Int
}

// Following is the Config that follows the Morpho Blue contract and markets of a deployment
// file's morpho object.
func Following(mi *deploy.MorphoInstance) *Config {
	return &Config{Morpho: mi.Address, StartBlock: mi.StartBlock, Markets: mi.MarketIDs(), CollateralTokens: mi.CollateralTokens,
		Heartbeats: mi.Heartbeats()}
}

// How the keeper liquidates a Morpho position (Config.Liquidation).
const (
	LiquidateMax      = "max"    // as much as the position allows: all its debt, or all its collateral
	LiquidateToTarget = "target" // repay only enough to bring it to the target LTV
)

// DefaultMarginCall is the margin-call line, as a fraction of the LLTV, by default: 0.9.
var DefaultMarginCall = big.NewInt(0.9e18)

// Check says what is wrong with the keeper's settings of cfg, naming the flag to fix.
func (cfg *Config) Check() error {
	wad := loanmath.WAD.ToBig()
	if cfg.MarginCall != nil && (cfg.MarginCall.Sign() <= 0 || cfg.MarginCall.Cmp(wad) > 0) {
		return fmt.Errorf("--morpho.margin-call %s (WAD): want a fraction of the LLTV above 0 and at most 1, such as 0.9", cfg.MarginCall)
	}
	switch cfg.Liquidation {
	case "", LiquidateMax:
	case LiquidateToTarget:
		if cfg.TargetLTV == nil || cfg.TargetLTV.Sign() <= 0 || cfg.TargetLTV.Cmp(wad) >= 0 {
			return fmt.Errorf("--morpho.liquidation target with --morpho.target-ltv %v (WAD): want a target LTV above 0 and below 1, under the markets' LLTV, such as 0.8", cfg.TargetLTV)
		}
	default:
		return fmt.Errorf("--morpho.liquidation %q: want max or target", cfg.Liquidation)
	}
	return nil
}

// Protocol is the followed markets of one Morpho contract.
type Protocol struct {
	cfg     Config
	morpho  common.Address
	ids     map[protocol.MarketID]bool
	tokens  map[common.Address]bool
	events  map[common.Hash]abi.Event
	feeTo   abi.Event
	topics  []common.Hash
	book    Book
	created common.Hash
}

var (
	_ protocol.Stateful     = (*Protocol)(nil)
	_ protocol.Checker      = (*Protocol)(nil)
	_ protocol.MarginCaller = (*Protocol)(nil)
)

// New returns the protocol of the followed markets of the Morpho contract of cfg.
func New(cfg Config) (*Protocol, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	parsed, err := morphobind.MorphoMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	p := &Protocol{cfg: cfg, morpho: cfg.Morpho, events: make(map[common.Hash]abi.Event),
		ids: make(map[protocol.MarketID]bool), tokens: make(map[common.Address]bool)}
	for _, id := range cfg.Markets {
		p.ids[protocol.MarketID(id.Bytes())] = true
	}
	for _, t := range cfg.CollateralTokens {
		p.tokens[t] = true
	}
	p.clear()
	for _, name := range append(marketEvents, "SetFeeRecipient") {
		ev, ok := parsed.Events[name]
		if !ok {
			return nil, fmt.Errorf("bindings have no Morpho event %s", name)
		}
		p.events[ev.ID] = ev
		p.topics = append(p.topics, ev.ID)
	}
	p.feeTo = parsed.Events["SetFeeRecipient"]
	p.created = parsed.Events["CreateMarket"].ID
	return p, nil
}

func (p *Protocol) clear() {
	p.book = Book{
		Markets:         make(map[protocol.MarketID]*loanmath.MorphoMarket),
		TotalCollateral: make(map[protocol.MarketID]*uint256.Int),
		Positions:       make(map[protocol.PositionKey]*loanmath.MorphoPosition),
	}
}

// follows says whether the filter takes the market of id and params.
func (p *Protocol) follows(id protocol.MarketID, params morphobind.MarketParams) bool {
	if len(p.ids) == 0 && len(p.tokens) == 0 {
		return true
	}
	return p.ids[id] || p.tokens[params.CollateralToken]
}

// MarginCallLTV is the margin-call line of a market of LLTV lltv: lltv × MarginCall, rounded
// down.
func (p *Protocol) MarginCallLTV(lltv *big.Int) *big.Int {
	frac := p.cfg.MarginCall
	if frac == nil {
		frac = DefaultMarginCall
	}
	z := new(big.Int).Mul(lltv, frac)
	return z.Quo(z, loanmath.WAD.ToBig())
}

// Name is the protocol as market rows carry it.
func (p *Protocol) Name() string { return indexdb.ProtocolMorphoBlue }

// Topics are the ids of the followed events.
func (p *Protocol) Topics() []common.Hash { return p.topics }

// Book is the state the folded events left.
func (p *Protocol) Book() *Book { return &p.book }

// Route: a followed event of the Morpho contract concerns the market whose id is its first
// topic; CreateMarket creates it; SetFeeRecipient concerns no market.
func (p *Protocol) Route(l *types.Log) (market protocol.MarketID, creates, ok bool) {
	if len(l.Topics) == 0 || l.Address != p.morpho {
		return "", false, false
	}
	if _, ok := p.events[l.Topics[0]]; !ok {
		return "", false, false
	}
	if l.Topics[0] == p.feeTo.ID {
		return "", false, true
	}
	if len(l.Topics) < 2 {
		return "", false, false
	}
	return protocol.MarketID(l.Topics[1].Bytes()), l.Topics[0] == p.created, true
}

// Fold decodes a routed log, applies it to the book, and sets in c the values it leaves.
func (p *Protocol) Fold(l *types.Log, c *protocol.Changes) (protocol.Event, error) {
	spec, ok := p.events[l.Topics[0]]
	if !ok {
		return protocol.Event{}, fmt.Errorf("log %d of tx %s is not a followed Morpho event", l.Index, l.TxHash)
	}
	ev, err := protocol.Decode(spec, l)
	if err != nil {
		return ev, err
	}
	if ev.Name == "SetFeeRecipient" {
		p.book.FeeRecipient = ev.Args["newFeeRecipient"].(common.Address)
		return ev, nil
	}
	if ev.Name == "AccrueInterest" && ev.BigArg("feeShares").Sign() > 0 {
		a := p.book.FeeRecipient
		ev.Account = &a // the fee shares are the fee recipient's supply
	}
	id := ev.Args["id"].([32]byte)
	ev.Market = protocol.MarketID(id[:])
	if name, ok := accountArg[ev.Name]; ok {
		a := ev.Args[name].(common.Address)
		ev.Account = &a
	}
	if ev.Name == "CreateMarket" {
		p.create(&ev, c)
		return ev, nil
	}
	mk := p.book.Markets[ev.Market]
	if mk == nil {
		return ev, fmt.Errorf("morpho %s in tx %s: market %s is not in the book (seed it from the index first)", ev.Name, l.TxHash, ev.Market)
	}
	if err := p.apply(&ev, mk); err != nil {
		return ev, fmt.Errorf("morpho %s of market %s in tx %s log %d: %w", ev.Name, ev.Market, l.TxHash, l.Index, err)
	}
	st := c.State(ev.Market)
	st.Block = ev.BlockNumber
	for _, f := range []struct {
		column, arg string
		v           *uint256.Int
	}{
		{protocol.TotalSupplyAssets, "totalSupplyAssets", mk.TotalSupplyAssets},
		{protocol.TotalSupplyShares, "totalSupplyShares", mk.TotalSupplyShares},
		{protocol.TotalBorrowAssets, "totalBorrowAssets", mk.TotalBorrowAssets},
		{protocol.TotalBorrowShares, "totalBorrowShares", mk.TotalBorrowShares},
		{protocol.TotalCollateral, "totalCollateral", p.book.TotalCollateral[ev.Market]},
		{protocol.Fee, "fee", mk.Fee},
	} {
		v := f.v.ToBig() // one value for both: neither is changed once set
		st.Values[f.column], ev.Args[f.arg] = v, v
	}
	if ev.Name == "AccrueInterest" {
		rate := ev.BigArg("prevBorrowRate")
		annual := new(big.Int).Mul(rate, big.NewInt(secondsPerYear))
		st.Values[protocol.RatePerSecond], st.Values[protocol.BorrowRate] = rate, annual
		ev.Args["ratePerSecond"], ev.Args["newRate"] = rate, annual
		ts := ev.BlockTimestamp
		st.LastAccrual = &ts
	}
	if ev.Account != nil {
		key := protocol.PositionKey{Market: ev.Market, Borrower: *ev.Account}
		pos := p.position(key)
		d := c.Position(key)
		d.Block = ev.BlockNumber
		d.Collateral, d.BorrowShares, d.SupplyShares = pos.Collateral.ToBig(), pos.BorrowShares.ToBig(), pos.SupplyShares.ToBig()
		ev.Args["collateral"], ev.Args["borrowShares"], ev.Args["supplyShares"] = d.Collateral, d.BorrowShares, d.SupplyShares
	}
	return ev, nil
}

// secondsPerYear turns Morpho's per-second rate into the annual rate (WAD) market_state keeps.
const secondsPerYear = 365 * 24 * 3600

func (p *Protocol) position(key protocol.PositionKey) *loanmath.MorphoPosition {
	pos := p.book.Positions[key]
	if pos == nil {
		pos = &loanmath.MorphoPosition{SupplyShares: new(uint256.Int), BorrowShares: new(uint256.Int), Collateral: new(uint256.Int)}
		p.book.Positions[key] = pos
	}
	return pos
}

// apply folds one market event onto the book with the contract's arithmetic.
func (p *Protocol) apply(ev *protocol.Event, mk *loanmath.MorphoMarket) error {
	arg := func(name string) *uint256.Int { return uint256.MustFromBig(ev.BigArg(name)) }
	var pos *loanmath.MorphoPosition
	if ev.Account != nil {
		pos = p.position(protocol.PositionKey{Market: ev.Market, Borrower: *ev.Account})
	}
	coll := p.book.TotalCollateral[ev.Market]
	var err error
	switch ev.Name {
	case "AccrueInterest":
		interest, fee := arg("interest"), arg("feeShares")
		mk.TotalBorrowAssets.Add(mk.TotalBorrowAssets, interest)
		mk.TotalSupplyAssets.Add(mk.TotalSupplyAssets, interest)
		mk.TotalSupplyShares.Add(mk.TotalSupplyShares, fee)
		to := p.position(protocol.PositionKey{Market: ev.Market, Borrower: p.book.FeeRecipient})
		to.SupplyShares.Add(to.SupplyShares, fee)
		mk.LastUpdate = ev.BlockTimestamp
	case "SetFee":
		mk.Fee = arg("newFee")
	case "Supply":
		mk.TotalSupplyAssets.Add(mk.TotalSupplyAssets, arg("assets"))
		mk.TotalSupplyShares.Add(mk.TotalSupplyShares, arg("shares"))
		pos.SupplyShares.Add(pos.SupplyShares, arg("shares"))
	case "Withdraw":
		err = subAll(mk.TotalSupplyAssets, arg("assets"), mk.TotalSupplyShares, arg("shares"), pos.SupplyShares, arg("shares"))
	case "Borrow":
		mk.TotalBorrowAssets.Add(mk.TotalBorrowAssets, arg("assets"))
		mk.TotalBorrowShares.Add(mk.TotalBorrowShares, arg("shares"))
		pos.BorrowShares.Add(pos.BorrowShares, arg("shares"))
	case "Repay":
		floorSub(mk.TotalBorrowAssets, arg("assets"))
		err = subAll(mk.TotalBorrowShares, arg("shares"), pos.BorrowShares, arg("shares"))
	case "SupplyCollateral":
		pos.Collateral.Add(pos.Collateral, arg("assets"))
		coll.Add(coll, arg("assets"))
	case "WithdrawCollateral":
		err = subAll(pos.Collateral, arg("assets"), coll, arg("assets"))
	case "Liquidate":
		floorSub(mk.TotalBorrowAssets, arg("repaidAssets"))
		badAssets, badShares := arg("badDebtAssets"), arg("badDebtShares")
		if err = subAll(mk.TotalBorrowShares, arg("repaidShares"), pos.BorrowShares, arg("repaidShares"),
			pos.Collateral, arg("seizedAssets"), coll, arg("seizedAssets")); err != nil {
			break
		}
		err = subAll(mk.TotalBorrowAssets, badAssets, mk.TotalSupplyAssets, badAssets,
			mk.TotalBorrowShares, badShares, pos.BorrowShares, badShares)
	}
	return err
}

// subAll subtracts pairs (x, y): x −= y, failing (as the contract would have) when y > x.
func subAll(pairs ...*uint256.Int) error {
	for i := 0; i < len(pairs); i += 2 {
		if pairs[i+1].Gt(pairs[i]) {
			return fmt.Errorf("%s exceeds %s: the book is behind the chain (was it seeded?)", pairs[i+1].Dec(), pairs[i].Dec())
		}
		pairs[i].Sub(pairs[i], pairs[i+1])
	}
	return nil
}

// floorSub is UtilsLib.zeroFloorSub in place.
func floorSub(x, y *uint256.Int) {
	if y.Gt(x) {
		x.Clear()
		return
	}
	x.Sub(x, y)
}

// create records the market a CreateMarket event creates: no supply, no debt, no fee.
func (p *Protocol) create(ev *protocol.Event, c *protocol.Changes) {
	params := *abi.ConvertType(ev.Args["marketParams"], new(morphobind.MarketParams)).(*morphobind.MarketParams)
	if !p.follows(ev.Market, params) {
		return
	}
	lif, err := loanmath.LiquidationIncentiveFactor(uint256.MustFromBig(params.Lltv))
	if err != nil {
		lif = loanmath.WAD // unreachable: Morpho enables only LLTVs below 100%
	}
	m := protocol.NewMarket{
		Protocol:        p.Name(),
		ID:              ev.Market,
		Contract:        p.morpho,
		CollateralToken: params.CollateralToken,
		LoanToken:       params.LoanToken,
		Oracle:          params.Oracle,
		IRM:             params.Irm,
		MaxBorrowLTV:    params.Lltv,
		MarginCallLTV:   p.MarginCallLTV(params.Lltv),
		LiquidationLTV:  params.Lltv,
		// Morpho has no target: a liquidation may take the whole position.
		LiquidationTargetLTV: new(big.Int),
		MaxPriceAge:          new(big.Int),
		InitialBorrowRate:    new(big.Int),
		LiquidationBonus:     new(big.Int).Sub(lif.ToBig(), loanmath.WAD.ToBig()),
		Block:                ev.BlockNumber,
		Timestamp:            ev.BlockTimestamp,
	}
	ev.Created = &m
	c.Markets = append(c.Markets, m)
	zero := func() *uint256.Int { return new(uint256.Int) }
	p.book.Markets[m.ID] = &loanmath.MorphoMarket{TotalSupplyAssets: zero(), TotalSupplyShares: zero(),
		TotalBorrowAssets: zero(), TotalBorrowShares: zero(), LastUpdate: ev.BlockTimestamp, Fee: zero()}
	p.book.TotalCollateral[m.ID] = zero()
	st := c.State(m.ID)
	st.Block = ev.BlockNumber
	for _, col := range []string{protocol.TotalSupplyAssets, protocol.TotalSupplyShares, protocol.TotalBorrowAssets,
		protocol.TotalBorrowShares, protocol.TotalCollateral, protocol.Fee, protocol.RatePerSecond, protocol.BorrowRate} {
		st.Values[col] = new(big.Int)
	}
	// No rate until the first accrual; stored in the event too, so that a rollback to before
	// that accrual finds it.
	ev.Args["ratePerSecond"], ev.Args["newRate"] = new(big.Int), new(big.Int)
	ts := ev.BlockTimestamp
	st.LastAccrual = &ts
}
