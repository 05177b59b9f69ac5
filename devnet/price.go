package devnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/foundry"
	"github.com/ltvkeeper/ltvkeeper/scenario"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// FeedDecimals are the decimals of the development BTC/USD feed's answers.
const FeedDecimals = deploy.DevFeedDecimals

// gasPublishPrice is the gas of a price transaction: the development aggregator's transmit
// uses about 60,000.
const gasPublishPrice = 150_000

// SetPrice publishes price (feed units: 8 decimals, so $48,000 is 48000e8) as the next
// round of the deployment's first market's feed: through the development feed's aggregator,
// which the devnet's price setter (Anvil's account 2) owns and which refuses a price outside
// its bounds ($1 to $1,000,000), or, for a deployment with a mock feed, on the mock. When the
// market has a development Uniswap v3 pool, an arbitrage step moves the pool's price to the
// new price in the same block, and so for each Morpho market's pool over the same feed (on a
// chain with a block time, all are sent at once and nearly always land in the same block).
func SetPrice(ctx context.Context, rpcURL string, dep *deploy.Deployment, price *big.Int) error {
	if price == nil || price.Sign() <= 0 {
		return fmt.Errorf("price %v: want a positive price", price)
	}
	p, err := openPricer(ctx, rpcURL, dep)
	if err != nil {
		return err
	}
	defer p.close()
	if err := p.bounds.check(price); err != nil {
		return err
	}
	return p.post(ctx, price, 0, false)
}

// ChangePrice moves the feed's price by pct percent (-20 is a 20% fall; 0 posts the
// same price again, fresh) and returns the new price in feed units. The percentage is taken
// as the decimal it prints as, so -30 of $60,000 is exactly $42,000.
func ChangePrice(ctx context.Context, rpcURL string, dep *deploy.Deployment, pct float64) (*big.Int, error) {
	if !(pct > -100) || pct > 1e6 {
		return nil, fmt.Errorf("price change %g%%: want more than -100%%", pct)
	}
	change, err := scenario.ParseChange(strconv.FormatFloat(pct, 'f', -1, 64) + "%")
	if err != nil {
		return nil, fmt.Errorf("price change %g%%: %w", pct, err)
	}
	return MovePrice(ctx, rpcURL, dep, change)
}

// MovePrice applies change to the feed's price with the integer math of
// scenario.Change.Apply (rounded down to a feed unit) and returns the new price.
func MovePrice(ctx context.Context, rpcURL string, dep *deploy.Deployment, change scenario.Change) (*big.Int, error) {
	p, err := openPricer(ctx, rpcURL, dep)
	if err != nil {
		return nil, err
	}
	defer p.close()
	old, err := p.c.price(ctx, dep)
	if err != nil {
		return nil, err
	}
	if old.Sign() <= 0 {
		return nil, fmt.Errorf("price change %s: the feed's price is %s, not a positive price to move", change.Text, old)
	}
	moved, err := change.Apply(uint256.MustFromBig(old))
	if err != nil {
		return nil, fmt.Errorf("price change %s of %s: %w", change.Text, units.Format(old, FeedDecimals), err)
	}
	price := moved.ToBig()
	if price.Sign() <= 0 {
		return nil, fmt.Errorf("price change %s of %s: the new price would be 0", change.Text, units.Format(old, FeedDecimals))
	}
	if err := p.bounds.check(price); err != nil {
		return nil, fmt.Errorf("price change %s of %s: %w", change.Text, units.Format(old, FeedDecimals), err)
	}
	if err := p.post(ctx, price, 0, false); err != nil {
		return nil, err
	}
	return price, nil
}

