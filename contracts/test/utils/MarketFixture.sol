// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "./Test.sol";
import {LendingMarket} from "../../src/LendingMarket.sol";
import {MarketFactory} from "../../src/MarketFactory.sol";
import {MarketParams} from "../../src/interfaces/ILendingMarket.sol";
import {MockERC20} from "../../src/dev/MockERC20.sol";
import {MockPriceFeed} from "../../src/dev/MockPriceFeed.sol";

/// @notice A wBTC/USDC market with the default parameters, a lender and a borrower.
abstract contract MarketFixture is Test {
    uint256 internal constant WAD = 1e18;
    uint256 internal constant BTC = 1e8; // one wBTC in base units
    uint256 internal constant USD = 1e6; // one USDC in base units
    int256 internal constant PRICE_UNIT = 1e8; // one dollar in feed units
    uint256 internal constant START = 1_700_000_000;

    MarketFactory internal factory;
    LendingMarket internal market;
    MockERC20 internal wbtc;
    MockERC20 internal usdc;
    MockPriceFeed internal feed;

    address internal owner;
    address internal lender;
    address internal borrower;
    address internal liquidator;

    function setUp() public virtual {
        vm.warp(START);
        owner = makeAddr("owner");
        lender = makeAddr("lender");
        borrower = makeAddr("borrower");
        liquidator = makeAddr("liquidator");

        wbtc = new MockERC20("Wrapped BTC", "WBTC", 8);
        usdc = new MockERC20("USD Coin", "USDC", 6);
        feed = new MockPriceFeed(8, "BTC / USD", 100_000 * PRICE_UNIT);
        factory = new MarketFactory(owner);
        MarketParams memory params = factory.defaultParams();
        vm.prank(owner);
        market = LendingMarket(factory.createMarket(wbtc, usdc, feed, params));

        for (uint256 i = 0; i < 3; i++) {
            address user = [lender, borrower, liquidator][i];
            vm.startPrank(user);
            wbtc.approve(address(market), type(uint256).max);
            usdc.approve(address(market), type(uint256).max);
            vm.stopPrank();
        }
    }

    function supplyAs(address who, uint256 assets) internal returns (uint256 shares) {
        usdc.mint(who, assets);
        vm.prank(who);
        shares = market.supply(assets, who);
    }

    function depositAs(address who, uint256 assets) internal {
        wbtc.mint(who, assets);
        vm.prank(who);
        market.depositCollateral(assets, who);
    }

    function borrowAs(address who, uint256 assets) internal returns (uint256 shares) {
        vm.prank(who);
        shares = market.borrow(assets, who);
    }

    /// @notice Sets the BTC price in whole dollars (feed units are 8 decimals).
    function setPrice(uint256 dollars) internal {
        feed.setPrice(int256(dollars) * PRICE_UNIT);
    }

    function debtOf(address who) internal view returns (uint256 debt) {
        (, debt) = market.position(who);
    }
}
