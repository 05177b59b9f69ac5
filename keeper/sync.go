package keeper

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/keeper/book"
	"github.com/ltvkeeper/ltvkeeper/protocol"
)

// Syncing from the index: the markets, positions and liquidations the indexer committed,
// reloaded when its NOTIFY says the checkpoint moved (in full after a rollback).

// applyMined puts the positions our liquidations left into the books, before the index has
// them, so that they are not tried again.
func (k *Keeper) applyMined() {
	for {
		select {
		case l := <-k.mined:
			l.m.book.Upsert(l.p)
			if l.hold {
				key := positionKey{l.m.id, l.p.Borrower}
				k.mu.Lock()
				delete(k.settling, key)
				delete(k.inflight, key)
				k.mu.Unlock()
			}
		default:
			return
		}
	}
}

// listen records the lowest block of the indexer's NOTIFY payloads and wakes the keeper,
// until ctx ends. No notice is dropped: a rollback notice lowers the recorded block.
func (k *Keeper) listen(ctx context.Context, wake chan<- struct{}) {
	for ctx.Err() == nil {
		err := k.listenOnce(ctx, wake)
		if ctx.Err() != nil {
			return
		}
		k.log.Warn("listening for the indexer failed; polling until it is back", "err", err)
		select {
		case <-ctx.Done():
		case <-time.After(time.Second):
		}
	}
}

func (k *Keeper) listenOnce(ctx context.Context, wake chan<- struct{}) error {
	conn, err := k.db.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, "LISTEN "+indexdb.Channel); err != nil {
		return err
	}
	defer conn.Exec(context.WithoutCancel(ctx), "UNLISTEN *")
	for {
		n, err := conn.Conn().WaitForNotification(ctx)
		if err != nil {
			return err
		}
		p, err := indexdb.ParseNotice(n.Payload)
		if err != nil || p.ChainID != k.cfg.Deployment.ChainID || !slices.Contains(roots(k.cfg.Deployment), p.Factory) {
			continue
		}
		k.mu.Lock()
		if !k.noticed || p.Block < k.notice {
			k.notice, k.noticed = p.Block, true
		}
		k.mu.Unlock()
		select {
		case wake <- struct{}{}:
		default: // a wake-up is already due; the block is recorded above
		}
	}
}

// takeNotice returns the lowest block NOTIFYed since the last call.
func (k *Keeper) takeNotice() (block uint64, ok bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	block, ok = k.notice, k.noticed
	k.notice, k.noticed = 0, false
	return block, ok
}

// syncIndex brings the books to the indexer's checkpoints (one per root contract): the
// positions changed since the last load when every index moved forward on the same chain, all
// positions when one went back or the block the books were loaded at is no longer the one it
// indexed (a reorg).
func (k *Keeper) syncIndex(ctx context.Context) (reloaded bool, err error) {
	d := k.cfg.Deployment
	cps := make(map[common.Address]indexdb.Checkpoint)
	for _, root := range roots(d) {
		cp, ok, err := indexdb.CheckpointOf(ctx, k.db, d.ChainID, root)
		if err != nil {
			return false, err
		}
		if !ok {
			return false, fmt.Errorf("the index has no checkpoint for %s: run 'ltvkeeper index' (or 'ltvkeeper node') for this deployment", root)
		}
		cps[root] = cp
	}
	notice, noticed := k.takeNotice()
	full, moved := !k.loaded, false
	for root, cp := range cps {
		at := k.loadedAt[root]
		switch {
		case full:
		case cp.Block < at.Block:
			full = true
		case cp.Block == at.Block:
			if cp.Hash != at.Hash {
				full = true
			}
		default: // the index moved on: is the block the books are at still the indexed one?
			moved = true
			h, ok, err := indexdb.BlockHash(ctx, k.db, d.ChainID, root, at.Block)
			switch {
			case err != nil:
				return false, err
			case !ok:
				// Out of the index's reorg window: only a rollback notice below it says it changed.
				full = full || noticed && notice < at.Block
			default:
				full = full || h != at.Hash
			}
		}
	}
	if !full && !moved {
		return false, nil
	}
	if full && k.loaded {
		k.log.Info("the index went back (reorg): reloading every position", "loaded_block", k.loadedBlock())
		if k.tx != nil {
			k.tx.ResetNonce() // the reorg may have dropped transactions of ours
		}
	}
	if err := k.loadPositions(ctx, full, cps); err != nil {
		return false, err
	}
	return true, nil
}

// loadedBlock is the lowest block the books were loaded at, over the roots: every position
// changed after it may be missing from them.
func (k *Keeper) loadedBlock() uint64 {
	var low uint64
	first := true
	for _, cp := range k.loadedAt {
		if first || cp.Block < low {
			low, first = cp.Block, false
		}
	}
	return low
}

