// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {MarketFixture} from "./utils/MarketFixture.sol";
import {LendingMarket} from "../src/LendingMarket.sol";
import {MarketFactory} from "../src/MarketFactory.sol";
import {AggregatorV3Interface} from "../src/interfaces/AggregatorV3Interface.sol";
import {IMarketErrors, IMarketEvents, MarketParams} from "../src/interfaces/ILendingMarket.sol";
import {MockERC20} from "../src/dev/MockERC20.sol";
import {MockPriceFeed} from "../src/dev/MockPriceFeed.sol";

/// @notice An ERC20 that, once armed, calls back into `target` on every transfer and
/// bubbles up the callback's revert.
contract ReentrantToken is MockERC20 {
    address public target;
    bytes public callData;

    constructor() MockERC20("Reentrant", "RE", 6) {}

    function arm(address target_, bytes calldata callData_) external {
        target = target_;
        callData = callData_;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        address t = target;
        if (t == address(0)) return;
        target = address(0);
        (bool ok, bytes memory ret) = t.call(callData);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
    }
}

/// @notice Shared constants and helpers of the LendingMarket unit tests.
abstract contract LendingMarketTestBase is MarketFixture {
    uint256 internal constant RAY = 1e27;
    uint256 internal constant MAX_LTV = 0.5e18;
    uint256 internal constant LIQ_LTV = 0.8e18;
    uint256 internal constant TARGET_LTV = 0.7e18;
    uint256 internal constant BONUS = 0.05e18;
    uint256 internal constant RATE = 0.029e18;
    uint256 internal constant LIQUIDITY = 1_000_000 * USD;
    uint256 internal constant DEBT = 50_000 * USD;

    function defaults() internal view returns (MarketParams memory) {
        return factory.defaultParams();
    }

    function deploy(MarketParams memory params) internal returns (LendingMarket) {
        return new LendingMarket(owner, wbtc, usdc, feed, params);
    }

    /// @notice $1M of liquidity, 1 BTC of collateral at $100,000 and $50,000 borrowed (LTV 50%).
    function openPosition() internal {
        openPositionOf(DEBT);
    }

    /// @notice $1M of liquidity, 1 BTC of collateral at $100,000 and `debt` borrowed.
    function openPositionOf(uint256 debt) internal {
        supplyAs(lender, LIQUIDITY);
        depositAs(borrower, BTC);
        borrowAs(borrower, debt);
    }

    function err(bytes4 selector, uint256 a, uint256 b) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(selector, a, b);
    }

    function err(bytes4 selector, uint256 a, uint256 b, uint256 c) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(selector, a, b, c);
    }

    /// @notice The address of the contract `deployer` creates with `nonce` (< 0x80).
    function createAddress(address deployer, uint256 nonce) internal pure returns (address) {
        require(nonce != 0 && nonce < 0x80, "createAddress: nonce");
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes2(0xd694), deployer, uint8(nonce))))));
    }
}

