// Package chainlink holds the abigen v2 bindings of the Chainlink price-feed interfaces that
// production code reads: AggregatorV3Interface, with the AnswerUpdated event its aggregators
// emit; a proxy's aggregator and phase (AggregatorProxyInterface); an aggregator's answer
// bounds (AggregatorBoundsInterface). Generated from the forge build; never edit it (`make
// bindings` regenerates it). It is a package of its own because abigen names a method's
// output struct after the method alone, and the development feed in package bindings has the
// same methods.
package chainlink

// Contracts lists the contracts bound here, in generation order.
var Contracts = []string{"AggregatorV3Interface", "AggregatorProxyInterface", "AggregatorBoundsInterface"}

//go:generate go run ../bindgen/cmd/bindgen -forge-out ../../contracts/out -pkg chainlink -out chainlink.go AggregatorV3Interface AggregatorProxyInterface AggregatorBoundsInterface
