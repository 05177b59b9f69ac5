// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IUniswapV3Pool} from "@uniswap/v3-core/contracts/interfaces/IUniswapV3Pool.sol";

import {Console} from "./Console.sol";
import {HostileSwapPool} from "./HostileSwapPool.sol";
import {Test, Vm, decimalString} from "./Test.sol";
import {UniswapV3Fixture} from "./UniswapV3Fixture.sol";
import {BatchExecutor} from "../../src/BatchExecutor.sol";

/// @notice What the tests of every liquidation executor share, on a market with a Uniswap v3
/// pool of its two tokens. Each suite says how its executor's batch is built and quoted
/// (liquidateCall, quoteBatch) and what its venue is and does (venue, competitorLiquidates,
/// lostReason, assertLiquidated, and its executor's attemptedTopic and poolRequiredSelector); the
/// tests written once against those hooks are in ExecutorCases and ExecutorProperties.
abstract contract ExecutorTest is UniswapV3Fixture {
    BatchExecutor.ProfitToken internal constant IN_LOAN = BatchExecutor.ProfitToken.Loan;
    BatchExecutor.ProfitToken internal constant IN_COLLATERAL = BatchExecutor.ProfitToken.Collateral;
    uint256 internal constant TX_BASE_GAS = 21_000;

    /// @notice How a batch is funded and settled, whatever the venue: with `inventory` the keeper
    /// lends `loan` from its own balance; otherwise the venue's own funding pays (a flash swap of
    /// `loan`, or Morpho's callback, which takes no loan and ignores it). The other fields are
    /// the executors' Params of the same names.
    struct Order {
        bool inventory;
        BatchExecutor.ProfitToken profitToken;
        IUniswapV3Pool pool;
        uint256 loan;
        uint256 minProfit;
    }

    /// @notice The executor's owner.
    address internal keeper;

    /// @notice The positions the suite opened, liquidatable at its crash price.
    address[] internal borrowers;

    /// @notice The executor under test.
    function executorUnderTest() internal view virtual returns (BatchExecutor);

    /// @notice The contract the executor liquidates on, which pulls the executor's loan token.
    function venue() internal view virtual returns (address);

    /// @notice The executor's liquidate call on borrowers [from, from+n), funded and settled as
    /// `o` says. It is built now: a venue that liquidates by shares reads them now.
    function liquidateCall(uint256 from, uint256 n, Order memory o) internal view virtual returns (bytes memory);

    /// @notice What liquidating borrowers [from, from+n) directly on the venue now would repay and
    /// seize in total (state is left as it was).
    function quoteBatch(uint256 from, uint256 n) internal virtual returns (uint256 repaid, uint256 seized);

    /// @notice A competitor liquidates all it can of `who`'s debt first.
    function competitorLiquidates(address who) internal virtual;

    /// @notice Fails unless `who`'s position was liquidated as far as a liquidation of all it
    /// may repay goes.
    function assertLiquidated(address who) internal view virtual;

    /// @notice The revert data the venue gives a liquidation of `who` after a competitor took it.
    function lostReason(address who) internal view virtual returns (bytes memory);

    /// @notice The selector of the executor's PoolRequired(Funding, ProfitToken, uint256).
    function poolRequiredSelector() internal pure virtual returns (bytes4);

    /// @notice The topic of the executor's LiquidationAttempted event.
    function attemptedTopic() internal pure virtual returns (bytes32);

    /// @notice Fails unless the executor holds neither token and its venue may not spend the
    /// executor's loan token.
    function assertHoldsNothing() internal view {
        address executor = address(executorUnderTest());
        assertEq(usdc.balanceOf(executor), 0, "executor's USDC");
        assertEq(wbtc.balanceOf(executor), 0, "executor's collateral");
        assertEq(usdc.allowance(executor, venue()), 0, "venue's allowance");
    }

    /// @notice The executor's PoolRequired error for a batch without a pool. Every executor's
    /// Funding lists Inventory first and the venue's own funding second.
    function poolRequired(bool inventory, BatchExecutor.ProfitToken profitToken, uint256 minProfit)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodeWithSelector(poolRequiredSelector(), inventory ? 0 : 1, profitToken, minProfit);
    }

    /// @notice An order through the fixture's pool.
    function order(bool inventory, BatchExecutor.ProfitToken profitToken, uint256 loan, uint256 minProfit)
        internal
        view
        returns (Order memory)
    {
        return Order(inventory, profitToken, pool, loan, minProfit);
    }

    /// @notice Runs `call` as the keeper and returns what it returned, or its revert data.
    function tryRun(bytes memory call) internal returns (bool ok, uint256 profit, bytes memory err) {
        vm.prank(keeper);
        (bool success, bytes memory out) = address(executorUnderTest()).call(call);
        if (!success) return (false, 0, out);
        (, profit) = abi.decode(out, (BatchExecutor.Attempt[], uint256));
        return (true, profit, "");
    }

    /// @notice Runs `call` as the keeper; a revert fails the test with the executor's revert data.
    function runCall(bytes memory call) internal returns (BatchExecutor.Attempt[] memory, uint256) {
        vm.prank(keeper);
        (bool success, bytes memory out) = address(executorUnderTest()).call(call);
        if (!success) {
            assembly ("memory-safe") {
                revert(add(out, 0x20), mload(out))
            }
        }
        return abi.decode(out, (BatchExecutor.Attempt[], uint256));
    }

    /// @notice Fails unless `call`, run as `caller`, reverts with exactly `reason`.
    function assertRevertsAs(address caller, bytes memory call, bytes memory reason) internal {
        vm.prank(caller);
        vm.expectRevert(reason);
        (bool matched,) = address(executorUnderTest()).call(call);
        // With expectRevert, a low-level call's status says whether the revert was the expected one.
        assertTrue(matched, "reverted as expected");
    }

    /// @notice The reason in the executor's LiquidationAttempted event for `who` among `logs`.
    function attemptReason(Vm.Log[] memory logs, address who) internal view returns (bytes memory) {
        return attemptReasonIn(logs, address(executorUnderTest()), attemptedTopic(), who);
    }

    /// @notice Fails unless every attempt succeeded and together they repaid and seized as
    /// quoted.
    function assertAllSucceeded(BatchExecutor.Attempt[] memory attempts, uint256 repaid, uint256 seized) internal pure {
        uint256 r;
        uint256 s;
        for (uint256 i = 0; i < attempts.length; i++) {
            assertEq(attempts[i].success, true, "attempt succeeded");
            r += attempts[i].repaid;
            s += attempts[i].seized;
        }
        assertEq(r, repaid, "repaid as quoted");
        assertEq(s, seized, "seized as quoted");
    }

    /// @notice Fails unless `logs` hold, in order, one successful LiquidationAttempted of the
    /// executor per attempt of a batch of the first borrowers on `marketTopic` (the market's
    /// indexed first field), each with what its attempt repaid and seized.
    function assertAttemptEvents(Vm.Log[] memory logs, bytes32 marketTopic, BatchExecutor.Attempt[] memory attempts)
        internal
        view
    {
        uint256 seen;
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].emitter != address(executorUnderTest()) || logs[i].topics[0] != attemptedTopic()) continue;
            (bool success, uint256 r, uint256 s, bytes memory reason) =
                abi.decode(logs[i].data, (bool, uint256, uint256, bytes));
            assertEq(logs[i].topics[1], marketTopic, "event's market");
            assertEq(address(uint160(uint256(logs[i].topics[2]))), borrowers[seen], "event's borrower");
            assertEq(success, true, "event's success");
            assertEq(r, attempts[seen].repaid, "event's repaid");
            assertEq(s, attempts[seen].seized, "event's seized");
            assertEq(reason.length, 0, "no reason on success");
            seen++;
        }
        assertEq(seen, attempts.length, "one event per attempt");
    }

    /// @notice Fails unless the pool `hostile` had its tampered and second callbacks and its
    /// re-entry refused.
    function assertHostilePoolRefused(HostileSwapPool hostile) internal view {
        bytes memory unexpected = abi.encodeWithSelector(BatchExecutor.UnexpectedCallback.selector, address(hostile));
        assertEq(keccak256(hostile.tamperedError()), keccak256(unexpected), "tampered data refused");
        assertEq(keccak256(hostile.replayError()), keccak256(unexpected), "second callback refused");
        assertEq(
            keccak256(hostile.reenterError()),
            keccak256(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(hostile))),
            "re-entry refused"
        );
    }

    /// @notice Fails unless nobody but the owner may start a batch or sweep either token.
    function assertOnlyTheOwnerMayCall(address caller) internal {
        bytes memory unauthorized = abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller);
        assertRevertsAs(caller, liquidateCall(0, 1, order(false, IN_LOAN, 1e6, 0)), unauthorized);
        BatchExecutor executor = executorUnderTest();
        vm.prank(caller);
        vm.expectRevert(unauthorized);
        executor.sweep(usdc);
        vm.prank(caller);
        vm.expectRevert(unauthorized);
        executor.sweep(wbtc);
    }

    /// @notice Fails unless a batch that loses one attempt to a competitor still makes the others
    /// and reports the venue's revert as the lost one's reason.
    function assertALostAttemptDoesNotStopTheOthers(bool inventory, BatchExecutor.ProfitToken profitToken) internal {
        (uint256 repaid,) = quoteBatch(0, 3);
        bytes memory call = liquidateCall(0, 3, order(inventory, profitToken, repaid, 1));
        competitorLiquidates(borrowers[1]);
        if (inventory) usdc.mint(keeper, repaid);

        vm.recordLogs();
        (BatchExecutor.Attempt[] memory attempts, uint256 profit) = runCall(call);

        assertEq(attempts[0].success, true, "first succeeded");
        assertEq(attempts[1].success, false, "second lost to the competitor");
        assertEq(attempts[1].repaid + attempts[1].seized, 0, "lost attempt moved nothing");
        assertEq(attempts[2].success, true, "third succeeded");
        assertGe(profit, 1, "profit");
        assertEq(
            keccak256(attemptReason(vm.getRecordedLogs(), borrowers[1])),
            keccak256(lostReason(borrowers[1])),
            "lost attempt's reason is the venue's revert"
        );
        assertHoldsNothing();
    }

    /// @notice A whole transaction's gas per position of a batch of the first `n` borrowers:
    /// execution measured with gasleft, plus the base cost and the calldata (EIP-2028 prices;
    /// execution dominates EIP-7623's floor). Fails unless every position was liquidated.
    function measureBatch(uint256 n, bool inventory, BatchExecutor.ProfitToken profitToken, string memory what)
        internal
        returns (uint256 perPosition)
    {
        (uint256 repaid,) = quoteBatch(0, n);
        if (inventory) usdc.mint(keeper, repaid);
        bytes memory call = liquidateCall(0, n, order(inventory, profitToken, repaid, 1));
        uint256 calldataGas = calldataCost(call);
        uint256 execution = executionGas(call);
        perPosition = (TX_BASE_GAS + calldataGas + execution) / n;
        Console.log(string.concat(what, ": execution gas of a batch of ", decimalString(n)), execution);
        Console.log(string.concat(what, ": calldata gas"), calldataGas);
        Console.log(string.concat(what, ": transaction gas per position"), perPosition);
    }

    /// @notice The execution gas of `call` run as the keeper; fails unless every position of it
    /// was liquidated.
    function executionGas(bytes memory call) internal returns (uint256 execution) {
        address executor = address(executorUnderTest());
        vm.prank(keeper);
        uint256 before = gasleft();
        (bool success, bytes memory out) = executor.call(call);
        execution = before - gasleft();

        assertTrue(success, "the batch ran");
        (BatchExecutor.Attempt[] memory attempts,) = abi.decode(out, (BatchExecutor.Attempt[], uint256));
        for (uint256 i = 0; i < attempts.length; i++) {
            assertEq(attempts[i].success, true, "every position liquidated");
        }
    }
}

