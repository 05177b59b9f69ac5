package main

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net/url"
	"os"
	"slices"

	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/keeper"
	"github.com/ltvkeeper/ltvkeeper/keeper/txmgr"
	"github.com/ltvkeeper/ltvkeeper/node"
	"github.com/ltvkeeper/ltvkeeper/units"
)

var keepCommand = &cli.Command{
	Name:  "keep",
	Usage: "watch every position's LTV, alert at margin call, liquidate past the line",
	Description: `Reads positions from the index (run 'ltvkeeper index' beside it, or 'ltvkeeper node'),
prices from the feeds at every block (heard at once with --ws, else polled), and liquidates
positions past the liquidation LTV back to the target LTV through one transaction manager.
Several keepers may share a database: they split the markets, each market kept by one keeper
at a time, and each keeper needs its own key (a second keeper with a key in use is refused); a
--dry-run keeper looks at every market, takes no lease and stores no alerts. Dollar amounts are scaled to each market's loan-token
decimals.`,
	Flags: slices.Concat(
		[]cli.Flag{rpcFlag, wsFlag, dbFlag, deploymentFlag, privateKeyFileFlag, keystoreFlag, passwordFileFlag},
		keeperFlags, []cli.Flag{morphoMarginCallFlag}, morphoKeeperFlags, []cli.Flag{metricsAddrFlag},
	),
	Action: runKeep,
}

func runKeep(c *cli.Context) error {
	cfg, err := nodeConfig(c)
	if err != nil {
		return err
	}
	if err := setKeeper(c, &cfg); err != nil {
		return err
	}
	if cfg.Key, err = loadKey(c); err != nil {
		return err
	}
	cfg.NoIndexer, cfg.HTTPAddr = true, c.String(metricsAddrFlag.Name)
	return runNodeOn(c, cfg, false)
}

// setKeeper reads the keeper's flags into cfg: how it acts, where it sends and the
// deployment it keeps.
func setKeeper(c *cli.Context, cfg *node.Config) (err error) {
	if cfg.Keeper, err = keeperConfig(c); err != nil {
		return err
	}
	if cfg.PrivateRPC, err = privateRPC(c); err != nil {
		return err
	}
	cfg.Deployment = cfg.Keeper.Deployment
	return nil
}

