// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MockERC20} from "./MockERC20.sol";

interface ISeedMarket {
    function collateralToken() external view returns (address);
    function depositCollateral(uint256 assets, address onBehalf) external;
    function borrow(uint256 assets, address receiver) external returns (uint256 shares);
}

/// @notice Development only: what every seeding batch does. seed() checks the lists, has the
/// batch fund the totals (_fund), then creates one borrower contract per index (_newBorrower),
/// whose constructor calls back into the batch (guarded by onlySeeding) to post its collateral.
abstract contract Seeder {
    error LengthMismatch(uint256 collaterals, uint256 debts);
    error NotSeeding(address caller);

    bool private seeding;

    /// @dev Only while seed() creates borrowers.
    modifier onlySeeding() {
        if (!seeding) revert NotSeeding(msg.sender);
        _;
    }

    /// @notice Opens one position per index; returns the borrowers.
    function seed(uint256[] calldata collaterals, uint256[] calldata debts)
        external
        returns (address[] memory borrowers)
    {
        uint256 n = collaterals.length;
        if (debts.length != n) revert LengthMismatch(n, debts.length);
        uint256 totalCollateral;
        uint256 totalDebt;
        for (uint256 i; i < n; ++i) {
            totalCollateral += collaterals[i];
            totalDebt += debts[i];
        }
        _fund(totalCollateral, totalDebt);
        borrowers = new address[](n);
        seeding = true;
        for (uint256 i; i < n; ++i) {
            borrowers[i] = _newBorrower(collaterals[i], debts[i]);
        }
        seeding = false;
    }

    /// @dev Readies the batch to post `totalCollateral` and lend `totalDebt` to its borrowers.
    function _fund(uint256 totalCollateral, uint256 totalDebt) internal virtual;

    /// @dev Creates one borrower that posts `collateral` and borrows `debt`.
    function _newBorrower(uint256 collateral, uint256 debt) internal virtual returns (address);
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
contract SeedBatch is Seeder {
    ISeedMarket public immutable market;
    MockERC20 public immutable collateralToken;

    constructor(ISeedMarket market_) {
        market = market_;
        collateralToken = MockERC20(market_.collateralToken());
        collateralToken.approve(address(market_), type(uint256).max);
    }

    /// @notice Called by a SeedBorrower's constructor: deposits its collateral in two halves.
    function depositFor(uint256 collateral) external onlySeeding {
        market.depositCollateral(collateral / 2, msg.sender);
        market.depositCollateral(collateral - collateral / 2, msg.sender);
    }

    /// @dev The market lends from its own liquidity: only the collateral is minted.
    function _fund(uint256 totalCollateral, uint256) internal override {
        collateralToken.mint(address(this), totalCollateral);
    }

    function _newBorrower(uint256 collateral, uint256 debt) internal override returns (address) {
        return address(new SeedBorrower(market, collateral, debt));
    }
}
