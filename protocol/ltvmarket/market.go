package ltvmarket

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/feeds"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/protocol"
)

var marketABI = bindings.NewLendingMarket()

// market is one LendingMarket as the keeper uses it. Its loan math is package loanmath's.
type market struct {
	addr, feed                    common.Address
	scale                         loanmath.Scale
	targetLTV, bonus              *uint256.Int
	marginCallLTV, liquidationLTV *uint256.Int
}

// Market is the loan math and the liquidation call of one indexed LendingMarket.
func (p *Protocol) Market(m indexdb.Market) protocol.Market { return NewMarket(m) }

// NewMarket is the loan math and the liquidation call of one indexed LendingMarket.
func NewMarket(m indexdb.Market) protocol.Market {
	return &market{addr: m.Address, feed: m.PriceFeed, scale: m.Scale(), targetLTV: m.LiquidationTargetLTV, bonus: m.LiquidationBonus,
		marginCallLTV: m.MarginCallLTV, liquidationLTV: m.LiquidationLTV}
}

// Price is the latest round of the market's Chainlink feed, which the contract reads.
func (m *market) Price(ctx context.Context, c ethereum.ContractCaller, block *big.Int) (protocol.Price, error) {
	r, err := feeds.Latest(ctx, c, m.feed, block)
	if err != nil {
		return protocol.Price{}, err
	}
	return protocol.Price{Answer: r.Answer, Rounds: []feeds.Round{r}}, nil
}

// Value is collateral × price at the market's scale, as the contract values collateral.
func (m *market) Value(collateral, price *uint256.Int) (*uint256.Int, error) {
	return loanmath.CollateralValue(collateral, price, m.scale)
}

// Lines are the market's own margin-call and liquidation LTVs.
func (m *market) Lines() (marginCall, liquidation *uint256.Int) {
	return m.marginCallLTV, m.liquidationLTV
}

// Linear says that a position's debt is borrow shares × index ÷ RAY and its collateral is
// valued at the market's scale: the book orders and bounds its positions by that.
func (m *market) Linear(index *uint256.Int) (num, den, mul, div *big.Int) {
	return Linear(index, m.scale)
}

// Index is the borrow index with the interest accrued since the last accrual.
func (m *market) Index(st indexdb.MarketState, at uint64) (*uint256.Int, error) {
	acc, err := loanmath.Accrue(st.BorrowIndex, new(uint256.Int), st.RatePerSecond, at-min(at, st.LastAccrual))
	if err != nil {
		return nil, err
	}
	return acc.Index, nil
}

// AtOrAbove is the contract's own test: LTV(toDebt(shares, index), collateral, price) >= line.
func (m *market) AtOrAbove(p protocol.Position, price, index, lineLTV *uint256.Int) bool {
	return AtOrAbove(p, price, index, lineLTV, m.scale)
}

// Linear is the LendingMarket's loan math as the keeper's book bounds it (book.Linear): debt
// is borrow shares × index ÷ RAY, rounded up, and collateral value collateral × price at scale
// s, rounded down.
func Linear(index *uint256.Int, s loanmath.Scale) (num, den, mul, div *big.Int) {
	return index.ToBig(), loanmath.RAY.ToBig(), s.ValueMul.ToBig(), s.ValueDiv.ToBig()
}

// AtOrAbove is the LendingMarket's test of a position at or past lineLTV, for a market of
// scale s: it has debt, and LTV(toDebt(shares, index), collateral, price) >= lineLTV.
func AtOrAbove(p protocol.Position, price, index, lineLTV *uint256.Int, s loanmath.Scale) bool {
	debt, err := loanmath.ToDebt(p.BorrowShares, index)
	if err != nil || debt.IsZero() {
		return false
	}
	ltv, err := loanmath.LTV(debt, p.Collateral, price, s)
	if err != nil {
		return false
	}
	return !ltv.Lt(lineLTV)
}

// LTV is the position's LTV, as the contract computes it.
func (m *market) LTV(p protocol.Position, price, index *uint256.Int) (*uint256.Int, error) {
	debt, err := loanmath.ToDebt(p.BorrowShares, index)
	if err != nil {
		return nil, err
	}
	return loanmath.LTV(debt, p.Collateral, price, m.scale)
}

// Plan predicts a position's liquidation and the most it may repay: a little over the
// expected repayment covers interest until the transaction is mined; the contract never takes
// more than restores the target LTV.
func (m *market) Plan(p protocol.Position, price, index *uint256.Int) (loanmath.Liquidation, *big.Int, error) {
	debt, err := loanmath.ToDebt(p.BorrowShares, index)
	if err != nil {
		return loanmath.Liquidation{}, nil, err
	}
	want, err := loanmath.Liquidate(debt, p.Collateral, price, loanmath.MaxUint256, m.targetLTV, m.bonus, m.scale)
	if err != nil {
		return loanmath.Liquidation{}, nil, err
	}
	maxRepay := new(big.Int).Add(want.Repaid.ToBig(), new(big.Int).Div(want.Repaid.ToBig(), big.NewInt(100)))
	return want, maxRepay.Add(maxRepay, big.NewInt(1)), nil
}

// Liquidation is the market's liquidate(borrower, maxRepayAssets), which returns what it
// repaid and seized.
func (m *market) Liquidation(borrower common.Address, maxRepay *big.Int) protocol.Call {
	return protocol.Call{To: m.addr, Data: marketABI.PackLiquidate(borrower, maxRepay), Result: liquidateResult}
}

func liquidateResult(out []byte) (repaid, seized *big.Int, err error) {
	r, err := marketABI.UnpackLiquidate(out)
	return r.Repaid, r.Seized, err
}

// Liquidated decodes the market's Liquidate event, which carries the position it left.
func (m *market) Liquidated(l *types.Log) (protocol.Liquidated, bool) {
	if l.Address != m.addr {
		return protocol.Liquidated{}, false
	}
	ev, err := marketABI.UnpackLiquidateEvent(l)
	if err != nil {
		return protocol.Liquidated{}, false
	}
	return protocol.Liquidated{
		Liquidator: ev.Liquidator, Borrower: ev.Borrower,
		Repaid: ev.RepaidAssets, Seized: ev.SeizedCollateral, BadDebt: ev.BadDebtAssets,
		After: protocol.Position{Borrower: ev.Borrower, Collateral: uint256.MustFromBig(ev.Collateral),
			BorrowShares: uint256.MustFromBig(ev.BorrowShares)},
	}, true
}

// Debt is ceil(shares × index ÷ RAY), as the contract rounds a borrower's debt.
func (m *market) Debt(p protocol.Position, index *uint256.Int) (*uint256.Int, error) {
	return loanmath.ToDebt(p.BorrowShares, index)
}
