package book

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/protocol/morpho"
)

var (
	wbtcUSDC       = loanmath.NewScale(8, 6, 8)
	liquidationLTV = uint256.NewInt(0.8e18)
)

func n(v uint64) *uint256.Int { return uint256.NewInt(v) }

func dec(s string) *uint256.Int { return uint256.MustFromDecimal(s) }

func addr(i int) common.Address { return common.BigToAddress(n(uint64(i) + 1).ToBig()) }

func pos(i int, collateral, shares *uint256.Int) Position {
	return Position{Borrower: addr(i), Collateral: collateral, BorrowShares: shares}
}

// contract is a market's own test of a position at or above a line, written out for the tests.
type contract func(p Position, price, index, line *uint256.Int) bool

// lendingContract is LendingMarket's test at scale s.
func lendingContract(s loanmath.Scale) contract {
	return func(p Position, price, index, line *uint256.Int) bool {
		return contractAtOrAbove(p, price, index, line, s)
	}
}

// contractAtOrAbove is the contract's test, written out for the tests.
func contractAtOrAbove(p Position, price, index, line *uint256.Int, s loanmath.Scale) bool {
	debt, err := loanmath.ToDebt(p.BorrowShares, index)
	if err != nil || debt.IsZero() {
		return false
	}
	ltv, err := loanmath.LTV(debt, p.Collateral, price, s)
	return err == nil && !ltv.Lt(line)
}

func borrowers(ps []Position) []common.Address {
	out := make([]common.Address, len(ps))
	for i, p := range ps {
		out[i] = p.Borrower
	}
	return out
}

// requireSameAnswer checks AtOrAbove against the scan and the scan against the contract's
// test at on every position, and returns the number of positions at or above the line.
func requireSameAnswer(t testing.TB, b *Book, at contract, all map[common.Address]Position, price, index, line *uint256.Int) int {
	t.Helper()
	got := b.AtOrAbove(price, index, line)
	want := b.ScanAtOrAbove(price, index, line)
	if !slices.EqualFunc(got, want, func(x, y Position) bool {
		return x.Borrower == y.Borrower && x.Collateral.Eq(y.Collateral) && x.BorrowShares.Eq(y.BorrowShares)
	}) {
		t.Fatalf("price=%s index=%s line=%s: AtOrAbove %d positions %v, scan %d positions %v",
			price.Dec(), index.Dec(), line.Dec(), len(got), borrowers(got), len(want), borrowers(want))
	}
	count := 0
	for _, p := range all {
		if at(p, price, index, line) {
			count++
		}
	}
	if count != len(want) {
		t.Fatalf("price=%s index=%s line=%s: scan found %d positions, contract test %d",
			price.Dec(), index.Dec(), line.Dec(), len(want), count)
	}
	return len(want)
}

func TestWorkedExample(t *testing.T) {
	// $2,000 borrowed at index 1 against 0.1 BTC: LTV is 0.8 at $25,000. The contract values
	// collateral in whole USDC base units (collateral × price × 1e6 ÷ 1e16 rounds down), so
	// the value only changes every 1,000 price units: LTV stays exactly 0.8 up to
	// $25,000.00999 and drops below it at $25,000.01.
	b := New(wbtcUSDC)
	b.Upsert(pos(0, n(0.1e8), n(2_000e6)))
	b.Upsert(pos(1, n(1e8), n(10_000e6))) // LTV 0.4 at $25,000: never in these answers

	liqPrice, err := loanmath.PriceAtLTV(n(2_000e6), n(0.1e8), liquidationLTV, wbtcUSDC)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := liqPrice, n(25_000e8); !got.Eq(want) {
		t.Fatalf("PriceAtLTV = %s, want %s", got.Dec(), want.Dec())
	}

	tests := []struct {
		price uint64
		want  []common.Address
	}{
		{price: 20_000e8, want: []common.Address{addr(0)}},
		{price: 25_000e8 - 1, want: []common.Address{addr(0)}},
		{price: 25_000e8, want: []common.Address{addr(0)}},
		{price: 25_000e8 + 1, want: []common.Address{addr(0)}},
		{price: 25_000e8 + 999, want: []common.Address{addr(0)}},
		{price: 25_000e8 + 1000, want: nil},
		{price: 30_000e8, want: nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.price), func(t *testing.T) {
			got := borrowers(b.AtOrAbove(n(tt.price), loanmath.RAY, liquidationLTV))
			if !slices.Equal(got, tt.want) {
				t.Errorf("AtOrAbove = %v, want %v", got, tt.want)
			}
			if scan := borrowers(b.ScanAtOrAbove(n(tt.price), loanmath.RAY, liquidationLTV)); !slices.Equal(scan, tt.want) {
				t.Errorf("ScanAtOrAbove = %v, want %v", scan, tt.want)
			}
		})
	}
}

