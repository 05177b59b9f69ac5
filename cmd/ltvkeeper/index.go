package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/node"
)

var indexCommand = &cli.Command{
	Name:  "index",
	Usage: "index every market event into Postgres and follow the chain",
	Description: `Applies the database migrations, backfills from the factory's deployment block with
concurrent eth_getLogs ranges, then follows the head, rolling back reorgs. Each range commits
in one transaction with its checkpoint, so it can be stopped or killed at any time.`,
	Flags: slices.Concat([]cli.Flag{
		rpcFlag, wsFlag, dbFlag, deploymentFlag, factoryFlag, startBlockFlag, confirmationsFlag, untilHeadFlag,
		concurrencyFlag, rangeSizeFlag, deferIndexesFlag, metricsAddrFlag, cpuProfileFlag, memProfileFlag,
	}, morphoFlags),
	Action: runIndex,
}

func runIndex(c *cli.Context) (err error) {
	stopProfiles, err := startProfiles(c.String(cpuProfileFlag.Name), c.String(memProfileFlag.Name))
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, stopProfiles()) }()
	cfg, err := nodeConfig(c)
	if err != nil {
		return err
	}
	if cfg.Indexer, err = indexerConfig(c); err != nil {
		return err
	}
	cfg.NoKeeper, cfg.HTTPAddr = true, c.String(metricsAddrFlag.Name)
	needStart, err := setMorpho(c, &cfg)
	if err != nil {
		return err
	}
	return runNodeOn(c, cfg, needStart)
}

// findStartBlock finds the block the factory of cfg.Indexer was deployed in, before the node
// starts.
func findStartBlock(ctx context.Context, cfg node.Config) (uint64, error) {
	return findBlock(ctx, cfg, "--factory", cfg.Indexer.Factory)
}

// findBlock finds the block the contract at addr (given by flag) was deployed in.
func findBlock(ctx context.Context, cfg node.Config, flag string, addr common.Address) (uint64, error) {
	client, err := ethclient.DialContext(ctx, cfg.RPC)
	if err != nil {
		return 0, fmt.Errorf("%s: %w (is it an http(s) or ws(s) URL of an Ethereum node?)", cfg.Ref(rpcFlag.Name), err)
	}
	defer client.Close()
	return contractBlock(ctx, client, cfg.Ref(rpcFlag.Name), flag, addr)
}

// nodeDown names the node (its flag or environment variable and URL) in the error of a node
// that does not answer.
func nodeDown(node string, err error) error {
	return fmt.Errorf("%s: %w (is the node running? try 'ltvkeeper devnet')", node, err)
}

// deploymentBlock finds the block the factory was deployed in, the first block in which it
// has code, by binary search; it returns 0 when the factory has no code at the head (the
// indexer then says so). The search reads old state, which Anvil and archive nodes serve.
func deploymentBlock(ctx context.Context, client *ethclient.Client, node string, factory common.Address) (uint64, error) {
	return contractBlock(ctx, client, node, "--factory", factory)
}

// contractBlock is deploymentBlock for the contract that flag gives.
func contractBlock(ctx context.Context, client *ethclient.Client, node, flag string, factory common.Address) (uint64, error) {
	kind := "factory"
	if flag != "--factory" {
		kind = "contract"
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return 0, nodeDown(node, fmt.Errorf("read head: %w", err))
	}
	hasCode := func(n uint64) (bool, error) {
		code, err := client.CodeAt(ctx, factory, new(big.Int).SetUint64(n))
		return len(code) > 0, err
	}
	if ok, err := hasCode(head); err != nil || !ok {
		if err != nil {
			return 0, nodeDown(node, fmt.Errorf("read code of %s %s: %w", kind, factory, err))
		}
		return 0, nil
	}
	lo, hi := uint64(0), head
	for lo < hi {
		mid := lo + (hi-lo)/2
		ok, err := hasCode(mid)
		if err != nil {
			startFlag := strings.TrimSuffix(flag, "address") + "start-block"
			if flag == "--factory" {
				startFlag = "--start-block"
			}
			return 0, fmt.Errorf("%s %s without %s: find the block it was deployed in: read its code at block %d: %w (the node may not keep old state: pass %s N)",
				flag, factory, startFlag, mid, err, startFlag)
		}
		if ok {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	slog.Info("found the contract's deployment block", kind, factory, "block", lo)
	return lo, nil
}

// indexerConfig validates the index flags before anything connects.
func indexerConfig(c *cli.Context) (indexer.Config, error) {
	cfg := indexer.Config{
		Confirmations: c.Uint64(confirmationsFlag.Name),
		UntilHead:     c.Bool(untilHeadFlag.Name),
		Concurrency:   c.Int(concurrencyFlag.Name),
		RangeSize:     c.Uint64(rangeSizeFlag.Name),
		DeferIndexes:  c.Int64(deferIndexesFlag.Name),
	}
	if cfg.DeferIndexes <= 0 {
		cfg.DeferIndexes = -1 // never
	}
	if cfg.Concurrency < 1 || cfg.Concurrency > 64 {
		return cfg, fmt.Errorf("%s %d: want 1 to 64", flagRef(c, "concurrency"), cfg.Concurrency)
	}
	if cfg.RangeSize < 1 {
		return cfg, fmt.Errorf("%s 0: want at least 1 block", flagRef(c, "range-size"))
	}
	file, factory := c.String(deploymentFlag.Name), c.String(factoryFlag.Name)
	switch {
	case file != "" && factory != "":
		return cfg, errors.New("--deployment and --factory both given: pass one of them")
	case file != "":
		d, err := deploy.Load(file)
		if err != nil {
			return cfg, fmt.Errorf("--deployment %w", err)
		}
		cfg.ChainID, cfg.Factory, cfg.StartBlock = d.ChainID, d.Factory, d.StartBlock
	case factory != "":
		if !common.IsHexAddress(factory) {
			return cfg, fmt.Errorf("%s %q: not an address (want 0x and 40 hex digits)", flagRef(c, "factory"), factory)
		}
		cfg.Factory, cfg.StartBlock = common.HexToAddress(factory), c.Uint64(startBlockFlag.Name)
	case c.String(morphoAddressFlag.Name) != "":
		// Morpho Blue's markets alone.
	default:
		return cfg, errors.New("nothing to index: pass --deployment FILE, or --factory ADDR (and --start-block N, else it is found on the chain), or --morpho.address ADDR")
	}
	return cfg, nil
}
