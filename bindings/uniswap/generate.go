// Package uniswap binds Uniswap v3's UniswapV3Factory and UniswapV3Pool from the artifacts that
// the pinned @uniswap/v3-core npm package publishes (ABI and the bytecode deployed on mainnet,
// compiled from pragma 0.7.6 sources): development chains and tests deploy the factory as it is,
// and production code reads pools through the pool's binding. Generated; never edit it
// (`make bindings` regenerates it).
package uniswap

// ArtifactsDir is where the npm package keeps the artifacts, relative to this folder.
const ArtifactsDir = "../../contracts/tools/node_modules/@uniswap/v3-core/artifacts/contracts"

// Contracts lists the contracts bound here, in generation order.
var Contracts = []string{"UniswapV3Factory", "UniswapV3Pool"}

//go:generate go run ../bindgen/cmd/bindgen -forge-out ../../contracts/tools/node_modules/@uniswap/v3-core/artifacts/contracts -pkg uniswap -out uniswap.go UniswapV3Factory UniswapV3Pool
