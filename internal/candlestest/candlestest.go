// Package candlestest is a local stand-in for Coinbase Exchange's candles endpoint, for
// tests: it pages as the API does (at most 300 candles a request, the end inclusive),
// answers newest first, has no candle for the hours it is given no close for, and answers
// the statuses a test scripts (429s, 5xx) before the real answer.
package candlestest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// Server serves GET /products/{product}/candles?granularity=3600&start=&end=.
type Server struct {
	*httptest.Server
	Product string
	closes  map[int64]string // hour → close as written; no entry: no candle

	mu       sync.Mutex
	requests []url.Values // every candles request, in order
	script   map[int]int  // request number (from 1) → status answered instead
}

// New serves closes (hour start → close) for product. script maps a request's number,
// counting from 1, to a status to answer instead of the candles.
func New(t *testing.T, product string, closes map[int64]string, script map[int]int) *Server {
	t.Helper()
	s := &Server{Product: product, closes: closes, script: script}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// Requests is the query of every candles request so far.
func (s *Server) Requests() []url.Values {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]url.Values(nil), s.requests...)
}

func fail(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"message": msg})
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	product, ok := strings.CutPrefix(r.URL.Path, "/products/")
	product, ok2 := strings.CutSuffix(product, "/candles")
	if r.Method != http.MethodGet || !ok || !ok2 {
		fail(w, http.StatusNotFound, "route not found")
		return
	}
	if product != s.Product {
		fail(w, http.StatusNotFound, "NotFound")
		return
	}
	q := r.URL.Query()
	s.mu.Lock()
	s.requests = append(s.requests, q)
	status := s.script[len(s.requests)]
	s.mu.Unlock()
	if status != 0 {
		msg := "Internal Server Error"
		if status == http.StatusTooManyRequests {
			msg = "Public rate limit exceeded"
		}
		fail(w, status, msg)
		return
	}
	if q.Get("granularity") != "3600" {
		fail(w, http.StatusBadRequest, "Unsupported granularity")
		return
	}
	start, err1 := time.Parse(time.RFC3339, q.Get("start"))
	end, err2 := time.Parse(time.RFC3339, q.Get("end"))
	if err1 != nil || err2 != nil || end.Before(start) {
		fail(w, http.StatusBadRequest, "Invalid start or end")
		return
	}
	if n := end.Sub(start)/time.Hour + 1; n > 300 {
		fail(w, http.StatusBadRequest, "granularity too small for the requested time range. Count of aggregations requested exceeds 300")
		return
	}
	var hours []int64
	for h := range s.closes {
		if h >= start.Unix() && h <= end.Unix() {
			hours = append(hours, h)
		}
	}
	sort.Slice(hours, func(i, j int) bool { return hours[i] > hours[j] }) // newest first
	var b strings.Builder
	b.WriteByte('[')
	for i, h := range hours {
		if i > 0 {
			b.WriteByte(',')
		}
		c := s.closes[h]
		fmt.Fprintf(&b, "[%d,%s,%s,%s,%s,12.5]", h, c, c, c, c)
	}
	b.WriteByte(']')
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(b.String()))
}
