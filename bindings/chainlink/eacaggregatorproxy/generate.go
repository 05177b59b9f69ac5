// Package eacaggregatorproxy binds Chainlink's EACAggregatorProxy (@chainlink/contracts 0.8.0,
// src/v0.6, compiled with solc 0.6.6 by `make contracts`): the proxy most mainnet feeds sit
// behind, which emits no event when its aggregator changes. For development chains and tests,
// which deploy it; production code reads proxies through package chainlink. Generated; never
// edit it (`make bindings` regenerates it).
package eacaggregatorproxy

// Contracts lists the contracts bound here, in generation order.
var Contracts = []string{"EACAggregatorProxy"}

//go:generate go run ../../bindgen/cmd/bindgen -forge-out ../../../contracts/out -pkg eacaggregatorproxy -out eacaggregatorproxy.go EACAggregatorProxy
