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

// Hour is the spacing of the rows of an hourly price file, in seconds.
const Hour = 3600

// DefaultMaxGap is the longest time between two consecutive rows of a price file that the
// readers accept unless told otherwise (--max-gap): a longer gap is more likely a broken
// file than a quiet market.
const DefaultMaxGap = 24 * time.Hour

// maxClose bounds a close so that the backtest's integer arithmetic cannot overflow
// (184 billion dollars).
var maxClose = new(uint256.Int).Lsh(uint256.NewInt(1), 64)

// PriceRow is one row of a price history file.
type PriceRow struct {
	Line  int          // line in the file, for messages
	Time  int64        // unix seconds
	Close *uint256.Int // feed units (8 decimals)
}

// GapError is two consecutive rows further apart than the reader's maximum gap.
type GapError struct {
	PrevLine, Line int   // lines of the rows either side of the gap
	From, To       int64 // their timestamps, unix seconds
	MaxGap         time.Duration
}

// Gap is the time between the two rows.
func (e *GapError) Gap() time.Duration { return time.Duration(e.To-e.From) * time.Second }

func (e *GapError) Error() string {
	return fmt.Sprintf("lines %d-%d: no prices from timestamp %d to %d (%s to %s UTC), a gap of %s, longer than --max-gap %s: fill the gap in the file, or allow it with --max-gap %s",
		e.PrevLine, e.Line, e.From, e.To, timeText(e.From), timeText(e.To), spanText(e.Gap()), spanText(e.MaxGap), spanText(gapFlag(e.Gap())))
}

const day = 24 * time.Hour

// gapFlag is the shortest --max-gap, in whole days above a day and whole hours below, that
// accepts gap.
func gapFlag(gap time.Duration) time.Duration {
	if gap > day {
		return (gap + day - 1) / day * day
	}
	return (gap + time.Hour - 1) / time.Hour * time.Hour
}

// spanText is d as --max-gap takes it ("8d", "6h") when it is whole days or hours, else
// as FormatHours.
func spanText(d time.Duration) string {
	switch {
	case d%day == 0:
		return fmt.Sprintf("%dd", d/day)
	case d < day && d%time.Hour == 0:
		return fmt.Sprintf("%dh", d/time.Hour)
	}
	return FormatHours(d)
}

func timeText(sec int64) string { return time.Unix(sec, 0).UTC().Format("2006-01-02 15:04") }

// FormatHours prints a duration as days and hours: "4d 7h", "13h", "2d 0h 30m".
func FormatHours(d time.Duration) string {
	days, rest := d/day, d%day
	s := fmt.Sprintf("%dh", rest/time.Hour)
	if days > 0 {
		s = fmt.Sprintf("%dd %s", days, s)
	}
	if m := rest % time.Hour / time.Minute; m > 0 {
		s += fmt.Sprintf(" %dm", m)
	}
	return s
}

// PriceReader reads a price history CSV a row at a time, the one format every command
// reads: a header naming a time column (timestamp, time, date or unix) and a close column
// (close or price), in any order among other columns, then one row per price in strictly
// increasing time, no two consecutive rows further apart than the maximum gap. Times are
// unix seconds (or milliseconds), RFC 3339, or "2006-01-02 15:04:05" in UTC; closes are
// positive decimal USD prices with at most 8 decimals. Rows may be irregularly spaced.
// Errors name the line and the value. It keeps no row but the previous one.
type PriceReader struct {
	cr                *csv.Reader
	header            string
	fields            int
	timeCol, closeCol int
	maxGap            time.Duration
	prev              PriceRow
	rows              int
}

// NewPriceReader reads the header of a price history CSV. maxGap is the longest time
// allowed between two consecutive rows; 0 is DefaultMaxGap.
func NewPriceReader(r io.Reader, maxGap time.Duration) (*PriceReader, error) {
	if maxGap <= 0 {
		maxGap = DefaultMaxGap
	}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, errors.New("empty file: want a header timestamp,close and a row per price")
	}
	if err != nil {
		return nil, fmt.Errorf("header: %w (want a header such as timestamp,close)", err) // csv errors carry the line
	}
	pr := &PriceReader{cr: cr, header: strings.Join(header, ","), fields: len(header), timeCol: -1, closeCol: -1, maxGap: maxGap}
	for i, name := range header {
		switch strings.ToLower(strings.TrimSpace(strings.TrimPrefix(name, "\ufeff"))) {
		case "timestamp", "time", "date", "unix":
			if pr.timeCol < 0 {
				pr.timeCol = i
			}
		case "close", "price":
			if pr.closeCol < 0 {
				pr.closeCol = i
			}
		}
	}
	if pr.timeCol < 0 || pr.closeCol < 0 {
		return nil, fmt.Errorf("line 1: header %q: want a timestamp column and a close column (timestamp,close)", pr.header)
	}
	return pr, nil
}

// Rows is the number of rows read so far.
func (pr *PriceReader) Rows() int { return pr.rows }

