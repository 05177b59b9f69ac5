// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IUniswapV3SwapCallback} from "@uniswap/v3-core/contracts/interfaces/callback/IUniswapV3SwapCallback.sol";

import {MockERC20} from "../../src/dev/MockERC20.sol";

/// @notice Test only: a "pool" of a market's two tokens that, asked for an exact output, pays it
/// and calls the executor's swap callback every way it should not: with data other than it was
/// given, then (after `_beforeCallback`) once as a pool should, asking `owed` of the input token,
/// then a second time, then `_reenter`. It records each revert. An executor's own pool adds
/// the calls that only its executor has.
abstract contract HostileSwapPool {
    address public immutable token0;
    address public immutable token1;
    uint256 public owed;

    bytes public tamperedError;
    bytes public replayError;
    bytes public reenterError;

    constructor(address tokenA, address tokenB) {
        (token0, token1) = tokenA < tokenB ? (tokenA, tokenB) : (tokenB, tokenA);
    }

    function setOwed(uint256 owed_) external {
        owed = owed_;
    }

    function swap(address recipient, bool zeroForOne, int256 amountSpecified, uint160, bytes calldata data)
        external
        returns (int256 amount0, int256 amount1)
    {
        // Exact output of the token out (the executor's flash swap), owed paid in the token in.
        uint256 out = uint256(-amountSpecified);
        MockERC20(zeroForOne ? token1 : token0).mint(recipient, out);
        (amount0, amount1) = zeroForOne ? (int256(owed), -int256(out)) : (-int256(out), int256(owed));

        IUniswapV3SwapCallback executor = IUniswapV3SwapCallback(msg.sender);
        try executor.uniswapV3SwapCallback(amount0, amount1, bytes.concat(data, hex"00")) {}
        catch (bytes memory err) {
            tamperedError = err;
        }
        _beforeCallback(out, data);
        executor.uniswapV3SwapCallback(amount0, amount1, data);
        try executor.uniswapV3SwapCallback(amount0, amount1, data) {}
        catch (bytes memory err) {
            replayError = err;
        }
        _reenter(msg.sender);
    }

    /// @dev Tries to start a batch of this pool's own on the executor, recording the revert in
    /// reenterError.
    function _reenter(address executor) internal virtual;

    /// @dev Calls the executor makes before the swap callback that pays.
    function _beforeCallback(uint256 out, bytes calldata data) internal virtual {}
}
