package keeper

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/keeper/book"
	"github.com/ltvkeeper/ltvkeeper/keeper/txmgr"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/protocol"
)

// Why a position's liquidation is not sent (the values of the skipped metric's reason label).
const (
	skipNoFunds      = "no_funds"
	skipReverts      = "reverts"
	skipPending      = "pending"
	skipUnprofitable = "unprofitable"
	skipDryRun       = "dry_run" // not a skip: a dry run logs each position it would liquidate once
)

// skipNotes are said once for all the positions a reason holds back: when it starts holding
// some back, and when it holds none any more. Each position's details are logged at debug
// level, once each time its reason changes.
var skipNotes = []struct{ reason, held, freed string }{
	{skipUnprofitable, "not liquidating positions: expected profit below --min-profit", "no position past the line is below --min-profit any more"},
	{skipReverts, "not liquidating positions: the liquidate call reverts (debug logs give each reason)", "no liquidate call of a position past the line reverts any more"},
	{skipPending, "not liquidating positions: pending transactions liquidate them first", "no pending transaction holds a liquidation back any more"},
}

// attempt is one liquidation to try: the loan math's prediction, and the loan token reserved
// for it (released when the attempt ends).
type attempt struct {
	p        book.Position
	want     loanmath.Liquidation
	maxRepay *big.Int
}

// liquidateAll starts a liquidation, with the loan token it may repay reserved, for each
// position past the line that has none in flight. The positions the keeper has no loan token
// for are counted, not tried: it says so when they appear and when they are gone, not at
// every block.
func (k *Keeper) liquidateAll(ctx context.Context, m *market, liquidatable []book.Position, index *uint256.Int, head *types.Header) {
	k.noteHeld(m, liquidatable)
	if m.executor != nil {
		k.liquidateBatches(ctx, m, liquidatable, index, head)
		return
	}
	todo := k.planned(m, liquidatable, index)
	wants := make([]*big.Int, len(todo))
	for i, a := range todo {
		wants[i] = a.maxRepay
	}
	unfunded, needed := 0, new(big.Int)
	var f funds
	if len(todo) > 0 {
		got, fs, err := k.reserve(ctx, m.loanToken, wants)
		if err != nil {
			k.log.Error("cannot liquidate", "market", m.name, "positions", len(todo), "err", err)
			return
		}
		f = fs
		for i, a := range todo {
			a.maxRepay = got[i]
			if a.maxRepay.Sign() == 0 {
				unfunded++
				needed.Add(needed, wants[i])
				k.noteSkip(m, a.p.Borrower, skipNoFunds)
				continue
			}
			k.startLiquidation(ctx, m, a, head)
		}
	}
	k.metrics.skipped.WithLabelValues(skipNoFunds).Add(float64(unfunded))
	k.metrics.unfunded.WithLabelValues(m.name).Set(float64(unfunded))
	switch {
	case unfunded > 0 && m.unfunded == 0:
		k.log.Warn("cannot liquidate: the keeper has no loan token left that liquidations in flight do not need; send loan token to the keeper's account to liquidate these positions",
			"market", m.name, "positions", unfunded, "keeper", k.from, "token", m.loanToken,
			"balance", f.balance, "in_flight", f.inFlight, "needed", needed)
	case unfunded == 0 && m.unfunded > 0 && len(todo) > 0:
		k.log.Info("funds available again: liquidating", "market", m.name, "positions", len(todo), "balance", f.balance)
	case unfunded == 0 && m.unfunded > 0:
		k.log.Info("no position past the line is left without funds", "market", m.name, "liquidatable", len(liquidatable))
	}
	m.unfunded = unfunded
}

// planned are the liquidations to try of the positions past the line that have none in
// flight, each with the loan math's prediction and the most it may repay.
func (k *Keeper) planned(m *market, liquidatable []book.Position, index *uint256.Int) []attempt {
	var todo []attempt
	k.mu.Lock()
	for _, p := range liquidatable {
		if !k.inflight[positionKey{m.id, p.Borrower}] {
			todo = append(todo, attempt{p: p})
		}
	}
	k.mu.Unlock()
	for i := 0; i < len(todo); {
		want, maxRepay, err := m.loans.Plan(todo[i].p, m.price, index)
		if err != nil {
			k.log.Error("liquidation failed", "market", m.name, "borrower", todo[i].p.Borrower, "err", err)
			todo = append(todo[:i], todo[i+1:]...)
			continue
		}
		todo[i].want, todo[i].maxRepay = want, maxRepay
		i++
	}
	return todo
}

