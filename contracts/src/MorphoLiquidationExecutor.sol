// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IUniswapV3Pool} from "@uniswap/v3-core/contracts/interfaces/IUniswapV3Pool.sol";
import {IMorpho, Id, MarketParams} from "@morpho-org/morpho-blue/src/interfaces/IMorpho.sol";
import {IMorphoLiquidateCallback} from "@morpho-org/morpho-blue/src/interfaces/IMorphoCallbacks.sol";
import {MarketParamsLib} from "@morpho-org/morpho-blue/src/libraries/MarketParamsLib.sol";

import {BatchExecutor} from "./BatchExecutor.sol";

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
contract MorphoLiquidationExecutor is BatchExecutor, IMorphoLiquidateCallback {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;
    using MarketParamsLib for MarketParams;

    /// @notice Where the loan token comes from.
    enum Funding {
        Inventory,
        Callback
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

    /// @dev What onMorphoLiquidate needs; hashed into transient storage before each liquidation.
    struct CallbackData {
        IUniswapV3Pool pool;
        IERC20 loanToken;
        IERC20 collateralToken;
        bool collateralIsToken0;
        bool sellAll; // profit in the loan token: sell all seized collateral
        uint256 collateralBefore; // this contract's collateral before the liquidation
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

    error LoanAmountWithCallback(uint256 loanAmount);
    error PoolRequired(Funding funding, ProfitToken profitToken, uint256 minProfit);
    error SaleShort(uint256 received, uint256 repaid);

    // Transient slot: the hash of the data of this contract's Morpho.liquidate call in flight.
    bytes32 private constant MORPHO_HASH_SLOT = keccak256("ltvkeeper.MorphoLiquidationExecutor.morphoHash");

    /// @notice The Morpho Blue this executor liquidates on; the only caller of onMorphoLiquidate.
    IMorpho public immutable MORPHO;

    constructor(IMorpho morpho, address initialOwner) BatchExecutor(initialOwner) {
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
            net = _settleInventory(
                params.pool, loanToken, collateralToken, collateralIsToken0, params.profitToken, params.loanAmount
            );
        }
        profit = _finish(loanToken, collateralToken, address(MORPHO), net, params.minProfit);
        (uint256 succeeded, uint256 repaid, uint256 seized) = _tally(attempts);
        emit BatchLiquidated(
            marketParams.id(), params.funding, params.profitToken, attempts.length, succeeded, repaid, seized, profit
        );
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
            (int256 amount0, int256 amount1) = _swap(c.pool, c.collateralIsToken0, seized.toInt256(), abi.encode(s));
            uint256 received = _received(c.collateralIsToken0 ? amount1 : amount0);
            if (received < repaidAssets) revert SaleShort(received, repaidAssets);
        } else if (repaidAssets != 0) {
            (int256 amount0, int256 amount1) =
                _swap(c.pool, c.collateralIsToken0, -repaidAssets.toInt256(), abi.encode(s));
            uint256 received = _received(c.collateralIsToken0 ? amount1 : amount0);
            if (received != repaidAssets) revert PartialFill(received, repaidAssets);
        }
    }

    /// @notice Uniswap v3's swap callback: pays the pool in collateral, at most what the swap
    /// was allowed to spend. Only the pool this contract is swapping with may call it, once per
    /// swap, with the data the swap was given.
    function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes calldata data) external {
        address pool = _acceptSwapCallback(data);
        SwapData memory s = abi.decode(data, (SwapData));
        _payPool(pool, s.collateralToken, s.collateralIsToken0 ? amount0Delta : amount1Delta, s.maxPay);
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
}
