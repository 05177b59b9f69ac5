// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MockERC20} from "./MockERC20.sol";

interface ISeedMarket {
    function collateralToken() external view returns (address);
    function depositCollateral(uint256 assets, address onBehalf) external;
    function borrow(uint256 assets, address receiver) external returns (uint256 shares);
}

/// @notice Development only: one borrower, created by SeedBatch. Its constructor has the
/// batch deposit its collateral and borrows; it has no functions.
contract SeedBorrower {
    constructor(ISeedMarket market, uint256 collateral, uint256 debt) {
        SeedBatch(msg.sender).depositFor(collateral);
        if (debt > 0) market.borrow(debt, msg.sender);
    }
}

/// @notice Development only: opens many positions in one transaction, for benchmarks and
/// demos. Each borrower is a new SeedBorrower: the batch mints its collateral from the mock
/// token and deposits it in two halves, then the borrower borrows, so every borrower leaves
/// three market events. The borrowed loan tokens stay with the batch.
contract SeedBatch {
    ISeedMarket public immutable market;
    MockERC20 public immutable collateralToken;

    error LengthMismatch(uint256 collaterals, uint256 debts);
    error NotSeeding(address caller);

    bool private seeding;

    constructor(ISeedMarket market_) {
        market = market_;
        collateralToken = MockERC20(market_.collateralToken());
        collateralToken.approve(address(market_), type(uint256).max);
    }

    /// @notice Opens one position per index; returns the borrowers.
    function seed(uint256[] calldata collaterals, uint256[] calldata debts)
        external
        returns (address[] memory borrowers)
    {
        uint256 n = collaterals.length;
        if (debts.length != n) revert LengthMismatch(n, debts.length);
        uint256 total;
        for (uint256 i; i < n; ++i) {
            total += collaterals[i];
        }
        collateralToken.mint(address(this), total);
        borrowers = new address[](n);
        seeding = true;
        for (uint256 i; i < n; ++i) {
            borrowers[i] = address(new SeedBorrower(market, collaterals[i], debts[i]));
        }
        seeding = false;
    }

    /// @notice Called by a SeedBorrower's constructor: deposits its collateral in two halves.
    function depositFor(uint256 collateral) external {
        if (!seeding) revert NotSeeding(msg.sender);
        market.depositCollateral(collateral / 2, msg.sender);
        market.depositCollateral(collateral - collateral / 2, msg.sender);
    }
}
