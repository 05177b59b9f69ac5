package morpho

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	morphobind "github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/protocol"
)

// Seed replaces the book with the index at its checkpoint: the markets' totals and fees, the
// positions, and the fee recipient Morpho's last SetFeeRecipient named.
func (p *Protocol) Seed(s protocol.Snapshot) error {
	p.clear()
	u := func(v *big.Int) (*uint256.Int, error) {
		if v == nil {
			return new(uint256.Int), nil
		}
		z, overflow := uint256.FromBig(v)
		if overflow || v.Sign() < 0 {
			return nil, fmt.Errorf("%s is not a uint256", v)
		}
		return z, nil
	}
	for id, st := range s.States {
		var vals [6]*uint256.Int
		for i, col := range []string{protocol.TotalSupplyAssets, protocol.TotalSupplyShares, protocol.TotalBorrowAssets,
			protocol.TotalBorrowShares, protocol.TotalCollateral, protocol.Fee} {
			v, err := u(st.Values[col])
			if err != nil {
				return fmt.Errorf("market %s: %s: %w", id, col, err)
			}
			vals[i] = v
		}
		mk := &loanmath.MorphoMarket{TotalSupplyAssets: vals[0], TotalSupplyShares: vals[1], TotalBorrowAssets: vals[2],
			TotalBorrowShares: vals[3], Fee: vals[5]}
		if st.LastAccrual != nil {
			mk.LastUpdate = *st.LastAccrual
		}
		p.book.Markets[id] = mk
		p.book.TotalCollateral[id] = vals[4]
	}
	for key, d := range s.Positions {
		var vals [3]*uint256.Int
		for i, v := range []*big.Int{d.SupplyShares, d.BorrowShares, d.Collateral} {
			z, err := u(v)
			if err != nil {
				return fmt.Errorf("position of %s in market %s: %w", key.Borrower, key.Market, err)
			}
			vals[i] = z
		}
		p.book.Positions[key] = &loanmath.MorphoPosition{SupplyShares: vals[0], BorrowShares: vals[1], Collateral: vals[2]}
	}
	if raw, ok := s.Root["SetFeeRecipient"]; ok {
		var args struct {
			NewFeeRecipient common.Address `json:"newFeeRecipient"`
		}
		if err := json.Unmarshal(raw, &args); err != nil {
			return fmt.Errorf("the last SetFeeRecipient in the index: %w", err)
		}
		p.book.FeeRecipient = args.NewFeeRecipient
	}
	return nil
}

// checkChunk is how many blocks one eth_getLogs of Check asks for.
const checkChunk = 50_000

// Check stops a start that would follow nothing it was asked to: each market id of the config
// must exist in Morpho at head, and the collateral tokens must be those of at least one market.
func (p *Protocol) Check(ctx context.Context, c protocol.Backend, head uint64) error {
	m := morphobind.NewMorpho()
	at := new(big.Int).SetUint64(head)
	for _, id := range p.cfg.Markets {
		out, err := c.CallContract(ctx, ethereum.CallMsg{To: &p.morpho, Data: m.PackMarket(id)}, at)
		if err != nil {
			return fmt.Errorf("read Morpho %s market(%s): %w", p.morpho, id, err)
		}
		mk, err := m.UnpackMarket(out)
		if err != nil {
			return fmt.Errorf("morpho %s answered market(%s) with data that does not decode: %w (is it Morpho Blue?)", p.morpho, id, err)
		}
		if mk.LastUpdate.Sign() == 0 {
			return fmt.Errorf("morpho market %s does not exist in Morpho %s at block %d: check the market ids to follow (morpho.markets)", id, p.morpho, head)
		}
	}
	if len(p.tokens) == 0 {
		return nil
	}
	created := p.created
	for from := p.cfg.StartBlock; from <= head; from += checkChunk {
		logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
			ToBlock: new(big.Int).SetUint64(min(head, from+checkChunk-1)), Addresses: []common.Address{p.morpho},
			Topics: [][]common.Hash{{created}}})
		if err != nil {
			return fmt.Errorf("read Morpho %s's markets in blocks %d-%d: %w", p.morpho, from, min(head, from+checkChunk-1), err)
		}
		for i := range logs {
			ev, err := m.UnpackCreateMarketEvent(&logs[i])
			if err != nil {
				continue
			}
			if p.tokens[ev.MarketParams.CollateralToken] {
				return nil
			}
		}
	}
	return fmt.Errorf("no market of Morpho %s (blocks %d-%d) has collateral token %v: the filter matches nothing; check morpho.collateral-tokens, the Morpho address and its start block",
		p.morpho, p.cfg.StartBlock, head, p.cfg.CollateralTokens)
}