/// @notice The unit tests every executor passes, whatever its venue. "Pool-funded" is the
/// executor's funding without the keeper's inventory: the pool pays the repayments (a flash
/// swap, or a sale in Morpho's callback) and is paid in collateral.
abstract contract ExecutorCases is ExecutorTest {
    /// @notice A successful batch of the first three borrowers: what it repaid and seized, the
    /// loan, the profit, and the pool's balances before it.
    struct Outcome {
        uint256 repaid;
        uint256 seized;
        uint256 loan;
        uint256 profit;
        uint256 poolUsdc;
        uint256 poolWbtc;
    }

    /// @notice Liquidates the first three borrowers with a minimum profit of 1, the loan being
    /// what they repay and `spare` more (minted to the keeper with `inventory`). Fails unless every
    /// attempt succeeded as quoted and the batch made a profit.
    function liquidateThree(bool inventory, BatchExecutor.ProfitToken profitToken, uint256 spare)
        internal
        returns (Outcome memory r)
    {
        (r.repaid, r.seized) = quoteBatch(0, 3);
        r.loan = r.repaid + spare;
        if (inventory) usdc.mint(keeper, r.loan);
        r.poolUsdc = usdc.balanceOf(address(pool));
        r.poolWbtc = wbtc.balanceOf(address(pool));

        BatchExecutor.Attempt[] memory attempts;
        (attempts, r.profit) = runCall(liquidateCall(0, 3, order(inventory, profitToken, r.loan, 1)));

        assertAllSucceeded(attempts, r.repaid, r.seized);
        assertGe(r.profit, 1, "profit");
    }

    function test_poolFunded_profitInLoan() public {
        Outcome memory r = liquidateThree(false, IN_LOAN, 0);

        assertEq(usdc.balanceOf(keeper), r.profit, "keeper's USDC is the profit");
        assertEq(wbtc.balanceOf(keeper), 0, "every seized unit of collateral was sold");
        assertEq(
            usdc.balanceOf(address(pool)),
            r.poolUsdc - r.repaid - r.profit,
            "the pool paid the repayments and the profit"
        );
        for (uint256 i = 0; i < 3; i++) {
            assertLiquidated(borrowers[i]);
        }
        assertHoldsNothing();
    }

    function test_poolFunded_profitInCollateral() public {
        Outcome memory r = liquidateThree(false, IN_COLLATERAL, 0);

        assertEq(wbtc.balanceOf(keeper), r.profit, "keeper's collateral is the profit");
        assertEq(usdc.balanceOf(keeper), 0, "keeper's USDC: the loan was spent whole");
        assertEq(usdc.balanceOf(address(pool)), r.poolUsdc - r.repaid, "the pool paid exactly the repayments");
        assertEq(wbtc.balanceOf(address(pool)), r.poolWbtc + r.seized - r.profit, "the pool got the rest of the seized");
        assertLiquidated(borrowers[0]);
        assertHoldsNothing();
    }

    function test_inventory_profitInLoan() public {
        // More than needed: the rest comes back.
        Outcome memory r = liquidateThree(true, IN_LOAN, 1_000 * USD);

        assertEq(usdc.balanceOf(keeper), r.loan + r.profit, "keeper's USDC: its inventory and the profit");
        assertEq(wbtc.balanceOf(keeper), 0, "every seized unit of collateral was sold");
        assertHoldsNothing();
    }

    function test_inventory_profitInCollateral() public {
        Outcome memory r = liquidateThree(true, IN_COLLATERAL, 1_000 * USD);

        assertLt(r.profit, r.seized, "part of the seized collateral bought the inventory back");
        assertEq(usdc.balanceOf(keeper), r.loan, "keeper's USDC: its inventory, whole");
        assertEq(wbtc.balanceOf(keeper), r.profit, "keeper's collateral is the profit");
        assertHoldsNothing();
    }

    function test_inventory_withoutAPoolKeepsTheCollateral() public {
        (uint256 repaid, uint256 seized) = quoteBatch(0, 3);
        uint256 loan = repaid + 1;
        usdc.mint(keeper, loan);
        Order memory o = order(true, IN_COLLATERAL, loan, 0);
        o.pool = IUniswapV3Pool(address(0));

        (BatchExecutor.Attempt[] memory attempts, uint256 profit) = runCall(liquidateCall(0, 3, o));

        assertAllSucceeded(attempts, repaid, seized);
        assertEq(profit, 0, "nothing measured without a pool");
        assertEq(usdc.balanceOf(keeper), 1, "keeper's unspent USDC");
        assertEq(wbtc.balanceOf(keeper), seized, "keeper's collateral: all that was seized");
        assertHoldsNothing();

        o.minProfit = 1;
        assertRevertsAs(keeper, liquidateCall(3, 1, o), poolRequired(true, IN_COLLATERAL, 1));
    }

    function test_inventory_aLostAttemptDoesNotStopTheOthers() public {
        assertALostAttemptDoesNotStopTheOthers(true, IN_LOAN);
    }

    function test_inventory_revertsOnALossAfterThePoolMoved() public {
        (uint256 repaid,) = quoteBatch(0, 2);
        usdc.mint(keeper, repaid);
        bytes memory call = liquidateCall(0, 2, order(true, IN_LOAN, repaid, 0));
        // Someone dumps collateral on the pool first: selling the seized collateral now loses money.
        poolActor.swap(wbtcIsToken0(), int256(4_000 * BTC));

        (bool ok,, bytes memory err) = tryRun(call);

        assertEq(ok, false, "a loss passed the minimum profit");
        assertEq(bytes4(err) == BatchExecutor.ProfitBelowMinimum.selector, true, "ProfitBelowMinimum");
        (int256 profit,) = abi.decode(slice4(err), (int256, uint256));
        assertEq(profit < 0, true, "a loss");
        assertEq(usdc.balanceOf(keeper), repaid, "keeper's inventory untouched");
    }

    function test_revertsBelowTheMinimumProfit() public {
        (uint256 repaid,) = quoteBatch(0, 2);
        uint256 snapshot = vm.snapshotState();
        (, uint256 profit) = runCall(liquidateCall(0, 2, order(false, IN_LOAN, repaid, 0)));
        vm.revertToState(snapshot);

        assertRevertsAs(
            keeper,
            liquidateCall(0, 2, order(false, IN_LOAN, repaid, profit + 1)),
            abi.encodeWithSelector(BatchExecutor.ProfitBelowMinimum.selector, int256(profit), profit + 1)
        );

        (, uint256 again) = runCall(liquidateCall(0, 2, order(false, IN_LOAN, repaid, profit)));
        assertEq(again, profit, "exactly the minimum passes");
    }

    function test_refusesAnEmptyBatchNoLoanOrNoPool() public {
        assertRevertsAs(
            keeper,
            liquidateCall(0, 0, order(false, IN_LOAN, 1e6, 0)),
            abi.encodeWithSelector(BatchExecutor.EmptyBatch.selector)
        );
        assertRevertsAs(
            keeper,
            liquidateCall(0, 1, order(true, IN_LOAN, 0, 0)),
            abi.encodeWithSelector(BatchExecutor.ZeroLoanAmount.selector)
        );
        Order memory o = order(false, IN_LOAN, 1e6, 0);
        o.pool = IUniswapV3Pool(address(0));
        assertRevertsAs(keeper, liquidateCall(0, 1, o), poolRequired(false, IN_LOAN, 0));
    }

    function test_onlyTheOwnerMayCall() public {
        assertOnlyTheOwnerMayCall(makeAddr("stranger"));
    }

    function test_sweepSendsAStrayTransferToTheOwner() public {
        BatchExecutor executor = executorUnderTest();
        wbtc.mint(address(executor), 5);
        vm.prank(keeper);
        executor.sweep(wbtc);
        assertEq(wbtc.balanceOf(keeper), 5, "swept to the owner");
        assertHoldsNothing();
    }
}

