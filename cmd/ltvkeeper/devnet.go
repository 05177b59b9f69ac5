package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/devnet"
	"github.com/ltvkeeper/ltvkeeper/scenario"
	"github.com/ltvkeeper/ltvkeeper/units"
)

var devnetCommand = &cli.Command{
	Name:  "devnet",
	Usage: "run a local chain, Postgres and a node with demo loans, all in one folder",
	Description: `Starts Anvil (its state kept in --dir across restarts), a private Postgres cluster (unless
--db or DATABASE_URL is given), deploys the contracts with mock tokens and a development
BTC/USD feed (an aggregator behind Chainlink's EACAggregatorProxy, as mainnet's) on the first
run, funds the keeper, opens --borrowers demo loans and a lender, then runs the indexer, the
keeper and the API until SIGINT or SIGTERM. With --protocol both, the first run also deploys
the real Morpho Blue with a fixed-rate IRM, an oracle over the same feed, a cbBTC/USDC market
at LLTV 86% with demo borrowers, its Uniswap v3 pool and the keeper's Morpho executor; with
--protocol morpho, the feed and Morpho Blue alone. 'price' and 'replay' publish through the
feed's aggregator, which refuses prices outside $1 to $1,000,000.

The subcommands act on the devnet running in --dir (through DIR/devnet.json):
  ltvkeeper devnet price --set 48000 | --change -20%
  ltvkeeper devnet replay --prices FILE.csv [--speed 3600x]
  ltvkeeper devnet seed --borrowers N [--ltv-range 0.1-0.5]

The accounts are Anvil's public test accounts: never send real funds to them.`,
	Flags: []cli.Flag{
		devnetDirFlag, devnetPortFlag, devnetBlockTimeFlag, devnetDBFlag, devnetBorrowersFlag, devnetProtocolFlag, apiAddrFlag, devnetAllowInstallFlag,
	},
	Action: runDevnet,
	Subcommands: []*cli.Command{
		{
			Name:   "price",
			Usage:  "set or move the running devnet's BTC price",
			Flags:  []cli.Flag{devnetDirFlag, priceSetFlag, priceChangeFlag},
			Action: runDevnetPrice,
		},
		{
			Name:   "replay",
			Usage:  "play a price history into the running devnet, moving its clock along",
			Flags:  []cli.Flag{devnetDirFlag, pricesFlag, btMaxGapFlag, speedFlag},
			Action: runDevnetReplay,
		},
		{
			Name:   "seed",
			Usage:  "open more borrowers on the running devnet",
			Flags:  []cli.Flag{devnetDirFlag, devnetBorrowersFlag, ltvRangeFlag},
			Action: runDevnetSeed,
		},
	},
}

func runDevnet(c *cli.Context) error {
	if c.Args().Present() {
		return fmt.Errorf("devnet: unknown subcommand %q (want price, replay or seed)", c.Args().First())
	}
	cfg := devnet.Config{
		Dir: c.String(devnetDirFlag.Name), Port: c.Int(devnetPortFlag.Name), BlockTime: c.Duration(devnetBlockTimeFlag.Name),
		DB: c.String(devnetDBFlag.Name), Borrowers: c.Int(devnetBorrowersFlag.Name), APIAddr: c.String(apiAddrFlag.Name),
		AllowInstall: c.Bool(devnetAllowInstallFlag.Name), Protocol: c.String(devnetProtocolFlag.Name), Log: slog.Default(),
	}
	if !slices.Contains(devnet.Protocols, cfg.Protocol) {
		return fmt.Errorf("--protocol %q: want %s", cfg.Protocol, strings.Join(devnet.Protocols, " or "))
	}
	if cfg.Port <= 0 || cfg.Port > 65535 {
		return fmt.Errorf("--port %d: want a TCP port (1-65535), such as %d", cfg.Port, devnet.DefaultPort)
	}
	if cfg.BlockTime < 0 {
		return fmt.Errorf("--block-time %s: want 0 (a block per transaction) or a duration such as 1s", cfg.BlockTime)
	}
	if cfg.Borrowers < 0 {
		return fmt.Errorf("--borrowers %d: want 0 or more", cfg.Borrowers)
	}
	if cfg.Borrowers == 0 {
		cfg.Borrowers = -1 // none; Config's zero means its default
	}
	if cfg.APIAddr == "" {
		return errors.New("--api.addr is empty: the devnet serves the API, give it an address such as 127.0.0.1:8080")
	}
	d, err := devnet.Start(c.Context, cfg)
	if err != nil {
		return err
	}
	printDevnet(c.App.Writer, d, cfg)
	err = d.RunNode(c.Context)
	return errors.Join(err, d.Stop())
}

