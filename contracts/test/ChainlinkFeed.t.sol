// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test, Vm} from "./utils/Test.sol";
import {DevAggregator} from "../src/dev/DevAggregator.sol";
import {AggregatorV2V3Interface} from "../src/interfaces/AggregatorV2V3Interface.sol";
import {AggregatorV3Interface} from "../src/interfaces/AggregatorV3Interface.sol";
import {AggregatorProxyInterface} from "../src/interfaces/AggregatorProxyInterface.sol";
import {OffchainAggregatorInterface} from "../src/interfaces/OffchainAggregatorInterface.sol";

/// @notice Chainlink's proxies as these tests call them (both EACAggregatorProxy and
/// AggregatorProxy have these functions).
interface ChainlinkProxy is AggregatorV2V3Interface, AggregatorProxyInterface {
    function proposeAggregator(address aggregator) external;
    function confirmAggregator(address aggregator) external;
}

/// @notice Builds the aggregator and Chainlink's two proxies (compiled from @chainlink/contracts
/// into out/ by tools/thirdparty-build.js).
abstract contract FeedFixture is Test {
    uint256 internal constant START = 1_700_000_000;
    int192 internal constant MIN = 1e8; // $1
    int192 internal constant MAX = 1e14; // $1,000,000
    uint256 internal constant PHASE = 1 << 64;

    function newAggregator() internal returns (DevAggregator) {
        return new DevAggregator(8, MIN, MAX, "BTC / USD");
    }

    function deployEAC(address aggregator) internal returns (ChainlinkProxy) {
        // EACAggregatorProxy(aggregator, accessController): no controller, reads open to all.
        return ChainlinkProxy(
            deploy(
                abi.encodePacked(
                    vm.getCode("out/EACAggregatorProxy.sol/EACAggregatorProxy.json"), abi.encode(aggregator, address(0))
                )
            )
        );
    }

    function deployAggregatorProxy(address aggregator) internal returns (ChainlinkProxy) {
        return ChainlinkProxy(
            deploy(abi.encodePacked(vm.getCode("out/AggregatorProxy.sol/AggregatorProxy.json"), abi.encode(aggregator)))
        );
    }

    function deploy(bytes memory initCode) private returns (address a) {
        assembly {
            a := create(0, add(initCode, 0x20), mload(initCode))
        }
        require(a != address(0), "deploy failed");
    }

    function assertRound(
        AggregatorV3Interface feed,
        uint80 roundId,
        int256 answer,
        uint256 updatedAt,
        string memory what
    ) internal view {
        (uint80 id, int256 a, uint256 startedAt, uint256 u, uint80 answeredInRound) = feed.getRoundData(roundId);
        assertEq(id, roundId, string.concat(what, ": roundId"));
        assertTrue(a == answer, string.concat(what, ": answer"));
        assertEq(startedAt, updatedAt, string.concat(what, ": startedAt"));
        assertEq(u, updatedAt, string.concat(what, ": updatedAt"));
        assertEq(answeredInRound, roundId, string.concat(what, ": answeredInRound"));
    }

    function assertLatest(AggregatorV3Interface feed, uint80 roundId, int256 answer, uint256 updatedAt, string memory what)
        internal
        view
    {
        (uint80 id, int256 a, uint256 startedAt, uint256 u, uint80 answeredInRound) = feed.latestRoundData();
        assertEq(id, roundId, string.concat(what, ": roundId"));
        assertTrue(a == answer, string.concat(what, ": answer"));
        assertEq(startedAt, updatedAt, string.concat(what, ": startedAt"));
        assertEq(u, updatedAt, string.concat(what, ": updatedAt"));
        assertEq(answeredInRound, roundId, string.concat(what, ": answeredInRound"));
    }
}

