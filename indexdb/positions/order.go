package positions

// How Query lists positions without computing every one of them.
//
// The markets are walked one after the other into one page: once the page is full, a walk
// reads only the positions that can still enter it (a floor on the walk's index key, derived
// from the page's last value). Within a market:
//
//   - By debt: debt is borrow shares × the market's index, rounded up, so it never decreases
//     with the shares. Query walks the positions by shares, largest first (an index), and
//     stops once the last position's debt is below the page's last one: no position after
//     it can enter the page.
//   - By collateral: the same walk, by collateral.
//   - By LTV: LTV is shares × index ÷ (collateral × price), so price and interest move every
//     position of a market by the same factor and the order by ltv_key (shares ÷ collateral,
//     an index) is the order by LTV up to the contract's rounding. The rounding moves an LTV
//     by at most (1 + LTV) ÷ (value − 1) plus one wei above the exact ratio, and never below
//     it, where value is the collateral's worth in loan base units; for every position whose
//     collateral is worth at least dustValue that is within marginShift of the ratio. Query
//     walks ltv_key down from the highest LTV a filter or cursor allows, and stops once that
//     bound of the next position is below the page's last LTV (or the filter's lowest). The
//     few dust positions, worth less, are read and computed exactly on every query (an index
//     on collateral), in the same statement as the walk's first batch. Positions without
//     debt have LTV 0 and come last, by borrower.
//   - LTV filters (min_ltv, status) under another order are ltv_key ranges, applied to a
//     window of the order: each read scans at most a window of the order's index (growing
//     fourfold) and returns the positions in the range, so a common range costs one read.
//     When the first window holds less than a page, a range of at most exactRange
//     positions is read whole; a larger one is walked on in growing windows.
//
// The exact values (debt, LTV, status, prices) are always positions_live's: the market-wide
// part (the index accrued to the head, the price) is read once from market_live, and each
// position read is computed from it by loanmath, which the schema's ltv_* functions mirror to
// the wei (a test holds the two equal): its debt and LTV as it is read, its liquidation and
// margin-call prices once it is in the final page. A position loanmath cannot compute (an
// overflow the contract would revert on) is read from positions_live itself. The bounds above only decide
// which positions to read, and every filter and the final order are applied to the exact
// values.

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

const (
	// marginShift: a non-dust position's LTV is at most its exact ratio × (1 + 2^-marginShift)
	// plus WAD × 2^-marginShift plus 2 wei.
	marginShift = 15
	// dustValue is the collateral value, in loan base units, from which that bound holds.
	dustValue = 1 << 16
	// exactRange is the largest LTV range another order reads whole.
	exactRange = 2000
	// firstBatch is how many positions a walk reads first when the page size is unknown;
	// each further batch reads four times more, up to maxBatch.
	firstBatch, maxBatch = 64, 4096
	// firstWindow and maxWindow bound how many positions of an order one read scans for a
	// filter the order's index does not hold (an LTV range under another order).
	firstWindow, maxWindow = 1024, 1 << 16
)

var (
	wad = big.NewInt(1e18)
	ray = new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)
	// maxUint256 is the LTV of a position with debt and collateral worth nothing.
	maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
)

// market is what a listing needs of a market: its lines, price and accrued index.
type market struct {
	chainID             int64
	addr                []byte
	protocol            string
	index               *big.Int // borrow index accrued to the head, RAY
	marginCall, liqLine *big.Int // WAD
	priced              bool
	price               *big.Int // feed units; nil without a price
	priceUpdatedAt      int64
	priceStale, atBound bool
	scale               loanmath.Scale
	cd, ld, fd          uint8
	asOfBlock, asOfTime int64
	// perKey is the LTV (WAD) per unit of ltv_key at the price and index: LTV's exact ratio
	// is ltv_key × perKey. 0 when the price or index is zero: then nothing is pruned.
	perKey float64
	// dust is the collateral under which a position is worth less than dustValue.
	dust *big.Int

	// The same values as uint256, for computing positions: exact is false when one of them
	// does not fit (then every position is read from positions_live), and unitOK is false
	// when price × 10^loanDecimals does not (then every position with a price is).
	id                          indexdb.MarketID
	index256, margin256, liq256 uint256.Int
	unit                        uint256.Int // price × 10^loanDecimals
	exact, unitOK               bool
}

