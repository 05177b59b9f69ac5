package chain

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestParseAddress(t *testing.T) {
	const checksummed = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed" // EIP-55's own example
	tests := []struct {
		in      string
		wantErr error
	}{
		{checksummed, nil},
		{strings.ToLower(checksummed), nil},
		{"0x" + strings.ToUpper(checksummed[2:]), nil},
		{"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", ErrBadChecksum}, // last letter's case flipped
		{"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe0", ErrBadChecksum}, // last digit mistyped
		{"0x12", ErrNotAddress},
		{checksummed[2:], ErrNotAddress},
		{"0X" + checksummed[2:], ErrNotAddress},
		{"", ErrNotAddress},
	}
	for _, tt := range tests {
		got, err := ParseAddress(tt.in)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("ParseAddress(%q) = %s, %v; want error %v", tt.in, got, err, tt.wantErr)
		}
		if err == nil && got != common.HexToAddress(checksummed) {
			t.Errorf("ParseAddress(%q) = %s, want %s", tt.in, got, checksummed)
		}
	}
}
