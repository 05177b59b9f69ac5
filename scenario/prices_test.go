package scenario

import (
	"slices"
	"strings"
	"testing"
)

func TestBacktestScenarioReadPrices(t *testing.T) {
	p := mustPrices(t, "timestamp,close\n1704067200,42452.66\n1704070800,42594.68\n")
	if p.Len() != 2 || p.Times[0] != 1704070800 || p.Closes[1].Uint64() != 4259468000000 {
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
		{"gap too long to fill", head + "1709251200,42000\n", "line 3: timestamp 1709251200 is 1440 hours after the previous row"},
		{"negative timestamp", head + "-3600,42000\n", `line 3: timestamp "-3600"`},
		{"not on the hour", head + "1704070801,42000\n", "line 3: timestamp 1704070801: not the start of an hour"},
		{"bad quoting", head + "1704070800,\"42000\n", "line 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadPrices(strings.NewReader(tt.csv))
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
	}{
		{"no gap", "timestamp,close\n0,1\n3600,2\n", []int64{3600, 7200}, []uint64{1, 2}, 0},
		{"one hour missing", "timestamp,close\n0,1\n7200,3\n", []int64{3600, 7200, 10800}, []uint64{1, 1, 3}, 1},
		{"two gaps", "timestamp,close\n0,1\n10800,4\n18000,6\n", []int64{3600, 7200, 10800, 14400, 18000, 21600}, []uint64{1, 1, 1, 4, 4, 6}, 3},
		{"other column names and order", "price,extra,time\n1,x,1970-01-01T00:00:00Z\n2,y,1970-01-01T02:00:00Z\n", []int64{3600, 7200, 10800}, []uint64{1, 1, 2}, 1},
		{"milliseconds", "timestamp,close\n1704067200000,5\n1704070800000,6\n", []int64{1704070800, 1704074400}, []uint64{5, 6}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustPrices(t, tt.csv)
			closes := make([]uint64, p.Len())
			for i := range p.Closes {
				closes[i] = p.Closes[i].Uint64() / 1e8
			}
			if !slices.Equal(p.Times, tt.wantTimes) || !slices.Equal(closes, tt.wantCloses) || p.Filled != tt.wantFilled {
				t.Fatalf("times %v closes %v filled %d, want %v %v %d", p.Times, closes, p.Filled, tt.wantTimes, tt.wantCloses, tt.wantFilled)
			}
		})
	}
}

// TestReadPriceRowsIrregular: the row reader keeps irregular spacing as it is.
func TestReadPriceRowsIrregular(t *testing.T) {
	rows, err := ReadPriceRows(strings.NewReader("timestamp,close\n100,1\n130,2.5\n1000,3\n"))
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
}
