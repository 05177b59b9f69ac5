// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IUniswapV3Pool} from "@uniswap/v3-core/contracts/interfaces/IUniswapV3Pool.sol";
import {IMorpho, Id, MarketParams, Market, Position} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";

import {Vm} from "./utils/Test.sol";
import {ExecutorCases, ExecutorProperties, ExecutorTest} from "./utils/Executors.sol";
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
    MorphoLiquidationExecutor.Funding internal constant INVENTORY = MorphoLiquidationExecutor.Funding.Inventory;
    MorphoLiquidationExecutor.Funding internal constant CALLBACK = MorphoLiquidationExecutor.Funding.Callback;

    bytes32 internal constant MORPHO_LIQUIDATE =
        keccak256("Liquidate(bytes32,address,address,uint256,uint256,uint256,uint256,uint256)");

    MorphoLiquidationExecutor internal executor;

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
    function competitorLiquidates(address who) internal override {
        usdc.mint(liquidator, 1e15);
        vm.startPrank(liquidator);
        usdc.approve(address(morpho), type(uint256).max);
        morpho.liquidate(mp, who, 0, morpho.position(id, who).borrowShares, "");
        vm.stopPrank();
    }

    function executorUnderTest() internal view override returns (BatchExecutor) {
        return executor;
    }

    function liquidateCall(uint256 from, uint256 n, Order memory o) internal view override returns (bytes memory) {
        MorphoLiquidationExecutor.Params memory p = MorphoLiquidationExecutor.Params(
            o.inventory ? INVENTORY : CALLBACK, o.profitToken, o.pool, o.inventory ? o.loan : 0, o.minProfit
        );
        return abi.encodeCall(MorphoLiquidationExecutor.liquidate, (mp, batch(from, n), p));
    }

    function quoteBatch(uint256 from, uint256 n) internal override returns (uint256 repaid, uint256 seized) {
        return quote(batch(from, n));
    }

    function lostReason(address) internal pure override returns (bytes memory) {
        return abi.encodeWithSignature("Error(string)", "position is healthy");
    }

    function poolRequiredSelector() internal pure override returns (bytes4) {
        return MorphoLiquidationExecutor.PoolRequired.selector;
    }

    function attemptedTopic() internal pure override returns (bytes32) {
        return keccak256("LiquidationAttempted(bytes32,address,bool,uint256,uint256,bytes)");
    }

    function assertLiquidated(address who) internal view override {
        assertEq(morpho.position(id, who).borrowShares, 0, "debt repaid");
    }

    function venue() internal view override returns (address) {
        return address(morpho);
    }
}

/// @notice Unit and fuzz tests of every path of the Morpho executor, against the real Morpho
/// Blue and the real Uniswap v3 pool.
contract MorphoLiquidationExecutorTest is MorphoExecutorFixture, ExecutorCases, ExecutorProperties {
    function setUp() public override {
        super.setUp();
        setUpMorpho(12);
    }

    // ------------------------------------------------------------ Morpho's callback

    function test_callback_reportsEveryAttemptAndMorphoSeesTheExecutor() public {
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 2);
        vm.recordLogs();
        (BatchExecutor.Attempt[] memory attempts,) = run(l, params(CALLBACK, IN_LOAN, 0, 0));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(attempts.length, 2, "two attempts");
        assertAttemptEvents(logs, Id.unwrap(id), attempts);
        uint256 morphoSeen;
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].emitter != address(morpho) || logs[i].topics[0] != MORPHO_LIQUIDATE) continue;
            assertEq(address(uint160(uint256(logs[i].topics[2]))), address(executor), "Morpho's caller");
            morphoSeen++;
        }
        assertEq(morphoSeen, 2, "one Morpho liquidation per attempt");
    }

    function test_callback_aLostAttemptDoesNotStopTheOthers() public {
        assertALostAttemptDoesNotStopTheOthers(false, IN_COLLATERAL);
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
        assertEq(bytes4(reason) == BatchExecutor.CollateralShort.selector, true, "reason is CollateralShort");

        // And a batch that must profit reverts whole.
        vm.expectRevert(abi.encodeWithSelector(BatchExecutor.ProfitBelowMinimum.selector, int256(0), uint256(1)));
        run(l, params(CALLBACK, IN_LOAN, 0, 1));
    }

    function test_callback_byCollateralSeized() public {
        MorphoLiquidationExecutor.Liquidation[] memory l = batch(0, 2);
        l[0] = MorphoLiquidationExecutor.Liquidation(l[0].borrower, BTC / 2, 0);
        (uint256 repaid, uint256 seized) = quote(l);
        (BatchExecutor.Attempt[] memory attempts, uint256 profit) = run(l, params(CALLBACK, IN_COLLATERAL, 0, 1));
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
        (BatchExecutor.Attempt[] memory attempts, uint256 profit) = run(l, params(CALLBACK, IN_COLLATERAL, 0, 1));

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

    // ------------------------------------------------------------ minimum profit and bad input

    function test_refusesALoanWithCallbackOrAPoolOfOtherTokens() public {
        MorphoLiquidationExecutor.Liquidation[] memory one = batch(0, 1);
        vm.expectRevert(abi.encodeWithSelector(MorphoLiquidationExecutor.LoanAmountWithCallback.selector, uint256(5)));
        run(one, params(CALLBACK, IN_LOAN, 5, 0));

        MorphoLiquidationExecutor.Params memory p = params(CALLBACK, IN_LOAN, 0, 0);
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
        assertHostilePoolRefused(hostile);
        assertEq(
            keccak256(hostile.morphoCallbackError()),
            keccak256(abi.encodeWithSelector(BatchExecutor.UnexpectedCallback.selector, address(hostile))),
            "Morpho's callback from the pool refused"
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
            bytes memory unexpected = abi.encodeWithSelector(BatchExecutor.UnexpectedCallback.selector, address(evil));
            assertEq(keccak256(evil.liquidateError()), keccak256(reentrant), "re-entering liquidate refused");
            assertEq(keccak256(evil.sweepError()), keccak256(reentrant), "re-entering sweep refused");
            assertEq(
                keccak256(evil.morphoCallbackError()), keccak256(unexpected), "Morpho's callback from the token refused"
            );
            assertEq(keccak256(evil.swapCallbackError()), keccak256(unexpected), "swap callback from the token refused");
            assertEq(evil.balanceOf(address(own)) + usdc.balanceOf(address(own)), 0, "executor holds nothing");
        }
    }

    // ------------------------------------------------------------ helpers

    function maxPush() internal pure override returns (uint256) {
        return 240 * BTC; // ~7% of the price either way
    }

    function assertVenueCallbacksRefuse(address caller, uint256 amount, bytes memory data) internal override {
        vm.prank(caller);
        vm.expectRevert(abi.encodeWithSelector(BatchExecutor.UnexpectedCallback.selector, caller));
        executor.onMorphoLiquidate(amount, data);
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

    function setUp() public override {
        super.setUp();
        setUpMorpho(POSITIONS);
    }

    function test_gas_batchOf100_callbackProfitInLoan() public {
        measureBatch(POSITIONS, false, IN_LOAN, "callback, profit in USDC");
    }

    function test_gas_batchOf100_callbackProfitInCollateral() public {
        measureBatch(POSITIONS, false, IN_COLLATERAL, "callback, profit in collateral");
    }

    function test_gas_batchOf100_inventory() public {
        measureBatch(POSITIONS, true, IN_LOAN, "inventory");
    }
}
