// Package morphoexecutor binds MorphoLiquidationExecutor, the keeper's contract that liquidates
// many positions of a Morpho Blue market in one transaction, selling each liquidation's seized
// collateral to a Uniswap v3 pool inside Morpho's onMorphoLiquidate callback, or repaying from
// the owner's inventory. Generated from the forge build; never edit it (`make bindings`
// regenerates it). A package of its own because abigen names a method's output struct after the
// method alone, and Morpho and LiquidationExecutor have liquidate methods too.
package morphoexecutor

// Contracts lists the contracts bound here, in generation order.
var Contracts = []string{"MorphoLiquidationExecutor"}

//go:generate go run ../bindgen/cmd/bindgen -forge-out ../../contracts/out -pkg morphoexecutor -out morphoexecutor.go MorphoLiquidationExecutor
