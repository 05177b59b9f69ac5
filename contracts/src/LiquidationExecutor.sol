// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IUniswapV3Pool} from "@uniswap/v3-core/contracts/interfaces/IUniswapV3Pool.sol";
import {IUniswapV3SwapCallback} from "@uniswap/v3-core/contracts/interfaces/callback/IUniswapV3SwapCallback.sol";

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
///    Every attempt emits LiquidationAttempted; liquidate returns them all.
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
/// the exact data it passed (a hash in transient storage). A pool or market that calls back into
/// the executor at any other time is refused.
/// Other lending venues fit by overriding the two venue-specific hooks (_venueTokens and
/// _attempt): a Morpho Blue variant would name a market by its MarketParams and liquidate with
/// repaid shares, with the funding, profit accounting, conversion and sweeping unchanged.
contract LiquidationExecutor is Ownable, ReentrancyGuardTransient, IUniswapV3SwapCallback {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @notice Where the loan token comes from.
    enum Funding {
        Inventory,
        FlashSwap
    }

    /// @notice The token the profit is realised and measured in.
    enum ProfitToken {
        Loan,
        Collateral
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

    /// @notice What one attempt did: repaid and seized are zero when it failed.
    struct Attempt {
        bool success;
        uint256 repaid;
        uint256 seized;
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

    error EmptyBatch();
    error ZeroLoanAmount();
    error PoolRequired(Funding funding, ProfitToken profitToken, uint256 minProfit);
    error PoolTokensMismatch(address pool, address token0, address token1);
    error UnexpectedCallback(address caller);
    error PartialFill(uint256 received, uint256 wanted);
    error CollateralShort(uint256 owed, uint256 held);
    error ProfitBelowMinimum(int256 profit, uint256 minProfit);

    // Uniswap v3's TickMath bounds (a swap's price limit must lie strictly between them).
    uint160 internal constant MIN_SQRT_RATIO = 4295128739;
    uint160 internal constant MAX_SQRT_RATIO = 1461446703485210103287083252201759087853742009223;

    // Transient slots: the pool allowed to call back during a swap, and the hash of the data.
    bytes32 private constant CALLBACK_POOL_SLOT = keccak256("ltvkeeper.LiquidationExecutor.callbackPool");
    bytes32 private constant CALLBACK_HASH_SLOT = keccak256("ltvkeeper.LiquidationExecutor.callbackHash");
    // Where the flash swap's callback leaves its attempts for liquidate to return.
    bytes32 private constant ATTEMPTS_SLOT = keccak256("ltvkeeper.LiquidationExecutor.attempts");

    constructor(address initialOwner) Ownable(initialOwner) {}

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
            bytes memory data = abi.encode(
                FlashData(market, loanToken, collateralToken, collateralIsToken0, params.loanAmount, liquidations)
            );
            _swap(params.pool, collateralIsToken0, -params.loanAmount.toInt256(), data);
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
            if (address(params.pool) == address(0)) {
                net = 0; // nothing converted: nothing measured (minProfit is 0)
            } else if (params.profitToken == ProfitToken.Loan) {
                _sellAll(params.pool, collateralToken, collateralIsToken0);
                net = _balance(loanToken).toInt256() - params.loanAmount.toInt256();
            } else {
                uint256 left = _balance(loanToken);
                uint256 spent = left < params.loanAmount ? params.loanAmount - left : 0;
                if (spent != 0) _buyLoan(params.pool, collateralToken, collateralIsToken0, spent);
                net = _balance(collateralToken).toInt256();
            }
        }
        loanToken.forceApprove(market, 0);

        if (net < params.minProfit.toInt256()) revert ProfitBelowMinimum(net, params.minProfit);
        profit = uint256(net);
        _sweep(loanToken);
        _sweep(collateralToken);
        _report(market, params, attempts, profit);
    }

    /// @notice Sends this contract's whole balance of `token` to the owner (a stray transfer).
    function sweep(IERC20 token) external onlyOwner nonReentrant {
        _sweep(token);
    }

    /// @notice Uniswap v3's swap callback: pays the pool in collateral, after the liquidations
    /// when it is the flash swap. Only the pool this contract is swapping with may call it,
    /// once per swap, with the data the swap was given.
    function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes calldata data) external {
        address pool = address(uint160(uint256(_tload(CALLBACK_POOL_SLOT))));
        if (pool == address(0) || msg.sender != pool || keccak256(data) != _tload(CALLBACK_HASH_SLOT)) {
            revert UnexpectedCallback(msg.sender);
        }
        _tstore(CALLBACK_POOL_SLOT, 0);
        _tstore(CALLBACK_HASH_SLOT, 0);

        IERC20 collateralToken;
        bool collateralIsToken0;
        if (data.length == 64) {
            (collateralToken, collateralIsToken0) = abi.decode(data, (IERC20, bool));
        } else {
            FlashData memory flash = abi.decode(data, (FlashData));
            (collateralToken, collateralIsToken0) = (flash.collateralToken, flash.collateralIsToken0);
            int256 loanDelta = collateralIsToken0 ? amount1Delta : amount0Delta;
            uint256 received = loanDelta < 0 ? uint256(-loanDelta) : 0;
            if (received != flash.loanAmount) revert PartialFill(received, flash.loanAmount);
            _stash(_attemptAll(flash.market, flash.liquidations));
        }
        int256 owedDelta = collateralIsToken0 ? amount0Delta : amount1Delta;
        if (owedDelta <= 0) return;
        uint256 owed = uint256(owedDelta);
        uint256 held = _balance(collateralToken);
        if (held < owed) revert CollateralShort(owed, held);
        collateralToken.safeTransfer(pool, owed);
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

    function _attemptAll(address market, Liquidation[] memory liquidations) internal returns (Attempt[] memory attempts) {
        attempts = new Attempt[](liquidations.length);
        for (uint256 i = 0; i < liquidations.length; i++) {
            (bool success, uint256 repaid, uint256 seized, bytes memory reason) = _attempt(market, liquidations[i]);
            attempts[i] = Attempt(success, repaid, seized);
            emit LiquidationAttempted(market, liquidations[i].borrower, success, repaid, seized, reason);
        }
    }

    /// @dev Checks that `pool` trades exactly the market's two tokens; says whether the
    /// collateral is the pool's token0.
    function _checkPool(IUniswapV3Pool pool, IERC20 loanToken, IERC20 collateralToken)
        internal
        view
        returns (bool collateralIsToken0)
    {
        address token0 = pool.token0();
        address token1 = pool.token1();
        collateralIsToken0 = token0 == address(collateralToken);
        bool matches = collateralIsToken0
            ? token1 == address(loanToken)
            : token0 == address(loanToken) && token1 == address(collateralToken);
        if (!matches) revert PoolTokensMismatch(address(pool), token0, token1);
    }

    /// @dev Sells every unit of collateral held to `pool` (exact input); a pool out of
    /// liquidity may take less, and the rest is swept to the owner.
    function _sellAll(IUniswapV3Pool pool, IERC20 collateralToken, bool collateralIsToken0) internal {
        uint256 amount = _balance(collateralToken);
        if (amount == 0) return;
        _swap(pool, collateralIsToken0, amount.toInt256(), abi.encode(collateralToken, collateralIsToken0));
    }

    /// @dev Buys exactly `amount` of the loan token from `pool`, paid in collateral.
    function _buyLoan(IUniswapV3Pool pool, IERC20 collateralToken, bool collateralIsToken0, uint256 amount) internal {
        (int256 amount0, int256 amount1) =
            _swap(pool, collateralIsToken0, -amount.toInt256(), abi.encode(collateralToken, collateralIsToken0));
        int256 loanDelta = collateralIsToken0 ? amount1 : amount0;
        uint256 received = loanDelta < 0 ? uint256(-loanDelta) : 0;
        if (received != amount) revert PartialFill(received, amount);
    }

    /// @dev A swap that sells collateral (zeroForOne when it is token0) with no price limit
    /// (minProfit bounds the price); only `pool`, with `data`, may call back during it.
    function _swap(IUniswapV3Pool pool, bool zeroForOne, int256 amountSpecified, bytes memory data)
        internal
        returns (int256 amount0, int256 amount1)
    {
        _tstore(CALLBACK_POOL_SLOT, bytes32(uint256(uint160(address(pool)))));
        _tstore(CALLBACK_HASH_SLOT, keccak256(data));
        (amount0, amount1) = pool.swap(
            address(this), zeroForOne, amountSpecified, zeroForOne ? MIN_SQRT_RATIO + 1 : MAX_SQRT_RATIO - 1, data
        );
        _tstore(CALLBACK_POOL_SLOT, 0);
        _tstore(CALLBACK_HASH_SLOT, 0);
    }

    function _report(address market, Params calldata params, Attempt[] memory attempts, uint256 profit) internal {
        uint256 succeeded;
        uint256 repaid;
        uint256 seized;
        for (uint256 i = 0; i < attempts.length; i++) {
            if (!attempts[i].success) continue;
            succeeded++;
            repaid += attempts[i].repaid;
            seized += attempts[i].seized;
        }
        emit BatchLiquidated(
            market, params.funding, params.profitToken, attempts.length, succeeded, repaid, seized, profit
        );
    }

    function _sweep(IERC20 token) internal {
        uint256 amount = _balance(token);
        if (amount != 0) token.safeTransfer(owner(), amount);
    }

    function _balance(IERC20 token) internal view returns (uint256) {
        return token.balanceOf(address(this));
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

    function _tstore(bytes32 slot, bytes32 value) private {
        assembly ("memory-safe") {
            tstore(slot, value)
        }
    }

    function _tload(bytes32 slot) private view returns (bytes32 value) {
        assembly ("memory-safe") {
            value := tload(slot)
        }
    }
}
