package morpho

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ltvkeeper/ltvkeeper/bindings/morphoexecutor"
	"github.com/ltvkeeper/ltvkeeper/protocol"
)

var executorABI = morphoexecutor.NewMorphoLiquidationExecutor()

// The MorphoLiquidationExecutor's Funding and ProfitToken values.
const (
	fundInventory uint8 = 0
	fundCallback  uint8 = 1
	profitInLoan  uint8 = 0
)

// Batch is the MorphoLiquidationExecutor's liquidate(marketParams, liquidations, params): each
// position is liquidated as Liquidation would (its last Plan, capped by MaxRepay). Flash is
// Morpho's callback: each liquidation's seized collateral is sold to the pool before Morpho
// pulls the repayment, so nothing is taken up front (loanAmount 0); inventory takes LoanAmount
// from the keeper.
func (m *market) Batch(ex common.Address, liqs []protocol.BatchLiquidation, p protocol.BatchParams) protocol.BatchCall {
	in := make([]morphoexecutor.MorphoLiquidationExecutorLiquidation, len(liqs))
	for i, l := range liqs {
		seized, shares := m.amounts(l.Borrower, l.MaxRepay)
		in[i] = morphoexecutor.MorphoLiquidationExecutorLiquidation{Borrower: l.Borrower, SeizedAssets: seized, RepaidShares: shares}
	}
	params := morphoexecutor.MorphoLiquidationExecutorParams{Funding: fundInventory, ProfitToken: profitInLoan, Pool: p.Pool,
		LoanAmount: p.LoanAmount, MinProfit: p.MinProfit}
	if p.Flash {
		params.Funding, params.LoanAmount = fundCallback, new(big.Int)
	}
	return protocol.BatchCall{To: ex, Data: executorABI.PackLiquidate(morphoexecutor.MarketParams(m.params), in, params), Result: batchResult}
}

func batchResult(out []byte) ([]protocol.BatchAttempt, *big.Int, error) {
	r, err := executorABI.UnpackLiquidate(out)
	return protocol.BatchResult(r.Attempts, r.Profit, err)
}

// BatchLog decodes the MorphoLiquidationExecutor's LiquidationAttempted and BatchLiquidated of
// this market (the caller checks that the log is the executor's).
func (m *market) BatchLog(l *types.Log) (*protocol.BatchAttempt, *big.Int, bool) {
	if ev, err := executorABI.UnpackLiquidationAttemptedEvent(l); err == nil && ev.Id == m.id {
		return &protocol.BatchAttempt{Borrower: ev.Borrower, Success: ev.Success, Repaid: ev.Repaid, Seized: ev.Seized, Reason: ev.Reason}, nil, true
	}
	if ev, err := executorABI.UnpackBatchLiquidatedEvent(l); err == nil && ev.Id == m.id {
		return nil, ev.Profit, true
	}
	return nil, nil, false
}
