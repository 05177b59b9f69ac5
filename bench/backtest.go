package bench

import (
	"bufio"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// BacktestConfig is what the backtest section runs.
type BacktestConfig struct {
	Exe   string // the ltvkeeper binary: each command is timed as a user runs it
	Hours int    // hourly closes in the generated price file
}

// backtestLTVs and backtestHorizons are the section's 10 starting LTVs and 3 horizons.
const (
	backtestLTVs     = "5%,10%,15%,20%,25%,30%,35%,40%,45%,50%"
	backtestHorizons = "7d,30d,90d"
)

// Backtest times 'ltvkeeper backtest' over cfg.Hours generated hourly closes at 10 starting
// LTVs and 3 horizons, and 'ltvkeeper advise' at each of the 3 horizons, wall clock from
// start to exit, reading the file included.
func Backtest(ctx context.Context, cfg BacktestConfig) ([]Figure, error) {
	dir, err := os.MkdirTemp("", "ltvkeeper-bench-backtest-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	prices := filepath.Join(dir, "prices.csv")
	if err := writeRandomWalk(prices, cfg.Hours); err != nil {
		return nil, err
	}
	run := func(args ...string) (time.Duration, error) {
		began := time.Now()
		cmd := exec.CommandContext(ctx, cfg.Exe, args...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			return 0, fmt.Errorf("ltvkeeper %s: %w\n%s", strings.Join(args, " "), err, out)
		}
		return time.Since(began), nil
	}
	bt, err := run("backtest", "--prices", prices, "--ltv", backtestLTVs, "--horizon", backtestHorizons, "--json")
	if err != nil {
		return nil, err
	}
	var advise time.Duration
	for _, h := range strings.Split(backtestHorizons, ",") {
		d, err := run("advise", "--prices", prices, "--collateral-btc", "1", "--ltv", "30%", "--horizon", h, "--json")
		if err != nil {
			return nil, err
		}
		advise += d
	}
	label := fmt.Sprintf("%d hourly closes", cfg.Hours)
	return []Figure{
		{"backtest", "backtest, " + label + ", 10 LTVs × 3 horizons (7, 30, 90 days)", bt.Seconds(), "s", "< 2 s"},
		{"backtest", "advise at 3 horizons (7, 30, 90 days), " + label, advise.Seconds(), "s", "< 2 s"},
	}, nil
}

// writeRandomWalk writes hours hourly closes of a BTC-like random walk (0.7% an hour,
// between $5,000 and $500,000) from 1 Jan 2015 as a timestamp,close file.
func writeRandomWalk(path string, hours int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "timestamp,close")
	r := rand.New(rand.NewPCG(2015, 1))
	price := 30_000.0
	for i := range hours {
		price = min(max(price*math.Exp(r.NormFloat64()*0.007), 5_000), 500_000)
		fmt.Fprintf(w, "%d,%.2f\n", 1420070400+int64(i)*3600, price)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
