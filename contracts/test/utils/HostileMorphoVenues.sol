// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MarketParams} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";

import {BatchExecutor} from "../../src/BatchExecutor.sol";
import {MorphoLiquidationExecutor} from "../../src/MorphoLiquidationExecutor.sol";
import {MockERC20} from "../../src/dev/MockERC20.sol";
import {HostileSwapPool} from "./HostileSwapPool.sol";

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
    ) external returns (BatchExecutor.Attempt[] memory attempts, uint256 profit) {
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

/// @notice Test only: the hostile pool of a MorphoLiquidationExecutor (see HostileSwapPool),
/// which also calls the executor through Morpho's callback.
contract HostileMorphoPool is HostileSwapPool {
    bytes public morphoCallbackError;

    constructor(address tokenA, address tokenB) HostileSwapPool(tokenA, tokenB) {}

    function _beforeCallback(uint256 out, bytes calldata data) internal override {
        try MorphoLiquidationExecutor(msg.sender).onMorphoLiquidate(out, data) {}
        catch (bytes memory err) {
            morphoCallbackError = err;
        }
    }

    function _reenter(address executor) internal override {
        MarketParams memory none;
        MorphoLiquidationExecutor.Params memory params;
        try MorphoLiquidationExecutor(executor)
            .liquidate(none, new MorphoLiquidationExecutor.Liquidation[](0), params) {}
        catch (bytes memory err) {
            reenterError = err;
        }
    }
}
