package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/candles"
	"github.com/ltvkeeper/ltvkeeper/scenario"
	"github.com/ltvkeeper/ltvkeeper/units"
)

var pricesCommand = &cli.Command{
	Name:  "prices",
	Usage: "price history files for backtest, advise and devnet replay",
	Subcommands: []*cli.Command{{
		Name:  "fetch",
		Usage: "download hourly closes from Coinbase Exchange's public candles API into a timestamp,close CSV",
		Description: `Downloads the hourly candles of --product from --from to --to, 300 hours a request (the
API's limit; no key needed), and writes the closes as the CSV every price reader takes:
timestamp (unix seconds, the start of the hour), close (USD, as the API wrote it). Hours
without trades have no candle and no row; readers take the previous close for them and refuse
gaps longer than --max-gap. Rate limits (429) and server errors (5xx) are retried with
backoff; progress goes to the log (stderr).

--out is written in one step once the fetch is complete. Until then the rows go to
--out.partial beside it; a fetch that fails or is interrupted leaves that file, and running
the same command again resumes after its last complete row. An existing --out is extended
after its last row.

  ltvkeeper prices fetch --from 2015-01-01 --out btc-usd-1h.csv
  ltvkeeper backtest --prices btc-usd-1h.csv --horizon 7d,30d,90d`,
		Flags:  []cli.Flag{fetchFromFlag, fetchToFlag, fetchOutFlag, fetchProductFlag, fetchBaseURLFlag},
		Action: runPricesFetch,
	}},
}

// parseHourTime reads a UTC date or an RFC 3339 time at the start of an hour as unix seconds.
func parseHourTime(flag, s string) (int64, error) {
	s = strings.TrimSpace(s)
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		if t, err = time.Parse(time.RFC3339, s); err != nil {
			return 0, fmt.Errorf("%s %q: want a UTC date such as 2015-01-01 or a time such as 2015-01-01T06:00:00Z", flag, s)
		}
	}
	if t.Unix()%3600 != 0 {
		return 0, fmt.Errorf("%s %s: not the start of an hour (the candles are hourly): use %s", flag, s, t.Truncate(time.Hour).UTC().Format(time.RFC3339))
	}
	return t.Unix(), nil
}

// partialSuffix names the file a fetch writes before it is complete.
const partialSuffix = ".partial"

// fetchProgressEvery is how often a fetch logs its progress; fetchBackoff is the first wait
// before a retry (variables for tests).
var (
	fetchProgressEvery = time.Second
	fetchBackoff       = candles.DefaultBackoff
)

func runPricesFetch(c *cli.Context) error {
	if c.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q: prices fetch takes only flags (for the file use --out %s)", c.Args().First(), c.Args().First())
	}
	out := c.String(fetchOutFlag.Name)
	if out == "" {
		return errors.New("--out is required: the CSV file to write, such as --out btc-usd-1h.csv")
	}
	if err := checkOutDir("--out", out); err != nil {
		return err
	}
	from, err := parseHourTime("--from", c.String(fetchFromFlag.Name))
	if err != nil {
		return err
	}
	to := time.Now().Truncate(time.Hour).Unix()
	if s := c.String(fetchToFlag.Name); s != "" {
		if to, err = parseHourTime("--to", s); err != nil {
			return err
		}
	}
	if from >= to {
		return fmt.Errorf("--from %s is not before --to %s: nothing to fetch", hourTime(from), hourTime(to))
	}
	product := strings.TrimSpace(c.String(fetchProductFlag.Name))
	if product == "" {
		return errors.New("--product is empty: give a Coinbase Exchange product such as BTC-USD")
	}
	base := c.String(fetchBaseURLFlag.Name)
	if !strings.HasPrefix(base, "http://") && !strings.HasPrefix(base, "https://") {
		return fmt.Errorf("--base-url %q: want an http(s) URL such as %s", base, candles.DefaultBaseURL)
	}

	partial := out + partialSuffix
	f, resume, err := openPartial(out, partial, from)
	if err != nil {
		return err
	}
	defer f.Close()
	start := from
	if resume.rows > 0 {
		start = max(from, resume.last+3600)
		slog.Info("prices fetch: resuming", "file", resume.file, "rows", resume.rows, "after", hourTime(resume.last))
	}
	client := &candles.Client{BaseURL: base, Product: product, Backoff: fetchBackoff}
	w := bufio.NewWriter(f)
	fetched, pages, prev := 0, 0, resume.last
	var missing, gaps int
	var longest int64
	began, next := time.Now(), time.Now().Add(fetchProgressEvery)
	err = client.Fetch(c.Context, start, to, func(through int64, cs []candles.Candle) error {
		pages++
		for _, cd := range cs {
			v, err := units.Parse(cd.Close, scenario.FeedDecimals)
			if err != nil || v.Sign() <= 0 {
				return fmt.Errorf("candle at %s: close %q: not a positive USD price with at most %d decimals", hourTime(cd.Time), cd.Close, scenario.FeedDecimals)
			}
			if resume.rows+fetched > 0 && cd.Time > prev+3600 {
				gaps++
				missing += int((cd.Time - prev - 3600) / 3600)
				longest = max(longest, cd.Time-prev)
			}
			fmt.Fprintf(w, "%d,%s\n", cd.Time, cd.Close)
			fetched++
			prev = cd.Time
		}
		// Each page is on disk before the next is asked for: an interruption loses at most
		// the page in flight.
		if err := w.Flush(); err != nil {
			return err
		}
		if err := f.Sync(); err != nil {
			return err
		}
		if now := time.Now(); !now.Before(next) || through >= to {
			slog.Info("prices fetch", "product", product, "through", hourTime(min(through, to)), "rows", resume.rows+fetched,
				"done", fmt.Sprintf("%.1f%%", 100*float64(min(through, to)-start)/float64(to-start)))
			next = now.Add(fetchProgressEvery)
		}
		return nil
	})
	total := resume.rows + fetched
	if err == nil {
		err = f.Close()
	}
	if err != nil {
		f.Close()
		if total == 0 {
			os.Remove(partial)
			return fmt.Errorf("prices fetch %s: %w (no rows fetched; nothing written)", product, err)
		}
		return fmt.Errorf("prices fetch %s: %w: %d rows through %s UTC kept in %s; run the same command again to resume", product, err, total, hourTime(prev), partial)
	}
	if total == 0 {
		os.Remove(partial)
		return fmt.Errorf("prices fetch %s: Coinbase Exchange has no candle from %s to %s UTC: nothing written (pick a later --from)", product, hourTime(from), hourTime(to))
	}
	if err := os.Rename(partial, out); err != nil {
		return fmt.Errorf("--out %s: %w (the rows are in %s)", out, err, partial)
	}
	fmt.Fprintf(c.App.Writer, "%s: %d rows, %d fetched now in %d pages (%.1fs), through %s UTC\n", out, total, fetched, pages, time.Since(began).Seconds(), hourTime(prev))
	if gaps > 0 {
		fmt.Fprintf(c.App.Writer, "%d hours without a candle in %d gaps among the new rows, the longest %s", missing, gaps, scenario.FormatHours(time.Duration(longest)*time.Second))
		if time.Duration(longest)*time.Second > scenario.DefaultMaxGap {
			fmt.Fprintf(c.App.Writer, ": backtest refuses gaps over a day unless given --max-gap %dd", (longest+86399)/86400)
		}
		fmt.Fprintln(c.App.Writer)
	}
	return nil
}

