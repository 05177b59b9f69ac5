package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ltvkeeper/ltvkeeper/devnet"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
)

// devnetDir is a new folder the postgres user can reach when the tests run as root.
func devnetDir(t *testing.T) string {
	t.Helper()
	return filepath.Join(pgtest.Dir(t, "devnet-cli-"), "state")
}

func TestDevnetBadInput(t *testing.T) {
	empty := t.TempDir()
	gapFile := writeCSV(t, "timestamp,close\n1722816000,52000\n1723507200,50500\n") // 8 days apart
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"change not a number", []string{"devnet", "price", "--change", "abc", "--dir", empty}, `--change "abc"`},
		{"change below -100%", []string{"devnet", "price", "--change", "-100%", "--dir", empty}, `--change "-100%"`},
		{"change of two signs", []string{"devnet", "price", "--change", "+-5%", "--dir", empty}, `--change "+-5%"`},
		{"set negative", []string{"devnet", "price", "--set", "-5", "--dir", empty}, `--set "-5"`},
		{"set zero", []string{"devnet", "price", "--set", "0", "--dir", empty}, `--set "0"`},
		{"price without set or change", []string{"devnet", "price", "--dir", empty}, "exactly one of --set"},
		{"price with both", []string{"devnet", "price", "--set", "1", "--change", "2%", "--dir", empty}, "exactly one of --set"},
		{"replay without prices", []string{"devnet", "replay", "--dir", empty}, "--prices FILE.csv is required"},
		{"replay bad speed", []string{"devnet", "replay", "--prices", "x.csv", "--speed", "fast", "--dir", empty}, `--speed "fast"`},
		{"replay missing file", []string{"devnet", "replay", "--prices", filepath.Join(empty, "none.csv"), "--dir", empty}, "none.csv"},
		{"replay gap over a day", []string{"devnet", "replay", "--prices", gapFile, "--dir", empty}, "--prices " + gapFile + ": lines 2-3: no prices from timestamp 1722816000 to 1723507200"},
		{"replay bad max gap", []string{"devnet", "replay", "--prices", gapFile, "--max-gap", "soon", "--dir", empty}, `--max-gap "soon"`},
		{"replay gap allowed, no devnet", []string{"devnet", "replay", "--prices", gapFile, "--max-gap", "8d", "--dir", empty}, "no devnet in folder " + empty},
		{"seed zero borrowers", []string{"devnet", "seed", "--borrowers", "0", "--dir", empty}, "--borrowers 0"},
		{"seed reversed range", []string{"devnet", "seed", "--ltv-range", "0.6-0.1", "--dir", empty}, `--ltv-range "0.6-0.1"`},
		{"seed range not numbers", []string{"devnet", "seed", "--ltv-range", "low-high", "--dir", empty}, `--ltv-range "low-high"`},
		{"bad port", []string{"devnet", "--port", "70000", "--dir", empty}, "--port 70000"},
		{"negative block time", []string{"devnet", "--block-time", "-1s", "--dir", empty}, "--block-time -1s"},
		{"unknown subcommand", []string{"devnet", "prices", "--dir", empty}, `unknown subcommand "prices"`},
		{"no devnet in folder", []string{"devnet", "price", "--set", "48000", "--dir", empty}, "no devnet in folder " + empty},
		{"no devnet for seed", []string{"devnet", "seed", "--borrowers", "5", "--dir", empty}, "ltvkeeper devnet --dir " + empty},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := runApp(t, tc.args...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v (output %q), want an error containing %q", err, out, tc.want)
			}
		})
	}
}