/// @notice Constructor, validateParams and the immutable parameters.
contract LendingMarketConstructorTest is LendingMarketTestBase {
    function test_constructor_setsParamsAndState() public view {
        MarketParams memory p = market.marketParams();
        assertEq(p.maxBorrowLtv, MAX_LTV, "maxBorrowLtv");
        assertEq(p.marginCallLtv, 0.65e18, "marginCallLtv");
        assertEq(p.liquidationLtv, LIQ_LTV, "liquidationLtv");
        assertEq(p.liquidationBonus, BONUS, "liquidationBonus");
        assertEq(p.liquidationTargetLtv, TARGET_LTV, "liquidationTargetLtv");
        assertEq(p.maxPriceAge, 1 hours, "maxPriceAge");
        assertEq(p.borrowRate, RATE, "borrowRate");
        assertEq(market.owner(), owner, "owner");
        assertEq(address(market.collateralToken()), address(wbtc), "collateralToken");
        assertEq(address(market.loanToken()), address(usdc), "loanToken");
        assertEq(address(market.priceFeed()), address(feed), "priceFeed");
        assertEq(market.valueMul(), 1e6, "valueMul");
        assertEq(market.valueDiv(), 1e16, "valueDiv");
        assertEq(market.borrowIndex(), RAY, "borrowIndex");
        assertEq(market.currentBorrowIndex(), RAY, "currentBorrowIndex");
        assertEq(market.lastAccrual(), START, "lastAccrual");
        assertEq(market.ratePerSecond(), RAY + RATE * 1e9 / 365 days, "ratePerSecond");
        assertEq(market.MAX_BORROW_RATE(), 1e18, "MAX_BORROW_RATE");
    }

    function test_constructor_emitsBorrowRateSet() public {
        vm.expectEmit();
        emit IMarketEvents.BorrowRateSet(0, RATE, RAY + RATE * 1e9 / 365 days);
        deploy(defaults());
    }

    struct ConstructorCase {
        string name;
        address owner;
        IERC20 collateral;
        IERC20 loan;
        AggregatorV3Interface feed;
        bytes reason;
    }

    function test_constructor_refusesBadArguments() public {
        MockERC20 loan19 = new MockERC20("Loan", "L19", 19);
        MockERC20 coll18 = new MockERC20("Coll", "C18", 18);
        MockPriceFeed feed19 = new MockPriceFeed(19, "C / USD", 1);
        bytes memory zeroAddress = abi.encodeWithSelector(IMarketErrors.ZeroAddress.selector);
        bytes4 decimals = IMarketErrors.UnsupportedDecimals.selector;
        ConstructorCase[6] memory cases = [
            ConstructorCase("zero collateral token", owner, IERC20(address(0)), usdc, feed, zeroAddress),
            ConstructorCase("zero loan token", owner, wbtc, IERC20(address(0)), feed, zeroAddress),
            ConstructorCase("zero price feed", owner, wbtc, usdc, AggregatorV3Interface(address(0)), zeroAddress),
            ConstructorCase(
                "zero owner",
                address(0),
                wbtc,
                usdc,
                feed,
                abi.encodeWithSelector(Ownable.OwnableInvalidOwner.selector, address(0))
            ),
            ConstructorCase(
                "loan decimals above 18",
                owner,
                wbtc,
                loan19,
                feed,
                abi.encodeWithSelector(decimals, uint8(8), uint8(19), uint8(8))
            ),
            ConstructorCase(
                "collateral plus feed decimals above 36",
                owner,
                coll18,
                usdc,
                feed19,
                abi.encodeWithSelector(decimals, uint8(18), uint8(6), uint8(19))
            )
        ];
        MarketParams memory p = defaults();
        for (uint256 i = 0; i < cases.length; i++) {
            ConstructorCase memory c = cases[i];
            try new LendingMarket(c.owner, c.collateral, c.loan, c.feed, p) {
                revert AssertionFailed(c.name);
            } catch (bytes memory got) {
                assertEq(keccak256(got), keccak256(c.reason), c.name);
            }
        }
    }

    function test_constructor_acceptsDecimalsAtTheLimits() public {
        MockERC20 coll18 = new MockERC20("Coll", "C18", 18);
        MockERC20 loan18 = new MockERC20("Loan", "L18", 18);
        MockPriceFeed feed18 = new MockPriceFeed(18, "C / USD", 1);
        LendingMarket m = new LendingMarket(owner, coll18, loan18, feed18, defaults());
        assertEq(m.valueMul(), 1e18, "valueMul");
        assertEq(m.valueDiv(), 1e36, "valueDiv");
    }

    function test_constructor_revertsInvalidParams() public {
        MarketParams memory p = defaults();
        p.maxPriceAge = 0;
        vm.expectRevert(abi.encodeWithSelector(IMarketErrors.InvalidMaxPriceAge.selector, 0));
        deploy(p);
    }

    function test_validateParams_acceptsDefaults() public view {
        market.validateParams(defaults());
    }

    function test_validateParams_acceptsMaxBorrowEqualToMarginCall() public view {
        MarketParams memory p = defaults();
        p.maxBorrowLtv = p.marginCallLtv;
        market.validateParams(p);
    }

    function test_validateParams_revertsZeroMaxBorrowLtv() public {
        MarketParams memory p = defaults();
        p.maxBorrowLtv = 0;
        vm.expectRevert(err(IMarketErrors.InvalidLtvOrder.selector, 0, 0.65e18, LIQ_LTV));
        market.validateParams(p);
    }

    function test_validateParams_revertsMaxBorrowAboveMarginCall() public {
        MarketParams memory p = defaults();
        p.maxBorrowLtv = 0.65e18 + 1;
        vm.expectRevert(err(IMarketErrors.InvalidLtvOrder.selector, 0.65e18 + 1, 0.65e18, LIQ_LTV));
        market.validateParams(p);
    }

    function test_validateParams_revertsMarginCallAtLiquidation() public {
        MarketParams memory p = defaults();
        p.marginCallLtv = LIQ_LTV;
        vm.expectRevert(err(IMarketErrors.InvalidLtvOrder.selector, MAX_LTV, LIQ_LTV, LIQ_LTV));
        market.validateParams(p);
    }

    function test_validateParams_revertsLiquidationLtvTooHigh() public {
        MarketParams memory p = defaults();
        p.liquidationLtv = 0.96e18; // 0.96 × 1.05 = 1.008
        vm.expectRevert(err(IMarketErrors.LiquidationLtvTooHigh.selector, 0.96e18, BONUS));
        market.validateParams(p);
    }

    function test_validateParams_revertsLiquidationLtvTimesBonusExactlyOne() public {
        MarketParams memory p = defaults();
        p.liquidationBonus = 0.25e18; // 0.8 × 1.25 = 1
        vm.expectRevert(err(IMarketErrors.LiquidationLtvTooHigh.selector, LIQ_LTV, 0.25e18));
        market.validateParams(p);
    }

    function test_validateParams_revertsZeroTargetLtv() public {
        MarketParams memory p = defaults();
        p.liquidationTargetLtv = 0;
        vm.expectRevert(err(IMarketErrors.InvalidTargetLtv.selector, 0, LIQ_LTV));
        market.validateParams(p);
    }

    function test_validateParams_revertsTargetAtLiquidationLtv() public {
        MarketParams memory p = defaults();
        p.liquidationTargetLtv = LIQ_LTV;
        vm.expectRevert(err(IMarketErrors.InvalidTargetLtv.selector, LIQ_LTV, LIQ_LTV));
        market.validateParams(p);
    }

    function test_validateParams_revertsZeroMaxPriceAge() public {
        MarketParams memory p = defaults();
        p.maxPriceAge = 0;
        vm.expectRevert(abi.encodeWithSelector(IMarketErrors.InvalidMaxPriceAge.selector, 0));
        market.validateParams(p);
    }

    function test_validateParams_acceptsMaxPriceAgeOfAWeek() public view {
        MarketParams memory p = defaults();
        p.maxPriceAge = 7 days;
        market.validateParams(p);
    }

    function test_validateParams_revertsMaxPriceAgeAboveAWeek() public {
        MarketParams memory p = defaults();
        p.maxPriceAge = 7 days + 1;
        vm.expectRevert(abi.encodeWithSelector(IMarketErrors.InvalidMaxPriceAge.selector, 7 days + 1));
        market.validateParams(p);
    }

    /// A maxPriceAge so large that updatedAt + maxPriceAge would overflow is refused up front
    /// with the value, not left to panic in every later price read.
    function test_constructor_revertsHugeMaxPriceAge() public {
        MarketParams memory p = defaults();
        p.maxPriceAge = type(uint256).max;
        vm.expectRevert(abi.encodeWithSelector(IMarketErrors.InvalidMaxPriceAge.selector, type(uint256).max));
        deploy(p);
    }

    /// At the cap, a price exactly a week old is still read without overflow.
    function test_collateralPrice_acceptsAWeekOldPriceAtTheCap() public {
        MarketParams memory p = defaults();
        p.maxPriceAge = 7 days;
        LendingMarket m = deploy(p);
        assertEq(m.MAX_PRICE_AGE(), 7 days, "MAX_PRICE_AGE");
        feed.setPriceAt(90_000 * PRICE_UNIT, START - 7 days);
        assertEq(m.collateralPrice(), 90_000 * uint256(PRICE_UNIT), "price a week old");
        feed.setPriceAt(90_000 * PRICE_UNIT, START - 7 days - 1);
        vm.expectRevert(err(IMarketErrors.StalePrice.selector, START - 7 days - 1, 7 days));
        m.collateralPrice();
    }

    function test_validateParams_revertsRateTooHigh() public {
        MarketParams memory p = defaults();
        p.borrowRate = 1e18 + 1;
        vm.expectRevert(err(IMarketErrors.RateTooHigh.selector, 1e18 + 1, 1e18));
        market.validateParams(p);
    }

    function test_validateParams_acceptsMaxRate() public view {
        MarketParams memory p = defaults();
        p.borrowRate = 1e18;
        market.validateParams(p);
    }
}

