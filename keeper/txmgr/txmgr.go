// Package txmgr is the one component of the keeper that owns the operator's key, its nonces,
// fees and receipts. Callers hand it a Candidate (to, data, value); it estimates gas, signs an
// EIP-1559 transaction with the next local nonce, publishes it, replaces it with higher fees
// while it is not mined, follows it through reorgs to its confirmation depth and returns the
// receipt. It follows optimism's op-service/txmgr.
//
// Give-up rule: Send returns an error when the gas estimate or the first publication fails,
// when the nonce was used by a transaction that is not one of ours, or when ctx ends. Once a
// transaction is in the mempool it keeps it in play (re-sending, bumping fees up to
// Config.MaxFeeCap, re-sending after a reorg) until a receipt is confirmed or ctx ends.
// A mined transaction that reverted is not an error: the receipt has status 0.
//
// Private submission: with Config.Private set, every signed version (first sends, fee bumps,
// re-sends after a reorg) goes to that endpoint instead of the client, while gas estimates,
// fees, nonces, heads and receipts are still read from the client. The rules above stay the
// same, with one more way to give up: a private endpoint (a block builder, Flashbots Protect,
// MEV Blocker) does not include a transaction that would revert and leaves no failure receipt,
// so Send returns ErrNotIncluded when no version was mined PrivateGiveUpBlocks blocks after the
// first publication, and reads its nonce from the client again. When the endpoint refuses or is
// down, the first publication fails and Send returns the error; a later re-send that fails is
// logged and tried again at the next bump. Nothing ever falls back to the client's (public)
// mempool.
package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/ltvkeeper/ltvkeeper/chain"
)

// Client is the part of an Ethereum node the manager uses. *ethclient.Client satisfies it.
type Client interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
}

// Publisher hands a signed transaction to the network (eth_sendRawTransaction).
// *ethclient.Client satisfies it.
type Publisher interface {
	SendTransaction(ctx context.Context, tx *types.Transaction) error
}

var (
	// ErrCallReverts marks a send whose gas estimate reverted: the call itself fails on the
	// current state (for example NotLiquidatable). The decoded revert is wrapped too, so
	// errors.As(err, new(*chain.RevertError)) and errors.Is(err, &chain.RevertError{Name: …})
	// work. Any other Send error is an infrastructure or nonce problem.
	ErrCallReverts = errors.New("call reverts")
	// ErrNonceUsed means the node says the nonce is used but no transaction of this send was
	// mined with it: another sender (another process with the same key) took it. The manager
	// re-reads its nonce from the chain before the next send.
	ErrNonceUsed = errors.New("nonce used by a transaction that is not ours")
	// ErrNotIncluded means a privately sent transaction was not mined within
	// Config.PrivateGiveUpBlocks blocks: the endpoint dropped it or keeps holding it back, for
	// example because it would revert. The manager re-reads its nonce before the next send.
	ErrNotIncluded = errors.New("not included by the private endpoint")
)

// IsRevert reports whether err says the call reverts (as opposed to an RPC, fee or nonce
// problem).
func IsRevert(err error) bool { return errors.Is(err, ErrCallReverts) }

// Config configures a Manager. Zero values take the documented defaults.
type Config struct {
	ChainID *big.Int // required

	// ResubmitAfterBlocks is how many new blocks without a receipt trigger a fee bump
	// (default 3).
	ResubmitAfterBlocks uint64
	// Confirmations is the depth at which a receipt is final: 1 means mined in the head
	// block (default 1).
	Confirmations uint64
	// FeeCapMultiplier sets the fee cap to FeeCapMultiplier*baseFee + tip (default 2).
	FeeCapMultiplier uint64
	// MinTipCap is the lowest priority fee used; the tip is eth_maxPriorityFeePerGas or
	// MinTipCap, whichever is higher (default none).
	MinTipCap *big.Int
	// MaxFeeCap is a hard cap on the fee cap, in wei per gas: fees are never raised above it.
	// When a bump would exceed it the transaction waits at the cap (nil: no cap).
	MaxFeeCap *big.Int
	// ReceiptPollInterval is how often receipts and the head are polled (default 1s).
	ReceiptPollInterval time.Duration
	// GasLimitMultiplier scales the gas estimate (default 1.2).
	GasLimitMultiplier float64
	// Private, when set, receives every signed transaction instead of the client: a private
	// mempool or block-builder RPC. Reads stay on the client. See the package comment.
	Private Publisher
	// PrivateGiveUpBlocks is, with Private, how many blocks after its first publication a
	// transaction with no mined version is given up with ErrNotIncluded (default
	// DefaultPrivateGiveUpBlocks). It must be above ResubmitAfterBlocks.
	PrivateGiveUpBlocks uint64
}

