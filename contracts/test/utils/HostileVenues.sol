// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IUniswapV3SwapCallback} from "@uniswap/v3-core/contracts/interfaces/callback/IUniswapV3SwapCallback.sol";

import {LiquidationExecutor} from "../../src/LiquidationExecutor.sol";
import {MockERC20} from "../../src/dev/MockERC20.sol";

/// @notice Test only: a "market" that owns its executor and, when the executor liquidates
/// through it, calls the executor back every way it can, recording each revert. It then hands
/// over `seize` collateral as if it had liquidated, so that the batch itself can finish.
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

/// @notice Test only: a "pool" of the market's two tokens that, asked to swap, first calls the
/// executor's callback with data other than it was given, then pays out and calls back as a
/// pool should, then calls back a second time and tries to start a batch of its own. It
/// records each revert and asks `owed` of the input token.
contract HostilePool {
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
        executor.uniswapV3SwapCallback(amount0, amount1, data);
        try executor.uniswapV3SwapCallback(amount0, amount1, data) {}
        catch (bytes memory err) {
            replayError = err;
        }
        LiquidationExecutor.Params memory params;
        try LiquidationExecutor(msg.sender).liquidate(address(0), new LiquidationExecutor.Liquidation[](0), params) {}
        catch (bytes memory err) {
            reenterError = err;
        }
    }
}