/// @notice supply and withdraw.
contract LendingMarketSupplyTest is LendingMarketTestBase {
    function test_supply_mintsSharesAndMovesTokens() public {
        usdc.mint(lender, 1_000 * USD);
        vm.prank(lender);
        uint256 shares = market.supply(1_000 * USD, lender);
        assertEq(shares, 1_000 * USD * 1e6, "shares at the virtual 1e6 ratio");
        assertEq(market.supplyShares(lender), shares, "supplyShares");
        assertEq(market.totalSupplyShares(), shares, "totalSupplyShares");
        assertEq(market.totalSupplyAssets(), 1_000 * USD, "totalSupplyAssets");
        assertEq(market.supplyBalance(lender), 1_000 * USD, "supplyBalance");
        assertEq(market.liquidity(), 1_000 * USD, "liquidity");
        assertEq(usdc.balanceOf(lender), 0, "lender balance");
        assertEq(usdc.balanceOf(address(market)), 1_000 * USD, "market balance");
    }

    function test_supply_onBehalfCreditsOther() public {
        usdc.mint(liquidator, 500 * USD);
        vm.prank(liquidator);
        uint256 shares = market.supply(500 * USD, lender);
        assertEq(market.supplyShares(lender), shares, "lender credited");
        assertEq(market.supplyShares(liquidator), 0, "caller not credited");
        assertEq(usdc.balanceOf(liquidator), 0, "caller paid");
        assertEq(market.supplyBalance(lender), 500 * USD, "lender balance");
    }

    function test_supply_emitsSupply() public {
        usdc.mint(liquidator, 500 * USD);
        vm.expectEmit(address(market));
        emit IMarketEvents.Supply(liquidator, lender, 500 * USD, 500 * USD * 1e6, 500 * USD, 500 * USD * 1e6);
        vm.prank(liquidator);
        market.supply(500 * USD, lender);
    }

    function test_supply_revertsWithoutAllowance() public {
        address stranger = makeAddr("stranger");
        usdc.mint(stranger, USD);
        vm.prank(stranger);
        vm.expectRevert();
        market.supply(USD, stranger);
    }

    /// After 20 years at 100% APR on a 1-unit market, 1 unit buys less than one share.
    function test_supply_revertsZeroAmountWhenSharesRoundToZero() public {
        supplyAs(lender, 1);
        depositAs(borrower, BTC);
        borrowAs(borrower, 1);
        vm.prank(owner);
        market.setBorrowRate(1e18);
        vm.warp(START + 20 * 365 days);
        market.accrueInterest();
        assertEq(market.totalSupplyAssets(), 485_165_041, "supply after 20 years");
        usdc.mint(liquidator, 1);
        vm.prank(liquidator);
        vm.expectRevert(IMarketErrors.ZeroAmount.selector);
        market.supply(1, liquidator);
    }

    function test_withdraw_partialBurnsSharesAndPaysReceiver() public {
        uint256 shares = supplyAs(lender, 1_000 * USD);
        vm.prank(lender);
        uint256 burnt = market.withdraw(400 * USD, liquidator);
        assertEq(burnt, 400 * USD * 1e6, "shares burnt");
        assertEq(market.supplyShares(lender), shares - burnt, "shares left");
        assertEq(market.totalSupplyAssets(), 600 * USD, "totalSupplyAssets");
        assertEq(market.totalSupplyShares(), shares - burnt, "totalSupplyShares");
        assertEq(usdc.balanceOf(liquidator), 400 * USD, "receiver paid");
        assertEq(usdc.balanceOf(lender), 0, "lender not paid");
        assertEq(usdc.balanceOf(address(market)), 600 * USD, "market balance");
    }

    function test_withdraw_maxWithdrawsEverything() public {
        uint256 shares = supplyAs(lender, 1_000 * USD);
        vm.expectEmit(address(market));
        emit IMarketEvents.Withdraw(lender, lender, 1_000 * USD, shares, 0, 0);
        vm.prank(lender);
        uint256 burnt = market.withdraw(type(uint256).max, lender);
        assertEq(burnt, shares, "all shares burnt");
        assertEq(market.supplyShares(lender), 0, "no shares left");
        assertEq(usdc.balanceOf(lender), 1_000 * USD, "all paid back");
        assertEq(market.totalSupplyAssets(), 0, "totalSupplyAssets");
    }

    function test_withdraw_maxIncludesInterest() public {
        openPosition();
        vm.warp(START + 365 days);
        setPrice(100_000);
        usdc.mint(borrower, 10_000 * USD);
        vm.prank(borrower);
        uint256 repaid = market.repay(type(uint256).max, borrower);
        assertGe(repaid, DEBT + 1_400 * USD, "debt with a year of interest");
        vm.prank(lender);
        market.withdraw(type(uint256).max, lender);
        uint256 got = usdc.balanceOf(lender);
        assertGe(got, LIQUIDITY + repaid - DEBT - 2, "lender earns the interest");
        assertLe(got, LIQUIDITY + repaid - DEBT, "lender earns no more than the interest");
    }

    function test_withdraw_maxRevertsZeroAmountWithoutSupply() public {
        supplyAs(lender, USD);
        vm.prank(liquidator);
        vm.expectRevert(IMarketErrors.ZeroAmount.selector);
        market.withdraw(type(uint256).max, liquidator);
    }

    function test_withdraw_revertsInsufficientSupply() public {
        supplyAs(lender, 1_000 * USD);
        supplyAs(liquidator, 5_000 * USD);
        vm.prank(lender);
        vm.expectRevert(err(IMarketErrors.InsufficientSupply.selector, 1_000 * USD + 1, 1_000 * USD));
        market.withdraw(1_000 * USD + 1, lender);
    }

    function test_withdraw_revertsInsufficientLiquidity() public {
        openPosition();
        uint256 available = LIQUIDITY - DEBT;
        assertEq(market.liquidity(), available, "liquidity");
        vm.prank(lender);
        vm.expectRevert(err(IMarketErrors.InsufficientLiquidity.selector, available + 1, available));
        market.withdraw(available + 1, lender);
        vm.prank(lender);
        market.withdraw(available, lender);
        assertEq(market.liquidity(), 0, "drained");
    }
}

/// @notice depositCollateral and withdrawCollateral.
contract LendingMarketCollateralTest is LendingMarketTestBase {
    function test_depositCollateral_creditsAndMovesTokens() public {
        wbtc.mint(liquidator, BTC);
        vm.expectEmit(address(market));
        emit IMarketEvents.DepositCollateral(liquidator, borrower, BTC, BTC, BTC);
        vm.prank(liquidator);
        market.depositCollateral(BTC, borrower);
        assertEq(market.collateral(borrower), BTC, "borrower credited");
        assertEq(market.collateral(liquidator), 0, "caller not credited");
        assertEq(market.totalCollateral(), BTC, "totalCollateral");
        assertEq(wbtc.balanceOf(address(market)), BTC, "market balance");
        assertEq(wbtc.balanceOf(liquidator), 0, "caller paid");
        (uint256 held, uint256 debt) = market.position(borrower);
        assertEq(held, BTC, "position collateral");
        assertEq(debt, 0, "position debt");
    }

    function test_withdrawCollateral_withoutDebtIgnoresPrice() public {
        depositAs(borrower, BTC);
        feed.setPriceAt(0, 1); // broken feed: irrelevant without debt
        vm.expectEmit(address(market));
        emit IMarketEvents.WithdrawCollateral(borrower, liquidator, BTC / 4, BTC * 3 / 4, BTC * 3 / 4);
        vm.prank(borrower);
        market.withdrawCollateral(BTC / 4, liquidator);
        assertEq(market.collateral(borrower), BTC * 3 / 4, "collateral left");
        assertEq(market.totalCollateral(), BTC * 3 / 4, "totalCollateral");
        assertEq(wbtc.balanceOf(liquidator), BTC / 4, "receiver paid");
    }

    function test_withdrawCollateral_upToMaxBorrowLtv() public {
        openPositionOf(40_000 * USD);
        vm.prank(borrower);
        market.withdrawCollateral(BTC / 5, borrower); // 0.8 BTC = $80,000 left, LTV exactly 50%
        assertEq(market.ltv(borrower), MAX_LTV, "LTV at the max");
        assertEq(wbtc.balanceOf(borrower), BTC / 5, "collateral paid out");
    }

    function test_withdrawCollateral_revertsLtvTooHigh() public {
        openPositionOf(40_000 * USD);
        // 79,999,999 sat at $100,000 = $79,999.999: LTV = 40,000 / 79,999.999, rounded up.
        vm.prank(borrower);
        vm.expectRevert(err(IMarketErrors.LtvTooHigh.selector, 500_000_006_250_000_079, MAX_LTV));
        market.withdrawCollateral(BTC / 5 + 1, borrower);
    }

    function test_withdrawCollateral_revertsStalePriceWithDebt() public {
        openPosition();
        vm.warp(START + 1 hours + 1);
        vm.prank(borrower);
        vm.expectRevert(err(IMarketErrors.StalePrice.selector, START, 1 hours));
        market.withdrawCollateral(1, borrower);
    }

    function test_withdrawCollateral_revertsInsufficientCollateral() public {
        depositAs(borrower, BTC);
        vm.prank(borrower);
        vm.expectRevert(err(IMarketErrors.InsufficientCollateral.selector, BTC + 1, BTC));
        market.withdrawCollateral(BTC + 1, borrower);
    }
}