// loadMarkets reads each kept market's parameters from the index.
func (k *Keeper) loadMarkets(ctx context.Context) error {
	k.markets = k.markets[:0]
	for _, km := range keptMarkets(k.cfg.Deployment, k.cfg.Executor) {
		m := &market{id: km.id, root: km.root, name: km.name, pool: km.pool, executor: km.executor,
			skips: make(map[common.Address]string), held: make(map[string]bool)}
		im, err := indexdb.MarketByID(ctx, k.db, k.cfg.Deployment.ChainID, km.id)
		if errors.Is(err, indexdb.ErrNotIndexed) {
			return fmt.Errorf("market %s (%s) is not in the index yet: run 'ltvkeeper index' (or 'ltvkeeper node') for this deployment", km.name, km.id)
		}
		if err != nil {
			return err
		}
		i := slices.IndexFunc(k.cfg.Protocols, func(p protocol.Protocol) bool { return p.Name() == im.Protocol })
		if i < 0 {
			return fmt.Errorf("market %s (%s) is of protocol %s, which this keeper does not know", km.name, km.id, im.Protocol)
		}
		m.loans, m.contract = k.cfg.Protocols[i].Market(im), im.Contract
		if m.executor != nil {
			b, ok := m.loans.(protocol.Batcher)
			if !ok {
				return fmt.Errorf("market %s (%s): protocol %s liquidates through no executor: remove its executor from the deployment file", km.name, km.id, im.Protocol)
			}
			m.batcher = b
		}
		m.marginCallLTV, m.liquidationLTV = m.loans.Lines()
		m.scale, m.loanToken, m.heartbeat = im.Scale(), im.LoanToken, im.Heartbeat
		ld := im.LoanDecimals
		m.minProfit, m.ethPrice = toLoanUnits(k.cfg.MinProfit, ld), toLoanUnits(k.cfg.ETHPrice, ld)
		m.lowBalance = toLoanUnits(k.cfg.LowBalance, ld)
		m.book = book.NewFor(m.loans)
		k.markets = append(k.markets, m)
	}
	k.loadedAt, k.loaded = nil, false
	return nil
}

// toLoanUnits turns millionths of a dollar into base units of a loan token of that many
// decimals (a dollar stablecoin).
func toLoanUnits(micro *big.Int, decimals uint8) *big.Int {
	out := new(big.Int).Set(micro)
	if decimals >= dollarDecimals {
		return out.Mul(out, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals-dollarDecimals)), nil))
	}
	return out.Quo(out, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(dollarDecimals-decimals)), nil))
}

// loadPositions reads market states, and the positions changed since the last load (every
// position when full), up to the checkpoints cps; then the liquidations indexed since.
func (k *Keeper) loadPositions(ctx context.Context, full bool, cps map[common.Address]indexdb.Checkpoint) error {
	chainID := k.cfg.Deployment.ChainID
	for _, m := range k.markets {
		st, err := indexdb.StateOf(ctx, k.db, chainID, m.id.Bytes())
		if err != nil {
			return err
		}
		m.state = st
		if full {
			m.book = book.NewFor(m.loans)
		}
	}
	from := int64(k.loadedBlock())
	if full {
		from = -1
	}
	byID := make(map[protocol.MarketID]*market, len(k.markets))
	for _, m := range k.markets {
		byID[m.id] = m
	}
	err := indexdb.PositionsSince(ctx, k.db, chainID, from, func(p indexdb.PositionRow) {
		if m := byID[protocol.MarketID(p.MarketID)]; m != nil {
			m.book.Upsert(book.Position{Borrower: p.Borrower, Collateral: p.Collateral, BorrowShares: p.BorrowShares})
		}
	})
	if err != nil {
		return err
	}
	if err := k.loadLiquidations(ctx, byID, full); err != nil {
		return err
	}
	k.loadedAt, k.loaded = cps, true
	for _, m := range k.markets {
		k.metrics.watched.WithLabelValues(m.name).Set(float64(m.book.Len()))
	}
	return nil
}

// loadLiquidations raises a "liquidated" alert for every indexed liquidation of our markets,
// by any liquidator, that has none yet, and marks the position liquidated: at the target LTV
// it may still be past the margin-call LTV, and it is not warned until it has been healthy.
func (k *Keeper) loadLiquidations(ctx context.Context, byID map[protocol.MarketID]*market, full bool) error {
	from := int64(k.loadedBlock())
	if full {
		from = -1
	}
	all, err := indexdb.LiquidationsAfter(ctx, k.db, k.cfg.Deployment.ChainID, from)
	if err != nil {
		return err
	}
	type liquidation struct {
		al         Alert
		liquidator common.Address
	}
	var found []liquidation
	for _, l := range all {
		if byID[protocol.MarketID(l.MarketID)] != nil {
			found = append(found, liquidation{Alert{Market: protocol.MarketID(l.MarketID), Borrower: l.Borrower, Kind: AlertLiquidated,
				Price: l.Price, Block: l.Block, TxHash: &l.TxHash}, l.Liquidator})
		}
	}
	for _, l := range found {
		var raised bool
		if k.cfg.DryRun {
			lk := liquidationKey{*l.al.TxHash, l.al.Borrower}
			raised = !k.seenLiqs[lk]
			k.seenLiqs[lk] = true
			if raised {
				k.alerts.raise(ctx, l.al) // logs only
			}
		} else if raised, err = k.alerts.raiseOnce(ctx, l.al); err != nil {
			return err
		}
		if !raised {
			continue
		}
		k.log.Info("position liquidated", "market", l.al.Market, "borrower", l.al.Borrower, "liquidator", l.liquidator,
			"by_us", k.ours(l.liquidator), "tx", *l.al.TxHash, "block", l.al.Block)
		k.mu.Lock()
		k.alertKinds[positionKey{l.al.Market, l.al.Borrower}] = AlertLiquidated
		k.mu.Unlock()
	}
	return nil
}
