package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/ltvkeeper/ltvkeeper/api"
	"github.com/ltvkeeper/ltvkeeper/bench"
	"github.com/ltvkeeper/ltvkeeper/candles"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/devnet"
	"github.com/ltvkeeper/ltvkeeper/indexdb/positions"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/keeper"
	"github.com/ltvkeeper/ltvkeeper/node"
	"github.com/ltvkeeper/ltvkeeper/protocol/morpho"
)

// Every command's flags are declared in this file, grouped by their category (as `ltvkeeper
// COMMAND --help` groups them), each once for all the commands where it means the same; a
// command whose help for a name differs (node's --deployment, serve's --rpc) has a flag of its
// own with that name. Only serve's hidden old names (serveAliasFlags) and the commands' copies
// of the logging flags (withLogFlags) are made elsewhere.

// Flag categories.
const (
	catChain    = "CHAIN"
	catDatabase = "DATABASE"
	catIndexer  = "INDEXER"
	catKeeper   = "KEEPER"
	catMorpho   = "MORPHO"
	catAPI      = "API"
	catMetrics  = "METRICS"
	catDeploy   = "DEPLOYMENT"
	catDev      = "DEVELOPMENT"
	catLogging  = "LOGGING"
	catBench    = "BENCHMARK"
	catFetch    = "FETCH"
	catFilter   = "FILTERS"
	catOutput   = "OUTPUT"

	// simulate, backtest and advise
	catScenarioLoan     = "LOAN"
	catScenarioStrategy = "STRATEGY"
	catScenarioMoves    = "PRICES"
)

// envVar is the environment variable that sets a flag: --log.level is LTVKEEPER_LOG_LEVEL.
func envVar(flag string) []string {
	return []string{"LTVKEEPER_" + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(flag))}
}

// The flag constructors give every flag its name, default, category and help, and the
// environment variable of its name (envVar); a zero value is no default.

func stringFlag(name, value, category, usage string) *cli.StringFlag {
	return &cli.StringFlag{Name: name, Value: value, Category: category, EnvVars: envVar(name), Usage: usage}
}

// fileFlag is a stringFlag whose value is a path, which shells complete as one.
func fileFlag(name, value, category, usage string) *cli.StringFlag {
	f := stringFlag(name, value, category, usage)
	f.TakesFile = true
	return f
}

func boolFlag(name, category, usage string) *cli.BoolFlag {
	return &cli.BoolFlag{Name: name, Category: category, EnvVars: envVar(name), Usage: usage}
}

func intFlag(name string, value int, category, usage string) *cli.IntFlag {
	return &cli.IntFlag{Name: name, Value: value, Category: category, EnvVars: envVar(name), Usage: usage}
}

func int64Flag(name string, value int64, category, usage string) *cli.Int64Flag {
	return &cli.Int64Flag{Name: name, Value: value, Category: category, EnvVars: envVar(name), Usage: usage}
}

func uintFlag(name string, value uint, category, usage string) *cli.UintFlag {
	return &cli.UintFlag{Name: name, Value: value, Category: category, EnvVars: envVar(name), Usage: usage}
}

func uint64Flag(name string, value uint64, category, usage string) *cli.Uint64Flag {
	return &cli.Uint64Flag{Name: name, Value: value, Category: category, EnvVars: envVar(name), Usage: usage}
}

func durationFlag(name string, value time.Duration, category, usage string) *cli.DurationFlag {
	return &cli.DurationFlag{Name: name, Value: value, Category: category, EnvVars: envVar(name), Usage: usage}
}

func stringSliceFlag(name string, value []string, category, usage string) *cli.StringSliceFlag {
	f := &cli.StringSliceFlag{Name: name, Category: category, EnvVars: envVar(name), Usage: usage}
	if len(value) > 0 {
		f.Value = cli.NewStringSlice(value...)
	}
	return f
}

// scoped gives f the environment variable of SCOPE.NAME instead of NAME, for a subcommand's
// flag whose name alone would read another command's variable: bench's --out reads
// LTVKEEPER_BENCH_OUT, not deploy's LTVKEEPER_OUT.
func scoped[F cli.Flag](scope string, f F) F {
	env := envVar(scope + "." + f.Names()[0])
	switch f := any(f).(type) {
	case *cli.StringFlag:
		f.EnvVars = env
	case *cli.StringSliceFlag:
		f.EnvVars = env
	case *cli.IntFlag:
		f.EnvVars = env
	case *cli.Uint64Flag:
		f.EnvVars = env
	case *cli.BoolFlag:
		f.EnvVars = env
	default:
		panic(fmt.Sprintf("scoped: no environment variable for a %T", f))
	}
	return f
}

