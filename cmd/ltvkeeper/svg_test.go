package main

import (
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// backtest --svg writes a well-formed chart with a curve per horizon and kind; bad input
// of every kind the backtest refuses leaves no file.
func TestBacktestSVG(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "odds.svg")
	mustRun(t, "backtest", "--horizon", "7d,30d", "--svg", out)
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(strings.NewReader(string(raw)))
	curves := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "polyline" {
			curves++
		}
	}
	if curves != 4 {
		t.Errorf("%d curves, want 4 (2 horizons × margin call and liquidation)", curves)
	}

	unsorted := writeCSV(t, "timestamp,close\n1704070800,100\n1704067200,90\n1704074400,80\n")
	duplicate := writeCSV(t, "timestamp,close\n1704067200,100\n1704067200,90\n1704070800,80\n")
	negative := writeCSV(t, "timestamp,close\n1704067200,100\n1704070800,-90\n")
	gap := writeCSV(t, hourlyCSV(50, 25, 30))
	short := writeCSV(t, hourlyCSV(10, 0, 0))
	for _, args := range [][]string{
		{"--prices", unsorted, "--horizon", "1h"},
		{"--prices", duplicate, "--horizon", "1h"},
		{"--prices", negative, "--horizon", "1h"},
		{"--prices", gap, "--horizon", "2h", "--max-gap", "1d"}, // explicit: another test sets it through the environment
		{"--prices", short, "--horizon", "1d"},
		{"--reserve-btc", "-1"},
		{"--horizon", "400d"},
		{"--ltv", "0.7"},
	} {
		bad := filepath.Join(dir, "bad.svg")
		if _, err := runApp(t, append([]string{"backtest", "--svg", bad}, args...)...); err == nil {
			t.Errorf("backtest %v: no error", args)
		}
		if _, err := os.Stat(bad); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("backtest %v: left %s (%v)", args, bad, err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d files, want only odds.svg (no temporary files left)", len(entries))
	}
	if _, err := runApp(t, "backtest", "--svg", filepath.Join(dir, "no", "such", "odds.svg")); err == nil || !strings.Contains(err.Error(), "no folder") {
		t.Errorf("--svg into a missing folder: %v, want the folder named", err)
	}
}
