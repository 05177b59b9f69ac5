// Package data is the price history shipped with ltvkeeper, embedded in the binary: the
// offline default of backtest and advise, and the history of the API's risk table.
package data

import _ "embed"

// BTCUSDName is the shipped history's path in the repository.
const BTCUSDName = "data/btc-usd-1h-2024-coinbase.csv"

// BTCUSD is the shipped history: hourly BTC-USD closes of 2024 from Coinbase Exchange, in
// the timestamp,close format every price reader takes.
//
//go:embed btc-usd-1h-2024-coinbase.csv
var BTCUSD []byte
