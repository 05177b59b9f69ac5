package devnet

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/internal/foundry"
)

// Limits of one seeding transaction: at most maxPerTx borrowers (its calldata stays far
// below Anvil's 128 KiB), and at most half the block's gas, the base fee's target, so that
// a chain of seeding blocks does not raise the base fee block after block.
const (
	maxPerTx   = 400
	probeCount = 20
)

var seedBatch = bindings.NewSeedBatch()

// seedContract is a seeding contract to deploy: its creation code and constructor input, and
// how to call its seed(collaterals, debts), which opens one position per index in one
// transaction, creating each borrower with CREATE in order.
type seedContract struct {
	bin   string
	input []byte
	pack  func(collaterals, debts []*big.Int) []byte
}

// lendingMarketSeeder is SeedBatch on market.
func lendingMarketSeeder(market common.Address) seedContract {
	return seedContract{bin: bindings.SeedBatchMetaData.Bin, input: seedBatch.PackConstructor(market), pack: seedBatch.PackSeed}
}

// openMany opens one position per (collaterals[i], debts[i]) through a new seeding contract
// sc: many borrowers per transaction, every transaction signed with the seeding key, a
// block's worth sent in JSON-RPC batches before any is waited for. The borrowers are the
// addresses the batch creates, in order: its CREATE nonces count from 1.
func openMany(ctx context.Context, c *conn, sc seedContract, collaterals, debts []*big.Int, log *slog.Logger) ([]common.Address, error) {
	key := foundry.AnvilKey(deployerKey)
	s := chain.NewSender(c.eth, key, c.chainID)
	batch, _, err := s.Deploy(ctx, sc.bin, sc.input)
	if err != nil {
		return nil, fmt.Errorf("deploy the seeding contract: %w", err)
	}
	head, err := c.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read the head: %w", err)
	}
	perTx, gasEach, err := c.seedTxSize(ctx, s.From, batch, sc.pack, collaterals, debts, head.GasLimit)
	if err != nil {
		return nil, err
	}
	nonce, err := c.eth.PendingNonceAt(ctx, s.From)
	if err != nil {
		return nil, fmt.Errorf("read the nonce of %s: %w", s.From, err)
	}
	baseFee := head.BaseFee
	if baseFee == nil {
		baseFee = big.NewInt(1e9)
	}
	sg := newSigner(key, c.chainID, nonce, baseFee)
	var txs []*types.Transaction
	for i := 0; i < len(collaterals); i += perTx {
		j := min(i+perTx, len(collaterals))
		tx, err := sg.sign(batch, sc.pack(collaterals[i:j], debts[i:j]), gasEach*uint64(j-i)+200_000)
		if err != nil {
			return nil, err
		}
		txs = append(txs, tx)
	}
	// Send a block's worth at a time: Anvil mines what is pending when a transaction arrives
	// (or when the block time is up), a block at most of the gas limit, so what does not fit
	// would wait for the next arrival.
	lastLog := time.Now()
	for len(txs) > 0 {
		var gas uint64
		n := 0
		for n < len(txs) && (n == 0 || gas+txs[n].Gas() <= head.GasLimit*9/10) {
			gas += txs[n].Gas()
			n++
		}
		window := txs[:n]
		if err := c.sendAll(ctx, window, nil); err != nil {
			return nil, err
		}
		if err := c.waitAll(ctx, window, func(*types.Transaction) common.Address { return s.From }, false); err != nil {
			return nil, err
		}
		txs = txs[n:]
		if time.Since(lastLog) > 2*time.Second {
			log.Info("seeding", "transactions left", len(txs))
			lastLog = time.Now()
		}
	}
	borrowers := make([]common.Address, len(collaterals))
	for i := range borrowers {
		borrowers[i] = crypto.CreateAddress(batch, uint64(i)+1)
	}
	return borrowers, nil
}

// seedTxSize estimates the gas of one borrower from a probe of probeCount and returns how
// many borrowers fit one transaction, and the gas limit to give each (a quarter above the
// estimate: later borrowers touch the same warm slots, so the estimate is an upper bound).
func (c *conn) seedTxSize(ctx context.Context, from, batch common.Address, pack func(collaterals, debts []*big.Int) []byte, collaterals, debts []*big.Int, blockGas uint64) (perTx int, gasEach uint64, err error) {
	n := min(probeCount, len(collaterals))
	if n == 0 {
		return 1, 0, nil
	}
	gas, err := c.eth.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &batch, Data: pack(collaterals[:n], debts[:n])})
	if err != nil {
		return 0, 0, fmt.Errorf("estimate the seeding gas: %w", chain.WithRevert(err))
	}
	gasEach = gas/uint64(n) + gas/uint64(4*n)
	perTx = int((blockGas/2 - 200_000) / gasEach)
	if perTx < 1 {
		return 0, 0, fmt.Errorf("a block holds %d gas, less than one borrower's %d: raise Anvil's --gas-limit", blockGas, gasEach)
	}
	return min(perTx, maxPerTx), gasEach, nil
}
