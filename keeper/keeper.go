// Package keeper watches every indexed position's LTV, raises margin-call alerts, and
// liquidates positions past the liquidation line through the transaction manager.
//
// Positions come from the index (loaded at start, then reloaded on the indexer's NOTIFY);
// prices from each market's feed at every new head, so a price update is acted on in the
// block it lands in. Each market's positions are kept ordered by borrow shares ÷ collateral,
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

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexer"
	"github.com/ltvkeeper/ltvkeeper/keeper/book"
	"github.com/ltvkeeper/ltvkeeper/keeper/txmgr"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// Config is what the keeper watches and how it acts.
type Config struct {
	Deployment   *deploy.Deployment
	DryRun       bool          // log what would be sent; send nothing
	MinProfit    *big.Int      // loan-token base units; liquidations expected to earn less are skipped
	ETHPrice     *big.Int      // loan-token base units per ETH, to value gas
	Hysteresis   *big.Int      // WAD: a margin call re-arms once LTV is this far below the line
	LowBalance   *big.Int      // loan-token base units: warn below
	Webhook      string        // POST alerts here when set
	PollInterval time.Duration // how often to look for a new head
	LeaderRetry  time.Duration // how often a standby tries to lead
	TxConfig     txmgr.Config
}

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
	dbURL   string
	key     *ecdsa.PrivateKey
	from    common.Address
	log     *slog.Logger
	metrics *metrics
	reg     prometheus.Registerer
	alerts  *alerter

	// Owned by the leading goroutine.
	tx          *txmgr.Manager
	markets     []*market
	alertKinds  map[positionKey]string
	loadedBlock uint64

	mu        sync.Mutex
	inflight  map[positionKey]bool // one liquidation in flight per position
	wg        sync.WaitGroup
	mined     chan minedLiquidation // positions after our liquidations, for the leading goroutine
	lowWarned bool
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
	priceBlock                               uint64 // head at which the current round was first seen
	book                                     *book.Book
}

var (
	marketABI = bindings.NewLendingMarket()
	erc20ABI  = bindings.NewMockERC20()
	feedABI   = bindings.NewMockPriceFeed()
)

// New returns a keeper. It checks the chain, the markets and the key up front and fails with
// a message that says what to change.
func New(ctx context.Context, cfg Config, client *ethclient.Client, db *pgxpool.Pool, dbURL string,
	key *ecdsa.PrivateKey, log *slog.Logger, reg prometheus.Registerer) (*Keeper, error) {
	cfg.defaults()
	k := &Keeper{
		cfg: cfg, client: client, db: db, dbURL: dbURL, key: key, from: crypto.PubkeyToAddress(key.PublicKey),
		log: log, metrics: newMetrics(reg), reg: reg, inflight: make(map[positionKey]bool),
		mined: make(chan minedLiquidation, 1024),
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
	}
	balance, err := client.BalanceAt(ctx, k.from, nil)
	if err != nil {
		return nil, fmt.Errorf("read balance of %s: %w", k.from, err)
	}
	if balance.Sign() == 0 && !cfg.DryRun {
		return nil, fmt.Errorf("keeper account %s has no ETH on chain %s to pay for gas: fund it, or use --dry-run", k.from, id)
	}
	k.alerts = newAlerter(db, int64(d.ChainID), cfg.Webhook, log)
	return k, nil
}

// From is the keeper's account.
func (k *Keeper) From() common.Address { return k.from }