// Logging: global flags, which every command also takes after its name (withLogFlags).
var (
	logLevelFlag = stringFlag("log.level", "info", catLogging,
		"log level: debug, info, warn or error")
	logFormatFlag = stringFlag("log.format", "text", catLogging,
		"log format: text or json")
)

// The chain: the Ethereum node and the keys that sign.
var (
	rpcFlag = stringFlag("rpc", "http://127.0.0.1:8545", catChain,
		"JSON-RPC URL of the Ethereum node")
	privateKeyFileFlag = fileFlag("private-key-file", "", catChain,
		"file holding the deployer's hex private key (or set LTVKEEPER_PRIVATE_KEY to the key itself)")
	// node's own copy, with help that fits the node.
	nodeKeyFileFlag = fileFlag(privateKeyFileFlag.Name, "", catChain,
		"file holding the keeper's hex private key (or set LTVKEEPER_PRIVATE_KEY to the key itself; not needed with --no-keeper)")
	wsFlag = stringFlag("ws", "", catChain,
		"WebSocket URL of the node, to hear of new heads at once instead of polling")
	keystoreFlag = fileFlag("keystore", "", catChain,
		"go-ethereum keystore file of the keeper's key (with --password-file), instead of --private-key-file")
	passwordFileFlag = fileFlag("password-file", "", catChain,
		"file holding the --keystore password")
	serveRPCFlag = stringFlag("rpc", "", catChain,
		"JSON-RPC URL of the Ethereum node: /healthz compares the index with its head, and its chain is the one served (empty: /healthz checks only the database)")
	serveChainFlag = uint64Flag("chain-id", 0, catChain,
		"the chain to serve when the database indexes several (0: --rpc's chain, or the only one; requests may pick one with ?chain=)")
)

// The index database.
var (
	// dbFlag is the index database, shared by every command that reads or writes it.
	dbFlag = stringFlag("db", "postgres://postgres@127.0.0.1:5432/ltvkeeper?sslmode=disable", catDatabase,
		"Postgres URL of the index database (add pool_max_conns=N to size the connection pool: 24 by default)")
	devnetDBFlag = &cli.StringFlag{
		Name: "db", Category: catDatabase, EnvVars: append(envVar("db"), "DATABASE_URL"),
		Usage: "Postgres URL to index into (default: a private cluster in DIR/pg)",
	}
)

// The indexer.
var (
	deploymentFlag = fileFlag("deployment", "", catIndexer,
		"deployment file written by 'ltvkeeper deploy' (or give --factory and --start-block)")
	// node's own copy, with help that fits the node.
	nodeDeploymentFlag = fileFlag(deploymentFlag.Name, "", catIndexer,
		"deployment file written by 'ltvkeeper deploy': the chain, the factory, its start block and the markets to keep (required)")
	factoryFlag = stringFlag("factory", "", catIndexer,
		"address of the MarketFactory to index (instead of --deployment)")
	startBlockFlag = uint64Flag("start-block", 0, catIndexer,
		"block the factory was deployed in (with --factory; found on the chain when not given)")
	confirmationsFlag = uint64Flag("confirmations", 0, catIndexer,
		"index only blocks this many below the head (0: index the tip and roll back reorgs)")
	untilHeadFlag = boolFlag("until-head", catIndexer,
		"exit once caught up with the head")
	concurrencyFlag = intFlag("concurrency", 4, catIndexer,
		"eth_getLogs ranges fetched at once during backfill")
	rangeSizeFlag = uint64Flag("range-size", 2000, catIndexer,
		"blocks per eth_getLogs range to start with (it shrinks when the node refuses and grows back)")
	deferIndexesFlag = int64Flag("defer-indexes", indexer.DefaultDeferIndexes, catIndexer,
		"a backfill expected to bring at least this many events, and more than the index holds, writes without the secondary indexes of events and positions and builds them at its end (0: never)")
	// Profiles of the indexer's own CPU and allocations, for measuring the backfill: hidden, as
	// they are for developers.
	cpuProfileFlag = &cli.StringFlag{Name: "cpuprofile", Hidden: true, TakesFile: true, Usage: "write a CPU profile to this file"}
	memProfileFlag = &cli.StringFlag{Name: "memprofile", Hidden: true, TakesFile: true, Usage: "write an allocation profile to this file on exit"}
)

