// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {MarketFixture} from "./utils/MarketFixture.sol";
import {ISeedMarket, SeedBatch, Seeder} from "../src/dev/SeedBatch.sol";

/// @notice The development seeder opens one position per entry, with three market events
/// each, and cannot be used to take its collateral.
contract SeedBatchTest is MarketFixture {
    SeedBatch internal batch;

    function setUp() public override {
        super.setUp();
        supplyAs(lender, 1_000_000 * USD);
        batch = new SeedBatch(ISeedMarket(address(market)));
    }

    function test_seed_opensEveryPosition() public {
        uint256[] memory collaterals = new uint256[](3);
        uint256[] memory debts = new uint256[](3);
        collaterals[0] = BTC / 10; // $10,000
        debts[0] = 2_000 * USD; // 20%
        collaterals[1] = BTC / 2 + 1; // odd: the two deposits differ by one unit
        debts[1] = 0;
        collaterals[2] = BTC;
        debts[2] = 50_000 * USD; // at maxBorrowLtv
        address[] memory borrowers = batch.seed(collaterals, debts);
        for (uint256 i; i < 3; ++i) {
            (uint256 collateral, uint256 debt) = market.position(borrowers[i]);
            assertEq(collateral, collaterals[i], "collateral");
            assertEq(debt, debts[i], "debt");
            assertLe(borrowers[i].code.length, 8, "a borrower has no functions");
        }
        assertEq(market.ltv(borrowers[0]), 0.2e18, "LTV of $2,000 on $10,000");
        assertEq(usdc.balanceOf(address(batch)), 52_000 * USD, "the batch holds what was borrowed");
        assertEq(market.totalCollateral(), BTC / 10 + BTC / 2 + 1 + BTC, "totalCollateral");
    }

    function test_seed_revertsOnLengthMismatch() public {
        vm.expectRevert(abi.encodeWithSelector(Seeder.LengthMismatch.selector, 1, 0));
        batch.seed(new uint256[](1), new uint256[](0));
    }

    function test_depositFor_revertsOutsideSeed() public {
        vm.expectRevert(abi.encodeWithSelector(Seeder.NotSeeding.selector, address(this)));
        batch.depositFor(BTC);
    }
}
