// Package keeper watches every indexed position's LTV, raises margin-call alerts, and
// liquidates positions past the liquidation line through the transaction manager.
//
// Positions come from the index: loaded at start, then, at every new head and at every
// indexer NOTIFY, reloaded from the checkpoint on (or in full when the index went back or the
// block it was loaded at changed hash in a reorg). Prices come from each market's feed at
// every new head, so a price update is acted on in the block it lands in. Each market's positions are kept ordered by borrow shares ÷ collateral,
// an order that price and interest do not change, so finding who is past a line is a walk
// from the riskiest position down. Only the keeper holding the Postgres leader lock alerts
// and sends.
package keeper

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
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
	LeaderRetry  time.Duration // how often a standby tries to lead
	NewHeads     <-chan uint64 // optional: new head numbers (from a WebSocket subscription) wake the keeper at once
	TxConfig     txmgr.Config
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
	if c.LeaderRetry == 0 {
		c.LeaderRetry = time.Second
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

	// Owned by the leading goroutine.
	markets     []*market
	alertKinds  map[positionKey]string
	loaded      bool        // positions were loaded once since leading
	loadedBlock uint64      // the index checkpoint the books are at
	loadedHash  common.Hash // and its hash
	lowWarned   map[common.Address]bool
	seenLiqs    map[liquidationKey]bool // dry run: liquidations already logged

	mu       sync.Mutex
	inflight map[positionKey]bool // one liquidation in flight per position
	notice   uint64               // lowest block the indexer NOTIFYed since the last load
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
	m *market
	p book.Position
}

type positionKey struct{ market, borrower common.Address }

// market is what the keeper knows of one market.
type market struct {
	addr, loanToken, feed                    common.Address
	name                                     string
	scale                                    loanmath.Scale
	liquidationLTV, marginCallLTV, targetLTV *uint256.Int
	bonus                                    *uint256.Int
	index, rate                              *uint256.Int
	lastAccrual                              uint64
	price                                    *uint256.Int
	round                                    *big.Int
	priceBlock                               uint64   // block of the current round's AnswerUpdated (else the head it was first seen at)
	minProfit, ethPrice, lowBalance          *big.Int // Config's dollars in loan-token base units
	book                                     *book.Book

	unfunded int                       // positions past the line left untried for want of loan token at the last head
	skips    map[common.Address]string // borrower → why its last liquidation was not sent (guarded by Keeper.mu)
	held     map[string]bool           // skip reasons said to hold positions back, until none does
}

var (
	marketABI  = bindings.NewLendingMarket()
	erc20ABI   = bindings.NewIERC20Metadata()
	feedABI    = chainlink.NewAggregatorV3Interface()
	factoryABI = bindings.NewMarketFactory()

	answerUpdatedID = mustEventID(&chainlink.AggregatorV3InterfaceMetaData, "AnswerUpdated")
	liquidateID     = mustEventID(&bindings.LendingMarketMetaData, "Liquidate")
)

func mustEventID(md *bind.MetaData, name string) common.Hash {
	parsed, err := md.ParseABI()
	if err != nil {
		panic(err)
	}
	return parsed.Events[name].ID
}