func loadMarkets(ctx context.Context, db DB, f Filter) ([]market, error) {
	rows, err := db.Query(ctx, `
		SELECT chain_id, market, l.borrow_index::text, l.margin_call_ltv::text, l.liquidation_ltv::text,
		       l.price::text, l.value_mul::text, l.value_div::text, l.price_updated_at, l.collateral_decimals, l.loan_decimals,
		       `+indexdb.PriceDecimalsSQL+`, l.as_of_block, l.as_of_timestamp, COALESCE(l.as_of_timestamp - l.price_updated_at > l.heartbeat, false),
		       l.price_at_bound, l.protocol
		FROM market_live l JOIN markets m USING (chain_id, market)
		WHERE ($1::bigint = 0 OR chain_id = $1) AND ($2::bytea IS NULL OR market = $2)
		ORDER BY chain_id, market`, f.ChainID, f.Market.Bytes())
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (market, error) {
		var (
			m                                       market
			index, margin, liq, mul, div            string
			price                                   *string
			bIndex, bPrice, bMul, bDiv, bMarg, bLiq *big.Int
			updatedAt                               *int64
			cd, ld, fd                              int32
		)
		if err := row.Scan(&m.chainID, &m.addr, &index, &margin, &liq, &price, &mul, &div, &updatedAt, &cd, &ld, &fd,
			&m.asOfBlock, &m.asOfTime, &m.priceStale, &m.atBound, &m.protocol); err != nil {
			return m, err
		}
		m.cd, m.ld, m.fd = uint8(cd), uint8(ld), uint8(fd)
		m.scale = loanmath.NewScale(m.cd, m.ld, m.fd)
		if updatedAt != nil {
			m.priceUpdatedAt = *updatedAt
		}
		var ok [6]bool
		bIndex, ok[0] = new(big.Int).SetString(index, 10)
		bMarg, ok[1] = new(big.Int).SetString(margin, 10)
		bLiq, ok[2] = new(big.Int).SetString(liq, 10)
		bMul, ok[3] = new(big.Int).SetString(mul, 10)
		bDiv, ok[4] = new(big.Int).SetString(div, 10)
		ok[5] = true
		if price != nil {
			bPrice, ok[5] = new(big.Int).SetString(*price, 10)
		}
		if slices.Contains(ok[:], false) {
			return m, fmt.Errorf("market %x: a parameter is not an integer", m.addr)
		}
		m.index, m.marginCall, m.liqLine, m.priced, m.price = bIndex, bMarg, bLiq, price != nil, bPrice
		m.id = indexdb.MarketID(m.addr)
		o1 := m.index256.SetFromBig(bIndex)
		o2 := m.margin256.SetFromBig(bMarg)
		o3 := m.liq256.SetFromBig(bLiq)
		// loanmath's index math is ltvkeeper's: another protocol's positions are read from
		// positions_live, which holds its own math (its index only orders the walk).
		m.exact = !o1 && !o2 && !o3 && bIndex.Sign() >= 0 && bMarg.Sign() >= 0 && bLiq.Sign() >= 0 && m.protocol == indexdb.ProtocolLTVKeeper
		if m.priced && bPrice.Sign() >= 0 {
			var p uint256.Int
			if !p.SetFromBig(bPrice) {
				_, overflow := m.unit.MulOverflow(&p, m.scale.ValueMul)
				m.unitOK = !overflow
			}
		}
		if m.priced && bPrice.Sign() > 0 && bIndex.Sign() > 0 && bMul.Sign() > 0 {
			// perKey = WAD × index × div ÷ (RAY × price × mul)
			num := new(big.Int).Mul(new(big.Int).Mul(wad, bIndex), bDiv)
			den := new(big.Int).Mul(new(big.Int).Mul(ray, bPrice), bMul)
			m.perKey, _ = new(big.Rat).SetFrac(num, den).Float64()
			// dust = ceil(dustValue × div ÷ (price × mul))
			pm := new(big.Int).Mul(bPrice, bMul)
			m.dust = new(big.Int).Mul(big.NewInt(dustValue), bDiv)
			m.dust.Add(m.dust, pm).Sub(m.dust, big.NewInt(1)).Quo(m.dust, pm)
			if m.perKey <= 0 || math.IsInf(m.perKey, 0) {
				m.perKey = 0
			}
		}
		return m, nil
	})
}

// ltvBound is an upper bound of the LTV of every non-dust position with ltv_key at most key;
// nil when there is none (key is infinite or nothing can be pruned).
func (m market) ltvBound(key float64) *big.Int {
	if m.perKey == 0 || math.IsInf(key, 1) {
		return nil
	}
	slack := math.Ldexp(1, -marginShift)
	v := key*m.perKey*(1+slack) + 1e18*slack
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return nil
	}
	b, _ := new(big.Float).SetFloat64(math.Ceil(v)).Int(nil)
	return b.Add(b, big.NewInt(2))
}

// keyAtMost is an ltv_key above which every position's LTV exceeds ltv; "" for none.
func (m market) keyAtMost(ltv *big.Int) string {
	if m.perKey == 0 || ltv == nil || ltv.Cmp(maxUint256) >= 0 {
		return ""
	}
	f, _ := new(big.Float).SetInt(ltv).Float64()
	k := f / m.perKey * (1 + math.Ldexp(1, -40))
	if math.IsInf(k, 0) || math.IsNaN(k) {
		return ""
	}
	return strconv.FormatFloat(k, 'g', -1, 64)
}

