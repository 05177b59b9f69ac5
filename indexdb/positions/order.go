package positions

// How Query lists positions without computing every one of them.
//
// Each market is listed on its own and the markets' pages are merged. Within a market:
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
//     on collateral). Positions without debt have LTV 0 and come last, by borrower.
//   - LTV filters (min_ltv, status) under another order are ltv_key ranges: when a range
//     holds at most exactRange positions they are all read; else the walk in the order
//     skips the positions outside the range by their ltv_key, before any computation.
//
// The exact values (debt, LTV, status, prices) are always positions_live's: the market-wide
// part (the index accrued to the head, the price) is read once from market_live, and each
// position read is computed from it by loanmath, which the schema's ltv_* functions mirror to
// the wei (a test holds the two equal); a position loanmath cannot compute (an overflow the
// contract would revert on) is read from positions_live itself. The bounds above only decide
// which positions to read, and every filter and the final order are applied to the exact
// values.

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"

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
	index               *big.Int // borrow index accrued to the head, RAY
	marginCall, liqLine *big.Int // WAD
	priced              bool
	price               *big.Int // feed units; nil without a price
	priceUpdatedAt      int64
	scale               loanmath.Scale
	cd, ld, fd          uint8
	asOfBlock, asOfTime int64
	// perKey is the LTV (WAD) per unit of ltv_key at the price and index: LTV's exact ratio
	// is ltv_key × perKey. 0 when the price or index is zero: then nothing is pruned.
	perKey float64
	// dust is the collateral under which a position is worth less than dustValue.
	dust *big.Int
}