// noteSkip records why a position's liquidation was not sent ("" when it was) and says
// whether that changed.
func (k *Keeper) noteSkip(m *market, borrower common.Address, reason string) (changed bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if m.skips[borrower] == reason {
		return false
	}
	if reason == "" {
		delete(m.skips, borrower)
	} else {
		m.skips[borrower] = reason
	}
	return true
}

// noteHeld forgets the skips of positions no longer past the line and says, for each of
// skipNotes, when it starts and stops holding positions back.
func (k *Keeper) noteHeld(m *market, liquidatable []book.Position) {
	past := make(map[common.Address]bool, len(liquidatable))
	for _, p := range liquidatable {
		past[p.Borrower] = true
	}
	counts := make(map[string]int)
	k.mu.Lock()
	for b, reason := range m.skips {
		if !past[b] {
			delete(m.skips, b)
			continue
		}
		counts[reason]++
	}
	k.mu.Unlock()
	for _, n := range skipNotes {
		held := counts[n.reason] > 0
		switch {
		case held && !m.held[n.reason]:
			args := []any{"market", m.name, "positions", counts[n.reason]}
			if n.reason == skipUnprofitable {
				args = append(args, "min_profit", m.minProfit)
			}
			k.log.Info(n.held, args...)
		case !held && m.held[n.reason]:
			k.log.Info(n.freed, "market", m.name)
		}
		m.held[n.reason] = held
	}
}

// skipped counts a liquidation not sent, and logs why at debug level when the position's
// reason changed.
func (k *Keeper) skipped(log *slog.Logger, m *market, borrower common.Address, reason, msg string, args ...any) {
	k.metrics.skipped.WithLabelValues(reason).Inc()
	if k.noteSkip(m, borrower, reason) {
		log.Debug(msg, args...)
	}
}

// startLiquidation liquidates a position in the background; the loan token reserved for it
// is released when it ends.
func (k *Keeper) startLiquidation(ctx context.Context, m *market, a attempt, head *types.Header) {
	key := positionKey{m.id, a.p.Borrower}
	k.mu.Lock()
	if !k.leases.holds(m.id) { // handed over since the evaluation: the next holder liquidates
		k.mu.Unlock()
		k.release(m.loanToken, a.maxRepay)
		return
	}
	k.inflight[key] = true
	k.mu.Unlock()
	price, priceBlock := m.price, m.priceBlock
	k.wg.Add(1)
	go func() {
		defer k.wg.Done()
		defer func() {
			k.release(m.loanToken, a.maxRepay)
			k.mu.Lock()
			delete(k.inflight, key)
			k.mu.Unlock()
		}()
		if err := k.liquidate(ctx, m, a, price, priceBlock, head); err != nil && ctx.Err() == nil {
			k.log.Error("liquidation failed", "market", m.name, "borrower", a.p.Borrower, "err", err)
		}
	}()
}

// preparing bounds the liquidations being simulated and priced at once. A thousand positions
// past the line at one head would otherwise send the node two thousand calls together, and the
// riskiest position's transaction would wait behind them all; with a few at a time, started
// riskiest first, the first liquidations are sent while the others are still being prepared.
const preparing = 8

// prepareSlot waits for one of the preparing slots; ok is false when ctx ends first. done gives
// the slot back, the first time it is called.
func (k *Keeper) prepareSlot(ctx context.Context) (done func(), ok bool) {
	select {
	case k.preparing <- struct{}{}:
	case <-ctx.Done():
		return nil, false
	}
	held := true
	return func() {
		if held {
			held = false
			<-k.preparing
		}
	}, true
}

