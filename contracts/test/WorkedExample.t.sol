// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MarketFixture} from "./utils/MarketFixture.sol";

/// @notice The product's worked examples, as the contract computes them.
contract WorkedExampleTest is MarketFixture {
    function setUp() public override {
        super.setUp();
        supplyAs(lender, 1_000_000 * USD);
        depositAs(borrower, BTC / 10); // 0.1 BTC = $10,000 at $100,000
        borrowAs(borrower, 2_000 * USD);
    }

    function test_ltvAtTenThousandIsTwentyPercent() public view {
        assertEq(market.ltv(borrower), 0.2e18, "LTV of $2,000 on $10,000");
    }

    function test_ltvAtTwelveThousandIsSixteenPointSixSeven() public {
        setPrice(120_000);
        // 2000 / 12000 = 0.1666..., rounded up in the protocol's favour.
        assertEq(market.ltv(borrower), 166_666_666_666_666_667, "LTV of $2,000 on $12,000");
    }

    function test_ltvAtEightThousandIsTwentyFivePercent() public {
        setPrice(80_000);
        assertEq(market.ltv(borrower), 0.25e18, "LTV of $2,000 on $8,000");
    }

    /// One year of per-second compounding at 2.9% APR: 2000 * (1 + 0.029/31536000)^31536000
    /// = 2058.849188922... USDC; the debt rounds up to the next base unit.
    function test_oneYearAtTwoPointNinePercent() public {
        vm.warp(START + 365 days);
        feed.setPrice(100_000 * PRICE_UNIT);
        assertEq(debtOf(borrower), 2_058_849_189, "debt after one year");
    }
}
