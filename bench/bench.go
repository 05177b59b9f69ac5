// Package bench measures ltvkeeper against the limits of the machine and writes the figures
// to bench/results.json and a markdown table: the indexer's backfill against raw eth_getLogs
// and COPY, live latency, keeper selection and reaction, the API under load, backtests and
// contract gas.
package bench

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
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
	// Earlier are earlier runs' figures of the sections this run did not measure, each with
	// where and when it was measured (see Keep).
	Earlier []*Report `json:"earlier,omitempty"`
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

// Keep takes into r.Earlier the figures of old (and of its earlier runs) whose sections r did
// not measure, so that a run of a few sections, such as the heavy mode's, adds to the last
// full report instead of replacing it.
func (r *Report) Keep(old *Report) {
	measured := make(map[string]bool)
	for _, f := range r.Figures {
		measured[f.Section] = true
	}
	for _, run := range append([]*Report{old}, old.Earlier...) {
		kept := *run
		kept.Earlier, kept.Figures = nil, nil
		for _, f := range run.Figures {
			if !measured[f.Section] {
				kept.Figures = append(kept.Figures, f)
			}
		}
		if len(kept.Figures) > 0 {
			r.Earlier = append(r.Earlier, &kept)
		}
	}
}

// ReadReport reads the results.json in dir; nil when there is none.
func ReadReport(dir string) (*Report, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "results.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var r Report
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "results.json"), err)
	}
	return &r, nil
}

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

// Markdown is the report as a table, then each earlier run's as one of its own.
func (r *Report) Markdown() string {
	var b strings.Builder
	r.table(&b, "Measured")
	for _, e := range r.Earlier {
		b.WriteString("\n")
		e.table(&b, "Kept from an earlier run, measured")
	}
	return b.String()
}

// table writes the run's figures as a table under a line saying when and where they were
// measured.
func (r *Report) table(b *strings.Builder, measured string) {
	fmt.Fprintf(b, "%s %s on %d cores (%s/%s)", measured, r.Time.Format("2006-01-02"), r.Cores, r.OS, r.Arch)
	for _, k := range sortedKeys(r.Versions) {
		fmt.Fprintf(b, ", %s %s", k, r.Versions[k])
	}
	b.WriteString(".\n\n| section | figure | value | unit | target |\n|---|---|---:|---|---|\n")
	for _, f := range r.Figures {
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", f.Section, f.Name, format(f.Value), f.Unit, f.Target)
	}
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