// New returns a keeper. It checks the chain, the markets and the key up front and fails with
// a message that says what to change.
func New(ctx context.Context, cfg Config, client *ethclient.Client, db *pgxpool.Pool,
	key *ecdsa.PrivateKey, log *slog.Logger, reg prometheus.Registerer) (*Keeper, error) {
	cfg.defaults()
	k := &Keeper{
		cfg: cfg, client: client, db: db, key: key, from: crypto.PubkeyToAddress(key.PublicKey),
		log: log, metrics: newMetrics(reg), inflight: make(map[positionKey]bool),
		mined: make(chan minedLiquidation, 1024), reserved: make(map[common.Address]*big.Int),
		lowWarned: make(map[common.Address]bool), seenLiqs: make(map[liquidationKey]bool),
	}
	d := cfg.Deployment
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("--rpc: read chain id: %w (is the node running?)", err)
	}
	if id.Uint64() != d.ChainID {
		return nil, fmt.Errorf("the deployment is on chain %d but --rpc serves chain %s: point --rpc at chain %d or use that chain's deployment", d.ChainID, id, d.ChainID)
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

// Run keeps the markets safe until ctx ends. A standby waits for the leader lock; a dry run
// takes no lock, so that it never keeps a real keeper from leading.
func (k *Keeper) Run(ctx context.Context) error {
	l := &leadership{
		conn: k.db.Config().ConnConfig, key: lockKey("ltvkeeper-keeper", fmt.Sprint(k.cfg.Deployment.ChainID), k.cfg.Deployment.Factory.Hex()),
		interval: k.cfg.LeaderRetry, log: k.log, noLock: k.cfg.DryRun,
		onChange: func(leader bool) {
			if leader {
				k.metrics.leader.Set(1)
			} else {
				k.metrics.leader.Set(0)
			}
		},
	}
	if err := l.run(ctx, k.lead); err != nil {
		return err
	}
	k.wg.Wait()
	return nil
}

// lead does the keeper's work while this process holds the leader lock.
func (k *Keeper) lead(ctx context.Context) error {
	defer k.wg.Wait() // liquidations in flight and the helpers below finish before leadership goes
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // runs before the Wait: an error return stops the helpers too
	if k.tx != nil {
		k.tx.ResetNonce() // another keeper may have sent from this key while we were not leading
	}
	if err := k.loadMarkets(ctx); err != nil {
		return err
	}
	if err := k.approve(ctx); err != nil {
		return err
	}
	var err error
	if k.alertKinds, err = k.alerts.lastKinds(ctx); err != nil {
		return err
	}
	k.loaded = false
	wake := make(chan struct{}, 1)
	k.goOwned(func() { k.alerts.deliver(ctx) })
	k.goOwned(func() { k.listen(ctx, wake) })

	var lastHead uint64
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
		if reloaded || head.Number.Uint64() != lastHead {
			lastHead = head.Number.Uint64()
			if err := k.refreshPrices(ctx, head); err != nil {
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
		case <-time.After(k.cfg.PollInterval):
		}
	}
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

// applyMined puts the positions our liquidations left into the books, before the index has
// them, so that they are not tried again.
func (k *Keeper) applyMined() {
	for {
		select {
		case l := <-k.mined:
			l.m.book.Upsert(l.p)
		default:
			return
		}
	}
}

// listen records the lowest block of the indexer's NOTIFY payloads and wakes the keeper,
// until ctx ends. No notice is dropped: a rollback notice lowers the recorded block.
func (k *Keeper) listen(ctx context.Context, wake chan<- struct{}) {
	for ctx.Err() == nil {
		err := k.listenOnce(ctx, wake)
		if ctx.Err() != nil {
			return
		}
		k.log.Warn("listening for the indexer failed; polling until it is back", "err", err)
		select {
		case <-ctx.Done():
		case <-time.After(time.Second):
		}
	}
}

func (k *Keeper) listenOnce(ctx context.Context, wake chan<- struct{}) error {
	conn, err := k.db.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, "LISTEN "+indexdb.Channel); err != nil {
		return err
	}
	defer conn.Exec(context.WithoutCancel(ctx), "UNLISTEN *")
	for {
		n, err := conn.Conn().WaitForNotification(ctx)
		if err != nil {
			return err
		}
		p, err := indexdb.ParseNotice(n.Payload)
		if err != nil || p.ChainID != k.cfg.Deployment.ChainID || p.Factory != k.cfg.Deployment.Factory {
			continue
		}
		k.mu.Lock()
		if !k.noticed || p.Block < k.notice {
			k.notice, k.noticed = p.Block, true
		}
		k.mu.Unlock()
		select {
		case wake <- struct{}{}:
		default: // a wake-up is already due; the block is recorded above
		}
	}
}

// takeNotice returns the lowest block NOTIFYed since the last call.
func (k *Keeper) takeNotice() (block uint64, ok bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	block, ok = k.notice, k.noticed
	k.notice, k.noticed = 0, false
	return block, ok
}

// syncIndex brings the books to the indexer's checkpoint: the positions changed since the
// last load when the index moved forward on the same chain, all positions when it went back
// or the block the books were loaded at is no longer the one indexed (a reorg).
func (k *Keeper) syncIndex(ctx context.Context) (reloaded bool, err error) {
	d := k.cfg.Deployment
	cp, ok, err := indexdb.CheckpointOf(ctx, k.db, d.ChainID, d.Factory)
	if err != nil {
		return false, err
	}
	if !ok {
		return false, fmt.Errorf("the index has no checkpoint for factory %s: run 'ltvkeeper index' (or 'ltvkeeper node') for this deployment", d.Factory)
	}
	notice, noticed := k.takeNotice()
	full := !k.loaded
	switch {
	case full:
	case cp.Block < k.loadedBlock:
		full = true
	case cp.Block == k.loadedBlock:
		if cp.Hash == k.loadedHash {
			return false, nil
		}
		full = true
	default: // the index moved on: is the block the books are at still the indexed one?
		at, ok, err := indexdb.BlockHash(ctx, k.db, d.ChainID, d.Factory, k.loadedBlock)
		switch {
		case err != nil:
			return false, err
		case !ok:
			// Out of the index's reorg window: only a rollback notice below it says it changed.
			full = noticed && notice < k.loadedBlock
		default:
			full = at != k.loadedHash
		}
	}
	if full && k.loaded {
		k.log.Info("the index went back (reorg): reloading every position", "loaded_block", k.loadedBlock, "indexed_block", cp.Block)
		if k.tx != nil {
			k.tx.ResetNonce() // the reorg may have dropped transactions of ours
		}
	}
	if err := k.loadPositions(ctx, full, cp); err != nil {
		return false, err
	}
	return true, nil
}

// loadMarkets reads each deployment market's parameters from the index.
func (k *Keeper) loadMarkets(ctx context.Context) error {
	k.markets = k.markets[:0]
	for _, dm := range k.cfg.Deployment.Markets {
		m := &market{addr: dm.Market, name: dm.Name, skips: make(map[common.Address]string), held: make(map[string]bool)}
		im, err := indexdb.MarketOf(ctx, k.db, k.cfg.Deployment.ChainID, dm.Market)
		if errors.Is(err, indexdb.ErrNotIndexed) {
			return fmt.Errorf("market %s is not in the index yet: run 'ltvkeeper index' (or 'ltvkeeper node') for this deployment", dm.Market)
		}
		if err != nil {
			return err
		}
		m.liquidationLTV, m.marginCallLTV, m.targetLTV, m.bonus = im.LiquidationLTV, im.MarginCallLTV, im.LiquidationTargetLTV, im.LiquidationBonus
		m.scale, m.loanToken, m.feed = im.Scale(), im.LoanToken, im.PriceFeed
		ld := im.LoanDecimals
		m.minProfit, m.ethPrice = toLoanUnits(k.cfg.MinProfit, ld), toLoanUnits(k.cfg.ETHPrice, ld)
		m.lowBalance = toLoanUnits(k.cfg.LowBalance, ld)
		m.book = book.New(m.scale)
		k.markets = append(k.markets, m)
	}
	k.loadedBlock, k.loaded = 0, false
	return nil
}

// toLoanUnits turns millionths of a dollar into base units of a loan token of that many
// decimals (a dollar stablecoin).
func toLoanUnits(micro *big.Int, decimals uint8) *big.Int {
	out := new(big.Int).Set(micro)
	if decimals >= dollarDecimals {
		return out.Mul(out, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals-dollarDecimals)), nil))
	}
	return out.Quo(out, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(dollarDecimals-decimals)), nil))
}

