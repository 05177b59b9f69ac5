// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice What ltvkeeper reads from a Chainlink OCR aggregator beyond AggregatorV2V3Interface:
/// the bounds a report's median must lie within (a median outside them is not published, so
/// the feed stops moving) and the event each report emits first, before NewRound and
/// AnswerUpdated. Declared as Chainlink's OffchainAggregator declares them.
interface OffchainAggregatorInterface {
    event NewTransmission(
        uint32 indexed aggregatorRoundId,
        int192 answer,
        address transmitter,
        int192[] observations,
        bytes observers,
        bytes32 rawReportContext
    );

    /// @notice The lowest median a report may carry.
    function minAnswer() external view returns (int192);

    /// @notice The highest median a report may carry.
    function maxAnswer() external view returns (int192);
}