// keeperConfig validates the keep flags before anything connects.
func keeperConfig(c *cli.Context) (keeper.Config, error) {
	cfg := keeper.Config{DryRun: c.Bool(dryRunFlag.Name), Webhook: c.String(webhookFlag.Name)}
	file := c.String(deploymentFlag.Name)
	if file == "" {
		return cfg, fmt.Errorf("--deployment is required: the deployment file written by 'ltvkeeper deploy'")
	}
	d, err := deploy.Load(file)
	if err != nil {
		return cfg, fmt.Errorf("--deployment %w", err)
	}
	if len(d.Markets) == 0 {
		return cfg, fmt.Errorf("--deployment %s lists no markets", file)
	}
	cfg.Deployment = d
	// Dollars go in millionths; the keeper scales them to each market's loan-token decimals.
	if cfg.MinProfit, err = units.Parse(c.String(minProfitFlag.Name), 6); err != nil {
		return cfg, fmt.Errorf("%s %q: want dollars such as 5 or 0.5", flagRef(c, "min-profit"), c.String(minProfitFlag.Name))
	}
	if cfg.ETHPrice, err = units.Parse(c.String(ethPriceFlag.Name), 6); err != nil {
		return cfg, fmt.Errorf("%s %q: want dollars such as 3000", flagRef(c, "eth-price"), c.String(ethPriceFlag.Name))
	}
	if cfg.Hysteresis, err = units.Parse(c.String(hysteresisFlag.Name), 18); err != nil || cfg.Hysteresis.Cmp(big.NewInt(1e17)) > 0 {
		return cfg, fmt.Errorf("%s %q: want a fraction from 0 to 0.1, such as 0.02", flagRef(c, "hysteresis"), c.String(hysteresisFlag.Name))
	}
	maxFee, err := units.Parse(c.String(maxFeeFlag.Name), 9)
	if err != nil || maxFee.Sign() == 0 {
		return cfg, fmt.Errorf("%s %q: want a positive number of gwei such as 500", flagRef(c, "max-fee-gwei"), c.String(maxFeeFlag.Name))
	}
	confirmations := c.Uint64(txConfirmationsFlag.Name)
	if c.IsSet(txConfirmationsFlag.Name) && (confirmations < 1 || confirmations > 64) {
		return cfg, fmt.Errorf("%s %d: want 1 to 64 blocks (1: final once mined)", flagRef(c, "tx.confirmations"), confirmations)
	}
	cfg.TxConfig = txmgr.Config{ResubmitAfterBlocks: c.Uint64(resubmitFlag.Name), MaxFeeCap: maxFee, Confirmations: confirmations}
	if raw := c.String(executorFlag.Name); raw != "" {
		a, err := chain.ParseAddress(raw)
		if err != nil {
			return cfg, fmt.Errorf("%s %q: %w (want the address of the keeper's LiquidationExecutor)", flagRef(c, executorFlag.Name), raw, err)
		}
		cfg.Executor = &a
	}
	cfg.Mode = c.String(liquidationModeFlag.Name)
	if !slices.Contains(keeper.Modes, cfg.Mode) {
		return cfg, fmt.Errorf("%s %q: want auto, inventory or flash", flagRef(c, liquidationModeFlag.Name), cfg.Mode)
	}
	cfg.BatchMaxGas = c.Uint64(batchMaxGasFlag.Name)
	if c.IsSet(batchMaxGasFlag.Name) && cfg.BatchMaxGas == 0 {
		return cfg, fmt.Errorf("%s 0: want a positive amount of gas, or leave it unset for a third of the block gas limit", flagRef(c, batchMaxGasFlag.Name))
	}
	if cfg.Morpho.MarginCall, err = parseFraction(c.String(morphoMarginCallFlag.Name)); err != nil {
		return cfg, fmt.Errorf("%s %q: %w", flagRef(c, morphoMarginCallFlag.Name), c.String(morphoMarginCallFlag.Name), err)
	}
	cfg.Morpho.Liquidation = c.String(morphoLiquidationFlag.Name)
	if raw := c.String(morphoTargetLTVFlag.Name); raw != "" {
		if cfg.Morpho.TargetLTV, err = units.Parse(raw, 18); err != nil {
			return cfg, fmt.Errorf("%s %q: want a fraction below the LLTV, such as 0.8", flagRef(c, morphoTargetLTVFlag.Name), raw)
		}
	}
	if err := cfg.Morpho.Check(); err != nil {
		return cfg, err
	}
	return cfg, nil
}

// privateRPC validates --tx.private-rpc: the URL's form here, its chain when the node starts.
func privateRPC(c *cli.Context) (string, error) {
	raw := c.String(txPrivateRPCFlag.Name)
	if raw == "" {
		return "", nil
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || !slices.Contains([]string{"http", "https", "ws", "wss"}, u.Scheme) {
		return "", fmt.Errorf("%s %q: want the http(s) or ws(s) URL of a private transaction endpoint, such as https://rpc.flashbots.net/fast", flagRef(c, txPrivateRPCFlag.Name), raw)
	}
	// A private transaction that is not mined is given up after txmgr's window; resending
	// less often than that would give it up before its first fee bump.
	if resubmit, limit := c.Uint64(resubmitFlag.Name), uint64(txmgr.DefaultPrivateGiveUpBlocks); resubmit >= limit {
		return "", fmt.Errorf("%s %d with %s: a private transaction not mined in %d blocks is given up, so resend sooner: want --resubmit-after below %d",
			flagRef(c, resubmitFlag.Name), resubmit, flagRef(c, txPrivateRPCFlag.Name), limit, limit)
	}
	return raw, nil
}

// loadKey reads the keeper's key from --keystore, --private-key-file or LTVKEEPER_PRIVATE_KEY.
func loadKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	if file := c.String(keystoreFlag.Name); file != "" {
		return chain.LoadKeystore(file, c.String(passwordFileFlag.Name))
	}
	return chain.LoadKey(c.String(privateKeyFileFlag.Name), os.Getenv("LTVKEEPER_PRIVATE_KEY"))
}
