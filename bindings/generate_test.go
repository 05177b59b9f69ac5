package bindings_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/bindgen"
	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink/aggregatorproxy"
	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink/eacaggregatorproxy"
	"github.com/ltvkeeper/ltvkeeper/bindings/devaggregator"
	"github.com/ltvkeeper/ltvkeeper/bindings/executor"
	"github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/bindings/morphoexecutor"
	"github.com/ltvkeeper/ltvkeeper/bindings/uniswap"
)

// TestBindingsUpToDate fails when a generated file differs from what the current forge build
// generates: a contract changed without `make bindings`, or the file was edited by hand.
func TestBindingsUpToDate(t *testing.T) {
	const forgeOut = "../contracts/out"
	for _, c := range []struct {
		file, pkg, dir string
		contracts      []string
	}{
		{"bindings.go", "bindings", forgeOut, bindings.Contracts},
		{"chainlink/chainlink.go", "chainlink", forgeOut, chainlink.Contracts},
		{"chainlink/eacaggregatorproxy/eacaggregatorproxy.go", "eacaggregatorproxy", forgeOut, eacaggregatorproxy.Contracts},
		{"chainlink/aggregatorproxy/aggregatorproxy.go", "aggregatorproxy", forgeOut, aggregatorproxy.Contracts},
		{"devaggregator/devaggregator.go", "devaggregator", forgeOut, devaggregator.Contracts},
		{"executor/executor.go", "executor", forgeOut, executor.Contracts},
		{"morpho/morpho.go", "morpho", forgeOut, morpho.Contracts},
		{"morphoexecutor/morphoexecutor.go", "morphoexecutor", forgeOut, morphoexecutor.Contracts},
		// Relative to bindings/uniswap; the test runs in bindings/.
		{"uniswap/uniswap.go", "uniswap", filepath.Join("uniswap", uniswap.ArtifactsDir), uniswap.Contracts},
	} {
		got, err := os.ReadFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		want, err := bindgen.Generate(c.dir, c.pkg, c.contracts)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("bindings/%s is stale or was edited: run 'make bindings' and commit the result", c.file)
		}
	}
}
