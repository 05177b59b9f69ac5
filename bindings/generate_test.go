package bindings_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/bindgen"
)

// TestBindingsUpToDate fails when bindings.go differs from what the current forge build
// generates: a contract changed without `make bindings`, or the file was edited by hand.
func TestBindingsUpToDate(t *testing.T) {
	got, err := os.ReadFile("bindings.go")
	if err != nil {
		t.Fatal(err)
	}
	want, err := bindgen.Generate("../contracts/out", "bindings", bindings.Contracts)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("bindings/bindings.go is stale or was edited: run 'make bindings' and commit the result")
	}
}
