// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test, Vm} from "./Test.sol";
import {UniswapV3Fixture} from "./UniswapV3Fixture.sol";
import {BatchExecutor} from "../../src/BatchExecutor.sol";

/// @notice What the tests of every liquidation executor share, on a market with a Uniswap v3
/// pool of its two tokens.
abstract contract ExecutorTest is UniswapV3Fixture {
    /// @notice Fails unless every attempt succeeded and together they repaid and seized as
    /// quoted.
    function assertAllSucceeded(BatchExecutor.Attempt[] memory attempts, uint256 repaid, uint256 seized)
        internal
        pure
    {
        uint256 r;
        uint256 s;
        for (uint256 i = 0; i < attempts.length; i++) {
            assertEq(attempts[i].success, true, "attempt succeeded");
            r += attempts[i].repaid;
            s += attempts[i].seized;
        }
        assertEq(r, repaid, "repaid as quoted");
        assertEq(s, seized, "seized as quoted");
    }
}

/// @notice The reason in the LiquidationAttempted event (topic `attempted`, the borrower the
/// second indexed field) that `executor` emitted for `who` among `logs`. Fails when there is
/// none.
function attemptReasonIn(Vm.Log[] memory logs, address executor, bytes32 attempted, address who)
    pure
    returns (bytes memory)
{
    for (uint256 i = 0; i < logs.length; i++) {
        if (logs[i].emitter != executor || logs[i].topics[0] != attempted) continue;
        if (address(uint160(uint256(logs[i].topics[2]))) != who) continue;
        (,,, bytes memory reason) = abi.decode(logs[i].data, (bool, uint256, uint256, bytes));
        return reason;
    }
    revert Test.AssertionFailed("no LiquidationAttempted for the borrower");
}

/// @notice The calldata gas of a transaction carrying `data`: 4 a zero byte, 16 any other.
function calldataCost(bytes memory data) pure returns (uint256 gas) {
    for (uint256 i = 0; i < data.length; i++) {
        gas += data[i] == 0 ? 4 : 16;
    }
}
