package keeper

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/chain"
)

// Prices: each market's feed read at every head, and the block of the round it shows.

// refreshPrices reads each market's feed at the head.
func (k *Keeper) refreshPrices(ctx context.Context, head *types.Header) error {
	for _, m := range k.markets {
		r, err := chain.Call(ctx, k.client, m.feed, feedABI.PackLatestRoundData(), feedABI.UnpackLatestRoundData, head.Number)
		if err != nil {
			return fmt.Errorf("read price of %s from feed %s: %w", m.name, m.feed, err)
		}
		if r.Answer.Sign() <= 0 {
			m.price = nil
			continue
		}
		if m.round == nil || r.RoundId.Cmp(m.round) != 0 {
			m.round, m.priceBlock = r.RoundId, k.roundBlock(ctx, m, r.RoundId, head)
		}
		m.price = uint256.MustFromBig(r.Answer)
	}
	return nil
}

// roundBlockWindow is how far back the keeper looks for the block of a new price round.
const roundBlockWindow = 256

// roundBlock finds the block that set the feed's round: its AnswerUpdated log. A feed that
// emits none (or a round older than the window) counts from the head it was first seen at.
func (k *Keeper) roundBlock(ctx context.Context, m *market, round *big.Int, head *types.Header) uint64 {
	to := head.Number.Uint64()
	from := to - min(to, roundBlockWindow)
	logs, err := k.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: head.Number, Addresses: []common.Address{m.feed},
		Topics: [][]common.Hash{{answerUpdatedID}, nil, {common.BigToHash(round)}},
	})
	if err != nil || len(logs) == 0 {
		if err != nil {
			k.log.Debug("find the block of a price round", "market", m.name, "round", round, "err", err)
		}
		return to
	}
	return logs[len(logs)-1].BlockNumber
}
