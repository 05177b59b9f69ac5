// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {LiquidationExecutor} from "../../src/LiquidationExecutor.sol";
import {MockERC20} from "../../src/dev/MockERC20.sol";
import {HostileSwapPool} from "./HostileSwapPool.sol";

/// @notice Test only: a "market" that owns its executor and, when the executor liquidates
/// through it, calls the executor back every way it can, recording each revert. It then hands
/// over `seize` collateral as if it had liquidated, so that the batch itself can finish. It has
/// no liquidatable view, as a market deployed before LendingMarket had one: the executor borrows
/// the whole loanAmount for a flash batch on it.
contract ReentrantMarket {
    MockERC20 public immutable loanToken;
    MockERC20 public immutable collateralToken;
    LiquidationExecutor public executor;
    uint256 public seize;

    bytes public liquidateError;
    bytes public sweepError;
    bytes public callbackError;
    uint256 public calls;

    constructor(MockERC20 loanToken_, MockERC20 collateralToken_) {
        loanToken = loanToken_;
        collateralToken = collateralToken_;
    }

    function setExecutor(LiquidationExecutor executor_, uint256 seize_) external {
        executor = executor_;
        seize = seize_;
        loanToken.approve(address(executor_), type(uint256).max);
    }

    /// @notice Starts a batch on this market, as the executor's owner.
    function run(LiquidationExecutor.Params calldata params) external {
        LiquidationExecutor.Liquidation[] memory batch = new LiquidationExecutor.Liquidation[](1);
        batch[0] = LiquidationExecutor.Liquidation(address(0xB0B), type(uint256).max);
        loanToken.mint(address(this), params.loanAmount);
        executor.liquidate(address(this), batch, params);
    }

    function liquidate(address, uint256) external returns (uint256 repaid, uint256 seized) {
        calls++;
        LiquidationExecutor.Liquidation[] memory batch = new LiquidationExecutor.Liquidation[](0);
        LiquidationExecutor.Params memory params;
        try executor.liquidate(address(this), batch, params) {}
        catch (bytes memory err) {
            liquidateError = err;
        }
        try executor.sweep(collateralToken) {}
        catch (bytes memory err) {
            sweepError = err;
        }
        try executor.uniswapV3SwapCallback(1, 1, "") {}
        catch (bytes memory err) {
            callbackError = err;
        }
        collateralToken.mint(msg.sender, seize);
        return (0, seize);
    }
}

/// @notice Test only: the hostile pool of a LiquidationExecutor (see HostileSwapPool).
contract HostilePool is HostileSwapPool {
    constructor(address tokenA, address tokenB) HostileSwapPool(tokenA, tokenB) {}

    function _reenter(address executor) internal override {
        LiquidationExecutor.Params memory params;
        try LiquidationExecutor(executor).liquidate(address(0), new LiquidationExecutor.Liquidation[](0), params) {}
        catch (bytes memory err) {
            reenterError = err;
        }
    }
}
