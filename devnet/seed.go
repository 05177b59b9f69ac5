package devnet

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/internal/foundry"
	"github.com/ltvkeeper/ltvkeeper/loanmath"
)

// batchSize is how many JSON-RPC calls go in one HTTP request, and batchBytes about how
// large the request may grow (Anvil refuses a body of a few MiB).
const (
	batchSize  = 200
	batchBytes = 1 << 20
)

var (
	market = bindings.NewLendingMarket()
	erc20  = bindings.NewMockERC20()
	feed   = chainlink.NewAggregatorV3Interface()
	wad    = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
)

// conn is a connection to a devnet's chain: the raw client for Anvil's methods and batches.
type conn struct {
	rpc     *rpc.Client
	eth     *ethclient.Client
	chainID *big.Int
}

func dial(ctx context.Context, rpcURL string) (*conn, error) {
	c, err := rpc.DialContext(ctx, rpcURL)
	if err != nil {
		return nil, fmt.Errorf("--rpc %s: %w", rpcURL, err)
	}
	eth := ethclient.NewClient(c)
	id, err := eth.ChainID(ctx)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("--rpc %s: %w (is the devnet running? start it with 'ltvkeeper devnet')", rpcURL, err)
	}
	if !chain.DevChainIDs[id.Uint64()] {
		c.Close()
		return nil, fmt.Errorf("--rpc %s: chain %s is not a development chain (want 31337 or 1337): the devnet commands only act on local chains", rpcURL, id)
	}
	return &conn{rpc: c, eth: eth, chainID: id}, nil
}

func (c *conn) close() { c.rpc.Close() }

// automine says whether Anvil mines a block per transaction.
func (c *conn) automine(ctx context.Context) (bool, error) {
	var on bool
	if err := c.rpc.CallContext(ctx, &on, "anvil_getAutomine"); err != nil {
		return false, fmt.Errorf("anvil_getAutomine: %w (is this Anvil?)", err)
	}
	return on, nil
}

// signer signs transactions from one key with nonces it counts itself.
type signer struct {
	key    *ecdsa.PrivateKey
	from   common.Address
	nonce  uint64
	signer types.Signer
	tip    *big.Int
	feeCap *big.Int
}

func newSigner(key *ecdsa.PrivateKey, chainID *big.Int, nonce uint64, baseFee *big.Int) *signer {
	tip := big.NewInt(1e9)
	// Four times the base fee survives a run of full blocks (+12.5% each).
	feeCap := new(big.Int).Add(new(big.Int).Mul(baseFee, big.NewInt(4)), tip)
	return &signer{key: key, from: crypto.PubkeyToAddress(key.PublicKey), nonce: nonce,
		signer: types.LatestSignerForChainID(chainID), tip: tip, feeCap: feeCap}
}

func (s *signer) sign(to common.Address, data []byte, gas uint64) (*types.Transaction, error) {
	tx, err := types.SignNewTx(s.key, s.signer, &types.DynamicFeeTx{
		ChainID: s.signer.ChainID(), Nonce: s.nonce, GasTipCap: s.tip, GasFeeCap: s.feeCap,
		Gas: gas, To: &to, Data: data,
	})
	if err != nil {
		return nil, err
	}
	s.nonce++
	return tx, nil
}

func (c *conn) baseFee(ctx context.Context) (*big.Int, error) {
	head, err := c.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read the head: %w", err)
	}
	if head.BaseFee == nil {
		return big.NewInt(1e9), nil
	}
	return head.BaseFee, nil
}

// sendAll sends signed transactions in batches of at most batchSize transactions and
// batchBytes bytes, in order.
func (c *conn) sendAll(ctx context.Context, txs []*types.Transaction, progress func(sent int)) error {
	var (
		elems []rpc.BatchElem
		chunk []*types.Transaction
		size  int
		sent  int
	)
	flush := func() error {
		if len(elems) == 0 {
			return nil
		}
		if err := c.rpc.BatchCallContext(ctx, elems); err != nil {
			return fmt.Errorf("send transactions: %w", err)
		}
		for j, e := range elems {
			if e.Error != nil {
				return fmt.Errorf("send tx %s (nonce %d): %w", chunk[j].Hash(), chunk[j].Nonce(), e.Error)
			}
		}
		sent += len(elems)
		if progress != nil {
			progress(sent)
		}
		elems, chunk, size = elems[:0], chunk[:0], 0
		return nil
	}
	for _, tx := range txs {
		raw, err := tx.MarshalBinary()
		if err != nil {
			return err
		}
		if len(elems) == batchSize || (len(elems) > 0 && size+2*len(raw) > batchBytes) {
			if err := flush(); err != nil {
				return err
			}
		}
		elems = append(elems, rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(raw)}, Result: new(common.Hash)})
		chunk = append(chunk, tx)
		size += 2 * len(raw) // hex
	}
	return flush()
}

