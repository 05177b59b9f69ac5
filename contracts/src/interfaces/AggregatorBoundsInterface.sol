// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice The answer bounds of a Chainlink OCR aggregator: it publishes no median outside them.
interface AggregatorBoundsInterface {
    function minAnswer() external view returns (int192);

    function maxAnswer() external view returns (int192);
}