func TestWorkedExampleInterest(t *testing.T) {
	// At index 1.25 the same shares owe $2,500: liquidatable at or below $31,250.
	b := New(wbtcUSDC)
	b.Upsert(pos(0, n(0.1e8), n(2_000e6)))
	index := dec("1250000000000000000000000000")
	if got := b.AtOrAbove(n(31_250e8), index, liquidationLTV); len(got) != 1 {
		t.Errorf("at $31,250: %d positions, want 1", len(got))
	}
	if got := b.AtOrAbove(n(31_250e8+1000), index, liquidationLTV); len(got) != 0 {
		t.Errorf("at $31,250.01: %d positions, want 0", len(got))
	}
}

func TestDustBelowThreshold(t *testing.T) {
	// 1 satoshi at $199 is worth 1.99 USDC base units, which the contract rounds to 1: one
	// share of debt is then an LTV of 1.0, although the exact LTV 1 ÷ 1.99 and the key 1 ÷ 1
	// are far below the line and its threshold. Only the dust check finds it.
	b := New(wbtcUSDC)
	b.Upsert(pos(0, n(1), n(1)))
	b.Upsert(pos(1, n(1e8), n(1)))
	price := n(199e8)
	if !contractAtOrAbove(pos(0, n(1), n(1)), price, loanmath.RAY, liquidationLTV, wbtcUSDC) {
		t.Fatal("the contract does not liquidate the dust position: fix the example")
	}
	got := borrowers(b.AtOrAbove(price, loanmath.RAY, liquidationLTV))
	if want := []common.Address{addr(0)}; !slices.Equal(got, want) {
		t.Errorf("AtOrAbove = %v, want %v", got, want)
	}
}

func TestOrderAndUpdates(t *testing.T) {
	b := New(wbtcUSDC)
	b.Upsert(pos(0, n(1e8), n(10_000e6)))
	b.Upsert(pos(1, n(0), n(1)))          // no collateral: infinite key, always first
	b.Upsert(pos(2, n(1e8), n(0)))        // no debt: never in an answer
	b.Upsert(pos(3, n(1e8), n(40_000e6))) // riskiest with collateral
	b.Upsert(pos(4, n(2e8), n(20_000e6))) // same key as 0, ordered after it by address

	all := b.ScanAtOrAbove(n(1), loanmath.RAY, n(2))
	want := []common.Address{addr(1), addr(3), addr(0), addr(4)}
	if got := borrowers(all); !slices.Equal(got, want) {
		t.Fatalf("order = %v, want %v", got, want)
	}
	if got := borrowers(b.AtOrAbove(n(1), loanmath.RAY, n(2))); !slices.Equal(got, want) {
		t.Fatalf("AtOrAbove order = %v, want %v", got, want)
	}
	if got := b.Len(); got != 5 {
		t.Fatalf("Len = %d, want 5", got)
	}

	// Position 3 repays to 0.25 LTV at $40,000; position 0 borrows up to 0.75.
	b.Upsert(pos(3, n(1e8), n(10_000e6)))
	b.Upsert(pos(0, n(1e8), n(30_000e6)))
	if got, want := borrowers(b.AtOrAbove(n(40_000e8), loanmath.RAY, n(0.7e18))), []common.Address{addr(1), addr(0)}; !slices.Equal(got, want) {
		t.Fatalf("after updates = %v, want %v", got, want)
	}

	b.Upsert(pos(1, n(0), n(0))) // closed: removed
	b.Remove(addr(0))
	b.Remove(addr(99)) // absent: no-op
	if got := b.Len(); got != 3 {
		t.Fatalf("Len = %d, want 3", got)
	}
	if _, ok := b.Get(addr(0)); ok {
		t.Fatal("Get(removed) found a position")
	}
	got, ok := b.Get(addr(4))
	if !ok || !got.Collateral.Eq(n(2e8)) || !got.BorrowShares.Eq(n(20_000e6)) {
		t.Fatalf("Get = %+v, %v", got, ok)
	}
	got.Collateral.SetUint64(1) // the copy does not alias the book
	if again, _ := b.Get(addr(4)); !again.Collateral.Eq(n(2e8)) {
		t.Fatal("Get returned an alias of the book's position")
	}
	if got := b.AtOrAbove(n(40_000e8), loanmath.RAY, n(0.7e18)); len(got) != 0 {
		t.Fatalf("after removals = %v, want none", borrowers(got))
	}
}

