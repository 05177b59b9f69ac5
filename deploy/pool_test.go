package deploy

import (
	"context"
	"io"
	"log/slog"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/uniswap"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
)

var (
	low  = common.HexToAddress("0x1000000000000000000000000000000000000001")
	high = common.HexToAddress("0xf000000000000000000000000000000000000001")
)

// TestSqrtPriceX96 checks the pool price of a feed price for both orders of the tokens: the
// floor of the square root, exactly (s² ≤ P·2^192 < (s+1)²).
func TestSqrtPriceX96(t *testing.T) {
	q192 := new(big.Int).Lsh(big.NewInt(1), 192)
	for _, tt := range []struct {
		name     string
		tokens   PoolTokens
		price    *big.Int
		num, den *big.Int // P = token1 per token0 in base units = num/den
	}{
		// $60,000 a BTC: 60,000e6 USDC units for 1e8 WBTC units, 600 a unit.
		{"WBTC token0", PoolTokens{low, high, 8, 6}, big.NewInt(60_000e8), big.NewInt(600), big.NewInt(1)},
		{"WBTC token1", PoolTokens{high, low, 8, 6}, big.NewInt(60_000e8), big.NewInt(1), big.NewInt(600)},
		{"odd price", PoolTokens{low, high, 8, 6}, big.NewInt(61_234_56789012), big.NewInt(61_234_56789012), big.NewInt(1e10)},
		{"18-decimal collateral", PoolTokens{high, low, 18, 6}, big.NewInt(3_000e8), big.NewInt(1e12), big.NewInt(3_000)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, err := tt.tokens.SqrtPriceX96(tt.price, 8)
			if err != nil {
				t.Fatal(err)
			}
			target := new(big.Int).Mul(tt.num, q192) // P·2^192·den
			sq := new(big.Int).Mul(s, s)
			next := new(big.Int).Add(s, big.NewInt(1))
			next.Mul(next, next)
			if sq.Mul(sq, tt.den).Cmp(target) > 0 || next.Mul(next, tt.den).Cmp(target) <= 0 {
				t.Fatalf("SqrtPriceX96 = %s: not the floor of sqrt(%s/%s · 2^192)", s, tt.num, tt.den)
			}
		})
	}
	for _, tt := range []struct {
		name  string
		price *big.Int
		want  string
	}{
		{"zero", big.NewInt(0), "want a positive price"},
		{"nil", nil, "want a positive price"},
		{"beyond the pool's range", new(big.Int).Lsh(big.NewInt(1), 200), "beyond what a Uniswap v3 pool of these tokens can hold"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := (PoolTokens{low, high, 8, 6}).SqrtPriceX96(tt.price, 8); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("SqrtPriceX96(%v) = %v, want %q", tt.price, err, tt.want)
			}
		})
	}
}

// feedTick is the pool tick of a feed price (8 decimals) computed apart from the code under
// test: floor(log_1.0001(P)) with P token1 per token0 in base units.
func feedTick(tokens PoolTokens, price *big.Int) float64 {
	p, _ := new(big.Float).SetInt(price).Float64()
	p = p / 1e8 * math.Pow(10, float64(tokens.LoanDecimals)-float64(tokens.CollateralDecimals))
	if !tokens.CollateralIsToken0() {
		p = 1 / p
	}
	return math.Log(p) / math.Log(1.0001)
}

// poolState reads a pool's slot0 and in-range liquidity.
func poolState(t *testing.T, c *anviltest.Anvil, pool common.Address) (uniswap.Slot0Output, *big.Int) {
	t.Helper()
	p := uniswap.NewUniswapV3Pool()
	return anviltest.Call(t, c.Client, pool, p.PackSlot0(), p.UnpackSlot0, nil),
		anviltest.Call(t, c.Client, pool, p.PackLiquidity(), p.UnpackLiquidity, nil)
}

