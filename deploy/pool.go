package deploy

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/uniswap"
	"github.com/ltvkeeper/ltvkeeper/chain"
)

// The development pool: Uniswap v3's 0.3% tier, as mainnet's deepest WBTC/USDC pool.
const (
	PoolFee         = 3000 // hundredths of a basis point: 0.3%
	poolTickSpacing = 60   // the factory's spacing for PoolFee
	maxTick         = 887272
)

// Uniswap v3's bounds of a pool's price (TickMath.MIN_SQRT_RATIO, MAX_SQRT_RATIO): a price
// must lie in [MinSqrtRatio, MaxSqrtRatio).
var (
	MinSqrtRatio = big.NewInt(4295128739)
	MaxSqrtRatio = mustBig("1461446703485210103287083252201759087853742009223")
)

// PoolBand is one position of the development pool's liquidity: from the feed price divided by
// 1+Percent/100 to the price times it (rounded outwards to the pool's tick spacing), worth
// about Dollars at the feed price. Percent 0 is the full range.
type PoolBand struct {
	Percent int64
	Dollars int64
}

// DevPoolBands is the development pool's liquidity, shaped as a mainnet pool's: most of it
// near the price, some farther out, a little everywhere. About $22M in all; a sale of WBTC
// worth $1M moves the price about 0.35% (plus the 0.3% fee), $5M about 1.7%, and $10M, which
// empties the ±2% band, about 9%.
var DevPoolBands = []PoolBand{
	{Percent: 2, Dollars: 10_000_000},
	{Percent: 10, Dollars: 10_000_000},
	{Percent: 0, Dollars: 2_000_000},
}

// Pool is a development market's Uniswap v3 pool of its collateral and loan tokens.
type Pool struct {
	Factory common.Address // the UniswapV3Factory
	Pool    common.Address // the UniswapV3Pool
	Actor   common.Address // the DevPool that provides its liquidity and moves its price
}

// PoolTokens says how a Uniswap v3 pool orders and scales a market's two tokens.
type PoolTokens struct {
	Collateral, Loan                 common.Address
	CollateralDecimals, LoanDecimals uint8
}

// ReadPoolTokens reads the decimals of the two tokens.
func ReadPoolTokens(ctx context.Context, c ethereum.ContractCaller, collateral, loan common.Address) (PoolTokens, error) {
	t := PoolTokens{Collateral: collateral, Loan: loan}
	erc20 := bindings.NewIERC20Metadata()
	var err error
	if t.CollateralDecimals, err = chain.Call(ctx, c, collateral, erc20.PackDecimals(), erc20.UnpackDecimals, nil); err != nil {
		return t, fmt.Errorf("read decimals of collateral token %s: %w", collateral, err)
	}
	if t.LoanDecimals, err = chain.Call(ctx, c, loan, erc20.PackDecimals(), erc20.UnpackDecimals, nil); err != nil {
		return t, fmt.Errorf("read decimals of loan token %s: %w", loan, err)
	}
	return t, nil
}

// CollateralIsToken0 says whether the pool's token0 (the lower address) is the collateral.
func (t PoolTokens) CollateralIsToken0() bool {
	return bytes.Compare(t.Collateral[:], t.Loan[:]) < 0
}

// SqrtPriceX96 is the pool price of a collateral price (loan token per collateral token, with
// priceDecimals, as a feed answers): the square root of token1 per token0 in base units, as a
// Q64.96, rounded down exactly (the pool's own representation). A price outside what a pool
// can hold is an error.
func (t PoolTokens) SqrtPriceX96(price *big.Int, priceDecimals uint8) (*big.Int, error) {
	if price == nil || price.Sign() <= 0 {
		return nil, fmt.Errorf("pool price of %v: want a positive price", price)
	}
	// One whole collateral token is worth price/10^priceDecimals whole loan tokens: in base
	// units, loan per collateral = price * 10^loanDecimals / 10^(priceDecimals+collateralDecimals).
	num := new(big.Int).Mul(price, pow10(t.LoanDecimals))
	den := pow10(priceDecimals + t.CollateralDecimals)
	if !t.CollateralIsToken0() {
		num, den = den, num
	}
	// floor(sqrt(floor(x))) = floor(sqrt(x)), so one integer division loses nothing.
	x := new(big.Int).Lsh(num, 192)
	s := x.Quo(x, den).Sqrt(x)
	if s.Cmp(MinSqrtRatio) < 0 || s.Cmp(MaxSqrtRatio) >= 0 {
		return nil, fmt.Errorf("price %s (%d decimals) is beyond what a Uniswap v3 pool of these tokens can hold: give a price within its range", price, priceDecimals)
	}
	return s, nil
}