// DefaultPrivateGiveUpBlocks is the default Config.PrivateGiveUpBlocks: the 25 blocks
// Flashbots Protect keeps trying a transaction for before it drops it.
const DefaultPrivateGiveUpBlocks = 25

func (c Config) withDefaults() (Config, error) {
	if c.ChainID == nil || c.ChainID.Sign() <= 0 {
		return c, errors.New("txmgr: ChainID is required (the chain id the node reports)")
	}
	if c.ResubmitAfterBlocks == 0 {
		c.ResubmitAfterBlocks = 3
	}
	if c.Confirmations == 0 {
		c.Confirmations = 1
	}
	if c.FeeCapMultiplier == 0 {
		c.FeeCapMultiplier = 2
	}
	if c.ReceiptPollInterval <= 0 {
		c.ReceiptPollInterval = time.Second
	}
	if c.GasLimitMultiplier == 0 {
		c.GasLimitMultiplier = 1.2
	}
	if c.PrivateGiveUpBlocks == 0 {
		c.PrivateGiveUpBlocks = DefaultPrivateGiveUpBlocks
	}
	if c.Private != nil && c.PrivateGiveUpBlocks <= c.ResubmitAfterBlocks {
		return c, fmt.Errorf("txmgr: PrivateGiveUpBlocks %d is not above ResubmitAfterBlocks %d: a private transaction would be given up before its first fee bump", c.PrivateGiveUpBlocks, c.ResubmitAfterBlocks)
	}
	if c.GasLimitMultiplier < 1 || c.GasLimitMultiplier > 10 {
		return c, fmt.Errorf("txmgr: GasLimitMultiplier %v: want between 1 and 10 (1.2 leaves 20%% headroom)", c.GasLimitMultiplier)
	}
	if c.MaxFeeCap != nil && c.MaxFeeCap.Sign() <= 0 {
		return c, fmt.Errorf("txmgr: MaxFeeCap %s: want a positive wei amount, or nil for no cap", c.MaxFeeCap)
	}
	if c.MaxFeeCap != nil && c.MinTipCap != nil && c.MinTipCap.Cmp(c.MaxFeeCap) > 0 {
		return c, fmt.Errorf("txmgr: MinTipCap %s is above MaxFeeCap %s: lower the tip or raise the cap", c.MinTipCap, c.MaxFeeCap)
	}
	return c, nil
}

// Candidate is a transaction to send.
type Candidate struct {
	To       *common.Address // nil creates a contract
	Data     []byte
	Value    *big.Int // nil: zero
	GasLimit uint64   // 0: estimate times Config.GasLimitMultiplier
}

// Manager sends transactions from one key. It is safe for concurrent use: concurrent Sends
// get consecutive nonces and are published in nonce order, so they can land in one block.
type Manager struct {
	cfg    Config
	client Client
	pub    Publisher // where signed transactions go: Config.Private, else client
	key    *secret
	from   common.Address
	signer types.Signer
	log    *slog.Logger
	metr   *metrics

	nonceMu sync.Mutex
	nonce   *uint64 // next nonce; nil: read the pending nonce from the chain
}

// secret holds the private key and prints as the address only.
type secret struct {
	key  *ecdsa.PrivateKey
	from common.Address
}

func (s *secret) String() string              { return "key(" + s.from.Hex() + ")" }
func (s *secret) GoString() string            { return s.String() }
func (s *secret) LogValue() slog.Value        { return slog.StringValue(s.String()) }
func (s *secret) Format(f fmt.State, _ rune)  { _, _ = f.Write([]byte(s.String())) }
func (m *Manager) String() string             { return "txmgr(" + m.from.Hex() + ")" }
func (m *Manager) GoString() string           { return m.String() }
func (m *Manager) LogValue() slog.Value       { return slog.StringValue(m.String()) }
func (m *Manager) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(m.String())) }

