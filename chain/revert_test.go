package chain

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// dataError is an RPC error carrying revert data, as a node returns for a reverted call.
type dataError struct{ data string }

func (e dataError) Error() string          { return "execution reverted" }
func (e dataError) ErrorCode() int         { return 3 }
func (e dataError) ErrorData() interface{} { return e.data }

func selector(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }

func word(v int64) []byte { return common.LeftPadBytes(big.NewInt(v).Bytes(), 32) }

func TestWithRevertDecodesCustomErrors(t *testing.T) {
	data := append(append(selector("LtvTooHigh(uint256,uint256)"), word(6e17)...), word(5e17)...)
	err := WithRevert(dataError{hexutil.Encode(data)})
	if got, want := err.Error(), "LtvTooHigh(ltv=600000000000000000, max=500000000000000000)"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if !errors.Is(err, &RevertError{Name: "LtvTooHigh"}) {
		t.Fatal("errors.Is does not match the decoded error by name")
	}
}

func TestDecodeRevert(t *testing.T) {
	msg := append(selector("Error(string)"), append(word(32), append(word(4), common.RightPadBytes([]byte("nope"), 32)...)...)...)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"require message", msg, `Error("nope")`},
		{"panic", append(selector("Panic(uint256)"), word(0x11)...), "Panic(arithmetic overflow)"},
		{"stale price", append(append(selector("StalePrice(uint256,uint256)"), word(100)...), word(3600)...), "StalePrice(updatedAt=100, maxAge=3600)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := DecodeRevert(tt.data)
			if !ok || got.Error() != tt.want {
				t.Fatalf("DecodeRevert = %v, %v; want %q", got, ok, tt.want)
			}
		})
	}
	for _, data := range [][]byte{nil, {1, 2}, selector("Unknown()")} {
		if got, ok := DecodeRevert(data); ok {
			t.Errorf("DecodeRevert(%x) = %v, want not ok", data, got)
		}
	}
}

func TestLoadKeyNeverShowsTheKey(t *testing.T) {
	for _, value := range []string{"0xnot-a-key-but-secret", "12345"} {
		_, err := LoadKey("", value)
		if err == nil {
			t.Fatalf("LoadKey(%q) succeeded", value)
		}
		if got := err.Error(); strings.Contains(got, "secret") || strings.Contains(got, "12345") {
			t.Fatalf("error shows the key: %q", got)
		}
	}
	if _, err := LoadKey("", ""); !errors.Is(err, ErrNoKey) {
		t.Fatalf("LoadKey with nothing = %v, want ErrNoKey", err)
	}
}

func TestLoadKeystore(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := keystore.EncryptKey(&keystore.Key{Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key},
		"s3cret", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file, password, wrong := filepath.Join(dir, "key.json"), filepath.Join(dir, "password"), filepath.Join(dir, "wrong")
	os.WriteFile(file, raw, 0o600)
	os.WriteFile(password, []byte("s3cret\n"), 0o600)
	os.WriteFile(wrong, []byte("guess"), 0o600)
	got, err := LoadKeystore(file, password)
	if err != nil || crypto.PubkeyToAddress(got.PublicKey) != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("LoadKeystore = %v, want the stored key", err)
	}
	if _, err := LoadKeystore(file, wrong); err == nil || strings.Contains(err.Error(), "guess") {
		t.Fatalf("wrong password: %v, want an error that does not show the password", err)
	}
}

// TestKeyLoadersNeverEchoKeyMaterial passes key material where a path or a file belongs and
// checks that no error quotes it, not even a digit of it.
func TestKeyLoadersNeverEchoKeyMaterial(t *testing.T) {
	const secret = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	dir := t.TempDir()
	write := func(name, content string) string {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	hexKeyFile := write("hexkey", "0x"+secret+"\n")
	badKeyFile := write("badkey", "zz"+secret[2:]+"\n")
	password := write("password", "s3cret\n")
	tests := []struct {
		name string
		load func() error
		want string
	}{
		{"key as --private-key-file", func() error { _, err := LoadKey("0x"+secret, ""); return err }, "not the key itself"},
		{"key without 0x as --private-key-file", func() error { _, err := LoadKey(secret, ""); return err }, "not the key itself"},
		{"key with spaces as --private-key-file", func() error { _, err := LoadKey(" 0x"+secret+"\n", ""); return err }, "not the key itself"},
		{"malformed key in a file", func() error { _, err := LoadKey(badKeyFile, ""); return err }, "not a hex secp256k1 private key"},
		{"malformed key in the environment", func() error { _, err := LoadKey("", "zz"+secret[2:]); return err }, "LTVKEEPER_PRIVATE_KEY: not a hex"},
		{"key as --keystore", func() error { _, err := LoadKeystore("0x"+secret, password); return err }, "--keystore takes a path"},
		{"key as --password-file", func() error { _, err := LoadKeystore(hexKeyFile, secret); return err }, "--password-file takes a path"},
		{"hex key file as --keystore", func() error { _, err := LoadKeystore(hexKeyFile, password); return err }, "not a go-ethereum keystore"},
		{"keystore JSON of another shape", func() error {
			_, err := LoadKeystore(write("odd.json", `{"crypto":{"cipher":"`+secret+`"}}`), password)
			return err
		}, "not a readable go-ethereum keystore"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.load()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
			// Any 8 consecutive digits of the key would be a leak.
			for i := 0; i+8 <= len(secret); i += 8 {
				if strings.Contains(err.Error(), secret[i:i+8]) {
					t.Fatalf("error %q shows part of the key", err)
				}
			}
		})
	}
	if _, err := LoadKey("", secret); err != nil {
		t.Fatalf("LoadKey from the environment: %v", err)
	}
	if _, err := LoadKey(hexKeyFile, ""); err != nil {
		t.Fatalf("LoadKey from a file: %v", err)
	}
}
