// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IUniswapV3Pool} from "@uniswap/v3-core/contracts/interfaces/IUniswapV3Pool.sol";

import {ExecutorCases, ExecutorProperties, ExecutorTest} from "./utils/Executors.sol";
import {HostilePool, ReentrantMarket} from "./utils/HostileVenues.sol";
import {IMarketErrors} from "../src/interfaces/ILendingMarket.sol";
import {BatchExecutor} from "../src/BatchExecutor.sol";
import {LiquidationExecutor} from "../src/LiquidationExecutor.sol";

/// @notice Positions opened at $100,000 a BTC (1 BTC each, borrowing $50,000), made liquidatable
/// by a fall to $62,000, where the real Uniswap v3 pool trades; and an executor owned by `keeper`.
abstract contract ExecutorFixture is ExecutorTest {
    uint256 internal constant CRASH_PRICE = 62_000;
    // Full-range liquidity worth about $500M a side at the crash price.
    uint128 internal constant POOL_LIQUIDITY = 2e13;

    LiquidationExecutor.Funding internal constant INVENTORY = LiquidationExecutor.Funding.Inventory;
    LiquidationExecutor.Funding internal constant FLASH = LiquidationExecutor.Funding.FlashSwap;

    LiquidationExecutor internal executor;

    function setUpExecutor(uint256 positions) internal {
        keeper = makeAddr("keeper");
        executor = new LiquidationExecutor(keeper);
        vm.prank(keeper);
        usdc.approve(address(executor), type(uint256).max);

        supplyAs(lender, (positions + 10) * 50_000 * USD);
        for (uint256 i = 0; i < positions; i++) {
            address b = address(uint160(0xB0000 + i));
            borrowers.push(b);
            wbtc.mint(b, BTC);
            vm.startPrank(b);
            wbtc.approve(address(market), BTC);
            market.depositCollateral(BTC, b);
            market.borrow(50_000 * USD, b);
            vm.stopPrank();
        }
        setPrice(CRASH_PRICE);
        setUpPool(CRASH_PRICE, POOL_LIQUIDITY);
    }

    function batch(uint256 from, uint256 n) internal view returns (LiquidationExecutor.Liquidation[] memory l) {
        l = new LiquidationExecutor.Liquidation[](n);
        for (uint256 i = 0; i < n; i++) {
            l[i] = LiquidationExecutor.Liquidation(borrowers[from + i], type(uint256).max);
        }
    }

    /// @notice batch(from, n) with each maxRepay at what that liquidation would repay now, as the
    /// keeper sends it.
    function batchExact(uint256 from, uint256 n) internal returns (LiquidationExecutor.Liquidation[] memory l) {
        l = batch(from, n);
        for (uint256 i = 0; i < n; i++) {
            (l[i].maxRepay,) = quote(batch(from + i, 1));
        }
    }

    function params(
        LiquidationExecutor.Funding funding,
        BatchExecutor.ProfitToken profitToken,
        uint256 loanAmount,
        uint256 minProfit
    ) internal view returns (LiquidationExecutor.Params memory) {
        return LiquidationExecutor.Params(funding, profitToken, pool, loanAmount, minProfit);
    }

    /// @notice What liquidating `l` now would repay and seize in total (state is left as it was).
    function quote(LiquidationExecutor.Liquidation[] memory l) internal returns (uint256 repaid, uint256 seized) {
        uint256 snapshot = vm.snapshotState();
        usdc.mint(address(this), 1e18);
        usdc.approve(address(market), type(uint256).max);
        for (uint256 i = 0; i < l.length; i++) {
            try market.liquidate(l[i].borrower, l[i].maxRepay) returns (uint256 r, uint256 s) {
                repaid += r;
                seized += s;
            } catch {}
        }
        vm.revertToState(snapshot);
    }

    function run(LiquidationExecutor.Liquidation[] memory l, LiquidationExecutor.Params memory p)
        internal
        returns (BatchExecutor.Attempt[] memory attempts, uint256 profit)
    {
        vm.prank(keeper);
        return executor.liquidate(address(market), l, p);
    }

    /// @notice A competitor liquidates `who` first.
    function competitorLiquidates(address who) internal override {
        usdc.mint(liquidator, 1e15);
        vm.prank(liquidator);
        market.liquidate(who, type(uint256).max);
    }

    function executorUnderTest() internal view override returns (BatchExecutor) {
        return executor;
    }

    function liquidateCall(uint256 from, uint256 n, Order memory o) internal view override returns (bytes memory) {
        LiquidationExecutor.Params memory p =
            LiquidationExecutor.Params(o.inventory ? INVENTORY : FLASH, o.profitToken, o.pool, o.loan, o.minProfit);
        return abi.encodeCall(LiquidationExecutor.liquidate, (address(market), batch(from, n), p));
    }

    function quoteBatch(uint256 from, uint256 n) internal override returns (uint256 repaid, uint256 seized) {
        return quote(batch(from, n));
    }

    function lostReason(address who) internal view override returns (bytes memory) {
        return abi.encodeWithSelector(IMarketErrors.NotLiquidatable.selector, market.ltv(who), 0.8e18);
    }

    function poolRequiredSelector() internal pure override returns (bytes4) {
        return LiquidationExecutor.PoolRequired.selector;
    }

    function attemptedTopic() internal pure override returns (bytes32) {
        return keccak256("LiquidationAttempted(address,address,bool,uint256,uint256,bytes)");
    }

    function assertLiquidated(address who) internal view override {
        assertLt(debtOf(who), 50_000 * USD, "debt repaid");
    }

    function venue() internal view override returns (address) {
        return address(market);
    }
}

