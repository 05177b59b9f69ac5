package main

import (
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ltvkeeper/ltvkeeper/internal/candlestest"
)

// fetchHistory is 1,000 hours from 1 Jan 2024 with two holes: 3 hours (100-102) and 31
// hours (500-530), longer than a day. It returns the closes and the CSV a fetch writes.
func fetchHistory() (map[int64]string, string) {
	closes := map[int64]string{}
	var b strings.Builder
	b.WriteString("timestamp,close\n")
	for i := range 1000 {
		if (i >= 100 && i <= 102) || (i >= 500 && i <= 530) {
			continue
		}
		h := int64(1704067200 + 3600*i)
		c := fmt.Sprintf("%d.%02d", 42000+i, i%100)
		if i%7 == 0 {
			c = strconv.Itoa(42000 + i) // whole dollars, as the API writes them
		}
		closes[h] = c
		fmt.Fprintf(&b, "%d,%s\n", h, c)
	}
	return closes, b.String()
}

func fastFetch(t *testing.T) {
	t.Helper()
	defer func(d time.Duration) { t.Cleanup(func() { fetchBackoff = d }) }(fetchBackoff)
	fetchBackoff = time.Millisecond
}

func fetchArgs(srv *candlestest.Server, out string, extra ...string) []string {
	return append([]string{"prices", "fetch", "--base-url", srv.URL, "--from", "2024-01-01", "--to", "2024-02-11T16:00:00Z", "--out", out}, extra...)
}

// fetchInto runs prices fetch from srv into out, fails the test unless out (called file in
// messages) then holds the history want, and returns what the command printed.
func fetchInto(t *testing.T, srv *candlestest.Server, out, want, file string) string {
	t.Helper()
	got := mustRun(t, fetchArgs(srv, out)...)
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if string(raw) != want {
		t.Fatalf("%s differs from the history:\n%s", file, firstDiff(string(raw), want))
	}
	return got
}

// A fetch pages 300 hours at a time from the oldest, puts the API's newest-first candles in
// order, keeps gaps as gaps, retries 429s and 5xx, and writes exactly the history.
func TestPricesFetch(t *testing.T) {
	fastFetch(t)
	closes, want := fetchHistory()
	srv := candlestest.New(t, "BTC-USD", closes, map[int]int{2: http.StatusTooManyRequests, 3: http.StatusTooManyRequests, 5: http.StatusServiceUnavailable})
	out := filepath.Join(t.TempDir(), "btc.csv")
	got := fetchInto(t, srv, out, want, "the file")
	reqs := srv.Requests()
	var starts []string
	for _, q := range reqs {
		starts = append(starts, q.Get("start")+"/"+q.Get("end"))
	}
	// 4 pages (300, 300, 300, 100 hours) and 3 scripted failures retried.
	wantStarts := []string{
		"2024-01-01T00:00:00Z/2024-01-13T11:00:00Z", "2024-01-13T12:00:00Z/2024-01-25T23:00:00Z", "2024-01-13T12:00:00Z/2024-01-25T23:00:00Z",
		"2024-01-13T12:00:00Z/2024-01-25T23:00:00Z", "2024-01-26T00:00:00Z/2024-02-07T11:00:00Z", "2024-01-26T00:00:00Z/2024-02-07T11:00:00Z",
		"2024-02-07T12:00:00Z/2024-02-11T15:00:00Z",
	}
	if strings.Join(starts, " ") != strings.Join(wantStarts, " ") {
		t.Errorf("requests\n%v\nwant\n%v", starts, wantStarts)
	}
	for _, s := range []string{"966 rows, 966 fetched now in 4 pages", "34 hours without a candle in 2 gaps", "the longest 1d 8h", "--max-gap 2d"} {
		if !strings.Contains(got, s) {
			t.Errorf("output lacks %q:\n%s", s, got)
		}
	}
	if _, err := os.Stat(out + partialSuffix); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the partial file is left: %v", err)
	}
	// The file is one backtest reads (with the long gap allowed).
	mustRun(t, "backtest", "--prices", out, "--horizon", "7d", "--max-gap", "2d")
}

