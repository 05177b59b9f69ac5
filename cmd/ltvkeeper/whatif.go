package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/indexdb/positions"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/scenario"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// whatIf is a --what-if request: a price move and the LTV to get back to.
type whatIf struct {
	change scenario.Change
	target *uint256.Int // WAD
	// How the target was given (the flag or its variable) and as what, for errors.
	targetRef, targetText string
}

// whatIfOf validates --what-if and --target; nil without --what-if.
func whatIfOf(c *cli.Context) (*whatIf, error) {
	v := c.String(whatIfFlag.Name)
	if v == "" {
		if c.IsSet(whatIfTargetFlag.Name) {
			return nil, fmt.Errorf("%s %s needs --what-if: the target is what a price move would take to get back to", flagRef(c, whatIfTargetFlag.Name), c.String(whatIfTargetFlag.Name))
		}
		return nil, nil
	}
	ch, err := scenario.ParseChange(v)
	if err != nil {
		return nil, fmt.Errorf("%s %w", flagRef(c, whatIfFlag.Name), err)
	}
	// Checked as simulate checks it, against the default market's line here and against
	// each position's own market in rows.
	target, err := targetLTV(c, whatIfTargetFlag.Name, scenario.DefaultMarket().MarginCallLTV)
	if err != nil {
		return nil, err
	}
	return &whatIf{change: ch, target: target, targetRef: flagRef(c, whatIfTargetFlag.Name), targetText: c.String(whatIfTargetFlag.Name)}, nil
}

// whatIfRow is one position at the moved price; Point is nil without an indexed price.
type whatIfRow struct {
	Position positions.Position
	Point    *scenario.Point
}

// rows values each position at its latest indexed price moved by w.change, with its market's
// own lines, through the same math as simulate: ltvkeeper's rules for its markets, Morpho
// Blue's for a Morpho market's.
func (w whatIf) rows(ctx context.Context, db indexdb.Querier, ps []positions.Position) ([]whatIfRow, error) {
	out := make([]whatIfRow, 0, len(ps))
	for _, p := range ps {
		row := whatIfRow{Position: p}
		if p.Price != nil {
			pt, err := w.at(ctx, db, p)
			if err != nil {
				return nil, err
			}
			pt.Change = w.change
			row.Point = &pt
		}
		out = append(out, row)
	}
	return out, nil
}

// at is position p at its price moved by w.change.
func (w whatIf) at(ctx context.Context, db indexdb.Querier, p positions.Position) (scenario.Point, error) {
	m, err := marketOf(ctx, db, p)
	if err != nil {
		return scenario.Point{}, err
	}
	if !w.target.Lt(m.MarginCallLTV) {
		return scenario.Point{}, fmt.Errorf("market %s: %w", p.MarketID.Hex(), targetError(w.targetRef, w.targetText, m.MarginCallLTV))
	}
	price, err := w.change.Apply(uint256.MustFromBig(p.Price))
	if err != nil {
		return scenario.Point{}, err
	}
	collateral := uint256.MustFromBig(p.Collateral)
	if p.Protocol != indexdb.ProtocolMorphoBlue {
		return scenario.At(m, scenario.Loan{Collateral: collateral, Debt: uint256.MustFromBig(p.Debt), Cash: new(uint256.Int)}, price, w.target)
	}
	mk, err := indexdb.MorphoMarketLive(ctx, db, uint64(p.ChainID), p.MarketID)
	if err != nil {
		return scenario.Point{}, err
	}
	return scenario.MorphoAt(m, mk, loanmath.MorphoPosition{SupplyShares: new(uint256.Int), BorrowShares: uint256.MustFromBig(p.BorrowShares),
		Collateral: collateral}, price, w.target)
}

// writeWhatIf prints the rows as a table.
func writeWhatIf(out io.Writer, w whatIf, rows []whatIfRow) error {
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	to := scenario.FormatLTV(w.target)
	fmt.Fprintf(tw, "\nWHAT IF BTC MOVES %s\nMARKET\tPRICE (USD)\tLTV\tSTATUS\tTO %s: ADD (BTC)\tOR REPAY (USD)\tLIQUIDATION: REPAID (USD)\tSEIZED (BTC)\tBAD DEBT (USD)\n", w.change.Text, to)
	for _, r := range rows {
		p, pt := r.Position, r.Point
		if pt == nil {
			fmt.Fprintf(tw, "%s\tno price indexed yet\n", p.MarketID.Hex())
			continue
		}
		repaid, seized, bad := "-", "-", "-"
		if l := pt.Liquidation; l != nil {
			repaid, seized, bad = units.Format(l.Repaid.ToBig(), p.LoanDecimals), units.Format(l.Seized.ToBig(), p.CollateralDecimals), units.Format(l.BadDebt.ToBig(), p.LoanDecimals)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.MarketID.Hex(), units.Format(pt.Price.ToBig(), p.FeedDecimals),
			scenario.FormatLTV(pt.LTV), pt.Status, units.Format(pt.CollateralToAdd.ToBig(), p.CollateralDecimals),
			units.Format(pt.DebtToRepay.ToBig(), p.LoanDecimals), repaid, seized, bad)
	}
	return tw.Flush()
}

// whatIfJSON is --what-if in position --json: each position's market with its point at the
// moved price, in the form of simulate --json's points (no point without an indexed price).
type whatIfJSON struct {
	Change    string               `json:"change"`
	Target    *float64             `json:"target"`
	TargetWad string               `json:"targetWad"`
	Positions []whatIfPositionJSON `json:"positions"`
}

type whatIfPositionJSON struct {
	ChainID int64      `json:"chainId"`
	Market  string     `json:"market"`
	Point   *pointJSON `json:"point"` // null while the index has no price for the market
}

func whatIfJSONOf(w whatIf, rows []whatIfRow) *whatIfJSON {
	out := &whatIfJSON{Change: w.change.Text, Target: wadJSON(w.target), TargetWad: w.target.Dec(), Positions: []whatIfPositionJSON{}}
	for _, r := range rows {
		pj := whatIfPositionJSON{ChainID: r.Position.ChainID, Market: r.Position.MarketID.Hex()}
		if p := r.Point; p != nil {
			point := pointJSONOf(*p, r.Position.FeedDecimals)
			pj.Point = &point
		}
		out.Positions = append(out.Positions, pj)
	}
	return out
}

// marketOf reads a position's market parameters from the index.
func marketOf(ctx context.Context, db indexdb.Querier, p positions.Position) (scenario.Market, error) {
	im, err := indexdb.MarketByID(ctx, db, uint64(p.ChainID), p.MarketID)
	if err != nil {
		return scenario.Market{}, err
	}
	m := scenario.DefaultMarket()
	m.MaxBorrowLTV, m.MarginCallLTV, m.LiquidationLTV = im.MaxBorrowLTV, im.MarginCallLTV, im.LiquidationLTV
	m.LiquidationBonus, m.LiquidationTargetLTV = im.LiquidationBonus, im.LiquidationTargetLTV
	// A Morpho market's prices are its oracle's, at their decimals.
	m.Scale = loanmath.NewScale(im.CollateralDecimals, im.LoanDecimals, im.PriceDecimals())
	return m, nil
}
