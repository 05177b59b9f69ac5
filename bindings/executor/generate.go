// Package executor binds LiquidationExecutor, the keeper's contract that liquidates many
// positions of a market in one transaction, funded by a Uniswap v3 flash swap or the owner's
// inventory. Generated from the forge build; never edit it (`make bindings` regenerates it). It
// is a package of its own because abigen names a method's output struct after the method alone,
// and LendingMarket in package bindings has a liquidate method too.
package executor

// Contracts lists the contracts bound here, in generation order.
var Contracts = []string{"LiquidationExecutor"}

//go:generate go run ../bindgen/cmd/bindgen -forge-out ../../contracts/out -pkg executor -out executor.go LiquidationExecutor
