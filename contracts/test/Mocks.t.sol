// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {Test} from "./utils/Test.sol";
import {MockERC20} from "../src/dev/MockERC20.sol";
import {MockPriceFeed} from "../src/dev/MockPriceFeed.sol";
import {AggregatorV3Interface} from "../src/interfaces/AggregatorV3Interface.sol";

/// @notice The development feed behaves like a Chainlink aggregator: one round per update,
/// AnswerUpdated on each, old rounds kept, unknown rounds refused.
contract MockPriceFeedTest is Test {
    uint256 internal constant START = 1_700_000_000;
    int256 internal constant INITIAL = 100_000e8;

    MockPriceFeed internal feed;

    function setUp() public {
        vm.warp(START);
        feed = new MockPriceFeed(8, "BTC / USD", INITIAL);
    }

    function test_constructor_setsMetadataAndFirstRound() public view {
        assertEq(feed.decimals(), 8, "decimals");
        assertTrue(keccak256(bytes(feed.description())) == keccak256("BTC / USD"), "description");
        assertEq(feed.version(), 4, "version");
        assertEq(feed.latestRound(), 1, "latestRound");
    }

    function test_constructor_emitsAnswerUpdated() public {
        vm.expectEmit();
        emit AggregatorV3Interface.AnswerUpdated(INITIAL, 1, START);
        new MockPriceFeed(8, "BTC / USD", INITIAL);
    }

    function test_setPrice_emitsAnswerUpdatedAndStartsRound() public {
        vm.warp(START + 60);
        vm.expectEmit(address(feed));
        emit AggregatorV3Interface.AnswerUpdated(-5, 2, START + 60);
        feed.setPrice(-5);
        assertEq(feed.latestRound(), 2, "latestRound");
        (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound) =
            feed.latestRoundData();
        assertEq(roundId, 2, "roundId");
        assertTrue(answer == -5, "answer");
        assertEq(startedAt, START + 60, "startedAt");
        assertEq(updatedAt, START + 60, "updatedAt");
        assertEq(answeredInRound, 2, "answeredInRound");
    }

    function test_setPriceAt_emitsAnswerUpdatedWithTheGivenTime() public {
        vm.expectEmit(address(feed));
        emit AggregatorV3Interface.AnswerUpdated(90_000e8, 2, START - 1 hours);
        feed.setPriceAt(90_000e8, START - 1 hours);
        (,,, uint256 updatedAt,) = feed.latestRoundData();
        assertEq(updatedAt, START - 1 hours, "updatedAt");
    }

    function test_getRoundData_keepsEveryRound() public {
        vm.warp(START + 10);
        feed.setPrice(95_000e8);
        vm.warp(START + 20);
        feed.setPrice(0);

        int256[3] memory answers = [INITIAL, int256(95_000e8), int256(0)];
        uint256[3] memory times = [START, START + 10, START + 20];
        for (uint80 id = 1; id <= 3; id++) {
            (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound) =
                feed.getRoundData(id);
            assertEq(roundId, id, "roundId");
            assertTrue(answer == answers[id - 1], "answer");
            assertEq(startedAt, times[id - 1], "startedAt");
            assertEq(updatedAt, times[id - 1], "updatedAt");
            assertEq(answeredInRound, id, "answeredInRound");
        }
    }

    function test_getRoundData_revertsNoSuchRound() public {
        uint80[3] memory missing = [uint80(0), uint80(2), type(uint80).max];
        for (uint256 i = 0; i < missing.length; i++) {
            vm.expectRevert(abi.encodeWithSelector(MockPriceFeed.NoSuchRound.selector, missing[i]));
            feed.getRoundData(missing[i]);
        }
    }
}

/// @notice The development token: anyone mints, decimals as configured.
contract MockERC20Test is Test {
    function test_decimals_asConfigured() public {
        uint8[4] memory decimals = [uint8(0), 6, 8, 18];
        for (uint256 i = 0; i < decimals.length; i++) {
            MockERC20 token = new MockERC20("Token", "TKN", decimals[i]);
            assertEq(token.decimals(), decimals[i], "decimals");
        }
    }

    function test_constructor_setsNameAndSymbol() public {
        MockERC20 token = new MockERC20("Wrapped BTC", "WBTC", 8);
        assertTrue(keccak256(bytes(token.name())) == keccak256("Wrapped BTC"), "name");
        assertTrue(keccak256(bytes(token.symbol())) == keccak256("WBTC"), "symbol");
        assertEq(token.totalSupply(), 0, "no supply");
    }

    function test_mint_anyoneMintsToAnyone() public {
        MockERC20 token = new MockERC20("USD Coin", "USDC", 6);
        address minter = vm.addr(1);
        address holder = vm.addr(2);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(address(0), holder, 5e6);
        vm.prank(minter);
        token.mint(holder, 5e6);
        token.mint(holder, 1);
        assertEq(token.balanceOf(holder), 5e6 + 1, "balance");
        assertEq(token.balanceOf(minter), 0, "minter holds nothing");
        assertEq(token.totalSupply(), 5e6 + 1, "totalSupply");
    }
}
