// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {AggregatorV3Interface} from "./interfaces/AggregatorV3Interface.sol";
import {IMarketErrors, MarketParams} from "./interfaces/ILendingMarket.sol";
import {LendingMarket} from "./LendingMarket.sol";

/// @title MarketFactory
/// @notice Creates one isolated LendingMarket per collateral asset. MarketCreated carries
/// everything an indexer needs to discover and price a market from the factory alone: its
/// tokens, feed, risk parameters and the decimals that scale collateral value.
contract MarketFactory is IMarketErrors, Ownable {
    event MarketCreated(
        address indexed market,
        address indexed collateralToken,
        address indexed loanToken,
        address priceFeed,
        MarketParams params,
        uint8 collateralDecimals,
        uint8 loanDecimals,
        uint8 feedDecimals
    );

    /// @notice The market of each collateral token.
    mapping(address => address) public marketOf;
    address[] public markets;

    constructor(address initialOwner) Ownable(initialOwner) {}

    /// @notice Creates the market for `collateralToken`; the factory's owner owns it.
    function createMarket(
        IERC20 collateralToken,
        IERC20 loanToken,
        AggregatorV3Interface priceFeed,
        MarketParams calldata params
    ) external onlyOwner returns (address market) {
        address existing = marketOf[address(collateralToken)];
        if (existing != address(0)) revert MarketExists(address(collateralToken), existing);
        market = address(new LendingMarket(owner(), collateralToken, loanToken, priceFeed, params));
        marketOf[address(collateralToken)] = market;
        markets.push(market);
        emit MarketCreated(
            market,
            address(collateralToken),
            address(loanToken),
            address(priceFeed),
            params,
            IERC20Metadata(address(collateralToken)).decimals(),
            IERC20Metadata(address(loanToken)).decimals(),
            priceFeed.decimals()
        );
    }

    function marketCount() external view returns (uint256) {
        return markets.length;
    }

    /// @notice The default risk parameters: 50% max borrow, 65% margin call, 80% liquidation,
    /// 5% bonus, 70% liquidation target, 1 hour max price age, 2.9% APR.
    function defaultParams() external pure returns (MarketParams memory) {
        return MarketParams({
            maxBorrowLtv: 0.5e18,
            marginCallLtv: 0.65e18,
            liquidationLtv: 0.8e18,
            liquidationBonus: 0.05e18,
            liquidationTargetLtv: 0.7e18,
            maxPriceAge: 1 hours,
            borrowRate: 0.029e18
        });
    }
}