/// @notice The properties every executor keeps whatever the batch, its funding, a competitor and
/// the pool's price, fuzzed on batches built through the suite's hooks.
abstract contract ExecutorProperties is ExecutorTest {
    /// @notice A batch ready to run: the executor's liquidate call, whether the profit is taken
    /// in the loan token, the minimum profit, and the USDC the keeper holds for it.
    struct FuzzBatch {
        bytes call;
        bool inLoan;
        uint256 minProfit;
        uint256 keeperUsdc;
    }

    /// @notice The most collateral a fuzzed push sells to or buys from the pool.
    function maxPush() internal pure virtual returns (uint256);

    /// @notice Nobody but the owner may call the venue's own callbacks outside the executor's
    /// calls; `amount` and `data` are what such a callback takes.
    function assertVenueCallbacksRefuse(address caller, uint256 amount, bytes memory data) internal virtual;

    /// @notice Whether mode `mode` funds the batch from the keeper's inventory.
    function inventoryOf(uint8 mode) internal pure returns (bool) {
        return mode & 1 == 0;
    }

    /// @notice The token mode `mode` takes the profit in.
    function profitTokenOf(uint8 mode) internal pure returns (BatchExecutor.ProfitToken) {
        return mode & 2 == 0 ? IN_LOAN : IN_COLLATERAL;
    }

    /// @notice A batch of 1-6 positions in mode `mode` (inventoryOf, profitTokenOf), sized as the
    /// keeper would size it, with `minProfit`; then perhaps a competitor takes the last one
    /// (`lost`) and the pool's price moves either way by up to maxPush (`push`).
    function fuzzBatch(uint8 mode, uint256 n, uint256 push, bool lost, uint256 minProfit)
        internal
        returns (FuzzBatch memory b)
    {
        n = bound(n, 1, 6);
        (uint256 repaid,) = quoteBatch(0, n);
        bool inventory = inventoryOf(mode);
        BatchExecutor.ProfitToken profitToken = profitTokenOf(mode);
        b = FuzzBatch(
            liquidateCall(0, n, order(inventory, profitToken, repaid, minProfit)), profitToken == IN_LOAN, minProfit, 0
        );
        if (inventory) {
            usdc.mint(keeper, repaid);
            b.keeperUsdc = repaid;
        }
        if (lost) competitorLiquidates(borrowers[n - 1]);
        uint256 size = bound(push, 0, maxPush());
        if (size != 0) poolActor.swap(push % 2 == 0 ? wbtcIsToken0() : !wbtcIsToken0(), int256(size));
    }

    /// @notice Whatever the mode, the batch, a competitor and the pool's price: a batch either
    /// pays its owner at least the minimum profit (exactly what it reports) or reverts whole.
    function testFuzz_neverEndsBelowTheMinimumProfit(uint8 mode, uint256 n, uint256 minProfit, uint256 push, bool lost)
        public
    {
        minProfit = bound(minProfit, 0, profitTokenOf(mode) == IN_LOAN ? 20_000 * USD : BTC / 5);
        FuzzBatch memory b = fuzzBatch(mode, n, push, lost, minProfit);
        (bool ok, uint256 profit, bytes memory err) = tryRun(b.call);
        if (ok) {
            assertGe(profit, b.minProfit, "profit below the minimum");
            if (b.inLoan) {
                assertEq(usdc.balanceOf(keeper) - b.keeperUsdc, profit, "keeper's USDC gain is the profit");
            } else {
                assertEq(wbtc.balanceOf(keeper), profit, "keeper's collateral gain is the profit");
            }
        } else {
            bytes4 sel = bytes4(err);
            assertTrue(
                sel == BatchExecutor.ProfitBelowMinimum.selector || sel == BatchExecutor.CollateralShort.selector,
                "reverted for another reason"
            );
            assertEq(usdc.balanceOf(keeper), b.keeperUsdc, "keeper's USDC untouched");
            assertEq(wbtc.balanceOf(keeper), 0, "keeper's collateral untouched");
        }
        assertHoldsNothing();
    }

    /// @notice After any batch, successful or not, and whatever was sent to it before, the
    /// executor holds neither token and its venue may not spend its loan token.
    function testFuzz_neverKeepsFunds(
        uint8 mode,
        uint256 n,
        uint256 push,
        bool lost,
        uint64 strayUsdc,
        uint64 strayWbtc
    ) public {
        FuzzBatch memory b = fuzzBatch(mode, n, push, lost, 0);
        BatchExecutor executor = executorUnderTest();
        usdc.mint(address(executor), strayUsdc);
        wbtc.mint(address(executor), strayWbtc);
        (bool ok,,) = tryRun(b.call);
        if (!ok) {
            // A reverted batch left things as they were: the stray tokens are still there to sweep.
            vm.startPrank(keeper);
            executor.sweep(usdc);
            executor.sweep(wbtc);
            vm.stopPrank();
        }
        assertHoldsNothing();
    }

    /// @notice Nobody but the owner may start a batch or sweep, and nobody may call a callback
    /// outside the executor's own calls.
    function testFuzz_onlyTheOwnerMayCall(
        address caller,
        int256 delta0,
        int256 delta1,
        uint256 amount,
        bytes calldata data
    ) public {
        vm.assume(caller != keeper);
        assertOnlyTheOwnerMayCall(caller);
        BatchExecutor executor = executorUnderTest();
        vm.prank(caller);
        vm.expectRevert(abi.encodeWithSelector(BatchExecutor.UnexpectedCallback.selector, caller));
        executor.uniswapV3SwapCallback(delta0, delta1, data);
        assertVenueCallbacksRefuse(caller, amount, data);
    }
}

