package keeper

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/keeper/book"
	"github.com/ltvkeeper/ltvkeeper/keeper/txmgr"
	"github.com/ltvkeeper/ltvkeeper/protocol"
)

// A batch's plan: how it is funded and settled, as its simulation at the head found it.
type batchPlan struct {
	mode     string // ModeFlash or ModeInventory
	keep     bool   // inventory that keeps the seized collateral: nothing goes through the pool
	params   protocol.BatchParams
	call     protocol.BatchCall
	attempts []protocol.BatchAttempt
	// profit is what the batch earns before gas, in loan-token base units: what the executor
	// measured through the pool, or with keep the seized collateral at the feed price less
	// what was repaid.
	profit *big.Int
	gas    uint64
	net    *big.Int // profit less gas
}

// ModeInventoryKeep names, in logs, metrics and the index, an inventory batch that keeps the
// seized collateral instead of selling it through the pool.
const ModeInventoryKeep = "inventory_keep"

func (p *batchPlan) String() string {
	if p.keep {
		return ModeInventoryKeep
	}
	return p.mode
}

// liquidateBatches liquidates the positions past the line that have none in flight through
// the market's executor, in batches that fit the gas budget, riskiest first; each batch runs in the
// background.
func (k *Keeper) liquidateBatches(ctx context.Context, m *market, liquidatable []book.Position, index *uint256.Int, head *types.Header) {
	todo := k.planned(m, liquidatable, index)
	size := k.batchSize()
	price, priceBlock := m.price, m.priceBlock
	for len(todo) > 0 {
		n := min(size, len(todo))
		b := todo[:n:n]
		todo = todo[n:]
		k.mu.Lock()
		if !k.leases.holds(m.id) { // handed over since the evaluation: the next holder liquidates
			k.mu.Unlock()
			return
		}
		for _, a := range b {
			k.inflight[positionKey{m.id, a.p.Borrower}] = true
		}
		k.mu.Unlock()
		k.goOwned(func() {
			defer func() {
				k.mu.Lock()
				for _, a := range b {
					if key := (positionKey{m.id, a.p.Borrower}); !k.settling[key] {
						delete(k.inflight, key)
					}
				}
				k.mu.Unlock()
			}()
			if err := k.runBatch(ctx, m, b, price, priceBlock, head); err != nil && ctx.Err() == nil {
				k.log.Error("batch liquidation failed", "market", m.name, "positions", len(b), "err", err)
			}
		})
	}
}

