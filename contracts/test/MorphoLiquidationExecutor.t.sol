// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IUniswapV3Pool} from "@uniswap/v3-core/contracts/interfaces/IUniswapV3Pool.sol";
import {IMorpho, Id, MarketParams, Market, Position} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";

import {Vm} from "./utils/Test.sol";
import {Console} from "./utils/Console.sol";
import {ExecutorProperties, ExecutorTest, attemptReasonIn, calldataCost} from "./utils/Executors.sol";
import {HostileCollateral, HostileMorphoPool} from "./utils/HostileMorphoVenues.sol";
import {BatchExecutor} from "../src/BatchExecutor.sol";
import {MorphoLiquidationExecutor} from "../src/MorphoLiquidationExecutor.sol";
import {ChainlinkOracle, NO_FEED} from "../src/dev/ChainlinkOracle.sol";
import {DevPool} from "../src/dev/DevPool.sol";
import {FixedRateIrm} from "../src/dev/FixedRateIrm.sol";
import {MockERC20} from "../src/dev/MockERC20.sol";
import {AggregatorV3Interface} from "../src/interfaces/AggregatorV3Interface.sol";

/// @notice The real Morpho Blue (compiled from its npm package with solc 0.8.19) with a
/// cbBTC-like/USDC market at LLTV 86% over the fixture's feed; positions of 1 BTC borrowing
/// $80,000 opened at $100,000 and made liquidatable by a fall to $90,000, where the real
/// Uniswap v3 pool trades; and an executor owned by `keeper`. `wbtc` plays cbBTC.
abstract contract MorphoExecutorFixture is ExecutorTest {
    uint256 internal constant LLTV = 0.86e18;
    uint256 internal constant RATE = 1585489599; // ~5% a year, WAD per second
    uint256 internal constant CRASH_PRICE = 90_000;
    uint256 internal constant DEBT = 80_000 * 1e6;
    uint128 internal constant POOL_LIQUIDITY = 2e13;

    IMorpho internal morpho;
    FixedRateIrm internal irm;
    ChainlinkOracle internal oracle;
    MarketParams internal mp;
    Id internal id;
    MorphoLiquidationExecutor internal executor;
    address[] internal borrowers;

    function setUpMorpho(uint256 positions) internal {
        morpho = IMorpho(create(abi.encodePacked(vm.getCode("out/Morpho.sol/Morpho.json"), abi.encode(owner))));
        irm = new FixedRateIrm(RATE);
        oracle = new ChainlinkOracle(AggregatorV3Interface(address(feed)), NO_FEED, NO_FEED, NO_FEED, 8, 6);
        vm.startPrank(owner);
        morpho.enableIrm(address(irm));
        morpho.enableLltv(LLTV);
        vm.stopPrank();
        mp = MarketParams(address(usdc), address(wbtc), address(oracle), address(irm), LLTV);
        morpho.createMarket(mp);
        id = Id.wrap(keccak256(abi.encode(mp)));

        keeper = makeAddr("keeper");
        executor = new MorphoLiquidationExecutor(morpho, keeper);
        vm.prank(keeper);
        usdc.approve(address(executor), type(uint256).max);

        usdc.mint(lender, (positions + 10) * DEBT);
        vm.startPrank(lender);
        usdc.approve(address(morpho), type(uint256).max);
        morpho.supply(mp, (positions + 10) * DEBT, 0, lender, "");
        vm.stopPrank();
        for (uint256 i = 0; i < positions; i++) {
            address b = address(uint160(0xB0000 + i));
            borrowers.push(b);
            borrowOn(mp, wbtc, b);
        }
        setPrice(CRASH_PRICE);
        setUpPool(CRASH_PRICE, POOL_LIQUIDITY);
    }

    /// @notice `b` posts 1 BTC of `collateral` in market `m` and borrows DEBT against it.
    function borrowOn(MarketParams memory m, MockERC20 collateral, address b) internal {
        collateral.mint(b, BTC);
        vm.startPrank(b);
        collateral.approve(address(morpho), BTC);
        morpho.supplyCollateral(m, BTC, b, "");
        morpho.borrow(m, DEBT, 0, b, b);
        vm.stopPrank();
    }

    function create(bytes memory code) internal returns (address a) {
        assembly ("memory-safe") {
            a := create(0, add(code, 0x20), mload(code))
        }
        require(a != address(0), "deploy failed");
    }

    /// @notice Liquidations of borrowers [from, from+n) repaying all their borrow shares.
    function batch(uint256 from, uint256 n) internal view returns (MorphoLiquidationExecutor.Liquidation[] memory l) {
        l = new MorphoLiquidationExecutor.Liquidation[](n);
        for (uint256 i = 0; i < n; i++) {
            address b = borrowers[from + i];
            l[i] = MorphoLiquidationExecutor.Liquidation(b, 0, morpho.position(id, b).borrowShares);
        }
    }

    function params(
        MorphoLiquidationExecutor.Funding funding,
        BatchExecutor.ProfitToken profitToken,
        uint256 loanAmount,
        uint256 minProfit
    ) internal view returns (MorphoLiquidationExecutor.Params memory) {
        return MorphoLiquidationExecutor.Params(funding, profitToken, pool, loanAmount, minProfit);
    }

    /// @notice What liquidating `l` on Morpho now would repay and seize in total (state is left
    /// as it was).
    function quote(MorphoLiquidationExecutor.Liquidation[] memory l) internal returns (uint256 repaid, uint256 seized) {
        uint256 snapshot = vm.snapshotState();
        usdc.mint(address(this), 1e18);
        usdc.approve(address(morpho), type(uint256).max);
        for (uint256 i = 0; i < l.length; i++) {
            try morpho.liquidate(mp, l[i].borrower, l[i].seizedAssets, l[i].repaidShares, "") returns (
                uint256 s, uint256 r
            ) {
                repaid += r;
                seized += s;
            } catch {}
        }
        vm.revertToState(snapshot);
    }

    function run(MorphoLiquidationExecutor.Liquidation[] memory l, MorphoLiquidationExecutor.Params memory p)
        internal
        returns (BatchExecutor.Attempt[] memory attempts, uint256 profit)
    {
        vm.prank(keeper);
        return executor.liquidate(mp, l, p);
    }

    /// @notice A competitor liquidates all of `who`'s debt first.
    function competitorLiquidates(address who) internal {
        usdc.mint(liquidator, 1e15);
        vm.startPrank(liquidator);
        usdc.approve(address(morpho), type(uint256).max);
        morpho.liquidate(mp, who, 0, morpho.position(id, who).borrowShares, "");
        vm.stopPrank();
    }

    function executorUnderTest() internal view override returns (BatchExecutor) {
        return executor;
    }

    function assertHoldsNothing() internal view override {
        assertEq(usdc.balanceOf(address(executor)), 0, "executor's USDC");
        assertEq(wbtc.balanceOf(address(executor)), 0, "executor's collateral");
        assertEq(usdc.allowance(address(executor), address(morpho)), 0, "Morpho's allowance");
    }
}

