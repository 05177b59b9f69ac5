package feeds

import (
	"math/big"
	"testing"
)

// TestRoundID: a proxy's round id is phaseId << 64 | the aggregator's round id (Chainlink's
// EACAggregatorProxy addPhase), and splits back; phase 0 leaves the round as it is.
func TestRoundID(t *testing.T) {
	maxRound := new(big.Int).SetUint64(^uint64(0))
	for _, tt := range []struct {
		phase uint16
		round *big.Int
		want  string
	}{
		{0, big.NewInt(7), "7"},
		{1, big.NewInt(1), "18446744073709551617"},
		{2, big.NewInt(5), "36893488147419103237"},
		{65535, maxRound, "1208925819614629174706175"},
	} {
		id := RoundID(tt.phase, tt.round)
		if id.String() != tt.want {
			t.Errorf("RoundID(%d, %s) = %s, want %s", tt.phase, tt.round, id, tt.want)
		}
		phase, round := SplitRoundID(id)
		if phase != tt.phase || round.Cmp(tt.round) != 0 {
			t.Errorf("SplitRoundID(%s) = %d, %s; want %d, %s", id, phase, round, tt.phase, tt.round)
		}
	}
}

// TestAtBound: an answer at or beyond either bound is at the bound; without bounds none is.
func TestAtBound(t *testing.T) {
	s := Source{MinAnswer: big.NewInt(100), MaxAnswer: big.NewInt(1000)}
	for _, tt := range []struct {
		answer int64
		want   bool
	}{{99, true}, {100, true}, {101, false}, {999, false}, {1000, true}, {1001, true}} {
		if got := s.AtBound(big.NewInt(tt.answer)); got != tt.want {
			t.Errorf("AtBound(%d) = %v, want %v", tt.answer, got, tt.want)
		}
	}
	if (Source{}).AtBound(big.NewInt(1)) {
		t.Error("a source without bounds says an answer is at its bound")
	}
}
