package main

import (
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/bench"
)

var benchCommand = &cli.Command{
	Name:  "bench",
	Usage: "measure ltvkeeper and write bench/results.json and bench/results.md",
	Flags: []cli.Flag{
		&cli.StringFlag{
			Name: "out", Value: "bench", Category: catBench, EnvVars: envVar("bench.out"), TakesFile: true,
			Usage: "directory for results.json and results.md",
		},
		&cli.StringFlag{
			Name: "contracts", Value: "contracts", Category: catBench, EnvVars: envVar("bench.contracts"), TakesFile: true,
			Usage: "the Foundry project, for the gas report",
		},
		&cli.IntFlag{
			Name: "borrowers", Value: 100_000, Category: catBench, EnvVars: envVar("bench.borrowers"),
			Usage: "positions in the indexer's fixture (three market events each)",
		},
	},
	Action: runBench,
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
	slog.Info("measuring the indexer's backfill against plain eth_getLogs and COPY", "borrowers", c.Int("borrowers"))
	figs, err := bench.Backfill(c.Context, bench.BackfillConfig{Borrowers: c.Int("borrowers"), Exe: exe, Log: slog.Default()})
	if err != nil {
		return err
	}
	r.Add(figs...)
	slog.Info("measuring keeper selection at 100,000 and 1,000,000 positions")
	figs, err = bench.Selection([]int{100_000, 1_000_000}, 21)
	if err != nil {
		return err
	}
	r.Add(figs...)
	slog.Info("measuring contract gas with forge's gas report")
	if figs, err = bench.Gas(contracts, forge); err != nil {
		return fmt.Errorf("--contracts %s: %w", contracts, err)
	}
	r.Add(figs...)
	out := c.String("out")
	if err := r.Write(out); err != nil {
		return err
	}
	fmt.Fprint(c.App.Writer, r.Markdown())
	return nil
}
