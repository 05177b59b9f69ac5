// Package riskchart draws the odds of a margin call and of a liquidation by starting LTV,
// one curve per horizon, with each horizon's worst window marked, as a plain SVG: the
// chart of 'ltvkeeper backtest --svg' and the numbers behind the dashboard's risk panel.
package riskchart

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/ltvkeeper/ltvkeeper/scenario"
)

// Chart is what is drawn. Shares and LTVs are fractions (0.2 is 20%), for drawing only;
// the exact figures are the backtest's.
type Chart struct {
	Title          string
	MarginCallLTV  float64
	LiquidationLTV float64
	Curves         []Curve // one per horizon
}

// Curve is one horizon's odds at each starting LTV, in increasing LTV.
type Curve struct {
	Horizon int // hours
	Starts  int // windows of the horizon in the history
	Points  []Point
	Worst   Worst
}

// Point is the share of windows in which a loan opened at LTV reached the margin call and
// the liquidation line.
type Point struct {
	LTV, MarginCall, Liquidation float64
}

// Worst is the horizon's worst window: the largest rise of a loan's LTV over the horizon,
// as it happened to a loan opened at LTV. LiquidatesFrom is the lowest starting LTV that
// window would have taken to the liquidation line: LTV × liquidation LTV ÷ WorstLTV.
type Worst struct {
	Start, At       int64 // unix seconds
	Move            float64
	LTV, WorstLTV   float64
	LiquidatesFrom  float64
	StartPrice, End float64 // USD
}

// FromBacktests is the chart of backtests of the same LTVs at several horizons over m.
// The worst window of a horizon is that of the LTV below the margin call whose worst LTV
// rose the most in proportion (the largest fall of collateral against debt).
func FromBacktests(title string, m scenario.Market, bts []scenario.Backtest) Chart {
	c := Chart{
		Title:          title,
		MarginCallLTV:  scenario.Float(m.MarginCallLTV, 18),
		LiquidationLTV: scenario.Float(m.LiquidationLTV, 18),
	}
	for _, bt := range bts {
		cv := Curve{Horizon: bt.Horizon, Starts: bt.Starts}
		best := -1.0
		for _, r := range bt.Results {
			ltv := scenario.Float(r.LTV, 18)
			cv.Points = append(cv.Points, Point{LTV: ltv, MarginCall: r.MarginCallShare(), Liquidation: r.LiquidationShare()})
			worst := scenario.Float(r.WorstLTV, 18)
			if ltv <= 0 || (ltv >= c.MarginCallLTV && best >= 0) {
				continue
			}
			if rise := worst / ltv; rise > best {
				best = rise
				cv.Worst = Worst{
					Start: r.WorstStart, At: r.WorstAt, Move: r.Fall(), LTV: ltv, WorstLTV: worst,
					LiquidatesFrom: ltv * c.LiquidationLTV / worst,
					StartPrice:     scenario.Float(r.WorstStartPrice, scenario.FeedDecimals),
					End:            scenario.Float(r.WorstPrice, scenario.FeedDecimals),
				}
			}
		}
		c.Curves = append(c.Curves, cv)
	}
	return c
}

// The drawing's geometry: the plot is [left, width−right] × [top, height−bottom].
const (
	width, height            = 900, 460
	left, right, top, bottom = 60, 20, 40, 150
)

// colours of the horizons, in order; they repeat past the last.
var colours = []string{"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"}

// Scale maps LTVs and shares to the drawing's coordinates.
type Scale struct{ MaxLTV float64 }

// X is the horizontal coordinate of a starting LTV.
func (s Scale) X(ltv float64) float64 { return left + ltv/s.MaxLTV*(width-left-right) }

// Y is the vertical coordinate of a share.
func (s Scale) Y(share float64) float64 { return height - bottom - share*(height-top-bottom) }

// ScaleOf is the chart's scale: the largest LTV drawn, a point or a worst window's mark
// (at most 100%), rounded up to 10%.
func ScaleOf(c Chart) Scale {
	maxLTV := 0.1
	for _, cv := range c.Curves {
		for _, p := range cv.Points {
			maxLTV = max(maxLTV, p.LTV)
		}
		maxLTV = max(maxLTV, min(cv.Worst.LiquidatesFrom, 1))
	}
	return Scale{MaxLTV: math.Ceil(maxLTV*10-1e-9) / 10}
}

// Horizon names a horizon: "30d", or "36h" when not whole days.
func Horizon(hours int) string {
	if hours%24 == 0 {
		return fmt.Sprintf("%dd", hours/24)
	}
	return fmt.Sprintf("%dh", hours)
}

// HorizonWords names a horizon in a sentence: "30-day", or "36-hour" when not whole days.
func HorizonWords(hours int) string {
	if hours%24 == 0 {
		return fmt.Sprintf("%d-day", hours/24)
	}
	return fmt.Sprintf("%d-hour", hours)
}

