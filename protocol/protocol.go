// Package protocol is the seam between ltvkeeper and the lending protocols it indexes and
// keeps. Everything that depends on which lending contract a market is sits behind Protocol:
// the logs to fetch, how they fold into positions and market state, the loan math, and the
// liquidation call. The indexer's run loop, the keeper's selection and the API know markets
// only through it. Package ltvmarket is ltvkeeper's own LendingMarket.
package protocol

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/bits"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/feeds"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// Protocol is one lending protocol, followed from one root contract (a factory, or the one
// contract that holds every market).
type Protocol interface {
	// Name is the protocol as market rows carry it (indexdb.ProtocolLTVKeeper, ...).
	Name() string
	// Topics are the ids of every event to fetch: the root's and its markets'.
	Topics() []common.Hash
	// Route says, from its address and topics alone, which market a log concerns, or that it
	// creates one (market is then known once it is decoded); ok is false for a log the
	// protocol does not follow. Nothing is decoded, so that a contract that only mimics an
	// event cannot stop the indexer.
	Route(l *types.Log) (market MarketID, creates, ok bool)
	// Fold decodes a routed log of a followed market (or one that creates a market), folds it
	// into c, and returns it as the events table stores it.
	Fold(l *types.Log, c *Changes) (Event, error)
	// Market is the loan math and the liquidation call of one indexed market.
	Market(m indexdb.Market) Market
}

// Stateful is a Protocol whose events carry amounts rather than the totals they leave: to fold
// a range, it needs the state the index holds at the start of it. The indexer seeds it with
// the whole index of its root contract when it starts, whenever it resumes from the last
// commit (after any failure) and after a reorg rollback; the protocol then carries the state
// from range to range, which the indexer builds strictly in order. The seed is always the
// state at the checkpoint, so a range folded and not committed is folded again from it.
type Stateful interface {
	Protocol
	Seed(Snapshot) error
}

// Snapshot is the index of one root contract at its checkpoint: every market's state (every
// column set, LastAccrual too) and every position (every field set), and the arguments of the
// latest event of each name the root contract emitted for no market, as stored (JSON).
type Snapshot struct {
	States    map[MarketID]*StateDelta
	Positions map[PositionKey]*PositionDelta
	Root      map[string][]byte
}

// Checker is a Protocol that checks, before anything is written, that what it follows exists
// at block head: an error says what is wrong and how to fix it.
type Checker interface {
	Check(ctx context.Context, c Backend, head uint64) error
}

// MarginCaller is a Protocol whose margin-call line is a setting of its own rather than a
// parameter of the market (Morpho Blue has none): the markets it creates carry the line, and the
// indexer writes it onto the markets already indexed when it starts, so that a changed setting
// applies to every market.
type MarginCaller interface {
	MarginCallLTV(liquidationLTV *big.Int) *big.Int
}

// Backend is what a Checker reads from the node.
type Backend interface {
	ethereum.ContractCaller
	ethereum.LogFilterer
}