// The keeper.
var (
	noKeeperFlag = boolFlag("no-keeper", catKeeper,
		"run a read-only node: index and serve, never send (no key needed)")
	dryRunFlag = boolFlag("dry-run", catKeeper,
		"log what would be sent and send nothing")
	minProfitFlag = stringFlag("min-profit", "0", catKeeper,
		"skip liquidations expected to earn less than this many dollars after gas")
	ethPriceFlag = stringFlag("eth-price", "3000", catKeeper,
		"dollars per ETH, to value gas in the profit estimate")
	webhookFlag = stringFlag("webhook", "", catKeeper,
		"URL to POST alerts to as JSON (retried until accepted)")
	hysteresisFlag = stringFlag("hysteresis", "0.02", catKeeper,
		"a margin call re-arms once LTV is this far below the margin-call LTV (0.02 = 2 points)")
	resubmitFlag = uint64Flag("resubmit-after", 3, catKeeper,
		"blocks to wait for a transaction before resending it with fees raised by at least 10%")
	maxFeeFlag = stringFlag("max-fee-gwei", "500", catKeeper,
		"never pay more than this fee cap per gas, in gwei")
	txConfirmationsFlag = uint64Flag("tx.confirmations", 1, catKeeper,
		"blocks a transaction must be under before it counts as final (1: mined in the head block)")
	txPrivateRPCFlag = stringFlag("tx.private-rpc", "", catKeeper,
		"send signed transactions to this private mempool or block-builder RPC (eth_sendRawTransaction) instead of --rpc, "+
			"which still serves reads, nonces, fees and receipts; never falls back to the public mempool")
	executorFlag = stringFlag("executor", "", catKeeper,
		"the LiquidationExecutor (owned by the keeper's account) to liquidate through in batches; default: the deployment file's")
	liquidationModeFlag = stringFlag("liquidation.mode", keeper.ModeAuto, catKeeper,
		"where a batch's loan token comes from: auto (the higher simulated profit after gas), inventory (the keeper's own) or flash (a Uniswap v3 flash swap paid back in collateral)")
	batchMaxGasFlag = uint64Flag("batch.max-gas", 0, catKeeper,
		"the most gas one batch of liquidations may use (default: a third of the block gas limit)")
	// keeperFlags are how the keeper acts, in keep and node alike.
	keeperFlags = []cli.Flag{
		dryRunFlag, minProfitFlag, ethPriceFlag, webhookFlag, hysteresisFlag, resubmitFlag, maxFeeFlag, txConfirmationsFlag, txPrivateRPCFlag,
		executorFlag, liquidationModeFlag, batchMaxGasFlag,
	}
)

// Morpho Blue markets.
var (
	morphoAddressFlag = stringFlag("morpho.address", "", catMorpho,
		"Morpho Blue contract whose markets to follow beside the factory's (or the deployment file's morpho.address)")
	morphoStartBlockFlag = uint64Flag("morpho.start-block", 0, catMorpho,
		"block the Morpho Blue contract was deployed in (found on the chain when not given)")
	morphoMarketsFlag = stringSliceFlag("morpho.markets", nil, catMorpho,
		"Morpho market ids to follow (0x and 64 hex digits, comma-separated); with neither this nor --morpho.collateral-tokens, every market")
	morphoCollateralTokensFlag = stringSliceFlag("morpho.collateral-tokens", nil, catMorpho,
		"follow every Morpho market, also those created later, whose collateral is one of these tokens (comma-separated addresses)")
	morphoMarginCallFlag = stringFlag("morpho.margin-call", "0.9", catMorpho,
		"margin-call line of Morpho markets, which have none, as a fraction of each market's LLTV")
	morphoLiquidationFlag = stringFlag("morpho.liquidation", morpho.LiquidateMax, catMorpho,
		"how much of a Morpho Blue position to liquidate: max (as much as the position allows) or target (repay only enough to bring it to --morpho.target-ltv)")
	morphoTargetLTVFlag = stringFlag("morpho.target-ltv", "", catMorpho,
		"with --morpho.liquidation target: the LTV a Morpho Blue liquidation brings a position to, below the LLTV (0.8 = 80%)")
	// morphoFlags are which Morpho Blue markets to follow, in index and node alike;
	// morphoKeeperFlags how the keeper liquidates them, in keep and node.
	morphoFlags       = []cli.Flag{morphoAddressFlag, morphoStartBlockFlag, morphoMarketsFlag, morphoCollateralTokensFlag, morphoMarginCallFlag}
	morphoKeeperFlags = []cli.Flag{morphoLiquidationFlag, morphoTargetLTVFlag}
)