/// @notice The reason in the LiquidationAttempted event (topic `attempted`, the borrower the
/// second indexed field) that `executor` emitted for `who` among `logs`. Fails when there is
/// none.
function attemptReasonIn(Vm.Log[] memory logs, address executor, bytes32 attempted, address who)
    pure
    returns (bytes memory)
{
    for (uint256 i = 0; i < logs.length; i++) {
        if (logs[i].emitter != executor || logs[i].topics[0] != attempted) continue;
        if (address(uint160(uint256(logs[i].topics[2]))) != who) continue;
        (,,, bytes memory reason) = abi.decode(logs[i].data, (bool, uint256, uint256, bytes));
        return reason;
    }
    revert Test.AssertionFailed("no LiquidationAttempted for the borrower");
}

/// @notice The calldata gas of a transaction carrying `data`: 4 a zero byte, 16 any other.
function calldataCost(bytes memory data) pure returns (uint256 gas) {
    for (uint256 i = 0; i < data.length; i++) {
        gas += data[i] == 0 ? 4 : 16;
    }
}

/// @notice `b` without its first four bytes (an error's arguments without its selector).
function slice4(bytes memory b) pure returns (bytes memory out) {
    out = new bytes(b.length - 4);
    for (uint256 i = 4; i < b.length; i++) {
        out[i - 4] = b[i];
    }
}
