// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice What ltvkeeper reads from a Chainlink proxy beyond AggregatorV3Interface (which the
/// proxy implements too): its current aggregator and phase, the aggregator of each past phase,
/// and the events Chainlink's later AggregatorProxy emits when the aggregator changes (the 2020
/// EACAggregatorProxy emits none). Declared as Chainlink's AggregatorProxyInterface and
/// AggregatorProxy declare them; the price reads are left to AggregatorV3Interface.
interface AggregatorProxyInterface {
    event AggregatorProposed(address indexed current, address indexed proposed);
    event AggregatorConfirmed(address indexed previous, address indexed latest);

    /// @notice The current phase's aggregator.
    function aggregator() external view returns (address);

    /// @notice The current phase: the proxy's round ids are phaseId << 64 | aggregator round id.
    function phaseId() external view returns (uint16);

    /// @notice The aggregator of phase `phaseId` (zero for a phase that never existed).
    function phaseAggregators(uint16 phaseId) external view returns (address);

    /// @notice The aggregator proposed to replace the current one, or zero.
    function proposedAggregator() external view returns (address);
}