// DeployPool deploys Uniswap v3's factory as its npm package publishes it, creates the pool of
// collateral and loan (PoolFee), initializes it at price (a feed answer with DevFeedDecimals:
// loan token per collateral token) and adds bands of liquidity around that price (nil:
// DevPoolBands) through a DevPool owned by s, which also moves the pool's price later
// (Market.MovePool). The tokens must be MockERC20s: DevPool mints what the pool asks for.
func DeployPool(ctx context.Context, s *chain.Sender, collateral, loan common.Address, price *big.Int, bands []PoolBand) (Pool, error) {
	if bands == nil {
		bands = DevPoolBands
	}
	var p Pool
	tokens, err := ReadPoolTokens(ctx, s.Client, collateral, loan)
	if err != nil {
		return p, err
	}
	sqrtPrice, err := tokens.SqrtPriceX96(price, DevFeedDecimals)
	if err != nil {
		return p, err
	}
	if p.Factory, _, err = s.Deploy(ctx, uniswap.UniswapV3FactoryMetaData.Bin, nil); err != nil {
		return p, fmt.Errorf("deploy UniswapV3Factory: %w", err)
	}
	factory := uniswap.NewUniswapV3Factory()
	receipt, err := s.Transact(ctx, p.Factory, factory.PackCreatePool(collateral, loan, big.NewInt(PoolFee)))
	if err != nil {
		return p, fmt.Errorf("create the Uniswap v3 pool: %w", err)
	}
	created, err := eventIn(receipt, "createPool", "PoolCreated", factory.UnpackPoolCreatedEvent)
	if err != nil {
		return p, err
	}
	p.Pool = created.Pool
	pool := uniswap.NewUniswapV3Pool()
	if _, err := s.Transact(ctx, p.Pool, pool.PackInitialize(sqrtPrice)); err != nil {
		return p, fmt.Errorf("initialize pool %s at %s: %w", p.Pool, sqrtPrice, err)
	}
	actor := bindings.NewDevPool()
	if p.Actor, _, err = s.Deploy(ctx, bindings.DevPoolMetaData.Bin, actor.PackConstructor(p.Pool)); err != nil {
		return p, fmt.Errorf("deploy DevPool: %w", err)
	}
	slot0, err := chain.Call(ctx, s.Client, p.Pool, pool.PackSlot0(), pool.UnpackSlot0, nil)
	if err != nil {
		return p, fmt.Errorf("read slot0 of pool %s: %w", p.Pool, err)
	}
	for _, b := range bands {
		lower, upper, liquidity, err := b.position(tokens, slot0.SqrtPriceX96, int(slot0.Tick.Int64()))
		if err != nil {
			return p, err
		}
		if _, err := s.Transact(ctx, p.Actor, actor.PackAddLiquidity(big.NewInt(int64(lower)), big.NewInt(int64(upper)), liquidity)); err != nil {
			return p, fmt.Errorf("add liquidity ±%d%% to pool %s: %w", b.Percent, p.Pool, err)
		}
	}
	return p, nil
}

// position is the band's ticks and liquidity at the pool's current price. The band's shape is
// a choice, computed in floating point; the pool computes the exact token amounts it takes.
func (b PoolBand) position(t PoolTokens, sqrtPriceX96 *big.Int, tick int) (lower, upper int, liquidity *big.Int, err error) {
	if b.Percent < 0 || b.Dollars <= 0 {
		return 0, 0, nil, fmt.Errorf("pool band ±%d%% worth $%d: want a percentage of 0 (full range) or more, and a positive worth", b.Percent, b.Dollars)
	}
	full := maxTick / poolTickSpacing * poolTickSpacing
	lower, upper = -full, full
	if b.Percent > 0 {
		w := int(math.Ceil(math.Log1p(float64(b.Percent)/100) / math.Log(1.0001)))
		lower = max(floorTo(tick-w, poolTickSpacing), -full)
		upper = min(floorTo(tick+w, poolTickSpacing)+poolTickSpacing, full)
	}
	sp, _ := new(big.Float).Quo(new(big.Float).SetInt(sqrtPriceX96), new(big.Float).SetMantExp(big.NewFloat(1), 96)).Float64()
	sa, sb := math.Pow(1.0001, float64(lower)/2), math.Pow(1.0001, float64(upper)/2)
	// Per unit of liquidity the band holds sp-sa of token1 and 1/sp-1/sb of token0, which is
	// worth (1/sp-1/sb)*sp² of token1.
	perUnit := (sp - sa) + (1/sp-1/sb)*sp*sp
	// The band's worth in token1's base units.
	worth := float64(b.Dollars) * math.Pow(10, float64(t.LoanDecimals))
	if !t.CollateralIsToken0() { // token1 is the collateral: dollars in loan units times its price
		worth *= sp * sp
	}
	l, _ := big.NewFloat(worth / perUnit).Int(nil)
	if l.Sign() <= 0 || l.BitLen() > 128 {
		return 0, 0, nil, fmt.Errorf("pool band ±%d%% worth $%d: liquidity %s does not fit a position (uint128): choose another worth", b.Percent, b.Dollars, l)
	}
	return lower, upper, l, nil
}

