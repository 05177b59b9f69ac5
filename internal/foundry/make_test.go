package foundry

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMakeTargetsInstallOnlyWhatTheyNeed reads what each make target would run (make -n -B,
// which runs nothing): Chromium is installed only on the test path, Postgres only where the
// Go tests or a devnet need it, and the gas snapshot keeps the default Foundry profile
// whatever FOUNDRY_PROFILE the shell has.
func TestMakeTargetsInstallOnlyWhatTheyNeed(t *testing.T) {
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("no make on $PATH: install Debian's make to check the Makefile")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	const (
		foundry  = "npm ci --prefix"
		postgres = "scripts/ensure-postgres.sh"
		chromium = "scripts/ensure-chromium.sh"
	)
	tests := []struct {
		target string
		want   []string
		never  []string
	}{
		{"build", []string{"go build"}, []string{foundry, postgres, chromium}},
		{"demo", []string{foundry, postgres, "bin/ltvkeeper demo"}, []string{chromium}},
		{"bench", []string{foundry, postgres, "bin/ltvkeeper bench"}, []string{chromium}},
		{"contracts", []string{foundry}, []string{postgres, chromium}},
		{"gas-check", []string{foundry, "FOUNDRY_PROFILE=default " + filepath.Join(root, toolsBin, "forge") + " snapshot --check"}, []string{postgres, chromium, "FOUNDRY_PROFILE=deep"}},
		{"test-deep", []string{foundry, "FOUNDRY_PROFILE=deep " + filepath.Join(root, toolsBin, "forge") + " test"}, []string{postgres, chromium}},
		{"go-test", []string{foundry, postgres, chromium, "go test"}, nil},
		{"test", []string{foundry, postgres, chromium, "snapshot --check", "go test"}, []string{"FOUNDRY_PROFILE=deep"}},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			cmd := exec.Command("make", "-n", "-B", "-C", root, tt.target)
			cmd.Env = append(os.Environ(), "FOUNDRY_PROFILE=deep")
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("make -n %s: %v\n%s", tt.target, err, out)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(out), w) {
					t.Errorf("make %s does not run %q:\n%s", tt.target, w, out)
				}
			}
			for _, n := range tt.never {
				if strings.Contains(string(out), n) {
					t.Errorf("make %s runs %q:\n%s", tt.target, n, out)
				}
			}
		})
	}
}

// TestEnsureChromiumLooksWhereTheBrowserTestLooks runs scripts/ensure-chromium.sh with a
// stand-in apt-get: it installs only when neither $LTVKEEPER_CHROMIUM nor $PATH has a
// Chromium, and refuses an LTVKEEPER_CHROMIUM that names nothing.
func TestEnsureChromiumLooksWhereTheBrowserTestLooks(t *testing.T) {
	script, err := filepath.Abs(filepath.Join("..", "..", "scripts", "ensure-chromium.sh"))
	if err != nil {
		t.Fatal(err)
	}
	withChrome := pathWith(t, map[string]string{"chrome": "exit 0"})
	tests := []struct {
		name, env            string
		chromiumOnPath       bool
		wantErr, wantInstall bool
	}{
		{"LTVKEEPER_CHROMIUM names one", filepath.Join(withChrome, "chrome"), false, false, false},
		{"LTVKEEPER_CHROMIUM names nothing", filepath.Join(t.TempDir(), "chrome"), true, true, false},
		{"chromium on PATH", "", true, false, false},
		{"nowhere: apt installs", "", false, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			record := filepath.Join(t.TempDir(), "apt")
			scripts := map[string]string{"apt-get": `echo "$@" >> ` + record, "sudo": `[ "$1" = -n ] && shift; "$@"`}
			if tt.chromiumOnPath {
				scripts["chromium"] = "exit 0"
			}
			// No /usr/bin: a Chromium installed on this machine must not count.
			cmd := exec.Command("/bin/bash", script)
			cmd.Env = append(os.Environ(), "PATH="+pathWith(t, scripts)+":"+coreutils(t), "LTVKEEPER_CHROMIUM="+tt.env)
			out, err := cmd.CombinedOutput()
			if (err != nil) != tt.wantErr {
				t.Fatalf("ensure-chromium.sh: %v, want error %v\n%s", err, tt.wantErr, out)
			}
			_, statErr := os.Stat(record)
			if installed := statErr == nil; installed != tt.wantInstall {
				t.Fatalf("apt-get ran: %v, want %v\n%s", installed, tt.wantInstall, out)
			}
		})
	}
}

// coreutils returns a folder holding only the few programs the ensure scripts use besides
// the stand-ins: id and env.
func coreutils(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"id", "env"} {
		p, err := exec.LookPath(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(p, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