// New returns a manager for key. The nonce is read from the chain (pending) at the first Send.
// reg may be nil.
func New(cfg Config, client Client, key *ecdsa.PrivateKey, log *slog.Logger, reg prometheus.Registerer) (*Manager, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if client == nil {
		return nil, errors.New("txmgr: no client")
	}
	if key == nil {
		return nil, errors.New("txmgr: no private key")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	metr, err := newMetrics(reg)
	if err != nil {
		return nil, fmt.Errorf("txmgr: register metrics: %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	var pub Publisher = client
	if cfg.Private != nil {
		pub = cfg.Private
	}
	return &Manager{
		cfg:    cfg,
		client: client,
		pub:    pub,
		key:    &secret{key: key, from: from},
		from:   from,
		signer: types.LatestSignerForChainID(cfg.ChainID),
		log:    log.With("from", from),
		metr:   metr,
	}, nil
}

// From is the address the manager sends from.
func (m *Manager) From() common.Address { return m.from }

// Send estimates, signs and publishes candidate and waits until one of its versions (fee
// bumps of the same nonce) has Confirmations confirmations. The receipt may have status 0:
// a reverted transaction is the caller's concern. See the package comment for when it gives
// up; an error from a reverting gas estimate matches ErrCallReverts.
func (m *Manager) Send(ctx context.Context, c Candidate) (*types.Receipt, error) {
	receipt, err := m.send(ctx, c)
	if err != nil {
		m.metr.failed.Inc()
		return nil, err
	}
	m.metr.confirmed.Inc()
	m.metr.paid(receipt)
	return receipt, nil
}

func (m *Manager) send(ctx context.Context, c Candidate) (*types.Receipt, error) {
	gas := c.GasLimit
	if gas == 0 {
		estimate, err := m.client.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: c.To, Value: c.Value, Data: c.Data})
		if err != nil {
			return nil, estimateError(err)
		}
		gas = uint64(float64(estimate) * m.cfg.GasLimitMultiplier)
	}
	tip, baseFee, err := m.market(ctx)
	if err != nil {
		return nil, err
	}
	feeCap := m.feeCap(baseFee, tip)
	if m.cfg.MaxFeeCap != nil && feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		m.log.Warn("fee cap limited by MaxFeeCap; the transaction may wait", "want", feeCap, "max", m.cfg.MaxFeeCap, "base_fee", baseFee)
		feeCap = new(big.Int).Set(m.cfg.MaxFeeCap)
		if tip.Cmp(feeCap) > 0 {
			tip = new(big.Int).Set(feeCap)
		}
	}
	s := &sendState{data: &types.DynamicFeeTx{
		ChainID: m.cfg.ChainID, To: c.To, Value: c.Value, Data: c.Data, Gas: gas, GasTipCap: tip, GasFeeCap: feeCap,
	}}
	if s.data.Value == nil {
		s.data.Value = new(big.Int)
	}
	if err := m.publishNew(ctx, s); err != nil {
		return nil, err
	}
	receipt, err := m.wait(ctx, s)
	if err != nil {
		// The nonce may be used or free now; read it again rather than guess.
		m.resetNonce()
		return nil, fmt.Errorf("tx nonce %d %s: %w", s.data.Nonce, s.tx.Hash(), err)
	}
	return receipt, nil
}

// sendState is one logical transaction: one nonce and every version of it that was sent.
type sendState struct {
	data        *types.DynamicFeeTx
	tx          *types.Transaction // latest signed version
	hashes      []common.Hash      // every version handed to the node, oldest first
	sentAt      uint64             // head when the latest version was (re)published
	firstSentAt uint64             // head when the first version was published
	mined       *types.Receipt     // last receipt seen, not yet confirmed
	published   bool               // the node accepted a version once
	nonceTooLow int
}

func (s *sendState) sign(m *Manager, tip, feeCap *big.Int) error {
	data := *s.data
	data.GasTipCap, data.GasFeeCap = tip, feeCap
	tx, err := types.SignNewTx(m.key.key, m.signer, &data)
	if err != nil {
		return fmt.Errorf("sign tx nonce %d: %w", data.Nonce, err)
	}
	s.data, s.tx = &data, tx
	return nil
}

func (s *sendState) record(hash common.Hash) {
	for _, h := range s.hashes {
		if h == hash {
			return
		}
	}
	s.hashes = append(s.hashes, hash)
}