// runBatch simulates a batch in each mode it may use, sends the one with the higher profit
// after gas, and settles it. A batch whose simulation fails in every mode, or that needs more
// gas than the budget, is retried in smaller parts: one position at a time after a failure.
func (k *Keeper) runBatch(ctx context.Context, m *market, b []attempt, price *uint256.Int, priceBlock uint64, head *types.Header) error {
	log := k.log.With("market", m.name, "positions", len(b))
	if len(b) == 1 {
		log = k.log.With("market", m.name, "borrower", b[0].p.Borrower)
	}
	done, slot := k.prepareSlot(ctx)
	if !slot {
		return nil
	}
	defer done()

	var reserved *big.Int // inventory: the loan token held for this batch until it ends
	defer func() {
		if reserved != nil {
			k.release(m.loanToken, reserved)
		}
	}()
	loanAmount := new(big.Int)
	liqs := make([]protocol.BatchLiquidation, len(b))
	for i, a := range b {
		liqs[i] = protocol.BatchLiquidation{Borrower: a.p.Borrower, MaxRepay: a.maxRepay}
		loanAmount.Add(loanAmount, a.maxRepay)
	}
	var plans []*batchPlan
	var why []string
	try := func(p *batchPlan) {
		if err := k.simulateBatch(ctx, m, liqs, p, price, head); err != nil {
			why = append(why, p.String()+": "+err.Error())
			return
		}
		plans = append(plans, p)
	}
	withPool := func(flash bool) protocol.BatchParams {
		return protocol.BatchParams{Flash: flash, Pool: *m.pool, LoanAmount: loanAmount, MinProfit: new(big.Int)}
	}
	// Flash: a flash swap from the pool, or the protocol's callback selling each
	// liquidation's collateral to it; either way the keeper's loan token is not touched.
	if k.cfg.Mode != ModeInventory && m.pool != nil {
		try(&batchPlan{mode: ModeFlash, params: withPool(true)})
	}
	if k.cfg.Mode != ModeFlash {
		got, f, err := k.reserve(ctx, m.loanToken, []*big.Int{loanAmount})
		if err != nil {
			return err
		}
		reserved = got[0]
		if got[0].Cmp(loanAmount) < 0 {
			why = append(why, fmt.Sprintf("inventory: the keeper's %s of loan token less %s in flight is short of the %s needed", f.balance, f.inFlight, loanAmount))
		} else {
			if m.pool != nil {
				try(&batchPlan{mode: ModeInventory, params: withPool(false)})
			}
			// Without a pool, or when selling the collateral through it does not pay: keep it.
			if len(plans) == 0 || best(plans).net.Cmp(m.minProfit) < 0 {
				try(&batchPlan{mode: ModeInventory, keep: true, params: protocol.BatchParams{LoanAmount: loanAmount, MinProfit: new(big.Int)}})
			}
		}
	}
	plan := best(plans)
	switch {
	case plan == nil && len(b) > 1:
		log.Info("batch simulation failed: retrying its positions one by one", "why", strings.Join(why, "; "))
		done()
		return k.runParts(ctx, m, b, 1, price, priceBlock, head)
	case plan == nil:
		k.skipped(log, m, b[0].p.Borrower, skipReverts, "not liquidating: the liquidation fails in every mode", "why", strings.Join(why, "; "))
		return nil
	case plan.gas > k.cfg.BatchMaxGas && len(b) > 1:
		log.Debug("batch needs more gas than --batch.max-gas: splitting it", "gas", plan.gas, "max", k.cfg.BatchMaxGas)
		done()
		return k.runParts(ctx, m, b, (len(b)+1)/2, price, priceBlock, head)
	}
	// Positions the batch cannot liquidate (a competitor was first) are left out and retried
	// alone, where the reason is logged.
	var failing, ok []attempt
	for i, at := range plan.attempts {
		if at.Success {
			ok = append(ok, b[i])
		} else {
			failing = append(failing, b[i])
		}
	}
	if len(failing) > 0 && len(b) > 1 {
		done()
		if len(ok) > 0 {
			if err := k.runBatch(ctx, m, ok, price, priceBlock, head); err != nil {
				return err
			}
		}
		return k.runParts(ctx, m, failing, 1, price, priceBlock, head)
	}
	if len(ok) == 0 {
		// The executor's own report says why (a Morpho callback's revert included); a call of
		// the market alone, when it reports nothing known.
		reason, known := reasonOf(plan.attempts[0].Reason)
		if !known {
			reason = k.attemptReason(ctx, m, b[0])
		}
		k.skipped(log, m, b[0].p.Borrower, skipReverts, "not liquidating: the liquidation fails", "reason", reason)
		return nil
	}
	log = log.With("mode", plan.String(), "expected_profit", plan.net, "gas", plan.gas)
	if plan.net.Cmp(m.minProfit) < 0 {
		for _, a := range b {
			k.skipped(log, m, a.p.Borrower, skipUnprofitable, "not liquidating: the batch's expected profit is below --min-profit", "min_profit", m.minProfit)
		}
		return nil
	}
	if k.cfg.DryRun {
		if k.noteSkip(m, b[0].p.Borrower, skipDryRun) {
			log.Info("dry run: would send a batch of liquidations", "to", *m.executor)
		}
		return nil
	}
	// The executor refuses to end below what pays for the gas and --min-profit; a batch kept
	// in collateral is measured by nothing on chain.
	if !plan.keep {
		minProfit := new(big.Int).Add(m.minProfit, k.gasCost(m, plan.gas, head))
		if minProfit.Cmp(plan.profit) > 0 {
			minProfit.Set(plan.profit)
		}
		plan.params.MinProfit = minProfit
		plan.call = m.batcher.Batch(*m.executor, liqs, plan.params)
	}
	for _, a := range b {
		k.noteSkip(m, a.p.Borrower, "")
	}
	k.metrics.sent.Inc()
	k.metrics.batches.WithLabelValues(plan.String()).Inc()
	log.Info("sending a batch of liquidations", "loan_amount", loanAmount)
	done()
	receipt, err := k.tx.Send(ctx, txmgr.Candidate{To: m.executor, Data: plan.call.Data, GasLimit: plan.gas + plan.gas/5})
	var revert *chain.RevertError
	switch {
	case errors.As(err, &revert):
		for _, a := range b {
			k.skipped(log, m, a.p.Borrower, skipReverts, "not liquidating: the batch reverts by the time of sending", "reason", revert.Error())
		}
		return nil
	case err != nil:
		return fmt.Errorf("send batch: %w", err)
	}
	k.settleBatch(ctx, log, m, b, plan, receipt, price, priceBlock)
	return nil
}

