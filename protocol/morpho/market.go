package morpho

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"golang.org/x/sync/errgroup"

	morphobind "github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/feeds"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/protocol"
)

var (
	morphoABI = morphobind.NewMorpho()
	oracleABI = morphobind.NewIOracle()
)

// market is one Morpho Blue market as the keeper uses it. Its loan math is package loanmath's.
// Its index packs the market's total borrow assets (high 128 bits) and shares (low 128 bits),
// each a uint128 in Morpho: a position's debt is toAssetsUp(shares, assets, shares).
type market struct {
	morpho common.Address
	id     [32]byte
	params morphobind.MarketParams
	lltv   *uint256.Int
	// marginCall is the margin-call line (MarginCall × LLTV); target the LTV a liquidation
	// brings a position to, nil: as much as the position allows.
	marginCall, target *uint256.Int
	// feeds are the Chainlink feeds the oracle combines, when it is a Morpho Chainlink oracle
	// without vaults; none otherwise.
	feeds []common.Address

	mu    sync.Mutex
	plans map[common.Address]plan // the last liquidation planned for each borrower
}

// plan is a planned liquidation: the position and market it was planned on, and the result.
type plan struct {
	before  protocol.Position
	index   *uint256.Int
	want    loanmath.MorphoLiquidation
	seizing bool // it seizes all the collateral (by seizedAssets); else it repays shares
}

// Market is the loan math and the liquidation call of one indexed Morpho Blue market, with
// the margin-call line and the liquidation of p's Config.
func (p *Protocol) Market(m indexdb.Market) protocol.Market { return newMarket(m, p.cfg) }

// NewMarket is the loan math and the liquidation call of one indexed Morpho Blue market, with
// the default margin-call line, liquidating as much as the position allows.
func NewMarket(m indexdb.Market) protocol.Market { return newMarket(m, Config{}) }

func newMarket(m indexdb.Market, cfg Config) *market {
	var id [32]byte
	copy(id[:], m.ID)
	lltv := m.LiquidationLTV
	if lltv == nil {
		lltv = new(uint256.Int)
	}
	fraction := DefaultMarginCall
	if cfg.MarginCall != nil {
		fraction = cfg.MarginCall
	}
	marginCall, err := loanmath.WMulDown(lltv, uint256.MustFromBig(fraction))
	if err != nil {
		marginCall = lltv
	}
	mk := &market{morpho: m.Contract, id: id, lltv: lltv, marginCall: marginCall, plans: make(map[common.Address]plan),
		params: morphobind.MarketParams{LoanToken: m.LoanToken, CollateralToken: m.CollateralToken, Oracle: m.Oracle,
			Irm: m.IRM, Lltv: lltv.ToBig()}}
	if m.OracleFeeds != nil {
		mk.feeds = m.OracleFeeds.Feeds()
	}
	if cfg.Liquidation == LiquidateToTarget && cfg.TargetLTV != nil {
		mk.target = uint256.MustFromBig(cfg.TargetLTV)
	}
	return mk
}