/// @notice The development aggregator publishes as Chainlink's OCR aggregator does.
contract DevAggregatorTest is FeedFixture {
    DevAggregator internal agg;

    function setUp() public {
        vm.warp(START);
        agg = newAggregator();
    }

    function test_constructor_setsMetadataAndNoRound() public view {
        assertEq(agg.decimals(), 8, "decimals");
        assertEq(agg.version(), 4, "version");
        assertTrue(keccak256(bytes(agg.description())) == keccak256("BTC / USD"), "description");
        assertTrue(agg.minAnswer() == MIN && agg.maxAnswer() == MAX, "bounds");
        assertEq(agg.owner(), address(this), "owner");
        assertEq(agg.latestRound(), 0, "latestRound");
        assertLatest(agg, 0, 0, 0, "before any report");
    }

    function test_constructor_refusesInvertedBounds() public {
        vm.expectRevert(abi.encodeWithSelector(DevAggregator.BoundsInverted.selector, MAX, MIN));
        new DevAggregator(8, MAX, MIN, "BTC / USD");
    }

    function test_transmit_emitsOcrEventsInOrder() public {
        agg.transmit(60_000e8);
        vm.warp(START + 30);
        vm.recordLogs();
        agg.transmit(61_000e8);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 3, "logs per report");
        for (uint256 i = 0; i < logs.length; i++) {
            assertEq(logs[i].emitter, address(agg), "emitter");
        }

        // NewTransmission(uint32 indexed aggregatorRoundId, int192 answer, address transmitter,
        //                 int192[] observations, bytes observers, bytes32 rawReportContext)
        assertEq(logs[0].topics.length, 2, "NewTransmission topics");
        assertTrue(logs[0].topics[0] == OffchainAggregatorInterface.NewTransmission.selector, "first is NewTransmission");
        assertEq(uint256(logs[0].topics[1]), 2, "NewTransmission round");
        (int192 answer, address transmitter, int192[] memory observations, bytes memory observers, bytes32 context) =
            abi.decode(logs[0].data, (int192, address, int192[], bytes, bytes32));
        assertTrue(answer == 61_000e8, "NewTransmission answer");
        assertEq(transmitter, address(this), "NewTransmission transmitter");
        assertEq(observations.length, 1, "observations");
        assertTrue(observations[0] == 61_000e8, "observation");
        assertEq(observers.length, 1, "observers");
        assertEq(uint256(context) >> 168, 0, "report context: 11 zero bytes");
        assertEq(uint256(uint40(uint256(context))), 2, "report context: epoch and round");

        // NewRound(uint256 indexed roundId, address indexed startedBy, uint256 startedAt)
        assertTrue(logs[1].topics[0] == AggregatorV2V3Interface.NewRound.selector, "second is NewRound");
        assertEq(uint256(logs[1].topics[1]), 2, "NewRound round");
        assertEq(uint256(logs[1].topics[2]), 0, "NewRound startedBy is zero");
        assertEq(abi.decode(logs[1].data, (uint256)), START + 30, "NewRound startedAt");

        // AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt)
        assertTrue(logs[2].topics[0] == AggregatorV3Interface.AnswerUpdated.selector, "third is AnswerUpdated");
        assertTrue(int256(uint256(logs[2].topics[1])) == 61_000e8, "AnswerUpdated current");
        assertEq(uint256(logs[2].topics[2]), 2, "AnswerUpdated round");
        assertEq(abi.decode(logs[2].data, (uint256)), START + 30, "AnswerUpdated updatedAt");
    }

    function test_transmit_countsRoundsFromOneAndKeepsThem() public {
        agg.transmit(60_000e8);
        vm.warp(START + 60);
        agg.transmit(62_000e8);
        vm.warp(START + 120);
        agg.transmit(59_000e8);

        assertEq(agg.latestRound(), 3, "latestRound");
        assertTrue(agg.latestAnswer() == 59_000e8, "latestAnswer");
        assertEq(agg.latestTimestamp(), START + 120, "latestTimestamp");
        assertLatest(agg, 3, 59_000e8, START + 120, "latest");
        assertRound(agg, 1, 60_000e8, START, "round 1");
        assertRound(agg, 2, 62_000e8, START + 60, "round 2");
        assertTrue(agg.getAnswer(2) == 62_000e8, "getAnswer(2)");
        assertEq(agg.getTimestamp(2), START + 60, "getTimestamp(2)");
    }

    function test_reads_unknownRoundsAsOcrDoes() public {
        agg.transmit(60_000e8);
        // A round that has not happened yet reads as zeros, without reverting.
        assertRound(agg, 7, 0, 0, "future round");
        assertTrue(agg.getAnswer(7) == 0, "getAnswer(7)");
        // Above uint32: v2 reads give zero, v3 reverts.
        assertTrue(agg.getAnswer(uint256(type(uint32).max) + 1) == 0, "getAnswer above uint32");
        assertEq(agg.getTimestamp(uint256(type(uint32).max) + 1), 0, "getTimestamp above uint32");
        vm.expectRevert(bytes("No data present"));
        agg.getRoundData(uint80(type(uint32).max) + 1);
    }

    function test_transmit_publishesAtTheBounds() public {
        agg.transmit(MIN);
        assertTrue(agg.latestAnswer() == MIN, "at minAnswer");
        agg.transmit(MAX);
        assertTrue(agg.latestAnswer() == MAX, "at maxAnswer");
    }

    function test_transmit_refusesOutsideTheBoundsAndTheFeedStops() public {
        agg.transmit(60_000e8);
        vm.expectRevert(bytes("median is out of min-max range"));
        agg.transmit(MIN - 1);
        vm.expectRevert(bytes("median is out of min-max range"));
        agg.transmit(MAX + 1);
        assertEq(agg.latestRound(), 1, "no round added");
        assertTrue(agg.latestAnswer() == 60_000e8, "last answer kept");
    }

    function testFuzz_transmit_publishesExactlyWithinBounds(int192 answer) public {
        bool inside = answer >= MIN && answer <= MAX;
        if (!inside) vm.expectRevert(bytes("median is out of min-max range"));
        agg.transmit(answer);
        assertEq(agg.latestRound(), inside ? 1 : 0, "latestRound");
    }

    function test_transmit_onlyOwner() public {
        vm.prank(makeAddr("stranger"));
        vm.expectRevert(bytes("Only callable by owner"));
        agg.transmit(60_000e8);
    }
}