// The HTTP API.
var (
	apiAddrFlag = stringFlag("api.addr", "127.0.0.1:8080", catAPI,
		"address to serve the HTTP API and /metrics on (empty: none)")
	apiMaxLagFlag = uint64Flag("api.max-lag", node.DefaultMaxLag, catAPI,
		"blocks the index may trail the chain head before /healthz answers 503")
	apiMaxReplayLagFlag = durationFlag("api.max-replay-lag", api.DefaultMaxReplayLag, catAPI,
		"on a streaming replica (--db at a hot standby), how far its replay may trail the primary before /healthz answers 503")
	apiRequestTimeoutFlag = durationFlag("api.request-timeout", api.DefaultRequestTimeout, catAPI,
		"longest an API request may take, its database work included")
)

// Metrics.
var (
	metricsAddrFlag = stringFlag("metrics.addr", "", catMetrics,
		"address to serve Prometheus metrics on, e.g. 127.0.0.1:9100 (off when empty)")
)

// Which positions positions and position show.
var (
	positionsChainFlag = uint64Flag("chain-id", 0, catFilter,
		"only positions on this chain, when the database indexes several (0: every chain)")
	positionsMarketFlag = stringFlag("market", "", catFilter,
		"only positions in this market: an address, or a Morpho Blue market's id (0x and 64 hex digits)")
	positionsBorrowerFlag = stringFlag("borrower", "", catFilter,
		"only this borrower's positions (address)")
	positionsMinLTVFlag = stringFlag("min-ltv", "", catFilter,
		"only positions with at least this LTV, as a fraction (0.65) or a percentage (65%)")
	positionsStatusFlag = stringFlag("status", "", catFilter,
		"only positions with this status: "+strings.Join(statusNames(), ", "))
)

// Output of the commands that read the index or the price history.
var (
	positionsSortFlag = stringFlag("sort", string(positions.ByLTV), catOutput,
		"order, largest first: ltv, debt or collateral")
	positionsLimitFlag = intFlag("limit", 0, catOutput,
		"show at most this many positions (0: all)")
	positionsJSONFlag = boolFlag("json", catOutput,
		"print JSON instead of a table")
	whatIfFlag = stringFlag("what-if", "", catOutput,
		"also show each position after a BTC price move, e.g. -30% (LTV, status, what restores --target, the liquidation)")
	whatIfTargetFlag = stringFlag("target", "0.2", catOutput,
		"with --what-if: the LTV to get back to, as a fraction (0.2) or a percentage (20%): how much BTC to add or USD to repay")
	btSVGFlag = fileFlag("svg", "", catOutput,
		"also write a chart of the margin-call and liquidation odds by starting LTV, one curve per horizon, the worst window marked, to this SVG file")
)

// The loan of simulate, backtest and advise.
var (
	simCollateralFlag = stringFlag("collateral-btc", "", catScenarioLoan,
		"BTC deposited as collateral, such as 0.25 (required)")
	simBorrowFlag = stringFlag("borrow", "", catScenarioLoan,
		"USDC borrowed, in dollars, such as 2000 (required)")
	simPriceFlag = stringFlag("price", "", catScenarioLoan,
		"BTC price when the loan is opened, in dollars, such as 40000 (required)")
	simTargetFlag = stringFlag("target", "0.2", catScenarioLoan,
		"LTV to get back to, as a fraction (0.2) or a percentage (20%): how much BTC to add or USD to repay")
	simConvictionFlag = boolFlag("conviction", catScenarioLoan,
		"also show the loan whose borrowed USDC bought more BTC at the start price, added as collateral")
	btLTVFlag = stringFlag("ltv", "0.1,0.2,0.3,0.4,0.5", catScenarioLoan,
		"starting LTVs, comma-separated fractions (0.2) or percentages (20%), each at most the market's 50% limit")
	btHorizonFlag = stringFlag("horizon", "30d", catScenarioLoan,
		"how long each loan is followed: whole days (30d) or hours (72h)")
	btHorizonsFlag = stringFlag("horizon", "30d", catScenarioLoan,
		"how long each loan is followed: whole days (30d) or hours (72h); several, comma-separated (7d,30d,90d), give a table each")
	btInterestFlag = stringFlag("interest", "2.9%", catScenarioLoan,
		"annual borrow rate, compounded per second, as a percentage (2.9%) or a fraction (0.029)")
	advNeedFlag = stringFlag("need", "", catScenarioLoan,
		"USDC the borrower needs, in dollars, such as 20000 (or give --ltv)")
	advLTVFlag = stringFlag("ltv", "", catScenarioLoan,
		"starting LTV instead of --need, as a fraction (0.3) or a percentage (30%), at most the market's 50% limit")
	advOddsFlag = stringFlag("max-liquidation-odds", "0.01", catScenarioLoan,
		"risk tolerance: the largest share of historical windows liquidated within the horizon, strictly between 0 and 1, as a fraction (0.01) or a percentage (1%)")
)

