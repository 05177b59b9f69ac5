package indexer

import "testing"

// TestDeferralWorthIt: a backfill defers the indexes when it is expected, at the rate of its
// ranges so far, to bring at least the threshold and more events than the index held.
func TestDeferralWorthIt(t *testing.T) {
	for _, c := range []struct {
		name      string
		d         deferral
		at        uint64
		threshold int64
		want      bool
	}{
		{"a fresh index, 300,000 events on the way", deferral{from: 1, to: 300, events: 10_000}, 10, 50_000, true},
		{"too few events on the way", deferral{from: 1, to: 300, events: 100}, 10, 50_000, false},
		{"an index holding more than is coming", deferral{from: 1, to: 300, held: 1_000_000, events: 10_000}, 10, 50_000, false},
		{"at the backfill's last range", deferral{from: 1, to: 300, events: 300_000}, 300, 50_000, false},
		{"deferral off", deferral{from: 1, to: 300, events: 10_000}, 10, -1, false},
		{"a threshold of one event", deferral{from: 1, to: 300, events: 1}, 100, 1, true},
	} {
		if got := c.d.worthIt(c.at, c.threshold); got != c.want {
			t.Errorf("%s: worthIt(%d, %d) = %v, want %v", c.name, c.at, c.threshold, got, c.want)
		}
	}
}
