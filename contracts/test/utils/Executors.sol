// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test, Vm} from "./Test.sol";
import {UniswapV3Fixture} from "./UniswapV3Fixture.sol";
import {BatchExecutor} from "../../src/BatchExecutor.sol";

/// @notice What the tests of every liquidation executor share, on a market with a Uniswap v3
/// pool of its two tokens.
abstract contract ExecutorTest is UniswapV3Fixture {
    BatchExecutor.ProfitToken internal constant IN_LOAN = BatchExecutor.ProfitToken.Loan;
    BatchExecutor.ProfitToken internal constant IN_COLLATERAL = BatchExecutor.ProfitToken.Collateral;

    /// @notice The executor's owner.
    address internal keeper;

    /// @notice The executor under test.
    function executorUnderTest() internal view virtual returns (BatchExecutor);

    /// @notice Fails unless the executor holds neither token and its venue may not spend the
    /// executor's loan token.
    function assertHoldsNothing() internal view virtual;

    /// @notice Fails unless every attempt succeeded and together they repaid and seized as
    /// quoted.
    function assertAllSucceeded(BatchExecutor.Attempt[] memory attempts, uint256 repaid, uint256 seized)
        internal
        pure
    {
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
}

/// @notice The properties every executor keeps whatever the batch, its funding, a competitor and
/// the pool's price, fuzzed on batches its suite builds.
abstract contract ExecutorProperties is ExecutorTest {
    /// @notice A batch ready to run: the executor's liquidate call, whether the profit is taken
    /// in the loan token, the minimum profit, and the USDC the keeper holds for it.
    struct FuzzBatch {
        bytes call;
        bool inLoan;
        uint256 minProfit;
        uint256 keeperUsdc;
    }

    /// @notice A batch of 1-6 positions in mode `mode` (fundingOf, profitTokenOf), sized as the
    /// keeper would size it, with `minProfit`; then perhaps a competitor takes one (`lost`) and
    /// the pool's price moves either way (`push`).
    function fuzzBatch(uint8 mode, uint256 n, uint256 push, bool lost, uint256 minProfit)
        internal
        virtual
        returns (FuzzBatch memory);

    /// @notice Whether mode `mode` funds the batch from the keeper's inventory.
    function inventoryOf(uint8 mode) internal pure returns (bool) {
        return mode & 1 == 0;
    }

    /// @notice The token mode `mode` takes the profit in.
    function profitTokenOf(uint8 mode) internal pure returns (BatchExecutor.ProfitToken) {
        return mode & 2 == 0 ? IN_LOAN : IN_COLLATERAL;
    }

    function tryRun(FuzzBatch memory b) internal returns (bool ok, uint256 profit, bytes memory err) {
        vm.prank(keeper);
        (bool success, bytes memory out) = address(executorUnderTest()).call(b.call);
        if (!success) return (false, 0, out);
        (, profit) = abi.decode(out, (BatchExecutor.Attempt[], uint256));
        return (true, profit, "");
    }

    /// @notice Whatever the mode, the batch, a competitor and the pool's price: a batch either
    /// pays its owner at least the minimum profit (exactly what it reports) or reverts whole.
    function testFuzz_neverEndsBelowTheMinimumProfit(uint8 mode, uint256 n, uint256 minProfit, uint256 push, bool lost)
        public
    {
        minProfit = bound(minProfit, 0, profitTokenOf(mode) == IN_LOAN ? 20_000 * USD : BTC / 5);
        FuzzBatch memory b = fuzzBatch(mode, n, push, lost, minProfit);
        (bool ok, uint256 profit, bytes memory err) = tryRun(b);
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
        (bool ok,,) = tryRun(b);
        if (!ok) {
            // A reverted batch left things as they were: the stray tokens are still there to sweep.
            vm.startPrank(keeper);
            executor.sweep(usdc);
            executor.sweep(wbtc);
            vm.stopPrank();
        }
        assertHoldsNothing();
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