// feedMarket is the market whose feed the devnet publishes prices to: the deployment's first
// market, or in a deployment of Morpho Blue alone, its first market over a development feed
// (named here without its pool, which moves as a Morpho market's: see newPricer).
func feedMarket(dep *deploy.Deployment) (deploy.Market, error) {
	if len(dep.Markets) > 0 {
		return dep.Markets[0], nil
	}
	if mi := dep.Morpho; mi != nil {
		for _, m := range mi.Markets {
			if m.PriceFeed != nil {
				return deploy.Market{Name: m.Name, CollateralToken: m.CollateralToken, LoanToken: m.LoanToken,
					PriceFeed: *m.PriceFeed, Aggregator: m.Aggregator}, nil
			}
		}
	}
	return deploy.Market{}, errors.New("the deployment has no market over a development feed: no devnet price to publish")
}

// Price reads the latest answer of the feed the first market reads (the proxy), in feed units.
func Price(ctx context.Context, rpcURL string, dep *deploy.Deployment) (*big.Int, error) {
	c, err := dial(ctx, rpcURL)
	if err != nil {
		return nil, err
	}
	defer c.close()
	return c.price(ctx, dep)
}

func (c *conn) price(ctx context.Context, dep *deploy.Deployment) (*big.Int, error) {
	m, err := feedMarket(dep)
	if err != nil {
		return nil, err
	}
	f := m.PriceFeed
	round, err := chain.Call(ctx, c.eth, f, feed.PackLatestRoundData(), feed.UnpackLatestRoundData, nil)
	if err != nil {
		return nil, fmt.Errorf("read the price of feed %s: %w", f, err)
	}
	return round.Answer, nil
}

// feedBounds are the answers a market's development aggregator publishes: it refuses a price
// outside them. nil for a mock feed, which has none.
type feedBounds struct {
	aggregator common.Address
	lo, hi     *big.Int
}

// bounds reads the bounds of m's aggregator (nil when m names none).
func (c *conn) bounds(ctx context.Context, m deploy.Market) (*feedBounds, error) {
	if m.Aggregator == nil {
		return nil, nil
	}
	agg := chainlink.NewOffchainAggregatorInterface()
	b := &feedBounds{aggregator: *m.Aggregator}
	var err error
	if b.lo, err = chain.Call(ctx, c.eth, b.aggregator, agg.PackMinAnswer(), agg.UnpackMinAnswer, nil); err != nil {
		return nil, fmt.Errorf("read minAnswer of aggregator %s: %w", b.aggregator, err)
	}
	if b.hi, err = chain.Call(ctx, c.eth, b.aggregator, agg.PackMaxAnswer(), agg.UnpackMaxAnswer, nil); err != nil {
		return nil, fmt.Errorf("read maxAnswer of aggregator %s: %w", b.aggregator, err)
	}
	return b, nil
}

// check refuses, before it is sent, a price the aggregator would refuse.
func (b *feedBounds) check(price *big.Int) error {
	if b == nil || (price.Cmp(b.lo) >= 0 && price.Cmp(b.hi) <= 0) {
		return nil
	}
	return fmt.Errorf("price %s is outside the feed's bounds, %s to %s: its aggregator %s would refuse it, as Chainlink's refuse an answer outside minAnswer and maxAnswer; give a price within them",
		units.Format(price, FeedDecimals), units.Format(b.lo, FeedDecimals), units.Format(b.hi, FeedDecimals), b.aggregator)
}

func (c *conn) priceSigner(ctx context.Context) (*signer, error) {
	key := foundry.AnvilKey(priceKey)
	s := newSigner(key, c.chainID, 0, big.NewInt(0))
	nonce, err := c.eth.PendingNonceAt(ctx, s.from)
	if err != nil {
		return nil, fmt.Errorf("nonce of %s: %w", s.from, err)
	}
	baseFee, err := c.baseFee(ctx)
	if err != nil {
		return nil, err
	}
	return newSigner(key, c.chainID, nonce, baseFee), nil
}

// gasMovePoolExtra is the headroom on the gas estimate of the pool's arbitrage step: the swap
// crosses the ticks of the bands it passes (about 30,000 each).
const gasMovePoolExtra = 50_000

