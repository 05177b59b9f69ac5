package bench

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// Gas runs the contract unit tests with forge's gas report and returns the median gas of
// each LendingMarket and MarketFactory operation.
func Gas(contractsDir, forge string) ([]Figure, error) {
	solc, err := filepath.Abs(filepath.Join(contractsDir, "tools", "solc-shim.js"))
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(forge, "test", "--match-path", "test/LendingMarket.t.sol", "--gas-report", "--json")
	cmd.Dir = contractsDir
	cmd.Env = append(os.Environ(), "FOUNDRY_SOLC="+solc)
	cmd.Stderr = nil
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("forge gas report: %w (run 'make tools')", err)
	}
	var report []struct {
		Contract  string `json:"contract"`
		Functions map[string]struct {
			Calls  int `json:"calls"`
			Median int `json:"median"`
		} `json:"functions"`
	}
	// forge may print test results before the JSON array.
	start := strings.Index(string(out), "[{")
	if start < 0 {
		return nil, fmt.Errorf("forge gas report: no JSON in its output")
	}
	if err := json.Unmarshal(out[start:], &report); err != nil {
		return nil, fmt.Errorf("forge gas report: %w", err)
	}
	var figs []Figure
	for _, c := range report {
		if !strings.HasSuffix(c.Contract, ":LendingMarket") && !strings.HasSuffix(c.Contract, ":MarketFactory") {
			continue
		}
		names := make([]string, 0, len(c.Functions))
		for name := range c.Functions {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			f := c.Functions[name]
			op := name[:strings.Index(name, "(")]
			if !operations[op] {
				continue
			}
			figs = append(figs, Figure{"contract gas", fmt.Sprintf("%s.%s (median of %d calls)", contractName(c.Contract), op, f.Calls), float64(f.Median), "gas", ""})
		}
	}
	return figs, nil
}

// operations are the state-changing calls worth a row.
var operations = map[string]bool{
	"supply": true, "withdraw": true, "depositCollateral": true, "withdrawCollateral": true, "borrow": true,
	"repay": true, "liquidate": true, "accrueInterest": true, "setBorrowRate": true, "createMarket": true,
}

func contractName(c string) string { return c[strings.LastIndex(c, ":")+1:] }