// publishNew takes the next nonce, signs and publishes the first version. It holds the nonce
// lock throughout so that concurrent sends reach the node in nonce order; a failure that may
// leave a gap resets the nonce.
func (m *Manager) publishNew(ctx context.Context, s *sendState) error {
	m.nonceMu.Lock()
	defer m.nonceMu.Unlock()
	if m.nonce == nil {
		n, err := m.client.PendingNonceAt(ctx, m.from)
		if err != nil {
			return fmt.Errorf("read pending nonce of %s: %w", m.from, err)
		}
		if latest, err := m.client.NonceAt(ctx, m.from, nil); err == nil && latest < n {
			m.log.Info("transactions already pending for this key", "mined_nonce", latest, "pending_nonce", n)
		}
		m.nonce = &n
	}
	s.data.Nonce = *m.nonce
	if err := s.sign(m, s.data.GasTipCap, s.data.GasFeeCap); err != nil {
		return err
	}
	head, err := m.client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	sent, err := m.publish(ctx, s, head)
	if err == nil && !sent {
		err = errors.New("not accepted by the node")
	}
	if err != nil {
		m.nonce = nil
		return fmt.Errorf("publish tx nonce %d: %w", s.data.Nonce, err)
	}
	s.firstSentAt = head
	*m.nonce++
	m.metr.nonce.Set(float64(*m.nonce))
	return nil
}

// ResetNonce makes the next send read its nonce from the node again. Call it when a reorg may
// have dropped mined transactions of this key: sending above the node's nonce would leave a
// gap that never mines.
func (m *Manager) ResetNonce() { m.resetNonce() }

func (m *Manager) resetNonce() {
	m.nonceMu.Lock()
	m.nonce = nil
	m.nonceMu.Unlock()
}

// maxPublishAttempts bounds the underpriced → bump → publish loop of one publication.
const maxPublishAttempts = 5

// publish hands s.tx to the node, bumping fees on "underpriced" answers. sent says whether the
// node holds a version now; err is set only when the send must give up (nonce used by a
// transaction that is not ours). An unexpected error leaves sent false and err nil when a
// version was published before (the caller keeps waiting) and is returned otherwise.
func (m *Manager) publish(ctx context.Context, s *sendState, head uint64) (sent bool, err error) {
	for attempt := 0; attempt < maxPublishAttempts; attempt++ {
		log := m.log.With("nonce", s.data.Nonce, "tx", s.tx.Hash())
		s.record(s.tx.Hash())
		err := m.pub.SendTransaction(ctx, s.tx)
		m.metr.sent.Inc()
		if m.cfg.Private != nil {
			m.metr.sentPrivate.Inc()
			if err != nil {
				err = fmt.Errorf("private endpoint: %w", err)
			}
		}
		switch kind := classify(err); kind {
		case sendOK, sendKnown:
			log.Info("tx published", "tip", s.data.GasTipCap, "fee_cap", s.data.GasFeeCap, "gas", s.data.Gas, "known", kind == sendKnown, "private", m.cfg.Private != nil)
			s.sentAt, s.published, s.nonceTooLow = head, true, 0
			return true, nil
		case sendUnderpriced:
			log.Warn("tx underpriced, bumping fees", "err", err)
			bumped, berr := m.bump(ctx, s)
			if berr != nil || !bumped {
				s.sentAt = head
				return false, firstPublishErr(s, err)
			}
		case sendNonceTooLow:
			if r, _ := m.findReceipt(ctx, s); r != nil {
				log.Info("nonce too low: a version of this tx was mined", "mined", r.TxHash)
				s.mined = r
				s.sentAt = head
				return true, nil
			}
			s.nonceTooLow++
			if !s.published || s.nonceTooLow >= 3 {
				return false, fmt.Errorf("%w (node: %w)", ErrNonceUsed, err)
			}
			// Our version may be mined with its receipt not served yet: look again next poll.
			log.Warn("nonce too low and no receipt yet", "err", err, "tries", s.nonceTooLow)
			return false, nil
		default:
			if ctx.Err() != nil {
				return false, ctx.Err()
			}
			log.Warn("publish failed", "err", err)
			s.sentAt = head
			return false, firstPublishErr(s, err)
		}
	}
	s.sentAt = head
	return false, firstPublishErr(s, errors.New("still underpriced after bumping fees"))
}

