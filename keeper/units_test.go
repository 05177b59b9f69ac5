package keeper

import (
	"math/big"
	"testing"
)

// TestToLoanUnits: dollar amounts in millionths become base units of loan tokens of any
// decimals.
func TestToLoanUnits(t *testing.T) {
	tests := []struct {
		name     string
		micro    int64
		decimals uint8
		want     string
	}{
		{"6 decimals", 5_000_000, 6, "5000000"},
		{"18 decimals", 5_000_000, 18, "5000000000000000000"},
		{"2 decimals", 5_000_000, 2, "500"},
		{"0 decimals rounds down", 1_500_000, 0, "1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := toLoanUnits(big.NewInt(tt.micro), tt.decimals)
			if got.String() != tt.want {
				t.Fatalf("toLoanUnits(%d, %d) = %s, want %s", tt.micro, tt.decimals, got, tt.want)
			}
		})
	}
}
