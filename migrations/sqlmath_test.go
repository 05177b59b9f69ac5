package migrations_test

import (
	"context"
	"strconv"
	"testing"

	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/internal/testlog"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/loanmath/loanmathtest"
	"github.com/ltvkeeper/ltvkeeper/migrations"
)

// sqlCases random inputs go through each SQL function and its Go twin in loanmath.
const sqlCases = 3000

// gen adds to loanmathtest's inputs the elapsed seconds the SQL takes as bigint.
type gen struct{ loanmathtest.Gen }

// seconds is up to 20 years, or an edge count one time in eight.
func (g gen) seconds() int64 {
	if g.R.IntN(8) == 0 {
		return []int64{0, 1, 2, 3, 1 << 20, 1<<62 - 1, 1<<63 - 1}[g.R.IntN(7)]
	}
	return g.R.Int64N(20 * 365 * 86400)
}

// batch collects the cases of one function: its text inputs, one column per argument, and
// the decimal result Go computed for each case.
type batch struct {
	cols [][]string
	want []string
}

func (b *batch) add(want *uint256.Int, args ...string) {
	if b.cols == nil {
		b.cols = make([][]string, len(args))
	}
	for i, a := range args {
		b.cols[i] = append(b.cols[i], a)
	}
	b.want = append(b.want, want.Dec())
}

// check evaluates call over every case in one SELECT (the arguments are unnest()ed text
// arrays named a0, a1, …) and requires each result to equal Go's, as a decimal string.
func (b *batch) check(t *testing.T, conn *pgx.Conn, call string) {
	t.Helper()
	t.Logf("%d of %d cases (the rest overflow in Go)", len(b.want), sqlCases)
	if len(b.want) < sqlCases/2 {
		t.Fatalf("only %d of %d cases left after skipping Go errors", len(b.want), sqlCases)
	}
	params, names := "", ""
	args := make([]any, len(b.cols))
	for i, col := range b.cols {
		if i > 0 {
			params, names = params+", ", names+", "
		}
		params += "$" + strconv.Itoa(i+1) + "::text[]"
		names += "a" + strconv.Itoa(i)
		args[i] = col
	}
	sql := "SELECT (" + call + ")::text FROM unnest(" + params + ") WITH ORDINALITY AS t(" + names + ", i) ORDER BY i"
	rows, err := conn.Query(context.Background(), sql, args...)
	if err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	got, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	if len(got) != len(b.want) {
		t.Fatalf("%s: %d rows, want %d", call, len(got), len(b.want))
	}
	for i := range got {
		if got[i] != b.want[i] {
			in := make([]string, len(b.cols))
			for j, col := range b.cols {
				in[j] = col[i]
			}
			t.Fatalf("%s with a=%v: sql %s, go %s", call, in, got[i], b.want[i])
		}
	}
}

func dec(x *uint256.Int) string { return x.Dec() }

// TestSQLMathMatchesLoanmath runs thousands of random inputs through the ltv_* SQL functions
// and through loanmath and requires the same result to the wei wherever loanmath succeeds
// (the SQL works in unbounded numerics, so it has no overflow to compare).
func TestSQLMathMatchesLoanmath(t *testing.T) {
	url := pgtest.DB(t)
	ctx := context.Background()
	if _, err := migrations.Up(ctx, url, testlog.Discard); err != nil {
		t.Fatal(err)
	}
	conn := pgtest.Conn(t, url)
	g := gen{loanmathtest.New(7, 11)}

	t.Run("MulDiv", func(t *testing.T) {
		var b batch
		for range sqlCases {
			x, y, d := g.Amount(78), g.Amount(78), g.Amount(40)
			r := loanmath.Rounding(g.R.IntN(2) == 0)
			got, err := loanmath.MulDiv(x, y, d, r)
			if err != nil {
				continue
			}
			roundUp := "false"
			if r == loanmath.Ceil {
				roundUp = "true"
			}
			b.add(got, dec(x), dec(y), dec(d), roundUp)
		}
		b.check(t, conn, "ltv_mul_div(a0::numeric, a1::numeric, a2::numeric, a3::boolean)")
	})
	t.Run("Rpow", func(t *testing.T) {
		var b batch
		for range sqlCases {
			x, n := g.Rate(), g.seconds()
			if g.R.IntN(8) == 0 {
				n = g.R.Int64N(64) // small powers of any x, including ones that grow
			}
			got, err := loanmath.Rpow(x, uint64(n))
			if err != nil {
				continue
			}
			b.add(got, dec(x), strconv.FormatInt(n, 10))
		}
		b.check(t, conn, "ltv_rpow(a0::numeric, a1::bigint)")
	})
	t.Run("AccruedIndex", func(t *testing.T) {
		var b batch
		for range sqlCases {
			index := new(uint256.Int).Add(loanmath.RAY, g.Amount(27))
			if g.R.IntN(8) == 0 {
				index = g.Amount(40)
			}
			rate, elapsed := g.Rate(), g.seconds()
			goElapsed := uint64(elapsed)
			if g.R.IntN(16) == 0 {
				// A block time before the last accrual (clock skew between
				// checkpoints) accrues nothing.
				elapsed, goElapsed = -1-g.R.Int64N(1000), 0
			}
			got, err := loanmath.Accrue(index, new(uint256.Int), rate, goElapsed)
			if err != nil {
				continue
			}
			b.add(got.Index, dec(index), dec(rate), strconv.FormatInt(elapsed, 10))
		}
		b.check(t, conn, "ltv_accrued_index(a0::numeric, a1::numeric, a2::bigint)")
	})
	t.Run("LTV", func(t *testing.T) {
		var b batch
		for range sqlCases {
			d, c, p, s := g.Amount(40), g.Amount(40), g.Amount(20), g.Scale()
			if g.R.IntN(2) == 0 { // a realistic wBTC/USDC position around the lines
				s = loanmath.NewScale(8, 6, 8)
				c = uint256.NewInt(g.R.Uint64N(1e11))
				p = uint256.NewInt(1e9 + g.R.Uint64N(200_000e8))
				value, _ := loanmath.CollateralValue(c, p, s)
				d = new(uint256.Int).Div(new(uint256.Int).Mul(value, uint256.NewInt(g.R.Uint64N(151))), uint256.NewInt(100))
			}
			got, err := loanmath.LTV(d, c, p, s)
			if err != nil {
				continue
			}
			b.add(got, dec(d), dec(c), dec(p), dec(s.ValueMul), dec(s.ValueDiv))
		}
		b.check(t, conn, "ltv_ltv(a0::numeric, a1::numeric, a2::numeric, a3::numeric, a4::numeric)")
	})
	t.Run("PriceAtLTV", func(t *testing.T) {
		var b batch
		for range sqlCases {
			d, c, l, s := g.Amount(40), g.Amount(40), g.WAD(), g.Scale()
			if g.R.IntN(2) == 0 {
				s = loanmath.NewScale(8, 6, 8)
				d, c = uint256.NewInt(g.R.Uint64N(1e13)), uint256.NewInt(g.R.Uint64N(1e11))
				l = uint256.NewInt([]uint64{5e17, 65e16, 7e17, 8e17}[g.R.IntN(4)])
			}
			got, err := loanmath.PriceAtLTV(d, c, l, s)
			if err != nil {
				continue
			}
			b.add(got, dec(d), dec(c), dec(l), dec(s.ValueMul), dec(s.ValueDiv))
		}
		b.check(t, conn, "ltv_price_at_ltv(a0::numeric, a1::numeric, a2::numeric, a3::numeric, a4::numeric)")
	})
}