// firstPublishErr returns err when nothing was published before (the send gives up) and nil
// when an earlier version may be in the mempool (the send keeps waiting for it).
func firstPublishErr(s *sendState, err error) error {
	if !s.published && s.mined == nil {
		return err
	}
	return nil
}

type sendResult int

const (
	sendOK sendResult = iota
	sendKnown
	sendUnderpriced
	sendNonceTooLow
	sendFailed
)

// classify sorts a publish error by the messages of geth and Anvil.
func classify(err error) sendResult {
	if err == nil {
		return sendOK
	}
	msg := strings.ToLower(err.Error())
	has := func(subs ...string) bool {
		for _, s := range subs {
			if strings.Contains(msg, s) {
				return true
			}
		}
		return false
	}
	switch {
	case has("already known", "already imported", "known transaction"):
		return sendKnown
	case has("nonce too low"):
		return sendNonceTooLow
	case has("underpriced", "max fee per gas less than block base fee", "fee cap less than block base fee", "gas price below minimum"):
		return sendUnderpriced
	}
	return sendFailed
}

// wait polls for a receipt of any version until one is confirmed, bumping fees every
// ResubmitAfterBlocks blocks and re-sending after a reorg drops a mined version.
func (m *Manager) wait(ctx context.Context, s *sendState) (*types.Receipt, error) {
	ticker := time.NewTicker(m.cfg.ReceiptPollInterval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-ticker.C:
		}
		log := m.log.With("nonce", s.data.Nonce)
		head, err := m.client.BlockNumber(ctx)
		if err != nil {
			log.Debug("read head failed", "err", err)
			continue
		}
		r, allMissing := m.findReceipt(ctx, s)
		switch {
		case r != nil:
			switch {
			case s.mined == nil:
				log.Info("tx mined", "tx", r.TxHash, "block", r.BlockNumber, "block_hash", r.BlockHash, "status", r.Status)
			case s.mined.BlockHash != r.BlockHash:
				log.Warn("reorg moved the tx to another block", "tx", r.TxHash, "block", r.BlockNumber, "block_hash", r.BlockHash, "was", s.mined.BlockHash)
				m.metr.reorgs.Inc()
			}
			s.mined = r
			height := r.BlockNumber.Uint64()
			if height+m.cfg.Confirmations > head+1 {
				continue
			}
			h, err := m.client.HeaderByNumber(ctx, r.BlockNumber)
			if err != nil {
				log.Debug("read header failed", "block", r.BlockNumber, "err", err)
				continue
			}
			if h.Hash() != r.BlockHash {
				log.Warn("receipt is from a block no longer canonical; waiting", "tx", r.TxHash, "block", r.BlockNumber)
				continue
			}
			log.Info("tx confirmed", "tx", r.TxHash, "block", r.BlockNumber, "status", r.Status, "gas_used", r.GasUsed, "bumps", len(s.hashes)-1)
			return r, nil
		case s.mined != nil && allMissing:
			log.Warn("mined tx dropped by a reorg; re-sending", "tx", s.mined.TxHash, "block", s.mined.BlockNumber, "block_hash", s.mined.BlockHash)
			m.metr.reorgs.Inc()
			s.mined = nil
			if _, err := m.publish(ctx, s, head); err != nil {
				return nil, err
			}
		case s.mined == nil && m.cfg.Private != nil && head >= s.firstSentAt+m.cfg.PrivateGiveUpBlocks:
			log.Warn("private tx not included; giving up", "tx", s.tx.Hash(), "sent_at", s.firstSentAt, "head", head, "versions", len(s.hashes))
			m.metr.notIncluded.Inc()
			return nil, fmt.Errorf("%w after %d blocks (%d versions sent; it may revert, or the endpoint dropped it)", ErrNotIncluded, head-s.firstSentAt, len(s.hashes))
		case s.mined == nil && s.nonceTooLow > 0:
			if _, err := m.publish(ctx, s, head); err != nil {
				return nil, err
			}
		case s.mined == nil && head >= s.sentAt+m.cfg.ResubmitAfterBlocks:
			if _, err := m.bump(ctx, s); err != nil {
				log.Warn("fee bump failed; re-sending the current version", "err", err)
			}
			if _, err := m.publish(ctx, s, head); err != nil {
				return nil, err
			}
		}
	}
}