// checkAtPrice fails unless the pool's slot0 is exactly the pool price of price and its tick
// that of the price.
func checkAtPrice(t *testing.T, a *anviltest.Anvil, pool common.Address, tokens PoolTokens, price *big.Int) {
	t.Helper()
	slot0, liquidity := poolState(t, a, pool)
	want, err := tokens.SqrtPriceX96(price, 8)
	if err != nil {
		t.Fatal(err)
	}
	if slot0.SqrtPriceX96.Cmp(want) != 0 {
		t.Fatalf("pool %s: slot0 sqrtPriceX96 %s, want %s (price %s)", pool, slot0.SqrtPriceX96, want, price)
	}
	if tick, exact := slot0.Tick.Int64(), feedTick(tokens, price); math.Abs(float64(tick)-math.Floor(exact)) > 1 {
		t.Fatalf("pool %s: tick %d, want within one tick of %.3f (price %s)", pool, tick, exact, price)
	}
	if liquidity.Sign() <= 0 {
		t.Fatalf("pool %s has no liquidity at its price", pool)
	}
}

// TestDeployPool deploys the real Uniswap v3 factory and a pool for both orders of the tokens:
// slot0 is exactly SqrtPriceX96 of the price, the tick that of the price; MovePool moves the
// pool to a new price exactly; a sale of WBTC moves the price more the larger it is, about as
// DevPoolBands says.
func TestDeployPool(t *testing.T) {
	ctx := context.Background()
	a := anviltest.Start(t)
	s := a.Sender(0)
	usdc := mockToken(t, s, "USD Coin", "USDC", 6)
	// New WBTCs until there is one on each side of USDC.
	var wbtcs []common.Address
	for below, above := false, false; !below || !above; {
		w := mockToken(t, s, "Wrapped BTC", "WBTC", 8)
		if tokens := (PoolTokens{Collateral: w, Loan: usdc}); tokens.CollateralIsToken0() && !below || !tokens.CollateralIsToken0() && !above {
			wbtcs = append(wbtcs, w)
			below, above = below || tokens.CollateralIsToken0(), above || !tokens.CollateralIsToken0()
		}
	}
	price := big.NewInt(60_000e8)
	for _, wbtc := range wbtcs {
		tokens := PoolTokens{wbtc, usdc, 8, 6}
		p, err := DeployPool(ctx, s, wbtc, usdc, price, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkAtPrice(t, a, p.Pool, tokens, price)

		// A WBTC sale of $100k, $1M and $10M, quoted by a static call of DevPool.swap.
		actor := bindings.NewDevPool()
		var impacts []float64
		for _, btc := range []int64{1, 16, 166} {
			raw, err := a.Client.CallContract(ctx, ethereum.CallMsg{From: s.From, To: &p.Actor, Data: actor.PackSwap(tokens.CollateralIsToken0(), big.NewInt(btc*1e8))}, nil)
			if err != nil {
				t.Fatal(err)
			}
			out, err := actor.UnpackSwap(raw)
			if err != nil {
				t.Fatal(err)
			}
			before, _ := new(big.Float).SetInt(mustSqrt(t, tokens, price)).Float64()
			after, _ := new(big.Float).SetInt(out.SqrtPriceX96After).Float64()
			impact := 1 - (after/before)*(after/before) // token1 per token0 fell (WBTC token0)
			if !tokens.CollateralIsToken0() {
				impact = 1 - (before/after)*(before/after)
			}
			impacts = append(impacts, impact)
		}
		t.Logf("WBTC token0 %v: a sale of 1, 16 and 166 BTC moves the price %.3f%%, %.3f%%, %.3f%%", tokens.CollateralIsToken0(), 100*impacts[0], 100*impacts[1], 100*impacts[2])
		if !(0 < impacts[0] && impacts[0] < impacts[1] && impacts[1] < impacts[2]) {
			t.Fatalf("impacts %v: want positive and growing with the size", impacts)
		}
		// About $1M: 0.2% to 0.6%; about $10M: past the ±2% band.
		if impacts[1] < 0.002 || impacts[1] > 0.006 || impacts[2] < 0.04 || impacts[2] > 0.2 {
			t.Fatalf("impacts %v: want about 0.35%% for $1M and 4-20%% for $10M", impacts)
		}

		m := Market{Name: "WBTC/USDC", CollateralToken: wbtc, LoanToken: usdc, Pool: &p.Pool, PoolActor: &p.Actor}
		for _, moved := range []*big.Int{big.NewInt(48_000e8), big.NewInt(75_000_12345678), price} {
			if _, err := m.MovePool(ctx, s, moved); err != nil {
				t.Fatal(err)
			}
			checkAtPrice(t, a, p.Pool, tokens, moved)
		}
		if _, err := m.MovePool(ctx, s, price); err != nil {
			t.Fatalf("MovePool to the price it is at: %v, want nothing to happen", err)
		}
		// Only the DevPool's owner moves the pool.
		other := a.Sender(4)
		if _, err := m.MovePool(ctx, other, big.NewInt(50_000e8)); err == nil || !strings.Contains(err.Error(), "NotTheOwner") {
			t.Fatalf("MovePool from another account: %v, want NotTheOwner", err)
		}
	}
}

func mustSqrt(t *testing.T, tokens PoolTokens, price *big.Int) *big.Int {
	t.Helper()
	s, err := tokens.SqrtPriceX96(price, 8)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestDeployDevPool: a Dev deployment names its pool and DevPool, which FeedOwner (or with no
// FeedOwner the deployer) owns, and the pool is at the feed's price.
func TestDeployDevPool(t *testing.T) {
	ctx := context.Background()
	a := anviltest.Start(t)
	s := a.Sender(0)
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	owner := a.Sender(2)
	for _, tt := range []struct {
		name      string
		cfg       Config
		poolOwner common.Address
	}{
		{"development feed", Config{Dev: true, BTCPrice: big.NewInt(60_000e8), Liquidity: big.NewInt(0), FeedOwner: anviltest.Key(2)}, owner.From},
		{"mock feed", Config{Dev: true, MockFeed: true, BTCPrice: big.NewInt(100_000e8), Liquidity: big.NewInt(0)}, s.From},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Deploy(ctx, s, a.ChainID, tt.cfg, quiet)
			if err != nil {
				t.Fatal(err)
			}
			m := d.Markets[0]
			if m.Pool == nil || m.PoolActor == nil {
				t.Fatalf("market %+v names no pool or DevPool", m)
			}
			actor := bindings.NewDevPool()
			if got := anviltest.Call(t, a.Client, *m.PoolActor, actor.PackOwner(), actor.UnpackOwner, nil); got != tt.poolOwner {
				t.Fatalf("DevPool owner %s, want %s", got, tt.poolOwner)
			}
			if got := anviltest.Call(t, a.Client, *m.PoolActor, actor.PackPool(), actor.UnpackPool, nil); got != *m.Pool {
				t.Fatalf("DevPool's pool %s, want the market's %s", got, *m.Pool)
			}
			pool := uniswap.NewUniswapV3Pool()
			t0 := anviltest.Call(t, a.Client, *m.Pool, pool.PackToken0(), pool.UnpackToken0, nil)
			t1 := anviltest.Call(t, a.Client, *m.Pool, pool.PackToken1(), pool.UnpackToken1, nil)
			fee := anviltest.Call(t, a.Client, *m.Pool, pool.PackFee(), pool.UnpackFee, nil)
			if (t0 != m.CollateralToken || t1 != m.LoanToken) && (t0 != m.LoanToken || t1 != m.CollateralToken) || fee.Int64() != PoolFee {
				t.Fatalf("pool of %s and %s at fee %s, want the market's tokens at %d", t0, t1, fee, PoolFee)
			}
			checkAtPrice(t, a, *m.Pool, PoolTokens{m.CollateralToken, m.LoanToken, 8, 6}, tt.cfg.BTCPrice)
		})
	}
}