// waitAll waits until every transaction is mined (with mine, mining blocks itself when
// Anvil does not automine) and returns an error naming the first that failed, with its
// revert decoded.
func (c *conn) waitAll(ctx context.Context, txs []*types.Transaction, from func(*types.Transaction) common.Address, mine bool) error {
	automine, err := c.automine(ctx)
	if err != nil {
		return err
	}
	pending := txs
	delay := 10 * time.Millisecond
	for len(pending) > 0 {
		var still []*types.Transaction
		for i := 0; i < len(pending); i += batchSize {
			chunk := pending[i:min(i+batchSize, len(pending))]
			receipts := make([]*types.Receipt, len(chunk))
			elems := make([]rpc.BatchElem, len(chunk))
			for j, tx := range chunk {
				elems[j] = rpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{tx.Hash()}, Result: &receipts[j]}
			}
			if err := c.rpc.BatchCallContext(ctx, elems); err != nil {
				return fmt.Errorf("read receipts: %w", err)
			}
			for j, e := range elems {
				switch {
				case e.Error != nil:
					return fmt.Errorf("receipt of tx %s: %w", chunk[j].Hash(), e.Error)
				case receipts[j] == nil:
					still = append(still, chunk[j])
				case receipts[j].Status != types.ReceiptStatusSuccessful:
					return c.failed(ctx, chunk[j], from(chunk[j]), receipts[j])
				}
			}
		}
		if pending = still; len(pending) == 0 {
			break
		}
		if mine && !automine {
			if err := c.rpc.CallContext(ctx, nil, "evm_mine"); err != nil {
				return fmt.Errorf("evm_mine: %w", err)
			}
			continue
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for %d transactions: %w", len(pending), ctx.Err())
		case <-time.After(delay):
		}
		delay = min(2*delay, time.Second)
	}
	return nil
}

// failed explains a failed transaction by replaying it on the block it failed in.
func (c *conn) failed(ctx context.Context, tx *types.Transaction, from common.Address, r *types.Receipt) error {
	_, err := c.eth.CallContract(ctx, ethereum.CallMsg{From: from, To: tx.To(), Data: tx.Data(), Gas: tx.Gas()}, r.BlockNumber)
	if err == nil {
		return fmt.Errorf("tx %s from %s failed (gas used %d of %d)", tx.Hash(), from, r.GasUsed, tx.Gas())
	}
	return fmt.Errorf("tx %s from %s reverted: %w", tx.Hash(), from, chain.WithRevert(err))
}

// marketView is what seeding reads from a market.
type marketView struct {
	price, maxLTV, liquidity *big.Int
	scale                    loanmath.Scale
}

func readMarket(ctx context.Context, c *ethclient.Client, m deploy.Market) (*marketView, error) {
	var v marketView
	var err error
	if v.price, err = chain.Call(ctx, c, m.Market, market.PackCollateralPrice(), market.UnpackCollateralPrice, nil); err != nil {
		return nil, fmt.Errorf("market %s: price: %w (post a fresh one with 'ltvkeeper devnet price --change 0%%')", m.Market, err)
	}
	if v.maxLTV, err = chain.Call(ctx, c, m.Market, market.PackMaxBorrowLtv(), market.UnpackMaxBorrowLtv, nil); err != nil {
		return nil, fmt.Errorf("market %s: maxBorrowLtv: %w", m.Market, err)
	}
	if v.liquidity, err = chain.Call(ctx, c, m.Market, market.PackLiquidity(), market.UnpackLiquidity, nil); err != nil {
		return nil, fmt.Errorf("market %s: liquidity: %w", m.Market, err)
	}
	mul, err := chain.Call(ctx, c, m.Market, market.PackValueMul(), market.UnpackValueMul, nil)
	if err != nil {
		return nil, fmt.Errorf("market %s: valueMul: %w", m.Market, err)
	}
	div, err := chain.Call(ctx, c, m.Market, market.PackValueDiv(), market.UnpackValueDiv, nil)
	if err != nil {
		return nil, fmt.Errorf("market %s: valueDiv: %w", m.Market, err)
	}
	v.scale = loanmath.Scale{ValueMul: uint256.MustFromBig(mul), ValueDiv: uint256.MustFromBig(div)}
	return &v, nil
}

