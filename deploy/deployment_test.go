package deploy

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestCheckWritable(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, path, wantErr string
	}{
		{"new file in a folder", filepath.Join(dir, "deployment.json"), ""},
		{"missing folder", filepath.Join(dir, "gone", "deployment.json"), "cannot write in " + filepath.Join(dir, "gone")},
		{"a folder", dir, "is a directory: name a file such as " + filepath.Join(dir, "deployment.json")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckWritable(tt.path)
			if (tt.wantErr == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("CheckWritable(%s) = %v, want %q", tt.path, err, tt.wantErr)
			}
		})
	}
	// The check leaves nothing behind.
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 0 {
		t.Fatalf("%s holds %v after the checks (%v), want nothing", dir, entries, err)
	}
}

func TestWriteLoadRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deployment.json")
	d := &Deployment{ChainID: 31337, Factory: common.HexToAddress("0xfac7"), StartBlock: 3,
		Markets: []Market{{Name: "WBTC/USDC", Market: common.HexToAddress("0x3a3e7")}}}
	if err := d.Write(path); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil || got.Factory != d.Factory || got.Markets[0].Market != d.Markets[0].Market || got.StartBlock != 3 {
		t.Fatalf("Load = %+v, %v; want %+v", got, err, d)
	}
}
