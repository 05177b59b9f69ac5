package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/api"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/indexdb/positions"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/units"
)

var positionsCommand = &cli.Command{
	Name:  "positions",
	Usage: "list open positions from the index, riskiest first",
	Description: `Lists open positions as the index database has them: debt with interest accrued to the
latest indexed block, LTV at the latest indexed price, status and liquidation price.
Amounts in --json are decimal strings of base units; ltv is a fraction (0.2 = 20%) and
liquidationPrice is in USD.`,
	Flags: []cli.Flag{
		dbFlag, positionsChainFlag, positionsMarketFlag, positionsBorrowerFlag, positionsMinLTVFlag, positionsStatusFlag,
		positionsSortFlag, positionsLimitFlag, positionsJSONFlag,
	},
	Action: runPositions,
}

var positionCommand = &cli.Command{
	Name:      "position",
	Usage:     "show one borrower's positions across markets and their event history",
	ArgsUsage: "ADDRESS",
	Flags:     []cli.Flag{dbFlag, positionsChainFlag, positionsJSONFlag, whatIfFlag, whatIfTargetFlag},
	Action:    runPosition,
}

// chainIDFlag is --chain-id; 0 for every chain.
func chainIDFlag(c *cli.Context) (int64, error) {
	id := c.Uint64(positionsChainFlag.Name)
	if id > math.MaxInt64 {
		return 0, fmt.Errorf("%s %d: not a chain id (want a number such as 1 or 8453)", flagRef(c, positionsChainFlag.Name), id)
	}
	return int64(id), nil
}

func statusNames() []string {
	s := make([]string, len(positions.Statuses))
	for i, v := range positions.Statuses {
		s[i] = string(v)
	}
	return s
}

// positionsFilter validates the positions flags before anything touches the database.
func positionsFilter(c *cli.Context) (positions.Filter, error) {
	var f positions.Filter
	if c.NArg() > 0 {
		arg := c.Args().First()
		if common.IsHexAddress(arg) {
			return f, fmt.Errorf("unexpected argument %q: positions takes only flags (for one borrower use --borrower %s, or 'ltvkeeper position %s')", arg, arg, arg)
		}
		return f, fmt.Errorf("unexpected argument %q: positions takes only flags (see 'ltvkeeper positions --help')", arg)
	}
	var err error
	if f.ChainID, err = chainIDFlag(c); err != nil {
		return f, err
	}
	if s := c.String(positionsMarketFlag.Name); s != "" {
		if f.Market, err = indexdb.ParseMarketID(s); err != nil {
			return f, fmt.Errorf("%s %w", flagRef(c, positionsMarketFlag.Name), err)
		}
	}
	if f.Borrower, err = addressFlag(c, positionsBorrowerFlag); err != nil {
		return f, err
	}
	if s := c.String(positionsMinLTVFlag.Name); s != "" {
		if f.MinLTV, err = minLTV(c, s); err != nil {
			return f, err
		}
	}
	if s := c.String(positionsStatusFlag.Name); s != "" {
		f.Status = positions.Status(strings.ReplaceAll(strings.ToLower(s), "-", "_"))
		if !slices.Contains(positions.Statuses, f.Status) {
			return f, fmt.Errorf("%s %q: must be one of %s", flagRef(c, "status"), s, strings.Join(statusNames(), "|"))
		}
	}
	f.Sort = positions.Sort(strings.ToLower(c.String(positionsSortFlag.Name)))
	if !slices.Contains(positions.Sorts, f.Sort) {
		return f, fmt.Errorf("%s %q: must be one of ltv|debt|collateral", flagRef(c, "sort"), c.String(positionsSortFlag.Name))
	}
	if f.Limit = c.Int(positionsLimitFlag.Name); f.Limit < 0 {
		return f, fmt.Errorf("%s %d: want a positive number of positions, or 0 for all", flagRef(c, "limit"), f.Limit)
	}
	return f, nil
}

func addressFlag(c *cli.Context, flag *cli.StringFlag) (*common.Address, error) {
	s := c.String(flag.Name)
	if s == "" {
		return nil, nil
	}
	if !common.IsHexAddress(s) {
		return nil, fmt.Errorf("%s %q: not an address (want 0x and 40 hex digits)", flagRef(c, flag.Name), s)
	}
	a := common.HexToAddress(s)
	return &a, nil
}

