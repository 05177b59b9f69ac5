// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IMorpho, MarketParams} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";
import {MockERC20} from "./MockERC20.sol";

/// @notice Development only: one Morpho Blue borrower, created by MorphoSeedBatch. Its
/// constructor has the batch supply its collateral, then borrows on its own behalf (Morpho lets
/// an account borrow for itself without an authorization) and sends the loan to the batch; it
/// has no functions.
contract MorphoSeedBorrower {
    constructor(IMorpho morpho, MarketParams memory params, uint256 collateral, uint256 debt) {
        MorphoSeedBatch(msg.sender).supplyCollateralFor(collateral);
        if (debt > 0) morpho.borrow(params, debt, 0, address(this), msg.sender);
    }
}

/// @notice Development only: opens many positions in one Morpho Blue market in one
/// transaction, for benchmarks. Each call first supplies, from mock loan tokens it mints, what
/// its borrowers borrow (one Supply event); each borrower is a new MorphoSeedBorrower whose
/// collateral, minted from the mock token, the batch supplies in two halves before it borrows,
/// so that every borrower leaves three market events, as SeedBatch's do in a LendingMarket. The
/// borrowed loan tokens stay with the batch.
contract MorphoSeedBatch {
    IMorpho public immutable morpho;
    MockERC20 public immutable loanToken;
    MockERC20 public immutable collateralToken;
    address private immutable oracle;
    address private immutable irm;
    uint256 private immutable lltv;

    error LengthMismatch(uint256 collaterals, uint256 debts);
    error NotSeeding(address caller);

    bool private seeding;

    constructor(IMorpho morpho_, MarketParams memory params) {
        morpho = morpho_;
        loanToken = MockERC20(params.loanToken);
        collateralToken = MockERC20(params.collateralToken);
        oracle = params.oracle;
        irm = params.irm;
        lltv = params.lltv;
        loanToken.approve(address(morpho_), type(uint256).max);
        collateralToken.approve(address(morpho_), type(uint256).max);
    }

    /// @notice The market's parameters.
    function marketParams() public view returns (MarketParams memory) {
        return MarketParams({
            loanToken: address(loanToken),
            collateralToken: address(collateralToken),
            oracle: oracle,
            irm: irm,
            lltv: lltv
        });
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
        MarketParams memory params = marketParams();
        collateralToken.mint(address(this), totalCollateral);
        if (totalDebt > 0) {
            loanToken.mint(address(this), totalDebt);
            morpho.supply(params, totalDebt, 0, address(this), "");
        }
        borrowers = new address[](n);
        seeding = true;
        for (uint256 i; i < n; ++i) {
            borrowers[i] = address(new MorphoSeedBorrower(morpho, params, collaterals[i], debts[i]));
        }
        seeding = false;
    }

    /// @notice Called by a MorphoSeedBorrower's constructor: supplies its collateral in two
    /// halves.
    function supplyCollateralFor(uint256 collateral) external {
        if (!seeding) revert NotSeeding(msg.sender);
        MarketParams memory params = marketParams();
        morpho.supplyCollateral(params, collateral / 2, msg.sender, "");
        morpho.supplyCollateral(params, collateral - collateral / 2, msg.sender, "");
    }
}