// checkSeed checks a seed's borrower count and LTV range.
func checkSeed(n int, ltvMin, ltvMax float64) error {
	if n < 0 {
		return fmt.Errorf("borrowers %d: want 0 or more", n)
	}
	if !(0 <= ltvMin && ltvMin <= ltvMax) {
		return fmt.Errorf("LTV range %g-%g: want 0 <= min <= max", ltvMin, ltvMax)
	}
	return nil
}

// Seed opens n positions in the deployment's first market through a SeedBatch contract,
// hundreds per transaction: each borrower deposits 0.05 to 2 WBTC (minted from the mock
// token, in two deposits) and borrows at an LTV drawn uniformly from [ltvMin, ltvMax] at the
// current price, three market events each. When the market lacks the USDC to lend, the
// devnet's lender supplies it first. It returns the borrowers (contracts without functions).
func Seed(ctx context.Context, rpcURL string, dep *deploy.Deployment, n int, ltvMin, ltvMax float64, log *slog.Logger) ([]common.Address, error) {
	if err := checkSeed(n, ltvMin, ltvMax); err != nil {
		return nil, err
	}
	log = cmp.Or(log, slog.Default())
	c, err := dial(ctx, rpcURL)
	if err != nil {
		return nil, err
	}
	defer c.close()
	if len(dep.Markets) == 0 {
		return nil, errors.New("the deployment has no ltvkeeper market to open borrowers in: it holds Morpho Blue alone (devnet --protocol morpho), whose demo borrowers it opened at the start")
	}
	m := dep.Markets[0]
	view, err := readMarket(ctx, c.eth, m)
	if err != nil {
		return nil, err
	}
	maxWad := toWad(ltvMax)
	if maxWad.Cmp(view.maxLTV) > 0 {
		return nil, fmt.Errorf("LTV range %g-%g: the market lends up to %s LTV (maxBorrowLtv), so a borrow above it reverts: lower the range's top to at most %s",
			ltvMin, ltvMax, fmtWad(view.maxLTV), fmtWad(view.maxLTV))
	}
	start := time.Now()

	// Draw the positions.
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 0x5eed))
	price := uint256.MustFromBig(view.price)
	collaterals, debts := make([]*big.Int, n), make([]*big.Int, n)
	totalDebt := new(big.Int)
	for i := range n {
		collateral := big.NewInt(5_000_000 + rng.Int64N(195_000_001)) // 0.05 to 2 WBTC
		value, err := loanmath.CollateralValue(uint256.MustFromBig(collateral), price, view.scale)
		if err != nil {
			return nil, err
		}
		ltv := toWad(ltvMin + rng.Float64()*(ltvMax-ltvMin))
		if ltv.Cmp(maxWad) > 0 {
			ltv = maxWad
		}
		atLTV, err := loanmath.DebtAtLTV(value, uint256.MustFromBig(ltv))
		if err != nil {
			return nil, err
		}
		debt := atLTV.ToBig()
		// Two units below the line: rounding the new borrow shares up must not cross it.
		if debt.Sub(debt, big.NewInt(2)); debt.Sign() < 0 {
			debt.SetInt64(0)
		}
		collaterals[i], debts[i] = collateral, debt
		totalDebt.Add(totalDebt, debt)
	}
	if totalDebt.Cmp(view.liquidity) > 0 {
		need := new(big.Int).Sub(totalDebt, view.liquidity)
		need.Add(need, big.NewInt(1_000e6))
		log.Info("supplying the USDC the new borrowers need", "lender", address(lenderKey), "usdc", need)
		if err := supply(ctx, chain.NewSender(c.eth, foundry.AnvilKey(lenderKey), c.chainID), m, need); err != nil {
			return nil, err
		}
	}
	borrowers, err := openMany(ctx, c, lendingMarketSeeder(m.Market), collaterals, debts, log)
	if err != nil {
		return nil, fmt.Errorf("seed borrowers: %w", err)
	}
	log.Info("seeded borrowers", "borrowers", n, "ltv", fmt.Sprintf("%g-%g", ltvMin, ltvMax),
		"usdc", totalDebt, "took", time.Since(start).Round(time.Millisecond))
	return borrowers, nil
}

// toWad converts a fraction (0.5) to a WAD (5e17), to the nearest 1e-9.
func toWad(f float64) *big.Int {
	return new(big.Int).Mul(big.NewInt(int64(f*1e9+0.5)), big.NewInt(1e9))
}

// fmtWad prints a WAD fraction as a percentage: 5e17 is "50%".
func fmtWad(v *big.Int) string {
	f, _ := new(big.Rat).SetFrac(v, wad).Float64()
	return fmt.Sprintf("%g%%", f*100)
}