// minLTV reads --min-ltv as a WAD, refusing what looks like a percentage without its sign.
func minLTV(c *cli.Context, s string) (*big.Int, error) {
	v, err := positions.ParseLTV(s)
	if err != nil {
		return nil, fmt.Errorf("%s %q: want a fraction such as 0.65, or a percentage such as 65%%", flagRef(c, "min-ltv"), s)
	}
	if !strings.HasSuffix(strings.TrimSpace(s), "%") && v.Cmp(new(big.Int).Mul(big.NewInt(2), loanmath.WAD.ToBig())) >= 0 {
		hundredth := new(big.Int).Div(v, big.NewInt(100))
		return nil, fmt.Errorf("%s %s: an LTV is a fraction (1 = 100%%); did you mean %s (or %s%%)?", flagRef(c, "min-ltv"), s, units.Format(hundredth, 18), strings.TrimSpace(s))
	}
	return v, nil
}

func runPositions(c *cli.Context) error {
	f, err := positionsFilter(c)
	if err != nil {
		return err
	}
	ps, db, err := readIndex(c, func(ctx context.Context, db positions.DB) ([]positions.Position, error) {
		return positions.Query(ctx, db, f)
	})
	if err != nil {
		return err
	}
	db.Close()
	if c.Bool(positionsJSONFlag.Name) {
		out := make([]positionJSON, len(ps))
		for i, p := range ps {
			out[i] = toJSON(p)
		}
		return writeJSON(c.App.Writer, out)
	}
	if len(ps) == 0 {
		_, err := fmt.Fprintln(c.App.Writer, "no open positions match")
		return err
	}
	if err := writeTable(c.App.Writer, ps); err != nil {
		return err
	}
	_, err = fmt.Fprintf(c.App.Writer, "%d positions as of block %d (%s)\n", len(ps), ps[0].AsOfBlock, unixTime(ps[0].AsOfTimestamp))
	return err
}

func runPosition(c *cli.Context) error {
	args, err := interspersed(c)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return errors.New("position takes one borrower address: ltvkeeper position 0x…")
	}
	arg := args[0]
	if !common.IsHexAddress(arg) {
		return fmt.Errorf("position %q: not an address (want 0x and 40 hex digits)", arg)
	}
	borrower := common.HexToAddress(arg)
	chainID, err := chainIDFlag(c)
	if err != nil {
		return err
	}
	wi, err := whatIfOf(c)
	if err != nil {
		return err
	}
	h, db, err := readIndex(c, func(ctx context.Context, db positions.DB) (positions.BorrowerHistory, error) {
		return positions.History(ctx, db, chainID, borrower)
	})
	if err != nil {
		return err
	}
	defer db.Close()
	var whatIfRows []whatIfRow
	if wi != nil {
		if whatIfRows, err = wi.rows(c.Context, db, h.Positions); err != nil {
			return err
		}
	}
	w := c.App.Writer
	if c.Bool(positionsJSONFlag.Name) {
		out := historyJSON{Borrower: borrower.Hex(), Positions: []positionJSON{}, Events: []eventJSON{}}
		for _, p := range h.Positions {
			out.Positions = append(out.Positions, toJSON(p))
		}
		for _, e := range h.Events {
			out.Events = append(out.Events, eventJSON{ChainID: e.ChainID, Event: api.EventOf(e)})
		}
		if wi != nil {
			out.WhatIf = whatIfJSONOf(*wi, whatIfRows)
		}
		return writeJSON(w, out)
	}
	if len(h.Positions) == 0 && len(h.Events) == 0 {
		_, err := fmt.Fprintf(w, "no positions or events for %s in the index\n", borrower.Hex())
		return err
	}
	fmt.Fprintf(w, "borrower %s\n\n", borrower.Hex())
	if len(h.Positions) == 0 {
		fmt.Fprintln(w, "no open positions")
	} else if err := writeTable(w, h.Positions); err != nil {
		return err
	} else if wi != nil {
		if err := writeWhatIf(w, *wi, whatIfRows); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "\n%d events\n", len(h.Events))
	if len(h.Events) == 0 {
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "BLOCK\tTIME\tMARKET\tEVENT\tTX\tARGS")
	for _, e := range h.Events {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", e.BlockNumber, unixTime(e.Timestamp), e.Market.Hex(), e.Name, e.TxHash.Hex(), formatArgs(e.Args))
	}
	return tw.Flush()
}

