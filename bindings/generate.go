// Package bindings holds the abigen v2 bindings of ltvkeeper's contracts and of the ERC-20
// interface production code reads (IERC20Metadata; price feeds are in bindings/chainlink);
// the Mock* and Dev* bindings are for development chains and tests. Everything here is
// generated from the forge build; never edit it. After changing a contract run
// `make bindings` (forge build, then go generate).
package bindings

// Contracts lists the contracts bound here, in generation order.
var Contracts = []string{"LendingMarket", "MarketFactory", "IERC20Metadata", "MockERC20", "MockPriceFeed", "LoanMathHarness", "SeedBatch", "DevPool"}

//go:generate go run ./bindgen/cmd/bindgen -forge-out ../contracts/out -pkg bindings -out bindings.go LendingMarket MarketFactory IERC20Metadata MockERC20 MockPriceFeed LoanMathHarness SeedBatch DevPool