// loadPositions reads market states, and the positions changed since the last load (every
// position when full), up to the checkpoint cp; then the liquidations indexed since.
func (k *Keeper) loadPositions(ctx context.Context, full bool, cp indexdb.Checkpoint) error {
	chainID := k.cfg.Deployment.ChainID
	for _, m := range k.markets {
		st, err := indexdb.StateOf(ctx, k.db, chainID, m.addr)
		if err != nil {
			return err
		}
		m.index, m.rate, m.lastAccrual = st.BorrowIndex, st.RatePerSecond, st.LastAccrual
		if full {
			m.book = book.New(m.scale)
		}
	}
	from := int64(k.loadedBlock)
	if full {
		from = -1
	}
	byAddr := make(map[common.Address]*market, len(k.markets))
	for _, m := range k.markets {
		byAddr[m.addr] = m
	}
	err := indexdb.PositionsSince(ctx, k.db, chainID, from, func(p indexdb.PositionRow) {
		if m := byAddr[p.Market]; m != nil {
			m.book.Upsert(book.Position{Borrower: p.Borrower, Collateral: p.Collateral, BorrowShares: p.BorrowShares})
		}
	})
	if err != nil {
		return err
	}
	if err := k.loadLiquidations(ctx, byAddr, full); err != nil {
		return err
	}
	k.loadedBlock, k.loadedHash, k.loaded = cp.Block, cp.Hash, true
	for _, m := range k.markets {
		k.metrics.watched.WithLabelValues(m.name).Set(float64(m.book.Len()))
	}
	return nil
}

