// Package keeper watches every indexed position's LTV, raises margin-call alerts, and
// liquidates positions past the liquidation line through the transaction manager.
//
// Positions come from the index: loaded at start, then, at every new head and at every
// indexer NOTIFY, reloaded from the checkpoint on (or in full when the index went back or the
// block it was loaded at changed hash in a reorg). Prices come from each market's feed at
// every new head, so a price update is acted on in the block it lands in. Each market's
// positions are kept ordered by borrow shares ÷ collateral, an order that price and interest
// do not change, so finding who is past a line is a walk from the riskiest position down.
// Keepers sharing a database split the markets: each market is alerted on and liquidated
// by the one keeper holding its lease (see lease.go).
//
// The files follow the work: keeper.go the lifecycle, sync.go syncing from the index,
// prices.go the feeds, evaluate.go who is past a line, alerts.go the alerts and their
// webhook, liquidate.go the liquidations, lease.go the markets' leases.
package keeper

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/keeper/book"
	"github.com/ltvkeeper/ltvkeeper/keeper/txmgr"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/protocol"
	"github.com/ltvkeeper/ltvkeeper/protocol/morpho"
)

// Config is what the keeper watches and how it acts.
type Config struct {
	Deployment   *deploy.Deployment
	DryRun       bool          // log what would be sent and the alerts; send, store and lead nothing
	MinProfit    *big.Int      // millionths of a dollar; liquidations expected to earn less are skipped
	ETHPrice     *big.Int      // millionths of a dollar per ETH, to value gas
	Hysteresis   *big.Int      // WAD: a margin call re-arms once LTV is this far below the line
	LowBalance   *big.Int      // millionths of a dollar of loan token: warn below
	Webhook      string        // POST alerts here when set
	PollInterval time.Duration // how often to look for a new head when no head or NOTIFY wakes the keeper
	// LeaseInterval is how often the keeper checks its market leases: how soon it takes
	// over a dead keeper's markets, and gives some up to a keeper that joins.
	LeaseInterval time.Duration
	NewHeads      <-chan uint64 // optional: new head numbers (from a WebSocket subscription) wake the keeper at once
	TxConfig      txmgr.Config
	// ChainChecked: the caller checked that the client serves the deployment's chain; it is
	// not read again.
	ChainChecked bool
	// Protocols are the lending protocols of the markets, by the name market rows carry; nil:
	// ltvkeeper's LendingMarket.
	Protocols []protocol.Protocol
	// Executor is the LiquidationExecutor the keeper liquidates through, in batches; nil: the
	// deployment's, and without one, one liquidation per transaction from the keeper's funds.
	Executor *common.Address
	// Mode is how batches get the loan token: ModeAuto (by simulated profit), ModeInventory
	// or ModeFlash; "" is ModeAuto.
	Mode string
	// BatchMaxGas is the most gas one batch may use; 0: a third of the block gas limit.
	BatchMaxGas uint64
	// Morpho is how the keeper treats the deployment's Morpho Blue markets: the margin-call
	// line and how much a liquidation takes. The Morpho contract and its markets come from the
	// deployment; with Protocols set, this is not read.
	Morpho morpho.Config
}

// dollarDecimals is the scale of the dollar amounts in Config: millionths of a dollar.
const dollarDecimals = 6

func (c *Config) defaults() {
	if c.MinProfit == nil {
		c.MinProfit = new(big.Int)
	}
	if c.ETHPrice == nil {
		c.ETHPrice = big.NewInt(3_000e6)
	}
	if c.Hysteresis == nil {
		c.Hysteresis = big.NewInt(2e16)
	}
	if c.LowBalance == nil {
		c.LowBalance = big.NewInt(1_000e6)
	}
	if c.PollInterval == 0 {
		c.PollInterval = 250 * time.Millisecond
	}
	if c.LeaseInterval == 0 {
		c.LeaseInterval = 500 * time.Millisecond
	}
	if c.Mode == "" {
		c.Mode = ModeAuto
	}
	if c.Executor == nil && c.Deployment != nil {
		c.Executor = c.Deployment.Executor
	}
}

