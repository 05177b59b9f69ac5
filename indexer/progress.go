package indexer

import (
	"fmt"
	"log/slog"
	"os"
	"time"
)

// progress reports a backfill: a live line on a terminal, a log line every few seconds
// otherwise.
type progress struct {
	from, to   uint64
	started    time.Time
	lastReport time.Time
	events     int
	terminal   bool
}

const progressEvery = 5 * time.Second

func (p *progress) start(from, to uint64) {
	*p = progress{from: from, to: to, started: time.Now(), lastReport: time.Now()}
	if fi, err := os.Stderr.Stat(); err == nil {
		p.terminal = fi.Mode()&os.ModeCharDevice != 0
	}
}

func (p *progress) advance(log *slog.Logger, block uint64, events int) {
	p.events += events
	if p.to == 0 || block > p.to {
		return // following the head, not backfilling
	}
	done := block == p.to
	if !done && time.Since(p.lastReport) < progressEvery && !p.terminal {
		return
	}
	if !done && p.terminal && time.Since(p.lastReport) < 200*time.Millisecond {
		return
	}
	p.lastReport = time.Now()
	elapsed := time.Since(p.started).Seconds()
	blocks := float64(block - p.from + 1)
	eta := time.Duration(float64(p.to-block) / blocks * elapsed * float64(time.Second)).Round(time.Second)
	if p.terminal {
		fmt.Fprintf(os.Stderr, "\rbackfill: block %d of %d (%.1f%%), %d events, %.0f events/s, %.0f blocks/s, ETA %s   ",
			block, p.to, 100*blocks/float64(p.to-p.from+1), p.events, float64(p.events)/elapsed, blocks/elapsed, eta)
		if done {
			fmt.Fprintln(os.Stderr)
		}
		return
	}
	log.Info("backfill", "block", block, "to", p.to, "events", p.events,
		"events_per_s", int(float64(p.events)/elapsed), "blocks_per_s", int(blocks/elapsed), "eta", eta)
}
