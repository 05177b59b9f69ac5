// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IOracle} from "@morpho-org/morpho-blue/src/interfaces/IOracle.sol";
import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";

/// @notice Development only: a Morpho Blue oracle over one Chainlink feed that prices the
/// collateral in the loan token's unit of account (a BTC/USD feed for a BTC/USDC market), as
/// Morpho's Chainlink oracles do with a single base feed and no quote feed.
///
/// price() is the price of one base unit of collateral in base units of the loan token, scaled
/// by 1e36: answer × SCALE_FACTOR, with SCALE_FACTOR = 10^(36 + loanDecimals −
/// collateralDecimals − feedDecimals). Like Morpho's oracles it reverts on a negative answer and
/// does not check the answer's age.
contract ChainlinkOracle is IOracle {
    AggregatorV3Interface public immutable FEED;
    uint256 public immutable SCALE_FACTOR;

    error NegativeAnswer(int256 answer);
    error ScaleOutOfRange(uint256 collateralDecimals, uint256 loanDecimals, uint256 feedDecimals);

    constructor(AggregatorV3Interface feed, uint256 collateralDecimals, uint256 loanDecimals) {
        uint256 feedDecimals = feed.decimals();
        // The scale is 10^0 to 10^77, the powers of ten a uint256 holds.
        if (
            collateralDecimals + feedDecimals > 36 + loanDecimals
                || 36 + loanDecimals > 77 + collateralDecimals + feedDecimals
        ) {
            revert ScaleOutOfRange(collateralDecimals, loanDecimals, feedDecimals);
        }
        FEED = feed;
        SCALE_FACTOR = 10 ** (36 + loanDecimals - collateralDecimals - feedDecimals);
    }

    function price() external view returns (uint256) {
        (, int256 answer,,,) = FEED.latestRoundData();
        if (answer < 0) revert NegativeAnswer(answer);
        return uint256(answer) * SCALE_FACTOR;
    }
}
