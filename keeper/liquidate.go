package keeper

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/keeper/book"
	"github.com/ltvkeeper/ltvkeeper/keeper/txmgr"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// startLiquidation liquidates a position in the background, unless one is already in flight
// for it.
func (k *Keeper) startLiquidation(ctx context.Context, m *market, p book.Position, index *uint256.Int, head *types.Header) {
	key := positionKey{m.addr, p.Borrower}
	k.mu.Lock()
	if k.inflight[key] {
		k.mu.Unlock()
		return
	}
	k.inflight[key] = true
	k.mu.Unlock()
	price, priceBlock := m.price, m.priceBlock
	k.wg.Add(1)
	go func() {
		defer k.wg.Done()
		defer func() {
			k.mu.Lock()
			delete(k.inflight, key)
			k.mu.Unlock()
		}()
		if err := k.liquidate(ctx, m, p, index, price, priceBlock, head); err != nil && ctx.Err() == nil {
			k.log.Error("liquidation failed", "market", m.name, "borrower", p.Borrower, "err", err)
		}
	}()
}

// liquidate simulates, prices and sends one liquidation.
func (k *Keeper) liquidate(ctx context.Context, m *market, p book.Position, index, price *uint256.Int, priceBlock uint64, head *types.Header) error {
	log := k.log.With("market", m.name, "borrower", p.Borrower)
	debt, err := loanmath.ToDebt(p.BorrowShares, index)
	if err != nil {
		return err
	}
	want, err := loanmath.Liquidate(debt, p.Collateral, price, loanmath.MaxUint256, m.targetLTV, m.bonus, m.scale)
	if err != nil {
		return err
	}
	// A little over the expected repayment covers interest until the transaction is mined; the
	// contract never takes more than restores the target LTV.
	maxRepay := new(big.Int).Add(want.Repaid.ToBig(), new(big.Int).Div(want.Repaid.ToBig(), big.NewInt(100)))
	maxRepay.Add(maxRepay, big.NewInt(1))
	maxRepay, err = k.reserve(ctx, m.loanToken, maxRepay)
	if err != nil {
		return err
	}
	defer k.release(m.loanToken, maxRepay)
	if maxRepay.Sign() == 0 {
		k.metrics.skipped.WithLabelValues("no_funds").Inc()
		log.Warn("cannot liquidate: the keeper has no loan token left that other liquidations in flight do not need", "token", m.loanToken)
		return nil
	}
	data := marketABI.PackLiquidate(p.Borrower, maxRepay)
	msg := ethereum.CallMsg{From: k.from, To: &m.addr, Data: data}
	sim, gas, err := k.simulate(ctx, msg, want, maxRepay)
	var revert *chain.RevertError
	if errors.As(err, &revert) {
		k.metrics.skipped.WithLabelValues("reverts").Inc()
		log.Info("not liquidating: the call reverts", "reason", revert.Error())
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
				k.metrics.skipped.WithLabelValues("pending").Inc()
				log.Info("not liquidating: a pending transaction liquidates it first", "reason", revert.Error())
				return nil
			}
		}
	}
	profit := k.profit(m, sim.Seized, sim.Repaid, price, gas, head)
	log = log.With("repay", sim.Repaid, "seize", sim.Seized, "expected_profit", profit, "gas", gas)
	if profit.Cmp(m.minProfit) < 0 {
		k.metrics.skipped.WithLabelValues("unprofitable").Inc()
		log.Info("not liquidating: expected profit below --min-profit", "min_profit", m.minProfit)
		return nil
	}
	if k.cfg.DryRun {
		log.Info("dry run: would send liquidate", "to", m.addr, "max_repay", maxRepay)
		return nil
	}
	k.metrics.sent.Inc()
	log.Info("sending liquidation", "max_repay", maxRepay)
	receipt, err := k.tx.Send(ctx, txmgr.Candidate{To: &m.addr, Data: data, GasLimit: gas + gas/5})
	switch {
	case errors.As(err, &revert):
		k.metrics.skipped.WithLabelValues("reverts").Inc()
		log.Info("not liquidating: the call reverts by the time of sending", "reason", revert.Error())
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
	k.applyLiquidation(ctx, m, receipt)
	return nil
}

