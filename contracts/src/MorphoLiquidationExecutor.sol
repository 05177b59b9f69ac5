// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IUniswapV3Pool} from "@uniswap/v3-core/contracts/interfaces/IUniswapV3Pool.sol";
import {IUniswapV3SwapCallback} from "@uniswap/v3-core/contracts/interfaces/callback/IUniswapV3SwapCallback.sol";
import {IMorpho, Id, MarketParams} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";
import {IMorphoLiquidateCallback} from "@morpho-org/morpho-blue/src/interfaces/IMorphoCallbacks.sol";
import {MarketParamsLib} from "@morpho-org/morpho-blue/src/libraries/MarketParamsLib.sol";

/// @title MorphoLiquidationExecutor
/// @notice Liquidates many positions of one Morpho Blue market in one transaction for its owner
/// (the keeper's account), without the owner holding the loan token if it so chooses:
///
///  - Funding: with Callback, each liquidation passes data to Morpho, which sends the seized
///    collateral and then calls onMorphoLiquidate(repaidAssets, data) before it pulls the
///    repayment; the callback sells that liquidation's own seized collateral to a Uniswap v3
///    pool for the loan token (exact input when the profit is taken in the loan token, exact
///    output of repaidAssets when it is taken in collateral). A sale that does not cover the
///    repayment reverts that liquidation alone. With Inventory, the loan token comes from the
///    owner's balance (transferFrom the owner) and Morpho calls nothing back.
///  - Each liquidation is an isolated attempt: one that reverts (say a competitor was first and
///    the position is healthy again) is reported and skipped, and the others go on. Every
///    attempt emits LiquidationAttempted; liquidate returns them all.
///  - Profit is what the owner gets in the profit token less what it put in, in that token.
///    Callback+Loan: the loan token left after every repayment (collateral a pool could not take
///    is swept to the owner, uncounted). Callback+Collateral: the collateral left after buying
///    every repayment. Inventory+Loan sells all seized collateral; Inventory+Collateral buys
///    back, with collateral, the loan token the liquidations spent, so that the owner gets its
///    inventory back whole. Inventory without a pool converts nothing and measures nothing:
///    minProfit must be 0.
///  - The whole transaction reverts when the profit is below `minProfit`, which also bounds what
///    price impact, fees and sandwiching may take.
///  - Nothing stays here between transactions: both tokens are swept to the owner and Morpho's
///    allowance is reset to zero at the end of each call.
///
/// @dev Safety: only the owner may call; liquidate is nonReentrant. onMorphoLiquidate is accepted
/// only from Morpho, only during this contract's own Morpho.liquidate call, once, and only with
/// the exact data it passed (a hash in transient storage). uniswapV3SwapCallback is accepted only
/// from the pool this contract is swapping with, once per swap, with the data it passed, and it
/// pays at most the collateral the swap was allowed to spend.
contract MorphoLiquidationExecutor is
    Ownable,
    ReentrancyGuardTransient,
    IMorphoLiquidateCallback,
    IUniswapV3SwapCallback
{
    using SafeERC20 for IERC20;
    using SafeCast for uint256;
    using MarketParamsLib for MarketParams;

    /// @notice Where the loan token comes from.
    enum Funding {
        Inventory,
        Callback
    }

    /// @notice The token the profit is realised and measured in.
    enum ProfitToken {
        Loan,
        Collateral
    }

    /// @notice One position to liquidate, as Morpho's liquidate takes it: exactly one of
    /// seizedAssets (collateral to seize) and repaidShares (borrow shares to repay) is non-zero.
    struct Liquidation {
        address borrower;
        uint256 seizedAssets;
        uint256 repaidShares;
    }

    /// @notice How a batch is funded and settled.
    /// @param funding Callback (sell each liquidation's collateral in Morpho's callback) or
    /// Inventory (transferFrom the owner).
    /// @param profitToken The token the owner's profit is realised and measured in.
    /// @param pool A Uniswap v3 pool of the market's loan token and collateral; may be zero only
    /// for Inventory with minProfit 0.
    /// @param loanAmount Inventory only: the loan token pulled from the owner for the batch
    /// (unspent loan token goes back to the owner); must be 0 with Callback.
    /// @param minProfit The least profit, in profit-token base units, or the call reverts.
    struct Params {
        Funding funding;
        ProfitToken profitToken;
        IUniswapV3Pool pool;
        uint256 loanAmount;
        uint256 minProfit;
    }

    /// @notice What one attempt did: repaid (loan-token assets) and seized (collateral) are zero
    /// when it failed.
    struct Attempt {
        bool success;
        uint256 repaid;
        uint256 seized;
    }

    /// @dev What onMorphoLiquidate needs; hashed into transient storage before each liquidation.
    struct CallbackData {
        IUniswapV3Pool pool;
        IERC20 loanToken;
        IERC20 collateralToken;
        bool collateralIsToken0;
        bool sellAll; // profit in the loan token: sell all seized collateral
        uint256 collateralBefore; // this contract's collateral before the liquidation
    }

    /// @dev What uniswapV3SwapCallback needs: the token to pay and the most it may pay.
    struct SwapData {
        IERC20 collateralToken;
        bool collateralIsToken0;
        uint256 maxPay;
    }

    /// @notice One attempt: success with what it repaid and seized, or failure with the revert
    /// data of Morpho's call (e.g. Error("position is healthy") when a competitor was first).
    event LiquidationAttempted(
        Id indexed id, address indexed borrower, bool success, uint256 repaid, uint256 seized, bytes reason
    );

    /// @notice A finished batch: the profit sent to the owner, in the profit token's base units.
    event BatchLiquidated(
        Id indexed id,
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
    error LoanAmountWithCallback(uint256 loanAmount);
    error PoolRequired(Funding funding, ProfitToken profitToken, uint256 minProfit);
    error PoolTokensMismatch(address pool, address token0, address token1);
    error UnexpectedCallback(address caller);
    error PartialFill(uint256 received, uint256 wanted);
    error SaleShort(uint256 received, uint256 repaid);
    error CollateralShort(uint256 owed, uint256 held);
    error ProfitBelowMinimum(int256 profit, uint256 minProfit);

    // Uniswap v3's TickMath bounds (a swap's price limit must lie strictly between them).
    uint160 internal constant MIN_SQRT_RATIO = 4295128739;
    uint160 internal constant MAX_SQRT_RATIO = 1461446703485210103287083252201759087853742009223;

    // Transient slots: the hash of the data of this contract's Morpho.liquidate call in flight;
    // the pool allowed to call back during a swap, and the hash of the swap's data.
    bytes32 private constant MORPHO_HASH_SLOT = keccak256("ltvkeeper.MorphoLiquidationExecutor.morphoHash");
    bytes32 private constant CALLBACK_POOL_SLOT = keccak256("ltvkeeper.MorphoLiquidationExecutor.callbackPool");
    bytes32 private constant CALLBACK_HASH_SLOT = keccak256("ltvkeeper.MorphoLiquidationExecutor.callbackHash");

    /// @notice The Morpho Blue this executor liquidates on; the only caller of onMorphoLiquidate.
    IMorpho public immutable MORPHO;

    constructor(IMorpho morpho, address initialOwner) Ownable(initialOwner) {
        MORPHO = morpho;
    }

    /// @notice Liquidates `liquidations` on the Morpho market `marketParams`, funded and settled
    /// as `params` say; reverts unless the owner's profit is at least params.minProfit. Returns
    /// every attempt, in order, and the profit sent to the owner.
    function liquidate(MarketParams calldata marketParams, Liquidation[] calldata liquidations, Params calldata params)
        external
        onlyOwner
        nonReentrant
        returns (Attempt[] memory attempts, uint256 profit)
    {
        if (liquidations.length == 0) revert EmptyBatch();
        if (params.funding == Funding.Inventory && params.loanAmount == 0) revert ZeroLoanAmount();
        if (params.funding == Funding.Callback && params.loanAmount != 0) {
            revert LoanAmountWithCallback(params.loanAmount);
        }
        IERC20 loanToken = IERC20(marketParams.loanToken);
        IERC20 collateralToken = IERC20(marketParams.collateralToken);
        bool collateralIsToken0;
        if (address(params.pool) != address(0)) {
            collateralIsToken0 = _checkPool(params.pool, loanToken, collateralToken);
        } else if (params.funding == Funding.Callback || params.minProfit != 0) {
            revert PoolRequired(params.funding, params.profitToken, params.minProfit);
        }

        loanToken.forceApprove(address(MORPHO), type(uint256).max);
        int256 net;
        if (params.funding == Funding.Callback) {
            CallbackData memory c = CallbackData(
                params.pool, loanToken, collateralToken, collateralIsToken0, params.profitToken == ProfitToken.Loan, 0
            );
            attempts = _attemptAll(marketParams, liquidations, c);
            if (params.profitToken == ProfitToken.Loan) {
                net = _balance(loanToken).toInt256();
            } else {
                net = _balance(collateralToken).toInt256();
            }
        } else {
            loanToken.safeTransferFrom(msg.sender, address(this), params.loanAmount);
            CallbackData memory none;
            attempts = _attemptAll(marketParams, liquidations, none);
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
        loanToken.forceApprove(address(MORPHO), 0);

        if (net < params.minProfit.toInt256()) revert ProfitBelowMinimum(net, params.minProfit);
        profit = uint256(net);
        _sweep(loanToken);
        _sweep(collateralToken);
        _report(marketParams.id(), params, attempts, profit);
    }

    /// @notice Sends this contract's whole balance of `token` to the owner (a stray transfer).
    function sweep(IERC20 token) external onlyOwner nonReentrant {
        _sweep(token);
    }

    /// @notice Morpho's liquidation callback: the seized collateral is here, the repayment not
    /// yet pulled. Sells this liquidation's seized collateral for at least `repaidAssets` of the
    /// loan token, or reverts the liquidation. Only Morpho may call it, during this contract's
    /// own liquidate call, with the data that call was given.
    function onMorphoLiquidate(uint256 repaidAssets, bytes calldata data) external {
        if (msg.sender != address(MORPHO) || keccak256(data) != _tload(MORPHO_HASH_SLOT)) {
            revert UnexpectedCallback(msg.sender);
        }
        _tstore(MORPHO_HASH_SLOT, 0);
        CallbackData memory c = abi.decode(data, (CallbackData));
        uint256 seized = _balance(c.collateralToken) - c.collateralBefore;
        SwapData memory s = SwapData(c.collateralToken, c.collateralIsToken0, seized);
        if (c.sellAll) {
            if (seized == 0) revert SaleShort(0, repaidAssets);
            (int256 amount0, int256 amount1) = _swap(c.pool, c.collateralIsToken0, seized.toInt256(), s);
            uint256 received = _received(c.collateralIsToken0 ? amount1 : amount0);
            if (received < repaidAssets) revert SaleShort(received, repaidAssets);
        } else if (repaidAssets != 0) {
            (int256 amount0, int256 amount1) = _swap(c.pool, c.collateralIsToken0, -repaidAssets.toInt256(), s);
            uint256 received = _received(c.collateralIsToken0 ? amount1 : amount0);
            if (received != repaidAssets) revert PartialFill(received, repaidAssets);
        }
    }

    /// @notice Uniswap v3's swap callback: pays the pool in collateral, at most what the swap
    /// was allowed to spend. Only the pool this contract is swapping with may call it, once per
    /// swap, with the data the swap was given.
    function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes calldata data) external {
        address pool = address(uint160(uint256(_tload(CALLBACK_POOL_SLOT))));
        if (pool == address(0) || msg.sender != pool || keccak256(data) != _tload(CALLBACK_HASH_SLOT)) {
            revert UnexpectedCallback(msg.sender);
        }
        _tstore(CALLBACK_POOL_SLOT, 0);
        _tstore(CALLBACK_HASH_SLOT, 0);

        SwapData memory s = abi.decode(data, (SwapData));
        int256 owedDelta = s.collateralIsToken0 ? amount0Delta : amount1Delta;
        if (owedDelta <= 0) return;
        uint256 owed = uint256(owedDelta);
        if (owed > s.maxPay) revert CollateralShort(owed, s.maxPay);
        s.collateralToken.safeTransfer(pool, owed);
    }

    // ---------------------------------------------------------------- internals

    /// @dev Runs every liquidation as an isolated attempt. With a pool in `c` (Callback), each
    /// passes `c` with the collateral held before it as Morpho's callback data; without
    /// (Inventory), none.
    function _attemptAll(MarketParams calldata marketParams, Liquidation[] calldata liquidations, CallbackData memory c)
        internal
        returns (Attempt[] memory attempts)
    {
        Id id = marketParams.id();
        bool callback = address(c.pool) != address(0);
        attempts = new Attempt[](liquidations.length);
        for (uint256 i = 0; i < liquidations.length; i++) {
            Liquidation calldata l = liquidations[i];
            bytes memory data;
            if (callback) {
                c.collateralBefore = _balance(c.collateralToken);
                data = abi.encode(c);
                _tstore(MORPHO_HASH_SLOT, keccak256(data));
            }
            bytes memory reason;
            try MORPHO.liquidate(marketParams, l.borrower, l.seizedAssets, l.repaidShares, data) returns (
                uint256 seized, uint256 repaid
            ) {
                attempts[i] = Attempt(true, repaid, seized);
            } catch (bytes memory err) {
                reason = err;
            }
            if (callback) _tstore(MORPHO_HASH_SLOT, 0);
            emit LiquidationAttempted(
                id, l.borrower, attempts[i].success, attempts[i].repaid, attempts[i].seized, reason
            );
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
        _swap(pool, collateralIsToken0, amount.toInt256(), SwapData(collateralToken, collateralIsToken0, amount));
    }

    /// @dev Buys exactly `amount` of the loan token from `pool`, paid in collateral.
    function _buyLoan(IUniswapV3Pool pool, IERC20 collateralToken, bool collateralIsToken0, uint256 amount) internal {
        SwapData memory s = SwapData(collateralToken, collateralIsToken0, _balance(collateralToken));
        (int256 amount0, int256 amount1) = _swap(pool, collateralIsToken0, -amount.toInt256(), s);
        uint256 received = _received(collateralIsToken0 ? amount1 : amount0);
        if (received != amount) revert PartialFill(received, amount);
    }

    /// @dev A swap that sells collateral (zeroForOne when it is token0) with no price limit
    /// (minProfit bounds the price); only `pool`, with `s`, may call back during it.
    function _swap(IUniswapV3Pool pool, bool zeroForOne, int256 amountSpecified, SwapData memory s)
        internal
        returns (int256 amount0, int256 amount1)
    {
        bytes memory data = abi.encode(s);
        _tstore(CALLBACK_POOL_SLOT, bytes32(uint256(uint160(address(pool)))));
        _tstore(CALLBACK_HASH_SLOT, keccak256(data));
        (amount0, amount1) = pool.swap(
            address(this), zeroForOne, amountSpecified, zeroForOne ? MIN_SQRT_RATIO + 1 : MAX_SQRT_RATIO - 1, data
        );
        _tstore(CALLBACK_POOL_SLOT, 0);
        _tstore(CALLBACK_HASH_SLOT, 0);
    }

    /// @dev What the pool paid out, from its delta of the token it paid (negative: paid out).
    function _received(int256 delta) internal pure returns (uint256) {
        return delta < 0 ? uint256(-delta) : 0;
    }

    function _report(Id id, Params calldata params, Attempt[] memory attempts, uint256 profit) internal {
        uint256 succeeded;
        uint256 repaid;
        uint256 seized;
        for (uint256 i = 0; i < attempts.length; i++) {
            if (!attempts[i].success) continue;
            succeeded++;
            repaid += attempts[i].repaid;
            seized += attempts[i].seized;
        }
        emit BatchLiquidated(id, params.funding, params.profitToken, attempts.length, succeeded, repaid, seized, profit);
    }

    function _sweep(IERC20 token) internal {
        uint256 amount = _balance(token);
        if (amount != 0) token.safeTransfer(owner(), amount);
    }

    function _balance(IERC20 token) internal view returns (uint256) {
        return token.balanceOf(address(this));
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