// An interrupted fetch leaves no --out, only the partial file, and the same command
// resumes after its last complete row (a torn last line is dropped).
func TestPricesFetchResumes(t *testing.T) {
	fastFetch(t)
	closes, want := fetchHistory()
	dir := t.TempDir()
	out := filepath.Join(dir, "btc.csv")
	broken := candlestest.New(t, "BTC-USD", closes, map[int]int{3: http.StatusBadRequest})
	_, err := runApp(t, fetchArgs(broken, out)...)
	if err == nil || !strings.Contains(err.Error(), "HTTP 400") || !strings.Contains(err.Error(), "kept in "+out+partialSuffix+"; run the same command again to resume") {
		t.Fatalf("error = %v, want the 400 and the partial file named", err)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("--out written by a failed fetch: %v", err)
	}
	partial, err := os.ReadFile(out + partialSuffix)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(want, string(partial)) || strings.Count(string(partial), "\n") != 1+566 {
		t.Fatalf("partial file of %d lines, want the header and the first two pages' 566 rows", strings.Count(string(partial), "\n"))
	}
	// A crash in the middle of a row.
	f, err := os.OpenFile(out+partialSuffix, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("1706227200,4")
	f.Close()

	srv := candlestest.New(t, "BTC-USD", closes, nil)
	got := fetchInto(t, srv, out, want, "the resumed file")
	if reqs := srv.Requests(); len(reqs) != 2 || reqs[0].Get("start") != "2024-01-26T00:00:00Z" {
		t.Errorf("the resumed fetch made %d requests from %s, want 2 from the hour after the last complete row", len(reqs), reqs[0].Get("start"))
	}
	if !strings.Contains(got, "966 rows, 400 fetched now in 2 pages") {
		t.Errorf("output: %s", got)
	}

	// An existing --out is extended after its last row.
	lines := strings.SplitAfter(want, "\n")
	if err := os.WriteFile(out, []byte(strings.Join(lines[:101], "")), 0o644); err != nil {
		t.Fatal(err)
	}
	fetchInto(t, srv, out, want, "the extended file")
}

// Bad input gets one clear error and writes nothing.
func TestPricesFetchErrors(t *testing.T) {
	fastFetch(t)
	closes, _ := fetchHistory()
	srv := candlestest.New(t, "BTC-USD", closes, map[int]int{1: 500, 2: 500, 3: 500, 4: 500, 5: 500, 6: 500, 7: 500, 8: 500, 9: 500})
	dir := t.TempDir()
	out := filepath.Join(dir, "btc.csv")
	otherHeader := filepath.Join(dir, "other.csv")
	os.WriteFile(otherHeader, []byte("time,price\n1704067200,42000\n"), 0o644)
	late := filepath.Join(dir, "late.csv")
	os.WriteFile(late, []byte("timestamp,close\n1704153600,42000\n"), 0o644)
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"no out", []string{"prices", "fetch", "--base-url", srv.URL}, "--out is required"},
		{"from not a date", fetchArgs(srv, out, "--from", "2015-13-01"), `--from "2015-13-01": want a UTC date such as 2015-01-01`},
		{"from inside an hour", fetchArgs(srv, out, "--from", "2024-01-01T00:30:00Z"), "not the start of an hour"},
		{"from after to", fetchArgs(srv, out, "--to", "2023-01-01"), "is not before --to"},
		{"no folder", fetchArgs(srv, filepath.Join(dir, "no", "btc.csv")), "no folder"},
		{"not a URL", fetchArgs(srv, out, "--base-url", "api.example"), `--base-url "api.example": want an http(s) URL`},
		{"unknown product", fetchArgs(srv, out, "--product", "BTC-XYZ"), "HTTP 404"},
		{"server down", fetchArgs(srv, out), "HTTP 500"},
		{"another header", fetchArgs(srv, otherHeader), `header "time,price": a fetch appends timestamp,close rows`},
		{"out starts after from", fetchArgs(srv, late), "after --from 2024-01-01 00:00, and a fetch only appends: pass --from 2024-01-02T00:00:00Z"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := runApp(t, c.args...)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error = %v, want one containing %q", err, c.want)
			}
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("%s written", out)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 2 {
				t.Errorf("the folder holds %d files, want only the two fixtures", len(entries))
			}
		})
	}
}

// firstDiff shows where two files part.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d: %q, want %q", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(g), len(w))
}
