package main

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/scenario"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// indexPrices reads the hourly closes of a feed from the index (--db, --feed) as a
// timestamp,close CSV with the feed's answers in USD, and names the history.
func indexPrices(c *cli.Context) (string, []byte, error) {
	ref := flagRef(c, dbFlag.Name)
	pool, err := connectDB(c.Context, ref, c.String(dbFlag.Name))
	if err != nil {
		return "", nil, err
	}
	defer pool.Close()
	feeds, err := indexdb.Feeds(c.Context, pool)
	if err != nil {
		return "", nil, fmt.Errorf("%s %s: %w", ref, redactDB(c.String(dbFlag.Name)), err)
	}
	list := func() string {
		var s []string
		for _, f := range feeds {
			s = append(s, fmt.Sprintf("%s (chain %d, %d markets)", f.Address.Hex(), f.ChainID, f.Markets))
		}
		return strings.Join(s, ", ")
	}
	var feed *indexdb.Feed
	if s := c.String(btFeedFlag.Name); s != "" {
		if !common.IsHexAddress(s) {
			return "", nil, fmt.Errorf("--feed %q: want a feed's 0x address (the index follows %s)", s, list())
		}
		for i, f := range feeds {
			if f.Address == common.HexToAddress(s) {
				if feed != nil {
					return "", nil, fmt.Errorf("--feed %s: the index follows it for several deployments; back-test one of them from its own index", s)
				}
				feed = &feeds[i]
			}
		}
		if feed == nil {
			return "", nil, fmt.Errorf("--feed %s: not a feed of the index's markets (it follows %s)", s, list())
		}
	} else {
		switch len(feeds) {
		case 0:
			return "", nil, fmt.Errorf("--from-index: the index at %s has no market, so no price rounds: index a deployment first, or use --prices", redactDB(c.String(dbFlag.Name)))
		case 1:
			feed = &feeds[0]
		default:
			return "", nil, fmt.Errorf("--from-index: the index follows %d feeds: pick one with --feed (%s)", len(feeds), list())
		}
	}
	closes, err := indexdb.HourlyCloses(c.Context, pool, *feed)
	if err != nil {
		return "", nil, err
	}
	name := fmt.Sprintf("feed %s on chain %d", feed.Address.Hex(), feed.ChainID)
	if len(closes) == 0 {
		return "", nil, fmt.Errorf("--from-index %s: no price rounds indexed yet", name)
	}
	// The backtest reads USD with the BTC/USD feed's 8 decimals.
	var b strings.Builder
	b.WriteString("timestamp,close\n")
	for _, h := range closes {
		v := h.Answer
		switch d := int(feed.Decimals) - scenario.FeedDecimals; {
		case d > 0:
			v = new(big.Int).Quo(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil))
		case d < 0:
			v = new(big.Int).Mul(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-d)), nil))
		}
		fmt.Fprintf(&b, "%d,%s\n", h.Hour, units.Format(v, scenario.FeedDecimals))
	}
	return name, []byte(b.String()), nil
}