// keyAtLeast is an ltv_key below which every non-dust position's LTV is under ltv; "" for none.
func (m market) keyAtLeast(ltv *big.Int) string {
	if m.perKey == 0 || ltv == nil {
		return ""
	}
	slack := math.Ldexp(1, -marginShift)
	f, _ := new(big.Float).SetInt(ltv).Float64()
	k := (f - 1e18*slack - 2) / (m.perKey * (1 + slack)) * (1 - math.Ldexp(1, -40))
	if k <= 0 || math.IsInf(k, 0) || math.IsNaN(k) {
		return ""
	}
	return strconv.FormatFloat(k, 'g', -1, 64)
}

// ltvRange is the range of LTVs f allows in m, both ends inclusive (nil: unbounded), and
// whether f allows any position of m at all.
func (f Filter) ltvRange(m *market) (lo, hi *big.Int, any bool) {
	minus1 := func(v *big.Int) *big.Int { return new(big.Int).Sub(v, big.NewInt(1)) }
	lo = f.MinLTV
	raise := func(v *big.Int) {
		if lo == nil || v.Cmp(lo) > 0 {
			lo = v
		}
	}
	lower := func(v *big.Int) {
		if hi == nil || v.Cmp(hi) < 0 {
			hi = v
		}
	}
	switch f.Status {
	case Liquidatable:
		raise(m.liqLine)
	case MarginCall:
		raise(m.marginCall)
		lower(minus1(m.liqLine))
	case Healthy:
		lower(minus1(m.marginCall))
	}
	if (lo != nil || f.Status != "") && !m.priced {
		return nil, nil, false // no LTV, status unknown
	}
	if c := f.After; c != nil && f.Sort == ByLTV {
		if c.Value == nil {
			if m.priced {
				return nil, nil, false // every priced position comes before the unknown LTVs
			}
		} else if m.priced {
			lower(c.Value)
		}
	}
	if lo != nil && hi != nil && lo.Cmp(hi) > 0 {
		return nil, nil, false
	}
	return lo, hi, true
}

// listing is the page being built: the positions kept so far from every market listed, in
// order. Each market's walk stops as soon as none of its positions left can enter this page.
type listing struct {
	f    Filter
	kept []Position
	seen map[positionKey]bool // each position read
	// last is the page's last sort value as a uint256 once the page is full; nil otherwise,
	// or when that value is nil or beyond uint256.
	last *uint256.Int
	// priced says which kept positions still need their liquidation and margin-call prices.
	priced map[positionKey]*market
}

func newListing(f Filter) *listing {
	return &listing{f: f, seen: make(map[positionKey]bool), priced: make(map[positionKey]*market)}
}

// positionKey is a position's market and borrower.
type positionKey struct {
	market   indexdb.MarketID
	borrower common.Address
}

func keyOf(p Position) positionKey { return positionKey{p.MarketID, p.Borrower} }

func (l *listing) add(ps []Position) {
	for _, p := range ps {
		k := keyOf(p)
		if l.seen[k] || !l.f.keeps(p) {
			continue
		}
		l.seen[k] = true
		l.kept = append(l.kept, p)
	}
	l.trim()
}

// trim sorts the page and cuts it to the limit.
func (l *listing) trim() {
	sortPositions(l.kept, l.f.Sort)
	if l.f.Limit > 0 && len(l.kept) > l.f.Limit {
		for _, p := range l.kept[l.f.Limit:] {
			delete(l.priced, keyOf(p))
		}
		l.kept = l.kept[:l.f.Limit]
	}
	l.last = nil
	if l.f.Limit > 0 && len(l.kept) == l.f.Limit {
		if v := valueOf(l.kept[len(l.kept)-1], l.f.Sort); v != nil {
			if u, overflow := uint256.FromBig(v); !overflow && v.Sign() >= 0 {
				l.last = u
			}
		}
	}
}

// full reports whether the page is full and ends above v: then no position with sort value
// at most v can enter it.
func (l *listing) full(v *big.Int) bool {
	if l.f.Limit == 0 || len(l.kept) < l.f.Limit {
		return false
	}
	last := valueOf(l.kept[len(l.kept)-1], l.f.Sort)
	return last != nil && v != nil && v.Cmp(last) < 0
}

// isFull reports whether the page holds Limit positions.
func (l *listing) isFull() bool { return l.f.Limit > 0 && len(l.kept) >= l.f.Limit }

// pageLast is the page's last sort value once it is full; nil otherwise.
func (l *listing) pageLast() *big.Int {
	if l.f.Limit == 0 || len(l.kept) < l.f.Limit {
		return nil
	}
	return valueOf(l.kept[len(l.kept)-1], l.f.Sort)
}

