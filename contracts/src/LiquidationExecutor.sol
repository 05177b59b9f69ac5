// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IUniswapV3Pool} from "@uniswap/v3-core/contracts/interfaces/IUniswapV3Pool.sol";

import {BatchExecutor} from "./BatchExecutor.sol";
import {LendingMarket} from "./LendingMarket.sol";

/// @title LiquidationExecutor
/// @notice Liquidates many positions of one lending market in one transaction for its owner (the
/// keeper's account), without the owner holding the loan token if it so chooses:
///
///  - Funding: the loan token comes from a Uniswap v3 flash swap (the pool sends exactly
///    `loanAmount` first and is paid back in collateral inside uniswapV3SwapCallback, after the
///    liquidations), or from the owner's own balance (Inventory: transferFrom the owner).
///  - Each liquidation is an isolated attempt: one that reverts (say a competitor was first and
///    the position is no longer liquidatable) is reported and skipped, and the others go on.
///    Every attempt emits LiquidationAttempted; liquidate returns them all. A flash swap
///    borrows nothing for a position that is no longer liquidatable when the transaction runs:
///    the pool is paid in the collateral the liquidations seize, and one lost to a competitor
///    seizes none (see _flashAmount).
///  - Profit is what the owner gets in the profit token (loan token or collateral) less what it
///    put in, in that token. To realise it in one token, the executor sells collateral to the same
///    pool after the liquidations: Flash+Loan sells the collateral left after paying the pool;
///    Inventory+Loan sells all seized collateral; Inventory+Collateral buys back, with collateral,
///    the loan token the liquidations spent, so that the owner gets its inventory back whole.
///    Flash+Collateral needs no second swap; loan token left unspent there (lost attempts) goes
///    to the owner too but is not counted. Inventory mode without a pool converts nothing: the
///    owner gets the seized collateral and its unspent loan token, and minProfit must be 0.
///  - The whole transaction reverts when the profit is below `minProfit`, which also bounds what
///    price impact, fees and sandwiching may take.
///  - Nothing stays here between transactions: both tokens are swept to the owner and the
///    market's allowance is reset to zero at the end of each call.
///
/// @dev Safety: only the owner may call; liquidate is nonReentrant; uniswapV3SwapCallback is
/// accepted only from the pool this contract is swapping with, only once per swap, and only with
/// the exact data it passed (BatchExecutor). A pool or market that calls back into the executor
/// at any other time is refused.
/// What does not depend on the venue (the owner, the pool's conversions and their callback, the
/// inventory settlement, the minimum profit and the sweep) is BatchExecutor's, which
/// MorphoLiquidationExecutor shares.
contract LiquidationExecutor is BatchExecutor {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @notice Where the loan token comes from.
    enum Funding {
        Inventory,
        FlashSwap
    }

    /// @notice One position to liquidate: repay at most maxRepay of its debt (the market caps it
    /// at what restores its target LTV, so type(uint256).max repays just that).
    struct Liquidation {
        address borrower;
        uint256 maxRepay;
    }

    /// @notice How a batch is funded and settled.
    /// @param funding Inventory (transferFrom the owner) or FlashSwap (from `pool`).
    /// @param profitToken The token the owner's profit is realised and measured in.
    /// @param pool A Uniswap v3 pool of the market's loan token and collateral: the flash
    /// swap's source and the converter; may be zero only for Inventory with minProfit 0.
    /// @param loanAmount The loan token obtained for the batch: the flash swap's exact output,
    /// or what is pulled from the owner (unspent loan token goes back to the owner).
    /// @param minProfit The least profit, in profit-token base units, or the call reverts.
    struct Params {
        Funding funding;
        ProfitToken profitToken;
        IUniswapV3Pool pool;
        uint256 loanAmount;
        uint256 minProfit;
    }

    /// @dev What the flash swap's callback needs; hashed into transient storage before the swap.
    struct FlashData {
        address market;
        IERC20 loanToken;
        IERC20 collateralToken;
        bool collateralIsToken0;
        uint256 loanAmount;
        Liquidation[] liquidations;
    }

    /// @notice One attempt: success with what it repaid and seized, or failure with the revert
    /// data of the market's call (e.g. NotLiquidatable when a competitor was first).
    event LiquidationAttempted(
        address indexed market, address indexed borrower, bool success, uint256 repaid, uint256 seized, bytes reason
    );

    /// @notice A finished batch: the profit sent to the owner, in the profit token's base units.
    event BatchLiquidated(
        address indexed market,
        Funding funding,
        ProfitToken profitToken,
        uint256 attempted,
        uint256 succeeded,
        uint256 repaid,
        uint256 seized,
        uint256 profit
    );

    error PoolRequired(Funding funding, ProfitToken profitToken, uint256 minProfit);

    // Where the flash swap's callback leaves its attempts for liquidate to return.
    bytes32 private constant ATTEMPTS_SLOT = keccak256("ltvkeeper.LiquidationExecutor.attempts");

    constructor(address initialOwner) BatchExecutor(initialOwner) {}

    /// @notice Liquidates `liquidations` on `market`, funded and settled as `params` say; reverts
    /// unless the owner's profit is at least params.minProfit. Returns every attempt, in order,
    /// and the profit sent to the owner.
    function liquidate(address market, Liquidation[] calldata liquidations, Params calldata params)
        external
        onlyOwner
        nonReentrant
        returns (Attempt[] memory attempts, uint256 profit)
    {
        if (liquidations.length == 0) revert EmptyBatch();
        if (params.loanAmount == 0) revert ZeroLoanAmount();
        (IERC20 loanToken, IERC20 collateralToken) = _venueTokens(market);
        bool collateralIsToken0;
        if (address(params.pool) != address(0)) {
            collateralIsToken0 = _checkPool(params.pool, loanToken, collateralToken);
        } else if (params.funding == Funding.FlashSwap || params.minProfit != 0) {
            revert PoolRequired(params.funding, params.profitToken, params.minProfit);
        }

        loanToken.forceApprove(market, type(uint256).max);
        int256 net;
        if (params.funding == Funding.FlashSwap) {
            uint256 amount = _flashAmount(market, liquidations, params.loanAmount);
            if (amount != 0) {
                bytes memory data =
                    abi.encode(FlashData(market, loanToken, collateralToken, collateralIsToken0, amount, liquidations));
                _swap(params.pool, collateralIsToken0, -amount.toInt256(), data);
            }
            attempts = _unstash(liquidations.length);
            if (params.profitToken == ProfitToken.Loan) {
                _sellAll(params.pool, collateralToken, collateralIsToken0);
                net = _balance(loanToken).toInt256();
            } else {
                net = _balance(collateralToken).toInt256();
            }
        } else {
            loanToken.safeTransferFrom(msg.sender, address(this), params.loanAmount);
            attempts = _attemptAll(market, liquidations);
            net = _settleInventory(
                params.pool, loanToken, collateralToken, collateralIsToken0, params.profitToken, params.loanAmount
            );
        }
        profit = _finish(loanToken, collateralToken, market, net, params.minProfit);
        (uint256 succeeded, uint256 repaid, uint256 seized) = _tally(attempts);
        emit BatchLiquidated(
            market, params.funding, params.profitToken, attempts.length, succeeded, repaid, seized, profit
        );
    }

    /// @notice Uniswap v3's swap callback: pays the pool in collateral, after the liquidations
    /// when it is the flash swap. Only the pool this contract is swapping with may call it,
    /// once per swap, with the data the swap was given.
    function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes calldata data) external {
        address pool = _acceptSwapCallback(data);
        if (data.length == 96) {
            // A conversion (abi.encode of a SwapData): pay at most what it may spend.
            SwapData memory s = abi.decode(data, (SwapData));
            _payPool(pool, s.collateralToken, s.collateralIsToken0 ? amount0Delta : amount1Delta, s.maxPay);
            return;
        }
        FlashData memory flash = abi.decode(data, (FlashData));
        uint256 received = _received(flash.collateralIsToken0 ? amount1Delta : amount0Delta);
        if (received != flash.loanAmount) revert PartialFill(received, flash.loanAmount);
        _stash(_attemptAll(flash.market, flash.liquidations));
        _payPool(
            pool,
            flash.collateralToken,
            flash.collateralIsToken0 ? amount0Delta : amount1Delta,
            _balance(flash.collateralToken)
        );
    }

    // ---------------------------------------------------------------- venue hooks

    /// @dev The loan token and the collateral of `market`.
    function _venueTokens(address market) internal view virtual returns (IERC20 loanToken, IERC20 collateralToken) {
        return (LendingMarket(market).loanToken(), LendingMarket(market).collateralToken());
    }

    /// @dev One isolated liquidation: never reverts; the market pulls the loan token (approved
    /// for this call) and sends the seized collateral here.
    function _attempt(address market, Liquidation memory l)
        internal
        virtual
        returns (bool success, uint256 repaid, uint256 seized, bytes memory reason)
    {
        try LendingMarket(market).liquidate(l.borrower, l.maxRepay) returns (uint256 r, uint256 s) {
            return (true, r, s, "");
        } catch (bytes memory err) {
            return (false, 0, 0, err);
        }
    }

    // ---------------------------------------------------------------- internals

    /// @dev What a flash swap borrows for `liquidations` on `market`: the sum of the maxRepay of
    /// those the market says are still liquidatable, at most loanAmount (which an uncapped
    /// maxRepay leaves whole); 0 when none is. A position a competitor liquidated first (to its
    /// target LTV, below the line) is not paid for in collateral it will not seize. The market's
    /// reads warm the slots the liquidations read next. A market that cannot answer (one
    /// deployed before LendingMarket had liquidatable) gets loanAmount, as before.
    function _flashAmount(address market, Liquidation[] calldata liquidations, uint256 loanAmount)
        internal
        view
        returns (uint256 amount)
    {
        address[] memory borrowers = new address[](liquidations.length);
        for (uint256 i = 0; i < liquidations.length; i++) {
            borrowers[i] = liquidations[i].borrower;
        }
        try LendingMarket(market).liquidatable(borrowers) returns (bool[] memory live) {
            for (uint256 i = 0; i < liquidations.length && amount < loanAmount; i++) {
                if (live[i]) amount += Math.min(liquidations[i].maxRepay, loanAmount - amount);
            }
        } catch {
            return loanAmount;
        }
    }

    function _attemptAll(address market, Liquidation[] memory liquidations) internal returns (Attempt[] memory attempts) {
        attempts = new Attempt[](liquidations.length);
        for (uint256 i = 0; i < liquidations.length; i++) {
            (bool success, uint256 repaid, uint256 seized, bytes memory reason) = _attempt(market, liquidations[i]);
            attempts[i] = Attempt(success, repaid, seized);
            emit LiquidationAttempted(market, liquidations[i].borrower, success, repaid, seized, reason);
        }
    }

    /// @dev Leaves the flash swap's attempts in transient storage: (success, repaid, seized)
    /// in three consecutive slots each.
    function _stash(Attempt[] memory attempts) internal {
        uint256 base = uint256(ATTEMPTS_SLOT);
        for (uint256 i = 0; i < attempts.length; i++) {
            _tstore(bytes32(base + 3 * i), attempts[i].success ? bytes32(uint256(1)) : bytes32(0));
            _tstore(bytes32(base + 3 * i + 1), bytes32(attempts[i].repaid));
            _tstore(bytes32(base + 3 * i + 2), bytes32(attempts[i].seized));
        }
    }

    /// @dev Reads back and clears what _stash left; a pool that never called back leaves
    /// failed, empty attempts.
    function _unstash(uint256 n) internal returns (Attempt[] memory attempts) {
        uint256 base = uint256(ATTEMPTS_SLOT);
        attempts = new Attempt[](n);
        for (uint256 i = 0; i < n; i++) {
            bytes32 s = bytes32(base + 3 * i);
            attempts[i] = Attempt(
                _tload(s) != 0, uint256(_tload(bytes32(uint256(s) + 1))), uint256(_tload(bytes32(uint256(s) + 2)))
            );
            _tstore(s, 0);
            _tstore(bytes32(uint256(s) + 1), 0);
            _tstore(bytes32(uint256(s) + 2), 0);
        }
    }
}
