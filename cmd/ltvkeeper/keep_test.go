package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
)

func TestKeepBadConfig(t *testing.T) {
	anvil := anviltest.Start(t)
	db := pgtest.DB(t)
	dep := filepath.Join(t.TempDir(), "deployment.json")
	mustRun(t, "deploy", "--rpc", anvil.URL, "--private-key-file", writeKeyFile(t, anviltest.Keys[0]), "--out", dep, "--dev")
	d, err := deploy.Load(dep)
	if err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(t.TempDir(), "empty.json")
	(&deploy.Deployment{ChainID: d.ChainID, Factory: d.Factory}).Write(empty)
	t.Setenv("LTVKEEPER_PRIVATE_KEY", "")
	key := writeKeyFile(t, anviltest.Keys[1])
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no deployment", []string{"--private-key-file", key}, "--deployment is required"},
		{"no markets", []string{"--deployment", empty, "--private-key-file", key}, "lists no markets"},
		{"no key", []string{"--deployment", dep}, "no private key: pass --private-key-file FILE or set LTVKEEPER_PRIVATE_KEY"},
		{"keystore without password", []string{"--deployment", dep, "--keystore", key}, "needs --password-file"},
		{"bad min profit", []string{"--deployment", dep, "--private-key-file", key, "--min-profit", "lots"}, `--min-profit "lots"`},
		{"ws not a websocket", []string{"--deployment", dep, "--private-key-file", key, "--ws", anvil.URL}, `--ws "` + anvil.URL + `": want a WebSocket URL`},
		{"no confirmations", []string{"--deployment", dep, "--private-key-file", key, "--tx.confirmations", "0"}, "--tx.confirmations 0: want 1 to 64"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := runApp(t, append([]string{"keep", "--rpc", anvil.URL, "--db", db}, tt.args...)...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
		})
	}
	t.Run("ws from the environment", func(t *testing.T) {
		keepFlags(t)
		t.Setenv("LTVKEEPER_WS", "http://127.0.0.1:1")
		_, err := runApp(t, "keep", "--rpc", anvil.URL, "--db", db, "--deployment", dep, "--private-key-file", key)
		if err == nil || !strings.HasPrefix(err.Error(), `LTVKEEPER_WS "http://127.0.0.1:1": want a WebSocket URL`) {
			t.Fatalf("error = %v, want one naming LTVKEEPER_WS, where the value came from", err)
		}
	})
}