// liquidate simulates, prices and sends one liquidation.
func (k *Keeper) liquidate(ctx context.Context, m *market, a attempt, price *uint256.Int, priceBlock uint64, head *types.Header) error {
	p, want, maxRepay := a.p, a.want, a.maxRepay
	log := k.log.With("market", m.name, "borrower", p.Borrower)
	done, slot := k.prepareSlot(ctx)
	if !slot {
		return nil
	}
	defer done()
	call := m.loans.Liquidation(p.Borrower, maxRepay)
	msg := ethereum.CallMsg{From: k.from, To: &call.To, Data: call.Data}
	sim, gas, err := k.simulate(ctx, msg, call, want, maxRepay)
	var revert *chain.RevertError
	if errors.As(err, &revert) {
		k.skipped(log, m, p.Borrower, skipReverts, "not liquidating: the call reverts", "reason", revert.Error())
		return nil
	}
	if err != nil {
		return err
	}
	if !k.cfg.DryRun {
		// A transaction already in the mempool (ours, sent before a restart, or anyone's) may
		// liquidate the position first: then this one would only revert.
		if _, err := k.client.PendingCallContract(ctx, msg); err != nil {
			if errors.As(chain.WithRevert(err), &revert) {
				k.skipped(log, m, p.Borrower, skipPending, "not liquidating: a pending transaction liquidates it first", "reason", revert.Error())
				return nil
			}
		}
	}
	profit := k.profit(m, sim.Seized, sim.Repaid, price, gas, head)
	log = log.With("repay", sim.Repaid, "seize", sim.Seized, "expected_profit", profit, "gas", gas)
	if profit.Cmp(m.minProfit) < 0 {
		k.skipped(log, m, p.Borrower, skipUnprofitable, "not liquidating: expected profit below --min-profit", "min_profit", m.minProfit)
		return nil
	}
	if k.cfg.DryRun {
		// Said once: the position stays past the line, and is tried again at every head.
		if k.noteSkip(m, p.Borrower, skipDryRun) {
			log.Info("dry run: would send liquidate", "to", call.To, "max_repay", maxRepay)
		}
		return nil
	}
	k.noteSkip(m, p.Borrower, "")
	k.metrics.sent.Inc()
	log.Info("sending liquidation", "max_repay", maxRepay)
	done() // the next liquidation is prepared while this one is sent and mined
	receipt, err := k.tx.Send(ctx, txmgr.Candidate{To: &call.To, Data: call.Data, GasLimit: gas + gas/5})
	switch {
	case errors.As(err, &revert):
		k.skipped(log, m, p.Borrower, skipReverts, "not liquidating: the call reverts by the time of sending", "reason", revert.Error())
		return nil
	case err != nil:
		return fmt.Errorf("send liquidation: %w", err)
	case receipt.Status != types.ReceiptStatusSuccessful:
		k.failed(ctx, log, m, p.Borrower, msg, receipt)
		return nil
	}
	k.metrics.mined.Inc()
	k.metrics.profit.Add(usd(profit, m.scale))
	k.metrics.gasSpent.Add(float64(receipt.GasUsed) * float64(receipt.EffectiveGasPrice.Uint64()))
	k.metrics.reactionBlocks.Observe(float64(receipt.BlockNumber.Uint64() - min(receipt.BlockNumber.Uint64(), priceBlock)))
	k.applyLiquidation(ctx, m, receipt, false)
	return nil
}

// failed sorts a reverted liquidation: lost when another liquidator liquidated the borrower
// in the same block, reverted (with the decoded reason) otherwise.
func (k *Keeper) failed(ctx context.Context, log *slog.Logger, m *market, borrower common.Address, msg ethereum.CallMsg, receipt *types.Receipt) {
	log = log.With("tx", receipt.TxHash, "block", receipt.BlockNumber)
	hash := receipt.BlockHash
	logs, err := k.client.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash, Addresses: []common.Address{*msg.To}})
	if err != nil {
		log.Warn("read the block of a reverted liquidation", "err", err)
	}
	for _, l := range logs {
		if ev, ok := m.loans.Liquidated(&l); ok && ev.Borrower == borrower && ev.Liquidator != k.from {
			k.metrics.lost.Inc()
			log.Info("liquidation lost: another liquidator was first in the same block", "liquidator", ev.Liquidator, "their_tx", l.TxHash)
			return
		}
	}
	k.metrics.reverted.Inc()
	msg.Gas = receipt.GasUsed * 2
	reason := "unknown (the call does not revert on the block's state)"
	if _, err := k.client.CallContract(ctx, msg, receipt.BlockNumber); err != nil {
		reason = chain.WithRevert(err).Error()
	}
	log.Warn("liquidation reverted on-chain", "reason", reason, "gas_used", receipt.GasUsed)
}

// funds is the loan token the keeper holds and what its liquidations in flight may take of it.
type funds struct{ balance, inFlight *big.Int }