// walk reads m's positions ordered by key (an SQL expression, largest first, ties by
// borrower; "" orders by borrower alone) in batches, from start (inclusive, "" for the top)
// while more can matter: until stop, given the last position read and its key, says no
// further position can, or none is left. Once the page is full, floor gives the key under
// which no position can enter it, and the next batch reads down to that key only.
type walk struct {
	key, cast string // the order's expression and its SQL type
	start     string
	after     []byte // with key "": read borrowers after this one
	where     []string
	args      []any
	first     int           // the first batch's size; 0: the page's
	floor     func() string // "": no floor (yet)
	stop      func(last Position, key string) bool
	// filter, when set, is a condition the walk applies to a window of the order rather
	// than to the scan: each read scans at most window positions of the order (four times
	// more each time) and returns those it keeps, so a rare filter never scans a whole
	// market in one read. When the first window keeps less than a batch, sparse may read
	// the filter's positions another way: it reports whether it read them all.
	filter string
	window int
	sparse func() (bool, error)
	// also, when set, is a condition on m's positions that the first read returns too, all
	// of them and apart from the walk (one round trip instead of two), and that are added
	// to the page once the walk is done: the dust of a walk by LTV. Its %s is alsoArg.
	also    string
	alsoArg any
}

func (l *listing) walk(ctx context.Context, db DB, m *market, w walk) error {
	var also []alsoRow
	if err := l.walkRows(ctx, db, m, w, &also); err != nil {
		return err
	}
	// The positions of w.also, once the walk is done: the page is then as full as the walk
	// makes it, and drops most of them without computing them further.
	var inexact [][]byte
	for _, r := range also {
		v, ok := m.values(r.collateral, r.shares)
		switch {
		case !ok:
			inexact = append(inexact, r.borrower)
		case !l.cannotEnter(v):
			l.addOne(m.position(r.borrower, v), m)
		}
	}
	if len(inexact) > 0 {
		ps, err := readLive(ctx, db, m, inexact)
		if err != nil {
			return err
		}
		l.add(ps)
	}
	l.trim()
	return nil
}

// alsoRow is a position of walk.also as read.
type alsoRow struct {
	borrower           []byte
	collateral, shares string
}

// walkRows is walk without the positions of w.also, which it returns in also.
func (l *listing) walkRows(ctx context.Context, db DB, m *market, w walk, also *[]alsoRow) error {
	n := firstBatch
	if l.f.Limit > 0 {
		n = min(l.f.Limit+1, maxBatch)
	}
	if w.first > 0 {
		n = w.first
	}
	var (
		lastKey      = w.start
		lastBorrower []byte
		window       = max(w.window, n)
		sparseTried  bool
		first        = true
	)
	if w.key == "" {
		lastBorrower = w.after
	}
	for {
		args := append([]any{m.chainID, m.addr}, w.args...)
		arg := func(v any) string {
			args = append(args, v)
			return "$" + strconv.Itoa(len(args))
		}
		where := append([]string{"l.chain_id = $1", "l.market = $2", "(l.collateral > 0 OR l.borrow_shares > 0)"}, w.where...)
		order := "l.borrower"
		if w.key != "" {
			order = w.key + " DESC, l.borrower"
			if lastKey != "" {
				k := arg(lastKey) + "::" + w.cast
				where = append(where, w.key+" <= "+k)
				if lastBorrower != nil {
					where = append(where, fmt.Sprintf("(%s < %s OR l.borrower > %s)", w.key, k, arg(lastBorrower)))
				}
			}
			if w.floor != nil {
				if f := w.floor(); f != "" {
					where = append(where, w.key+" >= "+arg(f)+"::"+w.cast)
				}
			}
		} else if lastBorrower != nil {
			where = append(where, "l.borrower > "+arg(lastBorrower))
		}
		// The page is chosen from the positions table by its indexes, and only its rows are
		// computed, from the market's live values.
		keyCol := ", ''"
		if w.key != "" {
			keyCol = ", (" + w.key + ")::text"
		}
		sql := "SELECT l.borrower" + keyCol + ", l.collateral::text, l.borrow_shares::text, true, false, false FROM positions l WHERE " +
			strings.Join(where, " AND ") + " ORDER BY " + order + " LIMIT " + strconv.Itoa(n)
		if w.filter != "" {
			// The window's positions the filter keeps, and the window's last to go on from.
			sql = "SELECT l.borrower" + keyCol + ", l.collateral::text, l.borrow_shares::text, l.hit, l.rn = " + strconv.Itoa(window) + ", false FROM (" +
				"SELECT l.*, (" + w.filter + ") AS hit, row_number() OVER () AS rn FROM (SELECT l.borrower, l.collateral, l.borrow_shares FROM positions l WHERE " +
				strings.Join(where, " AND ") + " ORDER BY " + order + " LIMIT " + strconv.Itoa(window) + ") l) l " +
				"WHERE l.hit OR l.rn = " + strconv.Itoa(window) + " LIMIT " + strconv.Itoa(n)
		}
		if w.also != "" && first {
			sql = "(" + sql + ") UNION ALL SELECT l.borrower, '', l.collateral::text, l.borrow_shares::text, true, false, true " +
				"FROM positions l WHERE l.chain_id = $1 AND l.market = $2 AND " + fmt.Sprintf(w.also, arg(w.alsoArg))
		}
		first = false
		rows, err := db.Query(ctx, sql, args...)
		if err != nil {
			return err
		}
		var (
			read               int
			end                bool
			inexact            [][]byte
			last               Position
			borrower           []byte
			key                string
			collateral, shares string
			hit, atEnd, isAlso bool
			// pruned: the last position computed was dropped, with these values; it becomes
			// last once the batch is read.
			pruned         bool
			prunedV        values
			prunedBorrower []byte
		)
		lastBorrower = lastBorrower[:0:0]
		_, err = pgx.ForEachRow(rows, []any{&borrower, &key, &collateral, &shares, &hit, &atEnd, &isAlso}, func() error {
			if isAlso {
				*also = append(*also, alsoRow{slices.Clone(borrower), collateral, shares})
				return nil
			}
			read++
			lastBorrower, lastKey = append(lastBorrower[:0], borrower...), key
			end = end || atEnd
			if !hit {
				// The window's end, which the filter drops.
				last = Position{ChainID: m.chainID, MarketID: m.id, Borrower: common.BytesToAddress(borrower)}
				pruned = false
				return nil
			}
			v, ok := m.values(collateral, shares)
			if !ok {
				inexact = append(inexact, slices.Clone(borrower))
				return nil
			}
			if l.cannotEnter(v) {
				// Only the last row of the batch is needed past this point.
				pruned, prunedV, prunedBorrower = true, v, append(prunedBorrower[:0], borrower...)
				return nil
			}
			p := m.position(borrower, v)
			l.addOne(p, m)
			last, pruned = p, false
			return nil
		})
		if err != nil {
			return err
		}
		if pruned {
			last = Position{ChainID: m.chainID, MarketID: m.id, Borrower: common.BytesToAddress(prunedBorrower)}
			last.Collateral, last.Debt = prunedV.collateral.ToBig(), prunedV.debt.ToBig()
			if prunedV.hasLTV {
				last.LTV = prunedV.ltv.ToBig()
			}
		}
		if read == 0 {
			return nil
		}
		if len(inexact) > 0 {
			ps, err := readLive(ctx, db, m, inexact)
			if err != nil {
				return err
			}
			l.add(ps)
			for _, p := range ps {
				if bytes.Equal(p.Borrower[:], lastBorrower) {
					last = p
				}
			}
		}
		l.trim()
		if w.key == "" {
			lastKey = ""
		}
		if end && read < n {
			// The window ended with fewer than n positions kept: go on from its end, with a
			// larger window.
			window = min(window*4, maxWindow)
			if !sparseTried && w.sparse != nil {
				sparseTried = true
				if done, err := w.sparse(); done || err != nil {
					return err
				}
			}
			continue
		}
		if read < n {
			return nil
		}
		if w.stop(last, lastKey) {
			return nil
		}
		if w.floor != nil && w.floor() != "" {
			n = maxBatch // the rest down to the floor: a few positions
		} else {
			n = min(n*4, maxBatch)
		}
	}
}