// pricer publishes a market's prices from the devnet's price setter. When the market has a
// development pool, each price is followed, in the same block, by the arbitrage that moves the
// pool's price to it (DevPool.moveTo, which the price setter owns), as arbitrageurs keep a
// mainnet pool at the market's price.
type pricer struct {
	c        *conn
	s        *signer
	m        deploy.Market
	bounds   *feedBounds // nil for a mock feed
	pools    []poolMove  // the development pools that follow the feed
	automine bool
}

// poolMove is a development pool that follows the feed: the pool, its tokens and how to
// move it.
type poolMove struct {
	pool   common.Address
	tokens deploy.PoolTokens
	call   func(t deploy.PoolTokens, price *big.Int, priceDecimals uint8) (common.Address, []byte, error)
}

// openPricer dials the devnet at rpcURL for a pricer of dep (newPricer); p.close closes the
// connection.
func openPricer(ctx context.Context, rpcURL string, dep *deploy.Deployment) (*pricer, error) {
	c, err := dial(ctx, rpcURL)
	if err != nil {
		return nil, err
	}
	p, err := c.newPricer(ctx, dep)
	if err != nil {
		c.close()
		return nil, err
	}
	return p, nil
}

func (p *pricer) close() { p.c.close() }

// newPricer publishes the prices of dep's first market, and moves every development pool
// over the same feed with them: the market's, and those of dep's Morpho markets. It reads
// the bounds of the market's aggregator, so that a price it would refuse is refused before
// anything is sent.
func (c *conn) newPricer(ctx context.Context, dep *deploy.Deployment) (*pricer, error) {
	s, err := c.priceSigner(ctx)
	if err != nil {
		return nil, err
	}
	m, err := feedMarket(dep)
	if err != nil {
		return nil, err
	}
	p := &pricer{c: c, s: s, m: m}
	if p.bounds, err = c.bounds(ctx, m); err != nil {
		return nil, err
	}
	if p.automine, err = c.automine(ctx); err != nil {
		return nil, err
	}
	add := func(pool, actor *common.Address, collateral, loan common.Address, call func(deploy.PoolTokens, *big.Int, uint8) (common.Address, []byte, error)) error {
		if actor == nil {
			return nil
		}
		t, err := deploy.ReadPoolTokens(ctx, c.eth, collateral, loan)
		if err != nil {
			return err
		}
		p.pools = append(p.pools, poolMove{*pool, t, call})
		return nil
	}
	if err := add(m.Pool, m.PoolActor, m.CollateralToken, m.LoanToken, m.MovePoolCall); err != nil {
		return nil, err
	}
	if dep.Morpho != nil {
		for _, mm := range dep.Morpho.Markets {
			if mm.PriceFeed == nil || *mm.PriceFeed != m.PriceFeed {
				continue // another feed's market: this price is not its price
			}
			if err := add(mm.Pool, mm.PoolActor, mm.CollateralToken, mm.LoanToken, mm.MovePoolCall); err != nil {
				return nil, err
			}
		}
	}
	return p, nil
}

