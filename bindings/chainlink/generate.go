// Package chainlink holds the abigen v2 bindings of the Chainlink price-feed interfaces that
// production code reads: AggregatorV3Interface (on a proxy or an aggregator), with the
// AnswerUpdated event its aggregators emit; AggregatorProxyInterface, a proxy's current
// aggregator and phase, its past phases' aggregators and its AggregatorConfirmed event; and
// OffchainAggregatorInterface, an OCR aggregator's minAnswer/maxAnswer and NewTransmission.
// Generated from the forge build; never edit it (`make bindings` regenerates it). It is a
// package of its own because abigen names a method's output struct after the method alone,
// and the development feed in package bindings has the same methods; for the same reason
// Chainlink's deployable proxies are bound in packages of their own below this one.
package chainlink

// Contracts lists the contracts bound here, in generation order.
var Contracts = []string{"AggregatorV3Interface", "AggregatorProxyInterface", "OffchainAggregatorInterface"}

//go:generate go run ../bindgen/cmd/bindgen -forge-out ../../contracts/out -pkg chainlink -out chainlink.go AggregatorV3Interface AggregatorProxyInterface OffchainAggregatorInterface
