// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice Risk parameters of a market, fixed at creation. LTVs and the bonus are WAD
/// fractions (1e18 = 100%); borrowRate is an annual rate as a WAD fraction.
struct MarketParams {
    uint256 maxBorrowLtv;
    uint256 marginCallLtv;
    uint256 liquidationLtv;
    uint256 liquidationBonus;
    uint256 liquidationTargetLtv;
    uint256 maxPriceAge;
    uint256 borrowRate;
}

/// @notice Errors of the lending market and its factory. Each carries the values that caused it.
interface IMarketErrors {
    error ZeroAmount();
    error ZeroAddress();
    error LtvTooHigh(uint256 ltv, uint256 max);
    error StalePrice(uint256 updatedAt, uint256 maxAge);
    error InvalidPrice(int256 answer);
    error NotLiquidatable(uint256 ltv, uint256 liquidationLtv);
    error RepayTooSmall(uint256 required, uint256 maxRepayAssets);
    error InsufficientCollateral(uint256 requested, uint256 available);
    error InsufficientLiquidity(uint256 requested, uint256 available);
    error InsufficientSupply(uint256 requested, uint256 available);
    error RateTooHigh(uint256 rate, uint256 max);
    error InvalidLtvOrder(uint256 maxBorrowLtv, uint256 marginCallLtv, uint256 liquidationLtv);
    error InvalidTargetLtv(uint256 liquidationTargetLtv, uint256 liquidationLtv);
    error LiquidationLtvTooHigh(uint256 liquidationLtv, uint256 liquidationBonus);
    error InvalidMaxPriceAge(uint256 maxPriceAge);
    error UnsupportedDecimals(uint8 collateralDecimals, uint8 loanDecimals, uint8 feedDecimals);
    error MarketExists(address collateralToken, address market);
}

/// @notice Events of a lending market. Each carries the resulting position and totals, so
/// that an indexer can rebuild every position and the market totals from logs alone.
interface IMarketEvents {
    /// @dev Emitted when interest accrues (at most once per block).
    event AccrueInterest(
        uint256 borrowIndex, uint256 interest, uint256 totalBorrowAssets, uint256 totalSupplyAssets
    );
    event BorrowRateSet(uint256 oldRate, uint256 newRate, uint256 ratePerSecond);
    event Supply(
        address indexed caller,
        address indexed onBehalf,
        uint256 assets,
        uint256 shares,
        uint256 totalSupplyAssets,
        uint256 totalSupplyShares
    );
    event Withdraw(
        address indexed caller,
        address indexed receiver,
        uint256 assets,
        uint256 shares,
        uint256 totalSupplyAssets,
        uint256 totalSupplyShares
    );
    event DepositCollateral(
        address indexed caller, address indexed onBehalf, uint256 assets, uint256 collateral, uint256 totalCollateral
    );
    event WithdrawCollateral(
        address indexed caller, address indexed receiver, uint256 assets, uint256 collateral, uint256 totalCollateral
    );
    event Borrow(
        address indexed caller,
        address indexed receiver,
        uint256 assets,
        uint256 shares,
        uint256 borrowShares,
        uint256 totalBorrowAssets,
        uint256 totalBorrowShares
    );
    event Repay(
        address indexed caller,
        address indexed onBehalf,
        uint256 assets,
        uint256 shares,
        uint256 borrowShares,
        uint256 totalBorrowAssets,
        uint256 totalBorrowShares
    );
    /// @dev borrowShares and collateral are the borrower's after the liquidation, the totals the
    /// market's; badDebtAssets were written off against lenders.
    event Liquidate(
        address indexed liquidator,
        address indexed borrower,
        uint256 repaidAssets,
        uint256 seizedCollateral,
        uint256 badDebtAssets,
        uint256 price,
        uint256 borrowShares,
        uint256 collateral,
        uint256 totalBorrowAssets,
        uint256 totalBorrowShares,
        uint256 totalSupplyAssets,
        uint256 totalCollateral
    );
}
