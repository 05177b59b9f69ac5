package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"

	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/riskchart"
	"github.com/ltvkeeper/ltvkeeper/scenario"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// Risk is the odds table the API serves at /v1/risk and beside each position: loans at
// every starting LTV of a fine grid, backtested over a price history. Whoever starts the
// API computes it (it takes a few seconds) and Sets it once; until then the risk endpoint
// answers 503 and positions carry no odds.
type Risk struct {
	Source string // the price history, for the response

	mu    sync.RWMutex
	set   bool
	table *scenario.RiskTable
	err   error
}

// NewRisk is a risk table to be computed over the price history source.
func NewRisk(source string) *Risk { return &Risk{Source: source} }

// Set records the computed table, or why there is none. Only the first call counts.
func (r *Risk) Set(t *scenario.RiskTable, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.set {
		return
	}
	r.set, r.table, r.err = true, t, err
}

// get is the table; nil with a nil error while it is being computed.
func (r *Risk) get() (*scenario.RiskTable, error) {
	if r == nil {
		return nil, errRiskOff
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.table, r.err
}

var errRiskOff = errors.New("this server computes no risk table")

// riskNote says what the odds are and are not.
const riskNote = "Shares of overlapping windows of one price history, for a loan left alone: overlapping windows are not independent, and the past bounds nothing."

// RiskResponse is the body of /v1/risk: for each horizon, the share of windows of the
// price history in which a loan opened at each starting LTV of the grid, and left alone,
// reached the margin call and the liquidation line, and the horizon's worst window.
type RiskResponse struct {
	Prices         string        `json:"prices"`
	From           int64         `json:"from"` // unix seconds: the first and last hourly close
	To             int64         `json:"to"`
	Hours          int           `json:"hours"`
	StepLTVWad     string        `json:"stepLtvWad"` // the grid's spacing
	StepLTV        *float64      `json:"stepLtv"`
	MarginCallLTV  *float64      `json:"marginCallLtv"`
	LiquidationLTV *float64      `json:"liquidationLtv"`
	BorrowRate     *float64      `json:"borrowRate"` // annual, the debt's growth in the backtest
	Horizons       []RiskHorizon `json:"horizons"`
	Note           string        `json:"note"`
}

// RiskHorizon is one horizon of the risk table.
type RiskHorizon struct {
	Hours  int         `json:"hours"`
	Days   float64     `json:"days"`
	Starts int         `json:"starts"` // windows of this length in the history
	Points []RiskPoint `json:"points"` // by starting LTV, increasing
	Worst  RiskWorst   `json:"worst"`
}

// RiskPoint is the odds at one starting LTV.
type RiskPoint struct {
	LTVWad           string   `json:"ltvWad"`
	LTV              *float64 `json:"ltv"`
	MarginCalls      int      `json:"marginCalls"`
	Liquidations     int      `json:"liquidations"`
	MarginCallShare  float64  `json:"marginCallShare"`
	LiquidationShare float64  `json:"liquidationShare"`
}

// RiskWorst is a horizon's worst window (see riskchart.Worst): LiquidatesFrom is the lowest
// starting LTV it would have taken to the liquidation line.
type RiskWorst struct {
	Start          int64   `json:"start"`
	At             int64   `json:"at"`
	Move           float64 `json:"move"` // BTC's move over it, −0.3 is a 30% fall
	LiquidatesFrom float64 `json:"liquidatesFrom"`
}

func (s *server) risk(ctx context.Context, r *http.Request) (any, error) {
	if _, err := newParams(r); err != nil {
		return nil, err
	}
	t, err := s.riskTable()
	if err != nil {
		return nil, err
	}
	return s.riskResponse(t), nil
}

// riskTable is the table, or the error a request for it gets.
func (s *server) riskTable() (*scenario.RiskTable, error) {
	t, err := s.opts.Risk.get()
	switch {
	case errors.Is(err, errRiskOff):
		return nil, errorf(http.StatusNotFound, "no risk table: this server was started without one")
	case err != nil:
		return nil, errorf(http.StatusInternalServerError, "the risk table could not be computed: %v", err)
	case t == nil:
		return nil, errorf(http.StatusServiceUnavailable, "the risk table is being computed from the price history: try again in a few seconds")
	}
	return t, nil
}

// riskResponse is built once per table: the table never changes.
func (s *server) riskResponse(t *scenario.RiskTable) *RiskResponse {
	s.riskOnce.Do(func() {
		m := t.Market
		bt := t.Horizons[0]
		resp := &RiskResponse{
			Prices: s.opts.Risk.Source, From: bt.From, To: bt.To, Hours: bt.Hours,
			StepLTVWad: t.Step.Dec(), Note: riskNote,
		}
		_, resp.StepLTV = units.Number(t.Step.ToBig(), 18)
		_, resp.MarginCallLTV = units.Number(m.MarginCallLTV.ToBig(), 18)
		_, resp.LiquidationLTV = units.Number(m.LiquidationLTV.ToBig(), 18)
		_, resp.BorrowRate = units.Number(m.BorrowRate.ToBig(), 18)
		chart := riskchart.FromBacktests("", m, t.Horizons)
		for i, bt := range t.Horizons {
			h := RiskHorizon{Hours: bt.Horizon, Days: float64(bt.Horizon) / 24, Starts: bt.Starts, Points: make([]RiskPoint, 0, len(bt.Results))}
			for _, r := range bt.Results {
				p := RiskPoint{LTVWad: r.LTV.Dec(), MarginCalls: r.MarginCalls, Liquidations: r.Liquidations,
					MarginCallShare: r.MarginCallShare(), LiquidationShare: r.LiquidationShare()}
				_, p.LTV = units.Number(r.LTV.ToBig(), 18)
				h.Points = append(h.Points, p)
			}
			w := chart.Curves[i].Worst
			h.Worst = RiskWorst{Start: w.Start, At: w.At, Move: w.Move, LiquidatesFrom: w.LiquidatesFrom}
			resp.Horizons = append(resp.Horizons, h)
		}
		s.riskResp = resp
	})
	return s.riskResp
}

// PositionRisk is what the price history says about a loan at the position's LTV, read from
// the risk table at the grid point at or above it (a higher starting LTV is never safer, so
// the odds are rounded up by at most one step of the grid).
type PositionRisk struct {
	LTVWad     string         `json:"ltvWad"` // the position's
	GridLTVWad string         `json:"gridLtvWad"`
	GridLTV    *float64       `json:"gridLtv"`
	Prices     string         `json:"prices"`
	From       int64          `json:"from"`
	To         int64          `json:"to"`
	Odds       []PositionOdds `json:"odds"` // one per horizon of the table
	Note       string         `json:"note"`
}

// PositionOdds is one horizon's odds for a loan at the position's LTV.
type PositionOdds struct {
	Hours            int     `json:"hours"`
	Days             float64 `json:"days"`
	Windows          int     `json:"windows"`
	MarginCalls      int     `json:"marginCalls"`
	Liquidations     int     `json:"liquidations"`
	MarginCallShare  float64 `json:"marginCallShare"`
	LiquidationShare float64 `json:"liquidationShare"`
	Text             string  `json:"text"`
}

// positionRisk is the odds of a position at ltv in market m, or why there are none.
func (s *server) positionRisk(m indexdb.Market, ltv *uint256.Int) (*PositionRisk, string) {
	t, err := s.riskTable()
	if err != nil {
		return nil, err.Error()
	}
	if !m.MarginCallLTV.Eq(t.Market.MarginCallLTV) || !m.LiquidationLTV.Eq(t.Market.LiquidationLTV) {
		return nil, fmt.Sprintf("the risk table is for markets with a margin call at %s and liquidation at %s; this market's are %s and %s",
			scenario.FormatLTV(t.Market.MarginCallLTV), scenario.FormatLTV(t.Market.LiquidationLTV), scenario.FormatLTV(m.MarginCallLTV), scenario.FormatLTV(m.LiquidationLTV))
	}
	grid, odds, err := t.At(ltv)
	if err != nil {
		return nil, fmt.Sprintf("no odds: the position's LTV %s is past the liquidation line", scenario.FormatLTV(ltv))
	}
	bt := t.Horizons[0]
	out := &PositionRisk{LTVWad: ltv.Dec(), GridLTVWad: grid.Dec(), Prices: s.opts.Risk.Source, From: bt.From, To: bt.To, Note: riskNote}
	_, out.GridLTV = units.Number(grid.ToBig(), 18)
	for i, r := range odds {
		h := t.Horizons[i].Horizon
		o := PositionOdds{Hours: h, Days: float64(h) / 24, Windows: r.Starts, MarginCalls: r.MarginCalls, Liquidations: r.Liquidations,
			MarginCallShare: r.MarginCallShare(), LiquidationShare: r.LiquidationShare()}
		o.Text = fmt.Sprintf("in the price history, a loan at this LTV was margin-called in %s and liquidated in %s of %d %s windows",
			percent(o.MarginCallShare), percent(o.LiquidationShare), r.Starts, riskchart.HorizonWords(h))
		out.Odds = append(out.Odds, o)
	}
	return out, ""
}

// percent prints a share for people: 0%, 0.03%, 12.4%.
func percent(f float64) string {
	switch {
	case f == 0:
		return "0%"
	case f < 0.01:
		return fmt.Sprintf("%.2f%%", f*100)
	}
	return fmt.Sprintf("%.1f%%", f*100)
}
