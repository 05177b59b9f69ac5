// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AggregatorV2V3Interface} from "../interfaces/AggregatorV2V3Interface.sol";
import {OffchainAggregatorInterface} from "../interfaces/OffchainAggregatorInterface.sol";

/// @notice Development only: a price aggregator that behaves, for everything a reader sees, as
/// Chainlink's OCR aggregator (OffchainAggregator 4, behind an EACAggregatorProxy on mainnet)
/// does, with the signed multi-oracle report replaced by one owner-only transmit(answer):
/// - each report is a new aggregator round (1, 2, 3, ...; uint32) stamped with the block time,
///   and emits NewTransmission, NewRound(round, address(0), now) and AnswerUpdated(answer,
///   round, now), in that order;
/// - a report whose answer lies outside [minAnswer, maxAnswer] reverts with OCR's message, so
///   the feed keeps its last answer;
/// - the v2 and v3 reads answer as OCR's do: zeros for a round that never was (no revert), and
///   "No data present" for a round id above uint32;
/// - version() is 4, startedAt equals updatedAt and answeredInRound equals the round id.
/// Unlike AccessControlledOffchainAggregator, reads are open to every caller.
contract DevAggregator is AggregatorV2V3Interface, OffchainAggregatorInterface {
    struct Transmission {
        int192 answer;
        uint64 timestamp;
    }

    uint8 public immutable override decimals;
    uint256 public constant override version = 4;
    int192 public immutable override minAnswer;
    int192 public immutable override maxAnswer;
    address public immutable owner;

    string private s_description;
    bytes16 private immutable configDigest;
    uint32 private latestAggregatorRoundId;
    mapping(uint32 => Transmission) private transmissions;

    error BoundsInverted(int192 minAnswer, int192 maxAnswer);

    /// @param decimals_ the answers' fixed-point decimals (8 for a USD pair on mainnet)
    /// @param minAnswer_ the lowest answer a report may publish
    /// @param maxAnswer_ the highest answer a report may publish
    constructor(uint8 decimals_, int192 minAnswer_, int192 maxAnswer_, string memory description_) {
        if (minAnswer_ > maxAnswer_) revert BoundsInverted(minAnswer_, maxAnswer_);
        decimals = decimals_;
        minAnswer = minAnswer_;
        maxAnswer = maxAnswer_;
        s_description = description_;
        owner = msg.sender;
        configDigest = bytes16(keccak256(abi.encode(block.chainid, address(this))));
    }

    /// @notice Publishes `answer` as the next aggregator round, as an OCR report whose single
    /// observation is `answer` would. Only the owner may transmit.
    function transmit(int192 answer) external {
        require(msg.sender == owner, "Only callable by owner");
        require(minAnswer <= answer && answer <= maxAnswer, "median is out of min-max range");
        uint32 roundId = latestAggregatorRoundId + 1;
        latestAggregatorRoundId = roundId;
        transmissions[roundId] = Transmission(answer, uint64(block.timestamp));

        int192[] memory observations = new int192[](1);
        observations[0] = answer;
        // OCR's report context: 11 zero bytes, the 16-byte config digest, a 4-byte epoch and a
        // 1-byte round; here one epoch-and-round per report.
        bytes32 rawReportContext = bytes32((uint256(uint128(configDigest)) << 40) | uint256(roundId));
        emit NewTransmission(roundId, answer, msg.sender, observations, hex"00", rawReportContext);
        emit NewRound(roundId, address(0), block.timestamp);
        emit AnswerUpdated(answer, roundId, block.timestamp);
    }

    function description() external view override returns (string memory) {
        return s_description;
    }

    function latestAnswer() external view override returns (int256) {
        return transmissions[latestAggregatorRoundId].answer;
    }

    function latestTimestamp() external view override returns (uint256) {
        return transmissions[latestAggregatorRoundId].timestamp;
    }

    function latestRound() external view override returns (uint256) {
        return latestAggregatorRoundId;
    }

    function getAnswer(uint256 roundId) external view override returns (int256) {
        if (roundId > type(uint32).max) return 0;
        return transmissions[uint32(roundId)].answer;
    }

    function getTimestamp(uint256 roundId) external view override returns (uint256) {
        if (roundId > type(uint32).max) return 0;
        return transmissions[uint32(roundId)].timestamp;
    }

    function getRoundData(uint80 roundId)
        external
        view
        override
        returns (uint80, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        require(roundId <= type(uint32).max, "No data present");
        Transmission memory t = transmissions[uint32(roundId)];
        return (roundId, t.answer, t.timestamp, t.timestamp, roundId);
    }

    function latestRoundData()
        external
        view
        override
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        roundId = latestAggregatorRoundId;
        Transmission memory t = transmissions[uint32(roundId)];
        return (roundId, t.answer, t.timestamp, t.timestamp, roundId);
    }
}
