package scenario

import (
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
		{"wrong header", "time,price\n1704067200,1\n", `line 1: header "time,price"`},
		{"timestamp not a number", head + "abc,42000\n", `line 3: timestamp "abc"`},
		{"close not a number", head + "1704070800,abc\n", `line 3: close "abc"`},
		{"negative close", head + "1704070800,-5\n", `line 3: close "-5"`},
		{"zero close", head + "1704070800,0\n", `line 3: close "0"`},
		{"too many decimals", head + "1704070800,1.123456789\n", `line 3: close "1.123456789"`},
		{"missing field", head + "1704070800\n", `line 3: "1704070800": want 2 fields`},
		{"gap", head + "1704074400,42000\n", "line 3: timestamp 1704074400: want 1704070800"},
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
