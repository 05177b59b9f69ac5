package units

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in       string
		decimals uint8
		want     string
	}{
		{"60000", 8, "6000000000000"},
		{"60000.5", 8, "6000050000000"},
		{"0.00000001", 8, "1"},
		{"2000", 6, "2000000000"},
		{"0", 6, "0"},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in, tt.decimals)
		if err != nil || got.String() != tt.want {
			t.Errorf("Parse(%q, %d) = %v, %v; want %s", tt.in, tt.decimals, got, err, tt.want)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{"", "abc", "-1", "1.000000001", ".5", "1e5", "+3"} {
		if got, err := Parse(in, 8); err == nil {
			t.Errorf("Parse(%q) = %v, want an error", in, got)
		}
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		in       int64
		decimals uint8
		want     string
	}{
		{6000050000000, 8, "60000.5"},
		{1, 8, "0.00000001"},
		{2000000000, 6, "2000"},
		{0, 6, "0"},
		{-1500000, 6, "-1.5"},
	}
	for _, tt := range tests {
		if got := Format(big.NewInt(tt.in), tt.decimals); got != tt.want {
			t.Errorf("Format(%d, %d) = %q, want %q", tt.in, tt.decimals, got, tt.want)
		}
	}
}

func TestFloatAndDecimal(t *testing.T) {
	if got := *Float(big.NewInt(6000050000000), 8); got != 60000.5 {
		t.Errorf("Float(6000050000000, 8) = %v, want 60000.5", got)
	}
	for _, want := range []string{"-42", "0", "18446744073709551615", "18446744073709551616", "115792089237316195423570985008687907853269984665640564039457584007913129639935"} {
		v, _ := new(big.Int).SetString(want, 10)
		if got := *Decimal(v); got != want {
			t.Errorf("Decimal(%s) = %q", want, got)
		}
	}
	if Float(nil, 8) != nil || Decimal(nil) != nil {
		t.Error("nil in, want nil out")
	}
}

// TestFloatIsTheNearest holds Float's fast paths to big.Rat's correctly rounded quotient.
func TestFloatIsTheNearest(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	values := []*big.Int{big.NewInt(0), big.NewInt(1), big.NewInt(-1), big.NewInt(1 << 53), big.NewInt(1<<53 + 1),
		big.NewInt(-1 << 53), big.NewInt(-1<<53 - 1), big.NewInt(math.MaxInt64),
		new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))}
	for range 20000 {
		b := make([]byte, 1+r.IntN(32))
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		v := new(big.Int).SetBytes(b)
		if r.IntN(4) == 0 {
			v.Neg(v)
		}
		values = append(values, v)
	}
	for _, v := range values {
		for _, d := range []uint8{0, 1, 6, 8, 18, 22, 23, 27, 36} {
			want, _ := new(big.Rat).SetFrac(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil)).Float64()
			if got := *Float(v, d); got != want {
				t.Fatalf("Float(%s, %d) = %v, want %v", v, d, got, want)
			}
			if s, f := Number(v, d); *s != v.String() || *f != want {
				t.Fatalf("Number(%s, %d) = %s, %v; want %s, %v", v, d, *s, *f, v, want)
			}
		}
	}
}
