// Package foundry finds the project's pinned Foundry tools (installing them from the
// project's npm lockfile when they are missing) and knows Anvil's public development accounts.
package foundry

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// AnvilKeys are the private keys of Anvil's first five prefunded accounts (from its public
// test mnemonic), each holding 10,000 ETH on a fresh chain. They are public knowledge: never
// use them on a real chain.
var AnvilKeys = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
}

// AnvilKey returns Anvil's prefunded key i.
func AnvilKey(i int) *ecdsa.PrivateKey {
	key, err := crypto.HexToECDSA(AnvilKeys[i])
	if err != nil {
		panic(err)
	}
	return key
}

// ErrNoAnvil is returned when anvil cannot be found.
var ErrNoAnvil = errors.New("anvil not found")

// toolsBin is where 'make tools' installs the pinned Foundry, relative to the project root.
var toolsBin = filepath.Join("contracts", "tools", "node_modules", ".bin")

// Anvil finds anvil: $LTVKEEPER_ANVIL, else the project's pinned copy (make tools) in the
// working folder or one above it, else $PATH. Inside a checkout whose pinned copy is not
// installed yet it reports ErrNoAnvil rather than take whatever anvil $PATH has, so that
// InstallAnvil installs the pinned version; outside a checkout $PATH is the only place.
func Anvil() (string, error) {
	if p := os.Getenv("LTVKEEPER_ANVIL"); p != "" {
		return p, nil
	}
	if root, err := ProjectRoot(); err == nil {
		p := filepath.Join(root, toolsBin, "anvil")
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("%w: the pinned anvil %s is not installed: run 'make tools' (or npm %s), or set LTVKEEPER_ANVIL", ErrNoAnvil, p, strings.Join(installArgs(filepath.Join(root, "contracts", "tools")), " "))
		}
		return p, nil
	}
	if p, err := exec.LookPath("anvil"); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("%w: run 'make tools' in the ltvkeeper checkout, put anvil on $PATH, or set LTVKEEPER_ANVIL", ErrNoAnvil)
}

// ProjectRoot is the nearest folder at or above the working folder holding the project's
// Makefile and contracts/tools.
func ProjectRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for ; ; dir = filepath.Dir(dir) {
		if isRoot(dir) {
			return dir, nil
		}
		if dir == filepath.Dir(dir) {
			return "", errors.New("not inside an ltvkeeper checkout (no Makefile beside contracts/tools in the working folder or above it)")
		}
	}
}

func isRoot(dir string) bool {
	_, errMake := os.Stat(filepath.Join(dir, "Makefile"))
	_, errTools := os.Stat(filepath.Join(dir, "contracts", "tools", "package.json"))
	return errMake == nil && errTools == nil
}

// InstallAnvil installs the pinned Foundry from the project's npm lockfile (what 'make tools'
// does for it, without make: Go and Node are enough) and returns anvil's path.
func InstallAnvil(ctx context.Context, log *slog.Logger) (string, error) {
	root, err := ProjectRoot()
	if err != nil {
		return "", fmt.Errorf("%w, and it cannot be installed: %v; install Foundry 1.7.1 and put anvil on $PATH, or set LTVKEEPER_ANVIL", ErrNoAnvil, err)
	}
	tools := filepath.Join(root, "contracts", "tools")
	args := installArgs(tools)
	log.Info("anvil is missing: installing the pinned Foundry", "dir", tools, "run", "npm "+strings.Join(args, " "))
	cmd := exec.CommandContext(ctx, "npm", args...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("install the pinned Foundry (npm %s): %w (is Node's npm on $PATH?)\n%s", strings.Join(args, " "), err, out)
	}
	p := filepath.Join(root, toolsBin, "anvil")
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("npm ci in %s ran but %s is missing: %w", tools, p, err)
	}
	// The marker 'make tools' keeps, so that make does not install the same thing again.
	if f, err := os.Create(filepath.Join(tools, "node_modules", ".installed")); err == nil {
		f.Close()
	}
	return p, nil
}

// installArgs are npm's arguments to install the lockfile's packages in tools, as the
// Makefile runs them.
func installArgs(tools string) []string {
	return []string{"ci", "--prefix", tools, "--no-audit", "--no-fund", "--loglevel=error"}
}

// InstallPostgres runs the project's scripts/ensure-postgres.sh, which installs Debian's
// postgresql-15 with apt when it is missing.
func InstallPostgres(ctx context.Context, log *slog.Logger) error {
	root, err := ProjectRoot()
	if err != nil {
		return fmt.Errorf("cannot install Postgres: %v; install postgresql-15 yourself", err)
	}
	script := filepath.Join(root, "scripts", "ensure-postgres.sh")
	log.Info("Postgres is missing: installing postgresql-15", "run", script)
	cmd := exec.CommandContext(ctx, script)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("install Postgres (%s): %w\n%s", script, err, out)
	}
	return nil
}
