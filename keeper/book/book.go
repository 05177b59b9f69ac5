// Package book keeps the borrow positions of one market ordered by risk, so that the keeper
// can list the positions at or above an LTV line (liquidatable, in margin call) at a price
// and borrow index without scanning every position on every tick.
//
// A position's LTV is debt ÷ collateral value, where debt is borrow shares × index and the
// value is collateral × price, so its liquidation price is proportional to the key
// shares ÷ collateral. Moving the price or the index moves every position's LTV by the same
// factor and leaves the order by key unchanged. The book keeps positions in that order,
// riskiest (highest key) first, and answers a query by walking from the top down to a key
// threshold derived from the line, price and index, confirming each candidate with the
// contract's own test, which the market's protocol gives.
//
// The contract rounds debt and LTV up and collateral value down, so a position's contract
// LTV is never below its exact rational LTV, but a position can cross the line on rounding
// alone when its collateral is worth only a few base units of the loan token. The threshold
// is set 2^-16 below the exact boundary, which absorbs the rounding of every position whose
// collateral is worth more than about 2^16 × (1 + WAD/line) loan base units at the queried
// price (0.15 USDC at a line of 0.8); the few positions with less collateral than that are found through a second index
// ordered by collateral and checked exactly as well. A query costs O(log n + k + d), where
// k is the number of candidates (the answer plus the positions within 2^-16 of the line)
// and d the number of such dust positions.
package book

import (
	"bytes"
	"math/big"
	"math/bits"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/btree"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/protocol"
	"github.com/ltvkeeper/ltvkeeper/protocol/ltvmarket"
)

// Position is a borrower's collateral and borrow shares in one market.
type Position = protocol.Position

// Test is the contract's own test of a position at or past lineLTV (WAD) at price and index.
type Test interface {
	AtOrAbove(p Position, price, index, lineLTV *uint256.Int) bool
}

// Linear is a Test of a market whose debt is borrow shares × num ÷ den rounded up, with num and
// den given by the query's index, whose collateral value is collateral × price × mul ÷ div
// rounded down, and under which a position is below a line L whenever debt × WAD <=
// (L − 1) × value. The book's threshold is derived for such loan math (LendingMarket's: index ÷
// RAY at the market's scale; Morpho Blue's: its borrow totals with their virtual shares, at the
// oracle's 1e36): only such a market's queries walk from the riskiest position to it; any
// other market's queries check every position.
type Linear interface {
	Linear(index *uint256.Int) (num, den, mul, div *big.Int)
}

// Book holds the positions of one market ordered by shares ÷ collateral, riskiest first.
// It is not safe for concurrent use.
type Book struct {
	test   Test
	linear Linear // nil: queries check every position
	// byKey holds every position, ordered by key descending, then by borrower.
	byKey *btree.BTreeG[*item]
	// byCollateral holds the positions with both shares and collateral, ordered by
	// collateral ascending, then by borrower: the dust candidates of a query.
	byCollateral *btree.BTreeG[*item]
	items        map[common.Address]*item
}

type item struct {
	borrower   common.Address
	collateral uint256.Int
	shares     uint256.Int
}

// degree of the B-trees; 32 keeps nodes within a few cache lines of pointers.
const degree = 32

// marginShift sets the threshold 2^-marginShift below the exact boundary. A wider margin
// checks more positions near the line on every query; a narrower one counts more positions
// as dust (collateral worth under about 2^marginShift × (1 + WAD/line) loan base units).
const marginShift = 16

// New returns an empty book for a LendingMarket with scale s.
func New(s loanmath.Scale) *Book {
	return NewFor(lendingMarket{s})
}

// NewFor returns an empty book for a market whose protocol tests positions with t.
func NewFor(t Test) *Book {
	linear, _ := t.(Linear)
	return &Book{
		test:         t,
		linear:       linear,
		byKey:        btree.NewG(degree, riskier),
		byCollateral: btree.NewG(degree, smallerCollateral),
		items:        make(map[common.Address]*item),
	}
}

// Len is the number of positions in the book.
func (b *Book) Len() int { return len(b.items) }

// Get returns a copy of the borrower's position.
func (b *Book) Get(borrower common.Address) (Position, bool) {
	it, ok := b.items[borrower]
	if !ok {
		return Position{}, false
	}
	return it.position(), true
}

