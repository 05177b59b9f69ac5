// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IMorpho, MarketParams} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";
import {MockERC20} from "./MockERC20.sol";
import {Seeder} from "./SeedBatch.sol";

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
contract MorphoSeedBatch is Seeder {
    IMorpho public immutable morpho;
    MockERC20 public immutable loanToken;
    MockERC20 public immutable collateralToken;
    address private immutable oracle;
    address private immutable irm;
    uint256 private immutable lltv;

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

    /// @notice Called by a MorphoSeedBorrower's constructor: supplies its collateral in two
    /// halves.
    function supplyCollateralFor(uint256 collateral) external onlySeeding {
        MarketParams memory params = marketParams();
        morpho.supplyCollateral(params, collateral / 2, msg.sender, "");
        morpho.supplyCollateral(params, collateral - collateral / 2, msg.sender, "");
    }

    /// @dev Supplies what the borrowers borrow (one Supply event) and mints their collateral.
    function _fund(uint256 totalCollateral, uint256 totalDebt) internal override {
        collateralToken.mint(address(this), totalCollateral);
        if (totalDebt > 0) {
            loanToken.mint(address(this), totalDebt);
            morpho.supply(marketParams(), totalDebt, 0, address(this), "");
        }
    }

    function _newBorrower(uint256 collateral, uint256 debt) internal override returns (address) {
        return address(new MorphoSeedBorrower(morpho, marketParams(), collateral, debt));
    }
}