// The prices of simulate, backtest and advise.
var (
	simChangesFlag = stringFlag("changes", "+20%,-20%,-40%,-60%", catScenarioMoves,
		"BTC price moves from the start price, comma-separated percentages")
	btPricesFlag = fileFlag("prices", "", catScenarioMoves,
		"CSV of hourly closes, columns timestamp,close (default: "+defaultPrices+" in the working directory or the ltvkeeper repository)")
	btMaxGapFlag = stringFlag("max-gap", "1d", catScenarioMoves,
		"longest time between two rows of the price file, whole days (1d) or hours (6h); a longer gap is refused")
	btFromIndexFlag = boolFlag("from-index", catScenarioMoves,
		"read the hourly closes from the price rounds in the index database (--db) instead of a CSV: the last round of each hour")
	btFeedFlag = stringFlag("feed", "", catScenarioMoves,
		"with --from-index, the price feed whose rounds to read (default: the index's only feed)")
)

// What the borrower does in backtest and advise.
var (
	stReserveBTCFlag = stringFlag("reserve-btc", "", catScenarioStrategy,
		"strategy: post BTC from a reserve of this many BTC (per loan) whenever a loan is at the margin call, back to its starting LTV")
	stReserveUSDCFlag = stringFlag("reserve-usdc", "", catScenarioStrategy,
		"strategy: repay from a reserve of this many USDC (per loan) whenever a loan is at the margin call, back to its starting LTV; also the reserve of --repay-at")
	stRepayAtFlag = stringFlag("repay-at", "", catScenarioStrategy,
		"strategy: whenever a loan's LTV is at or past this trigger, repay down to --repay-to (from --reserve-usdc, else without limit)")
	stRepayToFlag = stringFlag("repay-to", "", catScenarioStrategy,
		"the target LTV of --repay-at, below the trigger")
	strategyFlags = []cli.Flag{stReserveBTCFlag, stReserveUSDCFlag, stRepayAtFlag, stRepayToFlag}
)

// Deployment.
var (
	outFlag = fileFlag("out", "deployment.json", catDeploy,
		"where to write the deployment file (a new file, or with --force an existing regular file)")
	forceFlag = boolFlag("force", catDeploy,
		"replace an existing deployment file at --out (it may be the only record of an earlier deployment)")
	collateralTokenFlag = stringFlag("collateral-token", "", catDeploy,
		"address of the wrapped-BTC collateral token (not with --dev)")
	loanTokenFlag = stringFlag("loan-token", "", catDeploy,
		"address of the USDC-like loan token (not with --dev)")
	priceFeedFlag = stringFlag("price-feed", "", catDeploy,
		"address of the Chainlink BTC/USD feed: its proxy, as consumers read it (not with --dev)")
	feedDecimalsFlag = uintFlag("feed-decimals", deploy.DefaultFeedDecimals, catDeploy,
		"decimals the market expects of --price-feed (Chainlink's USD feeds have 8)")
	heartbeatFlag = durationFlag("heartbeat", 0, catDeploy,
		"age past which the market's price counts as stale in the index, the API and the keeper's alerts (0: the market's maxPriceAge, 1h)")
	poolFlag = stringFlag("pool", "", catDeploy,
		"address of the Uniswap v3 pool of the collateral and loan tokens that flash liquidations sell the collateral to (not with --dev, which deploys its own)")
	executorOwnerFlag = stringFlag("executor-owner", "", catDeploy,
		"also deploy a LiquidationExecutor owned by this account: the keeper's, which alone may liquidate through it")
)

