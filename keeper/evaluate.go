package keeper

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/keeper/book"
)

// Evaluation: which positions are past a line at this head, and the alerts that follow.

// evaluate raises the alerts due at this head and starts the liquidations due.
func (k *Keeper) evaluate(ctx context.Context, head *types.Header) {
	for _, m := range k.markets {
		if m.price == nil || !k.leases.holds(m.id) {
			continue
		}
		index, err := m.loans.Index(m.state, head.Time)
		if err != nil {
			k.log.Error("accrue interest", "market", m.name, "err", err)
			continue
		}
		liquidatable := m.book.AtOrAbove(m.price, index, m.liquidationLTV)
		marginCall := m.book.AtOrAbove(m.price, index, m.marginCallLTV)
		k.metrics.liquidatable.WithLabelValues(m.name).Set(float64(len(liquidatable)))
		k.metrics.marginCall.WithLabelValues(m.name).Set(float64(len(marginCall) - len(liquidatable)))

		// Positions past the liquidation line are liquidated (and alerted as such), not warned.
		past := make(map[common.Address]bool, len(liquidatable))
		for _, p := range liquidatable {
			past[p.Borrower] = true
		}
		above := make(map[common.Address]bool, len(marginCall))
		for _, p := range marginCall {
			above[p.Borrower] = true
			key := positionKey{m.id, p.Borrower}
			if past[p.Borrower] || k.alerted(key) {
				continue
			}
			k.raise(ctx, key, AlertMarginCall, m, p, index, head)
		}
		k.rearm(ctx, m, index, head, above)
		k.liquidateAll(ctx, m, liquidatable, index, head)
	}
}

// rearm raises "healthy" for positions in margin call whose LTV fell below the line less the
// hysteresis, so that their next crossing alerts again.
func (k *Keeper) rearm(ctx context.Context, m *market, index *uint256.Int, head *types.Header, above map[common.Address]bool) {
	hysteresis := uint256.MustFromBig(k.cfg.Hysteresis)
	line := new(uint256.Int)
	if m.marginCallLTV.Gt(hysteresis) {
		line.Sub(m.marginCallLTV, hysteresis)
	}
	k.mu.Lock()
	var armed []positionKey
	for key := range k.alertKinds {
		if key.market == m.id && !above[key.borrower] && k.alertedLocked(key) {
			armed = append(armed, key)
		}
	}
	k.mu.Unlock()
	for _, key := range armed {
		p, ok := m.book.Get(key.borrower)
		ltv := new(uint256.Int)
		if ok {
			var err error
			if ltv, err = m.loans.LTV(p, m.price, index); err != nil {
				continue
			}
		}
		if ltv.Lt(line) {
			k.raise(ctx, key, AlertHealthy, m, p, index, head)
		}
	}
}

func (k *Keeper) raise(ctx context.Context, key positionKey, kind string, m *market, p book.Position, index *uint256.Int, head *types.Header) {
	al := Alert{Market: m.id, Borrower: key.borrower, Kind: kind, Price: m.price.ToBig(), Block: head.Number.Uint64()}
	if p.BorrowShares != nil {
		if ltv, err := m.loans.LTV(p, m.price, index); err == nil {
			al.LTV = ltv.ToBig()
		}
	}
	if err := k.alerts.raise(ctx, al); err != nil {
		k.log.Error("raise alert", "err", err)
		return
	}
	k.mu.Lock()
	k.alertKinds[key] = kind
	k.mu.Unlock()
}

// alerted says whether a position has been warned (or liquidated) since it was last healthy.
// A position being liquidated counts: the index may show it at the target LTV (still past
// the margin call) before the liquidation's receipt is in.
func (k *Keeper) alerted(key positionKey) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.inflight[key] || k.alertedLocked(key)
}

func (k *Keeper) alertedLocked(key positionKey) bool {
	kind := k.alertKinds[key]
	return kind == AlertMarginCall || kind == AlertLiquidated
}