// runParts runs b in parts of n positions, one after another.
func (k *Keeper) runParts(ctx context.Context, m *market, b []attempt, n int, price *uint256.Int, priceBlock uint64, head *types.Header) error {
	for len(b) > 0 && ctx.Err() == nil {
		part := b[:min(n, len(b))]
		b = b[len(part):]
		if err := k.runBatch(ctx, m, part, price, priceBlock, head); err != nil {
			return err
		}
	}
	return nil
}

// best is the plan with the highest profit after gas; nil for none.
func best(plans []*batchPlan) *batchPlan {
	var out *batchPlan
	for _, p := range plans {
		if out == nil || p.net.Cmp(out.net) > 0 {
			out = p
		}
	}
	return out
}

// simulateBatch runs the executor's liquidate once at the head, with the pool's real price
// impact and fee, and reads the gas it used: p's attempts, profit, gas and net are set.
func (k *Keeper) simulateBatch(ctx context.Context, m *market, liqs []protocol.BatchLiquidation, p *batchPlan, price *uint256.Int, head *types.Header) error {
	p.call = m.batcher.Batch(*m.executor, liqs, p.params)
	run, err := chain.Simulate(ctx, k.client, ethereum.CallMsg{From: k.from, To: m.executor, Data: p.call.Data})
	if err != nil {
		return err
	}
	p.gas = run.Gas
	attempts, profit, err := p.call.Result(run.Out)
	if err != nil {
		return fmt.Errorf("decode liquidate: %w", err)
	}
	// The executor reports why each attempt failed in its LiquidationAttempted logs, in the
	// attempts' order (a node without eth_simulateV1 returns no logs).
	var reported []*protocol.BatchAttempt
	for _, l := range run.Logs {
		if l.Address == *m.executor {
			if a, _, ok := m.batcher.BatchLog(l); ok && a != nil {
				reported = append(reported, a)
			}
		}
	}
	if len(reported) == len(attempts) {
		for i, a := range reported {
			attempts[i].Reason = a.Reason
		}
	}
	p.attempts, p.profit = attempts, profit
	if p.keep {
		p.profit = new(big.Int)
		for _, a := range attempts {
			if a.Success {
				p.profit.Add(p.profit, k.valueLess(m, a.Seized, a.Repaid, price))
			}
		}
	}
	p.net = new(big.Int).Sub(p.profit, k.gasCost(m, p.gas, head))
	return nil
}

// reasonOf is the revert an executor reported for a failed attempt, decoded; known is false
// (and the reason "unknown") when it is empty or of no contract ltvkeeper knows.
func reasonOf(revert []byte) (reason string, known bool) {
	if r, ok := chain.DecodeRevert(revert); ok {
		return r.Error(), true
	}
	return "unknown", false
}

// attemptReason says why a position's liquidation fails: the market's own revert, as a call
// from the executor.
func (k *Keeper) attemptReason(ctx context.Context, m *market, a attempt) string {
	call := m.loans.Liquidation(a.p.Borrower, a.maxRepay)
	if _, err := k.client.CallContract(ctx, ethereum.CallMsg{From: *m.executor, To: &call.To, Data: call.Data}, nil); err != nil {
		return chain.WithRevert(err).Error()
	}
	return "unknown (the market's call alone does not revert)"
}

// settleBatch sorts a mined batch's attempts: each liquidated position is counted mined and
// its expected and realised profit recorded; each lost to a competitor in the same block is
// counted lost; any other failure reverted.
func (k *Keeper) settleBatch(ctx context.Context, log *slog.Logger, m *market, b []attempt, plan *batchPlan, receipt *types.Receipt, price *uint256.Int, priceBlock uint64) {
	log = log.With("tx", receipt.TxHash, "block", receipt.BlockNumber)
	if receipt.Status != types.ReceiptStatusSuccessful {
		// A flash batch that lost positions to a competitor may not seize enough collateral
		// to pay the pool back, and reverts whole: those positions are lost, the rest reverted
		// (and tried again at the next head).
		lostTo := k.liquidatorsIn(ctx, m, receipt.BlockHash)
		for _, a := range b {
			if who, ok := lostTo[a.p.Borrower]; ok && who != *m.executor {
				k.metrics.lost.Inc()
				log.Info("liquidation lost: another liquidator was first in the same block", "borrower", a.p.Borrower, "liquidator", who)
			} else {
				k.metrics.reverted.Inc()
			}
		}
		reason := "unknown (the call does not revert on the block's state)"
		msg := ethereum.CallMsg{From: k.from, To: m.executor, Data: plan.call.Data, Gas: receipt.GasUsed * 2}
		if _, err := k.client.CallContract(ctx, msg, receipt.BlockNumber); err != nil {
			reason = chain.WithRevert(err).Error()
		}
		log.Warn("batch of liquidations reverted on-chain", "reason", reason, "gas_used", receipt.GasUsed)
		return
	}
	attempted := make(map[common.Address]*protocol.BatchAttempt)
	profit := new(big.Int)
	for _, l := range receipt.Logs {
		if l.Address != *m.executor {
			continue
		}
		if at, p, ok := m.batcher.BatchLog(l); ok && at != nil {
			attempted[at.Borrower] = at
		} else if ok {
			profit = p
		}
	}
	gasCost := new(big.Int).Mul(new(big.Int).SetUint64(receipt.GasUsed), receipt.EffectiveGasPrice)
	gasCost.Div(gasCost.Mul(gasCost, m.ethPrice), big.NewInt(1e18))
	// Realised profit: what the executor sent the keeper (or, kept in collateral, its value at
	// the feed price) less the gas paid; each liquidation's share is its share of the seized
	// collateral, of the mined batch and of the simulated one alike.
	realised := new(big.Int).Set(profit)
	seized := new(big.Int)
	for _, ev := range attempted {
		if ev.Success {
			seized.Add(seized, ev.Seized)
			if plan.keep {
				realised.Add(realised, k.valueLess(m, ev.Seized, ev.Repaid, price))
			}
		}
	}
	realised.Sub(realised, gasCost)
	simSeized := new(big.Int)
	for _, a := range plan.attempts {
		simSeized.Add(simSeized, a.Seized)
	}
	var lostTo map[common.Address]common.Address
	var records []indexdb.LiquidationProfit
	for i, a := range b {
		ev := attempted[a.p.Borrower]
		if ev != nil && ev.Success {
			expected := share(plan.net, plan.attempts[i].Seized, simSeized)
			got := share(realised, ev.Seized, seized)
			records = append(records, indexdb.LiquidationProfit{TxHash: receipt.TxHash, Market: m.id, Borrower: a.p.Borrower,
				BlockNumber: receipt.BlockNumber.Uint64(), Mode: plan.String(), Expected: expected, Realised: got,
				Repaid: ev.Repaid, Seized: ev.Seized})
			continue
		}
		if lostTo == nil {
			lostTo = k.liquidatorsIn(ctx, m, receipt.BlockHash)
		}
		if who, ok := lostTo[a.p.Borrower]; ok && who != *m.executor {
			k.metrics.lost.Inc()
			log.Info("liquidation lost: another liquidator was first in the same block", "borrower", a.p.Borrower, "liquidator", who)
			continue
		}
		k.metrics.reverted.Inc()
		reason := "no attempt reported"
		if ev != nil {
			reason, _ = reasonOf(ev.Reason)
		}
		log.Warn("liquidation in a batch failed", "borrower", a.p.Borrower, "reason", reason)
	}
	k.metrics.gasSpent.Add(float64(receipt.GasUsed) * float64(receipt.EffectiveGasPrice.Uint64()))
	log.Info("batch of liquidations mined", "liquidated", len(records), "profit", profit, "realised_after_gas", realised, "gas_used", receipt.GasUsed)
	if err := k.recordProfits(ctx, records); err != nil {
		log.Error("record liquidation profits", "err", err)
	}
	for _, r := range records {
		k.metrics.mined.Inc()
		k.metrics.profit.Add(usd(r.Expected, m.scale))
		k.metrics.realised.Add(usd(r.Realised, m.scale))
		k.metrics.reactionBlocks.Observe(float64(receipt.BlockNumber.Uint64() - min(receipt.BlockNumber.Uint64(), priceBlock)))
	}
	k.applyLiquidation(ctx, m, receipt, true)
}