// Upsert inserts or updates p, or removes the borrower's position when p has neither
// collateral nor shares. Nil amounts count as zero. The book keeps its own copies.
func (b *Book) Upsert(p Position) {
	var collateral, shares uint256.Int
	if p.Collateral != nil {
		collateral.Set(p.Collateral)
	}
	if p.BorrowShares != nil {
		shares.Set(p.BorrowShares)
	}
	if collateral.IsZero() && shares.IsZero() {
		b.Remove(p.Borrower)
		return
	}
	it, ok := b.items[p.Borrower]
	if ok {
		if it.collateral.Eq(&collateral) && it.shares.Eq(&shares) {
			return
		}
		b.unlink(it)
	} else {
		it = &item{borrower: p.Borrower}
		b.items[p.Borrower] = it
	}
	it.collateral, it.shares = collateral, shares
	b.byKey.ReplaceOrInsert(it)
	if it.dustCandidate() {
		b.byCollateral.ReplaceOrInsert(it)
	}
}

// Remove deletes the borrower's position, if any.
func (b *Book) Remove(borrower common.Address) {
	it, ok := b.items[borrower]
	if !ok {
		return
	}
	b.unlink(it)
	delete(b.items, borrower)
}

func (b *Book) unlink(it *item) {
	b.byKey.Delete(it)
	if it.dustCandidate() {
		b.byCollateral.Delete(it)
	}
}

// AtOrAbove returns the positions whose contract LTV at price and borrow index is at least
// lineLTV (WAD), riskiest first: with the market's liquidation LTV, the liquidatable
// positions; with its margin-call LTV, those in margin call. A position counts only when it
// has debt and the contract can compute its LTV: one whose debt or LTV overflows 256 bits is
// left out, as the contract reverts on it.
func (b *Book) AtOrAbove(price, index, lineLTV *uint256.Int) []Position {
	th, ok := b.threshold(price, index, lineLTV)
	if !ok {
		return b.ScanAtOrAbove(price, index, lineLTV)
	}
	var found []*item
	b.byKey.Ascend(func(it *item) bool {
		if !th.reaches(it) {
			return false
		}
		if b.atOrAbove(it, price, index, lineLTV) {
			found = append(found, it)
		}
		return true
	})
	dust := len(found)
	b.byCollateral.AscendLessThan(&item{collateral: th.dust}, func(it *item) bool {
		if !th.reaches(it) && b.atOrAbove(it, price, index, lineLTV) {
			found = append(found, it)
		}
		return true
	})
	if len(found) > dust {
		slices.SortFunc(found, func(a, b *item) int {
			if riskier(a, b) {
				return -1
			}
			return 1 // items are distinct
		})
	}
	return positions(found)
}

// ScanAtOrAbove is AtOrAbove by a check of every position. It is the baseline that tests
// and benchmarks compare AtOrAbove with.
func (b *Book) ScanAtOrAbove(price, index, lineLTV *uint256.Int) []Position {
	var found []*item
	b.byKey.Ascend(func(it *item) bool {
		if b.atOrAbove(it, price, index, lineLTV) {
			found = append(found, it)
		}
		return true
	})
	return positions(found)
}

// positions copies items out of the book, with one allocation for all their amounts.
func positions(items []*item) []Position {
	if len(items) == 0 {
		return nil
	}
	out := make([]Position, len(items))
	amounts := make([]uint256.Int, 2*len(items))
	for i, it := range items {
		c, s := &amounts[2*i], &amounts[2*i+1]
		c.Set(&it.collateral)
		s.Set(&it.shares)
		out[i] = Position{Borrower: it.borrower, Collateral: c, BorrowShares: s}
	}
	return out
}

// atOrAbove is the contract's own test.
func (b *Book) atOrAbove(it *item, price, index, lineLTV *uint256.Int) bool {
	return b.test.AtOrAbove(Position{Borrower: it.borrower, Collateral: &it.collateral, BorrowShares: &it.shares}, price, index, lineLTV)
}

// lendingMarket is the test of ltvkeeper's LendingMarket.
type lendingMarket struct{ s loanmath.Scale }

func (m lendingMarket) AtOrAbove(p Position, price, index, lineLTV *uint256.Int) bool {
	return ltvmarket.AtOrAbove(p, price, index, lineLTV, m.s)
}

func (m lendingMarket) Linear(index *uint256.Int) (num, den, mul, div *big.Int) {
	return ltvmarket.Linear(index, m.s)
}

// threshold of a query: the walk visits positions whose key shares ÷ collateral is at least
// num ÷ den, and the dust check covers those with collateral below dust.
type threshold struct {
	num, den, dust uint256.Int
}

func (t *threshold) reaches(it *item) bool {
	return cmp512(mul512(&it.shares, &t.den), mul512(&t.num, &it.collateral)) >= 0
}

