// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {AggregatorV3Interface} from "./interfaces/AggregatorV3Interface.sol";
import {IMarketErrors, IMarketEvents, MarketParams} from "./interfaces/ILendingMarket.sol";
import {LoanMath} from "./libraries/LoanMath.sol";

/// @title LendingMarket
/// @notice One isolated market: lenders supply the loan token (USDC-like) and earn interest;
/// borrowers lock the collateral token (wBTC-like) and borrow against it up to maxBorrowLtv.
/// Past liquidationLtv anyone may liquidate the position back to liquidationTargetLtv for a
/// bonus; debt the collateral cannot cover is written off against lenders.
/// @dev Debt is tracked in borrow shares against a per-second compounding borrow index (RAY).
/// The owner can only change the borrow rate, within MAX_BORROW_RATE; it has no power over
/// users' funds.
contract LendingMarket is IMarketErrors, IMarketEvents, Ownable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using Math for uint256;

    /// @notice Hard cap on the annual borrow rate: 100% APR.
    uint256 public constant MAX_BORROW_RATE = 1e18;
    /// @notice Hard cap on maxPriceAge: a price older than a week is never trusted.
    uint256 public constant MAX_PRICE_AGE = 7 days;

    IERC20 public immutable collateralToken;
    IERC20 public immutable loanToken;
    AggregatorV3Interface public immutable priceFeed;

    uint256 public immutable maxBorrowLtv;
    uint256 public immutable marginCallLtv;
    uint256 public immutable liquidationLtv;
    uint256 public immutable liquidationBonus;
    uint256 public immutable liquidationTargetLtv;
    uint256 public immutable maxPriceAge;

    /// @notice Collateral value in loan-token units is collateral * price * valueMul / valueDiv.
    uint256 public immutable valueMul;
    uint256 public immutable valueDiv;

    /// @notice Annual borrow rate (WAD) and the per-second rate (RAY) it compounds at.
    uint256 public borrowRate;
    uint256 public ratePerSecond;
    /// @notice Borrow index (RAY) as of lastAccrual.
    uint256 public borrowIndex;
    uint256 public lastAccrual;

    uint256 public totalSupplyAssets;
    uint256 public totalSupplyShares;
    uint256 public totalBorrowAssets;
    uint256 public totalBorrowShares;
    uint256 public totalCollateral;

    mapping(address => uint256) public supplyShares;
    mapping(address => uint256) public borrowShares;
    mapping(address => uint256) public collateral;

    constructor(
        address initialOwner,
        IERC20 collateralToken_,
        IERC20 loanToken_,
        AggregatorV3Interface priceFeed_,
        MarketParams memory params
    ) Ownable(initialOwner) {
        if (address(collateralToken_) == address(0) || address(loanToken_) == address(0)) revert ZeroAddress();
        if (address(priceFeed_) == address(0)) revert ZeroAddress();
        validateParams(params);

        uint8 collateralDecimals = IERC20Metadata(address(collateralToken_)).decimals();
        uint8 loanDecimals = IERC20Metadata(address(loanToken_)).decimals();
        uint8 feedDecimals = priceFeed_.decimals();
        if (loanDecimals > 18 || uint256(collateralDecimals) + feedDecimals > 36) {
            revert UnsupportedDecimals(collateralDecimals, loanDecimals, feedDecimals);
        }

        collateralToken = collateralToken_;
        loanToken = loanToken_;
        priceFeed = priceFeed_;
        maxBorrowLtv = params.maxBorrowLtv;
        marginCallLtv = params.marginCallLtv;
        liquidationLtv = params.liquidationLtv;
        liquidationBonus = params.liquidationBonus;
        liquidationTargetLtv = params.liquidationTargetLtv;
        maxPriceAge = params.maxPriceAge;
        valueMul = 10 ** loanDecimals;
        valueDiv = 10 ** (uint256(collateralDecimals) + feedDecimals);

        borrowIndex = LoanMath.RAY;
        lastAccrual = block.timestamp;
        borrowRate = params.borrowRate;
        ratePerSecond = LoanMath.ratePerSecond(params.borrowRate);
        emit BorrowRateSet(0, params.borrowRate, ratePerSecond);
    }

    /// @notice Reverts unless `params` describe a market whose liquidations can always
    /// restore the target LTV.
    function validateParams(MarketParams memory params) public pure {
        if (
            params.maxBorrowLtv == 0 || params.maxBorrowLtv > params.marginCallLtv
                || params.marginCallLtv >= params.liquidationLtv
        ) revert InvalidLtvOrder(params.maxBorrowLtv, params.marginCallLtv, params.liquidationLtv);
        if (params.liquidationLtv.mulDiv(LoanMath.WAD + params.liquidationBonus, LoanMath.WAD) >= LoanMath.WAD) {
            revert LiquidationLtvTooHigh(params.liquidationLtv, params.liquidationBonus);
        }
        if (params.liquidationTargetLtv == 0 || params.liquidationTargetLtv >= params.liquidationLtv) {
            revert InvalidTargetLtv(params.liquidationTargetLtv, params.liquidationLtv);
        }
        if (params.maxPriceAge == 0 || params.maxPriceAge > MAX_PRICE_AGE) {
            revert InvalidMaxPriceAge(params.maxPriceAge);
        }
        if (params.borrowRate > MAX_BORROW_RATE) revert RateTooHigh(params.borrowRate, MAX_BORROW_RATE);
    }

    // ---------------------------------------------------------------- lenders

    /// @notice Supplies `assets` of the loan token from the caller, credited to `onBehalf`.
    function supply(uint256 assets, address onBehalf) external nonReentrant returns (uint256 shares) {
        if (assets == 0) revert ZeroAmount();
        if (onBehalf == address(0)) revert ZeroAddress();
        accrueInterest();
        shares = LoanMath.toSupplyShares(assets, totalSupplyAssets, totalSupplyShares, Math.Rounding.Floor);
        if (shares == 0) revert ZeroAmount();
        supplyShares[onBehalf] += shares;
        totalSupplyShares += shares;
        totalSupplyAssets += assets;
        emit Supply(msg.sender, onBehalf, assets, shares, totalSupplyAssets, totalSupplyShares);
        loanToken.safeTransferFrom(msg.sender, address(this), assets);
    }

    /// @notice Withdraws `assets` of the caller's supply to `receiver`;
    /// type(uint256).max withdraws all of it.
    function withdraw(uint256 assets, address receiver) external nonReentrant returns (uint256 shares) {
        if (assets == 0) revert ZeroAmount();
        if (receiver == address(0)) revert ZeroAddress();
        accrueInterest();
        uint256 owned = supplyShares[msg.sender];
        if (assets == type(uint256).max) {
            shares = owned;
            assets = LoanMath.toSupplyAssets(shares, totalSupplyAssets, totalSupplyShares, Math.Rounding.Floor);
            if (assets == 0) revert ZeroAmount();
        } else {
            shares = LoanMath.toSupplyShares(assets, totalSupplyAssets, totalSupplyShares, Math.Rounding.Ceil);
        }
        if (shares > owned) {
            revert InsufficientSupply(
                assets, LoanMath.toSupplyAssets(owned, totalSupplyAssets, totalSupplyShares, Math.Rounding.Floor)
            );
        }
        uint256 available = _liquidity();
        if (assets > available) revert InsufficientLiquidity(assets, available);
        supplyShares[msg.sender] = owned - shares;
        totalSupplyShares -= shares;
        totalSupplyAssets -= assets;
        emit Withdraw(msg.sender, receiver, assets, shares, totalSupplyAssets, totalSupplyShares);
        loanToken.safeTransfer(receiver, assets);
    }

    // ---------------------------------------------------------------- borrowers

    /// @notice Deposits `assets` of collateral from the caller, credited to `onBehalf`.
    function depositCollateral(uint256 assets, address onBehalf) external nonReentrant {
        if (assets == 0) revert ZeroAmount();
        if (onBehalf == address(0)) revert ZeroAddress();
        uint256 balance = collateral[onBehalf] + assets;
        collateral[onBehalf] = balance;
        totalCollateral += assets;
        emit DepositCollateral(msg.sender, onBehalf, assets, balance, totalCollateral);
        collateralToken.safeTransferFrom(msg.sender, address(this), assets);
    }

    /// @notice Withdraws `assets` of the caller's collateral to `receiver`; the position's
    /// LTV may not end above maxBorrowLtv.
    function withdrawCollateral(uint256 assets, address receiver) external nonReentrant {
        if (assets == 0) revert ZeroAmount();
        if (receiver == address(0)) revert ZeroAddress();
        uint256 balance = collateral[msg.sender];
        if (assets > balance) revert InsufficientCollateral(assets, balance);
        balance -= assets;
        collateral[msg.sender] = balance;
        totalCollateral -= assets;
        if (borrowShares[msg.sender] != 0) {
            accrueInterest();
            _requireBorrowable(msg.sender);
        }
        emit WithdrawCollateral(msg.sender, receiver, assets, balance, totalCollateral);
        collateralToken.safeTransfer(receiver, assets);
    }

    /// @notice Borrows `assets` of the loan token against the caller's collateral, sent to
    /// `receiver`; the position's LTV may not end above maxBorrowLtv.
    function borrow(uint256 assets, address receiver) external nonReentrant returns (uint256 shares) {
        if (assets == 0) revert ZeroAmount();
        if (receiver == address(0)) revert ZeroAddress();
        accrueInterest();
        uint256 available = _liquidity();
        if (assets > available) revert InsufficientLiquidity(assets, available);
        shares = LoanMath.toBorrowShares(assets, borrowIndex, Math.Rounding.Ceil);
        uint256 owed = borrowShares[msg.sender] + shares;
        borrowShares[msg.sender] = owed;
        totalBorrowShares += shares;
        totalBorrowAssets += assets;
        _requireBorrowable(msg.sender);
        emit Borrow(msg.sender, receiver, assets, shares, owed, totalBorrowAssets, totalBorrowShares);
        loanToken.safeTransfer(receiver, assets);
    }

    /// @notice Repays up to `assets` of `onBehalf`'s debt from the caller; repays at most
    /// what is owed, so type(uint256).max repays everything.
    function repay(uint256 assets, address onBehalf) external nonReentrant returns (uint256 repaid) {
        if (assets == 0) revert ZeroAmount();
        if (onBehalf == address(0)) revert ZeroAddress();
        accrueInterest();
        uint256 owed = borrowShares[onBehalf];
        uint256 debt = LoanMath.toDebt(owed, borrowIndex);
        if (debt == 0) revert ZeroAmount();
        uint256 shares;
        if (assets >= debt) {
            (repaid, shares) = (debt, owed);
        } else {
            (repaid, shares) = (assets, LoanMath.toBorrowShares(assets, borrowIndex, Math.Rounding.Floor));
        }
        owed -= shares;
        borrowShares[onBehalf] = owed;
        totalBorrowShares -= shares;
        totalBorrowAssets = _subFloorZero(totalBorrowAssets, repaid);
        emit Repay(msg.sender, onBehalf, repaid, shares, owed, totalBorrowAssets, totalBorrowShares);
        loanToken.safeTransferFrom(msg.sender, address(this), repaid);
    }

    // ---------------------------------------------------------------- liquidators

    /// @notice Liquidates `borrower`, whose LTV must be at least liquidationLtv: repays at most
    /// `maxRepayAssets` and at most what restores liquidationTargetLtv, and seizes the repaid
    /// value plus the bonus in collateral. A position whose collateral cannot cover that is
    /// closed: all collateral is seized and the uncovered debt is written off against lenders.
    function liquidate(address borrower, uint256 maxRepayAssets)
        external
        nonReentrant
        returns (uint256 repaid, uint256 seized)
    {
        if (maxRepayAssets == 0) revert ZeroAmount();
        accrueInterest();
        uint256 price = collateralPrice();
        uint256 badDebt;
        (repaid, seized, badDebt) = _settleLiquidation(borrower, price, maxRepayAssets);
        emit Liquidate(
            msg.sender,
            borrower,
            repaid,
            seized,
            badDebt,
            price,
            borrowShares[borrower],
            collateral[borrower],
            totalBorrowAssets,
            totalBorrowShares,
            totalSupplyAssets,
            totalCollateral
        );
        collateralToken.safeTransfer(msg.sender, seized);
        if (repaid != 0) loanToken.safeTransferFrom(msg.sender, address(this), repaid);
    }

    /// @dev Checks that `borrower` is liquidatable at `price` and books the liquidation.
    function _settleLiquidation(address borrower, uint256 price, uint256 maxRepayAssets)
        internal
        returns (uint256 repaid, uint256 seized, uint256 badDebt)
    {
        uint256 owed = borrowShares[borrower];
        uint256 held = collateral[borrower];
        uint256 debt = LoanMath.toDebt(owed, borrowIndex);
        uint256 current = LoanMath.ltv(debt, held, price, valueMul, valueDiv);
        if (debt == 0 || current < liquidationLtv) revert NotLiquidatable(current, liquidationLtv);

        (repaid, seized, badDebt) = LoanMath.liquidation(
            debt, held, price, maxRepayAssets, liquidationTargetLtv, liquidationBonus, valueMul, valueDiv
        );
        if (repaid == 0 && seized == 0) revert ZeroAmount();

        // A closed position burns all its shares (repaid and written off). Otherwise, as in
        // repay, the repaid assets buy borrow shares rounded down: the debt falls by at most
        // what was repaid, so the sum of debts stays at least totalBorrowAssets.
        uint256 burned = badDebt != 0 || repaid == debt
            ? owed
            : Math.min(LoanMath.toBorrowShares(repaid, borrowIndex, Math.Rounding.Floor), owed);
        borrowShares[borrower] = owed - burned;
        totalBorrowShares -= burned;
        collateral[borrower] = held - seized;
        totalCollateral -= seized;
        totalBorrowAssets = _subFloorZero(totalBorrowAssets, repaid + badDebt);
        totalSupplyAssets = _subFloorZero(totalSupplyAssets, badDebt);
    }

    // ---------------------------------------------------------------- interest

    /// @notice Brings the borrow index and the totals up to this block.
    function accrueInterest() public {
        uint256 elapsed = block.timestamp - lastAccrual;
        if (elapsed == 0) return;
        lastAccrual = block.timestamp;
        (uint256 index, uint256 borrowed, uint256 interest) =
            LoanMath.accrue(borrowIndex, totalBorrowAssets, ratePerSecond, elapsed);
        borrowIndex = index;
        totalBorrowAssets = borrowed;
        totalSupplyAssets += interest;
        emit AccrueInterest(index, interest, borrowed, totalSupplyAssets);
    }

    /// @notice Sets the annual borrow rate (WAD), at most MAX_BORROW_RATE. Interest up to now
    /// accrues at the old rate.
    function setBorrowRate(uint256 newRate) external onlyOwner {
        if (newRate > MAX_BORROW_RATE) revert RateTooHigh(newRate, MAX_BORROW_RATE);
        accrueInterest();
        uint256 oldRate = borrowRate;
        borrowRate = newRate;
        ratePerSecond = LoanMath.ratePerSecond(newRate);
        emit BorrowRateSet(oldRate, newRate, ratePerSecond);
    }

    // ---------------------------------------------------------------- views

    /// @notice The collateral price from the feed, in feed units; reverts when it is stale
    /// or not positive.
    function collateralPrice() public view returns (uint256) {
        (, int256 answer,, uint256 updatedAt,) = priceFeed.latestRoundData();
        if (answer <= 0 || uint256(answer) > type(uint128).max) revert InvalidPrice(answer);
        if (updatedAt + maxPriceAge < block.timestamp) revert StalePrice(updatedAt, maxPriceAge);
        return uint256(answer);
    }

    /// @notice The borrow index with interest accrued up to this block.
    function currentBorrowIndex() public view returns (uint256 index) {
        (index,,) = LoanMath.accrue(borrowIndex, totalBorrowAssets, ratePerSecond, block.timestamp - lastAccrual);
    }

    /// @notice A borrower's collateral and debt, with interest up to this block.
    function position(address borrower) public view returns (uint256 collateral_, uint256 debt) {
        return (collateral[borrower], LoanMath.toDebt(borrowShares[borrower], currentBorrowIndex()));
    }

    /// @notice A borrower's LTV (WAD) at the current price and interest.
    function ltv(address borrower) public view returns (uint256) {
        (uint256 held, uint256 debt) = position(borrower);
        return LoanMath.ltv(debt, held, collateralPrice(), valueMul, valueDiv);
    }

    /// @notice Which of `borrowers` may be liquidated now (liquidate's own check: debt, and an
    /// LTV at the current price and accrued interest of at least liquidationLtv), at one read of
    /// the price: what a batch liquidator asks before it borrows for the batch.
    function liquidatable(address[] calldata borrowers) external view returns (bool[] memory out) {
        uint256 price = collateralPrice();
        uint256 index = currentBorrowIndex();
        out = new bool[](borrowers.length);
        for (uint256 i = 0; i < borrowers.length; i++) {
            uint256 debt = LoanMath.toDebt(borrowShares[borrowers[i]], index);
            out[i] = debt != 0 && LoanMath.ltv(debt, collateral[borrowers[i]], price, valueMul, valueDiv) >= liquidationLtv;
        }
    }

    /// @notice The price (feed units) at or below which the borrower can be liquidated.
    function liquidationPrice(address borrower) external view returns (uint256) {
        (uint256 held, uint256 debt) = position(borrower);
        return LoanMath.priceAtLtv(debt, held, liquidationLtv, valueMul, valueDiv);
    }

    /// @notice The price (feed units) at or below which the borrower is in margin call.
    function marginCallPrice(address borrower) external view returns (uint256) {
        (uint256 held, uint256 debt) = position(borrower);
        return LoanMath.priceAtLtv(debt, held, marginCallLtv, valueMul, valueDiv);
    }

    /// @notice A lender's supply in loan-token units, with interest up to the last accrual.
    function supplyBalance(address lender) external view returns (uint256) {
        return LoanMath.toSupplyAssets(supplyShares[lender], totalSupplyAssets, totalSupplyShares, Math.Rounding.Floor);
    }

    /// @notice Loan tokens available to borrow or withdraw.
    function liquidity() external view returns (uint256) {
        return _liquidity();
    }

    /// @notice Every risk parameter, as given at creation (borrowRate as it is now).
    function marketParams() external view returns (MarketParams memory) {
        return MarketParams({
            maxBorrowLtv: maxBorrowLtv,
            marginCallLtv: marginCallLtv,
            liquidationLtv: liquidationLtv,
            liquidationBonus: liquidationBonus,
            liquidationTargetLtv: liquidationTargetLtv,
            maxPriceAge: maxPriceAge,
            borrowRate: borrowRate
        });
    }

    function _liquidity() internal view returns (uint256) {
        return _subFloorZero(totalSupplyAssets, totalBorrowAssets);
    }

    function _requireBorrowable(address borrower) internal view {
        uint256 debt = LoanMath.toDebt(borrowShares[borrower], borrowIndex);
        uint256 current = LoanMath.ltv(debt, collateral[borrower], collateralPrice(), valueMul, valueDiv);
        if (current > maxBorrowLtv) revert LtvTooHigh(current, maxBorrowLtv);
    }

    function _subFloorZero(uint256 a, uint256 b) internal pure returns (uint256) {
        return a > b ? a - b : 0;
    }
}
