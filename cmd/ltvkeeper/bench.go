package main

import (
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/bench"
)

var benchCommand = &cli.Command{
	Name:   "bench",
	Usage:  "measure ltvkeeper and write bench/results.json and bench/results.md",
	Flags:  benchFlags,
	Action: runBench,
}

// benchSection is one part of the benchmark: its name for --sections, what it measures and
// how.
type benchSection struct {
	name, what string
	run        func() ([]bench.Figure, error)
}

func runBench(c *cli.Context) error {
	contracts := c.String("contracts")
	forge, err := filepath.Abs(filepath.Join(contracts, "tools", "node_modules", ".bin", "forge"))
	if err != nil {
		return err
	}
	versions := map[string]string{"ltvkeeper": version}
	if out, err := exec.Command(forge, "--version").Output(); err == nil {
		// "forge Version: 1.7.1-v1.7.1"
		if f := strings.Fields(string(out)); len(f) > 2 {
			versions["forge"] = f[2]
		}
	}
	r := bench.NewReport(versions)
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	sections := []benchSection{
		{"backfill", "the indexer's backfill against plain eth_getLogs and COPY", func() ([]bench.Figure, error) {
			return bench.Backfill(c.Context, bench.BackfillConfig{
				Borrowers: c.Int("borrowers"), Exe: exe, Log: slog.Default(),
				Concurrency: c.Int("index.concurrency"), RangeSize: c.Uint64("index.range-size"),
			})
		}},
		{"morpho", "the indexer's backfill of Morpho Blue with its default settings", func() ([]bench.Figure, error) {
			return bench.MorphoBackfill(c.Context, bench.MorphoBackfillConfig{Borrowers: c.Int("morpho.borrowers"), Exe: exe, Log: slog.Default()})
		}},
		{"live", "live latency: block to committed rows, with one block a second and a stream of transactions", func() ([]bench.Figure, error) {
			return bench.Live(c.Context, bench.LiveConfig{Log: slog.Default()})
		}},
		{"selection", "keeper selection at 100,000 and 1,000,000 positions", func() ([]bench.Figure, error) {
			return bench.Selection([]int{100_000, 1_000_000}, 21)
		}},
		{"reaction", "keeper reaction to one price update at 1, 100 and 1,000 liquidatable positions: flash liquidations in batches, the keeper holding no USDC", func() ([]bench.Figure, error) {
			return bench.Reaction(c.Context, bench.ReactionConfig{Log: slog.Default()})
		}},
		{"api", "the API's position listings at 100,000 positions with 50 requests in flight, then a mixed load of 20,000 requests with 64 in flight", func() ([]bench.Figure, error) {
			return bench.API(c.Context, bench.APIConfig{Log: slog.Default()})
		}},
		{"backtest", "backtest and advise over 100,000 hourly closes", func() ([]bench.Figure, error) {
			return bench.Backtest(c.Context, bench.BacktestConfig{Exe: exe, Hours: 100_000})
		}},
		{"gas", "contract gas with forge's gas report", func() ([]bench.Figure, error) {
			figs, err := bench.Gas(contracts, forge)
			if err != nil {
				return nil, fmt.Errorf("--contracts %s: %w", contracts, err)
			}
			return figs, nil
		}},
	}
	want := make(map[string]bool)
	for _, name := range c.StringSlice("sections") {
		want[name] = true
	}
	names := make([]string, len(sections))
	for i, s := range sections {
		names[i] = s.name
	}
	for name := range want {
		if !slices.Contains(names, name) {
			return fmt.Errorf("%s %s: no such section (the sections: %s)", flagRef(c, "sections"), name, strings.Join(names, ", "))
		}
	}
	for _, s := range sections {
		if !want[s.name] {
			continue
		}
		slog.Info("measuring " + s.what)
		figs, err := s.run()
		if err != nil {
			return fmt.Errorf("bench %s: %w", s.name, err)
		}
		r.Add(figs...)
	}
	out := c.String("out")
	if c.Bool("merge") {
		old, err := bench.ReadReport(out)
		if err != nil {
			return fmt.Errorf("%s: %w", flagRef(c, "merge"), err)
		}
		if old != nil {
			r.Keep(old)
		}
	}
	if err := r.Write(out); err != nil {
		return err
	}
	fmt.Fprint(c.App.Writer, r.Markdown())
	return nil
}