func TestDevnetNotRunning(t *testing.T) {
	dir := t.TempDir()
	// A devnet.json left by a devnet that has stopped.
	info := fmt.Sprintf(`{"rpcUrl":"http://127.0.0.1:%d","deployment":"%s"}`, anviltest.FreePort(t), filepath.Join(dir, "deployment.json"))
	if err := os.WriteFile(filepath.Join(dir, devnet.InfoFile), []byte(info), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := runApp(t, "devnet", "price", "--change", "-20%", "--dir", dir)
	if err == nil || !strings.Contains(err.Error(), "no running devnet in folder "+dir) || !strings.Contains(err.Error(), "ltvkeeper devnet --dir "+dir) {
		t.Fatalf("got %v, want an error naming %s and how to start it", err, dir)
	}
}

func TestDevnetCommand(t *testing.T) {
	dir := devnetDir(t)
	port, api := anviltest.FreePort(t), fmt.Sprintf("127.0.0.1:%d", anviltest.FreePort(t))
	d := startApp(t, "--log.level", "warn", "devnet", "--dir", dir, "--port", fmt.Sprint(port),
		"--block-time", "0", "--borrowers", "2", "--api.addr", api)
	// Wait for the API, which the node serves once the devnet is up.
	d.await("the API at "+api, 60*time.Second, func() bool {
		_, status := httpGet("http://" + api + "/metrics")
		return status == http.StatusOK
	})
	printed := d.out.String()
	for _, want := range []string{
		fmt.Sprintf("RPC         http://127.0.0.1:%d", port), "database    postgres://postgres@127.0.0.1:",
		"API         http://" + api, "keeper      0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "borrowers   2",
	} {
		if !strings.Contains(printed, want) {
			t.Errorf("output lacks %q:\n%s", want, printed)
		}
	}
	for _, k := range anviltest.Keys {
		if strings.Contains(printed, k) {
			t.Fatalf("output shows a private key:\n%s", printed)
		}
	}

	// The subcommands act on it through devnet.json.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"devnet", "price", "--set", "48000", "--dir", dir}, "-> 48000 USD"},
		{[]string{"devnet", "price", "--change", "-20%", "--dir", dir}, "48000 -> 38400 USD"},
		{[]string{"devnet", "price", "--set", "60000", "--dir", dir}, "38400 -> 60000 USD"},
		// Float math would give 41999.99999999.
		{[]string{"devnet", "price", "--change", "-30%", "--dir", dir}, "60000 -> 42000 USD"},
		{[]string{"devnet", "price", "--change", "+0.1", "--dir", dir}, "42000 -> 42042 USD"},
		{[]string{"devnet", "seed", "--borrowers", "5", "--ltv-range", "0.2-0.3", "--dir", dir}, "opened 5 borrowers"},
		{[]string{"devnet", "seed", "--borrowers", "5", "--ltv-range", "0.1-0.6", "--dir", dir}, "maxBorrowLtv"},
		{[]string{"devnet", "replay", "--prices", writePrices(t), "--speed", "0", "--dir", dir}, "replayed"},
		{[]string{"devnet", "price", "--change", "0%", "--dir", dir}, "50500 -> 50500 USD"},
	} {
		got, err := runApp(t, append([]string{"--log.level", "warn"}, tc.args...)...)
		if err != nil {
			got += err.Error()
		}
		if !strings.Contains(got, tc.want) {
			t.Errorf("ltvkeeper %s: got %q, want %q", strings.Join(tc.args, " "), got, tc.want)
		}
	}

	if err := d.stop(60 * time.Second); err != nil {
		t.Fatalf("devnet: %v", err)
	}
	if _, _, err := devnet.Attach(context.Background(), dir); err == nil {
		t.Fatal("the devnet's chain still answers after it stopped")
	}
}

func writePrices(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "prices.csv")
	if err := os.WriteFile(path, []byte("timestamp,close\n1722816000,52000\n1722819600,51000\n1722823200,50500\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestDevnetAPIAddrBusy: a taken --api.addr is refused before the devnet creates its folder.
func TestDevnetAPIAddrBusy(t *testing.T) {
	dir, addr := devnetDir(t), anviltest.Listen(t).Addr().String()
	out, err := runApp(t, "devnet", "--dir", dir, "--port", fmt.Sprint(anviltest.FreePort(t)), "--api.addr", addr)
	if err == nil || !strings.Contains(err.Error(), "--api.addr "+addr) || !strings.Contains(err.Error(), "choose another port (--api.addr)") {
		t.Fatalf("got %v (output %q), want an error naming --api.addr %s", err, out, addr)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("the devnet folder %s was created (%v)", dir, err)
	}
}