// addOne adds p, computed from m without its prices, to the page unless the filter drops it.
func (l *listing) addOne(p Position, m *market) {
	k := keyOf(p)
	if l.seen[k] || !l.f.keeps(p) {
		return
	}
	l.seen[k] = true
	l.kept = append(l.kept, p)
	l.priced[k] = m
	if l.f.Limit > 0 && len(l.kept) >= 2*l.f.Limit {
		l.trim()
	}
}

// cannotEnter reports whether a position with values v sorts after the full page's last.
func (l *listing) cannotEnter(v values) bool {
	if l.last == nil {
		return false
	}
	switch l.f.Sort {
	case ByDebt:
		return v.debt.Lt(l.last)
	case ByCollateral:
		return v.collateral.Lt(l.last)
	}
	return !v.hasLTV || v.ltv.Lt(l.last)
}

// values are what a position's place in an order needs: its amounts, and its LTV when m
// has a price.
type values struct {
	collateral, shares, debt, ltv uint256.Int
	hasLTV                        bool
}

// values computes a position of m from its row as positions_live would; ok is false where
// loanmath cannot (a value beyond uint256, where the contract reverts): then read it from
// positions_live.
func (m *market) values(collateral, shares string) (v values, ok bool) {
	if !m.exact {
		return v, false
	}
	if v.collateral.SetFromDecimal(collateral) != nil || v.shares.SetFromDecimal(shares) != nil {
		return v, false
	}
	if !loanmath.ToDebtInto(&v.debt, &v.shares, &m.index256) {
		return v, false
	}
	if m.price == nil {
		return v, true
	}
	if !m.unitOK || m.scale.ValueDiv.IsZero() {
		return v, false
	}
	v.hasLTV = true
	if v.debt.IsZero() {
		return v, true
	}
	var value uint256.Int
	if _, overflow := value.MulDivOverflow(&v.collateral, &m.unit, m.scale.ValueDiv); overflow {
		return v, false
	}
	return v, loanmath.LTVOfValueInto(&v.ltv, &v.debt, &value)
}