// Keeper is one keeper process.
type Keeper struct {
	cfg     Config
	client  *ethclient.Client
	db      *pgxpool.Pool
	key     *ecdsa.PrivateKey
	from    common.Address
	log     *slog.Logger
	metrics *metrics
	alerts  *alerter
	tx      *txmgr.Manager // nil with DryRun; one for the keeper's life, its nonce re-read each term
	leases  *leases        // the markets this keeper acts on (set by Run)
	// preparing holds a slot for each liquidation being simulated and priced (see liquidate).
	preparing chan struct{}

	// Owned by the leading goroutine.
	markets    []*market
	alertKinds map[positionKey]string
	loaded     bool                                  // positions were loaded once since leading
	loadedAt   map[common.Address]indexdb.Checkpoint // the index checkpoint of each root the books are at
	lowWarned  map[common.Address]bool
	seenLiqs   map[liquidationKey]bool // dry run: liquidations already logged

	mu       sync.Mutex
	inflight map[positionKey]bool // one liquidation in flight per position
	// settling are positions a batch liquidated whose new state is on its way to the book
	// (mined): they stay in flight until the leading goroutine has applied it.
	settling map[positionKey]bool
	notice   uint64 // lowest block the indexer NOTIFYed since the last load
	noticed  bool
	wg       sync.WaitGroup              // liquidations, alert delivery, listening
	mined    chan minedLiquidation       // positions after our liquidations, for the leading goroutine
	fundsMu  sync.Mutex                  // held while reading a balance and reserving from it
	reserved map[common.Address]*big.Int // loan token → maxRepay of the liquidations in flight
}

type liquidationKey struct {
	tx       common.Hash
	borrower common.Address
}

// minedLiquidation is a position as one of our liquidations left it.
type minedLiquidation struct {
	m    *market
	p    book.Position
	hold bool // the position is settling: release it from flight once applied
}

type positionKey struct {
	market   protocol.MarketID
	borrower common.Address
}

// market is what the keeper knows of one market.
type market struct {
	id                              protocol.MarketID
	root                            common.Address // whose index holds it (see kept)
	loanToken                       common.Address
	contract                        common.Address   // that holds the market: the spender of the loan token
	executor                        *common.Address  // the executor its batches go through; nil: none
	batcher                         protocol.Batcher // builds and decodes the executor's calls (with executor)
	name                            string
	scale                           loanmath.Scale
	liquidationLTV, marginCallLTV   *uint256.Int
	loans                           protocol.Market     // the market's loan math and liquidation call
	state                           indexdb.MarketState // as indexed
	price                           *uint256.Int
	feeds                           map[common.Address]*watchedFeed // the feeds its price was made of, by address
	heartbeat                       uint64                          // seconds after which the price is stale; 0: never
	stale, atBound                  bool                            // the price alerts in force
	priceBlock                      uint64                          // block of the current round's AnswerUpdated (else the head it was first seen at)
	minProfit, ethPrice, lowBalance *big.Int                        // Config's dollars in loan-token base units
	book                            *book.Book
	pool                            *common.Address // the Uniswap v3 pool of its two tokens; nil: none

	approved bool                      // the market may take the keeper's loan token (set once it held the market)
	unfunded int                       // positions past the line left untried for want of loan token at the last head
	skips    map[common.Address]string // borrower → why its last liquidation was not sent (guarded by Keeper.mu)
	held     map[string]bool           // skip reasons said to hold positions back, until none does
}

var (
	erc20ABI   = bindings.NewIERC20Metadata()
	feedABI    = chainlink.NewAggregatorV3Interface()
	factoryABI = bindings.NewMarketFactory()

	answerUpdatedID = chain.EventID(&chainlink.AggregatorV3InterfaceMetaData, "AnswerUpdated")
)

