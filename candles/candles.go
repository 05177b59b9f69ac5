// Package candles downloads hourly candles from Coinbase Exchange's public market-data API
// (GET /products/{product}/candles, no key needed): at most 300 candles a request, newest
// first, each [time, low, high, open, close, volume]; an hour without trades has no candle.
// It pages through a span of time oldest page first, retries rate limits (429) and server
// errors (5xx) with backoff, and hands each page on in increasing time.
package candles

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// DefaultBaseURL is Coinbase Exchange's public REST API.
const DefaultBaseURL = "https://api.exchange.coinbase.com"

// PageHours is the most candles the API returns for one request.
const PageHours = 300

// Candle is one hour's close: Time is the start of the hour (unix seconds), Close the last
// trade in it, in USD, as the API wrote it.
type Candle struct {
	Time  int64
	Close string
}

// Client fetches hourly candles of one product.
type Client struct {
	BaseURL string // DefaultBaseURL when empty
	Product string // such as BTC-USD
	HTTP    *http.Client
	// Retries is how many times a request that got 429, a 5xx or no answer is tried again
	// (0: DefaultRetries); Backoff the first wait (0: DefaultBackoff), doubled each time up
	// to MaxBackoff (0: DefaultMaxBackoff). A Retry-After header is honoured up to MaxBackoff.
	Retries             int
	Backoff, MaxBackoff time.Duration
	Log                 *slog.Logger // retries are logged at warn; nil: slog.Default()
}

// Defaults of Client.
const (
	DefaultRetries    = 8
	DefaultBackoff    = 500 * time.Millisecond
	DefaultMaxBackoff = 30 * time.Second
)

// StatusError is an answer the client does not retry, or the last of the retried ones.
type StatusError struct {
	URL    string
	Status int
	Body   string
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("GET %s: HTTP %d: %s", e.URL, e.Status, e.Body)
}

// Page fetches the candles whose hour starts in [start, start + n hours), n at most
// PageHours, in increasing time. start must be the start of an hour.
func (c *Client) Page(ctx context.Context, start int64, n int) ([]Candle, error) {
	if n <= 0 || n > PageHours {
		return nil, fmt.Errorf("page of %d hours: want 1 to %d", n, PageHours)
	}
	end := start + int64(n-1)*3600 // the API's end is inclusive
	base := c.BaseURL
	if base == "" {
		base = DefaultBaseURL
	}
	q := url.Values{}
	q.Set("granularity", "3600")
	q.Set("start", time.Unix(start, 0).UTC().Format(time.RFC3339))
	q.Set("end", time.Unix(end, 0).UTC().Format(time.RFC3339))
	u := strings.TrimRight(base, "/") + "/products/" + url.PathEscape(c.Product) + "/candles?" + q.Encode()
	body, err := c.get(ctx, u)
	if err != nil {
		return nil, err
	}
	var rows [][]json.Number
	d := json.NewDecoder(bytes.NewReader(body))
	d.UseNumber()
	if err := d.Decode(&rows); err != nil {
		return nil, fmt.Errorf("GET %s: not a list of candles: %w", u, err)
	}
	out := make([]Candle, 0, len(rows))
	seen := make(map[int64]bool, len(rows))
	for i, r := range rows {
		if len(r) < 5 {
			return nil, fmt.Errorf("GET %s: candle %d has %d fields, want [time, low, high, open, close, volume]", u, i, len(r))
		}
		t, err := strconv.ParseInt(r[0].String(), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("GET %s: candle %d: time %q: want unix seconds", u, i, r[0])
		}
		if t < start || t > end || seen[t] { // outside the page, or a duplicate
			continue
		}
		if t%3600 != 0 {
			return nil, fmt.Errorf("GET %s: candle %d: time %d is not the start of an hour", u, i, t)
		}
		seen[t] = true
		out = append(out, Candle{Time: t, Close: r[4].String()})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Time < out[j].Time })
	return out, nil
}

// get GETs u, retrying 429s, 5xx and failed connections with backoff.
func (c *Client) get(ctx context.Context, u string) ([]byte, error) {
	retries, wait, maxWait := c.Retries, c.Backoff, c.MaxBackoff
	if retries <= 0 {
		retries = DefaultRetries
	}
	if wait <= 0 {
		wait = DefaultBackoff
	}
	if maxWait <= 0 {
		maxWait = DefaultMaxBackoff
	}
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	log := c.Log
	if log == nil {
		log = slog.Default()
	}
	for attempt := 0; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Accept", "application/json")
		req.Header.Set("User-Agent", "ltvkeeper")
		var retryAfter time.Duration
		resp, err := hc.Do(req)
		if err == nil {
			body, rerr := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
			resp.Body.Close()
			switch {
			case rerr != nil:
				err = rerr
			case resp.StatusCode == http.StatusOK:
				return body, nil
			case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
				err = &StatusError{URL: u, Status: resp.StatusCode, Body: snippet(body)}
				if s, perr := strconv.Atoi(resp.Header.Get("Retry-After")); perr == nil && s > 0 {
					retryAfter = time.Duration(s) * time.Second
				}
			default:
				return nil, &StatusError{URL: u, Status: resp.StatusCode, Body: snippet(body)}
			}
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if attempt >= retries {
			return nil, fmt.Errorf("%w (gave up after %d tries)", err, attempt+1)
		}
		d := min(max(wait, retryAfter), maxWait)
		log.Warn("candles: retrying", "err", err, "in", d, "try", attempt+2)
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
		wait = min(wait*2, maxWait)
	}
}

func snippet(b []byte) string {
	s := strings.TrimSpace(string(b))
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

// Fetch fetches the candles of every hour starting in [from, to) (unix seconds, from the
// start of an hour), page by page from the oldest, and calls page with each page's
// candles in increasing time (possibly none: hours without trades have no candle). It
// stops at the first error, page's included.
func (c *Client) Fetch(ctx context.Context, from, to int64, page func(through int64, cs []Candle) error) error {
	if from%3600 != 0 {
		return fmt.Errorf("from %d: not the start of an hour", from)
	}
	for start := from; start < to; start += PageHours * 3600 {
		n := int(min(int64(PageHours), (to-start+3599)/3600))
		cs, err := c.Page(ctx, start, n)
		if err != nil {
			return err
		}
		through := start + int64(n)*3600
		if err := page(through, cs); err != nil {
			return err
		}
	}
	return nil
}
