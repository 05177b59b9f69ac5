package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgcluster"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
)

// TestNodeFromEnvironment configures a read-only node only through LTVKEEPER_ variables and
// checks what it serves: /healthz with the configured lag limit, markets of the deployment's
// chain, and a new block heard over --ws.
func TestNodeFromEnvironment(t *testing.T) {
	anvil := anviltest.Start(t)
	dep := filepath.Join(t.TempDir(), "deployment.json")
	mustRun(t, "deploy", "--rpc", anvil.URL, "--private-key-file", writeKeyFile(t, anviltest.Keys[0]), "--out", dep, "--dev")
	port, err := pgcluster.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	keepFlags(t)
	for k, v := range map[string]string{
		"LTVKEEPER_RPC": anvil.URL, "LTVKEEPER_DB": pgtest.DB(t), "LTVKEEPER_DEPLOYMENT": dep,
		"LTVKEEPER_NO_KEEPER": "true", "LTVKEEPER_API_ADDR": addr, "LTVKEEPER_API_MAX_LAG": "7",
		"LTVKEEPER_API_REQUEST_TIMEOUT": "3s", "LTVKEEPER_WS": "ws" + strings.TrimPrefix(anvil.URL, "http"),
	} {
		t.Setenv(k, v)
	}
	node := startApp(t, "node")

	wants := map[string]string{
		"/healthz":    `"maxLag":7`,
		"/v1/markets": `"chainId":31337`,
	}
	for path, want := range wants {
		node.await("GET "+path+" = 200 with "+want, 30*time.Second, func() bool {
			body, status := httpGet("http://" + addr + path)
			return status == http.StatusOK && strings.Contains(body, want)
		})
	}
	if err := anvil.Client.Client().CallContext(context.Background(), nil, "anvil_mine", 1); err != nil {
		t.Fatal(err)
	}
	node.await("a new head heard over LTVKEEPER_WS", 30*time.Second, func() bool {
		m, err := scrape("http://" + addr + "/metrics")
		return err == nil && m["ltvkeeper_indexer_new_heads_total"] > 0
	})
	if err := node.stop(30 * time.Second); err != nil {
		t.Fatalf("node after cancel: %v", err)
	}
}

// TestNodeBadConfig: node refuses what it cannot run, naming the flag.
func TestNodeBadConfig(t *testing.T) {
	dep := filepath.Join(t.TempDir(), "deployment.json")
	d := deploy.Deployment{ChainID: 31337, Factory: common.HexToAddress("0xfac"), Markets: []deploy.Market{{Name: "m", Market: common.HexToAddress("0x3a")}}}
	if err := d.Write(dep); err != nil {
		t.Fatal(err)
	}
	t.Setenv("LTVKEEPER_PRIVATE_KEY", "")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no deployment", []string{"node", "--no-keeper"}, "--deployment is required"},
		{"factory instead", []string{"node", "--no-keeper", "--factory", "0x0000000000000000000000000000000000000001"}, "unknown flag --factory for node"},
		{"no key", []string{"node", "--deployment", dep}, "no private key: pass --private-key-file FILE or set LTVKEEPER_PRIVATE_KEY; or pass --no-keeper"},
		{"missing deployment file", []string{"node", "--no-keeper", "--deployment", "x.json"}, "--deployment x.json"},
		{"argument", []string{"node", "extra"}, `unexpected argument "extra"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := runApp(t, tt.args...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("ltvkeeper %s: %v, want an error with %q", strings.Join(tt.args, " "), err, tt.want)
			}
		})
	}
}

// keepFlags restores the node's flags after t: urfave/cli v2 writes a value read from the
// environment into the shared flag, where it would outlive t.Setenv.
func keepFlags(t *testing.T) {
	t.Helper()
	rpc, ws, db, dep, noKeeper, addr, lag, timeout := *rpcFlag, *wsFlag, *dbFlag, *nodeDeploymentFlag, *noKeeperFlag, *apiAddrFlag, *apiMaxLagFlag, *apiRequestTimeoutFlag
	t.Cleanup(func() {
		*rpcFlag, *wsFlag, *dbFlag, *nodeDeploymentFlag, *noKeeperFlag, *apiAddrFlag, *apiMaxLagFlag, *apiRequestTimeoutFlag = rpc, ws, db, dep, noKeeper, addr, lag, timeout
	})
}

func httpGet(url string) (string, int) {
	resp, err := http.Get(url)
	if err != nil {
		return err.Error(), 0
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return string(body), resp.StatusCode
}