// New returns a keeper. It checks the chain, the markets and the key up front and fails with
// a message that says what to change.
func New(ctx context.Context, cfg Config, client *ethclient.Client, db *pgxpool.Pool,
	key *ecdsa.PrivateKey, log *slog.Logger, reg prometheus.Registerer) (*Keeper, error) {
	cfg.defaults()
	k := &Keeper{
		cfg: cfg, client: client, db: db, key: key, from: crypto.PubkeyToAddress(key.PublicKey),
		log: log, metrics: newMetrics(reg), preparing: make(chan struct{}, preparing), inflight: make(map[positionKey]bool), settling: make(map[positionKey]bool),
		mined: make(chan minedLiquidation, 1024), reserved: make(map[common.Address]*big.Int),
		lowWarned: make(map[common.Address]bool), seenLiqs: make(map[liquidationKey]bool),
	}
	d := cfg.Deployment
	id := new(big.Int).SetUint64(d.ChainID)
	if !cfg.ChainChecked {
		var err error
		if id, err = client.ChainID(ctx); err != nil {
			return nil, fmt.Errorf("--rpc: read chain id: %w (is the node running?)", err)
		}
		if err := chain.CheckDeploymentChain(d.ChainID, id); err != nil {
			return nil, err
		}
	}
	if k.cfg.Protocols == nil {
		var err error
		if k.cfg.Protocols, err = deployedProtocols(d, cfg.Morpho); err != nil {
			return nil, err
		}
	}
	for _, m := range d.Markets {
		code, err := client.CodeAt(ctx, m.Market, nil)
		if err != nil {
			return nil, fmt.Errorf("read code of market %s: %w", m.Market, err)
		}
		if len(code) == 0 {
			return nil, fmt.Errorf("market %s (%s) has no code on chain %s: check the deployment file", m.Name, m.Market, id)
		}
		// The factory keeps one market per collateral token.
		known, err := chain.Call(ctx, client, d.Factory, factoryABI.PackMarketOf(m.CollateralToken), factoryABI.UnpackMarketOf, nil)
		if err != nil {
			return nil, fmt.Errorf("ask factory %s about market %s (%s): %w (is the deployment file for this chain?)", d.Factory, m.Name, m.Market, err)
		}
		if known != m.Market {
			return nil, fmt.Errorf("market %s (%s) is not a market of factory %s: check the deployment file", m.Name, m.Market, d.Factory)
		}
	}
	if err := k.checkMorpho(ctx); err != nil {
		return nil, err
	}
	if err := k.checkBatching(ctx); err != nil {
		return nil, err
	}
	balance, err := client.BalanceAt(ctx, k.from, nil)
	if err != nil {
		return nil, fmt.Errorf("read balance of %s: %w", k.from, err)
	}
	if balance.Sign() == 0 && !cfg.DryRun {
		return nil, fmt.Errorf("keeper account %s has no ETH on chain %s to pay for gas: fund it, or use --dry-run", k.from, id)
	}
	k.alerts = newAlerter(db, int64(d.ChainID), cfg.Webhook, log)
	k.alerts.dryRun = cfg.DryRun
	if !cfg.DryRun {
		if k.tx, err = txmgr.New(k.txConfig(), client, key, log, reg); err != nil {
			return nil, err
		}
	}
	return k, nil
}

// From is the keeper's account.
func (k *Keeper) From() common.Address { return k.from }