// WriteSVG draws c as a standalone SVG document.
func WriteSVG(w io.Writer, c Chart) error {
	s := ScaleOf(c)
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	p(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", width, height, width, height)
	p(`<rect width="%d" height="%d" fill="#ffffff"/>`+"\n", width, height)
	p(`<text x="%d" y="22" font-size="15" font-weight="bold">%s</text>`+"\n", left, esc(c.Title))
	// Grid and axes.
	for i := 0; i <= 10; i++ {
		share := float64(i) / 10
		p(`<line x1="%d" x2="%d" y1="%s" y2="%s" stroke="#e5e5e5"/>`+"\n", left, width-right, f(s.Y(share)), f(s.Y(share)))
		p(`<text x="%d" y="%s" text-anchor="end">%d%%</text>`+"\n", left-6, f(s.Y(share)+4), i*10)
	}
	for l := 0.0; l <= s.MaxLTV+1e-9; l += 0.1 {
		p(`<line x1="%s" x2="%s" y1="%d" y2="%d" stroke="#e5e5e5"/>`+"\n", f(s.X(l)), f(s.X(l)), top, height-bottom)
		p(`<text x="%s" y="%d" text-anchor="middle">%.0f%%</text>`+"\n", f(s.X(l)), height-bottom+16, l*100)
	}
	p(`<text x="%d" y="%d" text-anchor="middle">starting LTV</text>`+"\n", (left+width-right)/2, height-bottom+32)
	p(`<text transform="translate(16 %d) rotate(-90)" text-anchor="middle">share of windows</text>`+"\n", (top+height-bottom)/2)
	for _, line := range []struct {
		ltv   float64
		label string
	}{{c.MarginCallLTV, "margin call"}, {c.LiquidationLTV, "liquidation"}} {
		if line.ltv > 0 && line.ltv <= s.MaxLTV {
			p(`<line class="threshold" x1="%s" x2="%s" y1="%d" y2="%d" stroke="#888" stroke-dasharray="2 3"/>`+"\n", f(s.X(line.ltv)), f(s.X(line.ltv)), top, height-bottom)
			p(`<text x="%s" y="%d" text-anchor="middle" fill="#666">%s %.0f%%</text>`+"\n", f(s.X(line.ltv)), top-4, line.label, line.ltv*100)
		}
	}
	// Curves: liquidation solid, margin call dashed; a dot on every point.
	for i, cv := range c.Curves {
		col := colours[i%len(colours)]
		for _, kind := range []string{"margin-call", "liquidation"} {
			var pts []string
			for _, pt := range cv.Points {
				share := pt.Liquidation
				if kind == "margin-call" {
					share = pt.MarginCall
				}
				pts = append(pts, f(s.X(pt.LTV))+","+f(s.Y(share)))
			}
			dash := ""
			if kind == "margin-call" {
				dash = ` stroke-dasharray="6 4"`
			}
			p(`<polyline class="curve" data-horizon="%d" data-kind="%s" points="%s" fill="none" stroke="%s" stroke-width="2"%s/>`+"\n",
				cv.Horizon, kind, strings.Join(pts, " "), col, dash)
			for _, pt := range pts {
				x, y, _ := strings.Cut(pt, ",")
				p(`<circle cx="%s" cy="%s" r="2.5" fill="%s"/>`+"\n", x, y, col)
			}
		}
		// The worst window: a marker at the lowest starting LTV it would have liquidated.
		if wst := cv.Worst; wst.WorstLTV > 0 {
			if x := wst.LiquidatesFrom; x <= s.MaxLTV {
				p(`<line class="worst" data-horizon="%d" data-ltv="%s" x1="%s" x2="%s" y1="%d" y2="%d" stroke="%s" stroke-dasharray="1 3" stroke-width="2"/>`+"\n",
					cv.Horizon, g(x), f(s.X(x)), f(s.X(x)), top, height-bottom, col)
				p(`<path d="M%s,%d l-5,-9 h10 z" fill="%s"/>`+"\n", f(s.X(x)), height-bottom, col)
			}
		}
	}
	// Legend: one line per horizon with its worst window.
	y := height - bottom + 54
	p(`<text x="%d" y="%d" fill="#444">solid: liquidated · dashed: margin-called · ▼ lowest starting LTV the worst window liquidates</text>`+"\n", left, y)
	for i, cv := range c.Curves {
		y += 18
		col := colours[i%len(colours)]
		wst := cv.Worst
		text := fmt.Sprintf("%s (%d windows)", Horizon(cv.Horizon), cv.Starts)
		if wst.WorstLTV > 0 {
			text += fmt.Sprintf(": worst %s → %s UTC, BTC %+.1f%%, LTV ×%.2f: liquidates loans from %.1f%%",
				day(wst.Start), day(wst.At), wst.Move*100, wst.WorstLTV/wst.LTV, wst.LiquidatesFrom*100)
		}
		p(`<line x1="%d" x2="%d" y1="%d" y2="%d" stroke="%s" stroke-width="3"/>`+"\n", left, left+22, y-4, y-4, col)
		p(`<text class="legend" data-horizon="%d" x="%d" y="%d">%s</text>`+"\n", cv.Horizon, left+28, y, esc(text))
	}
	p(`<text x="%d" y="%d" fill="#666" font-size="11">Overlapping windows are not independent, and the past bounds nothing.</text>`+"\n", left, height-8)
	p("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func f(v float64) string { return fmt.Sprintf("%.2f", v) }

func g(v float64) string { return fmt.Sprintf("%g", v) }

func day(sec int64) string { return time.Unix(sec, 0).UTC().Format("2006-01-02 15:04") }

func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
