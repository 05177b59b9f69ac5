package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Sender sends transactions from one key one at a time and waits for each receipt. It is
// for deployments and development actions; the keeper sends through its transaction manager.
type Sender struct {
	Client *ethclient.Client
	From   common.Address
	opts   *bind.TransactOpts
}

// NewSender returns a sender for key on the chain with chainID.
func NewSender(client *ethclient.Client, key *ecdsa.PrivateKey, chainID *big.Int) *Sender {
	return &Sender{Client: client, From: crypto.PubkeyToAddress(key.PublicKey), opts: bind.NewKeyedTransactor(key, chainID)}
}

// Transact sends data to the contract at to and waits until it is mined successfully.
func (s *Sender) Transact(ctx context.Context, to common.Address, data []byte) (*types.Receipt, error) {
	opts := *s.opts
	opts.Context = ctx
	gas, err := s.Client.EstimateGas(ctx, ethereum.CallMsg{From: s.From, To: &to, Data: data})
	if err != nil {
		return nil, s.explain(ctx, err)
	}
	// Headroom for state that changes between the estimate and inclusion (a time jump makes
	// the next block accrue interest the estimate did not).
	opts.GasLimit = gas + gas/2 + 25_000
	tx, err := bind.Transact(bind.NewBoundContract(to, abi.ABI{}, s.Client, s.Client, s.Client), &opts, data)
	if err != nil {
		return nil, s.explain(ctx, err)
	}
	return s.wait(ctx, tx, ethereum.CallMsg{From: s.From, To: &to, Data: data})
}

// Deploy deploys bytecode with the packed constructor input and waits for it.
func (s *Sender) Deploy(ctx context.Context, bin string, input []byte) (common.Address, *types.Receipt, error) {
	opts := *s.opts
	opts.Context = ctx
	code := common.FromHex(bin)
	addr, tx, err := bind.DeployContract(&opts, code, s.Client, input)
	if err != nil {
		return common.Address{}, nil, s.explain(ctx, err)
	}
	receipt, err := s.wait(ctx, tx, ethereum.CallMsg{From: s.From, Data: append(code, input...)})
	return addr, receipt, err
}

func (s *Sender) wait(ctx context.Context, tx *types.Transaction, call ethereum.CallMsg) (*types.Receipt, error) {
	receipt, err := WaitReceipt(ctx, s.Client, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("wait for tx %s: %w", tx.Hash(), err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		// Replay the call on the block it failed in to learn the revert reason.
		_, callErr := s.Client.CallContract(ctx, call, receipt.BlockNumber)
		if callErr == nil {
			return receipt, fmt.Errorf("tx %s failed (gas used %d of %d; the same call succeeds now)", tx.Hash(), receipt.GasUsed, tx.Gas())
		}
		return receipt, fmt.Errorf("tx %s reverted: %w", tx.Hash(), WithRevert(callErr))
	}
	return receipt, nil
}

// explain turns a send error into one that says what to do.
func (s *Sender) explain(ctx context.Context, err error) error {
	// Nodes say "insufficient funds"; Anvil's gas estimate says "exceeds allowance: 0".
	if msg := err.Error(); strings.Contains(msg, "insufficient funds") || strings.Contains(msg, "exceeds allowance") {
		balance, balErr := s.Client.BalanceAt(ctx, s.From, nil)
		if balErr == nil {
			return fmt.Errorf("account %s cannot pay for gas (balance %s wei): fund it, or use another key", s.From, balance)
		}
	}
	decoded := WithRevert(err)
	var revert *RevertError
	if errors.As(decoded, &revert) {
		return decoded
	}
	return err
}

// WaitReceipt polls for the receipt of hash until it exists or ctx ends, starting at 20 ms
// and backing off to 1 s, so that a local chain's instant blocks cost milliseconds.
func WaitReceipt(ctx context.Context, c ethereum.TransactionReader, hash common.Hash) (*types.Receipt, error) {
	delay := 20 * time.Millisecond
	for {
		receipt, err := c.TransactionReceipt(ctx, hash)
		if err == nil {
			return receipt, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(delay):
		}
		delay = min(2*delay, time.Second)
	}
}
