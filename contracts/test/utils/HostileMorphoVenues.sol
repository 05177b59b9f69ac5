// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MarketParams} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";

import {MorphoLiquidationExecutor} from "../../src/MorphoLiquidationExecutor.sol";
import {MockERC20} from "../../src/dev/MockERC20.sol";

/// @notice Test only: the collateral token of a Morpho market that owns its executor and, each
/// time a transfer reaches the executor while armed (Morpho's seized collateral, a pool's
/// payment), calls the executor back every way it can, recording the first revert of each.
contract HostileCollateral is MockERC20 {
    MorphoLiquidationExecutor public executor;
    bool public armed;
    bool private firing;

    bytes public liquidateError;
    bytes public sweepError;
    bytes public morphoCallbackError;
    bytes public swapCallbackError;
    uint256 public fired;

    constructor() MockERC20("Hostile BTC", "hBTC", 8) {}

    function setExecutor(MorphoLiquidationExecutor executor_) external {
        executor = executor_;
    }

    /// @notice Starts a batch on `marketParams`, as the executor's owner, armed.
    function run(
        MarketParams calldata marketParams,
        MorphoLiquidationExecutor.Liquidation[] calldata liquidations,
        MorphoLiquidationExecutor.Params calldata params
    ) external returns (MorphoLiquidationExecutor.Attempt[] memory attempts, uint256 profit) {
        armed = true;
        (attempts, profit) = executor.liquidate(marketParams, liquidations, params);
        armed = false;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (!armed || firing || to != address(executor)) return;
        firing = true;
        fired++;
        MarketParams memory none;
        MorphoLiquidationExecutor.Params memory params;
        try executor.liquidate(none, new MorphoLiquidationExecutor.Liquidation[](1), params) {}
        catch (bytes memory err) {
            if (liquidateError.length == 0) liquidateError = err;
        }
        try executor.sweep(this) {}
        catch (bytes memory err) {
            if (sweepError.length == 0) sweepError = err;
        }
        try executor.onMorphoLiquidate(1, hex"01") {}
        catch (bytes memory err) {
            if (morphoCallbackError.length == 0) morphoCallbackError = err;
        }
        try executor.uniswapV3SwapCallback(1, 1, hex"01") {}
        catch (bytes memory err) {
            if (swapCallbackError.length == 0) swapCallbackError = err;
        }
        firing = false;
    }
}

/// @notice Test only: a "pool" of the market's two tokens that, asked for an exact output,
/// pays it and then calls the executor back every way it can: with tampered data, through
/// Morpho's callback, as a pool should (asking `owed` of the input token), a second time, and
/// with a batch of its own. It records each revert.
contract HostileMorphoPool {
    address public immutable token0;
    address public immutable token1;
    uint256 public owed;

    bytes public tamperedError;
    bytes public morphoCallbackError;
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
        uint256 out = uint256(-amountSpecified);
        MockERC20(zeroForOne ? token1 : token0).mint(recipient, out);
        (amount0, amount1) = zeroForOne ? (int256(owed), -int256(out)) : (-int256(out), int256(owed));

        MorphoLiquidationExecutor executor = MorphoLiquidationExecutor(msg.sender);
        try executor.uniswapV3SwapCallback(amount0, amount1, bytes.concat(data, hex"00")) {}
        catch (bytes memory err) {
            tamperedError = err;
        }
        try executor.onMorphoLiquidate(out, data) {}
        catch (bytes memory err) {
            morphoCallbackError = err;
        }
        executor.uniswapV3SwapCallback(amount0, amount1, data);
        try executor.uniswapV3SwapCallback(amount0, amount1, data) {}
        catch (bytes memory err) {
            replayError = err;
        }
        MarketParams memory none;
        MorphoLiquidationExecutor.Params memory params;
        try executor.liquidate(none, new MorphoLiquidationExecutor.Liquidation[](0), params) {}
        catch (bytes memory err) {
            reenterError = err;
        }
    }
}
