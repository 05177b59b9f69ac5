// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IMorpho, MarketParams, Market, Position, Id} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";

import {Test} from "./utils/Test.sol";
import {ChainlinkOracle, NO_FEED} from "../src/dev/ChainlinkOracle.sol";
import {FixedRateIrm} from "../src/dev/FixedRateIrm.sol";
import {MockERC20} from "../src/dev/MockERC20.sol";
import {MockPriceFeed} from "../src/dev/MockPriceFeed.sol";
import {AggregatorV3Interface} from "../src/interfaces/AggregatorV3Interface.sol";

/// @notice The development oracle prices one base unit of collateral in loan-token base units
/// scaled by 1e36, as Morpho's Chainlink oracles do, from up to two base and two quote feeds.
contract ChainlinkOracleTest is Test {
    MockPriceFeed internal feed;

    function setUp() public {
        feed = new MockPriceFeed(8, "BTC / USD", 100_000e8);
    }

    function test_price_btcUsdc() public {
        ChainlinkOracle oracle = new ChainlinkOracle(AggregatorV3Interface(address(feed)), NO_FEED, NO_FEED, NO_FEED, 8, 6);
        assertEq(oracle.SCALE_FACTOR(), 1e26, "scale factor 10^(36+6-8-8)");
        // 1 BTC (1e8 sats) is worth 100,000 USDC (1e11 base units): 1e11 / 1e8 * 1e36.
        assertEq(oracle.price(), 1e39, "price");
        assertEq(address(oracle.BASE_FEED_1()), address(feed), "base feed");
        assertEq(oracle.BASE_VAULT(), address(0), "no vault");
        assertEq(oracle.BASE_VAULT_CONVERSION_SAMPLE(), 1, "sample of no vault");
    }

    function test_price_withAQuoteFeed() public {
        // BTC/USD over USDC/USD: USDC at $0.998 makes a BTC worth more USDC.
        MockPriceFeed usdc = new MockPriceFeed(8, "USDC / USD", 0.998e8);
        ChainlinkOracle oracle = new ChainlinkOracle(
            AggregatorV3Interface(address(feed)), NO_FEED, AggregatorV3Interface(address(usdc)), NO_FEED, 8, 6
        );
        assertEq(oracle.SCALE_FACTOR(), 1e34, "scale factor 10^(36+6+8-8-8)");
        assertEq(oracle.price(), uint256(100_000e8) * 1e34 / 0.998e8, "price rounded down");
    }

    function testFuzz_price_isAnswerTimesScale(int256 answer, uint8 collateralDecimals, uint8 loanDecimals) public {
        // Any decimals whose scale is at least 1; answers and scales small enough not to overflow.
        answer = int256(bound(uint256(answer), 0, 1e18));
        collateralDecimals = uint8(bound(collateralDecimals, 0, 36));
        loanDecimals = uint8(
            bound(loanDecimals, collateralDecimals > 28 ? collateralDecimals - 28 : 0, uint256(collateralDecimals) + 20)
        );
        feed.setPrice(answer);
        ChainlinkOracle oracle = new ChainlinkOracle(
            AggregatorV3Interface(address(feed)), NO_FEED, NO_FEED, NO_FEED, collateralDecimals, loanDecimals
        );
        uint256 scale = 10 ** (36 + uint256(loanDecimals) - collateralDecimals - 8);
        assertEq(oracle.SCALE_FACTOR(), scale, "scale factor");
        assertEq(oracle.price(), uint256(answer) * scale, "price");
    }

    function test_price_refusesANegativeAnswer() public {
        ChainlinkOracle oracle = new ChainlinkOracle(AggregatorV3Interface(address(feed)), NO_FEED, NO_FEED, NO_FEED, 8, 6);
        feed.setPrice(-1);
        vm.expectRevert(abi.encodeWithSelector(ChainlinkOracle.NegativeAnswer.selector, int256(-1)));
        oracle.price();
    }

    function test_constructor_refusesAScaleOutOfRange() public {
        AggregatorV3Interface f = AggregatorV3Interface(address(feed));
        vm.expectRevert(abi.encodeWithSelector(ChainlinkOracle.ScaleOutOfRange.selector, 38, 36));
        new ChainlinkOracle(f, NO_FEED, NO_FEED, NO_FEED, 30, 0);
        vm.expectRevert(abi.encodeWithSelector(ChainlinkOracle.ScaleOutOfRange.selector, 8, 86));
        new ChainlinkOracle(f, NO_FEED, NO_FEED, NO_FEED, 0, 50);
        assertEq(new ChainlinkOracle(f, NO_FEED, NO_FEED, NO_FEED, 0, 49).SCALE_FACTOR(), 1e77, "largest scale");
    }
}