// interspersed applies the command's flags that follow its arguments (urfave/cli v2 stops
// parsing flags at the first argument, so 'position 0x… --db URL' would leave --db unread)
// and returns the arguments alone.
func interspersed(c *cli.Context) ([]string, error) {
	var pos []string
	args := c.Args().Slice()
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			pos = append(pos, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		var flag cli.Flag
		for _, f := range c.Command.Flags {
			if slices.Contains(f.Names(), name) {
				flag = f
			}
		}
		if flag == nil {
			return nil, fmt.Errorf("%s: unknown flag for %s (see 'ltvkeeper %s --help')", a, c.Command.Name, c.Command.Name)
		}
		if _, isBool := flag.(*cli.BoolFlag); isBool && !hasValue {
			value, hasValue = "true", true
		}
		if !hasValue {
			if i+1 == len(args) {
				return nil, fmt.Errorf("%s needs a value", a)
			}
			i++
			value = args[i]
		}
		if err := c.Set(name, value); err != nil {
			return nil, fmt.Errorf("%s %s: %w", a, value, err)
		}
	}
	return pos, nil
}

// readIndex opens the index database (--db) and reads from it with read, whose error for a
// database without ltvkeeper's schema becomes schemaError's advice. The pool is returned open
// for further reads: the caller closes it.
func readIndex[T any](c *cli.Context, read func(context.Context, positions.DB) (T, error)) (T, *pgxpool.Pool, error) {
	var none T
	db, err := connectDBFlag(c)
	if err != nil {
		return none, nil, err
	}
	v, err := read(c.Context, db)
	if err != nil {
		db.Close()
		return none, nil, schemaError(c, err)
	}
	return v, db, nil
}

// schemaError turns a missing schema into advice; other errors pass through.
func schemaError(c *cli.Context, err error) error {
	if errors.Is(err, positions.ErrNoSchema) {
		return fmt.Errorf("%s %s: the database has no ltvkeeper schema: run 'ltvkeeper migrate' (or 'ltvkeeper index', which migrates) against it first", flagRef(c, dbFlag.Name), redactDB(c.String(dbFlag.Name)))
	}
	return err
}

func writeTable(w io.Writer, ps []positions.Position) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	// A chain column when the rows span several chains: one market address may be on each.
	chains := make(map[int64]bool)
	for _, p := range ps {
		chains[p.ChainID] = true
	}
	chain := func(p *positions.Position) string { return "" }
	if len(chains) > 1 {
		fmt.Fprint(tw, "CHAIN\t")
		chain = func(p *positions.Position) string { return fmt.Sprint(p.ChainID, "\t") }
	}
	fmt.Fprintln(tw, "MARKET\tPROTOCOL\tBORROWER\tCOLLATERAL (BTC)\tDEBT (USD)\tLTV\tSTATUS\tLIQ. PRICE (USD)")
	for _, p := range ps {
		fmt.Fprintf(tw, "%s%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", chain(&p), p.MarketID.Hex(), p.Protocol, p.Borrower.Hex(),
			units.Format(p.Collateral, p.CollateralDecimals), units.Format(p.Debt, p.LoanDecimals),
			formatLTV(p), p.Status, formatPrice(p))
	}
	return tw.Flush()
}

var maxUint256 = loanmath.MaxUint256.ToBig()

func formatLTV(p positions.Position) string {
	switch {
	case p.LTV == nil:
		return "no price"
	case p.LTV.Cmp(maxUint256) == 0:
		return "inf"
	}
	return fmt.Sprintf("%.2f%%", p.LTVFloat()*100)
}