/// @notice borrow and repay.
contract LendingMarketBorrowTest is LendingMarketTestBase {
    function setUp() public override {
        super.setUp();
        supplyAs(lender, LIQUIDITY);
        depositAs(borrower, BTC);
    }

    function test_borrow_mintsSharesAndPaysReceiver() public {
        vm.expectEmit(address(market));
        emit IMarketEvents.Borrow(borrower, liquidator, DEBT, DEBT, DEBT, DEBT, DEBT);
        vm.prank(borrower);
        uint256 shares = market.borrow(DEBT, liquidator);
        assertEq(shares, DEBT, "shares at index 1");
        assertEq(market.borrowShares(borrower), DEBT, "borrowShares");
        assertEq(market.totalBorrowShares(), DEBT, "totalBorrowShares");
        assertEq(market.totalBorrowAssets(), DEBT, "totalBorrowAssets");
        assertEq(usdc.balanceOf(liquidator), DEBT, "receiver paid");
        assertEq(usdc.balanceOf(address(market)), LIQUIDITY - DEBT, "market balance");
        assertEq(market.liquidity(), LIQUIDITY - DEBT, "liquidity");
        assertEq(debtOf(borrower), DEBT, "debt");
        assertEq(market.ltv(borrower), MAX_LTV, "LTV exactly at the max");
    }

    function test_borrow_secondBorrowAddsUp() public {
        borrowAs(borrower, 10_000 * USD);
        vm.expectEmit(address(market));
        emit IMarketEvents.Borrow(
            borrower, borrower, 5_000 * USD, 5_000 * USD, 15_000 * USD, 15_000 * USD, 15_000 * USD
        );
        borrowAs(borrower, 5_000 * USD);
        assertEq(debtOf(borrower), 15_000 * USD, "debt");
    }

    function test_borrow_revertsLtvTooHigh() public {
        vm.prank(borrower);
        vm.expectRevert(err(IMarketErrors.LtvTooHigh.selector, 500_000_000_010_000_000, MAX_LTV));
        market.borrow(DEBT + 1, borrower);
    }

    function test_borrow_revertsLtvTooHighWithoutCollateral() public {
        vm.prank(liquidator);
        vm.expectRevert(err(IMarketErrors.LtvTooHigh.selector, type(uint256).max, MAX_LTV));
        market.borrow(1, liquidator);
    }

    function test_borrow_revertsInsufficientLiquidity() public {
        depositAs(liquidator, 100 * BTC);
        vm.prank(liquidator);
        vm.expectRevert(err(IMarketErrors.InsufficientLiquidity.selector, LIQUIDITY + 1, LIQUIDITY));
        market.borrow(LIQUIDITY + 1, liquidator);
    }

    function test_borrow_revertsStalePrice() public {
        feed.setPriceAt(100_000 * PRICE_UNIT, START - 2 hours);
        vm.prank(borrower);
        vm.expectRevert(err(IMarketErrors.StalePrice.selector, START - 2 hours, 1 hours));
        market.borrow(1, borrower);
    }

    function test_repay_partial() public {
        borrowAs(borrower, DEBT);
        vm.expectEmit(address(market));
        emit IMarketEvents.Repay(
            borrower, borrower, 20_000 * USD, 20_000 * USD, 30_000 * USD, 30_000 * USD, 30_000 * USD
        );
        vm.prank(borrower);
        uint256 repaid = market.repay(20_000 * USD, borrower);
        assertEq(repaid, 20_000 * USD, "repaid");
        assertEq(debtOf(borrower), 30_000 * USD, "debt left");
        assertEq(usdc.balanceOf(borrower), 30_000 * USD, "borrower paid");
        assertEq(usdc.balanceOf(address(market)), LIQUIDITY - 30_000 * USD, "market received");
        assertEq(market.totalBorrowAssets(), 30_000 * USD, "totalBorrowAssets");
    }

    function test_repay_fullExactAmount() public {
        borrowAs(borrower, DEBT);
        vm.prank(borrower);
        uint256 repaid = market.repay(DEBT, borrower);
        assertEq(repaid, DEBT, "repaid");
        assertEq(market.borrowShares(borrower), 0, "no shares left");
        assertEq(market.totalBorrowShares(), 0, "totalBorrowShares");
        assertEq(market.totalBorrowAssets(), 0, "totalBorrowAssets");
        assertEq(usdc.balanceOf(address(market)), LIQUIDITY, "market made whole");
    }

    function test_repay_maxRepaysDebtWithInterest() public {
        borrowAs(borrower, 2_000 * USD);
        vm.warp(START + 365 days);
        usdc.mint(borrower, 100 * USD);
        vm.prank(borrower);
        uint256 repaid = market.repay(type(uint256).max, borrower);
        assertEq(repaid, 2_058_849_189, "a year at 2.9% APR");
        assertEq(market.borrowShares(borrower), 0, "no shares left");
        assertEq(debtOf(borrower), 0, "no debt left");
        assertEq(usdc.balanceOf(borrower), 2_100 * USD - 2_058_849_189, "borrower paid the debt only");
        assertEq(market.totalBorrowAssets(), 0, "totalBorrowAssets floored at zero");
    }

    function test_repay_overpaymentIsCappedAtDebt() public {
        borrowAs(borrower, DEBT);
        usdc.mint(borrower, 1_000 * USD);
        vm.prank(borrower);
        uint256 repaid = market.repay(DEBT + 1_000 * USD, borrower);
        assertEq(repaid, DEBT, "repaid only the debt");
        assertEq(usdc.balanceOf(borrower), 1_000 * USD, "extra not taken");
    }

    function test_repay_onBehalfOfAnother() public {
        borrowAs(borrower, DEBT);
        usdc.mint(liquidator, DEBT);
        vm.expectEmit(address(market));
        emit IMarketEvents.Repay(liquidator, borrower, DEBT, DEBT, 0, 0, 0);
        vm.prank(liquidator);
        market.repay(type(uint256).max, borrower);
        assertEq(debtOf(borrower), 0, "borrower cleared");
        assertEq(usdc.balanceOf(liquidator), 0, "payer paid");
        assertEq(usdc.balanceOf(borrower), DEBT, "borrower keeps the loan");
        vm.prank(borrower);
        market.withdrawCollateral(BTC, borrower);
        assertEq(wbtc.balanceOf(borrower), BTC, "collateral free");
    }

    function test_repay_revertsZeroAmountWithoutDebt() public {
        usdc.mint(liquidator, USD);
        vm.prank(liquidator);
        vm.expectRevert(IMarketErrors.ZeroAmount.selector);
        market.repay(USD, borrower);
    }
}