/// @notice Morpho Blue as it is deployed (compiled from its npm package with solc 0.8.19), with
/// the development IRM and oracle: a cbBTC-like/USDC market at LLTV 86% borrows, accrues at the
/// fixed rate, and liquidates once the price falls.
contract MorphoDevMarketTest is Test {
    uint256 internal constant LLTV = 0.86e18;
    uint256 internal constant RATE = 1585489599; // ~5% a year, WAD per second

    IMorpho internal morpho;
    MockPriceFeed internal feed;
    MockERC20 internal cbbtc;
    MockERC20 internal usdc;
    MarketParams internal params;
    Id internal id;
    address internal lender = makeAddr("lender");
    address internal borrower = makeAddr("borrower");
    address internal liquidator = makeAddr("liquidator");

    function setUp() public {
        vm.warp(1_700_000_000);
        morpho = IMorpho(deploy(abi.encodePacked(vm.getCode("out/Morpho.sol/Morpho.json"), abi.encode(address(this)))));
        feed = new MockPriceFeed(8, "BTC / USD", 100_000e8);
        cbbtc = new MockERC20("Coinbase Wrapped BTC", "cbBTC", 8);
        usdc = new MockERC20("USD Coin", "USDC", 6);
        FixedRateIrm irm = new FixedRateIrm(RATE);
        ChainlinkOracle oracle = new ChainlinkOracle(AggregatorV3Interface(address(feed)), NO_FEED, NO_FEED, NO_FEED, 8, 6);
        morpho.enableIrm(address(irm));
        morpho.enableLltv(LLTV);
        params = MarketParams(address(usdc), address(cbbtc), address(oracle), address(irm), LLTV);
        morpho.createMarket(params);
        id = Id.wrap(keccak256(abi.encode(params)));

        usdc.mint(lender, 1_000_000e6);
        vm.startPrank(lender);
        usdc.approve(address(morpho), type(uint256).max);
        morpho.supply(params, 1_000_000e6, 0, lender, "");
        vm.stopPrank();
        cbbtc.mint(borrower, 1e8);
        vm.startPrank(borrower);
        cbbtc.approve(address(morpho), type(uint256).max);
        morpho.supplyCollateral(params, 1e8, borrower, "");
        vm.stopPrank();
    }

    function deploy(bytes memory code) internal returns (address a) {
        assembly {
            a := create(0, add(code, 0x20), mload(code))
        }
        require(a != address(0), "deploy failed");
    }

    function test_borrowAccrueLiquidate() public {
        // 1 BTC at $100,000 and LLTV 86% allows 86,000 USDC; a wei more is refused.
        vm.prank(borrower);
        vm.expectRevert(bytes("insufficient collateral"));
        morpho.borrow(params, 86_000e6 + 1, 0, borrower, borrower);
        vm.prank(borrower);
        morpho.borrow(params, 80_000e6, 0, borrower, borrower);

        vm.warp(block.timestamp + 365 days);
        morpho.accrueInterest(params);
        Market memory m = morpho.market(id);
        assertGe(m.totalBorrowAssets, 84_000e6, "a year at ~5% on 80,000");
        assertLe(m.totalBorrowAssets, 84_200e6, "a year at ~5% on 80,000");

        feed.setPrice(90_000e8);
        usdc.mint(liquidator, 100_000e6);
        vm.startPrank(liquidator);
        usdc.approve(address(morpho), type(uint256).max);
        (uint256 seized,) = morpho.liquidate(params, borrower, 0.5e8, 0, "");
        vm.stopPrank();
        assertEq(seized, 0.5e8, "seized");
        assertEq(cbbtc.balanceOf(liquidator), 0.5e8, "liquidator's collateral");
        Position memory p = morpho.position(id, borrower);
        assertEq(p.collateral, 0.5e8, "collateral left");
    }
}