// randBits returns a random number of up to maxBits bits, its length uniform, so that
// amounts spread over many orders of magnitude.
func randBits(r *rand.Rand, maxBits int) *uint256.Int {
	bits := r.IntN(maxBits + 1)
	z := new(uint256.Int)
	for i := range 4 {
		z[i] = r.Uint64()
	}
	if bits < 256 {
		z.And(z, new(uint256.Int).Sub(new(uint256.Int).Lsh(n(1), uint(bits)), n(1)))
	}
	return z
}

var scales = []loanmath.Scale{
	wbtcUSDC,
	loanmath.NewScale(18, 6, 8),
	loanmath.NewScale(18, 18, 8),
	loanmath.NewScale(6, 18, 18),
	loanmath.NewScale(0, 0, 0),
}

type query struct{ price, index, line *uint256.Int }

func randQuery(r *rand.Rand) query {
	index := new(uint256.Int).Add(loanmath.RAY, randBits(r, 92))
	var line *uint256.Int
	switch r.IntN(8) {
	case 0:
		line = []*uint256.Int{n(0), n(1), n(2), n(3), loanmath.WAD, liquidationLTV}[r.IntN(6)]
	default:
		line = n(1 + r.Uint64N(1.5e18))
	}
	return query{price: randBits(r, 100), index: index, line: line}
}

// minSharesAtOrAbove is the fewest shares at which a position with collateral is at or
// above the line, or nil when none up to 2^200 is.
func minSharesAtOrAbove(collateral *uint256.Int, q query, c contract) *uint256.Int {
	return lowestTrue(func(shares *uint256.Int) bool {
		return c(Position{Collateral: collateral, BorrowShares: shares}, q.price, q.index, q.line)
	}, 200)
}

