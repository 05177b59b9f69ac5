package api

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/indexdb/positions"
)

// params reads an endpoint's query parameters, refusing unknown and repeated ones.
type params struct {
	q url.Values
}

func newParams(r *http.Request, allowed ...string) (params, error) {
	q := r.URL.Query()
	names := make([]string, 0, len(q))
	for name := range q {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if !slices.Contains(allowed, name) {
			if len(allowed) == 0 {
				return params{}, badParam("parameter", name, "unknown here; this endpoint takes chain only")
			}
			return params{}, badParam("parameter", name, "unknown here; this endpoint takes "+strings.Join(allowed, ", ")+" (and chain, as every endpoint)")
		}
		if n := len(q[name]); n > 1 {
			return params{}, errorf(http.StatusBadRequest, "%s given %d times: give it once", name, n)
		}
	}
	return params{q}, nil
}

func (p params) get(name string) string { return p.q.Get(name) }

// address reads an optional address parameter.
func (p params) address(name string) (*common.Address, error) {
	s := p.get(name)
	if s == "" {
		return nil, nil
	}
	return parseAddress(name, s)
}

// market reads an optional market parameter: an address or a Morpho Blue market's id ("" when
// absent).
func (p params) market(name string) (indexdb.MarketID, error) {
	s := p.get(name)
	if s == "" {
		return "", nil
	}
	return parseMarket(name, s)
}

// parseMarket reads a market, of either kind.
func parseMarket(name, s string) (indexdb.MarketID, error) {
	id, err := indexdb.ParseMarketID(s)
	if err != nil {
		return "", badParam(name, s, indexdb.NotAMarket)
	}
	return id, nil
}

func parseAddress(name, s string) (*common.Address, error) {
	if !strings.HasPrefix(s, "0x") || !common.IsHexAddress(s) {
		return nil, badParam(name, s, "not an address (want 0x and 40 hex digits)")
	}
	a := common.HexToAddress(s)
	return &a, nil
}

// oneOf reads an optional parameter that must be one of allowed.
func oneOf[T ~string](p params, name string, allowed []T) (T, error) {
	s := p.get(name)
	if s == "" || slices.Contains(allowed, T(s)) {
		return T(s), nil
	}
	want := make([]string, len(allowed))
	for i, v := range allowed {
		want[i] = string(v)
	}
	return "", badParam(name, s, "want one of "+strings.Join(want, ", "))
}

// limit reads the page size: DefaultLimit when absent, 1 to MaxLimit.
func (p params) limit() (int, error) {
	s := p.get("limit")
	if s == "" {
		return DefaultLimit, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > MaxLimit {
		return 0, badParam("limit", s, fmt.Sprintf("want a whole number from 1 to %d", MaxLimit))
	}
	return n, nil
}

// page reads the size of a page of list and the cursor it continues from (nil for the first).
func (p params) page(list string) (int, *cursor, error) {
	limit, err := p.limit()
	if err != nil {
		return 0, nil, err
	}
	after, err := p.cursor(list)
	return limit, after, err
}

// minLTV reads min_ltv as a WAD: a fraction (0.65) or a percentage (65%), refusing what
// looks like a percentage without its sign.
func (p params) minLTV() (*big.Int, error) {
	s := p.get("min_ltv")
	if s == "" {
		return nil, nil
	}
	v, err := positions.ParseLTV(s)
	if err != nil {
		return nil, badParam("min_ltv", s, "want a fraction such as 0.65, or a percentage such as 65%")
	}
	if !strings.HasSuffix(s, "%") && v.Cmp(big.NewInt(2e18)) >= 0 {
		return nil, badParam("min_ltv", s, "an LTV is a fraction (1 = 100%); did you mean "+s+"%?")
	}
	return v, nil
}

// cursor is the decoded form of a page cursor: where the previous page ended, in the list
// (and, for positions, the sort) it came from. Clients treat it as opaque.
type cursor struct {
	List     string  `json:"l"`
	Sort     string  `json:"s,omitempty"`
	Value    *string `json:"v,omitempty"` // positions: the sort value; absent for an unknown LTV
	Chain    int64   `json:"c,omitempty"`
	Market   string  `json:"m,omitempty"`
	Borrower string  `json:"b,omitempty"`
	Block    int64   `json:"n,omitempty"` // liquidations
	LogIndex int32   `json:"i,omitempty"`
	ID       int64   `json:"id,omitempty"` // alerts
}

func (c cursor) encode() *string {
	b, err := json.Marshal(c)
	if err != nil {
		panic(err) // plain strings and integers always marshal
	}
	s := base64.RawURLEncoding.EncodeToString(b)
	return &s
}

// cursor reads the cursor parameter for list; nil when absent.
func (p params) cursor(list string) (*cursor, error) {
	s := p.get("cursor")
	if s == "" {
		return nil, nil
	}
	bad := badParam("cursor", s, "not a cursor of "+list+" (pass nextCursor from the previous page unchanged)")
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, bad
	}
	var c cursor
	if err := json.Unmarshal(b, &c); err != nil || c.List != list {
		return nil, bad
	}
	return &c, nil
}

// listPage is a page of rows as the response lists them (empty, not null, when there are
// none), and the cursor of the next page: where the page's last row left off when there are
// more rows, else nil.
func listPage[R, T any](rows []R, more bool, item func(R) T, next func(last R) cursor) ([]T, *string) {
	out := make([]T, 0, len(rows))
	for _, r := range rows {
		out = append(out, item(r))
	}
	if !more || len(rows) == 0 {
		return out, nil
	}
	return out, next(rows[len(rows)-1]).encode()
}

// eventKey is where an event list's cursor left off; nil for the first page.
func (c *cursor) eventKey() *indexdb.EventKey {
	if c == nil {
		return nil
	}
	return &indexdb.EventKey{Block: c.Block, LogIndex: c.LogIndex}
}

// loanPath reads the market and borrower a request's path names.
func loanPath(r *http.Request) (indexdb.MarketID, *common.Address, error) {
	market, err := parseMarket("market", r.PathValue("market"))
	if err != nil {
		return market, nil, err
	}
	borrower, err := parseAddress("borrower", r.PathValue("borrower"))
	return market, borrower, err
}

// positionsCursor turns a positions cursor back into a place in the sort order.
func positionsCursor(c *cursor, raw string, sort positions.Sort) (*positions.Cursor, error) {
	if c == nil {
		return nil, nil
	}
	if c.Sort != string(sort) {
		return nil, badParam("cursor", raw, fmt.Sprintf("it continues a listing with sort=%s, not sort=%s (keep the sort of the listing it came from)", c.Sort, sort))
	}
	pc := &positions.Cursor{Sort: sort, ChainID: c.Chain}
	bad := badParam("cursor", raw, "not a cursor of positions (pass nextCursor from the previous page unchanged)")
	if c.Value != nil {
		v, ok := new(big.Int).SetString(*c.Value, 10)
		if !ok {
			return nil, bad
		}
		pc.Value = v
	}
	market, err := indexdb.ParseMarketID(c.Market)
	if err != nil || !common.IsHexAddress(c.Borrower) {
		return nil, bad
	}
	pc.Market, pc.Borrower = market, common.HexToAddress(c.Borrower)
	return pc, nil
}