// findReceipt returns a receipt of any version, newest first. allMissing is true when the
// node said "not found" for every version (and not when an RPC call failed).
func (m *Manager) findReceipt(ctx context.Context, s *sendState) (r *types.Receipt, allMissing bool) {
	allMissing = true
	for i := len(s.hashes) - 1; i >= 0; i-- {
		r, err := m.client.TransactionReceipt(ctx, s.hashes[i])
		if err == nil && r != nil {
			return r, false
		}
		if !errors.Is(err, ethereum.NotFound) {
			allMissing = false
			m.log.Debug("read receipt failed", "tx", s.hashes[i], "err", err)
		}
	}
	return nil, allMissing
}

// bump re-signs s with at least +10% on both tip and fee cap (geth's replacement rule, as in
// op-service's price bump), or the current market fees when higher, never above MaxFeeCap.
// bumped is false when the cap leaves no room for a valid replacement: the transaction keeps
// waiting at the fees it has.
func (m *Manager) bump(ctx context.Context, s *sendState) (bumped bool, err error) {
	marketTip, baseFee, err := m.market(ctx)
	if err != nil {
		return false, err
	}
	minTip, minCap := bumpThreshold(s.data.GasTipCap), bumpThreshold(s.data.GasFeeCap)
	tip := bigMax(minTip, marketTip)
	feeCap := bigMax(minCap, m.feeCap(baseFee, tip))
	log := m.log.With("nonce", s.data.Nonce, "tx", s.tx.Hash())
	if limit := m.cfg.MaxFeeCap; limit != nil && feeCap.Cmp(limit) > 0 {
		feeCap = new(big.Int).Set(limit)
		if tip.Cmp(feeCap) > 0 {
			tip = new(big.Int).Set(feeCap)
		}
		if tip.Cmp(minTip) < 0 || feeCap.Cmp(minCap) < 0 {
			log.Warn("fee at MaxFeeCap; waiting at the cap", "tip", s.data.GasTipCap, "fee_cap", s.data.GasFeeCap, "max", limit, "base_fee", baseFee)
			return false, nil
		}
	}
	old := s.tx.Hash()
	if err := s.sign(m, tip, feeCap); err != nil {
		return false, err
	}
	m.metr.bumps.Inc()
	log.Info("fees bumped", "new_tx", s.tx.Hash(), "replaces", old, "tip", tip, "fee_cap", feeCap, "base_fee", baseFee)
	return true, nil
}

// market returns the tip (eth_maxPriorityFeePerGas, at least MinTipCap) and the base fee of
// the head block.
func (m *Manager) market(ctx context.Context) (tip, baseFee *big.Int, err error) {
	tip, err = m.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("read priority fee: %w", err)
	}
	if m.cfg.MinTipCap != nil && tip.Cmp(m.cfg.MinTipCap) < 0 {
		tip = new(big.Int).Set(m.cfg.MinTipCap)
	}
	head, err := m.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("read head for base fee: %w", err)
	}
	if head.BaseFee == nil {
		return nil, nil, errors.New("head block has no base fee: the chain is not post-London")
	}
	return tip, head.BaseFee, nil
}

func (m *Manager) feeCap(baseFee, tip *big.Int) *big.Int {
	return new(big.Int).Add(new(big.Int).Mul(baseFee, new(big.Int).SetUint64(m.cfg.FeeCapMultiplier)), tip)
}

// bumpThreshold is ceil(x * 110 / 100), and at least x+1.
func bumpThreshold(x *big.Int) *big.Int {
	t := new(big.Int).Mul(x, big.NewInt(110))
	t.Add(t, big.NewInt(99)).Div(t, big.NewInt(100))
	if t.Cmp(x) <= 0 {
		t.Add(x, big.NewInt(1))
	}
	return t
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

// estimateError tells a reverting call (ErrCallReverts, with the decoded revert) from a
// failing node.
func estimateError(err error) error {
	decoded := chain.WithRevert(err)
	var revert *chain.RevertError
	if errors.As(decoded, &revert) || strings.Contains(strings.ToLower(err.Error()), "revert") {
		return fmt.Errorf("estimate gas: %w: %w", ErrCallReverts, decoded)
	}
	return fmt.Errorf("estimate gas: %w", err)
}