func loadMarkets(ctx context.Context, db DB, f Filter) ([]market, error) {
	var marketArg []byte
	if f.Market != nil {
		marketArg = f.Market.Bytes()
	}
	rows, err := db.Query(ctx, `
		SELECT chain_id, market, borrow_index::text, margin_call_ltv::text, liquidation_ltv::text,
		       price::text, value_mul::text, value_div::text, price_updated_at, collateral_decimals, loan_decimals,
		       feed_decimals, as_of_block, as_of_timestamp
		FROM market_live WHERE ($1::bigint = 0 OR chain_id = $1) AND ($2::bytea IS NULL OR market = $2)
		ORDER BY chain_id, market`, f.ChainID, marketArg)
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
			&m.asOfBlock, &m.asOfTime); err != nil {
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
func (f Filter) ltvRange(m market) (lo, hi *big.Int, any bool) {
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

// listing is one market's page being built: the positions kept so far, in order.
type listing struct {
	f    Filter
	m    market
	kept []Position
	seen map[string]bool
}

func (l *listing) add(ps []Position) {
	for _, p := range ps {
		if l.seen[string(p.Borrower[:])] || !l.f.keeps(p) {
			continue
		}
		l.seen[string(p.Borrower[:])] = true
		l.kept = append(l.kept, p)
	}
	sortPositions(l.kept, l.f.Sort)
	if l.f.Limit > 0 && len(l.kept) > l.f.Limit {
		l.kept = l.kept[:l.f.Limit]
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

// walk reads m's positions ordered by key (an SQL expression, largest first, ties by
// borrower; "" orders by borrower alone) in growing batches, from start (inclusive, "" for
// the top) while more can matter: until stop, given the last position read and its key,
// says no further position can, or none is left.
type walk struct {
	key, cast string // the order's expression and its SQL type
	start     string
	after     []byte // with key "": read borrowers after this one
	where     []string
	args      []any
	stop      func(last Position, key string) bool
}

func (l *listing) walk(ctx context.Context, db DB, w walk) error {
	n := firstBatch
	if l.f.Limit > 0 {
		n = min(l.f.Limit+1, maxBatch)
	}
	var (
		lastKey      = w.start
		lastBorrower []byte
	)
	if w.key == "" {
		lastBorrower = w.after
	}
	for {
		args := append([]any{l.m.chainID, l.m.addr}, w.args...)
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
		} else if lastBorrower != nil {
			where = append(where, "l.borrower > "+arg(lastBorrower))
		}
		// The page is chosen from the positions table by its indexes, and only its rows are
		// computed, from the market's live values.
		keyCol := ", ''"
		if w.key != "" {
			keyCol = ", (" + w.key + ")::text"
		}
		rows, err := db.Query(ctx, "SELECT l.borrower"+keyCol+", l.collateral::text, l.borrow_shares::text FROM positions l WHERE "+
			strings.Join(where, " AND ")+" ORDER BY "+order+" LIMIT "+strconv.Itoa(n), args...)
		if err != nil {
			return err
		}
		var (
			borrowers          [][]byte
			keys               []string
			computed           []Position
			exact              bool = true
			borrower           []byte
			key                string
			collateral, shares string
		)
		_, err = pgx.ForEachRow(rows, []any{&borrower, &key, &collateral, &shares}, func() error {
			borrowers, keys = append(borrowers, borrower), append(keys, key)
			p, ok := l.m.position(borrower, collateral, shares)
			exact = exact && ok
			computed = append(computed, p)
			return nil
		})
		if err != nil {
			return err
		}
		if len(borrowers) == 0 {
			return nil
		}
		if !exact {
			if computed, err = readLive(ctx, db, l.m, borrowers); err != nil {
				return err
			}
		}
		l.add(computed)
		if len(borrowers) < n {
			return nil
		}
		lastBorrower, lastKey = borrowers[len(borrowers)-1], keys[len(keys)-1]
		if w.key == "" {
			lastKey = ""
		}
		for _, p := range computed {
			if bytes.Equal(p.Borrower[:], lastBorrower) && w.stop(p, lastKey) {
				return nil
			}
		}
		n = min(n*4, maxBatch)
	}
}

// position computes a position of m from its row as positions_live would; ok is false where
// loanmath cannot (a value beyond uint256, where the contract reverts): then read it from
// positions_live.
func (m market) position(borrower []byte, collateral, shares string) (p Position, ok bool) {
	p = Position{ChainID: m.chainID, Market: common.BytesToAddress(m.addr), Borrower: common.BytesToAddress(borrower),
		CollateralDecimals: m.cd, LoanDecimals: m.ld, FeedDecimals: m.fd, AsOfBlock: m.asOfBlock, AsOfTimestamp: m.asOfTime}
	c, err1 := uint256.FromDecimal(collateral)
	s, err2 := uint256.FromDecimal(shares)
	index, overflow := uint256.FromBig(m.index)
	marginCall, o2 := uint256.FromBig(m.marginCall)
	liqLine, o3 := uint256.FromBig(m.liqLine)
	if err1 != nil || err2 != nil || overflow || o2 || o3 {
		return p, false
	}
	debt, err := loanmath.ToDebt(s, index)
	if err != nil {
		return p, false
	}
	liqPrice, err := loanmath.PriceAtLTV(debt, c, liqLine, m.scale)
	if err != nil {
		return p, false
	}
	mcPrice, err := loanmath.PriceAtLTV(debt, c, marginCall, m.scale)
	if err != nil {
		return p, false
	}
	p.Collateral, p.BorrowShares, p.Debt = c.ToBig(), s.ToBig(), debt.ToBig()
	p.LiquidationPrice, p.MarginCallPrice = liqPrice.ToBig(), mcPrice.ToBig()
	p.Status = "unknown"
	if m.price == nil {
		return p, true
	}
	price, overflow := uint256.FromBig(m.price)
	if overflow || m.price.Sign() < 0 {
		return p, false
	}
	ltv, err := loanmath.LTV(debt, c, price, m.scale)
	if err != nil {
		return p, false
	}
	p.Price, p.PriceUpdatedAt, p.LTV = new(big.Int).Set(m.price), m.priceUpdatedAt, ltv.ToBig()
	switch {
	case !ltv.Lt(liqLine):
		p.Status = Liquidatable
	case !ltv.Lt(marginCall):
		p.Status = MarginCall
	default:
		p.Status = Healthy
	}
	return p, true
}

// readLive reads the positions of borrowers in m from positions_live.
func readLive(ctx context.Context, db DB, m market, borrowers [][]byte) ([]Position, error) {
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
func (l *listing) byLTV(ctx context.Context, db DB, lo, hi *big.Int) error {
	m, f := l.m, l.f
	if !m.priced {
		// Every LTV is unknown: the order is by borrower.
		w := walk{stop: func(Position, string) bool { return f.Limit > 0 && len(l.kept) >= f.Limit }}
		if c := f.After; c != nil {
			switch cmpMarket(c.ChainID, c.Market.Bytes(), m) {
			case 1:
				return nil // the cursor is past this market
			case 0:
				w.after = c.Borrower.Bytes()
			}
		}
		return l.walk(ctx, db, w)
	}
	var dust bool
	if m.perKey != 0 {
		// The dust positions, whose LTV the bound does not cover, all at once. Those without
		// collateral have ltv_key +Inf and LTV MaxUint256: the walk below reads them in order.
		if err := l.walk(ctx, db, walk{
			where: []string{"l.borrow_shares > 0", "l.collateral > 0", "l.collateral < $3::numeric"}, args: []any{m.dust.String()},
			stop: func(Position, string) bool { return false },
		}); err != nil {
			return err
		}
		dust = true
	}
	err := l.walk(ctx, db, walk{
		key: ltvKey, cast: "float8", start: m.keyAtMost(hi), where: []string{"l.borrow_shares > 0"},
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
				return compare(valueOf(p, ByLTV), p.ChainID, p.Market[:], p.Borrower[:], maxUint256, last.ChainID, last.Market[:], last.Borrower[:]) <= 0
			}
			b := m.ltvBound(k)
			return b != nil && (l.full(b) || (lo != nil && b.Cmp(lo) < 0))
		},
	})
	if err != nil || lo != nil && lo.Sign() > 0 || l.f.Limit > 0 && len(l.kept) >= l.f.Limit {
		return err
	}
	// Without debt the LTV is 0, and the order is by borrower.
	zero := new(big.Int)
	w := walk{
		where: []string{"l.borrow_shares = 0", "l.collateral > 0"},
		stop:  func(Position, string) bool { return f.Limit > 0 && len(l.kept) >= f.Limit },
	}
	if hi != nil && hi.Sign() < 0 {
		return nil
	}
	if c := f.After; c != nil && c.Value != nil && c.Value.Cmp(zero) == 0 {
		switch cmpMarket(c.ChainID, c.Market.Bytes(), m) {
		case 1:
			return nil
		case 0:
			w.after = c.Borrower.Bytes()
		}
	}
	return l.walk(ctx, db, w)
}

// byAmount lists m by debt or collateral, whose values never decrease with column.
func (l *listing) byAmount(ctx context.Context, db DB, lo, hi *big.Int) error {
	m, f := l.m, l.f
	column := "l.borrow_shares"
	if f.Sort == ByCollateral {
		column = "l.collateral"
	}
	var where []string
	var args []any
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
			where = append(where, fmt.Sprintf("(%s OR l.collateral > 0 AND l.collateral < $%d::numeric)", strings.Join(cond, " AND "), len(args)+2))
			small := false
			if lo != nil && lo.Sign() > 0 {
				var err error
				if small, err = l.rangeIsSmall(ctx, db, cond, args[:len(args)-1]); err != nil {
					return err
				}
			}
			if small {
				// Read the whole range: no stop.
				return l.walk(ctx, db, walk{where: where, args: args, stop: func(Position, string) bool { return false }})
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
	return l.walk(ctx, db, walk{
		key: column, cast: "numeric", start: start, where: where, args: args,
		stop: func(last Position, _ string) bool { return l.full(valueOf(last, f.Sort)) },
	})
}

// rangeIsSmall reports whether the ltv_key conditions select at most exactRange positions
// with debt.
func (l *listing) rangeIsSmall(ctx context.Context, db DB, cond []string, args []any) (bool, error) {
	rows, err := db.Query(ctx, `SELECT count(*) FROM (SELECT 1 FROM positions l
		WHERE l.chain_id = $1 AND l.market = $2 AND l.borrow_shares > 0 AND `+strings.Join(cond, " AND ")+`
		LIMIT `+strconv.Itoa(exactRange+1)+`) r`, append([]any{l.m.chainID, l.m.addr}, args...)...)
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
		var marketArg []byte
		if f.Market != nil {
			marketArg = f.Market.Bytes()
		}
		rows, err := db.Query(ctx, "SELECT "+columns+"\nFROM positions_live l JOIN markets m USING (chain_id, market)\nWHERE "+
			strings.Join(where, " AND "), f.Borrower.Bytes(), f.ChainID, marketArg)
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
	} else {
		markets, err := loadMarkets(ctx, db, f)
		if err != nil {
			return nil, err
		}
		for _, m := range markets {
			lo, hi, ok := f.ltvRange(m)
			if !ok {
				continue
			}
			l := &listing{f: f, m: m, seen: make(map[string]bool)}
			if f.Sort == ByLTV {
				err = l.byLTV(ctx, db, lo, hi)
			} else {
				err = l.byAmount(ctx, db, lo, hi)
			}
			if err != nil {
				return nil, err
			}
			all = append(all, l.kept...)
		}
	}
	sortPositions(all, f.Sort)
	if f.Limit > 0 && len(all) > f.Limit {
		all = all[:f.Limit]
	}
	return all, nil
}

// keeps reports whether f selects p, by p's exact values.
func (f Filter) keeps(p Position) bool {
	if f.MinLTV != nil && (p.LTV == nil || p.LTV.Cmp(f.MinLTV) < 0) {
		return false
	}
	if f.Status != "" && p.Status != f.Status {
		return false
	}
	if c := f.After; c != nil && compare(valueOf(p, f.Sort), p.ChainID, p.Market[:], p.Borrower[:], c.Value, c.ChainID, c.Market[:], c.Borrower[:]) <= 0 {
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
func compare(av *big.Int, achain int64, amarket, aborrower []byte, bv *big.Int, bchain int64, bmarket, bborrower []byte) int {
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
	if c := bytes.Compare(amarket, bmarket); c != 0 {
		return c
	}
	return bytes.Compare(aborrower, bborrower)
}

func sortPositions(ps []Position, s Sort) {
	slices.SortFunc(ps, func(a, b Position) int {
		return compare(valueOf(a, s), a.ChainID, a.Market[:], a.Borrower[:], valueOf(b, s), b.ChainID, b.Market[:], b.Borrower[:])
	})
}

// cmpMarket compares a market's key with m's.
func cmpMarket(chainID int64, addr []byte, m market) int {
	if chainID != m.chainID {
		if chainID < m.chainID {
			return -1
		}
		return 1
	}
	return bytes.Compare(addr, m.addr)
}
