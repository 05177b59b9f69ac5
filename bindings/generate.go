// Package bindings holds the abigen v2 bindings of ltvkeeper's contracts. Everything here is
// generated from the forge build; never edit it. After changing a contract run
// `make bindings` (forge build, then go generate).
package bindings

// Contracts lists the contracts bound here, in generation order.
var Contracts = []string{"LendingMarket", "MarketFactory", "MockERC20", "MockPriceFeed", "LoanMathHarness", "SeedBatch"}

//go:generate go run ./bindgen/cmd/bindgen -forge-out ../contracts/out -pkg bindings -out bindings.go LendingMarket MarketFactory MockERC20 MockPriceFeed LoanMathHarness SeedBatch