// liquidatorsIn returns, for each borrower liquidated in the block, who liquidated it.
func (k *Keeper) liquidatorsIn(ctx context.Context, m *market, block common.Hash) map[common.Address]common.Address {
	out := make(map[common.Address]common.Address)
	logs, err := k.client.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &block, Addresses: []common.Address{m.contract}})
	if err != nil {
		k.log.Warn("read the block of a batch", "market", m.name, "err", err)
		return out
	}
	for _, l := range logs {
		if ev, ok := m.loans.Liquidated(&l); ok {
			if _, seen := out[ev.Borrower]; !seen || ev.Liquidator != *m.executor {
				out[ev.Borrower] = ev.Liquidator
			}
		}
	}
	return out
}

// share is total's part in the proportion part/of (all of it when of is zero).
func share(total, part, of *big.Int) *big.Int {
	if of.Sign() == 0 {
		return new(big.Int).Set(total)
	}
	out := new(big.Int).Mul(total, part)
	return out.Quo(out, of)
}

// valueLess is seized collateral's value at price less repaid, in loan-token base units.
func (k *Keeper) valueLess(m *market, seized, repaid *big.Int, price *uint256.Int) *big.Int {
	value, err := m.loans.Value(uint256.MustFromBig(seized), price)
	if err != nil {
		return new(big.Int).Neg(repaid)
	}
	return new(big.Int).Sub(value.ToBig(), repaid)
}

// gasCost values gas at twice the head's base fee, in loan-token base units.
func (k *Keeper) gasCost(m *market, gas uint64, head *types.Header) *big.Int {
	fee := new(big.Int).Mul(head.BaseFee, big.NewInt(2))
	gasWei := new(big.Int).Mul(fee, new(big.Int).SetUint64(gas))
	return gasWei.Div(gasWei.Mul(gasWei, m.ethPrice), big.NewInt(1e18))
}
