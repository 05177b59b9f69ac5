// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IUniswapV3Pool} from "@uniswap/v3-core/contracts/interfaces/IUniswapV3Pool.sol";
import {IUniswapV3SwapCallback} from "@uniswap/v3-core/contracts/interfaces/callback/IUniswapV3SwapCallback.sol";

/// @title BatchExecutor
/// @notice What every liquidation executor shares, whatever its lending venue: an owner (the
/// keeper's account) that alone may call, the attempts it reports, the Uniswap v3 pool of the
/// market's two tokens that converts collateral into the loan token and back, the settlement of
/// a batch funded from the owner's inventory, the minimum profit, and the sweep of both tokens to
/// the owner at the end of each call.
/// @dev uniswapV3SwapCallback is accepted only from the pool this contract is swapping with, only
/// once per swap, and only with the exact data it passed (a hash in transient storage); a plain
/// conversion pays at most the collateral the swap was allowed to spend.
abstract contract BatchExecutor is Ownable, ReentrancyGuardTransient, IUniswapV3SwapCallback {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @notice The token the profit is realised and measured in.
    enum ProfitToken {
        Loan,
        Collateral
    }

    /// @notice What one attempt did: repaid (loan token) and seized (collateral) are zero when
    /// it failed.
    struct Attempt {
        bool success;
        uint256 repaid;
        uint256 seized;
    }

    /// @dev What uniswapV3SwapCallback needs of a plain conversion: the token to pay and the
    /// most it may pay.
    struct SwapData {
        IERC20 collateralToken;
        bool collateralIsToken0;
        uint256 maxPay;
    }

    error EmptyBatch();
    error ZeroLoanAmount();
    error PoolTokensMismatch(address pool, address token0, address token1);
    error UnexpectedCallback(address caller);
    error PartialFill(uint256 received, uint256 wanted);
    error CollateralShort(uint256 owed, uint256 held);
    error ProfitBelowMinimum(int256 profit, uint256 minProfit);

    // Uniswap v3's TickMath bounds (a swap's price limit must lie strictly between them).
    uint160 internal constant MIN_SQRT_RATIO = 4295128739;
    uint160 internal constant MAX_SQRT_RATIO = 1461446703485210103287083252201759087853742009223;

    // Transient slots: the pool allowed to call back during a swap, and the hash of the data.
    bytes32 private constant CALLBACK_POOL_SLOT = keccak256("ltvkeeper.BatchExecutor.callbackPool");
    bytes32 private constant CALLBACK_HASH_SLOT = keccak256("ltvkeeper.BatchExecutor.callbackHash");

    constructor(address initialOwner) Ownable(initialOwner) {}

    /// @notice Sends this contract's whole balance of `token` to the owner (a stray transfer).
    function sweep(IERC20 token) external onlyOwner nonReentrant {
        _sweep(token);
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

    /// @dev Settles a batch funded with `loanAmount` of the owner's loan token: with a pool,
    /// sells all seized collateral (profit in the loan token) or buys back, with collateral, the
    /// loan token the liquidations spent (profit in collateral); returns the profit so measured.
    /// Without a pool nothing is converted and nothing measured (minProfit must be 0).
    function _settleInventory(
        IUniswapV3Pool pool,
        IERC20 loanToken,
        IERC20 collateralToken,
        bool collateralIsToken0,
        ProfitToken profitToken,
        uint256 loanAmount
    ) internal returns (int256 net) {
        if (address(pool) == address(0)) return 0;
        if (profitToken == ProfitToken.Loan) {
            _sellAll(pool, collateralToken, collateralIsToken0);
            return _balance(loanToken).toInt256() - loanAmount.toInt256();
        }
        uint256 left = _balance(loanToken);
        uint256 spent = left < loanAmount ? loanAmount - left : 0;
        if (spent != 0) _buyLoan(pool, collateralToken, collateralIsToken0, spent);
        return _balance(collateralToken).toInt256();
    }

    /// @dev Ends a batch: resets `spender`'s allowance of the loan token, reverts when `net` is
    /// below `minProfit`, and sweeps both tokens to the owner; returns the profit.
    function _finish(IERC20 loanToken, IERC20 collateralToken, address spender, int256 net, uint256 minProfit)
        internal
        returns (uint256 profit)
    {
        loanToken.forceApprove(spender, 0);
        if (net < minProfit.toInt256()) revert ProfitBelowMinimum(net, minProfit);
        profit = uint256(net);
        _sweep(loanToken);
        _sweep(collateralToken);
    }

    /// @dev The successful attempts of a batch and what they repaid and seized in all.
    function _tally(Attempt[] memory attempts)
        internal
        pure
        returns (uint256 succeeded, uint256 repaid, uint256 seized)
    {
        for (uint256 i = 0; i < attempts.length; i++) {
            if (!attempts[i].success) continue;
            succeeded++;
            repaid += attempts[i].repaid;
            seized += attempts[i].seized;
        }
    }

    /// @dev Sells every unit of collateral held to `pool` (exact input); a pool out of
    /// liquidity may take less, and the rest is swept to the owner.
    function _sellAll(IUniswapV3Pool pool, IERC20 collateralToken, bool collateralIsToken0) internal {
        uint256 amount = _balance(collateralToken);
        if (amount == 0) return;
        _swap(
            pool,
            collateralIsToken0,
            amount.toInt256(),
            abi.encode(SwapData(collateralToken, collateralIsToken0, amount))
        );
    }

    /// @dev Buys exactly `amount` of the loan token from `pool`, paid in collateral.
    function _buyLoan(IUniswapV3Pool pool, IERC20 collateralToken, bool collateralIsToken0, uint256 amount) internal {
        bytes memory data = abi.encode(SwapData(collateralToken, collateralIsToken0, _balance(collateralToken)));
        (int256 amount0, int256 amount1) = _swap(pool, collateralIsToken0, -amount.toInt256(), data);
        uint256 received = _received(collateralIsToken0 ? amount1 : amount0);
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

    /// @dev Admits uniswapV3SwapCallback: only from the pool of the swap in flight, once, with
    /// the data the swap was given. Returns the pool.
    function _acceptSwapCallback(bytes calldata data) internal returns (address pool) {
        pool = address(uint160(uint256(_tload(CALLBACK_POOL_SLOT))));
        if (pool == address(0) || msg.sender != pool || keccak256(data) != _tload(CALLBACK_HASH_SLOT)) {
            revert UnexpectedCallback(msg.sender);
        }
        _tstore(CALLBACK_POOL_SLOT, 0);
        _tstore(CALLBACK_HASH_SLOT, 0);
    }

    /// @dev Pays `pool` the collateral a swap owes it (its positive delta of the collateral),
    /// at most `maxPay`.
    function _payPool(address pool, IERC20 collateralToken, int256 owedDelta, uint256 maxPay) internal {
        if (owedDelta <= 0) return;
        uint256 owed = uint256(owedDelta);
        if (owed > maxPay) revert CollateralShort(owed, maxPay);
        collateralToken.safeTransfer(pool, owed);
    }

    /// @dev What the pool paid out, from its delta of the token it paid (negative: paid out).
    function _received(int256 delta) internal pure returns (uint256) {
        return delta < 0 ? uint256(-delta) : 0;
    }

    function _sweep(IERC20 token) internal {
        uint256 amount = _balance(token);
        if (amount != 0) token.safeTransfer(owner(), amount);
    }

    function _balance(IERC20 token) internal view returns (uint256) {
        return token.balanceOf(address(this));
    }

    function _tstore(bytes32 slot, bytes32 value) internal {
        assembly ("memory-safe") {
            tstore(slot, value)
        }
    }

    function _tload(bytes32 slot) internal view returns (bytes32 value) {
        assembly ("memory-safe") {
            value := tload(slot)
        }
    }
}