/// @notice Unit and fuzz tests of every path of the executor, against the real Uniswap v3 pool.
contract LiquidationExecutorTest is ExecutorFixture, ExecutorCases, ExecutorProperties {
    function setUp() public override {
        super.setUp();
        setUpExecutor(45);
    }

    // ------------------------------------------------------------ flash swaps

    function test_flash_reportsEveryAttemptInEvents() public {
        LiquidationExecutor.Liquidation[] memory l = batch(0, 2);
        (uint256 repaid,) = quote(l);
        vm.recordLogs();
        (BatchExecutor.Attempt[] memory attempts, uint256 profit) = run(l, params(FLASH, IN_COLLATERAL, repaid, 0));
        assertEq(attempts.length, 2, "two attempts");
        assertAttemptEvents(vm.getRecordedLogs(), bytes32(uint256(uint160(address(market)))), attempts);
        assertGe(profit, 1, "profit");
    }

    function test_flash_revertsWhenLostAttemptsLeaveTheCollateralShort() public {
        LiquidationExecutor.Liquidation[] memory l = batch(0, 3);
        (uint256 repaid,) = quote(l);
        competitorLiquidates(l[1].borrower);
        vm.expectPartialRevert(BatchExecutor.CollateralShort.selector);
        run(l, params(FLASH, IN_COLLATERAL, repaid, 0));
    }

    function test_flash_borrowsNothingForAPositionLostBeforeTheBatch() public {
        LiquidationExecutor.Liquidation[] memory l = batchExact(0, 3);
        (uint256 repaid,) = quote(l);
        competitorLiquidates(l[1].borrower);
        uint256 poolUsdc = usdc.balanceOf(address(pool));

        (BatchExecutor.Attempt[] memory attempts, uint256 profit) = run(l, params(FLASH, IN_COLLATERAL, repaid, 1));

        for (uint256 i = 0; i < l.length; i++) {
            assertEq(attempts[i].success, i != 1, "only the lost position failed");
        }
        assertEq(poolUsdc - usdc.balanceOf(address(pool)), l[0].maxRepay + l[2].maxRepay, "borrowed the others' repay");
        assertGe(profit, 1, "profit");
        assertEq(usdc.balanceOf(keeper), 0, "no loan token borrowed for the lost position");
        assertHoldsNothing();
    }

    function test_flash_everyPositionLostSwapsNothing() public {
        LiquidationExecutor.Liquidation[] memory l = batchExact(0, 2);
        (uint256 repaid,) = quote(l);
        competitorLiquidates(l[0].borrower);
        competitorLiquidates(l[1].borrower);
        uint256 poolUsdc = usdc.balanceOf(address(pool));

        (BatchExecutor.Attempt[] memory attempts, uint256 profit) = run(l, params(FLASH, IN_LOAN, repaid, 0));

        assertEq(attempts[0].success || attempts[1].success, false, "both lost");
        assertEq(profit, 0, "no profit");
        assertEq(usdc.balanceOf(address(pool)), poolUsdc, "the pool untouched");
        assertHoldsNothing();
    }

    function test_flash_revertsWhenThePoolCannotFill() public {
        uint256 wanted = usdc.balanceOf(address(pool)) + 1;
        vm.expectPartialRevert(BatchExecutor.PartialFill.selector);
        run(batch(0, 1), params(FLASH, IN_COLLATERAL, wanted, 0));
    }

    function test_refusesAPoolOfOtherTokens() public {
        HostilePool other = new HostilePool(address(usdc), address(feed));
        LiquidationExecutor.Params memory p = params(FLASH, IN_LOAN, 1e6, 0);
        p.pool = IUniswapV3Pool(address(other));
        vm.expectRevert(
            abi.encodeWithSelector(
                BatchExecutor.PoolTokensMismatch.selector, address(other), other.token0(), other.token1()
            )
        );
        run(batch(0, 1), p);
    }

    function test_flash_refusesNoLoan() public {
        vm.expectRevert(BatchExecutor.ZeroLoanAmount.selector);
        run(batch(0, 1), params(FLASH, IN_LOAN, 0, 0));
    }

    // ------------------------------------------------------------ isolation of attempts

    function test_flash_aLostAttemptInABigBatchDoesNotStopTheOthers() public {
        LiquidationExecutor.Liquidation[] memory l = batch(0, 40);
        (uint256 repaid,) = quote(l);
        (uint256 lostRepay,) = quote(batch(7, 1));
        competitorLiquidates(l[7].borrower);

        (BatchExecutor.Attempt[] memory attempts, uint256 profit) = run(l, params(FLASH, IN_COLLATERAL, repaid, 1));

        for (uint256 i = 0; i < l.length; i++) {
            assertEq(attempts[i].success, i != 7, "only the lost position failed");
        }
        assertGe(profit, 1, "profit");
        assertEq(usdc.balanceOf(keeper), lostRepay, "the lost position's loan came back unspent");
        assertHoldsNothing();
    }

    // ------------------------------------------------------------ access

    function test_callbackRefusesCallersOutsideItsSwap() public {
        address stranger = makeAddr("stranger");
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(BatchExecutor.UnexpectedCallback.selector, stranger));
        executor.uniswapV3SwapCallback(1, -1, "");
        // The real pool too, when the executor is not swapping with it.
        vm.prank(address(pool));
        vm.expectRevert(abi.encodeWithSelector(BatchExecutor.UnexpectedCallback.selector, address(pool)));
        executor.uniswapV3SwapCallback(1, -1, abi.encode(wbtc, true));
    }

    // ------------------------------------------------------------ hostile pool and market

    function test_hostilePoolCannotCallBackTwiceTamperOrReenter() public {
        HostilePool hostile = new HostilePool(address(wbtc), address(usdc));
        LiquidationExecutor.Liquidation[] memory l = batch(0, 2);
        (uint256 repaid, uint256 seized) = quote(l);
        hostile.setOwed(seized / 2);
        LiquidationExecutor.Params memory p = params(FLASH, IN_COLLATERAL, repaid, 0);
        p.pool = IUniswapV3Pool(address(hostile));

        (BatchExecutor.Attempt[] memory attempts, uint256 profit) = run(l, p);

        assertAllSucceeded(attempts, repaid, seized);
        assertEq(profit, seized - seized / 2, "paid the pool once");
        assertHostilePoolRefused(hostile);
        assertHoldsNothing();
    }

    function test_reentrantMarketIsRefusedEvenAsTheOwner() public {
        for (uint256 mode = 0; mode < 2; mode++) {
            ReentrantMarket evil = new ReentrantMarket(usdc, wbtc);
            LiquidationExecutor own = new LiquidationExecutor(address(evil));
            evil.setExecutor(own, 2 * BTC);
            IUniswapV3Pool poolToUse = mode == 0 ? pool : IUniswapV3Pool(address(0));
            LiquidationExecutor.Funding funding = mode == 0 ? FLASH : INVENTORY;
            evil.run(LiquidationExecutor.Params(funding, IN_COLLATERAL, poolToUse, 1_000 * USD, 0));

            assertEq(evil.calls(), 1, "liquidated through the market once");
            assertEq(
                keccak256(evil.liquidateError()),
                keccak256(abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector)),
                "re-entering liquidate refused"
            );
            assertEq(
                keccak256(evil.sweepError()),
                keccak256(abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector)),
                "re-entering sweep refused"
            );
            assertEq(
                keccak256(evil.callbackError()),
                keccak256(abi.encodeWithSelector(BatchExecutor.UnexpectedCallback.selector, address(evil))),
                "callback from the market refused"
            );
            assertEq(wbtc.balanceOf(address(own)) + usdc.balanceOf(address(own)), 0, "executor holds nothing");
        }
    }

    // ------------------------------------------------------------ helpers

    function maxPush() internal pure override returns (uint256) {
        return 120 * BTC; // ~3% of the price either way
    }

    /// @dev The flash swap's callback is Uniswap's, which testFuzz_onlyTheOwnerMayCall checks.
    function assertVenueCallbacksRefuse(address, uint256, bytes memory) internal pure override {}
}

/// @notice Gas per liquidated position in a batch of 100, against the issue's target: at most
/// 70% of a single liquidation's mean transaction gas (110,930), i.e. 77,651.
contract LiquidationExecutorGasTest is ExecutorFixture {
    uint256 internal constant POSITIONS = 100;
    uint256 internal constant TARGET_PER_POSITION = 77_651;

    function setUp() public override {
        super.setUp();
        setUpExecutor(POSITIONS);
    }

    function test_gas_batchOf100_flashSwap() public {
        uint256 perPosition = measureBatch(POSITIONS, false, IN_COLLATERAL, "flash swap");
        assertLe(perPosition, TARGET_PER_POSITION, "gas per position in a batch of 100");
    }

    function test_gas_batchOf100_inventory() public {
        uint256 perPosition = measureBatch(POSITIONS, true, IN_LOAN, "inventory");
        assertLe(perPosition, TARGET_PER_POSITION, "gas per position in a batch of 100");
    }
}
