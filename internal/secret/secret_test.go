package secret

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
)

func TestMasksAnEndpointsKey(t *testing.T) {
	AddURL("https://eth-mainnet.example.org/v2/aB3dE5fG7hI9jK1l")
	AddURL("wss://user:s3cr3t-pass@node.example.org/ws?apikey=0123456789abcdef")
	AddURL("http://127.0.0.1:8545")    // nothing secret
	AddURL("https://rpc.example.org/") // nothing secret
	var out bytes.Buffer
	w := Writer(&out)
	log := slog.New(slog.NewJSONHandler(w, nil))
	log.Error("node unavailable", "err", `Post "https://eth-mainnet.example.org/v2/aB3dE5fG7hI9jK1l": dial tcp: connection refused`)
	log.Info("dial", "url", "wss://user:s3cr3t-pass@node.example.org/ws?apikey=0123456789abcdef")
	slog.New(slog.NewTextHandler(w, nil)).Warn("retry", "endpoint", "https://eth-mainnet.example.org/v2/aB3dE5fG7hI9jK1l")
	got := out.String()
	for _, secret := range []string{"aB3dE5fG7hI9jK1l", "s3cr3t-pass", "0123456789abcdef"} {
		if strings.Contains(got, secret) {
			t.Errorf("the output holds %q:\n%s", secret, got)
		}
	}
	for _, kept := range []string{"eth-mainnet.example.org/***", "node.example.org", "connection refused", "127.0.0.1:8545"} {
		if !strings.Contains(got+Redact("http://127.0.0.1:8545"), kept) {
			t.Errorf("the output lacks %q:\n%s", kept, got)
		}
	}
	if n, err := w.Write([]byte("a line with no secret\n")); n != 22 || err != nil {
		t.Errorf("Write = %d, %v; want 22, nil", n, err)
	}
}
