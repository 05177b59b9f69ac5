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

// artifact is the part of a build artifact (X.sol/X.json) that abigen needs. forge writes the
// bytecode as {"object": "0x..."}; Hardhat, whose artifacts npm packages such as Uniswap's
// publish, writes it as a string.
type artifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode json.RawMessage `json:"bytecode"`
}

// bytecode returns the artifact's creation code, in either shape.
func (a artifact) bytecode() (string, error) {
	if len(a.Bytecode) == 0 {
		return "", nil
	}
	var hardhat string
	if err := json.Unmarshal(a.Bytecode, &hardhat); err == nil {
		return hardhat, nil
	}
	var forge struct {
		Object string `json:"object"`
	}
	if err := json.Unmarshal(a.Bytecode, &forge); err != nil {
		return "", fmt.Errorf("bytecode is neither a string nor {\"object\": ...}: %w", err)
	}
	return forge.Object, nil
}

// Generate returns the Go source of package pkg binding the named contracts, read from the
// forge output directory outDir, or a Hardhat artifacts directory (each contract C from
// outDir/C.sol/C.json).
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
		bin, err := a.bytecode()
		if err != nil {
			return nil, fmt.Errorf("parse artifact %s: %w", path, err)
		}
		abis[i], bins[i] = string(a.ABI), bin
	}
	code, err := abigen.BindV2(contracts, abis, bins, pkg, map[string]string{}, map[string]string{})
	if err != nil {
		return nil, fmt.Errorf("bind %v: %w", contracts, err)
	}
	return []byte(code), nil
}