// lowestTrue is the least x from 1 to 2^bits at which cond holds, for a cond that is false
// below some x and true from it on; nil when it holds at none of them.
func lowestTrue(cond func(x *uint256.Int) bool, bits int) *uint256.Int {
	lo, hi := n(0), n(1) // cond(lo) is false
	for !cond(hi) {
		if hi.BitLen() > bits {
			return nil
		}
		lo.Set(hi)
		hi.Lsh(hi, 1)
	}
	for new(uint256.Int).Sub(hi, lo).GtUint64(1) {
		mid := new(uint256.Int).Add(lo, hi)
		mid.Rsh(mid, 1)
		if cond(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}

// population fills b with random positions and, for each query, positions exactly at and
// one share either side of its line.
type population struct {
	r    *rand.Rand
	b    *Book
	at   contract
	all  map[common.Address]Position
	next int
}

func (p *population) upsert(collateral, shares *uint256.Int) {
	ps := pos(p.next, collateral, shares)
	p.next++
	p.b.Upsert(ps)
	if collateral.IsZero() && shares.IsZero() {
		return
	}
	p.all[ps.Borrower] = ps
}

// set upserts an existing position and keeps the reference map in step.
func (p *population) set(ps Position) {
	p.b.Upsert(ps)
	if ps.Collateral.IsZero() && ps.BorrowShares.IsZero() {
		delete(p.all, ps.Borrower)
		return
	}
	p.all[ps.Borrower] = ps
}

func (p *population) random(count int) {
	for range count {
		switch p.r.IntN(20) {
		case 0:
			p.upsert(n(0), randBits(p.r, 120)) // no collateral
		case 1:
			p.upsert(randBits(p.r, 120), n(0)) // no debt
		case 2:
			p.upsert(randBits(p.r, 8), randBits(p.r, 8)) // dust
		case 3:
			p.upsert(randBits(p.r, 256), randBits(p.r, 256)) // overflows
		default:
			p.upsert(randBits(p.r, 100), randBits(p.r, 120))
		}
	}
}

func (p *population) boundary(q query, count int) {
	for range count {
		collateral := randBits(p.r, 100)
		if collateral.IsZero() {
			continue
		}
		shares := minSharesAtOrAbove(collateral, q, p.at)
		if shares == nil {
			continue
		}
		p.upsert(collateral, shares)
		p.upsert(collateral, new(uint256.Int).AddUint64(shares, 1))
		if shares.GtUint64(1) {
			p.upsert(collateral, new(uint256.Int).SubUint64(shares, 1))
		}
	}
}

// boundaryPrices are prices at and one wei either side of the highest price at which some
// positions are at or above the line.
func (p *population) boundaryPrices(q query, count int) []*uint256.Int {
	var prices []*uint256.Int
	keys := make([]common.Address, 0, len(p.all))
	for a := range p.all {
		keys = append(keys, a)
	}
	slices.SortFunc(keys, func(x, y common.Address) int { return x.Cmp(y) })
	for range count {
		ps := p.all[keys[p.r.IntN(len(keys))]]
		// LTV falls as the price rises: the lowest price at which the position is below the
		// line; the one under it is the highest at which it is at or above.
		below := lowestTrue(func(price *uint256.Int) bool { return !p.at(ps, price, q.index, q.line) }, 250)
		if below == nil || below.Eq(n(1)) {
			continue
		}
		at := new(uint256.Int).SubUint64(below, 1)
		prices = append(prices, at, new(uint256.Int).SubUint64(at, 1), below)
	}
	return prices
}

func TestAtOrAboveMatchesScan(t *testing.T) {
	matchesScan(t, func(round int) (*Book, contract) {
		sc := scales[round%len(scales)]
		return New(sc), lendingContract(sc)
	}, randQuery)
}

// TestMorphoAtOrAboveMatchesScan: a Morpho Blue market's book walks as LendingMarket's does,
// with the same answers as a check of every position by Morpho's health check.
func TestMorphoAtOrAboveMatchesScan(t *testing.T) {
	m := morpho.NewMarket(indexdb.Market{LiquidationLTV: n(0.86e18)})
	if _, ok := m.(Linear); !ok {
		t.Fatal("a Morpho market's loan math is not Linear: its book checks every position")
	}
	matchesScan(t, func(int) (*Book, contract) { return NewFor(m), morphoContract }, randMorphoQuery)
}

// morphoContract is Morpho's health check, written out for the tests: a position with borrow
// shares is at or above the line when the most it may borrow (its collateral's value at the
// oracle's price, times the line) is less than its debt, both rounded as Morpho rounds them.
// The index is the borrow totals, assets << 128 | shares.
func morphoContract(p Position, price, index, line *uint256.Int) bool {
	if p.BorrowShares.IsZero() {
		return false
	}
	assets, shares := new(uint256.Int).Rsh(index, 128), new(uint256.Int).And(index, low128)
	debt, err := loanmath.ToAssetsUp(p.BorrowShares, assets, shares)
	if err != nil {
		return false
	}
	value, err := loanmath.MulDivDown(p.Collateral, price, loanmath.OraclePriceScale)
	if err != nil {
		return false
	}
	most, err := loanmath.WMulDown(value, line)
	return err == nil && most.Lt(debt)
}

var low128 = new(uint256.Int).Sub(new(uint256.Int).Lsh(n(1), 128), n(1))

// randMorphoQuery is a query on a Morpho market: its borrow totals (shares about a million
// per asset, as Morpho's virtual shares make them), an oracle price at 1e36 scale and a line.
func randMorphoQuery(r *rand.Rand) query {
	q := randQuery(r)
	assets := randBits(r, 100)
	shares := new(uint256.Int).Mul(assets, n(1e6))
	shares.Add(shares, randBits(r, 100))
	if shares.BitLen() > 128 {
		shares.Set(low128)
	}
	q.index = new(uint256.Int).Or(new(uint256.Int).Lsh(assets, 128), shares)
	q.price = randBits(r, 150)
	return q
}

// matchesScan fills books made by newBook, round after round, with random positions and
// positions at the lines of random queries, and checks that AtOrAbove answers as a scan does.
func matchesScan(t *testing.T, newBook func(round int) (*Book, contract), randQuery func(*rand.Rand) query) {
	r := rand.New(rand.NewPCG(1, 2))
	rounds, size := 6, 1500
	if testing.Short() {
		rounds, size = 3, 500
	}
	hits, checks, total, walks := 0, 0, 0, 0
	for round := range rounds {
		b, at := newBook(round)
		p := &population{r: r, b: b, at: at, all: map[common.Address]Position{}}
		queries := make([]query, 4)
		for i := range queries {
			queries[i] = randQuery(r)
		}
		p.random(size)
		for _, q := range queries {
			p.boundary(q, size/20)
		}
		check := func() {
			t.Helper()
			if got, want := p.b.Len(), len(p.all); got != want {
				t.Fatalf("Len = %d, want %d", got, want)
			}
			for _, q := range queries {
				prices := append([]*uint256.Int{q.price}, p.boundaryPrices(q, 2)...)
				for _, price := range prices {
					if _, ok := p.b.threshold(price, q.index, q.line); ok {
						walks++
					}
					hits += requireSameAnswer(t, p.b, p.at, p.all, price, q.index, q.line)
					checks++
					total += len(p.all)
				}
			}
		}
		check()

		// Update, close and remove a quarter of the positions, then ask again.
		for a, ps := range p.all {
			switch r.IntN(8) {
			case 0:
				ps.Collateral = randBits(r, 100)
				p.set(ps)
			case 1:
				ps.BorrowShares = randBits(r, 120)
				p.set(ps)
			case 2:
				p.b.Upsert(Position{Borrower: a, Collateral: n(0), BorrowShares: n(0)})
				delete(p.all, a)
			case 3:
				p.b.Remove(a)
				delete(p.all, a)
			}
		}
		for _, q := range queries {
			p.boundary(q, size/40)
		}
		check()
	}
	// The answers must be neither always empty nor always everything, or the test proves
	// nothing.
	if hits == 0 || hits == total {
		t.Fatalf("%d of %d position checks at or above the line over %d queries", hits, total, checks)
	}
	if walks == 0 {
		t.Fatalf("none of %d queries walked the book: each checked every position", checks)
	}
	t.Logf("%d queries, %d of %d position checks at or above the line", checks, hits, total)
}

func FuzzAtOrAbove(f *testing.F) {
	f.Add(uint64(1), uint64(25_000e8), uint8(0), uint64(0), uint64(0.8e18), uint8(0), uint8(40))
	f.Add(uint64(2), uint64(1), uint8(60), uint64(1<<60), uint64(0.7e18), uint8(1), uint8(200))
	f.Add(uint64(3), uint64(0), uint8(0), uint64(0), uint64(1), uint8(2), uint8(10))
	f.Add(uint64(4), uint64(12345), uint8(30), uint64(99), uint64(2), uint8(3), uint8(100))
	f.Fuzz(func(t *testing.T, seed, price uint64, priceShift uint8, indexExtra, line uint64, scale, count uint8) {
		r := rand.New(rand.NewPCG(seed, uint64(count)))
		q := query{
			price: new(uint256.Int).Lsh(n(price), uint(priceShift%128)),
			index: new(uint256.Int).Add(loanmath.RAY, new(uint256.Int).Lsh(n(indexExtra), 30)),
			line:  n(line % 2e18),
		}
		sc := scales[int(scale)%len(scales)]
		p := &population{r: r, b: New(sc), at: lendingContract(sc), all: map[common.Address]Position{}}
		p.random(int(count))
		p.boundary(q, int(count)/8+1)
		if len(p.all) == 0 {
			return
		}
		requireSameAnswer(t, p.b, p.at, p.all, q.price, q.index, q.line)
		for _, price := range p.boundaryPrices(q, 3) {
			requireSameAnswer(t, p.b, p.at, p.all, price, q.index, q.line)
		}
	})
}

// fixture is a market of count positions worth 0.001 to 10 BTC at LTVs spread evenly over
// 0.10 to 0.79 at $60,000 and index 1.05.
type fixture struct {
	b     *Book
	index *uint256.Int
	ref   uint64
}

var fixtures = map[int]*fixture{}

func marketFixture(b *testing.B, count int) *fixture {
	b.Helper()
	if fx, ok := fixtures[count]; ok {
		return fx
	}
	r := rand.New(rand.NewPCG(7, uint64(count)))
	fx := &fixture{b: New(wbtcUSDC), index: dec("1050000000000000000000000000"), ref: 60_000e8}
	for i := range count {
		fx.b.Upsert(fx.position(r, i))
	}
	fixtures[count] = fx
	return fx
}

func (fx *fixture) position(r *rand.Rand, i int) Position {
	collateral := n(1e5 + r.Uint64N(1e9))
	ltv := n(0.10e18 + r.Uint64N(0.69e18))
	value, _ := loanmath.CollateralValue(collateral, n(fx.ref), wbtcUSDC)
	debt, _ := loanmath.MulDiv(value, ltv, loanmath.WAD, loanmath.Floor)
	shares, _ := loanmath.ToBorrowShares(debt, fx.index, loanmath.Floor)
	return pos(i, collateral, shares)
}

// priceFor is the price at which about permille ‰ of the fixture is liquidatable.
func (fx *fixture) priceFor(permille uint64) *uint256.Int {
	// LTV at price P is ltv × ref ÷ P, at or above 0.8 when ltv >= 0.8 × P ÷ ref.
	return n(fx.ref * (790_000 - 690*permille) / 800_000)
}

func BenchmarkAtOrAbove(b *testing.B) {
	for _, count := range []int{100_000, 1_000_000} {
		for _, permille := range []uint64{1, 10} {
			benchFind(b, (*Book).AtOrAbove, count, permille)
		}
	}
}

func BenchmarkScan(b *testing.B) {
	for _, count := range []int{100_000, 1_000_000} {
		benchFind(b, (*Book).ScanAtOrAbove, count, 10)
	}
}

// benchFind measures find on the fixture of count positions, at the price at which about
// permille ‰ of them are liquidatable.
func benchFind(b *testing.B, find func(bk *Book, price, index, lineLTV *uint256.Int) []Position, count int, permille uint64) {
	b.Run(fmt.Sprintf("n=%d/liquidatable=%.1f%%", count, float64(permille)/10), func(b *testing.B) {
		fx := marketFixture(b, count)
		price := fx.priceFor(permille)
		var got []Position
		for b.Loop() {
			got = find(fx.b, price, fx.index, liquidationLTV)
		}
		b.ReportMetric(float64(len(got)), "positions/op")
	})
}

func BenchmarkUpsert(b *testing.B) {
	for _, count := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprintf("n=%d", count), func(b *testing.B) {
			fx := marketFixture(b, count)
			r := rand.New(rand.NewPCG(9, 9))
			updates := make([]Position, 1<<14)
			for i := range updates {
				updates[i] = fx.position(r, r.IntN(count))
			}
			i := 0
			for b.Loop() {
				// Each op changes the position, so none is a no-op on an unchanged one.
				u := updates[i%len(updates)]
				u.BorrowShares.AddUint64(u.BorrowShares, 1)
				fx.b.Upsert(u)
				i++
			}
		})
	}
}
