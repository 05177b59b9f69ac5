// Package bench measures ltvkeeper against the limits of the machine and writes the figures
// to bench/results.json and a markdown table: keeper selection against a full scan, and
// contract gas per operation (more sections to come: indexer backfill against raw
// eth_getLogs and COPY, live latency, keeper reaction).
package bench

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// Figure is one measured number with its unit.
type Figure struct {
	Section string  `json:"section"`
	Name    string  `json:"name"`
	Value   float64 `json:"value"`
	Unit    string  `json:"unit"`
	Target  string  `json:"target,omitempty"` // what the product aims for, when it has an aim
}

// Report is one run's figures and where they were measured.
type Report struct {
	Time     time.Time         `json:"time"`
	Cores    int               `json:"cores"`
	OS       string            `json:"os"`
	Arch     string            `json:"arch"`
	Versions map[string]string `json:"versions"`
	Figures  []Figure          `json:"figures"`
}

// NewReport starts a report on this machine.
func NewReport(versions map[string]string) *Report {
	v := map[string]string{"go": runtime.Version()}
	for k, x := range versions {
		v[k] = x
	}
	return &Report{Time: time.Now().UTC(), Cores: runtime.NumCPU(), OS: runtime.GOOS, Arch: runtime.GOARCH, Versions: v}
}

// Add records figures.
func (r *Report) Add(f ...Figure) { r.Figures = append(r.Figures, f...) }

// Write writes results.json and results.md into dir.
func (r *Report) Write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	raw, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "results.json"), append(raw, '\n'), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "results.md"), []byte(r.Markdown()), 0o644)
}

// Markdown is the report as a table.
func (r *Report) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Measured %s on %d cores (%s/%s)", r.Time.Format("2006-01-02"), r.Cores, r.OS, r.Arch)
	for _, k := range sortedKeys(r.Versions) {
		fmt.Fprintf(&b, ", %s %s", k, r.Versions[k])
	}
	b.WriteString(".\n\n| section | figure | value | unit | target |\n|---|---|---:|---|---|\n")
	for _, f := range r.Figures {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", f.Section, f.Name, format(f.Value), f.Unit, f.Target)
	}
	return b.String()
}

func format(v float64) string {
	switch {
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	case v >= 1:
		return fmt.Sprintf("%.2f", v)
	default:
		return fmt.Sprintf("%.4f", v)
	}
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}
