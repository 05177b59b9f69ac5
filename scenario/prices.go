package scenario

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/units"
)

// Hour is the spacing of the rows of a price file, in seconds.
const Hour = 3600

// MaxFillHours is the longest gap between two rows that ReadPrices fills (30 days); a longer
// one is more likely a wrong file than a quiet market.
const MaxFillHours = 30 * 24

// Prices is an hourly BTC/USD path without gaps.
type Prices struct {
	Times  []int64       // unix seconds at which each close is the price: the row's timestamp + 1 hour
	Closes []uint256.Int // feed units (8 decimals)
	Filled int           // hours missing from the file, filled with the previous close
}

// Len is the number of prices.
func (p Prices) Len() int { return len(p.Closes) }

// maxClose bounds a close so that the backtest's integer arithmetic cannot overflow
// (184 billion dollars).
var maxClose = new(uint256.Int).Lsh(uint256.NewInt(1), 64)

// PriceRow is one row of a price history file.
type PriceRow struct {
	Line  int          // line in the file, for messages
	Time  int64        // unix seconds
	Close *uint256.Int // feed units (8 decimals)
}

// ReadPriceRows reads a price history CSV, the one format every command reads: a header
// naming a time column (timestamp, time, date or unix) and a close column (close or price),
// in any order among other columns, then one row per price in strictly increasing time.
// Times are unix seconds (or milliseconds), RFC 3339, or "2006-01-02 15:04:05" in UTC;
// closes are positive decimal USD prices with at most 8 decimals. Rows may be irregularly
// spaced. Errors name the line and the value.
func ReadPriceRows(r io.Reader) ([]PriceRow, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, errors.New("empty file: want a header timestamp,close and a row per price")
	}
	if err != nil {
		return nil, fmt.Errorf("header: %w (want a header such as timestamp,close)", err) // csv errors carry the line
	}
	timeCol, closeCol := -1, -1
	for i, name := range header {
		switch strings.ToLower(strings.TrimSpace(strings.TrimPrefix(name, "\ufeff"))) {
		case "timestamp", "time", "date", "unix":
			if timeCol < 0 {
				timeCol = i
			}
		case "close", "price":
			if closeCol < 0 {
				closeCol = i
			}
		}
	}
	if timeCol < 0 || closeCol < 0 {
		return nil, fmt.Errorf("line 1: header %q: want a timestamp column and a close column (timestamp,close)", strings.Join(header, ","))
	}
	var rows []PriceRow
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err // csv errors carry the line
		}
		line, _ := cr.FieldPos(0)
		if len(rec) <= max(timeCol, closeCol) {
			return nil, fmt.Errorf("line %d: %q: want %d fields (%s), got %d", line, strings.Join(rec, ","), len(header), strings.Join(header, ","), len(rec))
		}
		ts, err := parseTime(rec[timeCol])
		if err != nil {
			return nil, fmt.Errorf("line %d: timestamp %q: %w", line, rec[timeCol], err)
		}
		v, err := units.Parse(strings.TrimSpace(rec[closeCol]), FeedDecimals)
		if err != nil || v.Sign() <= 0 {
			return nil, fmt.Errorf("line %d: close %q: want a positive USD price with at most %d decimals, such as 42452.66", line, rec[closeCol], FeedDecimals)
		}
		c, overflow := uint256.FromBig(v)
		if overflow || !c.Lt(maxClose) {
			return nil, fmt.Errorf("line %d: close %q: too large for a BTC price", line, rec[closeCol])
		}
		if n := len(rows); n > 0 && ts <= rows[n-1].Time {
			return nil, fmt.Errorf("line %d: timestamp %d is not after the previous row's %d (sort the file by time, one row per time)", line, ts, rows[n-1].Time)
		}
		rows = append(rows, PriceRow{Line: line, Time: ts, Close: c})
	}
	if len(rows) == 0 {
		return nil, errors.New("no prices: no rows after the header")
	}
	return rows, nil
}

func parseTime(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		if n < 0 {
			return 0, errors.New("want unix seconds after 1970")
		}
		if n > 1e12 { // milliseconds
			n /= 1000
		}
		return n, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Unix(), nil
		}
	}
	return 0, errors.New("want unix seconds, such as 1704067200, or a date such as 2024-01-01T00:00:00Z")
}

// ReadPrices reads a price history CSV (see ReadPriceRows) as an hourly path for the
// backtest: each row's timestamp is the start of an hour, whose close is the price at the
// end of that hour. An hour missing from the file (an exchange outage, a thin market) takes
// the previous close: forward-filled, counted in Filled. A gap over MaxFillHours is an error.
func ReadPrices(r io.Reader) (Prices, error) {
	var p Prices
	rows, err := ReadPriceRows(r)
	if err != nil {
		return p, err
	}
	for _, row := range rows {
		if row.Time%Hour != 0 {
			return p, fmt.Errorf("line %d: timestamp %d: not the start of an hour (the backtest wants hourly closes)", row.Line, row.Time)
		}
		if n := len(p.Times); n > 0 {
			// p.Times holds timestamp + 1 hour: the timestamp the next row should have.
			missing := (row.Time - p.Times[n-1]) / Hour
			if missing > MaxFillHours {
				return p, fmt.Errorf("line %d: timestamp %d is %d hours after the previous row: a gap longer than %d hours is not filled (is it the right file?)", row.Line, row.Time, missing+1, MaxFillHours)
			}
			prev := p.Closes[n-1]
			for h := range missing {
				p.Times = append(p.Times, p.Times[n-1]+(h+1)*Hour)
				p.Closes = append(p.Closes, prev)
			}
			p.Filled += int(missing)
		}
		p.Times = append(p.Times, row.Time+Hour)
		p.Closes = append(p.Closes, *row.Close)
	}
	return p, nil
}