/// @notice Every entry point refuses a zero amount and a zero receiver.
contract LendingMarketZeroInputTest is LendingMarketTestBase {
    struct Case {
        string name;
        address caller;
        bytes call;
        bytes4 reason;
    }

    function test_entryPoints_revertZeroAmountOrZeroAddress() public {
        // The lender supplied, the borrower posted collateral and borrowed, and each holds a
        // little more to send.
        openPosition();
        usdc.mint(lender, USD);
        wbtc.mint(borrower, BTC);
        bytes4 zeroAmount = IMarketErrors.ZeroAmount.selector;
        bytes4 zeroAddress = IMarketErrors.ZeroAddress.selector;
        Case[12] memory cases = [
            Case("supply 0", lender, abi.encodeCall(market.supply, (0, lender)), zeroAmount),
            Case("supply to 0x0", lender, abi.encodeCall(market.supply, (USD, address(0))), zeroAddress),
            Case("withdraw 0", lender, abi.encodeCall(market.withdraw, (0, lender)), zeroAmount),
            Case("withdraw to 0x0", lender, abi.encodeCall(market.withdraw, (USD, address(0))), zeroAddress),
            Case("depositCollateral 0", borrower, abi.encodeCall(market.depositCollateral, (0, borrower)), zeroAmount),
            Case(
                "depositCollateral for 0x0",
                borrower,
                abi.encodeCall(market.depositCollateral, (BTC, address(0))),
                zeroAddress
            ),
            Case(
                "withdrawCollateral 0", borrower, abi.encodeCall(market.withdrawCollateral, (0, borrower)), zeroAmount
            ),
            Case(
                    "withdrawCollateral to 0x0",
                    borrower,
                    abi.encodeCall(market.withdrawCollateral, (BTC, address(0))),
                    zeroAddress
                ),
            Case("borrow 0", borrower, abi.encodeCall(market.borrow, (0, borrower)), zeroAmount),
            Case("borrow to 0x0", borrower, abi.encodeCall(market.borrow, (USD, address(0))), zeroAddress),
            Case("repay 0", borrower, abi.encodeCall(market.repay, (0, borrower)), zeroAmount),
            Case("repay for 0x0", borrower, abi.encodeCall(market.repay, (USD, address(0))), zeroAddress)
        ];
        for (uint256 i = 0; i < cases.length; i++) {
            vm.prank(cases[i].caller);
            vm.expectRevert(cases[i].reason);
            (bool matched,) = address(market).call(cases[i].call);
            // With expectRevert, a low-level call's status says whether the revert was the expected one.
            assertTrue(matched, cases[i].name);
        }
    }
}

/// @notice liquidate.
contract LendingMarketLiquidateTest is LendingMarketTestBase {
    function setUp() public override {
        super.setUp();
        openPosition();
        usdc.mint(liquidator, LIQUIDITY);
    }

    /// $50,000 on 1 BTC at $60,000 (LTV 83.3%): repay r so that (50,000 − r) ÷ (60,000 − 1.05 r) = 70%.
    function test_liquidate_partialBackToTarget() public {
        setPrice(60_000);
        assertEq(market.ltv(borrower), 833_333_333_333_333_334, "LTV before");
        vm.expectEmit(address(market));
        emit IMarketEvents.Liquidate(
            liquidator,
            borrower,
            30_188_679_246,
            52_830_188,
            0,
            60_000 * uint256(PRICE_UNIT),
            DEBT - 30_188_679_246,
            BTC - 52_830_188,
            DEBT - 30_188_679_246,
            DEBT - 30_188_679_246,
            LIQUIDITY,
            BTC - 52_830_188
        );
        vm.prank(liquidator);
        (uint256 repaid, uint256 seized) = market.liquidate(borrower, type(uint256).max);
        assertEq(repaid, 30_188_679_246, "repaid");
        assertEq(seized, 52_830_188, "seized");
        uint256 after_ = market.ltv(borrower);
        assertLe(after_, TARGET_LTV, "LTV after at most the target");
        assertApproxEq(after_, TARGET_LTV, 1e11, "LTV after close to the target");
        (uint256 held, uint256 debt) = market.position(borrower);
        assertEq(held, BTC - seized, "collateral left");
        assertEq(debt, DEBT - repaid, "debt left");
        assertEq(usdc.balanceOf(liquidator), LIQUIDITY - repaid, "liquidator paid");
        assertEq(wbtc.balanceOf(liquidator), seized, "liquidator received");
        assertEq(usdc.balanceOf(address(market)), LIQUIDITY - DEBT + repaid, "market received");
        assertEq(market.totalSupplyAssets(), LIQUIDITY, "lenders untouched");
    }

    /// Like repay, a partial liquidation buys borrow shares rounded down: the debt falls by at
    /// most what was repaid, and totalBorrowAssets never exceeds the debt left.
    function test_liquidate_partialBurnsSharesRoundedDown() public {
        vm.prank(owner);
        market.setBorrowRate(1e18);
        vm.warp(START + 365 days / 2 + 7);
        setPrice(100_000);
        market.accrueInterest();
        uint256 index = market.borrowIndex();
        uint256 owed = market.borrowShares(borrower);
        uint256 debtBefore = debtOf(borrower);
        vm.prank(liquidator);
        (uint256 repaid,) = market.liquidate(borrower, type(uint256).max);
        assertTrue(repaid < debtBefore && repaid * RAY % index != 0, "a partial liquidation where rounding matters");
        uint256 burned = repaid * RAY / index;
        assertEq(market.borrowShares(borrower), owed - burned, "shares burned, rounded down");
        assertEq(market.totalBorrowShares(), owed - burned, "totalBorrowShares");
        uint256 debtAfter = debtOf(borrower);
        assertGe(debtAfter, debtBefore - repaid, "debt fell by at most repaid");
        assertLe(debtAfter, debtBefore - repaid + index / RAY + 1, "debt fell by repaid, less one share");
        assertLe(market.totalBorrowAssets(), debtAfter, "totalBorrowAssets at most the debt");
        // Once the borrower repays the rest, no borrowed dust is left without shares.
        usdc.mint(borrower, debtAfter);
        vm.prank(borrower);
        market.repay(type(uint256).max, borrower);
        assertEq(market.totalBorrowShares(), 0, "no shares left");
        assertEq(market.totalBorrowAssets(), 0, "no borrows left");
    }

    /// The seized collateral is worth the repaid debt plus the 5% bonus.
    function test_liquidate_seizesFivePercentBonus() public {
        setPrice(60_000);
        vm.prank(liquidator);
        (uint256 repaid, uint256 seized) = market.liquidate(borrower, type(uint256).max);
        uint256 seizedValue = seized * 60_000 * USD / BTC;
        assertLe(seizedValue, repaid * 105 / 100, "no more than 5% bonus");
        assertApproxEq(seizedValue, repaid * 105 / 100, 1_000, "5% bonus");
    }

    function test_liquidate_cappedByMaxRepayAssets() public {
        setPrice(60_000);
        vm.prank(liquidator);
        (uint256 repaid, uint256 seized) = market.liquidate(borrower, 10_000 * USD);
        assertEq(repaid, 10_000 * USD, "repaid capped");
        assertEq(seized, 17_500_000, "seized 10,500 / 60,000 BTC");
        assertEq(market.ltv(borrower), 808_080_808_080_808_081, "still liquidatable");
        vm.prank(liquidator);
        (uint256 repaid2,) = market.liquidate(borrower, type(uint256).max);
        assertLe(market.ltv(borrower), TARGET_LTV, "second liquidation reaches the target");
        // (40,000 − r) ÷ (49,500 − 1.05 r) = 70%: together the same as one full liquidation.
        assertApproxEq(repaid2, 30_188_679_246 - 10_000 * USD, 2, "second repays the rest");
    }

    function test_liquidate_atLiquidationPrice() public {
        uint256 price = market.liquidationPrice(borrower);
        assertEq(price, 62_500 * uint256(PRICE_UNIT), "liquidation price");
        feed.setPrice(int256(price));
        assertEq(market.ltv(borrower), LIQ_LTV, "LTV at the line");
        vm.prank(liquidator);
        (uint256 repaid,) = market.liquidate(borrower, type(uint256).max);
        assertGe(repaid, 1, "liquidated at the line");
    }

    /// $50,000 on 1 BTC at $40,000: all collateral goes for $40,000 / 1.05 and the rest is bad debt.
    function test_liquidate_badDebtSeizesAllAndWritesOff() public {
        setPrice(40_000);
        uint256 repaidWant = 38_095_238_096; // ceil(40,000 / 1.05)
        uint256 badDebt = DEBT - repaidWant;
        vm.expectEmit(address(market));
        emit IMarketEvents.Liquidate(
            liquidator,
            borrower,
            repaidWant,
            BTC,
            badDebt,
            40_000 * uint256(PRICE_UNIT),
            0,
            0,
            0,
            0,
            LIQUIDITY - badDebt,
            0
        );
        vm.prank(liquidator);
        (uint256 repaid, uint256 seized) = market.liquidate(borrower, type(uint256).max);
        assertEq(repaid, repaidWant, "repaid");
        assertEq(seized, BTC, "all collateral seized");
        (uint256 held, uint256 debt) = market.position(borrower);
        assertEq(held, 0, "no collateral left");
        assertEq(debt, 0, "no debt left");
        assertEq(market.borrowShares(borrower), 0, "no shares left");
        assertEq(market.totalSupplyAssets(), LIQUIDITY - badDebt, "bad debt written off");
        assertEq(market.supplyBalance(lender), LIQUIDITY - badDebt, "lender bears the loss");
        assertEq(usdc.balanceOf(liquidator), LIQUIDITY - repaid, "liquidator paid");
        assertEq(wbtc.balanceOf(liquidator), BTC, "liquidator received");
        // Lenders can still withdraw everything the market holds.
        vm.prank(lender);
        market.withdraw(type(uint256).max, lender);
        assertLe(usdc.balanceOf(address(market)), 1, "market emptied");
    }

    function test_liquidate_badDebtRevertsRepayTooSmall() public {
        setPrice(40_000);
        vm.prank(liquidator);
        vm.expectRevert(err(IMarketErrors.RepayTooSmall.selector, 38_095_238_096, 38_095_238_095));
        market.liquidate(borrower, 38_095_238_095);
    }

    function test_liquidate_revertsNotLiquidatable() public {
        setPrice(70_000);
        vm.prank(liquidator);
        vm.expectRevert(err(IMarketErrors.NotLiquidatable.selector, 714_285_714_285_714_286, LIQ_LTV));
        market.liquidate(borrower, type(uint256).max);
    }

    function test_liquidate_revertsNotLiquidatableWithoutDebt() public {
        depositAs(liquidator, BTC);
        vm.prank(liquidator);
        vm.expectRevert(err(IMarketErrors.NotLiquidatable.selector, 0, LIQ_LTV));
        market.liquidate(liquidator, type(uint256).max);
    }

    /// liquidate takes no ZeroAddress check: the zero address simply has nothing to liquidate.
    function test_liquidate_zeroAddressIsNotLiquidatable() public {
        vm.prank(liquidator);
        vm.expectRevert(err(IMarketErrors.NotLiquidatable.selector, 0, LIQ_LTV));
        market.liquidate(address(0), type(uint256).max);
    }

    function test_liquidate_revertsZeroAmount() public {
        setPrice(60_000);
        vm.prank(liquidator);
        vm.expectRevert(IMarketErrors.ZeroAmount.selector);
        market.liquidate(borrower, 0);
    }

    function test_liquidate_revertsStalePrice() public {
        feed.setPriceAt(40_000 * PRICE_UNIT, START - 1 hours - 1);
        vm.prank(liquidator);
        vm.expectRevert(err(IMarketErrors.StalePrice.selector, START - 1 hours - 1, 1 hours));
        market.liquidate(borrower, type(uint256).max);
    }

    /// Interest alone can push a position past the liquidation line.
    function test_liquidate_afterInterestAccrues() public {
        vm.prank(owner);
        market.setBorrowRate(1e18);
        vm.warp(START + 365 days / 2); // $50,000 × e^0.5 ≈ $82,436
        setPrice(100_000);
        assertGe(market.ltv(borrower), LIQ_LTV, "interest pushed LTV over the line");
        vm.prank(liquidator);
        market.liquidate(borrower, type(uint256).max);
        assertLe(market.ltv(borrower), TARGET_LTV, "back to target");
    }
}

