package api

import (
	"context"
	"fmt"
	"math/big"
	"net/http"

	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/indexdb/positions"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// TargetResponse is the body of /v1/markets/{market}/positions/{borrower}/target?ltv=…: how
// much collateral to add, or else how much debt to repay, to bring the open position to the
// target LTV at the latest indexed price (computed by package loanmath, rounded so that
// either gets the LTV to at most the target). Both are 0 when the LTV is already there.
type TargetResponse struct {
	Market             string   `json:"market"`
	Borrower           string   `json:"borrower"`
	TargetLTVWad       string   `json:"targetLtvWad"`
	TargetLTV          *float64 `json:"targetLtv"`
	LTVWad             string   `json:"ltvWad"`
	LTV                *float64 `json:"ltv"`
	CollateralToAdd    string   `json:"collateralToAdd"`
	CollateralDecimals uint8    `json:"collateralDecimals"`
	DebtToRepay        string   `json:"debtToRepay"`
	LoanDecimals       uint8    `json:"loanDecimals"`
	Price              string   `json:"price"` // feed units
	FeedDecimals       uint8    `json:"feedDecimals"`
	AsOfBlock          int64    `json:"asOfBlock"`
}

func (s *server) target(ctx context.Context, r *http.Request) (any, error) {
	p, err := newParams(r, "ltv")
	if err != nil {
		return nil, err
	}
	market, borrower, err := loanPath(r)
	if err != nil {
		return nil, err
	}
	raw := p.get("ltv")
	if raw == "" {
		return nil, errorf(http.StatusBadRequest, "ltv is required: the target LTV, a fraction such as 0.5 or a percentage such as 50%%")
	}
	targetBig, err := positions.ParseLTV(raw)
	if err != nil || targetBig.Sign() <= 0 || targetBig.Cmp(loanmath.WAD.ToBig()) >= 0 {
		return nil, badParam("ltv", raw, "want a target LTV above 0 and below 1, as a fraction such as 0.5 or a percentage such as 50%")
	}
	target := uint256.MustFromBig(targetBig)
	var resp TargetResponse
	err = s.readChain(ctx, func(tx pgx.Tx, chain int64) error {
		ps, err := positions.Query(ctx, tx, positions.Filter{ChainID: chain, Market: market, Borrower: borrower})
		if err != nil {
			return err
		}
		if len(ps) == 0 {
			return errorf(http.StatusNotFound, "borrower %s has no open position in market %s (GET /v1/positions lists them)", borrower.Hex(), market.Hex())
		}
		pos := ps[0]
		if pos.Price == nil || pos.LTV == nil {
			return errorf(http.StatusConflict, "market %s has no indexed price yet: no target can be computed until its feed has a round", market.Hex())
		}
		amounts, err := toU256(pos.Debt, pos.Collateral, pos.Price)
		if err != nil {
			return err
		}
		debt, collateral, price := amounts[0], amounts[1], amounts[2]
		scale := loanmath.NewScale(pos.CollateralDecimals, pos.LoanDecimals, pos.FeedDecimals)
		add, err := loanmath.CollateralToAddForLTV(debt, collateral, price, target, scale)
		if err != nil {
			return fmt.Errorf("collateral to add for LTV %s: %w", raw, err)
		}
		repay, err := loanmath.DebtToRepayForLTV(debt, collateral, price, target, scale)
		if err != nil {
			return fmt.Errorf("debt to repay for LTV %s: %w", raw, err)
		}
		resp = TargetResponse{
			Market: pos.MarketID.Hex(), Borrower: pos.Borrower.Hex(),
			TargetLTVWad: targetBig.String(), TargetLTV: units.Float(targetBig, 18),
			LTVWad: pos.LTV.String(), LTV: units.Float(pos.LTV, 18),
			CollateralToAdd: add.Dec(), CollateralDecimals: pos.CollateralDecimals,
			DebtToRepay: repay.Dec(), LoanDecimals: pos.LoanDecimals,
			Price: pos.Price.String(), FeedDecimals: pos.FeedDecimals, AsOfBlock: pos.AsOfBlock,
		}
		return nil
	})
	return resp, err
}

// toU256 converts amounts read from numeric(78,0) columns, which always fit.
func toU256(vs ...*big.Int) ([]*uint256.Int, error) {
	out := make([]*uint256.Int, len(vs))
	for i, v := range vs {
		u, overflow := uint256.FromBig(v)
		if overflow || v.Sign() < 0 {
			return nil, fmt.Errorf("amount %s does not fit in 256 bits", v)
		}
		out[i] = u
	}
	return out, nil
}
