// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {LoanMath} from "../libraries/LoanMath.sol";

/// @notice Development only: exposes the market's LoanMath library so that its Go mirror can
/// be checked against it, input by input.
contract LoanMathHarness {
    function collateralValue(uint256 collateral, uint256 price, uint256 valueMul, uint256 valueDiv)
        external
        pure
        returns (uint256)
    {
        return LoanMath.collateralValue(collateral, price, valueMul, valueDiv);
    }

    function ltv(uint256 debt, uint256 collateral, uint256 price, uint256 valueMul, uint256 valueDiv)
        external
        pure
        returns (uint256)
    {
        return LoanMath.ltv(debt, collateral, price, valueMul, valueDiv);
    }

    function priceAtLtv(uint256 debt, uint256 collateral, uint256 lineLtv, uint256 valueMul, uint256 valueDiv)
        external
        pure
        returns (uint256)
    {
        return LoanMath.priceAtLtv(debt, collateral, lineLtv, valueMul, valueDiv);
    }

    function ratePerSecond(uint256 annualRate) external pure returns (uint256) {
        return LoanMath.ratePerSecond(annualRate);
    }

    function accrue(uint256 index, uint256 totalBorrowAssets, uint256 rate, uint256 elapsed)
        external
        pure
        returns (uint256 newIndex, uint256 newTotalBorrowAssets, uint256 interest)
    {
        return LoanMath.accrue(index, totalBorrowAssets, rate, elapsed);
    }

    function toDebt(uint256 shares, uint256 index) external pure returns (uint256) {
        return LoanMath.toDebt(shares, index);
    }

    function toBorrowShares(uint256 assets, uint256 index, bool roundUp) external pure returns (uint256) {
        return LoanMath.toBorrowShares(assets, index, roundUp ? Math.Rounding.Ceil : Math.Rounding.Floor);
    }

    function toSupplyShares(uint256 assets, uint256 totalAssets, uint256 totalShares, bool roundUp)
        external
        pure
        returns (uint256)
    {
        return LoanMath.toSupplyShares(
            assets, totalAssets, totalShares, roundUp ? Math.Rounding.Ceil : Math.Rounding.Floor
        );
    }

    function toSupplyAssets(uint256 shares, uint256 totalAssets, uint256 totalShares, bool roundUp)
        external
        pure
        returns (uint256)
    {
        return LoanMath.toSupplyAssets(
            shares, totalAssets, totalShares, roundUp ? Math.Rounding.Ceil : Math.Rounding.Floor
        );
    }

    function liquidation(
        uint256 debt,
        uint256 collateral,
        uint256 price,
        uint256 maxRepay,
        uint256 targetLtv,
        uint256 bonus,
        uint256 valueMul,
        uint256 valueDiv
    ) external pure returns (uint256 repaid, uint256 seized, uint256 badDebt) {
        return LoanMath.liquidation(debt, collateral, price, maxRepay, targetLtv, bonus, valueMul, valueDiv);
    }

    function debtToRepayForLtv(
        uint256 debt,
        uint256 collateral,
        uint256 price,
        uint256 targetLtv,
        uint256 valueMul,
        uint256 valueDiv
    ) external pure returns (uint256) {
        return LoanMath.debtToRepayForLtv(debt, collateral, price, targetLtv, valueMul, valueDiv);
    }

    function collateralToAddForLtv(
        uint256 debt,
        uint256 collateral,
        uint256 price,
        uint256 targetLtv,
        uint256 valueMul,
        uint256 valueDiv
    ) external pure returns (uint256) {
        return LoanMath.collateralToAddForLtv(debt, collateral, price, targetLtv, valueMul, valueDiv);
    }
}