// loadLiquidations raises a "liquidated" alert for every indexed liquidation of our markets,
// by any liquidator, that has none yet, and marks the position liquidated: at the target LTV
// it may still be past the margin-call LTV, and it is not warned until it has been healthy.
func (k *Keeper) loadLiquidations(ctx context.Context, byAddr map[common.Address]*market, full bool) error {
	from := int64(k.loadedBlock)
	if full {
		from = -1
	}
	all, err := indexdb.LiquidationsAfter(ctx, k.db, k.cfg.Deployment.ChainID, from)
	if err != nil {
		return err
	}
	type liquidation struct {
		al         Alert
		liquidator common.Address
	}
	var found []liquidation
	for _, l := range all {
		if byAddr[l.Market] != nil {
			found = append(found, liquidation{Alert{Market: l.Market, Borrower: l.Borrower, Kind: AlertLiquidated,
				Price: l.Price, Block: l.Block, TxHash: &l.TxHash}, l.Liquidator})
		}
	}
	for _, l := range found {
		var raised bool
		if k.cfg.DryRun {
			lk := liquidationKey{*l.al.TxHash, l.al.Borrower}
			raised = !k.seenLiqs[lk]
			k.seenLiqs[lk] = true
			if raised {
				k.alerts.raise(ctx, l.al) // logs only
			}
		} else if raised, err = k.alerts.raiseOnce(ctx, l.al); err != nil {
			return err
		}
		if !raised {
			continue
		}
		k.log.Info("position liquidated", "market", l.al.Market, "borrower", l.al.Borrower, "liquidator", l.liquidator,
			"by_us", l.liquidator == k.from, "tx", *l.al.TxHash, "block", l.al.Block)
		k.mu.Lock()
		k.alertKinds[positionKey{l.al.Market, l.al.Borrower}] = AlertLiquidated
		k.mu.Unlock()
	}
	return nil
}

// refreshPrices reads each market's feed at the head.
func (k *Keeper) refreshPrices(ctx context.Context, head *types.Header) error {
	for _, m := range k.markets {
		r, err := chain.Call(ctx, k.client, m.feed, feedABI.PackLatestRoundData(), feedABI.UnpackLatestRoundData, head.Number)
		if err != nil {
			return fmt.Errorf("read price of %s from feed %s: %w", m.name, m.feed, err)
		}
		if r.Answer.Sign() <= 0 {
			m.price = nil
			continue
		}
		if m.round == nil || r.RoundId.Cmp(m.round) != 0 {
			m.round, m.priceBlock = r.RoundId, k.roundBlock(ctx, m, r.RoundId, head)
		}
		m.price = uint256.MustFromBig(r.Answer)
	}
	return nil
}

// roundBlockWindow is how far back the keeper looks for the block of a new price round.
const roundBlockWindow = 256

// roundBlock finds the block that set the feed's round: its AnswerUpdated log. A feed that
// emits none (or a round older than the window) counts from the head it was first seen at.
func (k *Keeper) roundBlock(ctx context.Context, m *market, round *big.Int, head *types.Header) uint64 {
	to := head.Number.Uint64()
	from := to - min(to, roundBlockWindow)
	logs, err := k.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: head.Number, Addresses: []common.Address{m.feed},
		Topics: [][]common.Hash{{answerUpdatedID}, nil, {common.BigToHash(round)}},
	})
	if err != nil || len(logs) == 0 {
		if err != nil {
			k.log.Debug("find the block of a price round", "market", m.name, "round", round, "err", err)
		}
		return to
	}
	return logs[len(logs)-1].BlockNumber
}

