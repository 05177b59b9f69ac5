-- Each open position as the keeper sees it: its debt, LTV, status and liquidation and
-- margin-call prices, from market_live (see 00001, 00004 and 00011).
CREATE VIEW positions_live AS
WITH live AS (
    SELECT p.chain_id, p.market, p.borrower, p.collateral, p.borrow_shares, ml.margin_call_ltv, ml.liquidation_ltv,
           ml.heartbeat, ml.value_mul, ml.value_div, ml.loan_decimals, ml.feed_decimals, ml.price, ml.price_div,
           ml.price_updated_at, ml.price_at_bound, ml.as_of_block, ml.as_of_timestamp, ml.protocol,
           CASE WHEN ml.protocol = 'morpho-blue' THEN morpho_to_assets_up(p.borrow_shares, ml.morpho_borrow_assets, ml.total_borrow_shares)
                ELSE ltv_mul_div(p.borrow_shares, ml.borrow_index, 1000000000000000000000000000, true)
           END AS debt
    FROM positions p
    JOIN market_live ml USING (chain_id, market)
    WHERE p.collateral > 0 OR p.borrow_shares > 0
), valued AS (
    SELECT *, ltv_ltv(debt, collateral, price, value_mul, value_div) AS ltv_wad,
           CASE WHEN protocol = 'morpho-blue' THEN morpho_price_at_ltv(debt, collateral, liquidation_ltv)
                ELSE ltv_price_at_ltv(debt, collateral, liquidation_ltv, value_mul, value_div) END AS liquidation_price,
           CASE WHEN protocol = 'morpho-blue' THEN morpho_price_at_ltv(debt, collateral, margin_call_ltv)
                ELSE ltv_price_at_ltv(debt, collateral, margin_call_ltv, value_mul, value_div) END AS margin_call_price
    FROM live
)
SELECT chain_id, market, borrower, collateral, debt, borrow_shares, price, price_updated_at,
       as_of_timestamp - price_updated_at > heartbeat AS price_stale,
       ltv_wad, ltv_wad / 1e18 AS ltv,
       CASE
           WHEN ltv_wad IS NULL THEN 'unknown'
           WHEN protocol = 'morpho-blue' AND NOT morpho_healthy(debt, collateral, price, liquidation_ltv) THEN 'liquidatable'
           WHEN protocol <> 'morpho-blue' AND ltv_wad >= liquidation_ltv THEN 'liquidatable'
           WHEN ltv_wad >= margin_call_ltv THEN 'margin_call'
           ELSE 'healthy'
       END AS status,
       liquidation_price, margin_call_price,
       liquidation_price / price_div AS liquidation_price_usd,
       debt / 10::numeric ^ loan_decimals AS debt_usd,
       as_of_block, as_of_timestamp, price_at_bound, protocol
FROM valued;
COMMENT ON VIEW positions_live IS 'Each open position with interest accrued to the latest indexed block time, its LTV at the latest indexed price, status, and liquidation and margin-call prices (price units, and USD). Morpho Blue: debt is toAssetsUp of the borrow shares at the total borrow assets with interest since the last accrual at that accrual''s rate; prices are the oracle''s (1e36-scaled); liquidatable is Morpho''s health check.';
