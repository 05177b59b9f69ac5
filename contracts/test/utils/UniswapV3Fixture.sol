// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IUniswapV3Factory} from "@uniswap/v3-core/contracts/interfaces/IUniswapV3Factory.sol";
import {IUniswapV3Pool} from "@uniswap/v3-core/contracts/interfaces/IUniswapV3Pool.sol";

import {MarketFixture} from "./MarketFixture.sol";
import {DevPool} from "../../src/dev/DevPool.sol";

/// @notice The market fixture plus the real Uniswap v3 factory, deployed from the bytecode its npm
/// package publishes, and a WBTC/USDC pool (0.3%) holding full-range liquidity around a price,
/// provided (and swapped on) by the development DevPool.
abstract contract UniswapV3Fixture is MarketFixture {
    string internal constant FACTORY_ARTIFACT =
        "tools/node_modules/@uniswap/v3-core/artifacts/contracts/UniswapV3Factory.sol/UniswapV3Factory.json";
    uint24 internal constant POOL_FEE = 3000;
    int24 internal constant FULL_RANGE = 887220; // the widest range on a 60-tick spacing

    IUniswapV3Factory internal uniswapFactory;
    IUniswapV3Pool internal pool;
    DevPool internal poolActor;

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
        poolActor = new DevPool(pool);
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
