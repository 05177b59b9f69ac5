package riskchart

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/data"
	"github.com/ltvkeeper/ltvkeeper/scenario"
)

// element is an SVG element as the test reads it back.
type element struct {
	name  string
	attrs map[string]string
	text  string
}

// parse reads doc as XML to the end, failing on anything that is not well-formed.
func parse(t *testing.T, doc []byte) []element {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = true
	var els []element
	depth, open := 0, false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, doc)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if depth == 0 && (tok.Name.Local != "svg" || tok.Name.Space != "http://www.w3.org/2000/svg") {
				t.Fatalf("root element %v, want svg in the SVG namespace", tok.Name)
			}
			depth++
			e := element{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			els = append(els, e)
			open = true
		case xml.EndElement:
			depth--
			open = false
		case xml.CharData:
			if open {
				els[len(els)-1].text += string(tok)
			}
		}
	}
	if depth != 0 || len(els) == 0 {
		t.Fatalf("unbalanced or empty document (depth %d, %d elements)", depth, len(els))
	}
	return els
}

func shippedBacktests(t *testing.T, m scenario.Market, ltvs []string, horizons []int) []scenario.Backtest {
	t.Helper()
	src, err := scenario.NewHourlyPrices(bytes.NewReader(data.BTCUSD), 0)
	if err != nil {
		t.Fatal(err)
	}
	var ls []*uint256.Int
	for _, s := range ltvs {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, uint256.NewInt(uint64(math.Round(v*1e4))*1e14))
	}
	bts, err := scenario.RunBacktests(context.Background(), m, src, ls, horizons)
	if err != nil {
		t.Fatal(err)
	}
	return bts
}

// The SVG is well-formed, and each curve's points, read back through the axes, are the
// backtest's shares at its LTVs; the worst window is marked where it liquidates.
func TestSVGCurvesAreTheNumbers(t *testing.T) {
	m := scenario.DefaultMarket()
	bts := shippedBacktests(t, m, []string{"0.1", "0.2", "0.3", "0.4", "0.5", "0.6"}, []int{7 * 24, 30 * 24, 90 * 24})
	c := FromBacktests("BTC loans, 2024", m, bts)
	var buf bytes.Buffer
	if err := WriteSVG(&buf, c); err != nil {
		t.Fatal(err)
	}
	els := parse(t, buf.Bytes())
	s := ScaleOf(c)
	if s.MaxLTV != 0.6 { // the worst windows liquidate from 55% and 57%
		t.Fatalf("scale to %v, want 0.6", s.MaxLTV)
	}
	const tol = 0.006 // coordinates are written to 0.01 of a unit
	curves, worst := 0, 0
	for _, e := range els {
		h, _ := strconv.Atoi(e.attrs["data-horizon"])
		var bt *scenario.Backtest
		for i := range bts {
			if bts[i].Horizon == h {
				bt = &bts[i]
			}
		}
		switch {
		case e.name == "polyline" && e.attrs["class"] == "curve":
			curves++
			if bt == nil {
				t.Fatalf("a curve of horizon %q, not one of the backtest's", e.attrs["data-horizon"])
			}
			pts := strings.Fields(e.attrs["points"])
			if len(pts) != len(bt.Results) {
				t.Fatalf("%s curve at %dh: %d points, want %d", e.attrs["data-kind"], h, len(pts), len(bt.Results))
			}
			for i, pt := range pts {
				xs, ys, _ := strings.Cut(pt, ",")
				x, _ := strconv.ParseFloat(xs, 64)
				y, _ := strconv.ParseFloat(ys, 64)
				r := bt.Results[i]
				want := r.LiquidationShare()
				if e.attrs["data-kind"] == "margin-call" {
					want = r.MarginCallShare()
				}
				if wx, wy := s.X(scenario.Float(r.LTV, 18)), s.Y(want); math.Abs(x-wx) > tol || math.Abs(y-wy) > tol {
					t.Errorf("%s curve at %dh, point %d: (%v, %v), want (%.3f, %.3f) for LTV %s at %.4f",
						e.attrs["data-kind"], h, i, x, y, wx, wy, scenario.FormatLTV(r.LTV), want)
				}
			}
		case e.name == "line" && e.attrs["class"] == "worst":
			worst++
			// The worst window's LTV, scaled to the liquidation line, is the marker's.
			cv := c.Curves[0]
			for _, cc := range c.Curves {
				if cc.Horizon == h {
					cv = cc
				}
			}
			ltv, _ := strconv.ParseFloat(e.attrs["data-ltv"], 64)
			if got, want := ltv, cv.Worst.LTV*0.8/cv.Worst.WorstLTV; math.Abs(got-want) > 1e-12 {
				t.Errorf("worst window at %dh marked at %v, want %v", h, got, want)
			}
			if x, _ := strconv.ParseFloat(e.attrs["x1"], 64); math.Abs(x-s.X(ltv)) > tol {
				t.Errorf("worst window at %dh drawn at x %v, want %v", h, x, s.X(ltv))
			}
		}
	}
	if curves != 6 || worst != 3 {
		t.Errorf("%d curves and %d worst-window marks, want 6 and 3", curves, worst)
	}
	// The worst window is the largest rise of any loan's LTV: loans from its mark up are
	// liquidated in some window, loans below it in none.
	for _, cv := range c.Curves {
		if cv.Worst.Move >= 0 {
			t.Errorf("worst window at %dh: a move of %+v", cv.Horizon, cv.Worst.Move)
		}
		for _, pt := range cv.Points {
			if liquidated := pt.Liquidation > 0; liquidated != (pt.LTV >= cv.Worst.LiquidatesFrom) {
				t.Errorf("at %dh a loan at %v is liquidated in %v of windows, but the worst window liquidates from %v", cv.Horizon, pt.LTV, pt.Liquidation, cv.Worst.LiquidatesFrom)
			}
		}
	}
}

// Titles and legends are escaped.
func TestSVGEscapes(t *testing.T) {
	m := scenario.DefaultMarket()
	bts := shippedBacktests(t, m, []string{"0.3"}, []int{24})
	var buf bytes.Buffer
	if err := WriteSVG(&buf, FromBacktests(`prices <"a&b">.csv`, m, bts)); err != nil {
		t.Fatal(err)
	}
	els := parse(t, buf.Bytes())
	found := false
	for _, e := range els {
		if e.name == "text" && strings.TrimSpace(e.text) == `prices <"a&b">.csv` {
			found = true
		}
	}
	if !found {
		t.Error("the title is not in the SVG as written")
	}
}
