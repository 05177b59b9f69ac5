// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IUniswapV3Pool} from "@uniswap/v3-core/contracts/interfaces/IUniswapV3Pool.sol";

import {MockERC20} from "./MockERC20.sol";

/// @notice Development only: the liquidity provider and the arbitrageur of a real Uniswap v3 pool
/// of two MockERC20s. It adds liquidity, moves the pool's price to a target (as an arbitrageur
/// does when the market's price moves) and swaps, minting in the pool's callbacks whatever the
/// pool asks for; the tokens the pool pays out stay here. Only its owner may act through it.
contract DevPool {
    /// @dev TickMath's bounds: a price limit must lie strictly between them.
    uint160 internal constant MIN_SQRT_RATIO = 4295128739;
    uint160 internal constant MAX_SQRT_RATIO = 1461446703485210103287083252201759087853742009223;

    IUniswapV3Pool public immutable pool;
    address public immutable owner;

    error NotTheOwner(address caller);
    error NotThePool(address caller);

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotTheOwner(msg.sender);
        _;
    }

    constructor(IUniswapV3Pool pool_) {
        pool = pool_;
        owner = msg.sender;
    }

    /// @notice Adds `liquidity` between the two ticks (multiples of the pool's tick spacing),
    /// as this contract's position; returns the token amounts the pool took.
    function addLiquidity(int24 tickLower, int24 tickUpper, uint128 liquidity)
        external
        onlyOwner
        returns (uint256 amount0, uint256 amount1)
    {
        return pool.mint(address(this), tickLower, tickUpper, liquidity, "");
    }

    /// @notice Moves the pool's price to exactly `sqrtPriceX96` (Q64.96, token1 per token0 in
    /// base units) with one swap whose price limit is the target; nothing happens when the
    /// pool is there already. Returns the pool's deltas (positive: paid to the pool).
    function moveTo(uint160 sqrtPriceX96) external onlyOwner returns (int256 amount0, int256 amount1) {
        (uint160 current,,,,,,) = pool.slot0();
        if (sqrtPriceX96 == current) return (0, 0);
        // Exact input without bound: the swap stops at the limit, the target.
        return pool.swap(address(this), sqrtPriceX96 < current, type(int256).max, sqrtPriceX96, "");
    }

    /// @notice Swaps `amountSpecified` (positive: exact input, negative: exact output) with no
    /// price limit. Returns the pool's deltas and its price after: called statically, a quote
    /// of the swap's price impact at the current block.
    function swap(bool zeroForOne, int256 amountSpecified)
        external
        onlyOwner
        returns (int256 amount0, int256 amount1, uint160 sqrtPriceX96After)
    {
        (amount0, amount1) = pool.swap(
            address(this), zeroForOne, amountSpecified, zeroForOne ? MIN_SQRT_RATIO + 1 : MAX_SQRT_RATIO - 1, ""
        );
        (sqrtPriceX96After,,,,,,) = pool.slot0();
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
