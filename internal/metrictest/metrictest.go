// Package metrictest reads a component's Prometheus metrics in tests.
package metrictest

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// Sum is the value of the metric name summed over its series whose labels match labels
// (name, value pairs; none matches every series): a counter's or gauge's value, a histogram's
// sum of samples. It is 0 when no series matches.
func Sum(t testing.TB, g prometheus.Gatherer, name string, labels ...string) float64 {
	t.Helper()
	sum, _ := read(t, g, name, labels)
	return sum
}

// Value is Sum, failing the test when no series matches.
func Value(t testing.TB, g prometheus.Gatherer, name string, labels ...string) float64 {
	t.Helper()
	sum, n := read(t, g, name, labels)
	if n == 0 {
		t.Fatalf("no metric %s %v", name, labels)
	}
	return sum
}

func read(t testing.TB, g prometheus.Gatherer, name string, labels []string) (sum float64, n int) {
	t.Helper()
	if len(labels)%2 != 0 {
		t.Fatalf("metric %s: labels %v are not name, value pairs", name, labels)
	}
	families, err := g.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
	series:
		for _, m := range f.GetMetric() {
			for i := 0; i < len(labels); i += 2 {
				found := false
				for _, l := range m.GetLabel() {
					found = found || (l.GetName() == labels[i] && l.GetValue() == labels[i+1])
				}
				if !found {
					continue series
				}
			}
			sum += m.GetCounter().GetValue() + m.GetGauge().GetValue() + m.GetHistogram().GetSampleSum()
			n++
		}
	}
	return sum, n
}
