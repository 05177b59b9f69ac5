// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test, Vm} from "./Test.sol";

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
