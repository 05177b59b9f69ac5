package ltvmarket

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ltvkeeper/ltvkeeper/bindings/executor"
	"github.com/ltvkeeper/ltvkeeper/protocol"
)

var executorABI = executor.NewLiquidationExecutor()

// The LiquidationExecutor's Funding and ProfitToken values.
const (
	fundInventory uint8 = 0
	fundFlash     uint8 = 1
	profitInLoan  uint8 = 0
)

// Batch is the LiquidationExecutor's liquidate(market, liquidations, params): each position
// repays at most its MaxRepay, funded by a flash swap of LoanAmount from the pool or by the
// keeper's LoanAmount of inventory.
func (m *market) Batch(ex common.Address, liqs []protocol.BatchLiquidation, p protocol.BatchParams) protocol.BatchCall {
	in := make([]executor.LiquidationExecutorLiquidation, len(liqs))
	for i, l := range liqs {
		in[i] = executor.LiquidationExecutorLiquidation{Borrower: l.Borrower, MaxRepay: l.MaxRepay}
	}
	funding := fundInventory
	if p.Flash {
		funding = fundFlash
	}
	params := executor.LiquidationExecutorParams{Funding: funding, ProfitToken: profitInLoan, Pool: p.Pool,
		LoanAmount: p.LoanAmount, MinProfit: p.MinProfit}
	return protocol.BatchCall{To: ex, Data: executorABI.PackLiquidate(m.addr, in, params), Result: batchResult}
}

func batchResult(out []byte) ([]protocol.BatchAttempt, *big.Int, error) {
	r, err := executorABI.UnpackLiquidate(out)
	return protocol.BatchResult(r.Attempts, r.Profit, err)
}

// BatchLog decodes the LiquidationExecutor's LiquidationAttempted and BatchLiquidated of this
// market (the caller checks that the log is the executor's).
func (m *market) BatchLog(l *types.Log) (*protocol.BatchAttempt, *big.Int, bool) {
	if ev, err := executorABI.UnpackLiquidationAttemptedEvent(l); err == nil && ev.Market == m.addr {
		return &protocol.BatchAttempt{Borrower: ev.Borrower, Success: ev.Success, Repaid: ev.Repaid, Seized: ev.Seized, Reason: ev.Reason}, nil, true
	}
	if ev, err := executorABI.UnpackBatchLiquidatedEvent(l); err == nil && ev.Market == m.addr {
		return nil, ev.Profit, true
	}
	return nil, nil, false
}