// Market is what the keeper asks of one market: its loan math (at the market's debt per share,
// its "index") and how a liquidation is called. The index is opaque outside the Market that
// made it: only its own methods read it. LendingMarket's is the debt of one borrow share (RAY);
// Morpho Blue's, whose debt is (assets + 1) ÷ (shares + 1e6) rounded up per position, packs
// the market's total borrow assets and shares (each a uint128 in the contract).
type Market interface {
	// Index is the market's debt per share at time at: the indexed state with the interest
	// accrued since.
	Index(st indexdb.MarketState, at uint64) (*uint256.Int, error)
	// Debt is what p owes at index, rounded as the contract rounds it.
	Debt(p Position, index *uint256.Int) (*uint256.Int, error)
	// AtOrAbove says, by the contract's own test, whether p is at or past lineLTV (WAD).
	AtOrAbove(p Position, price, index, lineLTV *uint256.Int) bool
	// LTV is p's LTV (WAD) as the contract computes it.
	LTV(p Position, price, index *uint256.Int) (*uint256.Int, error)
	// Plan predicts p's liquidation, and the most the call may repay.
	Plan(p Position, price, index *uint256.Int) (loanmath.Liquidation, *big.Int, error)
	// Liquidation builds the liquidation call of borrower, and decodes its results.
	Liquidation(borrower common.Address, maxRepay *big.Int) Call
	// Liquidated decodes a log of one of the market's liquidations; ok is false for any other.
	Liquidated(l *types.Log) (Liquidated, bool)
	// Price reads the market's price at block, from wherever the protocol prices the market,
	// in the units its loan math takes.
	Price(ctx context.Context, c ethereum.ContractCaller, block *big.Int) (Price, error)
	// Value is what collateral is worth at price, in loan-token base units, rounded down.
	Value(collateral, price *uint256.Int) (*uint256.Int, error)
	// Lines are the LTVs (WAD) at which the keeper warns a borrower (a margin call) and at
	// which the market lets a position be liquidated.
	Lines() (marginCall, liquidation *uint256.Int)
}

// Batcher is a Market whose liquidations a liquidation executor of its protocol runs many at
// once, each an isolated attempt: funded by a flash swap from a Uniswap v3 pool, or by a
// callback of the protocol that sells the seized collateral to the pool before the repayment is
// pulled, or by the keeper's own loan token (inventory). The executor reverts when its profit is
// below the call's minimum, so simulating the call measures the profit with the protocol's
// incentive and the pool's price impact and fee.
type Batcher interface {
	// Batch builds the executor's liquidate call of liqs, each as Liquidation would repay it,
	// and decodes what it returns.
	Batch(executor common.Address, liqs []BatchLiquidation, p BatchParams) BatchCall
	// BatchLog decodes a log the executor emitted for this market: one attempt (attempt set), or
	// the end of a batch (profit set); ok is false for any other log.
	BatchLog(l *types.Log) (attempt *BatchAttempt, profit *big.Int, ok bool)
}

// BatchLiquidation is one position of a batch: its borrower, and the most its liquidation may
// repay (its Plan's).
type BatchLiquidation struct {
	Borrower common.Address
	MaxRepay *big.Int
}

// BatchParams say how a batch is funded and settled; the profit is taken in the loan token.
type BatchParams struct {
	// Flash: the loan token comes from the pool (a flash swap, or the protocol's callback);
	// else from the keeper's inventory.
	Flash bool
	// Pool is the Uniswap v3 pool of the market's two tokens the collateral is sold to; zero:
	// none (inventory that keeps the seized collateral, MinProfit 0).
	Pool common.Address
	// LoanAmount is the loan token the batch may repay in all: what the flash swap borrows, or
	// what the executor takes from the keeper's inventory. A protocol whose callback funds each
	// liquidation takes nothing up front.
	LoanAmount *big.Int
	// MinProfit is the least profit, in loan-token base units, or the call reverts.
	MinProfit *big.Int
}

// BatchCall is an executor's liquidate call, with the decoder of what it returns: every
// attempt, in order, and the profit sent to the keeper.
type BatchCall struct {
	To     common.Address
	Data   []byte
	Result func(out []byte) ([]BatchAttempt, *big.Int, error)
}

// BatchAttempt is what one liquidation of a batch did: Repaid (loan token) and Seized
// (collateral) are zero when it failed, and Reason is then the revert data of the market's call.
type BatchAttempt struct {
	Borrower       common.Address // set when decoded from a log
	Success        bool
	Repaid, Seized *big.Int
	Reason         []byte
}

// ExecutorAttempt is one attempt as a liquidation executor's liquidate returns it; each
// executor's binding has its own type of these fields.
type ExecutorAttempt = struct {
	Success        bool
	Repaid, Seized *big.Int
}