// failed sorts a reverted liquidation: lost when another liquidator liquidated the borrower
// in the same block, reverted (with the decoded reason) otherwise.
func (k *Keeper) failed(ctx context.Context, log *slog.Logger, m *market, borrower common.Address, msg ethereum.CallMsg, receipt *types.Receipt) {
	log = log.With("tx", receipt.TxHash, "block", receipt.BlockNumber)
	hash := receipt.BlockHash
	logs, err := k.client.FilterLogs(ctx, ethereum.FilterQuery{
		BlockHash: &hash, Addresses: []common.Address{m.addr},
		Topics: [][]common.Hash{{liquidateID}, nil, {common.BytesToHash(borrower.Bytes())}},
	})
	if err != nil {
		log.Warn("read the block of a reverted liquidation", "err", err)
	}
	for _, l := range logs {
		if ev, err := marketABI.UnpackLiquidateEvent(&l); err == nil && ev.Liquidator != k.from {
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

// reserve caps want at the loan token the keeper holds less what the liquidations in flight
// may take, and reserves the result until release.
func (k *Keeper) reserve(ctx context.Context, token common.Address, want *big.Int) (*big.Int, error) {
	k.fundsMu.Lock()
	defer k.fundsMu.Unlock()
	balance, err := k.balanceOf(ctx, token)
	if err != nil {
		return nil, err
	}
	available := new(big.Int).Set(balance)
	if r := k.reserved[token]; r != nil {
		available.Sub(available, r)
	}
	got := new(big.Int).Set(want)
	if got.Cmp(available) > 0 {
		got.Set(available)
	}
	if got.Sign() < 0 {
		got.SetUint64(0)
	}
	if k.reserved[token] == nil {
		k.reserved[token] = new(big.Int)
	}
	k.reserved[token].Add(k.reserved[token], got)
	return got, nil
}

func (k *Keeper) release(token common.Address, amount *big.Int) {
	k.fundsMu.Lock()
	defer k.fundsMu.Unlock()
	k.reserved[token].Sub(k.reserved[token], amount)
}

// dryRunGas values gas in a dry run that cannot estimate it (the market is not approved).
const dryRunGas = 200_000

// simulate runs the liquidation as a call and estimates its gas. A dry-run keeper has not
// approved the market, so its call fails on the allowance: then the loan math's prediction
// stands in for the call.
func (k *Keeper) simulate(ctx context.Context, msg ethereum.CallMsg, want loanmath.Liquidation, maxRepay *big.Int) (bindings.LiquidateOutput, uint64, error) {
	out, err := k.client.CallContract(ctx, msg, nil)
	if err != nil {
		err = chain.WithRevert(err)
		if k.cfg.DryRun && errors.Is(err, &chain.RevertError{Name: "ERC20InsufficientAllowance"}) {
			repaid := want.Repaid.ToBig()
			if repaid.Cmp(maxRepay) > 0 {
				repaid = maxRepay
			}
			return bindings.LiquidateOutput{Repaid: repaid, Seized: want.Seized.ToBig()}, dryRunGas, nil
		}
		return bindings.LiquidateOutput{}, 0, fmt.Errorf("simulate liquidate: %w", err)
	}
	sim, err := marketABI.UnpackLiquidate(out)
	if err != nil {
		return sim, 0, err
	}
	gas, err := k.client.EstimateGas(ctx, msg)
	if err != nil {
		return sim, 0, fmt.Errorf("estimate gas: %w", chain.WithRevert(err))
	}
	return sim, gas, nil
}

// applyLiquidation updates the book from the mined Liquidate event (the index follows, and
// the "liquidated" alert comes from it) and marks the position liquidated.
func (k *Keeper) applyLiquidation(ctx context.Context, m *market, receipt *types.Receipt) {
	for _, l := range receipt.Logs {
		ev, err := marketABI.UnpackLiquidateEvent(l)
		if err != nil || l.Address != m.addr {
			continue
		}
		k.log.Info("liquidated", "market", m.name, "borrower", ev.Borrower, "repaid", ev.RepaidAssets,
			"seized", ev.SeizedCollateral, "bad_debt", ev.BadDebtAssets, "tx", receipt.TxHash, "block", receipt.BlockNumber)
		// Marked liquidated before the book sees the new position, which is still past the
		// margin-call LTV: it is not warned again until it has been healthy.
		k.mu.Lock()
		k.alertKinds[positionKey{m.addr, ev.Borrower}] = AlertLiquidated
		k.mu.Unlock()
		select {
		case k.mined <- minedLiquidation{m, book.Position{
			Borrower: ev.Borrower, Collateral: uint256.MustFromBig(ev.Collateral), BorrowShares: uint256.MustFromBig(ev.BorrowShares),
		}}:
		default: // the index will bring it
		}
	}
}

// profit is the seized collateral's value less the repayment and the gas, in loan-token units.
func (k *Keeper) profit(m *market, seized, repaid *big.Int, price *uint256.Int, gas uint64, head *types.Header) *big.Int {
	value, err := loanmath.CollateralValue(uint256.MustFromBig(seized), price, m.scale)
	if err != nil {
		return new(big.Int)
	}
	fee := new(big.Int).Mul(head.BaseFee, big.NewInt(2))
	gasWei := new(big.Int).Mul(fee, new(big.Int).SetUint64(gas))
	gasCost := new(big.Int).Div(new(big.Int).Mul(gasWei, m.ethPrice), big.NewInt(1e18))
	out := new(big.Int).Sub(value.ToBig(), repaid)
	return out.Sub(out, gasCost)
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

// approve lets each market take the keeper's loan tokens, once: not when the allowance is
// set, nor when an approve sent before (by this key, before a restart) is still pending.
func (k *Keeper) approve(ctx context.Context) error {
	max := loanmath.MaxUint256.ToBig()
	half := new(big.Int).Rsh(max, 1)
	for _, m := range k.markets {
		allowance, err := chain.Call(ctx, k.client, m.loanToken, erc20ABI.PackAllowance(k.from, m.addr), erc20ABI.UnpackAllowance, nil)
		if err != nil {
			return fmt.Errorf("read allowance for %s: %w", m.name, err)
		}
		if allowance.Cmp(half) > 0 {
			continue
		}
		pending, err := k.pendingAllowance(ctx, m)
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
		receipt, err := k.tx.Send(ctx, txmgr.Candidate{To: &m.loanToken, Data: erc20ABI.PackApprove(m.addr, max)})
		if err != nil {
			return fmt.Errorf("approve %s: %w", m.name, err)
		}
		if receipt.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("approve %s: tx %s reverted", m.name, receipt.TxHash)
		}
		k.log.Info("approved market", "market", m.name, "tx", receipt.TxHash)
	}
	return nil
}

// pendingAllowance reads the allowance with the keeper's pending transactions applied, when it
// has any (the pending nonce is ahead of the mined one); zero otherwise.
func (k *Keeper) pendingAllowance(ctx context.Context, m *market) (*big.Int, error) {
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
	out, err := k.client.PendingCallContract(ctx, ethereum.CallMsg{To: &m.loanToken, Data: erc20ABI.PackAllowance(k.from, m.addr)})
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

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }
