// Package morpho binds Morpho Blue: Morpho, the one contract that holds every market (compiled
// from the pinned @morpho-org/morpho-blue npm package with solc 0.8.19, as it is deployed; its
// ABI includes the events it emits through its EventsLib), IOracle, the price every Morpho
// market reads, and IMorphoChainlinkOracleV2, the getters of Morpho's Chainlink-based oracle
// whose feeds the indexer follows: what production code uses. FixedRateIrm and ChainlinkOracle
// are ltvkeeper's own interest rate model and oracle for development chains and tests, and
// MorphoSeedBatch opens many positions at once for benchmarks (contracts/src/dev). A package of
// its own because Morpho's market parameters and state would collide with names in package
// bindings. Generated; never edit it (`make bindings` regenerates it).
package morpho

// Contracts lists the contracts bound here, in generation order.
var Contracts = []string{"Morpho", "IOracle", "IMorphoChainlinkOracleV2", "FixedRateIrm", "ChainlinkOracle", "MorphoSeedBatch"}

//go:generate go run ../bindgen/cmd/bindgen -forge-out ../../contracts/out -pkg morpho -out morpho.go Morpho IOracle IMorphoChainlinkOracleV2 FixedRateIrm ChainlinkOracle MorphoSeedBatch