/// @notice Unit and fuzz tests of every path of the Morpho executor, against the real Morpho
/// Blue and the real Uniswap v3 pool.
contract MorphoLiquidationExecutorTest is MorphoExecutorFixture, ExecutorProperties {
    MorphoLiquidationExecutor.Funding internal constant INVENTORY = MorphoLiquidationExecutor.Funding.Inventory;
    MorphoLiquidationExecutor.Funding internal constant CALLBACK = MorphoLiquidationExecutor.Funding.Callback;

    bytes32 internal constant ATTEMPTED = keccak256("LiquidationAttempted(bytes32,address,bool,uint256,uint256,bytes)");
    bytes32 internal constant MORPHO_LIQUIDATE =
        keccak256("Liquidate(bytes32,address,address,uint256,uint256,uint256,uint256,uint256)");

    function setUp() public override {
        super.setUp();
        setUpMorpho(12);
    }

    // ------------------------------------------------------------ Morpho's callback

    function test_callback_profitInLoan() public {
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 3);
        (uint256 repaid, uint256 seized) = quote(l);
        uint256 poolUsdc = usdc.balanceOf(address(pool));

        (BatchExecutor.Attempt[] memory attempts, uint256 profit) = run(l, params(CALLBACK, IN_LOAN, 0, 1));

        assertAllSucceeded(attempts, repaid, seized);
        assertGe(profit, 1, "profit");
        assertEq(usdc.balanceOf(keeper), profit, "keeper's USDC is the profit");
        assertEq(wbtc.balanceOf(keeper), 0, "every seized unit was sold");
        assertEq(
            usdc.balanceOf(address(pool)), poolUsdc - repaid - profit, "the pool paid the repayments and the profit"
        );
        for (uint256 i = 0; i < 3; i++) {
            assertEq(morpho.position(id, l[i].borrower).borrowShares, 0, "debt repaid");
        }
        assertHoldsNothing();
    }

    function test_callback_profitInCollateral() public {
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 3);
        (uint256 repaid, uint256 seized) = quote(l);
        uint256 poolUsdc = usdc.balanceOf(address(pool));
        uint256 poolWbtc = wbtc.balanceOf(address(pool));

        (BatchExecutor.Attempt[] memory attempts, uint256 profit) =
            run(l, params(CALLBACK, IN_COLLATERAL, 0, 1));

        assertAllSucceeded(attempts, repaid, seized);
        assertGe(profit, 1, "profit");
        assertEq(wbtc.balanceOf(keeper), profit, "keeper's collateral is the profit");
        assertEq(usdc.balanceOf(keeper), 0, "keeper's USDC: none held, none left");
        assertEq(usdc.balanceOf(address(pool)), poolUsdc - repaid, "the pool paid exactly the repayments");
        assertEq(wbtc.balanceOf(address(pool)), poolWbtc + seized - profit, "the pool got the rest of the seized");
        assertHoldsNothing();
    }

    function test_callback_reportsEveryAttemptAndMorphoSeesTheExecutor() public {
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 2);
        vm.recordLogs();
        (BatchExecutor.Attempt[] memory attempts,) = run(l, params(CALLBACK, IN_LOAN, 0, 0));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 seen;
        uint256 morphoSeen;
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].emitter == address(morpho) && logs[i].topics[0] == MORPHO_LIQUIDATE) {
                assertEq(address(uint160(uint256(logs[i].topics[2]))), address(executor), "Morpho's caller");
                morphoSeen++;
            }
            if (logs[i].emitter != address(executor) || logs[i].topics[0] != ATTEMPTED) continue;
            (bool success, uint256 r, uint256 s, bytes memory reason) =
                abi.decode(logs[i].data, (bool, uint256, uint256, bytes));
            assertEq(logs[i].topics[1], Id.unwrap(id), "event's market id");
            assertEq(address(uint160(uint256(logs[i].topics[2]))), l[seen].borrower, "event's borrower");
            assertEq(success, true, "event's success");
            assertEq(r, attempts[seen].repaid, "event's repaid");
            assertEq(s, attempts[seen].seized, "event's seized");
            assertEq(reason.length, 0, "no reason on success");
            seen++;
        }
        assertEq(seen, 2, "one event per attempt");
        assertEq(morphoSeen, 2, "one Morpho liquidation per attempt");
    }

    function test_callback_aLostAttemptDoesNotStopTheOthers() public {
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 3);
        competitorLiquidates(l[1].borrower);

        vm.recordLogs();
        (BatchExecutor.Attempt[] memory attempts, uint256 profit) =
            run(l, params(CALLBACK, IN_COLLATERAL, 0, 1));

        assertEq(attempts[0].success, true, "first succeeded");
        assertEq(attempts[1].success, false, "second lost to the competitor");
        assertEq(attempts[1].repaid + attempts[1].seized, 0, "lost attempt moved nothing");
        assertEq(attempts[2].success, true, "third succeeded");
        assertGe(profit, 1, "profit");
        assertEq(
            keccak256(attemptReason(vm.getRecordedLogs(), l[1].borrower)),
            keccak256(abi.encodeWithSignature("Error(string)", "position is healthy")),
            "lost attempt's reason is Morpho's revert"
        );
        assertHoldsNothing();
    }

    function test_callback_aSaleShortOfTheRepaymentRevertsThatAttemptAlone() public {
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 3);
        // Someone dumps collateral on the pool: the seized collateral no longer buys the debt.
        poolActor.swap(wbtcIsToken0(), int256(4_000 * BTC));

        vm.recordLogs();
        (BatchExecutor.Attempt[] memory attempts, uint256 profit) = run(l, params(CALLBACK, IN_LOAN, 0, 0));

        for (uint256 i = 0; i < 3; i++) {
            assertEq(attempts[i].success, false, "unprofitable attempt failed");
            assertEq(morpho.position(id, l[i].borrower).borrowShares, l[i].repaidShares, "position untouched");
        }
        assertEq(profit, 0, "no profit");
        bytes memory reason = attemptReason(vm.getRecordedLogs(), l[0].borrower);
        assertEq(bytes4(reason) == MorphoLiquidationExecutor.SaleShort.selector, true, "reason is SaleShort");
        assertHoldsNothing();

        // In collateral, the exact-output purchase asks more than was seized.
        vm.recordLogs();
        (attempts,) = run(l, params(CALLBACK, IN_COLLATERAL, 0, 0));
        assertEq(attempts[0].success, false, "unprofitable attempt failed");
        reason = attemptReason(vm.getRecordedLogs(), l[0].borrower);
        assertEq(
            bytes4(reason) == BatchExecutor.CollateralShort.selector, true, "reason is CollateralShort"
        );

        // And a batch that must profit reverts whole.
        vm.expectRevert(
            abi.encodeWithSelector(BatchExecutor.ProfitBelowMinimum.selector, int256(0), uint256(1))
        );
        run(l, params(CALLBACK, IN_LOAN, 0, 1));
    }

    function test_callback_byCollateralSeized() public {
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 2);
        l[0] = MorphoLiquidationExecutor.Liquidation(l[0].borrower, BTC / 2, 0);
        (uint256 repaid, uint256 seized) = quote(l);
        (BatchExecutor.Attempt[] memory attempts, uint256 profit) =
            run(l, params(CALLBACK, IN_COLLATERAL, 0, 1));
        assertAllSucceeded(attempts, repaid, seized);
        assertEq(attempts[0].seized, BTC / 2, "seized as asked");
        assertEq(morpho.position(id, l[0].borrower).collateral, BTC / 2, "half the collateral left");
        assertGe(profit, 1, "profit");
        assertHoldsNothing();
    }

    /// @notice A fall past the point where the collateral covers the debt with the incentive:
    /// the executor seizes all of it, repays what it is worth, and Morpho socialises the rest.
    function test_callback_badDebt() public {
        setPrice(60_000);
        poolActor.moveTo(sqrtPriceX96(60_000));
        address b = borrowers[0];
        Market memory before = morpho.market(id);
        MorphoLiquidationExecutor.Liquidation[] memory l = new MorphoLiquidationExecutor.Liquidation[](1);
        l[0] = MorphoLiquidationExecutor.Liquidation(b, BTC, 0);
        (uint256 repaid,) = quote(l);

        vm.recordLogs();
        (BatchExecutor.Attempt[] memory attempts, uint256 profit) =
            run(l, params(CALLBACK, IN_COLLATERAL, 0, 1));

        assertEq(attempts[0].success, true, "liquidated");
        assertEq(attempts[0].seized, BTC, "all the collateral");
        assertEq(attempts[0].repaid, repaid, "repaid as quoted");
        Position memory p = morpho.position(id, b);
        assertEq(p.collateral, 0, "no collateral left");
        assertEq(p.borrowShares, 0, "no debt left: the rest is bad debt");
        uint256 badDebt = badDebtOf(vm.getRecordedLogs());
        assertGe(badDebt, 1, "bad debt realised");
        assertEq(repaid + badDebt >= DEBT, true, "repaid and bad debt cover the debt");
        assertEq(morpho.market(id).totalSupplyAssets, before.totalSupplyAssets - badDebt, "lenders bear the bad debt");
        assertGe(profit, 1, "profit");
        assertEq(wbtc.balanceOf(keeper), profit, "keeper's collateral is the profit");
        assertHoldsNothing();
    }

    // ------------------------------------------------------------ inventory

    function test_inventory_profitInLoan() public {
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 3);
        (uint256 repaid, uint256 seized) = quote(l);
        uint256 loan = repaid + 1_000 * USD; // more than needed: the rest comes back
        usdc.mint(keeper, loan);

        (BatchExecutor.Attempt[] memory attempts, uint256 profit) =
            run(l, params(INVENTORY, IN_LOAN, loan, 1));

        assertAllSucceeded(attempts, repaid, seized);
        assertGe(profit, 1, "profit");
        assertEq(usdc.balanceOf(keeper), loan + profit, "keeper's USDC: its inventory and the profit");
        assertEq(wbtc.balanceOf(keeper), 0, "every seized unit was sold");
        assertHoldsNothing();
    }

    function test_inventory_profitInCollateral() public {
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 3);
        (uint256 repaid, uint256 seized) = quote(l);
        uint256 loan = repaid + 1_000 * USD;
        usdc.mint(keeper, loan);

        (BatchExecutor.Attempt[] memory attempts, uint256 profit) =
            run(l, params(INVENTORY, IN_COLLATERAL, loan, 1));

        assertAllSucceeded(attempts, repaid, seized);
        assertGe(profit, 1, "profit");
        assertLt(profit, seized, "part of the seized collateral bought the inventory back");
        assertEq(usdc.balanceOf(keeper), loan, "keeper's USDC: its inventory, whole");
        assertEq(wbtc.balanceOf(keeper), profit, "keeper's collateral is the profit");
        assertHoldsNothing();
    }

    function test_inventory_withoutAPoolKeepsTheCollateral() public {
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 3);
        (uint256 repaid, uint256 seized) = quote(l);
        usdc.mint(keeper, repaid + 1);
        MorphoLiquidationExecutor.Params memory p = params(INVENTORY, IN_COLLATERAL, repaid + 1, 0);
        p.pool = IUniswapV3Pool(address(0));

        (BatchExecutor.Attempt[] memory attempts, uint256 profit) = run(l, p);

        assertAllSucceeded(attempts, repaid, seized);
        assertEq(profit, 0, "nothing measured without a pool");
        assertEq(usdc.balanceOf(keeper), 1, "keeper's unspent USDC");
        assertEq(wbtc.balanceOf(keeper), seized, "keeper's collateral: all that was seized");
        assertHoldsNothing();

        p.minProfit = 1;
        l = batch(3, 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                MorphoLiquidationExecutor.PoolRequired.selector, INVENTORY, IN_COLLATERAL, uint256(1)
            )
        );
        run(l, p);
    }

    function test_inventory_aLostAttemptDoesNotStopTheOthers() public {
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 3);
        (uint256 repaid,) = quote(l);
        competitorLiquidates(l[1].borrower);
        usdc.mint(keeper, repaid);

        (BatchExecutor.Attempt[] memory attempts, uint256 profit) =
            run(l, params(INVENTORY, IN_LOAN, repaid, 1));

        assertEq(attempts[0].success && !attempts[1].success && attempts[2].success, true, "only the lost one failed");
        assertGe(profit, 1, "profit");
        assertHoldsNothing();
    }

    // ------------------------------------------------------------ minimum profit and bad input

    function test_revertsBelowTheMinimumProfit() public {
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 2);
        uint256 snapshot = vm.snapshotState();
        (, uint256 profit) = run(l, params(CALLBACK, IN_LOAN, 0, 0));
        vm.revertToState(snapshot);

        vm.expectRevert(
            abi.encodeWithSelector(BatchExecutor.ProfitBelowMinimum.selector, int256(profit), profit + 1)
        );
        run(l, params(CALLBACK, IN_LOAN, 0, profit + 1));

        (, uint256 again) = run(l, params(CALLBACK, IN_LOAN, 0, profit));
        assertEq(again, profit, "exactly the minimum passes");
    }

    function test_inventory_revertsOnALossAfterThePoolMoved() public {
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 2);
        (uint256 repaid,) = quote(l);
        usdc.mint(keeper, repaid);
        poolActor.swap(wbtcIsToken0(), int256(4_000 * BTC));

        vm.prank(keeper);
        try executor.liquidate(mp, l, params(INVENTORY, IN_LOAN, repaid, 0)) {
            revert AssertionFailed("a loss passed the minimum profit");
        } catch (bytes memory err) {
            assertEq(bytes4(err) == BatchExecutor.ProfitBelowMinimum.selector, true, "ProfitBelowMinimum");
        }
        assertEq(usdc.balanceOf(keeper), repaid, "keeper's inventory untouched");
    }

    function test_refusesBadParams() public {
        MorphoLiquidationExecutor.Liquidation[] memory one = batch(0, 1);
        vm.expectRevert(BatchExecutor.EmptyBatch.selector);
        run(batch(0, 0), params(CALLBACK, IN_LOAN, 0, 0));
        vm.expectRevert(BatchExecutor.ZeroLoanAmount.selector);
        run(one, params(INVENTORY, IN_LOAN, 0, 0));
        vm.expectRevert(abi.encodeWithSelector(MorphoLiquidationExecutor.LoanAmountWithCallback.selector, uint256(5)));
        run(one, params(CALLBACK, IN_LOAN, 5, 0));

        MorphoLiquidationExecutor.Params memory p = params(CALLBACK, IN_LOAN, 0, 0);
        p.pool = IUniswapV3Pool(address(0));
        vm.expectRevert(
            abi.encodeWithSelector(MorphoLiquidationExecutor.PoolRequired.selector, CALLBACK, IN_LOAN, uint256(0))
        );
        run(one, p);

        HostileMorphoPool other = new HostileMorphoPool(address(usdc), address(feed));
        p.pool = IUniswapV3Pool(address(other));
        vm.expectRevert(
            abi.encodeWithSelector(
                BatchExecutor.PoolTokensMismatch.selector, address(other), other.token0(), other.token1()
            )
        );
        run(one, p);
    }

    // ------------------------------------------------------------ access

    function test_onlyTheOwnerMayCall() public {
        address stranger = makeAddr("stranger");
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 1);
        MorphoLiquidationExecutor.Params memory p = params(CALLBACK, IN_LOAN, 0, 0);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        executor.liquidate(mp, l, p);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        executor.sweep(usdc);
    }

    function test_callbacksRefuseCallersOutsideTheExecutorsOwnCalls() public {
        address stranger = makeAddr("stranger");
        bytes memory data = abi.encode(pool, usdc, wbtc, true, true, uint256(0));
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(BatchExecutor.UnexpectedCallback.selector, stranger));
        executor.onMorphoLiquidate(1, data);
        // Morpho itself, when the executor is not liquidating through it.
        vm.prank(address(morpho));
        vm.expectRevert(abi.encodeWithSelector(BatchExecutor.UnexpectedCallback.selector, address(morpho)));
        executor.onMorphoLiquidate(1, data);
        vm.prank(address(pool));
        vm.expectRevert(abi.encodeWithSelector(BatchExecutor.UnexpectedCallback.selector, address(pool)));
        executor.uniswapV3SwapCallback(1, -1, abi.encode(wbtc, true, uint256(1)));
    }

    function test_sweepSendsAStrayTransferToTheOwner() public {
        wbtc.mint(address(executor), 5);
        vm.prank(keeper);
        executor.sweep(wbtc);
        assertEq(wbtc.balanceOf(keeper), 5, "swept to the owner");
        assertHoldsNothing();
    }

    // ------------------------------------------------------------ hostile pool and market

    function test_hostilePoolCannotCallBackTwiceTamperOrReenter() public {
        HostileMorphoPool hostile = new HostileMorphoPool(address(wbtc), address(usdc));
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 2);
        (uint256 repaid, uint256 seized) = quote(l);
        uint256 owed = attemptSeized(l) / 2;
        hostile.setOwed(owed);
        MorphoLiquidationExecutor.Params memory p = params(CALLBACK, IN_COLLATERAL, 0, 0);
        p.pool = IUniswapV3Pool(address(hostile));

        (BatchExecutor.Attempt[] memory attempts, uint256 profit) = run(l, p);

        assertAllSucceeded(attempts, repaid, seized);
        assertEq(profit, seized - 2 * owed, "paid the pool once per attempt");
        bytes memory unexpected =
            abi.encodeWithSelector(BatchExecutor.UnexpectedCallback.selector, address(hostile));
        assertEq(keccak256(hostile.tamperedError()), keccak256(unexpected), "tampered data refused");
        assertEq(
            keccak256(hostile.morphoCallbackError()), keccak256(unexpected), "Morpho's callback from the pool refused"
        );
        assertEq(keccak256(hostile.replayError()), keccak256(unexpected), "second callback refused");
        assertEq(
            keccak256(hostile.reenterError()),
            keccak256(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(hostile))),
            "re-entry refused"
        );
        assertHoldsNothing();

        // A pool that asks more than the attempt seized is refused, and the attempt alone fails.
        l = batch(2, 1);
        hostile.setOwed(attemptSeized(l) + 1);
        (attempts,) = run(l, p);
        assertEq(attempts[0].success, false, "overcharging pool refused");
        assertHoldsNothing();
    }

    /// @notice A Morpho market whose collateral token owns the executor and re-enters it every
    /// way it can whenever a transfer reaches it, in both fundings.
    function test_reentrantMarketIsRefusedEvenAsTheOwner() public {
        for (uint256 mode = 0; mode < 2; mode++) {
            HostileCollateral evil = new HostileCollateral();
            MorphoLiquidationExecutor own = new MorphoLiquidationExecutor(morpho, address(evil));
            evil.setExecutor(own);
            (MarketParams memory emp, IUniswapV3Pool epool, address b) = hostileMarket(evil);
            MorphoLiquidationExecutor.Liquidation[] memory l = new MorphoLiquidationExecutor.Liquidation[](1);
            l[0] = MorphoLiquidationExecutor.Liquidation(
                b, 0, morpho.position(Id.wrap(keccak256(abi.encode(emp))), b).borrowShares
            );
            MorphoLiquidationExecutor.Params memory p = mode == 0
                ? MorphoLiquidationExecutor.Params(CALLBACK, IN_COLLATERAL, epool, 0, 1)
                : MorphoLiquidationExecutor.Params(INVENTORY, IN_LOAN, epool, 100_000 * USD, 1);
            if (mode == 1) {
                usdc.mint(address(evil), 100_000 * USD);
                vm.prank(address(evil));
                usdc.approve(address(own), type(uint256).max);
            }

            (BatchExecutor.Attempt[] memory attempts, uint256 profit) = evil.run(emp, l, p);

            assertEq(attempts[0].success, true, "liquidated despite the hostile token");
            assertGe(profit, 1, "profit");
            assertGe(evil.fired(), 1, "the token re-entered");
            bytes memory reentrant =
                abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
            bytes memory unexpected =
                abi.encodeWithSelector(BatchExecutor.UnexpectedCallback.selector, address(evil));
            assertEq(keccak256(evil.liquidateError()), keccak256(reentrant), "re-entering liquidate refused");
            assertEq(keccak256(evil.sweepError()), keccak256(reentrant), "re-entering sweep refused");
            assertEq(
                keccak256(evil.morphoCallbackError()), keccak256(unexpected), "Morpho's callback from the token refused"
            );
            assertEq(keccak256(evil.swapCallbackError()), keccak256(unexpected), "swap callback from the token refused");
            assertEq(evil.balanceOf(address(own)) + usdc.balanceOf(address(own)), 0, "executor holds nothing");
        }
    }

    // ------------------------------------------------------------ fuzz

    /// @notice Nobody but the owner may start a batch or sweep, and nobody may call either
    /// callback outside the executor's own calls.
    function testFuzz_onlyTheOwnerMayCall(
        address caller,
        int256 delta0,
        int256 delta1,
        uint256 repaid,
        bytes calldata data
    ) public {
        vm.assume(caller != keeper);
        MorphoLiquidationExecutor.Params memory p = params(CALLBACK, IN_LOAN, 0, 0);
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 1);
        vm.prank(caller);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller));
        executor.liquidate(mp, l, p);
        vm.prank(caller);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller));
        executor.sweep(wbtc);
        vm.prank(caller);
        vm.expectRevert(abi.encodeWithSelector(BatchExecutor.UnexpectedCallback.selector, caller));
        executor.uniswapV3SwapCallback(delta0, delta1, data);
        vm.prank(caller);
        vm.expectRevert(abi.encodeWithSelector(BatchExecutor.UnexpectedCallback.selector, caller));
        executor.onMorphoLiquidate(repaid, data);
    }

    // ------------------------------------------------------------ helpers

    struct Case {
        MorphoLiquidationExecutor.Liquidation[] l;
        MorphoLiquidationExecutor.Params p;
        uint256 keeperUsdc;
    }

    /// @notice A batch of 1-6 positions in any mode, sized as the keeper would size it, then
    /// perhaps a competitor takes one and the pool's price moves either way by up to ~7%.
    function fuzzCase(uint8 mode, uint256 n, uint256 push, bool lost) internal returns (Case memory c) {
        c.l = batch(0, bound(n, 1, 6));
        (uint256 repaid,) = quote(c.l);
        bool inventory = inventoryOf(mode);
        c.p = params(inventory ? INVENTORY : CALLBACK, profitTokenOf(mode), inventory ? repaid : 0, 0);
        if (inventory) {
            usdc.mint(keeper, repaid);
            c.keeperUsdc = repaid;
        }
        if (lost) competitorLiquidates(c.l[c.l.length - 1].borrower);
        uint256 size = bound(push, 0, 240 * BTC);
        if (size != 0) poolActor.swap(push % 2 == 0 ? wbtcIsToken0() : !wbtcIsToken0(), int256(size));
    }

    function fuzzBatch(uint8 mode, uint256 n, uint256 push, bool lost, uint256 minProfit)
        internal
        override
        returns (FuzzBatch memory)
    {
        Case memory c = fuzzCase(mode, n, push, lost);
        c.p.minProfit = minProfit;
        return FuzzBatch(
            abi.encodeCall(executor.liquidate, (mp, c.l, c.p)), c.p.profitToken == IN_LOAN, minProfit, c.keeperUsdc
        );
    }

    /// @notice A market on the same Morpho whose collateral is `evil`, with a real Uniswap v3
    /// pool of it against USDC, and one liquidatable borrower.
    function hostileMarket(HostileCollateral evil)
        internal
        returns (MarketParams memory emp, IUniswapV3Pool epool, address b)
    {
        emp = MarketParams(address(usdc), address(evil), address(oracle), address(irm), LLTV);
        morpho.createMarket(emp);
        usdc.mint(lender, DEBT);
        vm.prank(lender);
        morpho.supply(emp, DEBT, 0, lender, "");
        setPrice(100_000);
        b = makeAddr("evil borrower");
        borrowOn(emp, evil, b);
        setPrice(CRASH_PRICE);

        epool = IUniswapV3Pool(uniswapFactory.createPool(address(evil), address(usdc), POOL_FEE));
        bool evilIsToken0 = address(evil) < address(usdc);
        uint256 priceX192 = evilIsToken0 ? (CRASH_PRICE << 192) / 100 : (uint256(100) << 192) / CRASH_PRICE;
        epool.initialize(uint160(Math.sqrt(priceX192)));
        new DevPool(epool).addLiquidity(-FULL_RANGE, FULL_RANGE, POOL_LIQUIDITY);
    }

    /// @notice What the first liquidation of `l` seizes alone.
    function attemptSeized(MorphoLiquidationExecutor.Liquidation[] memory l) internal returns (uint256 seized) {
        MorphoLiquidationExecutor.Liquidation[] memory one = new MorphoLiquidationExecutor.Liquidation[](1);
        one[0] = l[0];
        (, seized) = quote(one);
    }

    function attemptReason(Vm.Log[] memory logs, address who) internal view returns (bytes memory) {
        return attemptReasonIn(logs, address(executor), ATTEMPTED, who);
    }

    function badDebtOf(Vm.Log[] memory logs) internal view returns (uint256) {
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].emitter != address(morpho) || logs[i].topics[0] != MORPHO_LIQUIDATE) continue;
            (,,, uint256 badDebtAssets,) = abi.decode(logs[i].data, (uint256, uint256, uint256, uint256, uint256));
            return badDebtAssets;
        }
        revert AssertionFailed("no Liquidate event");
    }
}

