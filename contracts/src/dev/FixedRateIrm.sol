// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IIrm} from "@morpho-org/morpho-blue/src/interfaces/IIrm.sol";
import {MarketParams, Market} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";

/// @notice Development only: a Morpho Blue interest rate model that charges one fixed borrow rate
/// per second (WAD) in every market, whatever its utilisation.
contract FixedRateIrm is IIrm {
    /// @notice The borrow rate per second, scaled by WAD (1e18).
    uint256 public immutable RATE_PER_SECOND;

    constructor(uint256 ratePerSecond) {
        RATE_PER_SECOND = ratePerSecond;
    }

    function borrowRate(MarketParams memory, Market memory) external view returns (uint256) {
        return RATE_PER_SECOND;
    }

    function borrowRateView(MarketParams memory, Market memory) external view returns (uint256) {
        return RATE_PER_SECOND;
    }
}