// reserve caps each of wants, in order, at the loan token the keeper holds less what the
// liquidations in flight and the earlier wants take, and reserves the results until release.
func (k *Keeper) reserve(ctx context.Context, token common.Address, wants []*big.Int) ([]*big.Int, funds, error) {
	k.fundsMu.Lock()
	defer k.fundsMu.Unlock()
	balance, err := k.balanceOf(ctx, token)
	if err != nil {
		return nil, funds{}, err
	}
	if k.reserved[token] == nil {
		k.reserved[token] = new(big.Int)
	}
	reserved := k.reserved[token]
	f := funds{balance: balance, inFlight: new(big.Int).Set(reserved)}
	got := make([]*big.Int, len(wants))
	for i, want := range wants {
		available := new(big.Int).Sub(balance, reserved)
		got[i] = new(big.Int).Set(want)
		if got[i].Cmp(available) > 0 {
			got[i].Set(available)
		}
		if got[i].Sign() < 0 {
			got[i].SetUint64(0)
		}
		reserved.Add(reserved, got[i])
	}
	return got, f, nil
}

func (k *Keeper) release(token common.Address, amount *big.Int) {
	k.fundsMu.Lock()
	defer k.fundsMu.Unlock()
	k.reserved[token].Sub(k.reserved[token], amount)
}

// simulated is what a simulated liquidation repays and seizes.
type simulated struct{ Repaid, Seized *big.Int }

// dryRunGas values gas in a dry run that cannot estimate it (the market is not approved).
const dryRunGas = 200_000

// simulate runs the liquidation once and reads the gas it used. A dry-run keeper has not
// approved the market, so its call fails on the allowance: then the loan math's prediction
// stands in for the call.
func (k *Keeper) simulate(ctx context.Context, msg ethereum.CallMsg, call protocol.Call, want loanmath.Liquidation, maxRepay *big.Int) (simulated, uint64, error) {
	run, err := chain.Simulate(ctx, k.client, msg)
	out, gas := run.Out, run.Gas
	if err != nil {
		if k.cfg.DryRun && errors.Is(err, &chain.RevertError{Name: "ERC20InsufficientAllowance"}) {
			repaid := want.Repaid.ToBig()
			if repaid.Cmp(maxRepay) > 0 {
				repaid = maxRepay
			}
			return simulated{Repaid: repaid, Seized: want.Seized.ToBig()}, dryRunGas, nil
		}
		return simulated{}, 0, fmt.Errorf("simulate liquidate: %w", err)
	}
	var sim simulated
	if sim.Repaid, sim.Seized, err = call.Result(out); err != nil {
		return sim, 0, err
	}
	return sim, gas, nil
}

// applyLiquidation updates the book from the mined Liquidate event (the index follows, and
// the "liquidated" alert comes from it) and marks the position liquidated. With hold, each
// position stays in flight until the book has its new state.
func (k *Keeper) applyLiquidation(ctx context.Context, m *market, receipt *types.Receipt, hold bool) {
	for _, l := range receipt.Logs {
		ev, ok := m.loans.Liquidated(l)
		if !ok {
			continue
		}
		k.log.Info("liquidated", "market", m.name, "borrower", ev.Borrower, "repaid", ev.Repaid,
			"seized", ev.Seized, "bad_debt", ev.BadDebt, "tx", receipt.TxHash, "block", receipt.BlockNumber)
		// Marked liquidated before the book sees the new position, which is still past the
		// margin-call LTV: it is not warned again until it has been healthy.
		k.mu.Lock()
		k.alertKinds[positionKey{m.id, ev.Borrower}] = AlertLiquidated
		k.mu.Unlock()
		key := positionKey{m.id, ev.Borrower}
		if hold {
			k.mu.Lock()
			k.settling[key] = true
			k.mu.Unlock()
		}
		select {
		case k.mined <- minedLiquidation{m, ev.After, hold}:
		default: // the index will bring it
			if hold {
				k.mu.Lock()
				delete(k.settling, key)
				k.mu.Unlock()
			}
		}
	}
}

// profit is the seized collateral's value less the repayment and the gas, in loan-token units.
func (k *Keeper) profit(m *market, seized, repaid *big.Int, price *uint256.Int, gas uint64, head *types.Header) *big.Int {
	if _, err := m.loans.Value(uint256.MustFromBig(seized), price); err != nil {
		return new(big.Int)
	}
	out := k.valueLess(m, seized, repaid, price)
	return out.Sub(out, k.gasCost(m, gas, head))
}

// usd prints loan-token base units as dollars.
func usd(v *big.Int, s loanmath.Scale) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(v), new(big.Float).SetInt(s.ValueMul.ToBig())).Float64()
	return f
}

