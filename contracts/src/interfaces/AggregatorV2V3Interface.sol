// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AggregatorV3Interface} from "./AggregatorV3Interface.sol";

/// @notice Chainlink's AggregatorV2V3Interface: the v3 reads, plus the v2 reads and the NewRound
/// event of Chainlink's AggregatorInterface (its AnswerUpdated is declared in
/// AggregatorV3Interface here). Chainlink's proxies call these on their aggregator.
interface AggregatorV2V3Interface is AggregatorV3Interface {
    event NewRound(uint256 indexed roundId, address indexed startedBy, uint256 startedAt);

    function latestAnswer() external view returns (int256);

    function latestTimestamp() external view returns (uint256);

    function latestRound() external view returns (uint256);

    function getAnswer(uint256 roundId) external view returns (int256);

    function getTimestamp(uint256 roundId) external view returns (uint256);
}