// Run keeps the markets safe until ctx ends. A standby waits for the leader lock.
func (k *Keeper) Run(ctx context.Context) error {
	l := &leadership{
		dbURL: k.dbURL, key: lockKey("ltvkeeper-keeper", fmt.Sprint(k.cfg.Deployment.ChainID), k.cfg.Deployment.Factory.Hex()),
		interval: k.cfg.LeaderRetry, log: k.log,
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
	defer k.wg.Wait() // liquidations in flight finish (or end with ctx) before leadership goes
	if !k.cfg.DryRun {
		tx, err := txmgr.New(k.txConfig(), k.client, k.key, k.log, nil)
		if err != nil {
			return err
		}
		k.tx = tx
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
	go k.alerts.deliver(ctx)
	notified := make(chan uint64, 1)
	go k.listen(ctx, notified)

	var lastHead uint64
	reload := true
	for {
		head, err := k.client.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("read head: %w", err)
		}
		if reload {
			if err := k.loadPositions(ctx); err != nil {
				return err
			}
			reload = false
		}
		k.applyMined()
		if head.Number.Uint64() != lastHead {
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
		case block := <-notified:
			reload = true
			if block < k.loadedBlock { // the index rolled back a reorg: start over
				k.loadedBlock = 0
			}
			lastHead = 0 // evaluate again with the new positions
		case <-time.After(k.cfg.PollInterval):
		}
	}
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

// listen forwards the indexer's NOTIFY payloads (the indexed block) until ctx ends.
func (k *Keeper) listen(ctx context.Context, out chan<- uint64) {
	for ctx.Err() == nil {
		err := k.listenOnce(ctx, out)
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

func (k *Keeper) listenOnce(ctx context.Context, out chan<- uint64) error {
	conn, err := k.db.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, "LISTEN "+indexer.NotifyChannel); err != nil {
		return err
	}
	defer conn.Exec(context.WithoutCancel(ctx), "UNLISTEN *")
	for {
		n, err := conn.Conn().WaitForNotification(ctx)
		if err != nil {
			return err
		}
		var p struct {
			ChainID uint64 `json:"chainId"`
			Block   uint64 `json:"block"`
		}
		if err := jsonUnmarshal(n.Payload, &p); err != nil || p.ChainID != k.cfg.Deployment.ChainID {
			continue
		}
		select {
		case out <- p.Block:
		default: // a reload is already due
		}
	}
}

// loadMarkets reads each deployment market's parameters from the index.
func (k *Keeper) loadMarkets(ctx context.Context) error {
	k.markets = k.markets[:0]
	for _, dm := range k.cfg.Deployment.Markets {
		m := &market{addr: dm.Market, name: dm.Name}
		var params [4]string
		var cd, ld, fd uint8
		var loan, feed []byte
		err := k.db.QueryRow(ctx, `SELECT liquidation_ltv::text, margin_call_ltv::text, liquidation_target_ltv::text,
			liquidation_bonus::text, collateral_decimals, loan_decimals, feed_decimals, loan_token, price_feed
			FROM markets WHERE chain_id = $1 AND market = $2`, int64(k.cfg.Deployment.ChainID), dm.Market.Bytes()).
			Scan(&params[0], &params[1], &params[2], &params[3], &cd, &ld, &fd, &loan, &feed)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("market %s is not in the index yet: run 'ltvkeeper index' (or 'ltvkeeper node') for this deployment", dm.Market)
		}
		if err != nil {
			return fmt.Errorf("read market %s: %w", dm.Market, err)
		}
		m.liquidationLTV, m.marginCallLTV = uint256.MustFromDecimal(params[0]), uint256.MustFromDecimal(params[1])
		m.targetLTV, m.bonus = uint256.MustFromDecimal(params[2]), uint256.MustFromDecimal(params[3])
		m.scale = loanmath.NewScale(cd, ld, fd)
		m.loanToken, m.feed = common.BytesToAddress(loan), common.BytesToAddress(feed)
		m.book = book.New(m.scale)
		k.markets = append(k.markets, m)
	}
	k.loadedBlock = 0
	return nil
}

// loadPositions reads market states, and the positions changed since the last load.
func (k *Keeper) loadPositions(ctx context.Context) error {
	chainID := int64(k.cfg.Deployment.ChainID)
	for _, m := range k.markets {
		var index, rate string
		err := k.db.QueryRow(ctx, `SELECT borrow_index::text, rate_per_second::text, last_accrual FROM market_state
			WHERE chain_id = $1 AND market = $2`, chainID, m.addr.Bytes()).Scan(&index, &rate, &m.lastAccrual)
		if err != nil {
			return fmt.Errorf("read state of market %s: %w", m.addr, err)
		}
		m.index, m.rate = uint256.MustFromDecimal(index), uint256.MustFromDecimal(rate)
		if k.loadedBlock == 0 {
			m.book = book.New(m.scale)
		}
	}
	var indexed uint64
	if err := k.db.QueryRow(ctx, `SELECT coalesce(max(block_number), 0) FROM checkpoints WHERE chain_id = $1`, chainID).Scan(&indexed); err != nil {
		return err
	}
	rows, err := k.db.Query(ctx, `SELECT market, borrower, collateral::text, borrow_shares::text FROM positions
		WHERE chain_id = $1 AND block_number >= $2`, chainID, int64(k.loadedBlock))
	if err != nil {
		return fmt.Errorf("read positions: %w", err)
	}
	byAddr := make(map[common.Address]*market, len(k.markets))
	for _, m := range k.markets {
		byAddr[m.addr] = m
	}
	var mk, borrower []byte
	var collateral, shares string
	_, err = pgx.ForEachRow(rows, []any{&mk, &borrower, &collateral, &shares}, func() error {
		if m := byAddr[common.BytesToAddress(mk)]; m != nil {
			m.book.Upsert(book.Position{
				Borrower:     common.BytesToAddress(borrower),
				Collateral:   uint256.MustFromDecimal(collateral),
				BorrowShares: uint256.MustFromDecimal(shares),
			})
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read positions: %w", err)
	}
	k.loadedBlock = indexed
	for _, m := range k.markets {
		k.metrics.watched.WithLabelValues(m.name).Set(float64(m.book.Len()))
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
			m.round, m.priceBlock = r.RoundId, head.Number.Uint64()
		}
		m.price = uint256.MustFromBig(r.Answer)
	}
	return nil
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
		for _, p := range liquidatable {
			k.startLiquidation(ctx, m, p, index, head)
		}
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
