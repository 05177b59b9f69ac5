// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";
import {IMorphoChainlinkOracleV2} from "../interfaces/IMorphoChainlinkOracleV2.sol";

// The feed of none: a zero feed counts as 1.
AggregatorV3Interface constant NO_FEED = AggregatorV3Interface(address(0));

/// @notice Development only: a Morpho Blue oracle over up to two base and two quote Chainlink
/// feeds, with the getters and the price of Morpho's Chainlink-based oracle
/// (MorphoChainlinkOracleV2) without its ERC-4626 vaults. A BTC/USDC market reads a BTC/USD base
/// feed, and optionally a USDC/USD quote feed.
///
/// price() is the price of one base unit of collateral in base units of the loan token, scaled
/// by 1e36: SCALE_FACTOR × base1 × base2 ÷ (quote1 × quote2), rounded down, a zero feed counting
/// as 1, with SCALE_FACTOR = 10^(36 + quoteTokenDecimals + quote feeds' decimals −
/// baseTokenDecimals − base feeds' decimals). Like Morpho's oracles it reverts on a negative
/// answer and does not check the answer's age.
contract ChainlinkOracle is IMorphoChainlinkOracleV2 {
    AggregatorV3Interface public immutable BASE_FEED_1;
    AggregatorV3Interface public immutable BASE_FEED_2;
    AggregatorV3Interface public immutable QUOTE_FEED_1;
    AggregatorV3Interface public immutable QUOTE_FEED_2;
    uint256 public immutable SCALE_FACTOR;

    /// @notice No vaults: their samples are 1, as Morpho's factory requires for a zero vault.
    address public constant BASE_VAULT = address(0);
    uint256 public constant BASE_VAULT_CONVERSION_SAMPLE = 1;
    address public constant QUOTE_VAULT = address(0);
    uint256 public constant QUOTE_VAULT_CONVERSION_SAMPLE = 1;

    error NegativeAnswer(int256 answer);
    error ScaleOutOfRange(uint256 baseDecimals, uint256 quoteDecimals);

    constructor(
        AggregatorV3Interface baseFeed1,
        AggregatorV3Interface baseFeed2,
        AggregatorV3Interface quoteFeed1,
        AggregatorV3Interface quoteFeed2,
        uint256 baseTokenDecimals,
        uint256 quoteTokenDecimals
    ) {
        uint256 base = baseTokenDecimals + decimals(baseFeed1) + decimals(baseFeed2);
        uint256 quote = 36 + quoteTokenDecimals + decimals(quoteFeed1) + decimals(quoteFeed2);
        // The scale is 10^0 to 10^77, the powers of ten a uint256 holds.
        if (base > quote || quote > 77 + base) revert ScaleOutOfRange(base, quote);
        BASE_FEED_1 = baseFeed1;
        BASE_FEED_2 = baseFeed2;
        QUOTE_FEED_1 = quoteFeed1;
        QUOTE_FEED_2 = quoteFeed2;
        SCALE_FACTOR = 10 ** (quote - base);
    }

    function price() external view returns (uint256) {
        return Math.mulDiv(
            SCALE_FACTOR, answer(BASE_FEED_1) * answer(BASE_FEED_2), answer(QUOTE_FEED_1) * answer(QUOTE_FEED_2)
        );
    }

    function decimals(AggregatorV3Interface feed) internal view returns (uint256) {
        return address(feed) == address(0) ? 0 : feed.decimals();
    }

    function answer(AggregatorV3Interface feed) internal view returns (uint256) {
        if (address(feed) == address(0)) return 1;
        (, int256 a,,,) = feed.latestRoundData();
        if (a < 0) revert NegativeAnswer(a);
        return uint256(a);
    }
}