// Run keeps the markets this keeper leases safe until ctx ends. It fails at once when
// another live keeper uses its key. A dry run leases nothing and looks at every market, so
// that it never keeps a real keeper from a market.
func (k *Keeper) Run(ctx context.Context) error {
	d := k.cfg.Deployment
	k.leases = &leases{
		conn: k.db.Config().ConnConfig, chainID: d.ChainID, scope: roots(d)[0].Hex(), from: k.from,
		names: make(map[protocol.MarketID]string), interval: k.cfg.LeaseInterval, log: k.log, metrics: k.metrics,
		busy: k.busy, noLock: k.cfg.DryRun, ready: make(chan struct{}), taken: make(chan struct{}, 1),
	}
	for _, m := range keptMarkets(d, k.cfg.Executor) {
		k.leases.markets = append(k.leases.markets, m.id)
		k.leases.names[m.id] = m.name
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var leaseErr error
	leased := make(chan struct{})
	go func() {
		defer close(leased)
		if leaseErr = k.leases.run(ctx); leaseErr != nil {
			cancel()
		}
	}()
	// Nothing is sent before the key is known to be this keeper's alone.
	select {
	case <-k.leases.ready:
	case <-leased:
		return leaseErr
	}
	for ctx.Err() == nil {
		err := k.lead(ctx)
		if err != nil && ctx.Err() == nil {
			k.log.Warn("keeper stopped; it tries again", "err", err, "retry_in", k.cfg.LeaseInterval)
		}
		select {
		case <-ctx.Done():
		case <-time.After(k.cfg.LeaseInterval):
		}
	}
	k.wg.Wait()
	<-leased
	return leaseErr
}

// busy says whether a liquidation of this keeper's is in flight on market.
func (k *Keeper) busy(market protocol.MarketID) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	for key := range k.inflight {
		if key.market == market {
			return true
		}
	}
	return false
}

// lead does the keeper's work on the markets it leases. It returns when ctx ends, or with the
// error that stopped it.
func (k *Keeper) lead(ctx context.Context) error {
	defer k.wg.Wait() // liquidations in flight and the helpers below finish before it returns
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // runs before the Wait: an error return stops the helpers too
	if k.tx != nil {
		k.tx.ResetNonce() // another keeper may have sent from this key while we were not leading
	}
	if err := k.loadMarkets(ctx); err != nil {
		return err
	}
	k.loaded = false
	wake := make(chan struct{}, 1)
	k.goOwned(func() { k.alerts.deliver(ctx) })
	k.goOwned(func() { k.listen(ctx, wake) })

	var lastHead uint64
	taken := k.leases.takenCount()
	if err := k.readAlertsInForce(ctx); err != nil {
		return err
	}
	for {
		head, err := k.client.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("read head: %w", err)
		}
		reloaded, err := k.syncIndex(ctx)
		if err != nil {
			return err
		}
		k.applyMined()
		// Markets taken from another keeper come with the alerts it raised.
		newMarkets := k.leases.takenCount() != taken
		if newMarkets {
			taken = k.leases.takenCount()
			if err := k.readAlertsInForce(ctx); err != nil {
				return err
			}
		}
		if reloaded || newMarkets || head.Number.Uint64() != lastHead {
			lastHead = head.Number.Uint64()
			if err := k.refreshPrices(ctx, head); err != nil {
				return err
			}
			if err := k.approve(ctx); err != nil { // the markets taken since
				return err
			}
			k.evaluate(ctx, head)
			k.reportBalances(ctx)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-wake:
		case <-k.cfg.NewHeads: // nil without a subscription: never ready
		case <-k.leases.taken: // a market to look at now
		case <-time.After(k.cfg.PollInterval):
		}
	}
}

// readAlertsInForce reads the alerts in force from the index: each position's last alert and
// each market's price alerts.
func (k *Keeper) readAlertsInForce(ctx context.Context) error {
	kinds, err := k.alerts.lastKinds(ctx)
	if err != nil {
		return err
	}
	inForce, err := k.alerts.priceAlertsInForce(ctx)
	if err != nil {
		return err
	}
	k.mu.Lock()
	k.alertKinds = kinds
	k.mu.Unlock()
	for _, m := range k.markets {
		m.stale, m.atBound = inForce[m.id][AlertPriceStale], inForce[m.id][AlertPriceAtBound]
	}
	return nil
}

// goOwned runs f on a goroutine the keeper waits for.
func (k *Keeper) goOwned(f func()) {
	k.wg.Add(1)
	go func() {
		defer k.wg.Done()
		f()
	}()
}

func (k *Keeper) txConfig() txmgr.Config {
	cfg := k.cfg.TxConfig
	cfg.ChainID = new(big.Int).SetUint64(k.cfg.Deployment.ChainID)
	if cfg.ReceiptPollInterval == 0 {
		cfg.ReceiptPollInterval = k.cfg.PollInterval
	}
	return cfg
}