// BatchResult is what a BatchCall's Result returns, from the executor binding's decoded
// liquidate result: its attempts, in order, the profit, and the decoding error.
func BatchResult[A ~ExecutorAttempt](attempts []A, profit *big.Int, err error) ([]BatchAttempt, *big.Int, error) {
	if err != nil {
		return nil, nil, err
	}
	out := make([]BatchAttempt, len(attempts))
	for i, a := range attempts {
		e := ExecutorAttempt(a)
		out[i] = BatchAttempt{Success: e.Success, Repaid: e.Repaid, Seized: e.Seized}
	}
	return out, profit, nil
}

// Price is a market's price as read at a block, with the Chainlink rounds it was made of, so
// that their age and their aggregators' bounds can be watched: the feed's round for a market
// priced by a feed, a round for each feed behind a Morpho Chainlink oracle, none for an oracle
// whose feeds are not known.
type Price struct {
	Answer *big.Int // the price; not positive: none usable
	Rounds []feeds.Round
}

// MarketID names a market as the markets table does (see indexdb.MarketID).
type MarketID = indexdb.MarketID

// AddressID is the id of a market that is its own contract.
func AddressID(a common.Address) MarketID { return indexdb.AddressMarket(a) }

// Event is one decoded log, as the events table stores it.
type Event struct {
	BlockNumber    uint64
	LogIndex       uint
	BlockHash      common.Hash
	BlockTimestamp uint64
	TxHash         common.Hash
	Address        common.Address
	Market         MarketID        // "" for none (a price feed's event)
	Account        *common.Address // the borrower or lender it concerns
	Name           string
	Args           map[string]any // decoded values: *big.Int, common.Address, uint8, structs
	Created        *NewMarket     // the market the event creates
}

// BigArg returns a uint256 argument of ev, or nil when it has none of that name.
func (ev *Event) BigArg(name string) *big.Int {
	v, _ := ev.Args[name].(*big.Int)
	return v
}

// NewMarket is a market row, as the event that creates it says.
type NewMarket struct {
	Protocol                              string
	ID                                    MarketID
	Contract                              common.Address // the contract that emits its events
	CollateralToken, LoanToken, PriceFeed common.Address // PriceFeed: a Chainlink feed; zero for none
	// Oracle prices the market with price() (collateral in loan-token units, scaled by 1e36)
	// where it has no Chainlink PriceFeed; IRM is its interest rate model. Zero: none.
	Oracle, IRM common.Address
	// OracleFeeds are the feeds Oracle combines, when it is a Morpho Chainlink oracle without
	// vaults (the indexer reads them); nil otherwise.
	OracleFeeds                                    *indexdb.OracleFeeds
	CollateralDecimals, LoanDecimals, FeedDecimals uint8
	// Risk parameters: LTVs and the bonus are WAD fractions, the rate WAD a year, the age seconds.
	MaxBorrowLTV, MarginCallLTV, LiquidationLTV, LiquidationBonus, LiquidationTargetLTV *big.Int
	MaxPriceAge, InitialBorrowRate                                                      *big.Int
	Block, Timestamp                                                                    uint64
}

// The market_state columns a fold sets (StateDelta.Values' keys).
const (
	TotalSupplyAssets = "total_supply_assets"
	TotalSupplyShares = "total_supply_shares"
	TotalBorrowAssets = "total_borrow_assets"
	TotalBorrowShares = "total_borrow_shares"
	TotalCollateral   = "total_collateral"
	BorrowIndex       = "borrow_index"
	BorrowRate        = "borrow_rate"
	RatePerSecond     = "rate_per_second"
	Fee               = "fee"
)

// StateColumns are the market_state columns, in the order the indexer writes them.
var StateColumns = []string{TotalSupplyAssets, TotalSupplyShares, TotalBorrowAssets, TotalBorrowShares,
	TotalCollateral, BorrowIndex, BorrowRate, RatePerSecond, Fee}

// Changes are what one range of events changes: the markets it creates, and the value each
// market_state column and position field has after it. A protocol whose events carry deltas
// folds them onto the values it set earlier in the range.
type Changes struct {
	Markets   []NewMarket
	States    map[MarketID]*StateDelta
	Positions map[PositionKey]*PositionDelta
}

