package indexdb

import (
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// MarketID is a market as the markets table names it: the address of its own contract (an
// ltvkeeper market, 20 bytes) or its id inside the contract that holds it (a Morpho Blue
// market, 32 bytes). Its string is the raw bytes, so that ids compare with == and order as
// the table orders them; "" is no market.
type MarketID string

// AddressMarket is the id of a market that is its own contract.
func AddressMarket(a common.Address) MarketID { return MarketID(a.Bytes()) }

// Bytes is the id as the tables store it; nil for none.
func (id MarketID) Bytes() []byte {
	if id == "" {
		return nil
	}
	return []byte(id)
}

// Hex is the id as users write it: a checksummed address, or 0x and 64 hex digits.
func (id MarketID) Hex() string {
	if len(id) == common.AddressLength {
		return common.BytesToAddress([]byte(id)).Hex()
	}
	return "0x" + hex.EncodeToString([]byte(id))
}

func (id MarketID) String() string { return id.Hex() }

// Address is the id as an address (a market that is its own contract).
func (id MarketID) Address() common.Address { return common.BytesToAddress([]byte(id)) }

// MarshalText writes the id as Hex does.
func (id MarketID) MarshalText() ([]byte, error) { return []byte(id.Hex()), nil }

// UnmarshalText reads an id as ParseMarketID does.
func (id *MarketID) UnmarshalText(text []byte) error {
	parsed, err := ParseMarketID(string(text))
	if err != nil {
		return fmt.Errorf("market id %w", err)
	}
	*id = parsed
	return nil
}

// NotAMarket says what ParseMarketID accepts, for the message that refuses anything else.
const NotAMarket = "not an address (want 0x and 40 hex digits) nor a Morpho Blue market's id (0x and 64 hex digits)"

// ParseMarketID reads a market written as Hex writes it (in either case).
func ParseMarketID(s string) (MarketID, error) {
	digits, ok := strings.CutPrefix(s, "0x")
	if !ok {
		digits, ok = strings.CutPrefix(s, "0X")
	}
	if ok && (len(digits) == 2*common.AddressLength || len(digits) == 2*common.HashLength) {
		if b, err := hex.DecodeString(digits); err == nil {
			return MarketID(b), nil
		}
	}
	return "", fmt.Errorf("%q: %s", s, NotAMarket)
}