// position is the position with values v, without its liquidation and margin-call prices
// (withPrices adds them).
func (m *market) position(borrower []byte, v values) Position {
	b := new(amounts)
	p := Position{ChainID: m.chainID, MarketID: m.id, Protocol: m.protocol, Borrower: common.BytesToAddress(borrower),
		CollateralDecimals: m.cd, LoanDecimals: m.ld, FeedDecimals: m.fd, AsOfBlock: m.asOfBlock, AsOfTimestamp: m.asOfTime,
		Collateral: b.set(0, &v.collateral), BorrowShares: b.set(1, &v.shares), Debt: b.set(2, &v.debt), Status: "unknown"}
	if !v.hasLTV {
		return p
	}
	p.Price, p.PriceUpdatedAt, p.LTV = m.price, m.priceUpdatedAt, b.set(3, &v.ltv)
	p.PriceStale, p.PriceAtBound = m.priceStale, m.atBound
	switch {
	case !v.ltv.Lt(&m.liq256):
		p.Status = Liquidatable
	case !v.ltv.Lt(&m.margin256):
		p.Status = MarginCall
	default:
		p.Status = Healthy
	}
	return p
}

// amounts are a position's four amounts as big.Ints in one allocation instead of eight: a
// listing computes hundreds of positions to keep a page of them.
type amounts struct {
	ints  [4]big.Int
	words [4 * 4]big.Word
}

// set makes the i-th amount v, in its own four words (capped, so that growing it copies).
func (a *amounts) set(i int, v *uint256.Int) *big.Int {
	if bits.UintSize != 64 {
		return v.ToBig()
	}
	w := a.words[4*i : 4*i+4 : 4*i+4]
	n := 0
	for j, x := range v {
		w[j] = big.Word(x)
		if x != 0 {
			n = j + 1
		}
	}
	return a.ints[i].SetBits(w[:n])
}

// withPrices sets p's liquidation and margin-call prices; false where loanmath cannot compute
// them (then read p from positions_live).
func (m *market) withPrices(p *Position) bool {
	debt, o1 := uint256.FromBig(p.Debt)
	c, o2 := uint256.FromBig(p.Collateral)
	if o1 || o2 {
		return false
	}
	liqPrice, err := loanmath.PriceAtLTV(debt, c, &m.liq256, m.scale)
	if err != nil {
		return false
	}
	mcPrice, err := loanmath.PriceAtLTV(debt, c, &m.margin256, m.scale)
	if err != nil {
		return false
	}
	p.LiquidationPrice, p.MarginCallPrice = liqPrice.ToBig(), mcPrice.ToBig()
	if p.Price != nil {
		p.Price = new(big.Int).Set(p.Price)
	}
	return true
}

// readLive reads the positions of borrowers in m from positions_live.
func readLive(ctx context.Context, db DB, m *market, borrowers [][]byte) ([]Position, error) {
	rows, err := db.Query(ctx, "SELECT "+columns+`
		FROM positions_live l JOIN markets m USING (chain_id, market)
		WHERE l.chain_id = $1 AND l.market = $2 AND l.borrower = ANY($3)`, m.chainID, m.addr, borrowers)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, scanPosition)
}

const ltvKey = "ltv_key(l.borrow_shares, l.collateral)"

// byLTV lists m by LTV.
func (l *listing) byLTV(ctx context.Context, db DB, m *market, lo, hi *big.Int) error {
	f := l.f
	if !m.priced {
		// Every LTV is unknown: the order is by borrower.
		w := walk{stop: func(Position, string) bool { return l.isFull() }}
		if l.pageLast() != nil {
			return nil // the page is full of known LTVs, which come first
		}
		if c := f.After; c != nil {
			switch cmpMarket(c.ChainID, c.Market, m) {
			case 1:
				return nil // the cursor is past this market
			case 0:
				w.after = c.Borrower.Bytes()
			}
		}
		return l.walk(ctx, db, m, w)
	}
	// The dust positions, whose LTV the bound does not cover, are read all at once with the
	// walk's first batch and added after the walk (when the page is full, so that most are
	// dropped without computing them). Those without collateral have ltv_key +Inf and LTV
	// MaxUint256: the walk reads them in order.
	dust := m.perKey != 0
	// The lowest ltv_key that can matter: that of the filter's lowest LTV, or of the full
	// page's last.
	floor := func() string {
		if !dust {
			return ""
		}
		bound := lo
		if v := l.pageLast(); v != nil && (bound == nil || v.Cmp(bound) > 0) {
			bound = v
		}
		return m.keyAtLeast(bound)
	}
	first := 0
	if f.Limit > 0 {
		// A few more than the page: the bound lets through the positions within its slack.
		first = min(f.Limit+f.Limit/4+8, maxBatch)
	}
	w := walk{
		key: ltvKey, cast: "float8", start: m.keyAtMost(hi), where: []string{"l.borrow_shares > 0"}, first: first, floor: floor,
		stop: func(last Position, key string) bool {
			k, err := strconv.ParseFloat(key, 64)
			if err != nil || !dust {
				return false
			}
			if math.IsInf(k, 1) {
				// Debt without collateral: LTV MaxUint256, read in borrower order, so every
				// position not read yet sorts after the last one read.
				if f.Limit == 0 || len(l.kept) < f.Limit {
					return false
				}
				p := l.kept[len(l.kept)-1]
				return compare(valueOf(p, ByLTV), p.ChainID, p.MarketID, p.Borrower[:], maxUint256, last.ChainID, last.MarketID, last.Borrower[:]) <= 0
			}
			b := m.ltvBound(k)
			return b != nil && (l.full(b) || (lo != nil && b.Cmp(lo) < 0))
		},
	}
	if dust {
		w.also, w.alsoArg = "l.borrow_shares > 0 AND l.collateral > 0 AND l.collateral < %s::numeric", m.dust.String()
	}
	err := l.walk(ctx, db, m, w)
	if err != nil || lo != nil && lo.Sign() > 0 || l.isFull() {
		return err
	}
	// Without debt the LTV is 0, and the order is by borrower.
	zero := new(big.Int)
	w = walk{
		where: []string{"l.borrow_shares = 0", "l.collateral > 0"},
		stop:  func(Position, string) bool { return l.isFull() },
	}
	if hi != nil && hi.Sign() < 0 {
		return nil
	}
	if c := f.After; c != nil && c.Value != nil && c.Value.Cmp(zero) == 0 {
		switch cmpMarket(c.ChainID, c.Market, m) {
		case 1:
			return nil
		case 0:
			w.after = c.Borrower.Bytes()
		}
	}
	return l.walk(ctx, db, m, w)
}

