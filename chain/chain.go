// Package chain connects ltvkeeper to an Ethereum node: dialling with errors that say what
// to fix, loading the operator's key without ever showing it, decoding contract reverts, and
// a simple sender for one-off transactions (deployments, development actions).
package chain

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// DevChainIDs are the chain ids of local development chains (Anvil, go-ethereum's simulated
// backend and dev mode).
var DevChainIDs = map[uint64]bool{31337: true, 1337: true}

// Dial connects to url and returns the client and the chain id; the error names the URL as
// ref gave it (the flag, such as --rpc, or its environment variable) and what to try.
func Dial(ctx context.Context, ref, url string) (*ethclient.Client, *big.Int, error) {
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, nil, fmt.Errorf("%s %s: %w (is it an http(s) or ws(s) URL of an Ethereum node?)", ref, url, err)
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, nil, fmt.Errorf("%s %s: %w (is the node running? for a local chain try 'ltvkeeper devnet')", ref, url, err)
	}
	return client, chainID, nil
}

// CheckDeploymentChain is the one check that the node at --rpc, serving chain got, is the
// chain of a deployment on chain want (0: any): nil, or the error that says so and what to do.
func CheckDeploymentChain(want uint64, got *big.Int) error {
	if want == 0 || got.IsUint64() && got.Uint64() == want {
		return nil
	}
	return fmt.Errorf("the deployment is on chain %d but --rpc serves chain %s: point --rpc at chain %d or use that chain's deployment", want, got, want)
}

// ErrNoKey is returned when neither a key file nor LTVKEEPER_PRIVATE_KEY is given.
var ErrNoKey = errors.New("no private key: pass --private-key-file FILE or set LTVKEEPER_PRIVATE_KEY")

// ErrKeyAsPath is returned when a flag that takes a path to a key file is given what looks
// like the key itself. The error never quotes the argument.
var ErrKeyAsPath = errors.New("--private-key-file takes a path to a file holding the key, not the key itself; put the key in a file or set LTVKEEPER_PRIVATE_KEY")

// looksLikeKey reports whether s has the shape of a hex private key (64 hex digits, 0x
// optional), so that it is never echoed in an error.
func looksLikeKey(s string) bool {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s) != 64 {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

// LoadKey reads a hex secp256k1 private key from file, or else from value (the content of
// LTVKEEPER_PRIVATE_KEY). Errors name where the key came from, never the key itself.
func LoadKey(file, value string) (*ecdsa.PrivateKey, error) {
	source := "LTVKEEPER_PRIVATE_KEY"
	if file != "" {
		if looksLikeKey(file) {
			return nil, ErrKeyAsPath
		}
		raw, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("--private-key-file %s: %w", file, err)
		}
		source, value = "--private-key-file "+file, string(raw)
	}
	value = strings.TrimPrefix(strings.TrimSpace(value), "0x")
	if value == "" {
		if file != "" {
			return nil, fmt.Errorf("%s: the file is empty (want 64 hex digits)", source)
		}
		return nil, ErrNoKey
	}
	key, err := crypto.HexToECDSA(value)
	if err != nil {
		// crypto's message can quote the input; never pass it on.
		return nil, fmt.Errorf("%s: not a hex secp256k1 private key (want 64 hex digits, 0x prefix optional)", source)
	}
	return key, nil
}

