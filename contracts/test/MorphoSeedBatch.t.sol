// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IMorpho, MarketParams, Market, Position, Id} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";

import {Test} from "./utils/Test.sol";
import {ChainlinkOracle, NO_FEED} from "../src/dev/ChainlinkOracle.sol";
import {FixedRateIrm} from "../src/dev/FixedRateIrm.sol";
import {MockERC20} from "../src/dev/MockERC20.sol";
import {MockPriceFeed} from "../src/dev/MockPriceFeed.sol";
import {MorphoSeedBatch} from "../src/dev/MorphoSeedBatch.sol";
import {Seeder} from "../src/dev/SeedBatch.sol";
import {AggregatorV3Interface} from "../src/interfaces/AggregatorV3Interface.sol";

/// @notice The development Morpho seeder opens one position per entry on the real Morpho Blue,
/// supplying what its borrowers borrow, and cannot be used to supply collateral outside a seed.
contract MorphoSeedBatchTest is Test {
    IMorpho internal morpho;
    MockERC20 internal cbbtc;
    MockERC20 internal usdc;
    MarketParams internal params;
    Id internal id;
    MorphoSeedBatch internal batch;

    function setUp() public {
        vm.warp(1_700_000_000);
        morpho = IMorpho(deploy(abi.encodePacked(vm.getCode("out/Morpho.sol/Morpho.json"), abi.encode(address(this)))));
        MockPriceFeed feed = new MockPriceFeed(8, "BTC / USD", 100_000e8);
        cbbtc = new MockERC20("Coinbase Wrapped BTC", "cbBTC", 8);
        usdc = new MockERC20("USD Coin", "USDC", 6);
        FixedRateIrm irm = new FixedRateIrm(1585489599);
        ChainlinkOracle oracle =
            new ChainlinkOracle(AggregatorV3Interface(address(feed)), NO_FEED, NO_FEED, NO_FEED, 8, 6);
        morpho.enableIrm(address(irm));
        morpho.enableLltv(0.86e18);
        params = MarketParams(address(usdc), address(cbbtc), address(oracle), address(irm), 0.86e18);
        morpho.createMarket(params);
        id = Id.wrap(keccak256(abi.encode(params)));
        batch = new MorphoSeedBatch(morpho, params);
    }

    function deploy(bytes memory code) internal returns (address a) {
        assembly {
            a := create(0, add(code, 0x20), mload(code))
        }
        require(a != address(0), "deploy failed");
    }

    function test_seed_opensEveryPosition() public {
        uint256[] memory collaterals = new uint256[](3);
        uint256[] memory debts = new uint256[](3);
        collaterals[0] = 1e7; // 0.1 BTC, $10,000
        debts[0] = 2_000e6; // 20%
        collaterals[1] = 0.5e8 + 1; // odd: the two supplies differ by one unit
        debts[1] = 0;
        collaterals[2] = 1e8;
        debts[2] = 86_000e6; // at the LLTV
        address[] memory borrowers = batch.seed(collaterals, debts);
        Market memory m = morpho.market(id);
        for (uint256 i; i < 3; ++i) {
            Position memory p = morpho.position(id, borrowers[i]);
            assertEq(p.collateral, collaterals[i], "collateral");
            assertEq(p.supplyShares, 0, "a borrower supplies no loan tokens");
            // Shares at the market's rate, rounded up as Morpho rounds a borrow's shares.
            uint256 owed = (uint256(p.borrowShares) * (m.totalBorrowAssets + 1) + m.totalBorrowShares + 1e6 - 1)
                / (m.totalBorrowShares + 1e6);
            assertEq(owed, debts[i], "debt");
            assertLe(borrowers[i].code.length, 8, "a borrower has no functions");
        }
        assertEq(m.totalSupplyAssets, 88_000e6, "the batch supplied what was borrowed");
        assertEq(m.totalBorrowAssets, 88_000e6, "totalBorrowAssets");
        assertEq(usdc.balanceOf(address(batch)), 88_000e6, "the batch holds what was borrowed");
        assertEq(cbbtc.balanceOf(address(morpho)), 1e7 + 0.5e8 + 1 + 1e8, "Morpho holds the collateral");
    }

    function test_seed_revertsOnLengthMismatch() public {
        vm.expectRevert(abi.encodeWithSelector(Seeder.LengthMismatch.selector, 1, 0));
        batch.seed(new uint256[](1), new uint256[](0));
    }

    function test_supplyCollateralFor_revertsOutsideSeed() public {
        vm.expectRevert(abi.encodeWithSelector(Seeder.NotSeeding.selector, address(this)));
        batch.supplyCollateralFor(1e8);
    }
}