/// @notice Gas per liquidated position in a batch of 100 on Morpho Blue, reported beside
/// Morpho's own single liquidation.
contract MorphoLiquidationExecutorGasTest is MorphoExecutorFixture {
    uint256 internal constant POSITIONS = 100;
    uint256 internal constant TX_BASE_GAS = 21_000;

    function setUp() public override {
        super.setUp();
        setUpMorpho(POSITIONS);
    }

    function test_gas_batchOf100_callbackProfitInLoan() public {
        measure(
            MorphoLiquidationExecutor.Funding.Callback,
            BatchExecutor.ProfitToken.Loan,
            "callback, profit in USDC"
        );
    }

    function test_gas_batchOf100_callbackProfitInCollateral() public {
        measure(
            MorphoLiquidationExecutor.Funding.Callback,
            BatchExecutor.ProfitToken.Collateral,
            "callback, profit in collateral"
        );
    }

    function test_gas_batchOf100_inventory() public {
        measure(MorphoLiquidationExecutor.Funding.Inventory, BatchExecutor.ProfitToken.Loan, "inventory");
    }

    /// @notice A whole transaction's gas per position: execution measured with gasleft, plus the
    /// base cost and the calldata (EIP-2028 prices).
    function measure(
        MorphoLiquidationExecutor.Funding funding,
        BatchExecutor.ProfitToken token,
        string memory what
    ) internal {
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, POSITIONS);
        (uint256 repaid,) = quote(l);
        bool inventory = funding == MorphoLiquidationExecutor.Funding.Inventory;
        if (inventory) usdc.mint(keeper, repaid);
        MorphoLiquidationExecutor.Params memory p = params(funding, token, inventory ? repaid : 0, 1);
        uint256 calldataGas = calldataCost(abi.encodeCall(MorphoLiquidationExecutor.liquidate, (mp, l, p)));

        vm.prank(keeper);
        uint256 before = gasleft();
        (BatchExecutor.Attempt[] memory attempts,) = executor.liquidate(mp, l, p);
        uint256 execution = before - gasleft();

        for (uint256 i = 0; i < attempts.length; i++) {
            assertEq(attempts[i].success, true, "every position liquidated");
        }
        uint256 perPosition = (TX_BASE_GAS + calldataGas + execution) / POSITIONS;
        Console.log(string.concat(what, ": execution gas of a batch of 100"), execution);
        Console.log(string.concat(what, ": transaction gas per position"), perPosition);
    }
}