func formatPrice(p positions.Position) string {
	switch {
	case p.LiquidationPrice == nil:
		return "no price"
	case p.LiquidationPrice.Sign() == 0:
		return "-" // no debt
	case p.LiquidationPrice.Cmp(maxUint256) == 0:
		return "any" // no collateral: liquidatable at every price
	}
	return fmt.Sprintf("%.2f", p.LiquidationPriceFloat())
}

// formatArgs prints an event's arguments as key=value pairs in key order.
func formatArgs(raw json.RawMessage) string {
	var args map[string]json.RawMessage
	if err := json.Unmarshal(raw, &args); err != nil {
		return string(raw)
	}
	keys := make([]string, 0, len(args))
	for k := range args {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		v := string(args[k])
		var s string
		if json.Unmarshal(args[k], &s) == nil {
			v = s
		}
		parts[i] = k + "=" + v
	}
	return strings.Join(parts, " ")
}

func unixTime(sec int64) string { return time.Unix(sec, 0).UTC().Format(time.DateTime + " UTC") }

// positionJSON is a position in --json output: amounts are decimal strings of base units,
// ltv is a fraction and prices are in USD (numbers, for reading; the *Wad and *Feed fields
// are exact).
type positionJSON struct {
	ChainID              int64    `json:"chainId"`
	Market               string   `json:"market"`   // an address, or a Morpho Blue market's id
	Protocol             string   `json:"protocol"` // ltvkeeper or morpho-blue
	Borrower             string   `json:"borrower"`
	Collateral           string   `json:"collateral"`
	Debt                 string   `json:"debt"`
	BorrowShares         string   `json:"borrowShares"`
	LTV                  *float64 `json:"ltv"`
	LTVWad               *string  `json:"ltvWad"`
	Status               string   `json:"status"`
	LiquidationPrice     *float64 `json:"liquidationPrice"`
	LiquidationPriceFeed *string  `json:"liquidationPriceFeed"`
	MarginCallPrice      *float64 `json:"marginCallPrice"`
	Price                *float64 `json:"price"`
	PriceUpdatedAt       int64    `json:"priceUpdatedAt,omitempty"`
	PriceStale           bool     `json:"priceStale"`
	PriceAtBound         bool     `json:"priceAtBound"`
	CollateralDecimals   uint8    `json:"collateralDecimals"`
	LoanDecimals         uint8    `json:"loanDecimals"`
	FeedDecimals         uint8    `json:"feedDecimals"`
	AsOfBlock            int64    `json:"asOfBlock"`
	AsOfTimestamp        int64    `json:"asOfTimestamp"`
}

func toJSON(p positions.Position) positionJSON {
	return positionJSON{
		ChainID: p.ChainID, Market: p.MarketID.Hex(), Protocol: p.Protocol, Borrower: p.Borrower.Hex(),
		Collateral: p.Collateral.String(), Debt: p.Debt.String(), BorrowShares: p.BorrowShares.String(),
		LTV: units.Float(p.LTV, 18), LTVWad: units.Decimal(p.LTV), Status: string(p.Status),
		LiquidationPrice: units.Float(p.LiquidationPrice, p.FeedDecimals), LiquidationPriceFeed: units.Decimal(p.LiquidationPrice),
		MarginCallPrice: units.Float(p.MarginCallPrice, p.FeedDecimals), Price: units.Float(p.Price, p.FeedDecimals),
		PriceUpdatedAt: p.PriceUpdatedAt, PriceStale: p.PriceStale, PriceAtBound: p.PriceAtBound,
		CollateralDecimals: p.CollateralDecimals, LoanDecimals: p.LoanDecimals, FeedDecimals: p.FeedDecimals,
		AsOfBlock: p.AsOfBlock, AsOfTimestamp: p.AsOfTimestamp,
	}
}

type historyJSON struct {
	Borrower  string         `json:"borrower"`
	Positions []positionJSON `json:"positions"`
	Events    []eventJSON    `json:"events"`
	WhatIf    *whatIfJSON    `json:"whatIf,omitempty"` // with --what-if
}

// eventJSON is an event as the API shows it, with its chain.
type eventJSON struct {
	ChainID int64 `json:"chainId"`
	api.Event
}

func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