// floorTo rounds v down to a multiple of step.
func floorTo(v, step int) int {
	q := v / step
	if v%step != 0 && v < 0 {
		q--
	}
	return q * step
}

// AddPoolBand adds band to the market's development pool centred on price (a feed answer
// with DevFeedDecimals), not on the pool's current price: liquidity that waits where a price
// is going, as real liquidity providers keep some below and above the price. It is sent from
// s, the DevPool's owner. The market must have a PoolActor.
func (m Market) AddPoolBand(ctx context.Context, s *chain.Sender, price *big.Int, band PoolBand) error {
	if m.PoolActor == nil {
		return fmt.Errorf("market %s has no development pool to add liquidity to", m.Name)
	}
	t, err := ReadPoolTokens(ctx, s.Client, m.CollateralToken, m.LoanToken)
	if err != nil {
		return err
	}
	sqrtPrice, err := t.SqrtPriceX96(price, DevFeedDecimals)
	if err != nil {
		return err
	}
	sp, _ := new(big.Float).Quo(new(big.Float).SetInt(sqrtPrice), new(big.Float).SetMantExp(big.NewFloat(1), 96)).Float64()
	tick := int(math.Floor(2 * math.Log(sp) / math.Log(1.0001)))
	lower, upper, liquidity, err := band.position(t, sqrtPrice, tick)
	if err != nil {
		return err
	}
	if _, err := s.Transact(ctx, *m.PoolActor, bindings.NewDevPool().PackAddLiquidity(big.NewInt(int64(lower)), big.NewInt(int64(upper)), liquidity)); err != nil {
		return fmt.Errorf("add liquidity ±%d%% around %s to pool %s: %w", band.Percent, price, *m.Pool, err)
	}
	return nil
}

// MovePoolCall is the call that moves the market's pool to price (a feed answer with
// priceDecimals): DevPool.moveTo, which only the DevPool's owner may send. The market must
// have a PoolActor.
func (m Market) MovePoolCall(t PoolTokens, price *big.Int, priceDecimals uint8) (to common.Address, data []byte, err error) {
	if m.PoolActor == nil {
		return common.Address{}, nil, fmt.Errorf("market %s has no development pool to move", m.Name)
	}
	sqrtPrice, err := t.SqrtPriceX96(price, priceDecimals)
	if err != nil {
		return common.Address{}, nil, err
	}
	return *m.PoolActor, bindings.NewDevPool().PackMoveTo(sqrtPrice), nil
}

// MovePool is the arbitrage that follows a development price: it moves the market's pool to
// price (a feed answer with DevFeedDecimals) from s, the DevPool's owner, and returns the
// receipt. A market without a pool has nothing to move: nil, nil.
func (m Market) MovePool(ctx context.Context, s *chain.Sender, price *big.Int) (*types.Receipt, error) {
	if m.PoolActor == nil {
		return nil, nil
	}
	t, err := ReadPoolTokens(ctx, s.Client, m.CollateralToken, m.LoanToken)
	if err != nil {
		return nil, err
	}
	to, data, err := m.MovePoolCall(t, price, DevFeedDecimals)
	if err != nil {
		return nil, err
	}
	receipt, err := s.Transact(ctx, to, data)
	if err != nil {
		return nil, fmt.Errorf("move pool %s to price %s: %w", to, price, err)
	}
	return receipt, nil
}

func pow10(n uint8) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

func mustBig(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad integer " + s)
	}
	return v
}

// MovePoolCall is the call that moves the Morpho market's development pool to price, as
// Market.MovePoolCall does for a market of ltvkeeper's. The market must have a PoolActor.
func (m MorphoMarket) MovePoolCall(t PoolTokens, price *big.Int, priceDecimals uint8) (to common.Address, data []byte, err error) {
	return Market{Name: m.Name, PoolActor: m.PoolActor}.MovePoolCall(t, price, priceDecimals)
}