// NewChanges returns empty changes.
func NewChanges() *Changes {
	return &Changes{States: make(map[MarketID]*StateDelta), Positions: make(map[PositionKey]*PositionDelta)}
}

// PositionKey is a borrower in a market.
type PositionKey struct {
	Market   MarketID
	Borrower common.Address
}

// PositionDelta holds the last value of each position field in a range; nil: unchanged.
type PositionDelta struct {
	Collateral, BorrowShares, SupplyShares *big.Int
	Block                                  uint64
}

// StateDelta holds the last value of each market_state column in a range; nil: unchanged.
type StateDelta struct {
	Values      map[string]*big.Int // by column
	LastAccrual *uint64             // timestamp
	Block       uint64
}

// State returns the state changes of market, created empty.
func (c *Changes) State(market MarketID) *StateDelta {
	st := c.States[market]
	if st == nil {
		st = &StateDelta{Values: make(map[string]*big.Int)}
		c.States[market] = st
	}
	return st
}

// Position returns the changes of a borrower's position, created empty.
func (c *Changes) Position(key PositionKey) *PositionDelta {
	p := c.Positions[key]
	if p == nil {
		p = &PositionDelta{}
		c.Positions[key] = p
	}
	return p
}

// Position is a borrower's collateral and borrow shares in one market.
type Position struct {
	Borrower     common.Address
	Collateral   *uint256.Int
	BorrowShares *uint256.Int
}

// Call is a transaction's recipient and data, with the decoder of what it returns.
type Call struct {
	To     common.Address
	Data   []byte
	Result func(out []byte) (repaid, seized *big.Int, err error)
}

// Liquidated is one mined liquidation: who liquidated whom, what it repaid, seized and wrote
// off, and the position it left.
type Liquidated struct {
	Liquidator, Borrower    common.Address
	Repaid, Seized, BadDebt *big.Int
	After                   Position
}

// Events are the events names, in order, of the contract whose generated binding's metadata
// is meta.
func Events(meta *bind.MetaData, names ...string) ([]abi.Event, error) {
	parsed, err := meta.ParseABI()
	if err != nil {
		return nil, err
	}
	evs := make([]abi.Event, len(names))
	for i, name := range names {
		ev, ok := parsed.Events[name]
		if !ok {
			return nil, fmt.Errorf("bindings have no event %s", name)
		}
		evs[i] = ev
	}
	return evs, nil
}

// Decode decodes log l of event e, its data and its indexed topics, into an Event. An event
// whose arguments are all uint256 and addresses (most lending events) is read straight from
// its 32-byte words; any other, and any log whose words do not fit its event, goes through
// go-ethereum's ABI decoding, which gives the same values and the same errors.
func Decode(e abi.Event, l *types.Log) (Event, error) {
	if args, ok := wordsOf(e).decode(l); ok {
		return Event{
			BlockNumber: l.BlockNumber, LogIndex: l.Index, BlockHash: l.BlockHash, BlockTimestamp: l.BlockTimestamp,
			TxHash: l.TxHash, Address: l.Address, Name: e.Name, Args: args,
		}, nil
	}
	return decodeABI(e, l)
}

func decodeABI(e abi.Event, l *types.Log) (Event, error) {
	args := make(map[string]any)
	if err := e.Inputs.UnpackIntoMap(args, l.Data); err != nil {
		return Event{}, fmt.Errorf("decode %s in tx %s log %d: %w", e.Name, l.TxHash, l.Index, err)
	}
	var indexed abi.Arguments
	for _, in := range e.Inputs {
		if in.Indexed {
			indexed = append(indexed, in)
		}
	}
	if len(l.Topics) == 0 {
		return Event{}, fmt.Errorf("decode %s in tx %s log %d: no topics", e.Name, l.TxHash, l.Index)
	}
	if err := abi.ParseTopicsIntoMap(args, indexed, l.Topics[1:]); err != nil {
		return Event{}, fmt.Errorf("decode %s topics in tx %s log %d: %w", e.Name, l.TxHash, l.Index, err)
	}
	return Event{
		BlockNumber: l.BlockNumber, LogIndex: l.Index, BlockHash: l.BlockHash, BlockTimestamp: l.BlockTimestamp,
		TxHash: l.TxHash, Address: l.Address, Name: e.Name, Args: args,
	}, nil
}

