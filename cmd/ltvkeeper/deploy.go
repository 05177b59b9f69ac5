package main

import (
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/units"
)

var deployCommand = &cli.Command{
	Name:  "deploy",
	Usage: "deploy the market factory and a WBTC/USDC market",
	Description: `Deploys the factory and creates a WBTC/USDC market with the default risk parameters,
then writes the deployment file that 'index' and 'keep' read. With --dev it also deploys
mock tokens and a development BTC/USD feed shaped as mainnet's (an aggregator behind
Chainlink's EACAggregatorProxy: the market reads the proxy, the deployer owns the aggregator
and publishes prices to it, and the deployment file names it), and supplies USDC liquidity.

Before it sends anything it refuses an --out that exists (unless --force) or is not a
regular file, and checks the addresses it is given: a contract at each, ERC-20 tokens whose
decimals the market supports, a feed (a Chainlink proxy or aggregator) with --feed-decimals
decimals and a positive price no older than the market's maxPriceAge, and the EIP-55
checksum of a mixed-case address.`,
	Flags: []cli.Flag{
		rpcFlag, privateKeyFileFlag, outFlag, forceFlag, collateralTokenFlag, loanTokenFlag, priceFeedFlag,
		feedDecimalsFlag, heartbeatFlag, poolFlag, executorOwnerFlag, devFlag, btcPriceFlag, liquidityFlag,
	},
	Action: runDeploy,
}

func runDeploy(c *cli.Context) error {
	cfg, err := deployConfig(c)
	if err != nil {
		return err
	}
	out, force := c.String(outFlag.Name), c.Bool(forceFlag.Name)
	if err := deploy.CheckWritable(out, force); err != nil {
		return err
	}
	key, err := chain.LoadKey(c.String(privateKeyFileFlag.Name), os.Getenv("LTVKEEPER_PRIVATE_KEY"))
	if err != nil {
		return err
	}
	client, chainID, err := chain.Dial(c.Context, flagRef(c, rpcFlag.Name), c.String(rpcFlag.Name))
	if err != nil {
		return err
	}
	defer client.Close()

	d, err := deploy.Deploy(c.Context, chain.NewSender(client, key, chainID), chainID, cfg, slog.Default())
	if err != nil {
		return err
	}
	for i := range d.Markets {
		d.Markets[i].Heartbeat = uint64(c.Duration(heartbeatFlag.Name) / time.Second)
	}
	if err := writeDeployment(d, out, force); err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "deployed factory %s and market %s on chain %d from block %d; wrote %s\n",
		d.Factory, d.Markets[0].Market, d.ChainID, d.StartBlock, out)
	if d.Executor != nil {
		fmt.Fprintf(c.App.Writer, "deployed liquidation executor %s owned by %s\n", *d.Executor, *cfg.ExecutorOwner)
	}
	return nil
}

// writeDeployment writes the deployment file after the contracts are on chain, replacing an
// existing file only with force; when that fails the error carries the addresses so that the
// deployment is not lost.
func writeDeployment(d *deploy.Deployment, out string, force bool) error {
	write := d.WriteNew
	if force {
		write = d.Write
	}
	if err := write(out); err != nil {
		markets := make([]string, len(d.Markets))
		for i, m := range d.Markets {
			markets[i] = fmt.Sprintf("%s market %s (collateral %s, loan %s, feed %s)", m.Name, m.Market, m.CollateralToken, m.LoanToken, m.PriceFeed)
		}
		return fmt.Errorf("deployed factory %s from block %d and %s on chain %d, but writing the deployment file failed: %w (note these addresses and write the file by hand)",
			d.Factory, d.StartBlock, strings.Join(markets, ", "), d.ChainID, err)
	}
	return nil
}

// deployConfig validates the deploy flags before anything touches the chain.
func deployConfig(c *cli.Context) (deploy.Config, error) {
	cfg := deploy.Config{Dev: c.Bool(devFlag.Name)}
	if v := c.String(executorOwnerFlag.Name); v != "" {
		owner, err := chain.ParseAddress(v)
		if err != nil {
			return cfg, fmt.Errorf("--%s %q: %w (want the keeper's account)", executorOwnerFlag.Name, v, err)
		}
		cfg.ExecutorOwner = &owner
	}
	if hb := c.Duration(heartbeatFlag.Name); hb < 0 || hb%time.Second != 0 {
		return cfg, fmt.Errorf("--heartbeat %s: want a whole number of seconds such as 1h or 90s (0: the market's maxPriceAge)", hb)
	}
	addressFlags := []*cli.StringFlag{collateralTokenFlag, loanTokenFlag, priceFeedFlag}
	if cfg.Dev {
		for _, f := range append(addressFlags, poolFlag) {
			if c.IsSet(f.Name) {
				return cfg, fmt.Errorf("--%s with --dev: --dev deploys its own mocks; drop one of them", f.Name)
			}
		}
		var err error
		if cfg.BTCPrice, err = units.Parse(c.String(btcPriceFlag.Name), deploy.DevFeedDecimals); err != nil || cfg.BTCPrice.Sign() == 0 {
			return cfg, fmt.Errorf("--btc-price %q: want a positive dollar amount such as 60000", c.String(btcPriceFlag.Name))
		}
		if cfg.BTCPrice.Cmp(deploy.DevFeedMinAnswer) < 0 || cfg.BTCPrice.Cmp(deploy.DevFeedMaxAnswer) > 0 {
			return cfg, fmt.Errorf("--btc-price %q: the development feed publishes prices from %s to %s dollars, as its aggregator's bounds; give a price within them",
				c.String(btcPriceFlag.Name), units.Format(deploy.DevFeedMinAnswer, deploy.DevFeedDecimals), units.Format(deploy.DevFeedMaxAnswer, deploy.DevFeedDecimals))
		}
		if cfg.Liquidity, err = units.Parse(c.String(liquidityFlag.Name), 6); err != nil {
			return cfg, fmt.Errorf("--liquidity %q: want a dollar amount such as 10000000", c.String(liquidityFlag.Name))
		}
		return cfg, nil
	}
	addrs := make([]common.Address, len(addressFlags))
	for i, f := range addressFlags {
		v := c.String(f.Name)
		if v == "" {
			return cfg, fmt.Errorf("--%s is required without --dev (or pass --dev on a development chain)", f.Name)
		}
		addr, err := chain.ParseAddress(v)
		if err != nil {
			return cfg, fmt.Errorf("--%s %q: %w", f.Name, v, err)
		}
		addrs[i] = addr
	}
	cfg.CollateralToken, cfg.LoanToken, cfg.PriceFeed = addrs[0], addrs[1], addrs[2]
	if v := c.String(poolFlag.Name); v != "" {
		pool, err := chain.ParseAddress(v)
		if err != nil {
			return cfg, fmt.Errorf("--%s %q: %w", poolFlag.Name, v, err)
		}
		cfg.Pool = &pool
	}
	decimals := c.Uint(feedDecimalsFlag.Name)
	if decimals == 0 || decimals > 36 {
		return cfg, fmt.Errorf("--feed-decimals %d: want the feed's decimals, 1 to 36 (Chainlink's USD feeds have 8)", decimals)
	}
	cfg.FeedDecimals = uint8(decimals)
	return cfg, nil
}
