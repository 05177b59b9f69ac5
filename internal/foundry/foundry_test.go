package foundry

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// checkout makes a folder that looks like an ltvkeeper checkout and returns it.
func checkout(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range map[string]string{
		"Makefile":                          "",
		"contracts/tools/package.json":      "{}",
		"contracts/tools/package-lock.json": "{}",
	} {
		writeFile(t, filepath.Join(root, name), content, 0o644)
	}
	return root
}

func writeFile(t *testing.T, path, content string, mode os.FileMode) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
}

// pathWith returns a $PATH of one folder holding executable scripts named as given.
func pathWith(t *testing.T, scripts map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range scripts {
		writeFile(t, filepath.Join(dir, name), "#!/bin/sh\n"+body+"\n", 0o755)
	}
	return dir
}

func TestAnvilPrefersThePinnedCopy(t *testing.T) {
	root := checkout(t)
	pinned := filepath.Join(root, toolsBin, "anvil")
	onPath := pathWith(t, map[string]string{"anvil": "exit 0"})
	t.Setenv("PATH", onPath)
	t.Setenv("LTVKEEPER_ANVIL", "")

	t.Chdir(filepath.Join(root, "contracts"))
	if _, err := Anvil(); !errors.Is(err, ErrNoAnvil) || !strings.Contains(err.Error(), "npm ci --prefix") {
		t.Fatalf("in a checkout without the pinned anvil: %v, want ErrNoAnvil naming the install (not the anvil on $PATH)", err)
	}
	writeFile(t, pinned, "", 0o755)
	if got, err := Anvil(); err != nil || got != pinned {
		t.Fatalf("with the pinned anvil installed: %q, %v; want %s", got, err, pinned)
	}
	t.Setenv("LTVKEEPER_ANVIL", "/opt/anvil")
	if got, err := Anvil(); err != nil || got != "/opt/anvil" {
		t.Fatalf("with LTVKEEPER_ANVIL: %q, %v", got, err)
	}
	t.Setenv("LTVKEEPER_ANVIL", "")

	t.Chdir(t.TempDir())
	if got, err := Anvil(); err != nil || got != filepath.Join(onPath, "anvil") {
		t.Fatalf("outside a checkout: %q, %v; want the anvil on $PATH", got, err)
	}
}

// TestInstallAnvilNeedsOnlyNpm runs InstallAnvil with a $PATH holding nothing but a stand-in
// npm (no make): it must call 'npm ci' on the tools folder and return the pinned anvil.
func TestInstallAnvilNeedsOnlyNpm(t *testing.T) {
	root := checkout(t)
	tools := filepath.Join(root, "contracts", "tools")
	record := filepath.Join(t.TempDir(), "npm-args")
	t.Setenv("PATH", pathWith(t, map[string]string{
		"npm": `echo "$@" > ` + record + `
/bin/mkdir -p "$3/node_modules/.bin" && printf '#!/bin/sh\n' > "$3/node_modules/.bin/anvil" && /bin/chmod +x "$3/node_modules/.bin/anvil"`,
	}))
	t.Chdir(root)
	got, err := InstallAnvil(context.Background(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(root, toolsBin, "anvil"); got != want {
		t.Fatalf("InstallAnvil = %s, want %s", got, want)
	}
	args, err := os.ReadFile(record)
	if err != nil {
		t.Fatal(err)
	}
	if want := "ci --prefix " + tools + " --no-audit --no-fund --loglevel=error"; strings.TrimSpace(string(args)) != want {
		t.Fatalf("npm ran with %q, want %q", args, want)
	}
	if _, err := os.Stat(filepath.Join(tools, "node_modules", ".installed")); err != nil {
		t.Fatalf("no make marker after the install: %v", err)
	}
}

func TestInstallAnvilFailureSaysWhat(t *testing.T) {
	root := checkout(t)
	t.Setenv("PATH", pathWith(t, map[string]string{"npm": "echo 'npm error network' >&2; exit 1"}))
	t.Chdir(root)
	_, err := InstallAnvil(context.Background(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err == nil || !strings.Contains(err.Error(), "npm ci --prefix") || !strings.Contains(err.Error(), "npm error network") {
		t.Fatalf("error = %v, want the npm command and its output", err)
	}
}

// TestEnsurePostgresLooksWherePgclusterLooks runs scripts/ensure-postgres.sh with stand-in
// apt-get: it installs only when no initdb is in $LTVKEEPER_PG_BIN, the Debian folder or
// $PATH.
func TestEnsurePostgresLooksWherePgclusterLooks(t *testing.T) {
	script, err := filepath.Abs(filepath.Join("..", "..", "scripts", "ensure-postgres.sh"))
	if err != nil {
		t.Fatal(err)
	}
	root := checkout(t)
	writeFile(t, filepath.Join(root, "scripts", "ensure-postgres.sh"), readFile(t, script), 0o755)
	withInitdb := pathWith(t, map[string]string{"initdb": "exit 0"})
	tests := []struct {
		name, pgBin, debianBin string
		initdbOnPath           bool
		wantErr, wantInstall   bool
	}{
		{"LTVKEEPER_PG_BIN has initdb", withInitdb, "/nonexistent", false, false, false},
		{"LTVKEEPER_PG_BIN without initdb", t.TempDir(), withInitdb, true, true, false},
		{"Debian folder has initdb", "", withInitdb, false, false, false},
		{"initdb on PATH", "", "/nonexistent", true, false, false},
		{"nowhere: apt installs", "", "/nonexistent", false, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			record := filepath.Join(t.TempDir(), "apt")
			scripts := map[string]string{"apt-get": `echo "$@" >> ` + record, "sudo": `"$@"`}
			if tt.initdbOnPath {
				scripts["initdb"] = "exit 0"
			}
			t.Setenv("PATH", pathWith(t, scripts)+":/usr/bin:/bin")
			t.Setenv("LTVKEEPER_PG_BIN", tt.pgBin)
			t.Setenv("PG_DEBIAN_BIN", tt.debianBin)
			t.Chdir(root)
			err := InstallPostgres(context.Background(), slog.New(slog.NewTextHandler(io.Discard, nil)))
			if (err != nil) != tt.wantErr {
				t.Fatalf("InstallPostgres: %v, want error %v", err, tt.wantErr)
			}
			_, statErr := os.Stat(record)
			if installed := statErr == nil; installed != tt.wantInstall {
				t.Fatalf("apt-get ran: %v, want %v", installed, tt.wantInstall)
			}
		})
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestAnvilKeysAreAnvilsAccounts: each key is the one of Anvil's prefunded account with that
// index (its public test mnemonic's first addresses).
func TestAnvilKeysAreAnvilsAccounts(t *testing.T) {
	want := []string{
		"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
		"0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
		"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
		"0x90F79bf6EB2c4f870365E785982E1f101E93b906",
		"0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
	}
	if len(AnvilKeys) != len(want) {
		t.Fatalf("%d keys, want %d", len(AnvilKeys), len(want))
	}
	for i, w := range want {
		if got := crypto.PubkeyToAddress(AnvilKey(i).PublicKey).Hex(); got != w {
			t.Errorf("AnvilKey(%d) is the key of %s, want Anvil's account %s", i, got, w)
		}
	}
}