// byAmount lists m by debt or collateral, whose values never decrease with column.
func (l *listing) byAmount(ctx context.Context, db DB, m *market, lo, hi *big.Int) error {
	f := l.f
	column := "l.borrow_shares"
	if f.Sort == ByCollateral {
		column = "l.collateral"
	}
	var (
		filter string
		sparse func() (bool, error)
		args   []any
	)
	if (lo != nil || hi != nil) && m.perKey != 0 {
		// The LTV range as an ltv_key range (and the dust, which it does not cover).
		var cond []string
		if k := m.keyAtMost(hi); k != "" {
			args = append(args, k)
			cond = append(cond, fmt.Sprintf("%s <= $%d::float8", ltvKey, len(args)+2))
		}
		if k := m.keyAtLeast(lo); k != "" {
			args = append(args, k)
			cond = append(cond, fmt.Sprintf("%s >= $%d::float8", ltvKey, len(args)+2))
		}
		if len(cond) > 0 {
			args = append(args, m.dust.String())
			// Positions without debt have ltv_key 0 and LTV 0, so the range decides them too.
			filter = fmt.Sprintf("(%s OR l.collateral > 0 AND l.collateral < $%d::numeric)", strings.Join(cond, " AND "), len(args)+2)
			rangeArgs := args[:len(args)-1]
			sparse = func() (bool, error) {
				// Few positions of the first window are in the range: when the whole range
				// is small, read it all.
				small, err := l.rangeIsSmall(ctx, db, m, cond, rangeArgs)
				if !small || err != nil {
					return false, err
				}
				return true, l.walk(ctx, db, m, walk{where: []string{filter}, args: args, first: exactRange + 1, stop: func(Position, string) bool { return false }})
			}
		}
	}
	var start string
	if c := f.After; c != nil && c.Value != nil {
		if f.Sort == ByCollateral {
			start = c.Value.String()
		} else if m.index.Sign() > 0 {
			// debt ≤ v needs shares × index ÷ RAY ≤ v.
			start = new(big.Int).Quo(new(big.Int).Mul(c.Value, ray), m.index).String()
		}
	}
	return l.walk(ctx, db, m, walk{
		key: column, cast: "numeric", start: start, args: args, filter: filter, window: firstWindow, sparse: sparse,
		// Once the page is full, only positions worth at least its last can enter.
		floor: func() string {
			v := l.pageLast()
			switch {
			case v == nil:
				return ""
			case f.Sort == ByCollateral:
				return v.String()
			case m.index.Sign() == 0 || v.Sign() <= 0:
				return ""
			}
			// debt ≥ v needs shares × index ÷ RAY > v − 1.
			return new(big.Int).Quo(new(big.Int).Mul(new(big.Int).Sub(v, big.NewInt(1)), ray), m.index).String()
		},
		stop: func(last Position, _ string) bool { return l.full(valueOf(last, f.Sort)) },
	})
}

// rangeIsSmall reports whether the ltv_key conditions select at most exactRange positions
// with debt.
func (l *listing) rangeIsSmall(ctx context.Context, db DB, m *market, cond []string, args []any) (bool, error) {
	rows, err := db.Query(ctx, `SELECT count(*) FROM (SELECT 1 FROM positions l
		WHERE l.chain_id = $1 AND l.market = $2 AND l.borrow_shares > 0 AND `+strings.Join(cond, " AND ")+`
		LIMIT `+strconv.Itoa(exactRange+1)+`) r`, append([]any{m.chainID, m.addr}, args...)...)
	if err != nil {
		return false, err
	}
	n, err := pgx.CollectExactlyOneRow(rows, pgx.RowTo[int64])
	return n <= exactRange, err
}

