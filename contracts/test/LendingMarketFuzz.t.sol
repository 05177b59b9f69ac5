// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MarketFixture} from "./utils/MarketFixture.sol";
import {IMarketErrors} from "../src/interfaces/ILendingMarket.sol";

/// @notice Fuzz tests of every money path of LendingMarket with the default parameters.
contract LendingMarketFuzzTest is MarketFixture {
    uint256 internal constant RAY = 1e27;
    uint256 internal constant MAX_LTV = 0.5e18;
    uint256 internal constant LIQ_LTV = 0.8e18;
    uint256 internal constant TARGET_LTV = 0.7e18;
    uint256 internal constant BONUS_FACTOR = 1.05e18;
    uint256 internal constant VALUE_MUL = 1e6; // 10^usdc decimals
    uint256 internal constant VALUE_DIV = 1e16; // 10^(wbtc decimals + feed decimals)

    uint256 internal constant MIN_COLLATERAL = 1e4; // 0.0001 BTC
    uint256 internal constant MAX_COLLATERAL = 1e12; // 10,000 BTC
    uint256 internal constant MIN_PRICE = 1e8; // $1
    uint256 internal constant MAX_PRICE = 1e15; // $10M
    uint256 internal constant MAX_ELAPSED = 10 * 365 days;
    uint256 internal constant DEEP_LIQUIDITY = 1e18; // $1 trillion

    /// @notice What a liquidation test records before it liquidates.
    struct Before {
        uint256 debt;
        uint256 collateral;
        uint256 ltv;
        uint256 totalSupplyAssets;
        uint256 liquidatorUsdc;
        uint256 liquidatorWbtc;
        uint256 marketUsdc;
        uint256 marketWbtc;
    }

    // ------------------------------------------------------------ helpers

    function setPriceUnits(uint256 price) internal {
        feed.setPrice(int256(price));
    }

    function valueOf(uint256 held, uint256 price) internal pure returns (uint256) {
        return held * price * VALUE_MUL / VALUE_DIV;
    }

    function ceilDiv(uint256 a, uint256 b) internal pure returns (uint256) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }

    /// @notice The largest borrow whose LTV is at most maxBorrowLtv, at index 1.
    function maxBorrowOf(uint256 held, uint256 price) internal pure returns (uint256) {
        return valueOf(held, price) * MAX_LTV / 1e18;
    }

    /// @notice Sets a borrow rate of `rate` mapped into [0, 100%] a year, and lets `elapsed`
    /// mapped into [0, MAX_ELAPSED] pass since START.
    function accrue(uint256 rate, uint256 elapsed) internal {
        vm.prank(owner);
        market.setBorrowRate(bound(rate, 0, 1e18));
        vm.warp(START + bound(elapsed, 0, MAX_ELAPSED));
    }

    /// @notice Lender and borrower in place: deep liquidity, `held` collateral at `price` and
    /// a borrow of `borrowSeed` mapped into [1, max borrow]. Returns the borrowed amount.
    function openPosition(uint256 held, uint256 price, uint256 borrowSeed) internal returns (uint256 borrowed) {
        supplyAs(lender, DEEP_LIQUIDITY);
        setPriceUnits(price);
        depositAs(borrower, held);
        uint256 maxBorrow = maxBorrowOf(held, price);
        vm.assume(maxBorrow != 0);
        borrowed = bound(borrowSeed, 1, maxBorrow);
        borrowAs(borrower, borrowed);
    }

    /// @notice Loan tokens held plus loans outstanding always cover what lenders are owed.
    function assertLendersCovered() internal view {
        assertGe(
            usdc.balanceOf(address(market)) + market.totalBorrowAssets(),
            market.totalSupplyAssets(),
            "balance + borrows cover supply"
        );
    }

    // ------------------------------------------------------------ supply / withdraw

    /// Supplying and withdrawing everything at once never returns more than was supplied,
    /// whatever interest has already moved the share price.
    function testFuzz_supplyWithdrawRoundTrip(uint256 amount, uint256 partSeed, uint256 elapsed, uint256 rate)
        public
    {
        amount = bound(amount, 1, 1e15);
        openPosition(BTC, 100_000 * uint256(PRICE_UNIT), 50_000 * USD);
        accrue(rate, elapsed);

        address who = makeAddr("fuzzLender");
        usdc.mint(who, amount);
        vm.startPrank(who);
        usdc.approve(address(market), amount);
        market.supply(amount, who);
        if (amount >= 2) {
            uint256 part = bound(partSeed, 1, amount / 2);
            market.withdraw(part, who);
            assertEq(usdc.balanceOf(who), part, "partial withdrawal paid");
        }
        // What is left may be worth less than one unit once interest has grown the share price.
        if (market.supplyBalance(who) != 0) market.withdraw(type(uint256).max, who);
        vm.stopPrank();

        uint256 got = usdc.balanceOf(who);
        assertLe(got, amount, "round trip returns no more than supplied");
        assertGe(got + 2, amount, "round trip loses at most rounding");
        assertLendersCovered();
    }

    /// Withdrawing more than one's supply reverts with the supply as the limit.
    function testFuzz_withdrawAboveSupplyReverts(uint256 amount, uint256 extra) public {
        amount = bound(amount, 1, 1e15);
        extra = bound(extra, 1, 1e15);
        supplyAs(lender, amount);
        supplyAs(liquidator, 2e15);
        vm.prank(lender);
        vm.expectRevert(abi.encodeWithSelector(IMarketErrors.InsufficientSupply.selector, amount + extra, amount));
        market.withdraw(amount + extra, lender);
    }

    // ------------------------------------------------------------ borrow

    /// Borrowing exactly up to maxBorrowLtv succeeds; one unit more reverts LtvTooHigh.
    function testFuzz_borrowUpToMaxLtv(uint256 held, uint256 price) public {
        held = bound(held, MIN_COLLATERAL, MAX_COLLATERAL);
        price = bound(price, MIN_PRICE, MAX_PRICE);
        supplyAs(lender, DEEP_LIQUIDITY);
        setPriceUnits(price);
        depositAs(borrower, held);
        uint256 value = valueOf(held, price);
        uint256 maxBorrow = maxBorrowOf(held, price);
        vm.assume(maxBorrow != 0);

        uint256 tooHighLtv = ceilDiv((maxBorrow + 1) * 1e18, value);
        vm.prank(borrower);
        vm.expectRevert(abi.encodeWithSelector(IMarketErrors.LtvTooHigh.selector, tooHighLtv, MAX_LTV));
        market.borrow(maxBorrow + 1, borrower);

        borrowAs(borrower, maxBorrow);
        assertEq(debtOf(borrower), maxBorrow, "debt");
        assertLe(market.ltv(borrower), MAX_LTV, "LTV at most the max");
        assertEq(usdc.balanceOf(borrower), maxBorrow, "borrower paid");

        vm.prank(borrower);
        vm.expectRevert();
        market.borrow(1, borrower);
    }

    /// After interest has grown the index, borrow still enforces maxBorrowLtv on the debt it creates.
    function testFuzz_borrowAfterInterestRespectsMaxLtv(uint256 held, uint256 price, uint256 elapsed, uint256 amount)
        public
    {
        held = bound(held, MIN_COLLATERAL, MAX_COLLATERAL);
        price = bound(price, MIN_PRICE, MAX_PRICE);
        elapsed = bound(elapsed, 1, MAX_ELAPSED);
        openPosition(held, price, 1);
        vm.warp(START + elapsed);
        setPriceUnits(price);
        // A second borrower borrows a random amount against fresh collateral.
        depositAs(liquidator, held);
        uint256 maxBorrow = maxBorrowOf(held, price);
        amount = bound(amount, 1, maxBorrow + maxBorrow / 10 + 1);
        vm.prank(liquidator);
        try market.borrow(amount, liquidator) {
            assertLe(market.ltv(liquidator), MAX_LTV, "borrow left LTV above the max");
            assertGe(debtOf(liquidator), amount, "debt at least the amount borrowed");
            assertLe(debtOf(liquidator), amount + market.borrowIndex() / RAY + 1, "debt at most one share more");
        } catch (bytes memory reason) {
            assertTrue(bytes4(reason) == IMarketErrors.LtvTooHigh.selector, "only LtvTooHigh");
            assertGe(amount + market.currentBorrowIndex() / RAY + 1, maxBorrow + 1, "reverted below the max");
        }
    }

    // ------------------------------------------------------------ collateral

    /// The least collateral that keeps `debt` at or below maxBorrowLtv at `price`:
    /// value(c) >= ceil(debt / maxBorrowLtv), and value rounds down.
    function minCollateralFor(uint256 debt, uint256 price) internal pure returns (uint256) {
        uint256 neededValue = ceilDiv(debt * 1e18, MAX_LTV);
        return ceilDiv(neededValue * VALUE_DIV, price * VALUE_MUL);
    }

    /// The LTV the market computes for `debt` against `held` at `price`.
    function ltvOf(uint256 debt, uint256 held, uint256 price) internal pure returns (uint256) {
        uint256 value = valueOf(held, price);
        return value == 0 ? type(uint256).max : ceilDiv(debt * 1e18, value);
    }

    /// With debt, withdrawing the largest amount that keeps LTV at most maxBorrowLtv succeeds
    /// and pays exactly that; one unit more reverts LtvTooHigh with the LTV it would leave.
    /// After interest the debt may already sit above the line: then one unit reverts.
    function testFuzz_withdrawCollateralUpToMaxLtv(uint256 held, uint256 price, uint256 borrowSeed, uint256 elapsed)
        public
    {
        held = bound(held, MIN_COLLATERAL, MAX_COLLATERAL);
        price = bound(price, MIN_PRICE, MAX_PRICE);
        elapsed = bound(elapsed, 0, 2 * 365 days);
        openPosition(held, price, borrowSeed);
        vm.warp(START + elapsed);
        setPriceUnits(price);
        uint256 debt = debtOf(borrower);
        uint256 keep = minCollateralFor(debt, price);
        uint256 maxWithdraw = keep < held ? held - keep : 0;
        uint256 left = held - maxWithdraw;

        vm.prank(borrower);
        vm.expectRevert(
            abi.encodeWithSelector(IMarketErrors.LtvTooHigh.selector, ltvOf(debt, left - 1, price), MAX_LTV)
        );
        market.withdrawCollateral(maxWithdraw + 1, borrower);

        if (maxWithdraw != 0) {
            vm.prank(borrower);
            market.withdrawCollateral(maxWithdraw, borrower);
        }
        if (keep <= held) assertLe(market.ltv(borrower), MAX_LTV, "LTV at most the max");
        else assertLt(MAX_LTV, market.ltv(borrower), "interest alone pushed LTV above the max");
        assertEq(market.ltv(borrower), ltvOf(debt, left, price), "LTV as computed");
        assertEq(wbtc.balanceOf(borrower), maxWithdraw, "borrower paid");
        assertEq(market.collateral(borrower), left, "collateral left");
        assertEq(market.totalCollateral(), left, "totalCollateral");
        assertEq(wbtc.balanceOf(address(market)), left, "market holds the rest");

        vm.prank(borrower);
        vm.expectRevert(
            abi.encodeWithSelector(IMarketErrors.LtvTooHigh.selector, ltvOf(debt, left - 1, price), MAX_LTV)
        );
        market.withdrawCollateral(1, borrower);
    }

    /// Without debt, collateral deposited on behalf of a borrower comes back in full, in any
    /// split, to any receiver, whatever the feed says; other positions are untouched.
    function testFuzz_depositWithdrawCollateralRoundTrip(uint256 amount, uint256 partSeed, int256 answer) public {
        amount = bound(amount, 1, MAX_COLLATERAL);
        depositAs(liquidator, BTC); // someone else's collateral
        feed.setPrice(answer);

        address payer = makeAddr("payer");
        address receiver = makeAddr("receiver");
        wbtc.mint(payer, amount);
        vm.startPrank(payer);
        wbtc.approve(address(market), amount);
        market.depositCollateral(amount, borrower);
        vm.stopPrank();
        assertEq(wbtc.balanceOf(payer), 0, "payer charged");
        assertEq(market.collateral(borrower), amount, "borrower credited");
        assertEq(market.collateral(payer), 0, "payer not credited");
        assertEq(market.totalCollateral(), BTC + amount, "totalCollateral after deposit");
        assertEq(wbtc.balanceOf(address(market)), BTC + amount, "market holds the deposit");

        uint256 part = bound(partSeed, 1, amount);
        vm.startPrank(borrower);
        market.withdrawCollateral(part, receiver);
        assertEq(wbtc.balanceOf(receiver), part, "first part paid");
        assertEq(market.totalCollateral(), BTC + amount - part, "totalCollateral after part");
        if (part < amount) market.withdrawCollateral(amount - part, receiver);
        vm.stopPrank();

        assertEq(wbtc.balanceOf(receiver), amount, "everything back");
        assertEq(wbtc.balanceOf(borrower), 0, "nothing to the caller");
        assertEq(market.collateral(borrower), 0, "position empty");
        assertEq(market.collateral(liquidator), BTC, "other position untouched");
        assertEq(market.totalCollateral(), BTC, "totalCollateral back");
        assertEq(wbtc.balanceOf(address(market)), BTC, "market holds the rest");

        vm.prank(borrower);
        vm.expectRevert(abi.encodeWithSelector(IMarketErrors.InsufficientCollateral.selector, 1, 0));
        market.withdrawCollateral(1, receiver);
    }

    // ------------------------------------------------------------ repay

    /// Repay takes min(amount, debt) from the payer, lowers the debt by that much (give or
    /// take one share of rounding in the protocol's favour) and never below zero.
    function testFuzz_repay(uint256 borrowSeed, uint256 elapsed, uint256 rate, uint256 amount) public {
        openPosition(10 * BTC, 100_000 * uint256(PRICE_UNIT), borrowSeed);
        accrue(rate, elapsed);

        uint256 debtBefore = debtOf(borrower);
        amount = bound(amount, 1, debtBefore * 2);
        usdc.mint(liquidator, amount);
        uint256 marketBefore = usdc.balanceOf(address(market));
        vm.prank(liquidator);
        uint256 repaid = market.repay(amount, borrower);

        uint256 expected = amount < debtBefore ? amount : debtBefore;
        assertEq(repaid, expected, "repaid min(amount, debt)");
        assertEq(usdc.balanceOf(liquidator), amount - repaid, "payer charged exactly repaid");
        assertEq(usdc.balanceOf(address(market)), marketBefore + repaid, "market received repaid");
        uint256 debtAfter = debtOf(borrower);
        if (repaid == debtBefore) {
            assertEq(debtAfter, 0, "fully repaid");
            assertEq(market.borrowShares(borrower), 0, "no shares left");
        } else {
            assertGe(debtAfter, debtBefore - repaid, "debt fell by at most repaid");
            assertLe(debtAfter, debtBefore - repaid + market.borrowIndex() / RAY + 1, "debt fell by repaid");
        }
        assertLendersCovered();
    }

    /// type(uint256).max repays the whole debt whatever the interest, and nothing more.
    function testFuzz_repayMax(uint256 borrowSeed, uint256 elapsed, uint256 rate) public {
        openPosition(10 * BTC, 100_000 * uint256(PRICE_UNIT), borrowSeed);
        accrue(rate, elapsed);
        uint256 debtBefore = debtOf(borrower);
        usdc.mint(borrower, debtBefore);
        uint256 balanceBefore = usdc.balanceOf(borrower);
        vm.prank(borrower);
        uint256 repaid = market.repay(type(uint256).max, borrower);
        assertEq(repaid, debtBefore, "repaid the debt");
        assertEq(usdc.balanceOf(borrower), balanceBefore - debtBefore, "charged the debt only");
        assertEq(debtOf(borrower), 0, "no debt");
        assertEq(market.totalBorrowShares(), 0, "no shares");
        assertEq(market.totalBorrowAssets(), 0, "no borrows");
        // Every lender can now leave.
        vm.prank(lender);
        market.withdraw(type(uint256).max, lender);
        assertGe(usdc.balanceOf(lender), DEEP_LIQUIDITY, "lender at least whole");
    }

    // ------------------------------------------------------------ interest

    /// Debt, the index and lenders' supply never decrease with time, and debt never falls
    /// below the principal, whether interest is accrued in between or not.
    function testFuzz_interestMonotone(uint256 borrowSeed, uint256 rate, uint256 t1, uint256 t2, bool accrueBetween)
        public
    {
        rate = bound(rate, 0, 1e18);
        t1 = bound(t1, 0, MAX_ELAPSED);
        t2 = bound(t2, t1, MAX_ELAPSED);
        uint256 principal = openPosition(10 * BTC, 100_000 * uint256(PRICE_UNIT), borrowSeed);
        vm.prank(owner);
        market.setBorrowRate(rate);

        vm.warp(START + t1);
        uint256 debt1 = debtOf(borrower);
        uint256 index1 = market.currentBorrowIndex();
        if (accrueBetween) market.accrueInterest();
        uint256 supply1 = market.totalSupplyAssets();
        uint256 lender1 = market.supplyBalance(lender);

        vm.warp(START + t2);
        uint256 debt2 = debtOf(borrower);
        uint256 index2 = market.currentBorrowIndex();
        market.accrueInterest();

        assertGe(debt1, principal, "debt at least the principal");
        assertGe(debt2, debt1, "debt never decreases");
        assertGe(index2, index1, "index never decreases");
        assertEq(market.borrowIndex(), index2, "accrual matches the view");
        assertGe(market.totalSupplyAssets(), supply1, "supply never decreases");
        assertGe(market.supplyBalance(lender), lender1, "lender balance never decreases");
        assertLe(market.totalBorrowAssets(), debt2, "total borrows at most the sum of debts");
        if (rate == 0) assertEq(debt2, principal, "no interest at rate 0");
    }

    // ------------------------------------------------------------ liquidation

    /// Liquidation at a price chosen to put the position at a random LTV from 60% to 250%,
    /// half of the runs between the liquidation line and the bad-debt line (1 / 1.05).
    function testFuzz_liquidateAtRandomLtv(
        uint256 held,
        uint256 borrowSeed,
        uint256 elapsed,
        uint256 ltvAfterDrop,
        uint256 maxRepaySeed
    ) public {
        held = bound(held, MIN_COLLATERAL, MAX_COLLATERAL);
        elapsed = bound(elapsed, 0, 2 * 365 days);
        ltvAfterDrop = (maxRepaySeed >> 128) % 2 == 0
            ? bound(ltvAfterDrop, 0.8e18, 0.96e18)
            : bound(ltvAfterDrop, 0.6e18, 2.5e18);
        openPosition(held, 100_000 * uint256(PRICE_UNIT), borrowSeed);
        vm.warp(START + elapsed);
        uint256 debt = debtOf(borrower);
        uint256 price = debt * 1e18 * VALUE_DIV / (ltvAfterDrop * held * VALUE_MUL);
        price = bound(price, MIN_PRICE, MAX_PRICE);
        setPriceUnits(price);
        liquidateAndCheck(maxRepaySeed, price);
    }

    /// Liquidation at any price from $1 to $10M after any time up to ten years.
    function testFuzz_liquidateAtRandomPrice(
        uint256 held,
        uint256 borrowSeed,
        uint256 elapsed,
        uint256 price,
        uint256 maxRepaySeed
    ) public {
        held = bound(held, MIN_COLLATERAL, MAX_COLLATERAL);
        elapsed = bound(elapsed, 0, MAX_ELAPSED);
        price = bound(price, MIN_PRICE, MAX_PRICE);
        uint256 startPrice = bound(uint256(keccak256(abi.encode(price))), MIN_PRICE, MAX_PRICE);
        openPosition(held, startPrice, borrowSeed);
        vm.warp(START + elapsed);
        setPriceUnits(price);
        liquidateAndCheck(maxRepaySeed, price);
    }

    /// @notice Liquidates the borrower with a maxRepayAssets drawn from `maxRepaySeed` and
    /// checks every property a liquidation must keep, or the exact error when it must revert.
    function liquidateAndCheck(uint256 maxRepaySeed, uint256 price) internal {
        Before memory b;
        (b.collateral, b.debt) = market.position(borrower);
        b.ltv = market.ltv(borrower);
        uint256 maxRepay = maxRepaySeed % 4 == 0 ? type(uint256).max : bound(maxRepaySeed, 1, b.debt * 2);
        address[] memory who = new address[](2);
        (who[0], who[1]) = (borrower, liquidator);
        bool[] memory live = market.liquidatable(who);
        assertEq(live[0], b.ltv >= LIQ_LTV, "liquidatable says what liquidate checks");
        assertEq(live[1], false, "without debt: not liquidatable");

        if (b.ltv < LIQ_LTV) {
            vm.prank(liquidator);
            vm.expectRevert(abi.encodeWithSelector(IMarketErrors.NotLiquidatable.selector, b.ltv, LIQ_LTV));
            market.liquidate(borrower, maxRepay);
            return;
        }
        uint256 value = valueOf(b.collateral, price);
        bool underwater = ceilDiv(b.debt * BONUS_FACTOR, 1e18) > value;
        if (underwater) {
            uint256 required = ceilDiv(value * 1e18, BONUS_FACTOR);
            if (required > maxRepay) {
                vm.prank(liquidator);
                vm.expectRevert(abi.encodeWithSelector(IMarketErrors.RepayTooSmall.selector, required, maxRepay));
                market.liquidate(borrower, maxRepay);
                return;
            }
        }

        market.accrueInterest();
        usdc.mint(liquidator, b.debt);
        b.totalSupplyAssets = market.totalSupplyAssets();
        b.liquidatorUsdc = usdc.balanceOf(liquidator);
        b.liquidatorWbtc = wbtc.balanceOf(liquidator);
        b.marketUsdc = usdc.balanceOf(address(market));
        b.marketWbtc = wbtc.balanceOf(address(market));

        vm.prank(liquidator);
        (uint256 repaid, uint256 seized) = market.liquidate(borrower, maxRepay);
        checkLiquidation(b, repaid, seized, maxRepay, underwater);
    }

    /// @notice An uncapped partial liquidation leaves the position at the target LTV, up to
    /// the rounding of base units: one borrow share and one unit of value on the debt side,
    /// one satoshi of collateral kept back on the value side.
    function checkAtTarget(uint256 debtAfter, uint256 heldAfter, uint256 price) internal view {
        uint256 valueAfter = valueOf(heldAfter, price);
        uint256 debtSlack = market.borrowIndex() / RAY + 2;
        uint256 satValue = ceilDiv(price * VALUE_MUL, VALUE_DIV);
        assertLe(debtAfter * 1e18, TARGET_LTV * valueAfter + debtSlack * 1e18, "LTV after at most the target");
        assertGe((debtAfter + debtSlack) * 1e18, TARGET_LTV * (valueAfter - satValue), "LTV after close to the target");
    }

    function checkLiquidation(Before memory b, uint256 repaid, uint256 seized, uint256 maxRepay, bool underwater)
        internal
    {
        (uint256 heldAfter, uint256 debtAfter) = market.position(borrower);
        uint256 price = market.collateralPrice();
        uint256 badDebt = b.totalSupplyAssets - market.totalSupplyAssets();

        assertLe(repaid, maxRepay, "repaid at most maxRepayAssets");
        assertLe(repaid, b.debt, "repaid at most the debt");
        assertLe(seized, b.collateral, "seized at most the collateral");
        assertEq(heldAfter, b.collateral - seized, "collateral fell by seized");
        assertEq(usdc.balanceOf(liquidator), b.liquidatorUsdc - repaid, "liquidator paid repaid");
        assertEq(wbtc.balanceOf(liquidator), b.liquidatorWbtc + seized, "liquidator got seized");
        assertEq(usdc.balanceOf(address(market)), b.marketUsdc + repaid, "market got repaid");
        assertEq(wbtc.balanceOf(address(market)), b.marketWbtc - seized, "market gave seized");
        assertEq(market.totalCollateral(), wbtc.balanceOf(address(market)), "collateral accounted");

        if (underwater) {
            assertEq(heldAfter, 0, "underwater: all collateral seized");
            assertEq(debtAfter, 0, "underwater: position closed");
            assertEq(badDebt, b.debt - repaid, "underwater: the rest is bad debt");
        } else {
            assertEq(badDebt, 0, "bad debt only when collateral is exhausted");
            assertGe(debtAfter, b.debt - repaid, "debt fell by at most repaid");
            assertLe(debtAfter, b.debt - repaid + market.borrowIndex() / RAY + 1, "debt fell by repaid");
        }
        // The borrower is the only debtor: the total never exceeds its debt, and no borrowed
        // dust is left once its shares are gone.
        assertLe(market.totalBorrowAssets(), debtAfter, "totalBorrowAssets at most the debt");
        if (market.totalBorrowShares() == 0) assertEq(market.totalBorrowAssets(), 0, "no borrows without shares");
        if (heldAfter == 0) assertEq(debtAfter, 0, "no debt left without collateral");
        if (debtAfter != 0) {
            // As in repay, repaid assets buy borrow shares rounded down (in the protocol's
            // favour), so the debt can fall by up to one share less than repaid: on dust
            // positions that alone can move LTV.
            uint256 shareSlack = market.borrowIndex() / RAY + 1;
            uint256 debtLessSlack = debtAfter > shareSlack ? debtAfter - shareSlack : 0;
            assertLe(debtLessSlack * 1e18, b.ltv * valueOf(heldAfter, price), "LTV never rises");
            if (repaid < maxRepay) checkAtTarget(debtAfter, heldAfter, price);
        }
        assertLendersCovered();

        // Whatever happened, once the borrower repays the rest every lender can leave.
        if (debtAfter != 0) {
            usdc.mint(borrower, debtAfter);
            vm.prank(borrower);
            market.repay(type(uint256).max, borrower);
        }
        uint256 owed = market.supplyBalance(lender);
        vm.prank(lender);
        market.withdraw(type(uint256).max, lender);
        assertEq(usdc.balanceOf(lender), owed, "lender paid its balance");
    }
}