// Next reads the next row; it returns io.EOF after the last one, and an error if the file
// has no row at all.
func (pr *PriceReader) Next() (PriceRow, error) {
	rec, err := pr.cr.Read()
	if errors.Is(err, io.EOF) {
		if pr.rows == 0 {
			return PriceRow{}, errors.New("no prices: no rows after the header")
		}
		return PriceRow{}, io.EOF
	}
	if err != nil {
		return PriceRow{}, err // csv errors carry the line
	}
	line, _ := pr.cr.FieldPos(0)
	if len(rec) <= max(pr.timeCol, pr.closeCol) {
		return PriceRow{}, fmt.Errorf("line %d: %q: want %d fields (%s), got %d", line, strings.Join(rec, ","), pr.fields, pr.header, len(rec))
	}
	ts, err := parseTime(rec[pr.timeCol])
	if err != nil {
		return PriceRow{}, fmt.Errorf("line %d: timestamp %q: %w", line, rec[pr.timeCol], err)
	}
	v, err := units.Parse(strings.TrimSpace(rec[pr.closeCol]), FeedDecimals)
	if err != nil || v.Sign() <= 0 {
		return PriceRow{}, fmt.Errorf("line %d: close %q: want a positive USD price with at most %d decimals, such as 42452.66", line, rec[pr.closeCol], FeedDecimals)
	}
	c, overflow := uint256.FromBig(v)
	if overflow || !c.Lt(maxClose) {
		return PriceRow{}, fmt.Errorf("line %d: close %q: too large for a BTC price", line, rec[pr.closeCol])
	}
	row := PriceRow{Line: line, Time: ts, Close: c}
	if pr.rows > 0 {
		if ts <= pr.prev.Time {
			return PriceRow{}, fmt.Errorf("line %d: timestamp %d is not after the previous row's %d (sort the file by time, one row per time)", line, ts, pr.prev.Time)
		}
		if time.Duration(ts-pr.prev.Time)*time.Second > pr.maxGap {
			return PriceRow{}, &GapError{PrevLine: pr.prev.Line, Line: line, From: pr.prev.Time, To: ts, MaxGap: pr.maxGap}
		}
	}
	pr.prev = row
	pr.rows++
	return row, nil
}

// ReadPriceRows reads a whole price history CSV (see PriceReader) into memory.
func ReadPriceRows(r io.Reader, maxGap time.Duration) ([]PriceRow, error) {
	pr, err := NewPriceReader(r, maxGap)
	if err != nil {
		return nil, err
	}
	var rows []PriceRow
	for {
		row, err := pr.Next()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, err
		}
		rows = append(rows, row)
	}
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

// HourSource is an hourly price path read a close at a time: Next returns the unix time
// at which the next close is final and the close in feed units, and io.EOF after the last.
type HourSource interface {
	Next() (at int64, close uint256.Int, err error)
}

// HourlyPrices reads a price history CSV (see PriceReader) as the backtest's hourly path,
// a close at a time: each row's timestamp is the start of an hour, whose close is the
// price at the end of that hour. An hour missing from the file (an exchange outage, a thin
// market) takes the previous close: forward-filled and counted in Gaps and Filled. Rows
// further apart than the maximum gap are refused with a *GapError.
type HourlyPrices struct {
	rows    *PriceReader
	next    int64       // time of the next close: the last row's timestamp + 1 hour
	pending PriceRow    // the row after a gap being filled; Close nil: none
	last    uint256.Int // the previous close
	hours   int
	filled  int
	gaps    int
}

// NewHourlyPrices reads the header of an hourly price history; maxGap as NewPriceReader.
func NewHourlyPrices(r io.Reader, maxGap time.Duration) (*HourlyPrices, error) {
	pr, err := NewPriceReader(r, maxGap)
	if err != nil {
		return nil, err
	}
	return &HourlyPrices{rows: pr}, nil
}

// Rows is the number of rows read from the file so far.
func (h *HourlyPrices) Rows() int { return h.rows.Rows() }

// Hours is the number of hourly closes returned so far, filled ones included.
func (h *HourlyPrices) Hours() int { return h.hours }

// Filled is the number of hours missing from the file that took the previous close, and
// Gaps the number of gaps they were in.
func (h *HourlyPrices) Filled() (hours, gaps int) { return h.filled, h.gaps }

// Next returns the next hourly close (see HourSource).
func (h *HourlyPrices) Next() (int64, uint256.Int, error) {
	row := h.pending
	if row.Close == nil {
		var err error
		if row, err = h.rows.Next(); err != nil {
			return 0, uint256.Int{}, err
		}
		if row.Time%Hour != 0 {
			return 0, uint256.Int{}, fmt.Errorf("line %d: timestamp %d: not the start of an hour (the backtest wants hourly closes)", row.Line, row.Time)
		}
		if h.hours > 0 && row.Time > h.next {
			h.gaps++
		}
	}
	if h.hours > 0 && row.Time > h.next { // an hour missing: the previous close again
		h.pending = row
		h.filled++
	} else {
		h.pending, h.last = PriceRow{}, *row.Close
	}
	h.next += Hour
	if h.hours == 0 {
		h.next = row.Time + Hour
	}
	h.hours++
	return h.next, h.last, nil
}