// threshold derives the walk's key threshold and dust cutoff, or reports false when the
// market's loan math is not Linear or the query admits no useful threshold (a line of at most
// 1 wei, a zero price or debt rate, or cutoffs beyond 256 bits) and every position must be
// checked.
//
// With W = WAD, L = lineLTV, P = price, the debt rate I ÷ R and the value scale M ÷ D (see
// Linear), a position is below the line when debt × W <= (L − 1) × value (value > 0). As
// debt < shares × I ÷ R + 1 and value > collateral × P × M ÷ D − 1, that holds whenever
//
//	key × I × W ÷ R <= (L − 1) × P × M ÷ D − (W + L − 1) ÷ collateral.
//
// A key below T = (1 − 2^−s) × (L − 1) × P × M × R ÷ (D × I × W) satisfies it once
// collateral >= (W + L − 1) × D × 2^s ÷ ((L − 1) × P × M), the dust cutoff. So every
// position at or above the line either has key >= T or collateral below the cutoff.
func (b *Book) threshold(price, index, lineLTV *uint256.Int) (threshold, bool) {
	var th threshold
	if b.linear == nil || lineLTV.CmpUint64(1) <= 0 || price.IsZero() {
		return th, false
	}
	rate, per, mul, div := b.linear.Linear(index) // I, R, M, D
	if rate.Sign() <= 0 || per.Sign() <= 0 || mul.Sign() <= 0 || div.Sign() <= 0 {
		return th, false
	}
	lm1 := new(big.Int).Sub(lineLTV.ToBig(), big.NewInt(1))
	pm := new(big.Int).Mul(price.ToBig(), mul)
	wad := loanmath.WAD.ToBig()

	// T = (2^s − 1) × (L − 1) × P × M × R ÷ (2^s × D × I × W)
	num := new(big.Int).Mul(lm1, pm)
	num.Mul(num, per)
	num.Mul(num, big.NewInt(1<<marginShift-1))
	den := new(big.Int).Mul(div, rate)
	den.Mul(den, wad)
	den.Lsh(den, marginShift)
	// Fit both in 256 bits, rounding T down: a lower threshold only adds candidates.
	if sh := max(num.BitLen(), den.BitLen()) - 255; sh > 0 {
		num.Rsh(num, uint(sh))
		den.Add(den, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(sh)), big.NewInt(1)))
		den.Rsh(den, uint(sh))
	}
	if num.Sign() == 0 {
		return th, false
	}

	// dust = ceil((W + L − 1) × D × 2^s ÷ ((L − 1) × P × M))
	dn := new(big.Int).Add(wad, lm1)
	dn.Mul(dn, div)
	dn.Lsh(dn, marginShift)
	dd := new(big.Int).Mul(lm1, pm)
	dust := new(big.Int).Add(dn, new(big.Int).Sub(dd, big.NewInt(1)))
	dust.Quo(dust, dd)

	if th.dust.SetFromBig(dust) {
		return th, false
	}
	th.num.SetFromBig(num)
	th.den.SetFromBig(den)
	return th, true
}

func (it *item) position() Position {
	return Position{
		Borrower:     it.borrower,
		Collateral:   new(uint256.Int).Set(&it.collateral),
		BorrowShares: new(uint256.Int).Set(&it.shares),
	}
}

// dustCandidate says whether the position is in the collateral index: it has debt and a
// finite key. Positions without shares never count and those without collateral always
// head the key order.
func (it *item) dustCandidate() bool {
	return !it.shares.IsZero() && !it.collateral.IsZero()
}

// compareKeys orders by shares ÷ collateral descending (a position without collateral has
// an infinite key), comparing a.shares × b.collateral with b.shares × a.collateral exactly.
func compareKeys(aShares, aCollateral, bShares, bCollateral *uint256.Int) int {
	return cmp512(mul512(bShares, aCollateral), mul512(aShares, bCollateral))
}

func riskier(a, b *item) bool {
	if c := compareKeys(&a.shares, &a.collateral, &b.shares, &b.collateral); c != 0 {
		return c < 0
	}
	return bytes.Compare(a.borrower[:], b.borrower[:]) < 0
}

func smallerCollateral(a, b *item) bool {
	if c := a.collateral.Cmp(&b.collateral); c != 0 {
		return c < 0
	}
	return bytes.Compare(a.borrower[:], b.borrower[:]) < 0
}

// mul512 is the full 512-bit product x × y, least significant word first.
func mul512(x, y *uint256.Int) [8]uint64 {
	var r [8]uint64
	for i := range 4 {
		var carry uint64
		for j := range 4 {
			hi, lo := bits.Mul64(x[i], y[j])
			var c uint64
			lo, c = bits.Add64(lo, r[i+j], 0)
			hi += c
			lo, c = bits.Add64(lo, carry, 0)
			hi += c
			r[i+j], carry = lo, hi
		}
		r[i+4] = carry
	}
	return r
}

func cmp512(a, b [8]uint64) int {
	for i := 7; i >= 0; i-- {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}