// Development: deploy --dev, the devnet and docs.
var (
	devFlag = boolFlag("dev", catDev,
		"deploy mock WBTC, mock USDC and a development BTC/USD feed (an aggregator behind Chainlink's EACAggregatorProxy), and supply liquidity (development chains only)")
	btcPriceFlag = stringFlag("btc-price", "60000", catDev,
		"first BTC price of the development feed, in dollars from 1 to 1000000 (with --dev)")
	liquidityFlag = stringFlag("liquidity", "10000000", catDev,
		"USDC the deployer supplies to the market, in dollars (with --dev)")
	devnetDirFlag = fileFlag("dir", devnet.DefaultDir, catDev,
		"the devnet's state folder: chain state, private Postgres, deployment.json, devnet.json")
	devnetPortFlag = intFlag("port", devnet.DefaultPort, catDev,
		"port of the devnet's Anvil JSON-RPC")
	devnetBlockTimeFlag = durationFlag("block-time", devnet.DefaultBlockTime, catDev,
		"a block every this long; 0 mines a block per transaction")
	devnetBorrowersFlag = intFlag("borrowers", devnet.DefaultBorrowers, catDev,
		"demo borrowers to open (devnet: on its first run only)")
	devnetAllowInstallFlag = boolFlag("allow-install", catDev,
		"install postgresql-15 with apt (scripts/ensure-postgres.sh) when it is missing")
	devnetProtocolFlag = stringFlag("protocol", devnet.ProtocolLtvkeeper, catDev,
		"what the first run deploys: "+devnet.ProtocolLtvkeeper+" (its own market), "+devnet.ProtocolMorpho+
			" (Morpho Blue alone, with a cbBTC/USDC market at LLTV 86%, its pool and the keeper's executor, over a development feed) or "+
			devnet.ProtocolBoth+" (both, over one feed)")
	priceSetFlag = scoped("price", stringFlag("set", "", catDev,
		"set the BTC price to this many dollars, such as 48000"))
	priceChangeFlag = scoped("price", stringFlag("change", "", catDev,
		"move the BTC price by this percentage, such as -20% (0% posts the same price again, fresh)"))
	pricesFlag = fileFlag("prices", "", catDev,
		"price history CSV with a header and columns timestamp,close (Unix seconds, dollars)")
	speedFlag = stringFlag("speed", "3600x", catDev,
		"history seconds per wall-clock second (3600x: an hour a second); 0 or max: as fast as possible")
	ltvRangeFlag = stringFlag("ltv-range", fmt.Sprintf("0.1-%g", devnet.DefaultLTVMax), catDev,
		"LTVs of the new borrowers, drawn uniformly from MIN-MAX (at most the market's 0.5 maxBorrowLtv)")
	docsReadmeFlag = fileFlag("readme", "", catDev,
		"rewrite the command reference between the marker comments of this Markdown file (empty: print it)")
)

// bench: each reads the environment variable of bench.NAME.
var benchFlags = []cli.Flag{
	scoped("bench", fileFlag("out", "bench", catBench,
		"directory for results.json and results.md")),
	scoped("bench", boolFlag("merge", catBench,
		"keep, from the results.json already in --out, the figures of the sections this run does not measure")),
	scoped("bench", fileFlag("contracts", "contracts", catBench,
		"the Foundry project, for the gas report")),
	scoped("bench", stringSliceFlag("sections", []string{"backfill", "live", "selection", "reaction", "api", "backtest", "gas"}, catBench,
		"what to measure")),
	scoped("bench", intFlag("borrowers", bench.DefaultBorrowers, catBench,
		"positions in the indexer's fixture (three market events each); more than the default is the heavy mode")),
	scoped("bench", intFlag("morpho.borrowers", 100_000, catBench,
		"positions in the Morpho Blue fixture (three market events each)")),
	scoped("bench", intFlag("index.concurrency", 4, catBench,
		"the indexer's --concurrency in the backfill")),
	scoped("bench", uint64Flag("index.range-size", 2000, catBench,
		"the indexer's --range-size in the backfill")),
}

// prices fetch.
var (
	fetchFromFlag = scoped("prices", stringFlag("from", "2015-01-01", catFetch,
		"first hour to fetch, a UTC date (2015-01-01) or an RFC 3339 time at the start of an hour"))
	fetchToFlag = scoped("prices", stringFlag("to", "", catFetch,
		"fetch the hours before this UTC date or time (default: the current hour, whose candle is not final yet)"))
	fetchOutFlag = scoped("prices", fileFlag("out", "", catFetch,
		"the timestamp,close CSV to write (required); an existing one is extended after its last row"))
	fetchProductFlag = scoped("prices", stringFlag("product", "BTC-USD", catFetch,
		"Coinbase Exchange product whose hourly candles to fetch"))
	fetchBaseURLFlag = scoped("prices", stringFlag("base-url", candles.DefaultBaseURL, catFetch,
		"Coinbase Exchange's REST API"))
)
