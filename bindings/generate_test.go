package bindings_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/bindgen"
	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink/aggregatorproxy"
	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink/eacaggregatorproxy"
	"github.com/ltvkeeper/ltvkeeper/bindings/devaggregator"
)

// TestBindingsUpToDate fails when a generated file differs from what the current forge build
// generates: a contract changed without `make bindings`, or the file was edited by hand.
func TestBindingsUpToDate(t *testing.T) {
	for _, c := range []struct {
		file, pkg string
		contracts []string
	}{
		{"bindings.go", "bindings", bindings.Contracts},
		{"chainlink/chainlink.go", "chainlink", chainlink.Contracts},
		{"chainlink/eacaggregatorproxy/eacaggregatorproxy.go", "eacaggregatorproxy", eacaggregatorproxy.Contracts},
		{"chainlink/aggregatorproxy/aggregatorproxy.go", "aggregatorproxy", aggregatorproxy.Contracts},
		{"devaggregator/devaggregator.go", "devaggregator", devaggregator.Contracts},
	} {
		got, err := os.ReadFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		want, err := bindgen.Generate("../contracts/out", c.pkg, c.contracts)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("bindings/%s is stale or was edited: run 'make bindings' and commit the result", c.file)
		}
	}
}