func query(ctx context.Context, db DB, f Filter) ([]Position, error) {
	var all []Position
	if f.Borrower != nil {
		// A borrower has a position in a few markets at most: read them all.
		where := []string{"l.borrower = $1", "($2::bigint = 0 OR l.chain_id = $2)", "($3::bytea IS NULL OR l.market = $3)"}
		rows, err := db.Query(ctx, "SELECT "+columns+"\nFROM positions_live l JOIN markets m USING (chain_id, market)\nWHERE "+
			strings.Join(where, " AND "), f.Borrower.Bytes(), f.ChainID, f.Market.Bytes())
		if err != nil {
			return nil, err
		}
		ps, err := pgx.CollectRows(rows, scanPosition)
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			if f.keeps(p) {
				all = append(all, p)
			}
		}
		sortPositions(all, f.Sort)
		if f.Limit > 0 && len(all) > f.Limit {
			all = all[:f.Limit]
		}
		return all, nil
	}
	markets, err := loadMarkets(ctx, db, f)
	if err != nil {
		return nil, err
	}
	// One page for every market: once it is full, a market's walk reads only the positions
	// that can still enter it.
	l := newListing(f)
	for i := range markets {
		m := &markets[i]
		lo, hi, ok := f.ltvRange(m)
		if !ok {
			continue
		}
		if f.Sort == ByLTV {
			err = l.byLTV(ctx, db, m, lo, hi)
		} else {
			err = l.byAmount(ctx, db, m, lo, hi)
		}
		if err != nil {
			return nil, err
		}
	}
	l.trim()
	return l.finish(ctx, db)
}

// finish computes the liquidation and margin-call prices of the page's positions that lack
// them, reading from positions_live those that loanmath cannot compute.
func (l *listing) finish(ctx context.Context, db DB) ([]Position, error) {
	var redo map[*market][][]byte
	for i := range l.kept {
		p := &l.kept[i]
		m := l.priced[keyOf(*p)]
		if m == nil || m.withPrices(p) {
			continue
		}
		if redo == nil {
			redo = make(map[*market][][]byte)
		}
		redo[m] = append(redo[m], p.Borrower.Bytes())
	}
	for m, borrowers := range redo {
		ps, err := readLive(ctx, db, m, borrowers)
		if err != nil {
			return nil, err
		}
		for _, q := range ps {
			for i := range l.kept {
				if l.kept[i].MarketID == q.MarketID && l.kept[i].Borrower == q.Borrower {
					l.kept[i] = q
				}
			}
		}
	}
	return l.kept, nil
}

// keeps reports whether f selects p, by p's exact values.
func (f Filter) keeps(p Position) bool {
	if f.MinLTV != nil && (p.LTV == nil || p.LTV.Cmp(f.MinLTV) < 0) {
		return false
	}
	if f.Status != "" && p.Status != f.Status {
		return false
	}
	if c := f.After; c != nil && compare(valueOf(p, f.Sort), p.ChainID, p.MarketID, p.Borrower[:], c.Value, c.ChainID, c.Market, c.Borrower[:]) <= 0 {
		return false
	}
	return true
}

// valueOf is p's value in order s.
func valueOf(p Position, s Sort) *big.Int {
	switch s {
	case ByDebt:
		return p.Debt
	case ByCollateral:
		return p.Collateral
	}
	return p.LTV
}

// compare orders two positions by value, largest first and nil last, then by chain, market
// and borrower: negative when a comes first.
func compare(av *big.Int, achain int64, amarket indexdb.MarketID, aborrower []byte, bv *big.Int, bchain int64, bmarket indexdb.MarketID, bborrower []byte) int {
	switch {
	case av == nil && bv != nil:
		return 1
	case av != nil && bv == nil:
		return -1
	case av != nil:
		if c := bv.Cmp(av); c != 0 {
			return c
		}
	}
	if achain != bchain {
		if achain < bchain {
			return -1
		}
		return 1
	}
	if c := strings.Compare(string(amarket), string(bmarket)); c != 0 {
		return c
	}
	return bytes.Compare(aborrower, bborrower)
}

func sortPositions(ps []Position, s Sort) {
	slices.SortFunc(ps, func(a, b Position) int {
		return compare(valueOf(a, s), a.ChainID, a.MarketID, a.Borrower[:], valueOf(b, s), b.ChainID, b.MarketID, b.Borrower[:])
	})
}

// cmpMarket compares a market's key with m's.
func cmpMarket(chainID int64, id indexdb.MarketID, m *market) int {
	if chainID != m.chainID {
		if chainID < m.chainID {
			return -1
		}
		return 1
	}
	return strings.Compare(string(id), string(m.id))
}