/// @notice accrueInterest, setBorrowRate and collateralPrice.
contract LendingMarketInterestTest is LendingMarketTestBase {
    function test_accrueInterest_sameBlockIsNoop() public {
        openPosition();
        market.accrueInterest();
        assertEq(market.borrowIndex(), RAY, "index");
        assertEq(market.totalBorrowAssets(), DEBT, "totalBorrowAssets");
    }

    function test_accrueInterest_addsInterestToBothSides() public {
        openPositionOf(2_000 * USD);
        vm.warp(START + 365 days);
        uint256 index = 1_029_424_594_461_404_506_073_245_071;
        uint256 interest = 58_849_188;
        assertEq(market.currentBorrowIndex(), index, "current index before accrual");
        vm.expectEmit(address(market));
        emit IMarketEvents.AccrueInterest(index, interest, 2_000 * USD + interest, LIQUIDITY + interest);
        market.accrueInterest();
        assertEq(market.borrowIndex(), index, "index");
        assertEq(market.lastAccrual(), START + 365 days, "lastAccrual");
        assertEq(market.totalBorrowAssets(), 2_000 * USD + interest, "totalBorrowAssets");
        assertEq(market.totalSupplyAssets(), LIQUIDITY + interest, "totalSupplyAssets");
        assertEq(market.supplyBalance(lender), LIQUIDITY + interest - 1, "lender balance, rounded down");
    }

    function test_accrueInterest_withoutBorrowsMovesIndexOnly() public {
        supplyAs(lender, LIQUIDITY);
        vm.warp(START + 365 days);
        market.accrueInterest();
        assertEq(market.totalSupplyAssets(), LIQUIDITY, "no interest without borrows");
        assertGe(market.borrowIndex(), RAY, "index");
    }

    function test_setBorrowRate_onlyOwner() public {
        vm.prank(lender);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, lender));
        market.setBorrowRate(0.05e18);
    }

    function test_setBorrowRate_followsOwnershipTransfer() public {
        address newOwner = makeAddr("newOwner");
        vm.prank(owner);
        market.transferOwnership(newOwner);
        vm.prank(newOwner);
        market.setBorrowRate(0.05e18);
        assertEq(market.borrowRate(), 0.05e18, "new owner sets the rate");
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, owner));
        market.setBorrowRate(0.01e18);
    }

    function test_setBorrowRate_revertsRateTooHigh() public {
        vm.prank(owner);
        vm.expectRevert(err(IMarketErrors.RateTooHigh.selector, 1e18 + 1, 1e18));
        market.setBorrowRate(1e18 + 1);
    }

    function test_setBorrowRate_updatesRateAndEmits() public {
        uint256 perSecond = RAY + uint256(0.1e18) * 1e9 / 365 days;
        vm.expectEmit(address(market));
        emit IMarketEvents.BorrowRateSet(RATE, 0.1e18, perSecond);
        vm.prank(owner);
        market.setBorrowRate(0.1e18);
        assertEq(market.borrowRate(), 0.1e18, "borrowRate");
        assertEq(market.ratePerSecond(), perSecond, "ratePerSecond");
        assertEq(market.marketParams().borrowRate, 0.1e18, "marketParams.borrowRate");
        vm.prank(owner);
        market.setBorrowRate(1e18);
        assertEq(market.borrowRate(), 1e18, "max rate allowed");
    }

    /// A year at 2.9% then a year at 10%: the change applies from the moment it is made.
    function test_setBorrowRate_accruesAtOldRateFirst() public {
        openPositionOf(2_000 * USD);
        vm.warp(START + 365 days);
        vm.prank(owner);
        market.setBorrowRate(0.1e18);
        assertEq(market.lastAccrual(), START + 365 days, "accrued on change");
        assertEq(debtOf(borrower), 2_058_849_189, "first year at 2.9%");
        vm.warp(START + 2 * 365 days);
        assertEq(debtOf(borrower), 2_275_380_248, "second year at 10%");
    }

    function test_collateralPrice_fresh() public view {
        assertEq(market.collateralPrice(), 100_000 * uint256(PRICE_UNIT), "price");
    }

    function test_collateralPrice_acceptsExactlyMaxAge() public {
        feed.setPriceAt(90_000 * PRICE_UNIT, START - 1 hours);
        assertEq(market.collateralPrice(), 90_000 * uint256(PRICE_UNIT), "price at max age");
    }

    function test_collateralPrice_revertsStalePrice() public {
        feed.setPriceAt(90_000 * PRICE_UNIT, START - 1 hours - 1);
        vm.expectRevert(err(IMarketErrors.StalePrice.selector, START - 1 hours - 1, 1 hours));
        market.collateralPrice();
    }

    function test_collateralPrice_revertsStaleAfterTimePasses() public {
        vm.warp(START + 1 hours + 1);
        vm.expectRevert(err(IMarketErrors.StalePrice.selector, START, 1 hours));
        market.collateralPrice();
    }

    function test_collateralPrice_revertsZero() public {
        feed.setPrice(0);
        vm.expectRevert(abi.encodeWithSelector(IMarketErrors.InvalidPrice.selector, int256(0)));
        market.collateralPrice();
    }

    function test_collateralPrice_revertsNegative() public {
        feed.setPrice(-1);
        vm.expectRevert(abi.encodeWithSelector(IMarketErrors.InvalidPrice.selector, int256(-1)));
        market.collateralPrice();
    }

    function test_collateralPrice_revertsAboveUint128() public {
        int256 huge = int256(uint256(type(uint128).max)) + 1;
        feed.setPrice(huge);
        vm.expectRevert(abi.encodeWithSelector(IMarketErrors.InvalidPrice.selector, huge));
        market.collateralPrice();
    }
}