// evaluate raises the alerts due at this head and starts the liquidations due.
func (k *Keeper) evaluate(ctx context.Context, head *types.Header) {
	for _, m := range k.markets {
		if m.price == nil {
			continue
		}
		acc, err := loanmath.Accrue(m.index, new(uint256.Int), m.rate, head.Time-min(head.Time, m.lastAccrual))
		if err != nil {
			k.log.Error("accrue interest", "market", m.name, "err", err)
			continue
		}
		index := acc.Index
		liquidatable := m.book.AtOrAbove(m.price, index, m.liquidationLTV)
		marginCall := m.book.AtOrAbove(m.price, index, m.marginCallLTV)
		k.metrics.liquidatable.WithLabelValues(m.name).Set(float64(len(liquidatable)))
		k.metrics.marginCall.WithLabelValues(m.name).Set(float64(len(marginCall) - len(liquidatable)))

		// Positions past the liquidation line are liquidated (and alerted as such), not warned.
		past := make(map[common.Address]bool, len(liquidatable))
		for _, p := range liquidatable {
			past[p.Borrower] = true
		}
		above := make(map[common.Address]bool, len(marginCall))
		for _, p := range marginCall {
			above[p.Borrower] = true
			key := positionKey{m.addr, p.Borrower}
			if past[p.Borrower] || k.alerted(key) {
				continue
			}
			k.raise(ctx, key, AlertMarginCall, m, p, index, head)
		}
		k.rearm(ctx, m, index, head, above)
		k.liquidateAll(ctx, m, liquidatable, index, head)
	}
}

// rearm raises "healthy" for positions in margin call whose LTV fell below the line less the
// hysteresis, so that their next crossing alerts again.
func (k *Keeper) rearm(ctx context.Context, m *market, index *uint256.Int, head *types.Header, above map[common.Address]bool) {
	hysteresis := uint256.MustFromBig(k.cfg.Hysteresis)
	line := new(uint256.Int)
	if m.marginCallLTV.Gt(hysteresis) {
		line.Sub(m.marginCallLTV, hysteresis)
	}
	k.mu.Lock()
	var armed []positionKey
	for key := range k.alertKinds {
		if key.market == m.addr && !above[key.borrower] && k.alertedLocked(key) {
			armed = append(armed, key)
		}
	}
	k.mu.Unlock()
	for _, key := range armed {
		p, ok := m.book.Get(key.borrower)
		ltv := new(uint256.Int)
		if ok {
			debt, err := loanmath.ToDebt(p.BorrowShares, index)
			if err != nil {
				continue
			}
			if ltv, err = loanmath.LTV(debt, p.Collateral, m.price, m.scale); err != nil {
				continue
			}
		}
		if ltv.Lt(line) {
			k.raise(ctx, key, AlertHealthy, m, p, index, head)
		}
	}
}

func (k *Keeper) raise(ctx context.Context, key positionKey, kind string, m *market, p book.Position, index *uint256.Int, head *types.Header) {
	al := Alert{Market: m.addr, Borrower: key.borrower, Kind: kind, Price: m.price.ToBig(), Block: head.Number.Uint64()}
	if p.BorrowShares != nil {
		if debt, err := loanmath.ToDebt(p.BorrowShares, index); err == nil {
			if ltv, err := loanmath.LTV(debt, p.Collateral, m.price, m.scale); err == nil {
				al.LTV = ltv.ToBig()
			}
		}
	}
	if err := k.alerts.raise(ctx, al); err != nil {
		k.log.Error("raise alert", "err", err)
		return
	}
	k.mu.Lock()
	k.alertKinds[key] = kind
	k.mu.Unlock()
}

// alerted says whether a position has been warned (or liquidated) since it was last healthy.
// A position being liquidated counts: the index may show it at the target LTV (still past
// the margin call) before the liquidation's receipt is in.
func (k *Keeper) alerted(key positionKey) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.inflight[key] || k.alertedLocked(key)
}

func (k *Keeper) alertedLocked(key positionKey) bool {
	kind := k.alertKinds[key]
	return kind == AlertMarginCall || kind == AlertLiquidated
}
