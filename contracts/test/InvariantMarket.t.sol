// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {FuzzSelector} from "./utils/Test.sol";
import {MarketFixture} from "./utils/MarketFixture.sol";
import {IMarketErrors} from "../src/interfaces/ILendingMarket.sol";
import {MarketHandler} from "./handlers/MarketHandler.sol";

/// @notice Stateful fuzzing of one wBTC/USDC market: 3 lenders, 5 borrowers and a liquidator
/// act in random order among price moves (including 20-60% crashes), time jumps and borrow
/// rate changes. See MarketHandler for the actions and the ghost checks made during them.
contract InvariantMarketTest is MarketFixture {
    uint256 internal constant LENDERS = 3;
    uint256 internal constant BORROWERS = 5;

    MarketHandler internal handler;
    address[] internal lenders;
    address[] internal borrowers;

    function setUp() public override {
        super.setUp();
        for (uint256 i = 0; i < LENDERS; i++) {
            lenders.push(_actor(string.concat("lender", _digit(i))));
        }
        for (uint256 i = 0; i < BORROWERS; i++) {
            borrowers.push(_actor(string.concat("borrower", _digit(i))));
        }

        handler = new MarketHandler(
            market, wbtc, usdc, feed, owner, lenders, borrowers, liquidator, 100_000 * PRICE_UNIT
        );

        // A starting book so that borrowing and liquidations are reachable from the first calls:
        // $3M of supply and 1 BTC per borrower at 30-50% LTV.
        for (uint256 i = 0; i < LENDERS; i++) {
            supplyAs(lenders[i], 1_000_000 * USD);
        }
        for (uint256 i = 0; i < BORROWERS; i++) {
            depositAs(borrowers[i], BTC);
            borrowAs(borrowers[i], (30_000 + 5_000 * i) * USD);
        }

        bytes4[] memory selectors = new bytes4[](14);
        selectors[0] = MarketHandler.supply.selector;
        selectors[1] = MarketHandler.withdraw.selector;
        selectors[2] = MarketHandler.depositCollateral.selector;
        selectors[3] = MarketHandler.withdrawCollateral.selector;
        selectors[4] = MarketHandler.borrow.selector;
        selectors[5] = MarketHandler.borrow.selector; // listed twice: twice as likely
        selectors[6] = MarketHandler.repay.selector;
        selectors[7] = MarketHandler.liquidate.selector;
        selectors[8] = MarketHandler.liquidate.selector;
        selectors[9] = MarketHandler.movePrice.selector;
        selectors[10] = MarketHandler.crashPrice.selector;
        selectors[11] = MarketHandler.warp.selector;
        selectors[12] = MarketHandler.movePrice.selector;
        selectors[13] = MarketHandler.setBorrowRate.selector;
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    // ------------------------------------------------------------ accounting

    /// Loan tokens the market holds cover every supplied asset not lent out.
    function invariant_loanTokensCoverUnlentSupply() public view {
        assertGe(
            usdc.balanceOf(address(market)) + market.totalBorrowAssets(),
            market.totalSupplyAssets(),
            "loan balance + totalBorrowAssets >= totalSupplyAssets"
        );
    }

    function invariant_supplyCoversBorrows() public view {
        assertGe(market.totalSupplyAssets(), market.totalBorrowAssets(), "totalSupplyAssets >= totalBorrowAssets");
    }

    /// Collateral tokens held cover the sum of positions, which is totalCollateral.
    function invariant_collateralAccounting() public view {
        uint256 sum;
        for (uint256 i = 0; i < BORROWERS; i++) {
            sum += market.collateral(borrowers[i]);
        }
        assertEq(sum, market.totalCollateral(), "sum of collateral == totalCollateral");
        assertGe(wbtc.balanceOf(address(market)), market.totalCollateral(), "collateral held >= totalCollateral");
    }

    function invariant_borrowSharesSum() public view {
        uint256 sum;
        for (uint256 i = 0; i < BORROWERS; i++) {
            sum += market.borrowShares(borrowers[i]);
        }
        assertEq(sum, market.totalBorrowShares(), "sum of borrowShares == totalBorrowShares");
    }

    function invariant_supplySharesSum() public view {
        uint256 sum;
        for (uint256 i = 0; i < LENDERS; i++) {
            sum += market.supplyShares(lenders[i]);
        }
        assertEq(sum, market.totalSupplyShares(), "sum of supplyShares == totalSupplyShares");
    }

    function invariant_supplyBalancesWithinTotal() public view {
        uint256 sum;
        for (uint256 i = 0; i < LENDERS; i++) {
            sum += market.supplyBalance(lenders[i]);
        }
        assertLe(sum, market.totalSupplyAssets(), "sum of supplyBalance <= totalSupplyAssets");
    }

    /// Debts round up, the total rounds down: borrowers never owe less than the market counts.
    function invariant_debtsCoverTotalBorrow() public {
        _sync();
        uint256 sum;
        for (uint256 i = 0; i < BORROWERS; i++) {
            sum += debtOf(borrowers[i]);
        }
        assertGe(sum, market.totalBorrowAssets(), "sum of debts >= totalBorrowAssets");
    }

    // ------------------------------------------------------------ LTV rules

    /// A successful borrow or withdrawCollateral never leaves its caller above maxBorrowLtv.
    function invariant_ownActionsStayWithinMaxBorrowLtv() public view {
        assertTrue(!handler.ownActionAboveMaxLtv(), handler.ownActionDetail());
    }

    /// A liquidation that leaves debt and collateral never raises LTV beyond what rounding one
    /// base unit of debt and of collateral value explains (see MarketHandler._checkLtvRise).
    function invariant_liquidationNeverRaisesLtv() public view {
        assertTrue(!handler.liquidationRaisedLtv(), handler.liquidationRaiseDetail());
    }

    /// Bad debt is written off only by a liquidation that seizes all of the collateral.
    function invariant_badDebtOnlyWhenCollateralExhausted() public view {
        assertTrue(!handler.badDebtWithCollateralLeft(), handler.badDebtDetail());
    }

    /// Below liquidationLtv liquidate reverts NotLiquidatable: checked for the borrower the
    /// handler picked, and here for every borrower (this call's state changes are discarded,
    /// and a success fails the run anyway).
    function invariant_notLiquidatableBelowLiquidationLtv() public {
        assertTrue(!handler.liquidatedBelowThreshold(), handler.belowThresholdDetail());
        _sync();
        uint256 threshold = market.liquidationLtv();
        for (uint256 i = 0; i < BORROWERS; i++) {
            uint256 current = market.ltv(borrowers[i]);
            if (current >= threshold) continue;
            vm.prank(liquidator);
            try market.liquidate(borrowers[i], type(uint256).max) {
                assertTrue(false, "liquidated below liquidationLtv");
            } catch (bytes memory err) {
                assertEq(_selector(err) == IMarketErrors.NotLiquidatable.selector, true, "NotLiquidatable expected");
            }
        }
    }

    /// Liquidate's return values and event agree with the state change, and totalSupplyAssets
    /// falls by exactly the bad debt written off.
    function invariant_liquidateEventMatchesState() public view {
        assertTrue(!handler.eventMismatch(), handler.eventMismatchDetail());
    }

    /// Handler actions are rejected only for the reasons expected of them (e.g. a borrow
    /// within maxBorrowLtv and liquidity, or a full repay, always succeeds).
    function invariant_noUnexpectedReverts() public view {
        assertTrue(!handler.unexpectedRevert(), handler.unexpectedRevertDetail());
    }

    // ------------------------------------------------------------ helpers

    function _sync() internal {
        vm.warp(handler.currentTime());
    }

    function _actor(string memory name) internal returns (address a) {
        a = makeAddr(name);
        vm.startPrank(a);
        wbtc.approve(address(market), type(uint256).max);
        usdc.approve(address(market), type(uint256).max);
        vm.stopPrank();
    }

    function _digit(uint256 i) internal pure returns (string memory) {
        return string(abi.encodePacked(bytes1(uint8(48 + i))));
    }

    function _selector(bytes memory err) internal pure returns (bytes4 sel) {
        if (err.length < 4) return bytes4(0);
        assembly {
            sel := mload(add(err, 32))
        }
    }
}