// LoadKeystore decrypts a go-ethereum keystore file with the password in passwordFile.
// Errors name the files, never their content: a decryption error says what went wrong
// without passing on the keystore library's message, which can quote the file.
func LoadKeystore(file, passwordFile string) (*ecdsa.PrivateKey, error) {
	if looksLikeKey(file) {
		return nil, errors.New("--keystore takes a path to a go-ethereum keystore file, not a key; put the key in a file and pass --private-key-file, or set LTVKEEPER_PRIVATE_KEY")
	}
	if looksLikeKey(passwordFile) {
		return nil, errors.New("--password-file takes a path to a file holding the keystore's password, not a key or a password")
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("--keystore %s: %w", file, err)
	}
	if passwordFile == "" {
		return nil, fmt.Errorf("--keystore %s needs --password-file with its password", file)
	}
	password, err := os.ReadFile(passwordFile)
	if err != nil {
		return nil, fmt.Errorf("--password-file %s: %w", passwordFile, err)
	}
	if !json.Valid(raw) {
		return nil, fmt.Errorf("--keystore %s: not a go-ethereum keystore (JSON) file; for a hex key use --private-key-file", file)
	}
	key, err := keystore.DecryptKey(raw, strings.TrimRight(string(password), "\r\n"))
	switch {
	case errors.Is(err, keystore.ErrDecrypt):
		return nil, fmt.Errorf("--keystore %s: cannot decrypt with the password in %s: %w", file, passwordFile, err)
	case err != nil:
		return nil, fmt.Errorf("--keystore %s: not a readable go-ethereum keystore file (check its version, cipher and kdf fields)", file)
	}
	return key.PrivateKey, nil
}

// Call runs a read-only contract call at block (nil: latest) and unpacks its result; a revert
// comes back decoded.
func Call[T any](ctx context.Context, c ethereum.ContractCaller, to common.Address, data []byte, unpack func([]byte) (T, error), block *big.Int) (T, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	if err != nil {
		var zero T
		return zero, WithRevert(err)
	}
	return unpack(out)
}

// EventID is the id (first topic) of the event name in a binding's ABI; it panics when the
// binding has no such event, a programming error.
func EventID(md *bind.MetaData, name string) common.Hash {
	parsed, err := md.ParseABI()
	if err != nil {
		panic(err)
	}
	ev, ok := parsed.Events[name]
	if !ok {
		panic("binding has no event " + name)
	}
	return ev.ID
}

// codeMethodNotFound is JSON-RPC's error code of a method the node does not serve.
const codeMethodNotFound = -32601

// Simulated is a call run once: what it returned, the gas it needs, and the logs it emitted
// (none from a node without eth_simulateV1).
type Simulated struct {
	Out  []byte
	Gas  uint64
	Logs []*types.Log
}

// Simulate runs msg once at the latest block and returns what it returned, the gas it needs
// and its logs, from one eth_simulateV1. A node without eth_simulateV1 is asked eth_call and
// eth_estimateGas, which runs the call many times over. A revert comes back decoded, as
// WithRevert gives it.
func Simulate(ctx context.Context, c *ethclient.Client, msg ethereum.CallMsg) (Simulated, error) {
	var sim Simulated
	latest := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
	blocks, err := c.SimulateV1(ctx, ethclient.SimulateOptions{BlockStateCalls: []ethclient.SimulateBlock{{Calls: []ethereum.CallMsg{msg}}}}, &latest)
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) && rpcErr.ErrorCode() == codeMethodNotFound {
		if sim.Out, err = c.CallContract(ctx, msg, nil); err != nil {
			return Simulated{}, WithRevert(err)
		}
		sim.Gas, err = c.EstimateGas(ctx, msg)
		return sim, WithRevert(err)
	}
	if err != nil {
		return sim, WithRevert(err)
	}
	if len(blocks) != 1 || len(blocks[0].Calls) != 1 {
		return sim, fmt.Errorf("eth_simulateV1 answered %d blocks for one call", len(blocks))
	}
	r := blocks[0].Calls[0]
	if r.Status != types.ReceiptStatusSuccessful {
		if decoded, ok := DecodeRevert(r.ReturnValue); ok {
			return sim, decoded
		}
		if r.Error != nil {
			if data, derr := hexutil.Decode(r.Error.Data); derr == nil {
				if decoded, ok := DecodeRevert(data); ok {
					return sim, decoded
				}
			}
			return sim, fmt.Errorf("execution reverted: %s", r.Error.Message)
		}
		return sim, errors.New("execution reverted")
	}
	// The gas a transaction needs is the gas it used before refunds, which a node may not
	// report (maxUsedGas): refunds are at most a fifth of it, so a quarter more than the gas
	// used after refunds is always enough.
	return Simulated{Out: r.ReturnValue, Gas: max(r.MaxUsedGas, r.GasUsed+r.GasUsed/4), Logs: r.Logs}, nil
}