func printDevnet(w io.Writer, d *devnet.Devnet, cfg devnet.Config) {
	mining := "a block per transaction"
	if cfg.BlockTime > 0 {
		mining = "a block every " + cfg.BlockTime.String()
	}
	run := "deployed"
	if !d.Fresh {
		run = "reused"
	}
	fmt.Fprintf(w, "devnet running, state in %s\n", d.Dir)
	fmt.Fprintf(w, "  RPC         %s (chain %d, %s)\n", d.RPCURL, d.ChainID, mining)
	fmt.Fprintf(w, "  database    %s\n", d.DBURL)
	fmt.Fprintf(w, "  API         %s (/metrics)\n", d.APIURL)
	var holds []string
	if dep := d.Deployment; len(dep.Markets) > 0 {
		holds = append(holds, fmt.Sprintf("factory %s, market %s", dep.Factory, dep.Markets[0].Market))
	}
	if mi := d.Deployment.Morpho; mi != nil && len(mi.Markets) > 0 {
		holds = append(holds, fmt.Sprintf("Morpho Blue %s, market %s", mi.Address, mi.Markets[0].ID))
	}
	fmt.Fprintf(w, "  deployment  %s (%s: %s)\n", d.Info.Deployment, run, strings.Join(holds, "; "))
	fmt.Fprintln(w, "accounts (Anvil's public test keys: never use them on a real chain)")
	fmt.Fprintf(w, "  deployer    %s\n", d.Deployer)
	fmt.Fprintf(w, "  keeper      %s\n", d.Keeper)
	fmt.Fprintf(w, "  price       %s (publishes prices: owns the feed's aggregator)\n", d.PriceSetter)
	lenders := make([]string, len(d.Lenders))
	for i, l := range d.Lenders {
		lenders[i] = l.Hex()
	}
	if len(d.Deployment.Markets) > 0 {
		fmt.Fprintf(w, "  lenders     %s\n", strings.Join(lenders, ", "))
	}
	if len(d.Borrowers) > 0 {
		fmt.Fprintf(w, "  borrowers   %d, such as %s\n", len(d.Borrowers), d.Borrowers[0])
	}
	fmt.Fprintf(w, "Ctrl-C stops it. Try 'ltvkeeper devnet price --change -20%% --dir %s'.\n", cfg.Dir)
}

func runDevnetPrice(c *cli.Context) error {
	set, change := c.String(priceSetFlag.Name), c.String(priceChangeFlag.Name)
	if (set == "") == (change == "") {
		return errors.New("devnet price: pass exactly one of --set DOLLARS (such as 48000) or --change PERCENT (such as -20%)")
	}
	var price *big.Int
	var move scenario.Change
	if set != "" {
		p, err := units.Parse(set, devnet.FeedDecimals)
		if err != nil || p.Sign() == 0 {
			return fmt.Errorf("--set %q: want a positive dollar price such as 48000", set)
		}
		price = p
	} else {
		// The percent sign is optional here; the move is exact decimal math, not floats.
		text := strings.TrimSpace(change)
		if !strings.HasSuffix(text, "%") {
			text += "%"
		}
		var err error
		if move, err = scenario.ParseChange(text); err != nil {
			return fmt.Errorf("--change %q: want a percentage above -100%%, such as -20%% or 5%%", change)
		}
	}
	dir := c.String(devnetDirFlag.Name)
	info, dep, err := devnet.Attach(c.Context, dir)
	if err != nil {
		return err
	}
	old, err := devnet.Price(c.Context, info.RPCURL, dep)
	if err != nil {
		return err
	}
	if price != nil {
		err = devnet.SetPrice(c.Context, info.RPCURL, dep, price)
	} else {
		price, err = devnet.MovePrice(c.Context, info.RPCURL, dep, move)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "BTC price %s -> %s USD\n", units.Format(old, devnet.FeedDecimals), units.Format(price, devnet.FeedDecimals))
	return nil
}

func runDevnetReplay(c *cli.Context) error {
	path := c.String(pricesFlag.Name)
	if path == "" {
		return errors.New("devnet replay: --prices FILE.csv is required (a CSV with columns timestamp,close)")
	}
	raw := c.String(speedFlag.Name)
	speed, err := parseSpeed(raw)
	if err != nil {
		return fmt.Errorf("--speed %q: want history seconds per second such as 3600x, or 0 for as fast as possible", raw)
	}
	maxGap, err := maxGapOf(c)
	if err != nil {
		return err
	}
	if _, err := devnet.ReadPrices(path, maxGap); err != nil {
		return err
	}
	info, dep, err := devnet.Attach(c.Context, c.String(devnetDirFlag.Name))
	if err != nil {
		return err
	}
	began := time.Now()
	if err := devnet.Replay(c.Context, info.RPCURL, dep, path, maxGap, speed, slog.Default()); err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "replayed %s in %s\n", path, time.Since(began).Round(time.Millisecond))
	return nil
}

func parseSpeed(s string) (float64, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "max" {
		return 0, nil
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "x"), 64)
	if err != nil || v < 0 {
		return 0, errors.New("bad speed")
	}
	return v, nil
}

func runDevnetSeed(c *cli.Context) error {
	n := c.Int(devnetBorrowersFlag.Name)
	if n <= 0 {
		return fmt.Errorf("--borrowers %d: want how many borrowers to open, such as 100", n)
	}
	raw := c.String(ltvRangeFlag.Name)
	lo, hi, err := parseRange(raw)
	if err != nil {
		return fmt.Errorf("--ltv-range %q: want MIN-MAX fractions such as 0.1-0.5", raw)
	}
	info, dep, err := devnet.Attach(c.Context, c.String(devnetDirFlag.Name))
	if err != nil {
		return err
	}
	began := time.Now()
	borrowers, err := devnet.Seed(c.Context, info.RPCURL, dep, n, lo, hi, slog.Default())
	if err != nil {
		return fmt.Errorf("--ltv-range %s: %w", raw, err)
	}
	fmt.Fprintf(c.App.Writer, "opened %d borrowers at LTV %g-%g in %s\n", len(borrowers), lo, hi, time.Since(began).Round(time.Millisecond))
	return nil
}

func parseRange(s string) (lo, hi float64, err error) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), "-")
	if !ok {
		return 0, 0, errors.New("no dash")
	}
	if lo, err = strconv.ParseFloat(strings.TrimSpace(a), 64); err != nil {
		return 0, 0, err
	}
	if hi, err = strconv.ParseFloat(strings.TrimSpace(b), 64); err != nil {
		return 0, 0, err
	}
	if lo < 0 || hi < lo || hi >= 1 {
		return 0, 0, errors.New("out of order")
	}
	return lo, hi, nil
}