// Price is the market oracle's price(): one base unit of collateral in loan-token base units,
// scaled by 1e36, as Morpho reads it; with the latest rounds of the feeds the oracle combines,
// whose age and bounds Morpho does not check.
func (m *market) Price(ctx context.Context, c ethereum.ContractCaller, block *big.Int) (protocol.Price, error) {
	// The oracle and its feeds are read at once: one round trip to the node, not one each.
	var p protocol.Price
	if len(m.feeds) > 0 {
		p.Rounds = make([]feeds.Round, len(m.feeds))
	}
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() (err error) {
		if p.Answer, err = chain.Call(gctx, c, m.params.Oracle, oracleABI.PackPrice(), oracleABI.UnpackPrice, block); err != nil {
			return fmt.Errorf("read price() of oracle %s: %w", m.params.Oracle, err)
		}
		return nil
	})
	for i, f := range m.feeds {
		g.Go(func() (err error) {
			if p.Rounds[i], err = feeds.Latest(gctx, c, f, block); err != nil {
				return fmt.Errorf("oracle %s: %w", m.params.Oracle, err)
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return protocol.Price{}, err
	}
	return p, nil
}

// Value is collateral × price ÷ 1e36, rounded down, as Morpho values collateral.
func (m *market) Value(collateral, price *uint256.Int) (*uint256.Int, error) {
	return loanmath.MulDivDown(collateral, price, loanmath.OraclePriceScale)
}

// Lines are the margin-call line (Config.MarginCall × LLTV), which Morpho lacks, and the LLTV.
func (m *market) Lines() (marginCall, liquidation *uint256.Int) { return m.marginCall, m.lltv }

var max128 = new(uint256.Int).Sub(new(uint256.Int).Lsh(uint256.NewInt(1), 128), uint256.NewInt(1))

func pack(assets, shares *uint256.Int) (*uint256.Int, error) {
	if assets.Gt(max128) || shares.Gt(max128) {
		return nil, loanmath.ErrOverflow
	}
	return new(uint256.Int).Or(new(uint256.Int).Lsh(assets, 128), shares), nil
}

func unpack(index *uint256.Int) (assets, shares *uint256.Int) {
	return new(uint256.Int).Rsh(index, 128), new(uint256.Int).And(index, max128)
}

// Index is the market's borrow totals at time at: the interest since the last accrual, at that
// accrual's rate (Morpho's IRM may set another at the next accrual), compounded as Morpho does.
func (m *market) Index(st indexdb.MarketState, at uint64) (*uint256.Int, error) {
	if st.TotalBorrowAssets == nil || st.TotalBorrowShares == nil {
		return nil, errors.New("morpho market state without borrow totals")
	}
	assets := st.TotalBorrowAssets.Clone()
	if elapsed := at - min(at, st.LastAccrual); elapsed > 0 && st.RatePerSecond != nil {
		growth, err := loanmath.WTaylorCompounded(st.RatePerSecond, elapsed)
		if err != nil {
			return nil, err
		}
		interest, err := loanmath.WMulDown(assets, growth)
		if err != nil {
			return nil, err
		}
		assets.Add(assets, interest)
	}
	return pack(assets, st.TotalBorrowShares)
}

// book is the market's borrow side at index, as the loan math takes a market.
func book(index *uint256.Int) loanmath.MorphoMarket {
	assets, shares := unpack(index)
	// Supply is at least what is borrowed: bad debt comes off it.
	return loanmath.MorphoMarket{TotalSupplyAssets: assets.Clone(), TotalSupplyShares: new(uint256.Int),
		TotalBorrowAssets: assets, TotalBorrowShares: shares, Fee: new(uint256.Int)}
}

// Linear is Morpho's loan math as the keeper's book bounds it (book.Linear): debt is borrow
// shares × (total borrow assets + 1) ÷ (total borrow shares + 1e6), rounded up, and collateral
// value collateral × price ÷ 1e36, rounded down; a position is healthy while debt × WAD <=
// LLTV × value, which debt × WAD <= (LLTV − 1) × value implies.
func (m *market) Linear(index *uint256.Int) (num, den, mul, div *big.Int) {
	assets, shares := unpack(index)
	return new(uint256.Int).Add(assets, loanmath.VirtualAssets).ToBig(), new(uint256.Int).Add(shares, loanmath.VirtualShares).ToBig(),
		big.NewInt(1), loanmath.OraclePriceScale.ToBig()
}

func position(p protocol.Position) loanmath.MorphoPosition {
	return loanmath.MorphoPosition{SupplyShares: new(uint256.Int), BorrowShares: p.BorrowShares, Collateral: p.Collateral}
}

// Debt is toAssetsUp(shares): the debt Morpho's health check counts.
func (m *market) Debt(p protocol.Position, index *uint256.Int) (*uint256.Int, error) {
	return loanmath.MorphoBorrowed(p.BorrowShares, book(index))
}

// AtOrAbove is Morpho's own health test at lineLTV in place of the LLTV: the position has
// debt, and collateral × price ÷ 1e36 × lineLTV (each rounded down) is below it. At the LLTV it
// is true exactly for the positions Morpho liquidates.
func (m *market) AtOrAbove(p protocol.Position, price, index, lineLTV *uint256.Int) bool {
	healthy, err := loanmath.MorphoHealthy(position(p), book(index), price, lineLTV)
	return err == nil && !healthy
}

// LTV is the position's LTV as Morpho's health check sees it (loanmath.MorphoLTV).
func (m *market) LTV(p protocol.Position, price, index *uint256.Int) (*uint256.Int, error) {
	return loanmath.MorphoLTV(position(p), book(index), price)
}

// targetMarginDiv sets how far under the target LTV a target liquidation aims: target ÷ 1e5
// (0.001% of it). The liquidation is mined a block or more after the index it is planned at,
// and the debt grows by the interest in between: aiming exactly at the target would leave the
// position a hair above it. The margin covers about two hours of interest at 5% a year.
var targetMarginDiv = uint256.NewInt(100_000)

// Plan predicts the position's liquidation and the most it may repay: a little over the
// expected repayment covers the interest until the transaction is mined. Liquidation then
// builds this plan's call. It is the largest liquidation (all the debt, or all the collateral
// with the rest written off), or with a target LTV the smallest that brings the position to
// it, a margin under it (the largest when none does).
func (m *market) Plan(p protocol.Position, price, index *uint256.Int) (loanmath.Liquidation, *big.Int, error) {
	var l loanmath.MorphoLiquidation
	var err error
	if m.target != nil {
		aim := new(uint256.Int).Sub(m.target, new(uint256.Int).Div(m.target, targetMarginDiv))
		l, err = loanmath.MorphoLiquidationToLTV(book(index), position(p), price, m.lltv, aim)
		if errors.Is(err, loanmath.ErrTargetUnreachable) {
			err = nil
		}
	} else {
		l, err = loanmath.MorphoMaxLiquidation(book(index), position(p), price, m.lltv)
	}
	if err != nil {
		return loanmath.Liquidation{}, nil, err
	}
	m.mu.Lock()
	m.plans[p.Borrower] = plan{before: p, index: index, want: l, seizing: l.Position.Collateral.IsZero()}
	m.mu.Unlock()
	maxRepay := new(big.Int).Add(l.RepaidAssets.ToBig(), new(big.Int).Div(l.RepaidAssets.ToBig(), big.NewInt(100)))
	return loanmath.Liquidation{Repaid: l.RepaidAssets, Seized: l.SeizedAssets, BadDebt: l.BadDebtAssets},
		maxRepay.Add(maxRepay, big.NewInt(1)), nil
}

// Liquidation is Morpho's liquidate(marketParams, borrower, seizedAssets, repaidShares, "") of
// the borrower's last Plan: it seizes all the collateral when the plan does, else repays the
// planned shares, fewer when maxRepay does not cover them. Without a plan it repays nothing
// (Morpho reverts).
func (m *market) Liquidation(borrower common.Address, maxRepay *big.Int) protocol.Call {
	seized, shares := m.amounts(borrower, maxRepay)
	return protocol.Call{To: m.morpho, Data: morphoABI.PackLiquidate(m.params, borrower, seized, shares, nil), Result: liquidateResult}
}

// amounts are liquidate's seizedAssets and repaidShares for the borrower's last Plan, capped
// by maxRepay (see Liquidation).
func (m *market) amounts(borrower common.Address, maxRepay *big.Int) (seized, shares *big.Int) {
	m.mu.Lock()
	pl, ok := m.plans[borrower]
	m.mu.Unlock()
	seized, shares = new(big.Int), new(big.Int)
	if ok {
		limit, overflow := uint256.FromBig(maxRepay)
		covered := overflow || !limit.Lt(pl.want.RepaidAssets)
		switch {
		case covered && pl.seizing:
			seized = pl.want.SeizedAssets.ToBig()
		case covered:
			shares = pl.want.RepaidShares.ToBig()
		default:
			assets, total := unpack(pl.index)
			if s, err := loanmath.ToSharesDown(limit, assets, total); err == nil {
				shares = s.ToBig()
			}
		}
	}
	return seized, shares
}

func liquidateResult(out []byte) (repaid, seized *big.Int, err error) {
	r, err := morphoABI.UnpackLiquidate(out)
	return r.Arg1, r.Arg0, err
}

// Liquidated decodes Morpho's Liquidate event of this market. Morpho's event carries amounts:
// the position it left is the position of the borrower's last Plan less them (an empty position
// when the market planned none; the index holds the truth).
func (m *market) Liquidated(l *types.Log) (protocol.Liquidated, bool) {
	if l.Address != m.morpho || len(l.Topics) < 2 || l.Topics[1] != common.Hash(m.id) {
		return protocol.Liquidated{}, false
	}
	ev, err := morphoABI.UnpackLiquidateEvent(l)
	if err != nil {
		return protocol.Liquidated{}, false
	}
	after := protocol.Position{Borrower: ev.Borrower, Collateral: new(uint256.Int), BorrowShares: new(uint256.Int)}
	m.mu.Lock()
	pl, ok := m.plans[ev.Borrower]
	m.mu.Unlock()
	if ok {
		sub := func(x *uint256.Int, ys ...*big.Int) *uint256.Int {
			z := x.Clone()
			for _, y := range ys {
				v := uint256.MustFromBig(y)
				if v.Gt(z) {
					return new(uint256.Int)
				}
				z.Sub(z, v)
			}
			return z
		}
		after.Collateral = sub(pl.before.Collateral, ev.SeizedAssets)
		after.BorrowShares = sub(pl.before.BorrowShares, ev.RepaidShares, ev.BadDebtShares)
	}
	return protocol.Liquidated{Liquidator: ev.Caller, Borrower: ev.Borrower, Repaid: ev.RepaidAssets, Seized: ev.SeizedAssets,
		BadDebt: ev.BadDebtAssets, After: after}, true
}
