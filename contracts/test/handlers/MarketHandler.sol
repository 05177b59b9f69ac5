// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {LendingMarket} from "../../src/LendingMarket.sol";
import {IMarketErrors, IMarketEvents} from "../../src/interfaces/ILendingMarket.sol";
import {MockERC20} from "../../src/dev/MockERC20.sol";
import {MockPriceFeed} from "../../src/dev/MockPriceFeed.sol";
import {Vm, decimalString} from "../utils/Test.sol";

/// @notice Drives a LendingMarket with random lender, borrower, liquidator, price and time
/// actions. It never reverts (fail_on_revert): inputs are bounded, and actions the market may
/// legitimately reject go through try/catch. Property breaches seen during an action are
/// recorded as ghost flags that the invariant test asserts.
contract MarketHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    uint256 internal constant WAD = 1e18;
    int256 internal constant PRICE_UNIT = 1e8;
    int256 internal constant MIN_PRICE = 100 * PRICE_UNIT;
    int256 internal constant MAX_PRICE = 10_000_000 * PRICE_UNIT;

    LendingMarket public immutable market;
    MockERC20 public immutable wbtc;
    MockERC20 public immutable usdc;
    MockPriceFeed public immutable feed;
    address public immutable owner;
    address public immutable liquidator;

    address[] internal _lenders;
    address[] internal _borrowers;

    uint256 internal immutable maxBorrowLtv;
    uint256 internal immutable liquidationLtv;
    uint256 internal immutable valueMul;
    uint256 internal immutable valueDiv;

    /// @notice The block time and price the handler keeps the chain at.
    uint256 public currentTime;
    int256 public currentPrice;

    // ------------------------------------------------------------ ghost flags
    // Each flag is set at the first breach; its detail says what was seen.

    bool public ownActionAboveMaxLtv;
    string public ownActionDetail;
    bool public liquidationRaisedLtv;
    string public liquidationRaiseDetail;
    bool public badDebtWithCollateralLeft;
    string public badDebtDetail;
    bool public liquidatedBelowThreshold;
    string public belowThresholdDetail;
    bool public unexpectedRevert;
    string public unexpectedRevertDetail;
    bool public eventMismatch;
    string public eventMismatchDetail;

    // ------------------------------------------------------------ ghost counters

    uint256 public calls;
    uint256 public liquidations;
    uint256 public badDebtLiquidations;
    uint256 public rejectedLiquidations; // NotLiquidatable, as required
    uint256 public stuckPositions; // debt > 0, no collateral, liquidation cannot close it
    uint256 public roundingLtvRises; // liquidations whose rounded LTV rose by rounding only
    uint256 public borrows;
    uint256 public repays;
    uint256 public crashes;

    constructor(
        LendingMarket market_,
        MockERC20 wbtc_,
        MockERC20 usdc_,
        MockPriceFeed feed_,
        address owner_,
        address[] memory lenders_,
        address[] memory borrowers_,
        address liquidator_,
        int256 startPrice
    ) {
        market = market_;
        wbtc = wbtc_;
        usdc = usdc_;
        feed = feed_;
        owner = owner_;
        _lenders = lenders_;
        _borrowers = borrowers_;
        liquidator = liquidator_;
        maxBorrowLtv = market_.maxBorrowLtv();
        liquidationLtv = market_.liquidationLtv();
        valueMul = market_.valueMul();
        valueDiv = market_.valueDiv();
        currentTime = block.timestamp;
        currentPrice = startPrice;
    }

    function lenders() external view returns (address[] memory) {
        return _lenders;
    }

    function borrowers() external view returns (address[] memory) {
        return _borrowers;
    }

    /// @dev Every action starts here, so the chain is at the handler's time whether or not
    /// forge carries warps over between calls.
    modifier step() {
        vm.warp(currentTime);
        calls++;
        _;
    }

    // ------------------------------------------------------------ lenders

    function supply(uint256 actorSeed, uint256 assets) external step {
        address lender = _lenders[actorSeed % _lenders.length];
        assets = _bound(assets, 1, 5_000_000e6);
        usdc.mint(lender, assets);
        _callMarketAs(
            lender,
            abi.encodeCall(market.supply, (assets, lender)),
            IMarketErrors.ZeroAmount.selector,
            bytes4(0),
            "supply"
        );
    }

    function withdraw(uint256 actorSeed, uint256 assets, bool all) external step {
        address lender = _lenders[actorSeed % _lenders.length];
        if (market.supplyShares(lender) == 0) return;
        if (all) {
            _callMarketAs(
                lender,
                abi.encodeCall(market.withdraw, (type(uint256).max, lender)),
                IMarketErrors.InsufficientLiquidity.selector,
                IMarketErrors.ZeroAmount.selector,
                "withdraw all"
            );
            return;
        }
        uint256 cap = _min(market.supplyBalance(lender), market.liquidity());
        if (cap == 0) return;
        assets = _bound(assets, 1, cap);
        _callMarketAs(
            lender, abi.encodeCall(market.withdraw, (assets, lender)), "withdraw within balance and liquidity"
        );
    }

    // ------------------------------------------------------------ borrowers

    function depositCollateral(uint256 actorSeed, uint256 assets) external step {
        address borrower = _borrowers[actorSeed % _borrowers.length];
        assets = _bound(assets, 1, 10e8);
        wbtc.mint(borrower, assets);
        _callMarketAs(borrower, abi.encodeCall(market.depositCollateral, (assets, borrower)), "depositCollateral");
    }

    /// @param mode 0 mod 4 tries any amount up to the whole collateral (the market may refuse);
    /// otherwise the amount stays within what keeps LTV at or below maxBorrowLtv.
    function withdrawCollateral(uint256 actorSeed, uint256 assets, uint256 mode) external step {
        address borrower = _borrowers[actorSeed % _borrowers.length];
        (uint256 held, uint256 debt) = market.position(borrower);
        if (held == 0) return;
        uint256 cap = mode % 4 == 0 ? held : _freeCollateral(held, debt);
        if (cap == 0) return;
        assets = _bound(assets, 1, cap);
        vm.prank(borrower);
        try market.withdrawCollateral(assets, borrower) {
            _checkOwnAction(borrower, "withdrawCollateral");
        } catch (bytes memory err) {
            _expectOneOf(err, IMarketErrors.LtvTooHigh.selector, bytes4(0), "withdrawCollateral");
        }
    }

    /// @param mode 0 mod 4 tries any amount up to twice the collateral's maximum debt (the
    /// market may refuse); 1 borrows all the headroom up to maxBorrowLtv; otherwise a random
    /// amount within maxBorrowLtv and liquidity.
    function borrow(uint256 actorSeed, uint256 assets, uint256 mode) external step {
        address borrower = _borrowers[actorSeed % _borrowers.length];
        (uint256 held, uint256 debt) = market.position(borrower);
        uint256 maxDebt = _value(held) * maxBorrowLtv / WAD;
        uint256 cap;
        if (mode % 4 == 0) {
            cap = 2 * maxDebt + 1;
        } else {
            cap = _min(maxDebt > debt + 1 ? maxDebt - debt - 1 : 0, market.liquidity());
        }
        if (cap == 0) return;
        assets = mode % 4 == 1 ? cap : _bound(assets, 1, cap);
        vm.prank(borrower);
        try market.borrow(assets, borrower) {
            borrows++;
            _checkOwnAction(borrower, "borrow");
        } catch (bytes memory err) {
            _expectOneOf(err, IMarketErrors.LtvTooHigh.selector, IMarketErrors.InsufficientLiquidity.selector, "borrow");
        }
    }

    function repay(uint256 actorSeed, uint256 assets, bool all) external step {
        address borrower = _borrowers[actorSeed % _borrowers.length];
        (, uint256 debt) = market.position(borrower);
        if (debt == 0) return;
        assets = all ? type(uint256).max : _bound(assets, 1, debt);
        usdc.mint(borrower, debt);
        vm.prank(borrower);
        try market.repay(assets, borrower) {
            repays++;
        } catch (bytes memory err) {
            _expectOneOf(err, bytes4(0), bytes4(0), "repay");
        }
    }

    // ------------------------------------------------------------ liquidator

    struct Snapshot {
        uint256 ltv;
        uint256 held;
        uint256 debt;
        uint256 supplyAssets;
    }

    /// @param actorSeed picks the borrower: the first liquidatable one from there on, or if
    /// there is none that one itself (to check that it cannot be liquidated).
    /// @param mode 0 mod 3 offers to repay the whole debt, 1 a random amount up to it,
    /// 2 a dust amount of at most 1,000 base units.
    function liquidate(uint256 actorSeed, uint256 maxRepay, uint256 mode) external step {
        uint256 n = _borrowers.length;
        address borrower = _borrowers[actorSeed % n];
        for (uint256 i = 0; i < n; i++) {
            address candidate = _borrowers[(actorSeed % n + i) % n];
            if (market.ltv(candidate) >= liquidationLtv) {
                borrower = candidate;
                break;
            }
        }
        Snapshot memory before = _snapshot(borrower);
        if (before.debt == 0) return;

        if (before.ltv < liquidationLtv) {
            _checkNotLiquidatable(borrower, _bound(maxRepay, 1, before.debt), before.ltv);
            return;
        }

        if (mode % 3 == 0) maxRepay = before.debt;
        else if (mode % 3 == 1) maxRepay = _bound(maxRepay, 1, before.debt);
        else maxRepay = _bound(maxRepay, 1, 1_000);

        usdc.mint(liquidator, before.debt);
        vm.recordLogs();
        vm.prank(liquidator);
        try market.liquidate(borrower, maxRepay) returns (uint256 repaid, uint256 seized) {
            liquidations++;
            _afterLiquidation(borrower, before, repaid, seized);
        } catch (bytes memory err) {
            vm.getRecordedLogs();
            if (before.held == 0 && _selector(err) == IMarketErrors.ZeroAmount.selector) {
                // Debt with no collateral at all: nothing to seize, nothing to repay, and the
                // market has no other way to write the debt off.
                stuckPositions++;
                return;
            }
            _expectOneOf(err, IMarketErrors.RepayTooSmall.selector, bytes4(0), "liquidate above liquidationLtv");
        }
    }

    // ------------------------------------------------------------ environment

    /// @param up raises the price by up to 100%, else lowers it by up to 20%.
    function movePrice(bool up, uint256 pct) external step {
        int256 price = currentPrice;
        if (up) price = price * int256(100 + _bound(pct, 0, 100)) / 100;
        else price = price * int256(100 - _bound(pct, 0, 20)) / 100;
        _setPrice(price);
    }

    /// @notice Crashes the price by 20-60%.
    function crashPrice(uint256 pct) external step {
        crashes++;
        _setPrice(currentPrice * int256(100 - _bound(pct, 20, 60)) / 100);
    }

    /// @dev The price stays within [$100, $10,000,000]; at $100 a satoshi is worth one USDC base unit.
    function _setPrice(int256 price) internal {
        if (price < MIN_PRICE) price = MIN_PRICE;
        if (price > MAX_PRICE) price = MAX_PRICE;
        currentPrice = price;
        feed.setPrice(price);
    }

    /// @notice Moves time forward by 1 minute to 30 days, then refreshes the feed.
    function warp(uint256 secondsAhead) external step {
        currentTime += _bound(secondsAhead, 1 minutes, 30 days);
        vm.warp(currentTime);
        feed.setPrice(currentPrice);
    }

    function setBorrowRate(uint256 rate) external step {
        rate = _bound(rate, 0, market.MAX_BORROW_RATE());
        vm.prank(owner);
        market.setBorrowRate(rate);
    }

    // ------------------------------------------------------------ checks

    function _checkOwnAction(address borrower, string memory action) internal {
        uint256 current = market.ltv(borrower);
        if (current > maxBorrowLtv && !ownActionAboveMaxLtv) {
            ownActionAboveMaxLtv = true;
            ownActionDetail = string.concat(action, " left LTV at ", decimalString(current));
        }
    }

    function _checkNotLiquidatable(address borrower, uint256 maxRepay, uint256 current) internal {
        usdc.mint(liquidator, maxRepay);
        vm.prank(liquidator);
        try market.liquidate(borrower, maxRepay) {
            if (!liquidatedBelowThreshold) {
                liquidatedBelowThreshold = true;
                belowThresholdDetail = string.concat("liquidated at LTV ", decimalString(current));
            }
        } catch (bytes memory err) {
            if (_selector(err) == IMarketErrors.NotLiquidatable.selector) {
                rejectedLiquidations++;
            } else if (!liquidatedBelowThreshold) {
                liquidatedBelowThreshold = true;
                belowThresholdDetail = "below liquidationLtv, liquidate reverted without NotLiquidatable";
            }
        }
    }

    function _afterLiquidation(address borrower, Snapshot memory before, uint256 repaid, uint256 seized) internal {
        Snapshot memory afterwards = _snapshot(borrower);
        (uint256[10] memory ev, uint256 accruedSupply) = _liquidateEvent(borrower, before.supplyAssets);
        // ev: repaid, seized, badDebt, price, borrowShares, collateral, tba, tbs, tsa, tc
        uint256 badDebt = ev[2];
        if (badDebt != 0) badDebtLiquidations++;

        if (
            ev[0] != repaid || ev[1] != seized || afterwards.held != before.held - seized
                || ev[4] != market.borrowShares(borrower) || ev[5] != afterwards.held
                || ev[9] != market.totalCollateral() || ev[8] != market.totalSupplyAssets()
                || afterwards.supplyAssets != (accruedSupply > badDebt ? accruedSupply - badDebt : 0)
        ) {
            _eventMismatch("Liquidate event or state change inconsistent with the call");
        }

        if (afterwards.debt != 0 && afterwards.held != 0 && afterwards.ltv > before.ltv) {
            _checkLtvRise(before, afterwards, ev[3], repaid, seized);
        }

        if (badDebt != 0 && (afterwards.held != 0 || seized != before.held) && !badDebtWithCollateralLeft) {
            badDebtWithCollateralLeft = true;
            badDebtDetail = string.concat(
                "bad debt ",
                decimalString(badDebt),
                " written off with collateral left ",
                decimalString(afterwards.held)
            );
        }
    }

    /// @dev A partial liquidation moves LTV = debt / value towards the target, but the market
    /// rounds value down, debt up to whole base units and the burned borrow shares down (as in
    /// repay), so next to the bad-debt boundary (LTV ~ 1 / (1 + bonus)), where a liquidation
    /// barely moves the exact LTV, the rounded LTV can tick up by a few parts in a billion.
    /// Such rises are counted in roundingLtvRises; a rise that survives one borrow share
    /// (ceil(index / RAY) base units) of slack on debt and one base unit on value,
    /// (debtAfter - share) / (valueAfter + 1) > debtBefore / valueBefore, is a breach.
    function _checkLtvRise(
        Snapshot memory before,
        Snapshot memory afterwards,
        uint256 price,
        uint256 repaid,
        uint256 seized
    ) internal {
        roundingLtvRises++;
        uint256 valueBefore = _valueAt(before.held, price);
        uint256 valueAfter = _valueAt(afterwards.held, price);
        uint256 share = _ceilDiv(market.borrowIndex(), 1e27);
        uint256 debtLessShare = afterwards.debt > share ? afterwards.debt - share : 0;
        if (debtLessShare * valueBefore <= before.debt * (valueAfter + 1)) return;
        if (!liquidationRaisedLtv) {
            liquidationRaisedLtv = true;
            liquidationRaiseDetail = string.concat(
                "LTV ",
                decimalString(before.ltv),
                " -> ",
                decimalString(afterwards.ltv),
                " (repaid ",
                decimalString(repaid),
                ", seized ",
                decimalString(seized),
                ", debt ",
                decimalString(before.debt),
                " -> ",
                decimalString(afterwards.debt),
                ")"
            );
        }
    }

    /// @return ev the Liquidate event's data; accruedSupply totalSupplyAssets after the call's
    /// interest accrual (from AccrueInterest, else `supplyBefore`).
    function _liquidateEvent(address borrower, uint256 supplyBefore)
        internal
        returns (uint256[10] memory ev, uint256 accruedSupply)
    {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bool found;
        accruedSupply = supplyBefore;
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].emitter == address(market) && logs[i].topics[0] == IMarketEvents.AccrueInterest.selector) {
                (,,, accruedSupply) = abi.decode(logs[i].data, (uint256, uint256, uint256, uint256));
            }
            if (
                logs[i].emitter == address(market) && logs[i].topics.length == 3
                    && logs[i].topics[0] == IMarketEvents.Liquidate.selector
                    && logs[i].topics[2] == bytes32(uint256(uint160(borrower)))
            ) {
                ev = abi.decode(logs[i].data, (uint256[10]));
                found = true;
            }
        }
        if (!found) _eventMismatch("no Liquidate event");
    }

    function _snapshot(address borrower) internal view returns (Snapshot memory s) {
        (s.held, s.debt) = market.position(borrower);
        s.ltv = market.ltv(borrower);
        s.supplyAssets = market.totalSupplyAssets();
    }

    function _eventMismatch(string memory detail) internal {
        if (!eventMismatch) {
            eventMismatch = true;
            eventMismatchDetail = detail;
        }
    }

    /// @dev Calls the market as `who`, which must not revert.
    function _callMarketAs(address who, bytes memory call, string memory action) internal {
        _callMarketAs(who, call, bytes4(0), bytes4(0), action);
    }

    /// @dev Calls the market as `who`; a revert must be one of the allowed errors (see _expectOneOf).
    function _callMarketAs(address who, bytes memory call, bytes4 allowedA, bytes4 allowedB, string memory action)
        internal
    {
        vm.prank(who);
        (bool ok, bytes memory err) = address(market).call(call);
        if (!ok) _expectOneOf(err, allowedA, allowedB, action);
    }

    /// @dev Records an unexpected revert unless `err` is one of the allowed selectors
    /// (bytes4(0) allows nothing).
    function _expectOneOf(bytes memory err, bytes4 allowedA, bytes4 allowedB, string memory action) internal {
        bytes4 sel = _selector(err);
        if (sel != bytes4(0) && (sel == allowedA || sel == allowedB)) return;
        if (!unexpectedRevert) {
            unexpectedRevert = true;
            unexpectedRevertDetail = string.concat(action, " reverted with selector ", decimalString(uint32(sel)));
        }
    }

    // ------------------------------------------------------------ math helpers

    function _value(uint256 held) internal view returns (uint256) {
        return _valueAt(held, uint256(currentPrice));
    }

    function _valueAt(uint256 held, uint256 price) internal view returns (uint256) {
        return held * price * valueMul / valueDiv;
    }

    /// @dev Collateral that can leave while LTV stays at or below maxBorrowLtv, with a unit of
    /// slack for rounding.
    function _freeCollateral(uint256 held, uint256 debt) internal view returns (uint256) {
        if (debt == 0) return held;
        uint256 neededValue = _ceilDiv(debt * WAD, maxBorrowLtv);
        uint256 needed = _ceilDiv(neededValue * valueDiv, uint256(currentPrice) * valueMul) + 1;
        return held > needed ? held - needed : 0;
    }

    function _selector(bytes memory err) internal pure returns (bytes4 sel) {
        if (err.length < 4) return bytes4(0);
        assembly {
            sel := mload(add(err, 32))
        }
    }

    function _bound(uint256 x, uint256 lo, uint256 hi) internal pure returns (uint256) {
        if (x >= lo && x <= hi) return x;
        uint256 size = hi - lo + 1;
        if (size == 0) return x;
        return lo + (x % size);
    }

    function _min(uint256 a, uint256 b) internal pure returns (uint256) {
        return a < b ? a : b;
    }

    function _ceilDiv(uint256 a, uint256 b) internal pure returns (uint256) {
        return a == 0 ? 0 : (a - 1) / b + 1;
    }
}
