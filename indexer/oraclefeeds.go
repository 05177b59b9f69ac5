package indexer

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
)

var chainlinkOracleABI = morpho.NewIMorphoChainlinkOracleV2()

// readOracleFeeds reads, in one batch, the feeds behind each oracle it has not read yet. A
// Morpho Chainlink oracle (MorphoChainlinkOracleV2) names its feeds and scale factor, which are
// immutable, so they are read at the head. With no vault, its price is its feeds' latest
// answers combined, so the market's price history is its feeds' rounds, and the indexer
// follows them. Any other oracle, or one with a vault (whose exchange rate moves with no
// event), has none: its history is its price() at the ends of ranges.
func (ix *Indexer) readOracleFeeds(ctx context.Context, oracles map[common.Address]uint64) error {
	var list []common.Address
	for _, o := range sortedAddresses(oracles) {
		if _, ok := ix.oracleFeeds[o]; !ok {
			list = append(list, o)
		}
	}
	if len(list) == 0 {
		return nil
	}
	a := chainlinkOracleABI
	getters := [][]byte{a.PackBASEVAULT(), a.PackQUOTEVAULT(), a.PackBASEFEED1(), a.PackBASEFEED2(),
		a.PackQUOTEFEED1(), a.PackQUOTEFEED2(), a.PackSCALEFACTOR()}
	outs := make([]hexutil.Bytes, len(list)*len(getters))
	calls := make([]rpc.BatchElem, len(outs))
	for i, o := range list {
		for j, data := range getters {
			k := i*len(getters) + j
			calls[k] = ethCall(o, data, "latest", &outs[k])
		}
	}
	if err := ix.fetch.callEach(ctx, calls); err != nil {
		return fmt.Errorf("read the feeds of %d oracles: %w", len(list), err)
	}
	for i, o := range list {
		k := i * len(getters)
		feeds, ok := oracleFeeds(calls[k:k+len(getters)], outs[k:k+len(getters)])
		ix.oracleFeeds[o] = feeds
		if ok {
			ix.log.Info("following the feeds of a Morpho Chainlink oracle", "oracle", o, "feeds", feeds.Feeds())
		}
	}
	return nil
}

// oracleFeeds decodes one oracle's answers to the getters of readOracleFeeds; ok is false for
// an oracle that is not a Morpho Chainlink oracle without vaults.
func oracleFeeds(calls []rpc.BatchElem, outs []hexutil.Bytes) (*indexdb.OracleFeeds, bool) {
	for _, c := range calls {
		if c.Error != nil {
			return nil, false
		}
	}
	a := chainlinkOracleABI
	var addrs [6]common.Address
	for j, unpack := range []func([]byte) (common.Address, error){a.UnpackBASEVAULT, a.UnpackQUOTEVAULT,
		a.UnpackBASEFEED1, a.UnpackBASEFEED2, a.UnpackQUOTEFEED1, a.UnpackQUOTEFEED2} {
		v, err := unpack(outs[j])
		if err != nil {
			return nil, false
		}
		addrs[j] = v
	}
	scale, err := a.UnpackSCALEFACTOR(outs[6])
	if err != nil || scale.Sign() <= 0 || addrs[0] != (common.Address{}) || addrs[1] != (common.Address{}) {
		return nil, false
	}
	return &indexdb.OracleFeeds{Base1: addrs[2], Base2: addrs[3], Quote1: addrs[4], Quote2: addrs[5], ScaleFactor: scale}, true
}
