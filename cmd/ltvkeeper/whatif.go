package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/positions"
	"github.com/ltvkeeper/ltvkeeper/scenario"
	"github.com/ltvkeeper/ltvkeeper/units"
)

var whatIfFlag = &cli.StringFlag{
	Name: "what-if", Category: "OUTPUT", EnvVars: envVar("what-if"),
	Usage: "also show each position after a BTC price move, e.g. -30% (LTV, status, what restores 20%, the liquidation)",
}

// writeWhatIf prints each position at its latest indexed price moved by change, with its
// market's own lines, through the same math as simulate.
func writeWhatIf(ctx context.Context, w io.Writer, db positions.DB, ps []positions.Position, change scenario.Change) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "\nWHAT IF BTC MOVES %s\nMARKET\tPRICE (USD)\tLTV\tSTATUS\tTO 20%%: ADD (BTC)\tOR REPAY (USD)\tLIQUIDATION: REPAID (USD)\tSEIZED (BTC)\tBAD DEBT (USD)\n", change.Text)
	target := uint256.NewInt(2e17)
	for _, p := range ps {
		if p.Price == nil {
			fmt.Fprintf(tw, "%s\tno price indexed yet\n", p.Market.Hex())
			continue
		}
		m, err := marketOf(ctx, db, p)
		if err != nil {
			return err
		}
		price, err := change.Apply(uint256.MustFromBig(p.Price))
		if err != nil {
			return err
		}
		pt, err := scenario.At(m, scenario.Loan{Collateral: uint256.MustFromBig(p.Collateral), Debt: uint256.MustFromBig(p.Debt), Cash: new(uint256.Int)}, price, target)
		if err != nil {
			return err
		}
		repaid, seized, bad := "-", "-", "-"
		if l := pt.Liquidation; l != nil {
			repaid, seized, bad = units.Format(l.Repaid.ToBig(), p.LoanDecimals), units.Format(l.Seized.ToBig(), p.CollateralDecimals), units.Format(l.BadDebt.ToBig(), p.LoanDecimals)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.Market.Hex(), units.Format(price.ToBig(), p.FeedDecimals),
			scenario.FormatLTV(pt.LTV), pt.Status, units.Format(pt.CollateralToAdd.ToBig(), p.CollateralDecimals),
			units.Format(pt.DebtToRepay.ToBig(), p.LoanDecimals), repaid, seized, bad)
	}
	return tw.Flush()
}

// marketOf reads a position's market parameters from the index.
func marketOf(ctx context.Context, db positions.DB, p positions.Position) (scenario.Market, error) {
	m := scenario.DefaultMarket()
	rows, err := db.Query(ctx, `SELECT max_borrow_ltv::text, margin_call_ltv::text, liquidation_ltv::text, liquidation_bonus::text,
		liquidation_target_ltv::text FROM markets WHERE chain_id = $1 AND market = $2`, p.ChainID, p.Market.Bytes())
	if err != nil {
		return m, err
	}
	defer rows.Close()
	if !rows.Next() {
		return m, fmt.Errorf("market %s is not in the index", p.Market.Hex())
	}
	var v [5]string
	if err := rows.Scan(&v[0], &v[1], &v[2], &v[3], &v[4]); err != nil {
		return m, err
	}
	m.MaxBorrowLTV, m.MarginCallLTV, m.LiquidationLTV = uint256.MustFromDecimal(v[0]), uint256.MustFromDecimal(v[1]), uint256.MustFromDecimal(v[2])
	m.LiquidationBonus, m.LiquidationTargetLTV = uint256.MustFromDecimal(v[3]), uint256.MustFromDecimal(v[4])
	m.Scale = loanmathScale(p)
	return m, rows.Err()
}

func loanmathScale(p positions.Position) loanmath.Scale {
	return loanmath.NewScale(p.CollateralDecimals, p.LoanDecimals, p.FeedDecimals)
}