// send publishes price (m.PriceCall) and moves the pool to it, in a block at timestamp at (0:
// whenever it is mined), mining that block at once when mine is set, and returns the
// transactions without waiting for their receipts. On a chain that mines a block per
// transaction, the two are held and mined together.
func (p *pricer) send(ctx context.Context, price *big.Int, at uint64, mine bool) ([]*types.Transaction, error) {
	type call struct {
		to   common.Address
		data []byte
		gas  uint64
	}
	to, data := p.m.PriceCall(price)
	calls := []call{{to, data, gasPublishPrice}}
	for _, pm := range p.pools {
		to, data, err := pm.call(pm.tokens, price, FeedDecimals)
		if err != nil {
			return nil, err
		}
		// The swap does not depend on the price transaction: estimate it now.
		gas, err := p.c.eth.EstimateGas(ctx, ethereum.CallMsg{From: p.s.from, To: &to, Data: data})
		if err != nil {
			return nil, fmt.Errorf("move pool %s to %s: %w", pm.pool, units.Format(price, FeedDecimals), chain.WithRevert(err))
		}
		calls = append(calls, call{to, data, gas + gas/2 + gasMovePoolExtra})
	}
	if len(p.pools) > 0 {
		if p.automine && !mine {
			if err := p.c.rpc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
				return nil, fmt.Errorf("evm_setAutomine: %w", err)
			}
			defer p.c.rpc.CallContext(context.WithoutCancel(ctx), nil, "evm_setAutomine", true)
			mine = true
		}
	}
	if at != 0 {
		if err := p.c.rpc.CallContext(ctx, nil, "evm_setNextBlockTimestamp", at); err != nil {
			return nil, fmt.Errorf("evm_setNextBlockTimestamp %d: %w", at, err)
		}
	}
	txs := make([]*types.Transaction, 0, len(calls))
	for i, c := range calls {
		tx, err := p.s.sign(c.to, c.data, c.gas)
		if err != nil {
			p.s.nonce -= uint64(i)
			return nil, err
		}
		raw, err := tx.MarshalBinary()
		if err == nil {
			err = p.c.rpc.CallContext(ctx, nil, "eth_sendRawTransaction", hexutil.Bytes(raw))
		}
		if err != nil {
			p.s.nonce-- // not sent
			if i == 0 {
				return nil, fmt.Errorf("set price %s: %w", units.Format(price, FeedDecimals), err)
			}
			return nil, fmt.Errorf("move pool %s to %s: %w", p.pools[i-1].pool, units.Format(price, FeedDecimals), err)
		}
		txs = append(txs, tx)
	}
	if mine {
		if err := p.c.rpc.CallContext(ctx, nil, "evm_mine"); err != nil {
			return nil, fmt.Errorf("evm_mine: %w", err)
		}
	}
	return txs, nil
}

// post sends a price like send and waits until it is mined.
func (p *pricer) post(ctx context.Context, price *big.Int, at uint64, mine bool) error {
	txs, err := p.send(ctx, price, at, mine)
	if err != nil {
		return err
	}
	return p.wait(ctx, txs, price)
}

// wait waits until the transactions send returned are mined.
func (p *pricer) wait(ctx context.Context, txs []*types.Transaction, price *big.Int) error {
	for _, tx := range txs {
		if err := p.c.waitMined(ctx, tx, p.s.from); err != nil {
			return fmt.Errorf("set price %s: %w", units.Format(price, FeedDecimals), err)
		}
	}
	return nil
}

// waitMined waits for tx's receipt, polling every millisecond at first (a local chain mines
// in about that) and backing off to a second, and says why it failed if it did.
func (c *conn) waitMined(ctx context.Context, tx *types.Transaction, from common.Address) error {
	delay := time.Millisecond
	for {
		r, err := c.eth.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return c.failed(ctx, tx, from, r)
			}
			return nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return fmt.Errorf("wait for tx %s: %w", tx.Hash(), err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for tx %s: %w", tx.Hash(), ctx.Err())
		case <-time.After(delay):
		}
		delay = min(2*delay, time.Second)
	}
}

// PriceRow is one row of a price history.
type PriceRow struct {
	Time  int64    // Unix seconds
	Price *big.Int // feed units (8 decimals)
}

// ReadPrices reads a price history CSV with scenario.ReadPriceRows, the reader the
// backtest uses too: a header naming a time column (timestamp, time, date or unix) and a
// close column (close or price), then one row per price in time order, irregular spacing
// allowed up to maxGap between two rows (0: scenario.DefaultMaxGap), as the backtest.
// Times are Unix seconds (or milliseconds), RFC 3339, or "2006-01-02 15:04:05" in UTC;
// prices are decimal dollars.
func ReadPrices(path string, maxGap time.Duration) ([]PriceRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--prices %s: %w", path, err)
	}
	defer f.Close()
	read, err := scenario.ReadPriceRows(f, maxGap)
	if err != nil {
		return nil, fmt.Errorf("--prices %s: %w", path, err)
	}
	rows := make([]PriceRow, len(read))
	for i, r := range read {
		rows[i] = PriceRow{Time: r.Time, Price: r.Close.ToBig()}
	}
	return rows, nil
}