/// @notice Chainlink's own proxies in front of the development aggregator: round ids carry the
/// phase, aggregator changes go through propose + confirm, old phases stay readable.
contract ChainlinkProxyTest is FeedFixture {
    DevAggregator internal agg1;
    DevAggregator internal agg2;

    function setUp() public {
        vm.warp(START);
        agg1 = newAggregator();
        agg2 = newAggregator();
        agg1.transmit(60_000e8);
        vm.warp(START + 60);
        agg1.transmit(61_000e8);
    }

    function test_eac_roundIdsCarryThePhase() public {
        checkRoundIdsCarryThePhase(deployEAC(address(agg1)));
    }

    function test_aggregatorProxy_roundIdsCarryThePhase() public {
        checkRoundIdsCarryThePhase(deployAggregatorProxy(address(agg1)));
    }

    function checkRoundIdsCarryThePhase(ChainlinkProxy proxy) internal {
        assertEq(proxy.phaseId(), 1, "phaseId");
        assertEq(proxy.aggregator(), address(agg1), "aggregator");
        assertEq(proxy.phaseAggregators(1), address(agg1), "phaseAggregators(1)");
        assertEq(proxy.decimals(), 8, "decimals");
        assertEq(proxy.version(), 4, "version");
        assertLatest(proxy, uint80(PHASE | 2), 61_000e8, START + 60, "latest");
        assertEq(proxy.latestRound(), PHASE | 2, "latestRound");
        assertRound(proxy, uint80(PHASE | 1), 60_000e8, START, "round 1");
        assertTrue(proxy.getAnswer(PHASE | 1) == 60_000e8, "getAnswer");
        assertEq(proxy.getTimestamp(PHASE | 1), START, "getTimestamp");

        // A report lands in the proxy's reads in the same block, with its own time.
        vm.warp(START + 3600);
        agg1.transmit(59_000e8);
        assertLatest(proxy, uint80(PHASE | 3), 59_000e8, START + 3600, "after a report");
        // Staleness is the reader's business: time passing changes nothing.
        vm.warp(START + 90_000);
        assertLatest(proxy, uint80(PHASE | 3), 59_000e8, START + 3600, "a day later");
    }

    function test_eac_switchesAggregatorWithoutAnEvent() public {
        ChainlinkProxy proxy = deployEAC(address(agg1));
        vm.recordLogs();
        proxy.proposeAggregator(address(agg2));
        proxy.confirmAggregator(address(agg2));
        assertEq(vm.getRecordedLogs().length, 0, "logs from propose and confirm");
        checkSwitched(proxy);
    }

    function test_aggregatorProxy_switchesAggregatorWithAggregatorConfirmed() public {
        ChainlinkProxy proxy = deployAggregatorProxy(address(agg1));
        vm.expectEmit(address(proxy));
        emit AggregatorProxyInterface.AggregatorProposed(address(agg1), address(agg2));
        proxy.proposeAggregator(address(agg2));
        vm.expectEmit(address(proxy));
        emit AggregatorProxyInterface.AggregatorConfirmed(address(agg1), address(agg2));
        proxy.confirmAggregator(address(agg2));
        checkSwitched(proxy);
    }

    /// After agg1 → agg2: phase 2, agg2's rounds under 2 << 64, agg1's still readable under 1 << 64.
    function checkSwitched(ChainlinkProxy proxy) internal {
        assertEq(proxy.phaseId(), 2, "phaseId");
        assertEq(proxy.aggregator(), address(agg2), "aggregator");
        assertEq(proxy.phaseAggregators(1), address(agg1), "phaseAggregators(1)");
        assertEq(proxy.phaseAggregators(2), address(agg2), "phaseAggregators(2)");
        assertEq(proxy.proposedAggregator(), address(0), "proposal cleared");
        // The new aggregator has no round yet: the proxy reads its zeros under phase 2.
        assertLatest(proxy, uint80(2 * PHASE), 0, 0, "before agg2's first report");

        vm.warp(START + 120);
        agg2.transmit(62_000e8);
        assertLatest(proxy, uint80(2 * PHASE | 1), 62_000e8, START + 120, "agg2's first report");
        assertEq(proxy.latestRound(), 2 * PHASE | 1, "latestRound");
        // Reports to the old aggregator no longer reach the proxy's latest...
        agg1.transmit(50_000e8);
        assertLatest(proxy, uint80(2 * PHASE | 1), 62_000e8, START + 120, "after a report to agg1");
        // ...but the old phase stays readable by its proxy round ids.
        assertRound(proxy, uint80(PHASE | 2), 61_000e8, START + 60, "phase 1 round 2");
        assertRound(proxy, uint80(PHASE | 3), 50_000e8, START + 120, "phase 1 round 3");
        assertTrue(proxy.getAnswer(PHASE | 1) == 60_000e8, "phase 1 getAnswer");
    }

    function test_confirmAggregator_refusesAnUnproposedAggregator() public {
        ChainlinkProxy eac = deployEAC(address(agg1));
        ChainlinkProxy later = deployAggregatorProxy(address(agg1));
        eac.proposeAggregator(address(agg2));
        vm.expectRevert(bytes("Invalid proposed aggregator"));
        eac.confirmAggregator(address(agg1));
        later.proposeAggregator(address(agg2));
        vm.expectRevert(bytes("Invalid proposed aggregator"));
        later.confirmAggregator(address(agg1));
    }

    function test_proposeAggregator_onlyOwner() public {
        ChainlinkProxy eac = deployEAC(address(agg1));
        ChainlinkProxy later = deployAggregatorProxy(address(agg1));
        address stranger = makeAddr("stranger");
        vm.prank(stranger);
        vm.expectRevert(bytes("Only callable by owner"));
        eac.proposeAggregator(address(agg2));
        vm.prank(stranger);
        vm.expectRevert(bytes("Only callable by owner"));
        later.proposeAggregator(address(agg2));
    }
}
