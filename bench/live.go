package bench

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// LiveConfig is what Live measures.
type LiveConfig struct {
	Duration time.Duration // how long to measure: 0 is 60 s
	Traders  int           // accounts sending market transactions in turn: 0 is 5
	Interval time.Duration // one market transaction every Interval: 0 is 200 ms
	Log      *slog.Logger  // nil is slog.Default()
}

var (
	marketABI = bindings.NewLendingMarket()
	erc20ABI  = bindings.NewMockERC20()
)

// Live runs a devnet mining a block a second, with the node on it and a steady stream of
// market transactions (deposit, borrow, repay from a few accounts in turn), for cfg.Duration.
// For every block it measures the time from the block's arrival on a newHeads subscription,
// and from its timestamp, to the indexer's NOTIFY that its rows are committed, as received
// by a LISTEN connection; and reports p50 and p99 of both.
func Live(ctx context.Context, cfg LiveConfig) ([]Figure, error) {
	cfg.Duration = cmp.Or(cfg.Duration, time.Minute)
	cfg.Traders = cmp.Or(cfg.Traders, 5)
	cfg.Interval = cmp.Or(cfg.Interval, 200*time.Millisecond)
	log := cmp.Or(cfg.Log, slog.Default())
	log.Info("live latency: starting a devnet with 1 s blocks and a node")
	n, err := startLiveNet(ctx, log, liveOptions{})
	if err != nil {
		return nil, err
	}
	defer n.Close()
	if err := n.waitIndexed(ctx, time.Minute); err != nil {
		return nil, err
	}

	conn, err := pgx.Connect(ctx, n.DB())
	if err != nil {
		return nil, fmt.Errorf("devnet database: %w", err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+indexdb.Channel); err != nil {
		return nil, fmt.Errorf("listen for the indexer: %w", err)
	}
	after, err := n.indexed(ctx)
	if err != nil {
		return nil, err
	}

	tradeCtx, stopTrading := context.WithCancel(ctx)
	traded := make(chan tradeResult, 1)
	go func() {
		sent, err := trade(tradeCtx, n, cfg.Traders, cfg.Interval)
		traded <- tradeResult{sent, err}
	}()
	var res tradeResult
	stopped := false
	finishTrading := func() tradeResult {
		if !stopped {
			stopTrading()
			res, stopped = <-traded, true
		}
		return res
	}
	defer finishTrading()

	log.Info("live latency: measuring", "for", cfg.Duration, "traders", cfg.Traders, "every", cfg.Interval)
	start := time.Now()
	commits := make(map[uint64]time.Time) // block → when the commit that covered it was heard
	measure, cancel := context.WithTimeout(ctx, cfg.Duration)
	defer cancel()
	for {
		note, err := conn.WaitForNotification(measure)
		if measure.Err() != nil {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("wait for the indexer's notification: %w", err)
		}
		heard := time.Now()
		var p struct {
			Block int64 `json:"block"`
		}
		if err := json.Unmarshal([]byte(note.Payload), &p); err != nil {
			return nil, fmt.Errorf("indexer notification %q: %w", note.Payload, err)
		}
		for b := after + 1; b <= p.Block; b++ {
			commits[uint64(b)] = heard
		}
		after = p.Block // lower after a rollback: those blocks are committed again
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := n.failed(); err != nil {
		return nil, err
	}
	res = finishTrading()
	if res.err != nil && !errors.Is(res.err, context.Canceled) {
		return nil, fmt.Errorf("market transactions: %w", res.err)
	}

	var fromArrival, fromTimestamp []float64
	first, last := uint64(0), uint64(0)
	for b, heard := range commits {
		a, ok := n.heads.get(b)
		if !ok || a.at.Before(start) {
			continue
		}
		fromArrival = append(fromArrival, ms(heard.Sub(a.at)))
		fromTimestamp = append(fromTimestamp, ms(heard.Sub(time.Unix(int64(a.timestamp), 0))))
		if first == 0 || b < first {
			first = b
		}
		last = max(last, b)
	}
	if len(fromArrival) == 0 {
		return nil, fmt.Errorf("no block was both seen arriving and committed in %s: is the indexer following the head?", cfg.Duration)
	}
	events, err := indexdb.CountEvents(ctx, n.pool, n.Deployment.ChainID, n.Deployment.Factory, uint64(first), uint64(last))
	if err != nil {
		return nil, fmt.Errorf("count the indexed events: %w", err)
	}
	log.Info("live latency: done", "blocks", len(fromArrival), "events", events, "transactions_sent", res.sent)

	const section = "live latency"
	how := " (1 s blocks, indexer woken by newHeads)"
	return []Figure{
		{Section: section, Name: "block arrival on newHeads → rows committed, p50" + how, Value: percentile(fromArrival, 0.5), Unit: "ms"},
		{Section: section, Name: "block arrival on newHeads → rows committed, p99" + how, Value: percentile(fromArrival, 0.99), Unit: "ms", Target: "< 100 ms"},
		{Section: section, Name: "block timestamp (whole seconds) → rows committed, p50", Value: percentile(fromTimestamp, 0.5), Unit: "ms"},
		{Section: section, Name: "block timestamp (whole seconds) → rows committed, p99", Value: percentile(fromTimestamp, 0.99), Unit: "ms"},
		{Section: section, Name: fmt.Sprintf("blocks measured in %s", cfg.Duration), Value: float64(len(fromArrival)), Unit: "blocks"},
		{Section: section, Name: fmt.Sprintf("market events in them (%d transactions sent)", res.sent), Value: float64(events), Unit: "events"},
	}, nil
}

type tradeResult struct {
	sent int
	err  error
}

// trader sends market transactions from one fresh account, counting its own nonces.
type trader struct {
	key   *ecdsa.PrivateKey
	from  common.Address
	nonce uint64
	step  int
}

// trade funds `count` fresh accounts (ETH, WBTC, approvals) and, until ctx ends, sends one
// market transaction every interval from them in turn: deposit 0.01 WBTC, borrow $100, repay
// $50, so that every transaction succeeds. It returns how many it sent.
func trade(ctx context.Context, n *liveNet, count int, interval time.Duration) (int, error) {
	m := n.Deployment.Markets[0]
	chainID := new(big.Int).SetUint64(n.Deployment.ChainID)
	signer := types.LatestSignerForChainID(chainID)
	send := func(t *trader, to common.Address, data []byte) error {
		tx, err := types.SignNewTx(t.key, signer, &types.DynamicFeeTx{
			ChainID: chainID, Nonce: t.nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
			Gas: 300_000, To: &to, Data: data,
		})
		if err != nil {
			return err
		}
		if err := n.client.SendTransaction(ctx, tx); err != nil {
			return fmt.Errorf("send from %s (nonce %d): %w", t.from, t.nonce, err)
		}
		t.nonce++
		return nil
	}
	unlimited := loanmath.MaxUint256.ToBig()
	traders := make([]*trader, count)
	for i := range traders {
		key, err := crypto.GenerateKey()
		if err != nil {
			return 0, err
		}
		t := &trader{key: key, from: crypto.PubkeyToAddress(key.PublicKey)}
		eth := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
		if err := n.client.Client().CallContext(ctx, nil, "anvil_setBalance", t.from, (*hexutil.Big)(eth)); err != nil {
			return 0, fmt.Errorf("anvil_setBalance %s: %w", t.from, err)
		}
		// Mined in order before the first market transaction: no need to wait for them.
		for _, c := range []struct {
			to   common.Address
			data []byte
		}{
			{m.CollateralToken, erc20ABI.PackMint(t.from, big.NewInt(1_000e8))},
			{m.CollateralToken, erc20ABI.PackApprove(m.Market, unlimited)},
			{m.LoanToken, erc20ABI.PackApprove(m.Market, unlimited)},
		} {
			if err := send(t, c.to, c.data); err != nil {
				return 0, err
			}
		}
		traders[i] = t
	}
	ops := []func(t *trader) []byte{
		func(t *trader) []byte { return marketABI.PackDepositCollateral(big.NewInt(1e6), t.from) },
		func(t *trader) []byte { return marketABI.PackBorrow(big.NewInt(100e6), t.from) },
		func(t *trader) []byte { return marketABI.PackRepay(big.NewInt(50e6), t.from) },
	}
	tick := time.NewTicker(interval)
	defer tick.Stop()
	sent := 0
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return sent, ctx.Err()
		case <-tick.C:
		}
		t := traders[i%len(traders)]
		if err := send(t, m.Market, ops[t.step%len(ops)](t)); err != nil {
			return sent, err
		}
		t.step++
		sent++
	}
}

// percentile is the nearest-rank q-quantile of v.
func percentile(v []float64, q float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	i := int(math.Ceil(q*float64(len(s)))) - 1
	return s[min(max(i, 0), len(s)-1)]
}
