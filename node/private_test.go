package node

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// endpoint answers eth_chainId as answer says: a result, a JSON-RPC error, or an HTTP status.
func endpoint(t *testing.T, answer func(w http.ResponseWriter, id json.RawMessage)) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID json.RawMessage `json:"id"`
		}
		json.NewDecoder(r.Body).Decode(&req) //nolint:errcheck // the id is echoed as read
		w.Header().Set("Content-Type", "application/json")
		answer(w, req.ID)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestDialPrivate(t *testing.T) {
	chain := func(id string) func(http.ResponseWriter, json.RawMessage) {
		return func(w http.ResponseWriter, req json.RawMessage) {
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":"%s"}`, req, id)
		}
	}
	noMethod := func(w http.ResponseWriter, req json.RawMessage) {
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"error":{"code":-32601,"message":"the method eth_chainId does not exist"}}`, req)
	}
	noMethod400 := func(w http.ResponseWriter, req json.RawMessage) {
		w.WriteHeader(http.StatusBadRequest)
		noMethod(w, req)
	}
	forbidden := func(w http.ResponseWriter, _ json.RawMessage) { http.Error(w, "missing API key", http.StatusForbidden) }
	tests := []struct {
		name     string
		answer   func(http.ResponseWriter, json.RawMessage)
		wantErr  string // "": accepted
		wantWarn bool
	}{
		{"same chain", chain("0x7a69"), "", false},
		{"no eth_chainId", noMethod, "", true},
		{"no eth_chainId, HTTP 400", noMethod400, "", true},
		{"another chain", chain("0x1"), "serves chain 1 but the deployment is on chain 31337", false},
		{"forbidden", forbidden, "read chain id: 403 Forbidden", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var logs bytes.Buffer
			cfg := Config{PrivateRPC: endpoint(t, tt.answer)}
			client, err := cfg.dialPrivate(context.Background(), 31337, slog.New(slog.NewTextHandler(&logs, nil)))
			if client != nil {
				client.Close()
			}
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if (tt.wantErr == "") != (gotErr == "") || !strings.Contains(gotErr, tt.wantErr) {
				t.Fatalf("dialPrivate: %v, want an error containing %q", err, tt.wantErr)
			}
			if gotErr != "" && !strings.HasPrefix(gotErr, "--tx.private-rpc") {
				t.Errorf("error %q does not start with the flag", gotErr)
			}
			if got := strings.Contains(logs.String(), "its chain is not checked"); got != tt.wantWarn {
				t.Errorf("warned %v, want %v; logs:\n%s", got, tt.wantWarn, logs.String())
			}
		})
	}
}