// eventWords is how to read an event whose arguments are each one 32-byte word, a uint256, an
// address or a bytes32, in the data (in order) or in a topic; nil for any other event.
type eventWords struct {
	data, topics []wordArg
}

type wordArg struct {
	name    string
	address bool // else uint256, unless bytes32
	bytes32 bool
}

// eventKey tells events apart as their decoding does: the same signature may index other
// arguments in another contract's ABI.
type eventKey struct {
	id      common.Hash
	indexed uint64 // bit i: input i is indexed
}

var wordPlans sync.Map // eventKey -> *eventWords

func wordsOf(e abi.Event) *eventWords {
	key := eventKey{id: e.ID}
	if len(e.Inputs) > 64 {
		return nil
	}
	for i, in := range e.Inputs {
		if in.Indexed {
			key.indexed |= 1 << i
		}
	}
	if w, ok := wordPlans.Load(key); ok {
		return w.(*eventWords)
	}
	w := &eventWords{}
	for _, in := range e.Inputs {
		arg := wordArg{name: in.Name}
		switch {
		case in.Type.T == abi.AddressTy:
			arg.address = true
		case in.Type.T == abi.FixedBytesTy && in.Type.Size == 32:
			arg.bytes32 = true
		case in.Type.T == abi.UintTy && in.Type.Size == 256:
		default:
			w = nil
		}
		if w == nil {
			break
		}
		if in.Indexed {
			w.topics = append(w.topics, arg)
		} else {
			w.data = append(w.data, arg)
		}
	}
	wordPlans.Store(key, w)
	return w
}

// decode reads l's arguments as go-ethereum's ABI decoding would: a uint256 as a *big.Int, an
// address from the low 20 bytes of its word, a bytes32 as a [32]byte. ok is false when l does
// not have the words the event needs: the ABI decoding then says what is wrong.
func (w *eventWords) decode(l *types.Log) (map[string]any, bool) {
	if w == nil || len(l.Topics) != 1+len(w.topics) || len(l.Data) < 32*len(w.data) || len(w.data) == 0 && len(l.Data) > 0 {
		return nil, false
	}
	args := make(map[string]any, len(w.data)+len(w.topics))
	// The amounts of one log share one allocation of words (their capacity capped: an append
	// to one never writes into the next).
	const n = 256 / bits.UintSize
	words := make([]big.Word, n*(len(w.data)+len(w.topics)))
	ints := make([]big.Int, len(w.data)+len(w.topics))
	used := 0
	read := func(a wordArg, word []byte) {
		switch {
		case a.address:
			args[a.name] = common.BytesToAddress(word[12:32])
			return
		case a.bytes32:
			args[a.name] = [32]byte(word)
			return
		}
		z := words[used*n : (used+1)*n : (used+1)*n]
		for i := range n { // the last word is the least significant
			chunk := word[32-(i+1)*bits.UintSize/8 : 32-i*bits.UintSize/8]
			if bits.UintSize == 64 {
				z[i] = big.Word(binary.BigEndian.Uint64(chunk))
			} else {
				z[i] = big.Word(binary.BigEndian.Uint32(chunk))
			}
		}
		args[a.name] = ints[used].SetBits(z)
		used++
	}
	for i, a := range w.data {
		read(a, l.Data[32*i:32*i+32])
	}
	for i, a := range w.topics {
		read(a, l.Topics[1+i][:])
	}
	return args, true
}
