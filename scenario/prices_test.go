package scenario

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestBacktestScenarioReadPrices(t *testing.T) {
	p := mustPrices(t, "timestamp,close\n1704067200,42452.66\n1704070800,42594.68\n")
	if len(p.times) != 2 || p.rows != 2 || p.times[0] != 1704070800 || p.closes[1].Uint64() != 4259468000000 {
		t.Fatalf("prices = %+v", p)
	}
}

func TestBacktestScenarioMalformedPrices(t *testing.T) {
	const head = "timestamp,close\n1704067200,42452.66\n"
	tests := []struct {
		name, csv, want string
	}{
		{"empty", "", "empty file"},
		{"header only", "timestamp,close\n", "no prices"},
		{"wrong header", "when,value\n1704067200,1\n", `line 1: header "when,value"`},
		{"timestamp not a number", head + "abc,42000\n", `line 3: timestamp "abc"`},
		{"close not a number", head + "1704070800,abc\n", `line 3: close "abc"`},
		{"negative close", head + "1704070800,-5\n", `line 3: close "-5"`},
		{"zero close", head + "1704070800,0\n", `line 3: close "0"`},
		{"too many decimals", head + "1704070800,1.123456789\n", `line 3: close "1.123456789"`},
		{"missing field", head + "1704070800\n", `line 3: "1704070800": want 2 fields`},
		{"out of order", head + "1704063600,42000\n", "line 3: timestamp 1704063600 is not after the previous row's 1704067200"},
		{"repeated hour", head + "1704067200,42000\n", "line 3: timestamp 1704067200 is not after"},
		{"gap longer than a day", head + "1709251200,42000\n", "lines 2-3: no prices from timestamp 1704067200 to 1709251200"},
		{"negative timestamp", head + "-3600,42000\n", `line 3: timestamp "-3600"`},
		{"not on the hour", head + "1704070801,42000\n", "line 3: timestamp 1704070801: not the start of an hour"},
		{"bad quoting", head + "1704070800,\"42000\n", "line 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readHourly(strings.NewReader(tt.csv), 0)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestBacktestScenarioPricesFillGaps: a missing hour takes the previous close, and the file
// may name its columns as the devnet's replay accepts them.
func TestBacktestScenarioPricesFillGaps(t *testing.T) {
	tests := []struct {
		name       string
		csv        string
		wantTimes  []int64
		wantCloses []uint64 // dollars
		wantFilled int
		wantGaps   int
	}{
		{"no gap", "timestamp,close\n0,1\n3600,2\n", []int64{3600, 7200}, []uint64{1, 2}, 0, 0},
		{"one hour missing", "timestamp,close\n0,1\n7200,3\n", []int64{3600, 7200, 10800}, []uint64{1, 1, 3}, 1, 1},
		{"two gaps", "timestamp,close\n0,1\n10800,4\n18000,6\n", []int64{3600, 7200, 10800, 14400, 18000, 21600}, []uint64{1, 1, 1, 4, 4, 6}, 3, 2},
		{"other column names and order", "price,extra,time\n1,x,1970-01-01T00:00:00Z\n2,y,1970-01-01T02:00:00Z\n", []int64{3600, 7200, 10800}, []uint64{1, 1, 2}, 1, 1},
		{"milliseconds", "timestamp,close\n1704067200000,5\n1704070800000,6\n", []int64{1704070800, 1704074400}, []uint64{5, 6}, 0, 0},
		{"a day apart", "timestamp,close\n0,1\n86400,2\n", append(hoursFrom(3600, 24), 90000), append(slices.Repeat([]uint64{1}, 24), 2), 23, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustPrices(t, tt.csv)
			closes := make([]uint64, len(p.closes))
			for i := range p.closes {
				closes[i] = p.closes[i].Uint64() / 1e8
			}
			if !slices.Equal(p.times, tt.wantTimes) || !slices.Equal(closes, tt.wantCloses) || p.filled != tt.wantFilled || p.gaps != tt.wantGaps {
				t.Fatalf("times %v closes %v filled %d in %d gaps, want %v %v %d in %d", p.times, closes, p.filled, p.gaps, tt.wantTimes, tt.wantCloses, tt.wantFilled, tt.wantGaps)
			}
		})
	}
}

func hoursFrom(start int64, n int) []int64 {
	out := make([]int64, n)
	for i := range out {
		out[i] = start + int64(i)*Hour
	}
	return out
}

// TestBacktestScenarioMaxGap: a gap longer than the maximum is refused with the lines, the
// timestamps, its length and the --max-gap that would accept it; a larger maximum fills it.
func TestBacktestScenarioMaxGap(t *testing.T) {
	// 8 days without prices after line 3.
	const csv = "timestamp,close\n1722470400,64000\n1722474000,64500\n1723165200,55000\n1723168800,55100\n"
	_, err := readHourly(strings.NewReader(csv), 0)
	var gap *GapError
	if !errors.As(err, &gap) {
		t.Fatalf("error = %v, want a *GapError", err)
	}
	for _, want := range []string{"lines 3-4", "1722474000 to 1723165200", "2024-08-01 01:00 to 2024-08-09 01:00 UTC", "a gap of 8d,", "longer than --max-gap 1d:", "allow it with --max-gap 8d"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	p, err := readHourly(strings.NewReader(csv), 8*24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if p.rows != 4 || len(p.times) != 4+8*24-1 || p.filled != 8*24-1 || p.gaps != 1 {
		t.Fatalf("%d rows, %d hours, %d filled in %d gaps; want 4, %d, %d in 1", p.rows, len(p.times), p.filled, p.gaps, 4+8*24-1, 8*24-1)
	}
	// A gap of a day and an hour asks for 2d; a maximum under a day is named in hours.
	for _, tt := range []struct {
		csv    string
		maxGap time.Duration
		want   string
	}{
		{"timestamp,close\n0,1\n90000,2\n", 0, "--max-gap 2d"},
		{"timestamp,close\n0,1\n18000,2\n", 2 * time.Hour, "a gap of 5h, longer than --max-gap 2h: fill the gap in the file, or allow it with --max-gap 5h"},
	} {
		if _, err := readHourly(strings.NewReader(tt.csv), tt.maxGap); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("error = %v, want one containing %q", err, tt.want)
		}
	}
}

// TestReadPriceRowsIrregular: the row reader keeps irregular spacing as it is, within the
// maximum gap.
func TestReadPriceRowsIrregular(t *testing.T) {
	rows, err := ReadPriceRows(strings.NewReader("timestamp,close\n100,1\n130,2.5\n1000,3\n"), 0)
	if err != nil {
		t.Fatal(err)
	}
	got := make([]int64, len(rows))
	for i, r := range rows {
		got[i] = r.Time
	}
	if !slices.Equal(got, []int64{100, 130, 1000}) || rows[1].Close.Uint64() != 250_000_000 || rows[2].Line != 4 {
		t.Fatalf("rows = %+v", rows)
	}
	if _, err := ReadPriceRows(strings.NewReader("timestamp,close\n100,1\n130,2.5\n1000,3\n"), 10*time.Minute); err == nil || !strings.Contains(err.Error(), "lines 3-4") {
		t.Fatalf("870 s apart with a 10 minute maximum: %v, want a gap error", err)
	}
}

// generated is an hourly price file of n rows written as it is read, never whole in memory.
type generated struct {
	n, next int
	buf     []byte
}

func newGenerated(n int) *generated {
	return &generated{n: n, buf: []byte("timestamp,close\n")}
}

func (g *generated) Read(b []byte) (int, error) {
	for len(g.buf) < len(b) && g.next < g.n {
		// A slow wave between $40,000 and $60,000.
		g.buf = fmt.Appendf(g.buf, "%d,%d.%02d\n", 1704067200+int64(g.next)*Hour, 50000+(g.next%2000-1000)*10, g.next%100)
		g.next++
	}
	if len(g.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(b, g.buf)
	g.buf = g.buf[:copy(g.buf, g.buf[n:])]
	return n, nil
}

// TestPriceReaderStreams: the reader hands out rows while the file is still being written,
// long before its end.
func TestPriceReaderStreams(t *testing.T) {
	g := newGenerated(1_000_000)
	pr, err := NewPriceReader(g, 0)
	if err != nil {
		t.Fatal(err)
	}
	for range 1000 {
		if _, err := pr.Next(); err != nil {
			t.Fatal(err)
		}
	}
	if g.next > 10_000 {
		t.Fatalf("%d rows generated to read 1,000: the reader reads ahead of what it hands out", g.next)
	}
}
