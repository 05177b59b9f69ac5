// Package secret keeps the secrets of the endpoints ltvkeeper is given out of what it prints
// and logs. A hosted node's URL carries its API key in its path or query
// (https://eth-mainnet.example/v2/KEY), and a database URL its password; errors from the
// network stack quote the whole URL. Each node endpoint's secret parts are registered once,
// and every byte the process writes to its standard output and error passes through Writer,
// which masks them. (A database URL's password is not registered: pgx never quotes it, and
// ltvkeeper prints database URLs through indexdb.Redact.)
package secret

import (
	"io"
	"net/url"
	"sort"
	"strings"
	"sync"
)

// Mask is what stands for a secret in the output.
const Mask = "***"

var (
	mu      sync.RWMutex
	secrets []string // longest first, so that a secret inside another is masked with it
)

// AddURL registers the secret parts of a node endpoint's URL: its password, and its path and
// query (a hosted node's key). A URL that does not parse, or has none, adds nothing; nor does
// a part shorter than 4 characters, which would mask ordinary words.
func AddURL(raw string) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return
	}
	var parts []string
	if p, ok := u.User.Password(); ok {
		parts = append(parts, p, url.QueryEscape(p), url.PathEscape(p))
	}
	if path := strings.Trim(u.EscapedPath(), "/"); path != "" {
		parts = append(parts, path)
	}
	if u.RawQuery != "" {
		parts = append(parts, u.RawQuery)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range parts {
		if len(strings.Trim(p, "/")) < 4 || contains(secrets, p) {
			continue
		}
		secrets = append(secrets, p)
	}
	sort.Slice(secrets, func(i, j int) bool { return len(secrets[i]) > len(secrets[j]) })
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// Redact is s with every registered secret masked.
func Redact(s string) string {
	mu.RLock()
	defer mu.RUnlock()
	for _, p := range secrets {
		s = strings.ReplaceAll(s, p, Mask)
	}
	return s
}

// Writer masks the registered secrets in everything written to w. Each Write is masked on its
// own: a log record or an error line is one Write.
func Writer(w io.Writer) io.Writer { return writer{w} }

type writer struct{ w io.Writer }

func (w writer) Write(p []byte) (int, error) {
	mu.RLock()
	n := len(secrets)
	mu.RUnlock()
	if n == 0 {
		return w.w.Write(p)
	}
	masked := Redact(string(p))
	if masked == string(p) {
		return w.w.Write(p)
	}
	if _, err := io.WriteString(w.w, masked); err != nil {
		return 0, err
	}
	return len(p), nil
}
