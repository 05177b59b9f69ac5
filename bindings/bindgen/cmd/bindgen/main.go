// Command bindgen writes abigen v2 bindings for forge-built contracts:
//
//	bindgen -forge-out ../contracts/out -pkg bindings -out bindings.go LendingMarket MarketFactory
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/ltvkeeper/ltvkeeper/bindings/bindgen"
)

func main() {
	forgeOut := flag.String("forge-out", "../contracts/out", "forge build output directory")
	pkg := flag.String("pkg", "bindings", "Go package name")
	out := flag.String("out", "bindings.go", "file to write")
	flag.Parse()
	if err := run(*forgeOut, *pkg, *out, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "bindgen:", err)
		os.Exit(1)
	}
}

func run(forgeOut, pkg, out string, contracts []string) error {
	if len(contracts) == 0 {
		return fmt.Errorf("no contracts named: pass the contract names as arguments")
	}
	code, err := bindgen.Generate(forgeOut, pkg, contracts)
	if err != nil {
		return err
	}
	return os.WriteFile(out, code, 0o644)
}
