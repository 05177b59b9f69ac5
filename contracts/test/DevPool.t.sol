// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {UniswapV3Fixture} from "./utils/UniswapV3Fixture.sol";
import {DevPool} from "../src/dev/DevPool.sol";

/// @notice DevPool on the real Uniswap v3 pool: a WBTC/USDC pool at $60,000 a BTC with
/// full-range liquidity (the fixture's), which DevPool provided.
contract DevPoolTest is UniswapV3Fixture {
    uint256 internal constant PRICE = 60_000;
    uint128 internal constant LIQUIDITY = 1e12;

    function setUp() public override {
        super.setUp();
        setUpPool(PRICE, LIQUIDITY);
    }

    function price() internal view returns (uint160 sqrtPriceX96) {
        (sqrtPriceX96,,,,,,) = pool.slot0();
    }

    function test_addLiquidityPaysThePoolWhatItAsks() public {
        assertEq(pool.liquidity(), LIQUIDITY, "the fixture's full-range liquidity");
        uint256 wbtcBefore = wbtc.balanceOf(address(pool));
        uint256 usdcBefore = usdc.balanceOf(address(pool));
        (, int24 tick,,,,,) = pool.slot0();
        (int24 lower, int24 upper) = ((tick / 60 - 100) * 60, (tick / 60 + 100) * 60);
        (uint256 amount0, uint256 amount1) = poolActor.addLiquidity(lower, upper, LIQUIDITY);
        assertEq(pool.liquidity(), 2 * uint256(LIQUIDITY), "liquidity in range doubles");
        (uint256 paidWbtc, uint256 paidUsdc) = wbtcIsToken0() ? (amount0, amount1) : (amount1, amount0);
        assertEq(wbtc.balanceOf(address(pool)) - wbtcBefore, paidWbtc, "WBTC the pool asked for");
        assertEq(usdc.balanceOf(address(pool)) - usdcBefore, paidUsdc, "USDC the pool asked for");
        assertTrue(paidWbtc > 0 && paidUsdc > 0, "a range around the price takes both tokens");
    }

    function test_moveToDownAndUpEndsExactlyAtTheTarget() public {
        for (uint256 i = 0; i < 3; i++) {
            uint160 target = sqrtPriceX96([uint256(48_000), 75_000, 60_000][i]);
            poolActor.moveTo(target);
            assertEq(price(), target, "the pool's price is the target");
        }
    }

    function test_moveToTheCurrentPriceDoesNothing() public {
        uint160 before = price();
        (int256 amount0, int256 amount1) = poolActor.moveTo(before);
        assertEq(amount0 == 0 && amount1 == 0, true, "no swap");
        assertEq(price(), before, "price unchanged");
    }

    function test_aFallingPriceSellsWbtcToThePool() public {
        uint256 wbtcBefore = wbtc.balanceOf(address(pool));
        uint256 usdcBefore = usdc.balanceOf(address(pool));
        poolActor.moveTo(sqrtPriceX96(54_000));
        assertLt(wbtcBefore, wbtc.balanceOf(address(pool)), "the pool took WBTC");
        assertLt(usdc.balanceOf(address(pool)), usdcBefore, "and paid USDC");
        assertLt(0, usdc.balanceOf(address(poolActor)), "the USDC stays with DevPool");
    }

    function test_swapImpactGrowsWithSize() public {
        uint256 last = price();
        bool sellWbtc = wbtcIsToken0();
        for (uint256 i = 0; i < 3; i++) {
            uint256 snapshot = vm.snapshotState();
            (,, uint160 after_) = poolActor.swap(wbtcIsToken0(), int256([uint256(1), 10, 100][i] * BTC));
            vm.revertToState(snapshot);
            // Selling WBTC lowers the price of token0 (WBTC) or raises that of token0 (USDC).
            if (sellWbtc) assertLt(after_, last, "a larger sale moves the price further down");
            else assertLt(last, after_, "a larger sale moves the price further up");
            last = after_;
        }
    }

    function test_onlyTheOwnerActs() public {
        address stranger = makeAddr("stranger");
        vm.startPrank(stranger);
        vm.expectRevert(abi.encodeWithSelector(DevPool.NotTheOwner.selector, stranger));
        poolActor.addLiquidity(-FULL_RANGE, FULL_RANGE, 1);
        vm.expectRevert(abi.encodeWithSelector(DevPool.NotTheOwner.selector, stranger));
        poolActor.moveTo(sqrtPriceX96(50_000));
        vm.expectRevert(abi.encodeWithSelector(DevPool.NotTheOwner.selector, stranger));
        poolActor.swap(true, 1);
        vm.stopPrank();
    }

    function test_callbacksOnlyFromThePool() public {
        address stranger = makeAddr("stranger");
        vm.startPrank(stranger);
        vm.expectRevert(abi.encodeWithSelector(DevPool.NotThePool.selector, stranger));
        poolActor.uniswapV3MintCallback(1, 1, "");
        vm.expectRevert(abi.encodeWithSelector(DevPool.NotThePool.selector, stranger));
        poolActor.uniswapV3SwapCallback(1, -1, "");
        vm.stopPrank();
    }

    /// @notice From any price to any other within a factor of 16, moveTo lands exactly there.
    function testFuzz_moveToLandsOnTheTarget(uint256 from, uint256 to) public {
        from = bound(from, PRICE / 4, PRICE * 4);
        to = bound(to, PRICE / 4, PRICE * 4);
        poolActor.moveTo(sqrtPriceX96(from));
        assertEq(price(), sqrtPriceX96(from), "first move");
        poolActor.moveTo(sqrtPriceX96(to));
        assertEq(price(), sqrtPriceX96(to), "second move");
    }
}