/// @notice Every action that reads the price refuses a zero or negative answer with the answer.
contract LendingMarketInvalidPriceTest is LendingMarketTestBase {
    function setUp() public override {
        super.setUp();
        openPosition();
        usdc.mint(liquidator, LIQUIDITY);
    }

    function badPrices() internal pure returns (int256[2] memory) {
        return [int256(0), int256(-1)];
    }

    function invalidPrice(int256 answer) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IMarketErrors.InvalidPrice.selector, answer);
    }

    /// @notice At each bad price, `call` from `caller` to the market reverts with InvalidPrice
    /// naming the price.
    function assertInvalidPriceReverts(address caller, bytes memory call) internal {
        int256[2] memory prices = badPrices();
        for (uint256 i = 0; i < prices.length; i++) {
            feed.setPrice(prices[i]);
            vm.prank(caller);
            (bool ok, bytes memory reverted) = address(market).call(call);
            assertEq(ok, false, "reverts at a bad price");
            assertEq(keccak256(reverted), keccak256(invalidPrice(prices[i])), "with InvalidPrice(price)");
        }
    }

    function test_borrow_revertsInvalidPrice() public {
        assertInvalidPriceReverts(borrower, abi.encodeCall(market.borrow, (1, borrower)));
    }

    function test_withdrawCollateral_revertsInvalidPriceWithDebt() public {
        assertInvalidPriceReverts(borrower, abi.encodeCall(market.withdrawCollateral, (1, borrower)));
    }

    function test_liquidate_revertsInvalidPrice() public {
        assertInvalidPriceReverts(liquidator, abi.encodeCall(market.liquidate, (borrower, type(uint256).max)));
    }

    function test_ltv_revertsInvalidPrice() public {
        assertInvalidPriceReverts(address(this), abi.encodeCall(market.ltv, (borrower)));
    }
}

/// @notice The view functions.
contract LendingMarketViewsTest is LendingMarketTestBase {
    function test_views_emptyPosition() public view {
        (uint256 held, uint256 debt) = market.position(borrower);
        assertEq(held, 0, "collateral");
        assertEq(debt, 0, "debt");
        assertEq(market.ltv(borrower), 0, "ltv");
        assertEq(market.liquidationPrice(borrower), 0, "liquidationPrice");
        assertEq(market.marginCallPrice(borrower), 0, "marginCallPrice");
        assertEq(market.supplyBalance(lender), 0, "supplyBalance");
        assertEq(market.liquidity(), 0, "liquidity");
    }

    function test_views_openPosition() public {
        openPosition();
        (uint256 held, uint256 debt) = market.position(borrower);
        assertEq(held, BTC, "collateral");
        assertEq(debt, DEBT, "debt");
        assertEq(market.ltv(borrower), MAX_LTV, "ltv");
        assertEq(market.liquidationPrice(borrower), 62_500 * uint256(PRICE_UNIT), "liquidationPrice");
        assertEq(market.marginCallPrice(borrower), 7_692_307_692_308, "marginCallPrice, rounded up");
        assertEq(market.supplyBalance(lender), LIQUIDITY, "supplyBalance");
        assertEq(market.liquidity(), LIQUIDITY - DEBT, "liquidity");
    }

    function test_views_positionIncludesUnaccruedInterest() public {
        supplyAs(lender, LIQUIDITY);
        depositAs(borrower, BTC / 10);
        borrowAs(borrower, 2_000 * USD);
        vm.warp(START + 365 days);
        setPrice(100_000);
        (, uint256 debt) = market.position(borrower);
        assertEq(debt, 2_058_849_189, "debt with interest");
        assertEq(market.ltv(borrower), 205_884_918_900_000_000, "ltv with interest");
        assertEq(market.borrowIndex(), RAY, "stored index not updated by views");
    }

    function test_views_ltvRevertsOnStalePrice() public {
        openPosition();
        vm.warp(START + 2 hours);
        vm.expectRevert(err(IMarketErrors.StalePrice.selector, START, 1 hours));
        market.ltv(borrower);
    }

    function test_views_marketParamsMatchesFactoryDefaults() public view {
        MarketParams memory got = market.marketParams();
        MarketParams memory want = factory.defaultParams();
        assertTrue(keccak256(abi.encode(got)) == keccak256(abi.encode(want)), "marketParams");
    }
}

