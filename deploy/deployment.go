// Package deploy deploys ltvkeeper's market factory and a wBTC/USDC market, and reads and
// writes the deployment file that the indexer, the keeper and the tests start from.
package deploy

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
)

// Deployment is the content of deployment.json.
type Deployment struct {
	ChainID    uint64         `json:"chainId"`
	Factory    common.Address `json:"factory"`
	StartBlock uint64         `json:"startBlock"`
	Markets    []Market       `json:"markets"`
}

// Market is one market of a deployment.
type Market struct {
	Name            string         `json:"name"`
	Market          common.Address `json:"market"`
	CollateralToken common.Address `json:"collateralToken"`
	LoanToken       common.Address `json:"loanToken"`
	PriceFeed       common.Address `json:"priceFeed"`
}

// Load reads a deployment file.
func Load(path string) (*Deployment, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("deployment file: %w (create it with 'ltvkeeper deploy --out %s')", err, path)
	}
	var d Deployment
	if err := json.Unmarshal(raw, &d); err != nil {
		return nil, fmt.Errorf("deployment file %s: %w", path, err)
	}
	if d.Factory == (common.Address{}) {
		return nil, fmt.Errorf("deployment file %s: no factory address", path)
	}
	return &d, nil
}

// CheckWritable checks, before anything is deployed, that a deployment file can be written
// at path: path is not a directory and a file can be created and removed next to it.
func CheckWritable(path string) error {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("--out %s is a directory: name a file such as %s", path, filepath.Join(path, "deployment.json"))
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".deployment-check-*")
	if err != nil {
		// The path in the error would be the probe's random name: say the folder instead.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("--out %s: cannot write in %s: %w (create the directory, fix its permissions or choose another --out)", path, dir, err)
	}
	name := tmp.Name()
	closeErr := tmp.Close()
	if err := errors.Join(closeErr, os.Remove(name)); err != nil {
		return fmt.Errorf("--out %s: cannot write in %s: %w (fix its permissions or choose another --out)", path, dir, err)
	}
	return nil
}

// Write writes the deployment to path atomically: a reader sees the old file or the whole
// new one, never a part.
func (d *Deployment) Write(path string) error {
	raw, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".deployment-*.json")
	if err != nil {
		return fmt.Errorf("--out %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(raw, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("--out %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("--out %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("--out %s: %w", path, err)
	}
	return nil
}