func (k *Keeper) balanceOf(ctx context.Context, token common.Address) (*big.Int, error) {
	b, err := chain.Call(ctx, k.client, token, erc20ABI.PackBalanceOf(k.from), erc20ABI.UnpackBalanceOf, nil)
	if err != nil {
		return nil, fmt.Errorf("read balance of %s: %w", token, err)
	}
	return b, nil
}

// approve lets each market this keeper holds (with an executor, the executor) take the
// keeper's loan tokens, once: not when the allowance is set, nor when an approve sent before
// (by this key, before a restart) is still pending. A keeper that only flash-swaps approves
// nothing.
func (k *Keeper) approve(ctx context.Context) error {
	if k.cfg.Executor != nil && k.cfg.Mode == ModeFlash {
		return nil
	}
	max := loanmath.MaxUint256.ToBig()
	half := new(big.Int).Rsh(max, 1)
	for _, m := range k.markets {
		if m.approved || !k.leases.holds(m.id) {
			continue
		}
		m.approved = true // a failure returns, and leading starts again with the markets read anew
		spender := m.contract
		if m.executor != nil {
			spender = *m.executor
		}
		allowance, err := chain.Call(ctx, k.client, m.loanToken, erc20ABI.PackAllowance(k.from, spender), erc20ABI.UnpackAllowance, nil)
		if err != nil {
			return fmt.Errorf("read allowance for %s: %w", m.name, err)
		}
		if allowance.Cmp(half) > 0 {
			continue
		}
		pending, err := k.pendingAllowance(ctx, m, spender)
		if err != nil {
			return err
		}
		if pending.Cmp(half) > 0 {
			k.log.Info("approve of the market already pending; not sending another", "market", m.name)
			continue
		}
		if k.cfg.DryRun {
			k.log.Info("dry run: would approve the market to take the loan token", "market", m.name)
			continue
		}
		receipt, err := k.tx.Send(ctx, txmgr.Candidate{To: &m.loanToken, Data: erc20ABI.PackApprove(spender, max)})
		if err != nil {
			return fmt.Errorf("approve %s: %w", m.name, err)
		}
		if receipt.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("approve %s: tx %s reverted", m.name, receipt.TxHash)
		}
		k.log.Info("approved the loan token", "market", m.name, "spender", spender, "tx", receipt.TxHash)
	}
	return nil
}

// pendingAllowance reads the allowance with the keeper's pending transactions applied, when it
// has any (the pending nonce is ahead of the mined one); zero otherwise.
func (k *Keeper) pendingAllowance(ctx context.Context, m *market, spender common.Address) (*big.Int, error) {
	mined, err := k.client.NonceAt(ctx, k.from, nil)
	if err != nil {
		return nil, fmt.Errorf("read nonce of %s: %w", k.from, err)
	}
	pending, err := k.client.PendingNonceAt(ctx, k.from)
	if err != nil {
		return nil, fmt.Errorf("read pending nonce of %s: %w", k.from, err)
	}
	if pending <= mined {
		return new(big.Int), nil
	}
	out, err := k.client.PendingCallContract(ctx, ethereum.CallMsg{To: &m.loanToken, Data: erc20ABI.PackAllowance(k.from, spender)})
	if err != nil {
		return nil, fmt.Errorf("read pending allowance for %s: %w", m.name, err)
	}
	return erc20ABI.UnpackAllowance(out)
}

// reportBalances publishes the keeper's balances and warns, once per dip, when a loan token
// runs low.
func (k *Keeper) reportBalances(ctx context.Context) {
	eth, err := k.client.BalanceAt(ctx, k.from, nil)
	if err == nil {
		f, _ := new(big.Float).SetInt(eth).Float64()
		k.metrics.balance.WithLabelValues("ETH").Set(f)
	}
	seen := make(map[common.Address]bool)
	for _, m := range k.markets {
		if seen[m.loanToken] {
			continue
		}
		seen[m.loanToken] = true
		b, err := k.balanceOf(ctx, m.loanToken)
		if err != nil {
			continue
		}
		f, _ := new(big.Float).SetInt(b).Float64()
		k.metrics.balance.WithLabelValues(m.loanToken.Hex()).Set(f)
		low := b.Cmp(m.lowBalance) < 0
		if low && !k.lowWarned[m.loanToken] {
			k.log.Warn("keeper's loan-token balance is low: fund it to keep liquidating", "token", m.loanToken, "balance", b)
		}
		k.lowWarned[m.loanToken] = low
	}
}