/// @notice MarketFactory.
contract MarketFactoryTest is LendingMarketTestBase {
    function test_factory_initialMarket() public view {
        assertEq(factory.owner(), owner, "factory owner");
        assertEq(factory.marketCount(), 1, "marketCount");
        assertEq(factory.markets(0), address(market), "markets(0)");
        assertEq(factory.marketOf(address(wbtc)), address(market), "marketOf");
        assertEq(factory.marketOf(address(usdc)), address(0), "no market for usdc");
        assertEq(market.owner(), owner, "market owned by the factory owner");
    }

    function test_factory_defaultParams() public view {
        MarketParams memory p = factory.defaultParams();
        assertEq(p.maxBorrowLtv, 0.5e18, "maxBorrowLtv");
        assertEq(p.marginCallLtv, 0.65e18, "marginCallLtv");
        assertEq(p.liquidationLtv, 0.8e18, "liquidationLtv");
        assertEq(p.liquidationBonus, 0.05e18, "liquidationBonus");
        assertEq(p.liquidationTargetLtv, 0.7e18, "liquidationTargetLtv");
        assertEq(p.maxPriceAge, 1 hours, "maxPriceAge");
        assertEq(p.borrowRate, 0.029e18, "borrowRate");
    }

    function test_factory_createMarketEmitsAndRecords() public {
        MarketFactory f = new MarketFactory(owner);
        MockERC20 weth = new MockERC20("Wrapped Ether", "WETH", 18);
        MockPriceFeed ethFeed = new MockPriceFeed(8, "ETH / USD", 3_000 * PRICE_UNIT);
        MarketParams memory p = f.defaultParams();
        p.borrowRate = 0.05e18;
        address predicted = createAddress(address(f), 1);
        vm.expectEmit(address(f));
        emit MarketFactory.MarketCreated(predicted, address(weth), address(usdc), address(ethFeed), p, 18, 6, 8);
        vm.prank(owner);
        address created = f.createMarket(weth, usdc, ethFeed, p);
        assertEq(created, predicted, "market address");
        assertEq(f.marketOf(address(weth)), created, "marketOf");
        assertEq(f.markets(0), created, "markets(0)");
        assertEq(f.marketCount(), 1, "marketCount");
        LendingMarket m = LendingMarket(created);
        assertEq(m.owner(), owner, "owner");
        assertEq(m.borrowRate(), 0.05e18, "borrowRate");
        assertEq(address(m.collateralToken()), address(weth), "collateralToken");
        assertEq(m.valueDiv(), 1e26, "valueDiv for 18 + 8 decimals");
    }

    function test_factory_secondCollateralAddsMarket() public {
        MockERC20 weth = new MockERC20("Wrapped Ether", "WETH", 18);
        MarketParams memory p = defaults();
        vm.prank(owner);
        address created = factory.createMarket(weth, usdc, feed, p);
        assertEq(factory.marketCount(), 2, "marketCount");
        assertEq(factory.markets(1), created, "markets(1)");
        assertEq(factory.marketOf(address(weth)), created, "marketOf");
        assertEq(factory.marketOf(address(wbtc)), address(market), "first market kept");
    }

    function test_factory_createMarketOnlyOwner() public {
        MockERC20 weth = new MockERC20("Wrapped Ether", "WETH", 18);
        MarketParams memory p = defaults();
        vm.prank(lender);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, lender));
        factory.createMarket(weth, usdc, feed, p);
    }

    function test_factory_revertsMarketExists() public {
        MarketParams memory p = defaults();
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(IMarketErrors.MarketExists.selector, address(wbtc), address(market)));
        factory.createMarket(wbtc, usdc, feed, p);
    }

    function test_factory_revertsInvalidParams() public {
        MockERC20 weth = new MockERC20("Wrapped Ether", "WETH", 18);
        MarketParams memory p = defaults();
        p.liquidationLtv = 0.96e18;
        vm.prank(owner);
        vm.expectRevert(err(IMarketErrors.LiquidationLtvTooHigh.selector, 0.96e18, BONUS));
        factory.createMarket(weth, usdc, feed, p);
        assertEq(factory.marketCount(), 1, "nothing recorded");
    }

    function test_factory_revertsZeroCollateral() public {
        MarketParams memory p = defaults();
        vm.prank(owner);
        vm.expectRevert(IMarketErrors.ZeroAddress.selector);
        factory.createMarket(IERC20(address(0)), usdc, feed, p);
    }

    function test_factory_newOwnerOwnsNewMarkets() public {
        address newOwner = makeAddr("newOwner");
        vm.prank(owner);
        factory.transferOwnership(newOwner);
        MockERC20 weth = new MockERC20("Wrapped Ether", "WETH", 18);
        MarketParams memory p = defaults();
        vm.prank(newOwner);
        address created = factory.createMarket(weth, usdc, feed, p);
        assertEq(LendingMarket(created).owner(), newOwner, "market owner");
    }
}

/// @notice A market of a ReentrantToken, which calls back into the market when armed.
abstract contract ReentrantTokenMarketTest is LendingMarketTestBase {
    ReentrantToken internal evil;
    LendingMarket internal evilMarket;

    /// @notice Deploys `evil` and a market lending it (or taking it as collateral) against the
    /// fixture's other token.
    function setUpEvilMarket(bool asCollateral) internal {
        evil = new ReentrantToken();
        evilMarket = asCollateral
            ? new LendingMarket(owner, evil, usdc, feed, defaults())
            : new LendingMarket(owner, wbtc, evil, feed, defaults());
    }
}

/// @notice A token that calls back into the market cannot re-enter it.
contract LendingMarketReentrancyTest is ReentrantTokenMarketTest {
    function setUp() public override {
        super.setUp();
        setUpEvilMarket(false);
        evil.mint(address(this), 2_000 * USD);
        evil.approve(address(evilMarket), type(uint256).max);
        evilMarket.supply(1_000 * USD, address(this));
    }

    function test_reentrancy_supplyCallbackCannotWithdraw() public {
        evil.arm(address(evilMarket), abi.encodeCall(LendingMarket.withdraw, (1_000 * USD, address(this))));
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        evilMarket.supply(1_000 * USD, address(this));
    }

    function test_reentrancy_withdrawCallbackCannotWithdrawAgain() public {
        evil.arm(address(evilMarket), abi.encodeCall(LendingMarket.withdraw, (500 * USD, address(this))));
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        evilMarket.withdraw(500 * USD, address(this));
    }

    function test_reentrancy_unarmedTokenWorks() public {
        evilMarket.withdraw(type(uint256).max, address(this));
        assertEq(evil.balanceOf(address(this)), 2_000 * USD, "withdrawn");
    }
}

/// @notice A collateral token that calls back into the market cannot re-enter it either.
contract LendingMarketCollateralReentrancyTest is ReentrantTokenMarketTest {
    uint256 internal constant ONE = 1e6; // one unit of the 6-decimal reentrant collateral

    /// $1M of liquidity; this contract holds 1 unit of collateral at $100,000 and owes $25,000.
    function setUp() public override {
        super.setUp();
        setUpEvilMarket(true);
        usdc.mint(address(this), LIQUIDITY);
        usdc.approve(address(evilMarket), type(uint256).max);
        evilMarket.supply(LIQUIDITY, address(this));
        evil.mint(address(this), ONE);
        evil.approve(address(evilMarket), type(uint256).max);
        evilMarket.depositCollateral(ONE, address(this));
        evilMarket.borrow(DEBT / 2, address(this));
    }

    function test_reentrancy_withdrawCollateralCallbackCannotBorrow() public {
        evil.arm(address(evilMarket), abi.encodeCall(LendingMarket.borrow, (1, address(this))));
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        evilMarket.withdrawCollateral(ONE / 10, address(this));
    }

    function test_reentrancy_liquidateCallbackCannotWithdraw() public {
        setPrice(30_000); // LTV 83.3%
        evil.arm(address(evilMarket), abi.encodeCall(LendingMarket.withdraw, (USD, address(this))));
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        evilMarket.liquidate(address(this), type(uint256).max);
    }

    /// Unarmed, the same calls go through: the reverts above come from the guard alone.
    function test_reentrancy_unarmedCollateralWorks() public {
        evilMarket.withdrawCollateral(ONE / 10, address(this));
        assertEq(evil.balanceOf(address(this)), ONE / 10, "collateral withdrawn");
        setPrice(30_000); // LTV 92.6%
        (uint256 repaid, uint256 seized) = evilMarket.liquidate(address(this), type(uint256).max);
        assertTrue(repaid != 0 && seized != 0, "liquidated");
        assertEq(evil.balanceOf(address(this)), ONE / 10 + seized, "seized collateral received");
    }
}
