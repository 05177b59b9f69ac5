// Package bindgen turns forge build artifacts into abigen v2 Go bindings. The bindings
// package generates itself with it (go generate) and its drift test regenerates with it.
package bindgen

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// artifact is the part of a forge artifact (out/X.sol/X.json) that abigen needs.
type artifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode struct {
		Object string `json:"object"`
	} `json:"bytecode"`
}

// Generate returns the Go source of package pkg binding the named contracts, read from the
// forge output directory outDir (each contract C from outDir/C.sol/C.json).
func Generate(outDir, pkg string, contracts []string) ([]byte, error) {
	abis := make([]string, len(contracts))
	bins := make([]string, len(contracts))
	for i, name := range contracts {
		path := filepath.Join(outDir, name+".sol", name+".json")
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read artifact of %s: %w (run 'make contracts' first)", name, err)
		}
		var a artifact
		if err := json.Unmarshal(raw, &a); err != nil {
			return nil, fmt.Errorf("parse artifact %s: %w", path, err)
		}
		abis[i], bins[i] = string(a.ABI), a.Bytecode.Object
	}
	code, err := abigen.BindV2(contracts, abis, bins, pkg, map[string]string{}, map[string]string{})
	if err != nil {
		return nil, fmt.Errorf("bind %v: %w", contracts, err)
	}
	return []byte(code), nil
}
