// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IUniswapV3Factory} from "@uniswap/v3-core/contracts/interfaces/IUniswapV3Factory.sol";
import {IUniswapV3Pool} from "@uniswap/v3-core/contracts/interfaces/IUniswapV3Pool.sol";

import {MarketFixture} from "./MarketFixture.sol";
import {MockERC20} from "../../src/dev/MockERC20.sol";

/// @notice Test only: adds liquidity to and swaps on a Uniswap v3 pool of two MockERC20s,
/// minting whatever the pool asks for in its callbacks.
contract PoolActor {
    IUniswapV3Pool public immutable pool;

    error NotThePool(address caller);

    constructor(IUniswapV3Pool pool_) {
        pool = pool_;
    }

    function addLiquidity(int24 tickLower, int24 tickUpper, uint128 liquidity) external {
        pool.mint(address(this), tickLower, tickUpper, liquidity, "");
    }

    /// @notice Swaps on the pool with no price limit; the output stays here.
    function swap(bool zeroForOne, int256 amountSpecified) external {
        pool.swap(
            address(this),
            zeroForOne,
            amountSpecified,
            zeroForOne ? 4295128739 + 1 : 1461446703485210103287083252201759087853742009223 - 1,
            ""
        );
    }

    function uniswapV3MintCallback(uint256 amount0Owed, uint256 amount1Owed, bytes calldata) external {
        _pay(amount0Owed, amount1Owed);
    }

    function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes calldata) external {
        _pay(amount0Delta > 0 ? uint256(amount0Delta) : 0, amount1Delta > 0 ? uint256(amount1Delta) : 0);
    }

    function _pay(uint256 amount0, uint256 amount1) private {
        if (msg.sender != address(pool)) revert NotThePool(msg.sender);
        if (amount0 != 0) MockERC20(pool.token0()).mint(address(pool), amount0);
        if (amount1 != 0) MockERC20(pool.token1()).mint(address(pool), amount1);
    }
}

/// @notice The market fixture plus the real Uniswap v3 factory, deployed from the bytecode its npm
/// package publishes, and a WBTC/USDC pool (0.3%) holding full-range liquidity around a price.
abstract contract UniswapV3Fixture is MarketFixture {
    string internal constant FACTORY_ARTIFACT =
        "tools/node_modules/@uniswap/v3-core/artifacts/contracts/UniswapV3Factory.sol/UniswapV3Factory.json";
    uint24 internal constant POOL_FEE = 3000;
    int24 internal constant FULL_RANGE = 887220; // the widest range on a 60-tick spacing

    IUniswapV3Factory internal uniswapFactory;
    IUniswapV3Pool internal pool;
    PoolActor internal poolActor;

    /// @notice Deploys the factory, creates the pool at `dollars` per BTC and adds `liquidity`
    /// over the full range.
    function setUpPool(uint256 dollars, uint128 liquidity) internal {
        bytes memory code = vm.getCode(FACTORY_ARTIFACT);
        address deployed;
        assembly ("memory-safe") {
            deployed := create(0, add(code, 0x20), mload(code))
        }
        require(deployed != address(0), "UniswapV3Factory did not deploy");
        uniswapFactory = IUniswapV3Factory(deployed);
        pool = IUniswapV3Pool(uniswapFactory.createPool(address(wbtc), address(usdc), POOL_FEE));
        pool.initialize(sqrtPriceX96(dollars));
        poolActor = new PoolActor(pool);
        poolActor.addLiquidity(-FULL_RANGE, FULL_RANGE, liquidity);
    }

    /// @notice The pool price (token1 per token0 in base units, Q64.96 square root) of a BTC
    /// at `dollars`.
    function sqrtPriceX96(uint256 dollars) internal view returns (uint160) {
        // One BTC (1e8) buys dollars * 1e6 USDC base units: dollars / 100 USDC units per WBTC unit.
        uint256 priceX192 = address(wbtc) < address(usdc)
            ? Math.mulDiv(dollars, 1 << 192, 100)
            : Math.mulDiv(100, 1 << 192, dollars);
        return uint160(Math.sqrt(priceX192));
    }

    function wbtcIsToken0() internal view returns (bool) {
        return address(wbtc) < address(usdc);
    }
}