// Replay plays a price history (see ReadPrices, with maxGap) into the feed as SetPrice
// publishes: row i's price is published in a block whose timestamp is the chain's time at
// the start plus the row's offset from the first row, so interest and price staleness follow
// the history. speed is history seconds per wall second (3600 plays an hour a second); 0
// plays as fast as the chain takes it. Progress goes to log every few seconds. A history
// with a price outside the development aggregator's bounds ($1 to $1,000,000), which the
// aggregator would refuse, is refused before any row is played. Each row's block also moves
// the market's pool, when it has one, to the row's price.
func Replay(ctx context.Context, rpcURL string, dep *deploy.Deployment, csvPath string, maxGap time.Duration, speed float64, log *slog.Logger) error {
	if speed < 0 {
		return fmt.Errorf("speed %g: want 0 (as fast as possible) or more", speed)
	}
	if log == nil {
		log = slog.Default()
	}
	rows, err := ReadPrices(csvPath, maxGap)
	if err != nil {
		return err
	}
	p, err := openPricer(ctx, rpcURL, dep)
	if err != nil {
		return err
	}
	defer p.close()
	for i, row := range rows {
		if err := p.bounds.check(row.Price); err != nil {
			return fmt.Errorf("--prices %s: row %d (%s): %w", csvPath, i+1, time.Unix(row.Time, 0).UTC().Format(time.RFC3339), err)
		}
	}
	head, err := p.c.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read the head: %w", err)
	}
	base := head.Time + 1
	first := rows[0].Time
	log.Info("replaying prices", "file", csvPath, "rows", len(rows),
		"from", time.Unix(first, 0).UTC(), "to", time.Unix(rows[len(rows)-1].Time, 0).UTC(), "speed", speed)
	start, lastLog := time.Now(), time.Now()
	var last uint64
	for i, row := range rows {
		offset := row.Time - first
		if speed > 0 {
			due := start.Add(time.Duration(float64(offset) / speed * float64(time.Second)))
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Until(due)):
			}
		}
		// A chain mining on its own may have passed the row's time: go one second past it.
		// (At full speed the rows outrun the chain's own blocks.)
		at := base + uint64(offset)
		if speed > 0 {
			if h, err := p.c.eth.HeaderByNumber(ctx, nil); err == nil && at <= h.Time {
				at = h.Time + 1
			}
		}
		if at <= last {
			at = last + 1
		}
		txs, err := p.send(ctx, row.Price, at, !p.automine)
		if err != nil {
			return fmt.Errorf("replay row %d (%s): %w", i+1, time.Unix(row.Time, 0).UTC().Format(time.RFC3339), err)
		}
		last = at
		// Anvil mines a sent transaction asynchronously: the row's block must be mined before
		// the next row's timestamp is set.
		if err := p.wait(ctx, txs, row.Price); err != nil {
			return fmt.Errorf("replay row %d (%s): %w", i+1, time.Unix(row.Time, 0).UTC().Format(time.RFC3339), err)
		}
		if time.Since(lastLog) >= 2*time.Second || i == len(rows)-1 {
			log.Info("replay", "row", i+1, "of", len(rows), "time", time.Unix(row.Time, 0).UTC().Format(time.RFC3339),
				"price", units.Format(row.Price, FeedDecimals), "chainTime", time.Unix(int64(at), 0).UTC().Format(time.RFC3339))
			lastLog = time.Now()
		}
	}
	return nil
}