// resumed is what a fetch starts from: rows already fetched and the last one's time.
type resumed struct {
	file string
	rows int
	last int64
}

// openPartial opens the file a fetch appends to: out.partial left by an interrupted fetch
// (cut back to its last complete row), else a copy of an existing out, else a new file with
// the header. The rows already there are checked as every reader checks them.
func openPartial(out, partial string, from int64) (*os.File, resumed, error) {
	if raw, err := os.ReadFile(partial); err == nil {
		complete := raw[:bytes.LastIndexByte(raw, '\n')+1]
		r, err := checkRows(partial, complete, from)
		if err != nil {
			return nil, r, fmt.Errorf("%w: delete %s to start over", err, partial)
		}
		if len(complete) == 0 {
			complete = []byte("timestamp,close\n")
		}
		if err := os.WriteFile(partial, complete, 0o644); err != nil {
			return nil, r, err
		}
		f, err := os.OpenFile(partial, os.O_WRONLY|os.O_APPEND, 0)
		return f, r, err
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, resumed{}, err
	}
	raw, err := os.ReadFile(out)
	var r resumed
	switch {
	case errors.Is(err, fs.ErrNotExist):
		raw = []byte("timestamp,close\n")
	case err != nil:
		return nil, r, fmt.Errorf("--out %s: %w", out, err)
	default:
		if r, err = checkRows(out, raw, from); err != nil {
			return nil, r, fmt.Errorf("--out %s: %w; it is extended after its last row: fix or move it", out, err)
		}
		if len(raw) > 0 && raw[len(raw)-1] != '\n' {
			raw = append(raw, '\n')
		}
	}
	f, err := os.OpenFile(partial, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, r, err
	}
	if _, err := f.Write(raw); err != nil {
		f.Close()
		os.Remove(partial)
		return nil, r, err
	}
	return f, r, nil
}

// checkRows reads raw as a price file that a fetch appends timestamp,close rows to: the
// header must be exactly that, and the first row at or before from.
func checkRows(name string, raw []byte, from int64) (resumed, error) {
	r := resumed{file: name}
	if len(raw) == 0 {
		return r, nil
	}
	header, _, _ := bytes.Cut(raw, []byte("\n"))
	if h := strings.TrimSpace(string(header)); h != "timestamp,close" {
		return r, fmt.Errorf("%s: header %q: a fetch appends timestamp,close rows, so the file must have exactly that header", name, h)
	}
	pr, err := scenario.NewPriceReader(bytes.NewReader(raw), 1<<62)
	if err != nil {
		return r, fmt.Errorf("%s: %w", name, err)
	}
	for {
		row, err := pr.Next()
		if errors.Is(err, io.EOF) {
			return r, nil
		}
		if err != nil {
			if r.rows == 0 && strings.Contains(err.Error(), "no rows after the header") {
				return r, nil
			}
			return r, fmt.Errorf("%s: %w", name, err)
		}
		if r.rows == 0 && row.Time > from {
			return r, fmt.Errorf("%s starts at %s UTC, after --from %s, and a fetch only appends: pass --from %s, or move the file away to fetch from %s",
				name, hourTime(row.Time), hourTime(from), time.Unix(row.Time, 0).UTC().Format(time.RFC3339), hourTime(from))
		}
		r.rows++
		r.last = row.Time
	}
}
