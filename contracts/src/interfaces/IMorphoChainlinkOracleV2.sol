// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IOracle} from "@morpho-org/morpho-blue/src/interfaces/IOracle.sol";
import {AggregatorV3Interface} from "./AggregatorV3Interface.sol";

/// @notice The getters of Morpho's Chainlink-based oracle (MorphoChainlinkOracleV2), as
/// ltvkeeper reads them to follow the feeds behind a Morpho market's price:
///
///     price() = SCALE_FACTOR × baseAssets × BASE_FEED_1 × BASE_FEED_2
///                            ÷ (quoteAssets × QUOTE_FEED_1 × QUOTE_FEED_2), rounded down,
///
/// where a zero feed counts as 1, each feed's answer is its latestRoundData(), and a vault's
/// assets are its convertToAssets(sample) (1 for a zero vault). The vaults are ERC-4626
/// addresses; address(0) for none.
interface IMorphoChainlinkOracleV2 is IOracle {
    function BASE_VAULT() external view returns (address);

    function BASE_VAULT_CONVERSION_SAMPLE() external view returns (uint256);

    function QUOTE_VAULT() external view returns (address);

    function QUOTE_VAULT_CONVERSION_SAMPLE() external view returns (uint256);

    function BASE_FEED_1() external view returns (AggregatorV3Interface);

    function BASE_FEED_2() external view returns (AggregatorV3Interface);

    function QUOTE_FEED_1() external view returns (AggregatorV3Interface);

    function QUOTE_FEED_2() external view returns (AggregatorV3Interface);

    function SCALE_FACTOR() external view returns (uint256);
}
