package indexer

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ltvkeeper/ltvkeeper/feeds"
	"github.com/ltvkeeper/ltvkeeper/protocol"
)

// batch is everything one range writes: its events, the price rounds and feed sources it
// found, and what the protocol folded the events into (markets created, market states and
// positions after the range).
type batch struct {
	from, to uint64
	end      *types.Header   // the checkpoint after this batch
	headers  []*types.Header // blocks to remember for reorg detection
	events   []event
	prices   []priceRound
	// oraclePrices are the followed oracles' price() at the range's last block.
	oraclePrices []oraclePrice
	sources      []feeds.Source // feeds followed, or whose aggregator changed, in the range
	timeline     *timeline      // the feeds' sources over the range
	*protocol.Changes
}

type priceRound struct {
	feed            common.Address
	aggregator      common.Address // the aggregator that published it
	block           uint64
	logIndex        int // -1: read with latestRoundData at discovery
	roundID, answer *big.Int
	updatedAt       uint64
}

func newBatch(from, to uint64) *batch {
	return &batch{from: from, to: to, Changes: protocol.NewChanges()}
}

type oraclePrice struct {
	oracle common.Address
	block  uint64
	price  *big.Int
}
