package chain

import (
	"errors"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

var (
	// ErrNotAddress is returned by ParseAddress for text that is not 0x and 40 hex digits.
	ErrNotAddress = errors.New("not an address (want 0x and 40 hex digits)")
	// ErrBadChecksum is returned by ParseAddress for a mixed-case address whose letters do
	// not match its EIP-55 checksum: a digit or a letter's case was mistyped.
	ErrBadChecksum = errors.New("mixed-case address with a wrong EIP-55 checksum: a character is mistyped (copy the address again from its source)")
)

// ParseAddress parses an address written as 0x and 40 hex digits. An all-lower-case or
// all-upper-case address carries no checksum and is accepted as it is; a mixed-case one must
// match its EIP-55 checksum.
func ParseAddress(s string) (common.Address, error) {
	if !strings.HasPrefix(s, "0x") || !common.IsHexAddress(s) {
		return common.Address{}, ErrNotAddress
	}
	addr := common.HexToAddress(s)
	digits := s[2:]
	if digits != strings.ToLower(digits) && digits != strings.ToUpper(digits) && addr.Hex() != s {
		return common.Address{}, ErrBadChecksum
	}
	return addr, nil
}
