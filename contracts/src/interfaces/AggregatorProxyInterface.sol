// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice What ltvkeeper reads of a Chainlink proxy (EACAggregatorProxy, AggregatorProxy)
/// beyond AggregatorV3Interface: the aggregator it forwards to and its phase. Round ids read
/// through the proxy are phaseId << 64 | the aggregator's round id. AggregatorProxy emits
/// AggregatorConfirmed when its aggregator changes; EACAggregatorProxy emits nothing.
interface AggregatorProxyInterface {
    event AggregatorConfirmed(address indexed previous, address indexed latest);

    function aggregator() external view returns (address);

    function phaseId() external view returns (uint16);

    function phaseAggregators(uint16 phaseId) external view returns (address);
}
