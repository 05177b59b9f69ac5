// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IMarketErrors} from "../interfaces/ILendingMarket.sol";

/// @notice The loan math of a lending market, in integer base units. The Go package
/// `loanmath` mirrors every function here to the wei.
/// @dev Units: LTVs and the bonus are WAD fractions (1e18 = 100%); the borrow index and the
/// per-second rate are RAY (1e27); prices are in the feed's units. A collateral amount is
/// valued in loan-token units as collateral * price * valueMul / valueDiv, where
/// valueMul = 10^loanDecimals and valueDiv = 10^(collateralDecimals + feedDecimals).
/// Rounding always favours the protocol: values and seized collateral round down, LTVs,
/// debts and repay requirements round up.
library LoanMath {
    uint256 internal constant WAD = 1e18;
    uint256 internal constant RAY = 1e27;
    uint256 internal constant SECONDS_PER_YEAR = 365 days;
    uint256 internal constant VIRTUAL_SHARES = 1e6;
    uint256 internal constant VIRTUAL_ASSETS = 1;

    /// @notice Value of `collateral` at `price`, in loan-token base units, rounded down.
    function collateralValue(uint256 collateral, uint256 price, uint256 valueMul, uint256 valueDiv)
        internal
        pure
        returns (uint256)
    {
        return Math.mulDiv(collateral, price * valueMul, valueDiv);
    }

    /// @notice debt ÷ collateral value as a WAD fraction, rounded up; 0 without debt and
    /// type(uint256).max with debt but no collateral value.
    function ltv(uint256 debt, uint256 collateral, uint256 price, uint256 valueMul, uint256 valueDiv)
        internal
        pure
        returns (uint256)
    {
        if (debt == 0) return 0;
        uint256 value = collateralValue(collateral, price, valueMul, valueDiv);
        if (value == 0) return type(uint256).max;
        return Math.mulDiv(debt, WAD, value, Math.Rounding.Ceil);
    }

    /// @notice The collateral price (feed units, rounded up) at or below which the position's
    /// LTV reaches `lineLtv`; 0 without debt, type(uint256).max without collateral.
    function priceAtLtv(
        uint256 debt,
        uint256 collateral,
        uint256 lineLtv,
        uint256 valueMul,
        uint256 valueDiv
    ) internal pure returns (uint256) {
        if (debt == 0) return 0;
        if (collateral == 0) return type(uint256).max;
        return Math.mulDiv(debt, WAD * valueDiv, lineLtv * collateral * valueMul, Math.Rounding.Ceil);
    }

    /// @notice The per-second rate (RAY) that compounds to `annualRate` (WAD) simple interest.
    function ratePerSecond(uint256 annualRate) internal pure returns (uint256) {
        return RAY + annualRate * (RAY / WAD) / SECONDS_PER_YEAR;
    }

    /// @notice x^n in RAY by squaring, each product rounded half up (MakerDAO's rpow).
    function rpow(uint256 x, uint256 n) internal pure returns (uint256 z) {
        z = n % 2 != 0 ? x : RAY;
        for (n /= 2; n != 0; n /= 2) {
            x = (x * x + RAY / 2) / RAY;
            if (n % 2 != 0) z = (z * x + RAY / 2) / RAY;
        }
    }

    /// @notice The borrow index and total borrowed assets after `elapsed` seconds at
    /// `rate` per second, and the interest added to the totals.
    function accrue(uint256 index, uint256 totalBorrowAssets, uint256 rate, uint256 elapsed)
        internal
        pure
        returns (uint256 newIndex, uint256 newTotalBorrowAssets, uint256 interest)
    {
        uint256 growth = rpow(rate, elapsed);
        newIndex = Math.mulDiv(index, growth, RAY, Math.Rounding.Ceil);
        newTotalBorrowAssets = Math.mulDiv(totalBorrowAssets, growth, RAY);
        interest = newTotalBorrowAssets - totalBorrowAssets;
    }

    /// @notice Debt of `shares` borrow shares at `index`, rounded up.
    function toDebt(uint256 shares, uint256 index) internal pure returns (uint256) {
        return Math.mulDiv(shares, index, RAY, Math.Rounding.Ceil);
    }

    /// @notice Borrow shares worth `assets` at `index`.
    function toBorrowShares(uint256 assets, uint256 index, Math.Rounding rounding) internal pure returns (uint256) {
        return Math.mulDiv(assets, RAY, index, rounding);
    }

    /// @notice Supply shares worth `assets`, with virtual shares against share inflation.
    function toSupplyShares(uint256 assets, uint256 totalAssets, uint256 totalShares, Math.Rounding rounding)
        internal
        pure
        returns (uint256)
    {
        return Math.mulDiv(assets, totalShares + VIRTUAL_SHARES, totalAssets + VIRTUAL_ASSETS, rounding);
    }

    /// @notice Assets worth `shares` supply shares.
    function toSupplyAssets(uint256 shares, uint256 totalAssets, uint256 totalShares, Math.Rounding rounding)
        internal
        pure
        returns (uint256)
    {
        return Math.mulDiv(shares, totalAssets + VIRTUAL_ASSETS, totalShares + VIRTUAL_SHARES, rounding);
    }

    /// @notice What a liquidation of a position with `debt` and `collateral` at `price`
    /// repays, seizes and writes off, given the liquidator repays at most `maxRepay`.
    /// @dev Repays only what brings LTV back to `targetLtv` and seizes the repaid value plus
    /// `bonus`. When the collateral is worth less than debt × (1 + bonus) it cannot cover a
    /// liquidation that lowers LTV: all collateral is seized for its value ÷ (1 + bonus) and
    /// the rest of the debt is bad debt; that needs maxRepay to cover the whole repayment.
    function liquidation(
        uint256 debt,
        uint256 collateral,
        uint256 price,
        uint256 maxRepay,
        uint256 targetLtv,
        uint256 bonus,
        uint256 valueMul,
        uint256 valueDiv
    ) internal pure returns (uint256 repaid, uint256 seized, uint256 badDebt) {
        uint256 value = collateralValue(collateral, price, valueMul, valueDiv);
        uint256 bonusFactor = WAD + bonus;
        if (Math.mulDiv(debt, bonusFactor, WAD, Math.Rounding.Ceil) > value) {
            repaid = Math.mulDiv(value, WAD, bonusFactor, Math.Rounding.Ceil);
            if (repaid > maxRepay) revert IMarketErrors.RepayTooSmall(repaid, maxRepay);
            return (repaid, collateral, debt - repaid);
        }
        repaid = Math.min(Math.min(repayToTarget(debt, value, targetLtv, bonusFactor), debt), maxRepay);
        seized = Math.min(Math.mulDiv(repaid * bonusFactor, valueDiv, WAD * price * valueMul), collateral);
    }

    /// @notice Debt to repay, seizing repaid × bonusFactor of collateral value, so that LTV
    /// falls to `targetLtv`: (debt − r) ÷ (value − r × bonusFactor) = target, rounded up.
    function repayToTarget(uint256 debt, uint256 value, uint256 targetLtv, uint256 bonusFactor)
        internal
        pure
        returns (uint256)
    {
        uint256 excess = debt * WAD;
        uint256 allowed = targetLtv * value;
        if (excess <= allowed) return 0;
        uint256 denominator = WAD - Math.mulDiv(targetLtv, bonusFactor, WAD, Math.Rounding.Ceil);
        return Math.ceilDiv(excess - allowed, denominator);
    }

    /// @notice Debt to repay so that LTV is at most `targetLtv`.
    function debtToRepayForLtv(
        uint256 debt,
        uint256 collateral,
        uint256 price,
        uint256 targetLtv,
        uint256 valueMul,
        uint256 valueDiv
    ) internal pure returns (uint256) {
        uint256 allowed = Math.mulDiv(collateralValue(collateral, price, valueMul, valueDiv), targetLtv, WAD);
        return debt > allowed ? debt - allowed : 0;
    }

    /// @notice Collateral to add so that LTV is at most `targetLtv`.
    function collateralToAddForLtv(
        uint256 debt,
        uint256 collateral,
        uint256 price,
        uint256 targetLtv,
        uint256 valueMul,
        uint256 valueDiv
    ) internal pure returns (uint256) {
        uint256 neededValue = Math.mulDiv(debt, WAD, targetLtv, Math.Rounding.Ceil);
        uint256 needed = Math.mulDiv(neededValue, valueDiv, price * valueMul, Math.Rounding.Ceil);
        return needed > collateral ? needed - collateral : 0;
    }
}
