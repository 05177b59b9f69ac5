package main

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/node"
	"github.com/ltvkeeper/ltvkeeper/protocol/morpho"
)

// morphoConfig is the Morpho Blue contract to follow: the deployment file's morpho object (file
// may be ""), with each flag given replacing its field; nil for none. needStart is true when
// the start block is to be found on the chain.
func morphoConfig(c *cli.Context, file string) (cfg *morpho.Config, needStart bool, err error) {
	var fromFile *deploy.MorphoInstance
	if file != "" {
		d, err := deploy.Load(file)
		if err != nil {
			return nil, false, fmt.Errorf("--deployment %w", err)
		}
		fromFile = d.Morpho
	}
	addr := c.String(morphoAddressFlag.Name)
	if addr == "" && fromFile == nil {
		for _, f := range morphoFlags {
			if name := f.Names()[0]; c.IsSet(name) {
				return nil, false, fmt.Errorf("%s without a Morpho contract: pass --morpho.address, or a deployment file with a morpho object", flagRef(c, name))
			}
		}
		return nil, false, nil
	}
	cfg = &morpho.Config{}
	if fromFile != nil {
		cfg = morpho.Following(fromFile)
	}
	if addr != "" {
		a, err := chain.ParseAddress(addr)
		if err != nil {
			return nil, false, fmt.Errorf("%s %q: %w", flagRef(c, morphoAddressFlag.Name), addr, err)
		}
		if a == (common.Address{}) {
			return nil, false, fmt.Errorf("%s is the zero address: want the address of the Morpho Blue contract", flagRef(c, morphoAddressFlag.Name))
		}
		if fromFile == nil || a != fromFile.Address {
			cfg.StartBlock, needStart = 0, true // the file's start block is another contract's
		}
		cfg.Morpho = a
	}
	if c.IsSet(morphoStartBlockFlag.Name) {
		cfg.StartBlock, needStart = c.Uint64(morphoStartBlockFlag.Name), false
	}
	if c.IsSet(morphoMarketsFlag.Name) {
		if cfg.Markets, err = listFlag(c, morphoMarketsFlag, deploy.ParseMarketID); err != nil {
			return nil, false, err
		}
	}
	if c.IsSet(morphoCollateralTokensFlag.Name) {
		if cfg.CollateralTokens, err = listFlag(c, morphoCollateralTokensFlag, chain.ParseAddress); err != nil {
			return nil, false, err
		}
	}
	if cfg.MarginCall, err = parseFraction(c.String(morphoMarginCallFlag.Name)); err != nil {
		return nil, false, fmt.Errorf("%s %q: %w", flagRef(c, morphoMarginCallFlag.Name), c.String(morphoMarginCallFlag.Name), err)
	}
	return cfg, needStart, nil
}

// listFlag parses each item of the list flag f; an error names the flag and the item.
func listFlag[T any](c *cli.Context, f *cli.StringSliceFlag, parse func(string) (T, error)) ([]T, error) {
	var out []T
	for _, s := range splitList(c.StringSlice(f.Name)) {
		v, err := parse(s)
		if err != nil {
			return nil, fmt.Errorf("%s %q: %w", flagRef(c, f.Name), s, err)
		}
		out = append(out, v)
	}
	return out, nil
}

// splitList drops the empty items of a comma-separated list.
func splitList(items []string) []string {
	var out []string
	for _, s := range items {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// parseFraction parses a decimal fraction above 0 and at most 1 into WAD, rounded down.
func parseFraction(s string) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(strings.TrimSpace(s))
	if !ok || r.Sign() <= 0 || r.Cmp(big.NewRat(1, 1)) > 0 {
		return nil, fmt.Errorf("want a fraction of the LLTV above 0 and at most 1, such as 0.9")
	}
	r.Mul(r, new(big.Rat).SetInt64(1e18))
	wad := new(big.Int).Quo(r.Num(), r.Denom())
	if wad.Sign() == 0 {
		return nil, fmt.Errorf("want a fraction of the LLTV above 0 and at most 1, such as 0.9")
	}
	return wad, nil
}

// setMorpho reads the Morpho flags into cfg; needStart is true when neither a flag nor the
// deployment file gives the contract's start block (findMorphoStart then finds it).
func setMorpho(c *cli.Context, cfg *node.Config) (needStart bool, err error) {
	cfg.Morpho, needStart, err = morphoConfig(c, c.String(deploymentFlag.Name))
	return needStart, err
}

// findMorphoStart finds the block the Morpho contract of cfg was deployed in, on the chain.
func findMorphoStart(c *cli.Context, cfg *node.Config) (err error) {
	cfg.Morpho.StartBlock, err = findBlock(c.Context, *cfg, "--morpho.address", cfg.Morpho.Morpho)
	return err
}
