package scenario

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/units"
)

// Hour is the spacing of the rows of a price file, in seconds.
const Hour = 3600

// Prices is an hourly BTC/USD path without gaps.
type Prices struct {
	Times  []int64       // unix seconds at which each close is the price: the row's timestamp + 1 hour
	Closes []uint256.Int // feed units (8 decimals)
}

// Len is the number of prices.
func (p Prices) Len() int { return len(p.Closes) }

// maxClose bounds a close so that the backtest's integer arithmetic cannot overflow
// (184 billion dollars).
var maxClose = new(uint256.Int).Lsh(uint256.NewInt(1), 64)

// ReadPrices reads a CSV of hourly closes: a header "timestamp,close", then one row per hour
// with timestamp in unix seconds (the start of the hour; the close is the price at timestamp
// + 3600) and close a positive decimal USD price with at most 8 decimals. Rows must follow
// each other by exactly one hour. Errors name the line and the value.
func ReadPrices(r io.Reader) (Prices, error) {
	var p Prices
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return p, errors.New("empty file: want a header timestamp,close and hourly rows")
	}
	if err != nil {
		return p, err
	}
	if len(header) != 2 || !strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(header[0], "\ufeff")), "timestamp") || !strings.EqualFold(strings.TrimSpace(header[1]), "close") {
		return p, fmt.Errorf("line 1: header %q: want timestamp,close", strings.Join(header, ","))
	}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return p, err // csv errors carry the line
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != 2 {
			return p, fmt.Errorf("line %d: %q: want 2 fields (timestamp,close), got %d", line, strings.Join(rec, ","), len(rec))
		}
		ts, err := strconv.ParseInt(strings.TrimSpace(rec[0]), 10, 64)
		if err != nil || ts < 0 {
			return p, fmt.Errorf("line %d: timestamp %q: want unix seconds, such as 1704067200", line, rec[0])
		}
		if ts%Hour != 0 {
			return p, fmt.Errorf("line %d: timestamp %d: not the start of an hour", line, ts)
		}
		if n := len(p.Times); n > 0 && ts != p.Times[n-1] { // p.Times holds timestamp + 1 hour
			return p, fmt.Errorf("line %d: timestamp %d: want %d, one hour after the previous row (the file must be hourly, without gaps)", line, ts, p.Times[n-1])
		}
		v, err := units.Parse(rec[1], FeedDecimals)
		if err != nil || v.Sign() == 0 {
			return p, fmt.Errorf("line %d: close %q: want a positive USD price with at most %d decimals, such as 42452.66", line, rec[1], FeedDecimals)
		}
		c, overflow := uint256.FromBig(v)
		if overflow || !c.Lt(maxClose) {
			return p, fmt.Errorf("line %d: close %q: too large for a BTC price", line, rec[1])
		}
		p.Times = append(p.Times, ts+Hour)
		p.Closes = append(p.Closes, *c)
	}
	if len(p.Closes) == 0 {
		return p, errors.New("no prices after the header")
	}
	return p, nil
}
