// Package devaggregator binds DevAggregator, the development aggregator that publishes as
// Chainlink's OCR aggregator does (contracts/src/dev/DevAggregator.sol). For development
// chains and tests only. A package of its own because its read methods' output structs
// would collide with MockPriceFeed's in package bindings. Generated; never edit it
// (`make bindings` regenerates it).
package devaggregator

// Contracts lists the contracts bound here, in generation order.
var Contracts = []string{"DevAggregator"}

//go:generate go run ../bindgen/cmd/bindgen -forge-out ../../contracts/out -pkg devaggregator -out devaggregator.go DevAggregator
