// Package aggregatorproxy binds Chainlink's later AggregatorProxy (@chainlink/contracts 0.8.0,
// src/v0.7/dev, compiled with solc 0.7.6 by `make contracts`), which emits AggregatorProposed
// and AggregatorConfirmed when its aggregator changes. For development chains and tests, which
// deploy it; production code reads proxies through package chainlink. Generated; never edit it
// (`make bindings` regenerates it).
package aggregatorproxy

// Contracts lists the contracts bound here, in generation order.
var Contracts = []string{"AggregatorProxy"}

//go:generate go run ../../bindgen/cmd/bindgen -forge-out ../../../contracts/out -pkg aggregatorproxy -out aggregatorproxy.go AggregatorProxy
