-- Positions listed without computing every position: the market-wide part of positions_live
-- (interest accrued to the head, the latest price) is computed once per market, and indexes
-- give each order the API offers.
--
-- A position's LTV is borrow_shares × index ÷ (collateral × price), so within a market the
-- order by ltv_key (borrow_shares ÷ collateral) is the order by LTV up to rounding: price and
-- interest move every position of the market by the same factor. Package positions walks
-- these indexes and computes exact values only for the positions it returns.

-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION ltv_key(borrow_shares numeric, collateral numeric) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE
        WHEN borrow_shares = 0 THEN 0
        WHEN collateral = 0 THEN 'Infinity'::double precision
        ELSE borrow_shares::double precision / collateral::double precision
    END
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION ltv_key IS 'borrow_shares ÷ collateral as a float: the order of LTVs within a market, up to rounding.';

CREATE INDEX positions_ltv_key ON positions (chain_id, market, ltv_key(borrow_shares, collateral) DESC, borrower)
    WHERE borrow_shares > 0;
CREATE INDEX positions_shares ON positions (chain_id, market, borrow_shares DESC, borrower)
    WHERE collateral > 0 OR borrow_shares > 0;
CREATE INDEX positions_collateral ON positions (chain_id, market, collateral DESC, borrower)
    WHERE collateral > 0 OR borrow_shares > 0;
CREATE INDEX positions_no_debt ON positions (chain_id, market, borrower)
    WHERE borrow_shares = 0 AND collateral > 0;
CREATE INDEX positions_borrower ON positions (borrower);

CREATE VIEW market_live AS
WITH head AS (
    SELECT chain_id, max(block_number) AS block_number, max(block_timestamp) AS block_timestamp
    FROM checkpoints GROUP BY chain_id
)
SELECT m.chain_id, m.market, m.margin_call_ltv, m.liquidation_ltv, m.max_price_age,
       (10::numeric ^ m.loan_decimals)::numeric(78, 0) AS value_mul,
       (10::numeric ^ (m.collateral_decimals + m.feed_decimals))::numeric(78, 0) AS value_div,
       m.collateral_decimals, m.loan_decimals, m.feed_decimals, lp.price, lp.updated_at AS price_updated_at,
       h.block_number AS as_of_block, h.block_timestamp AS as_of_timestamp,
       ltv_accrued_index(s.borrow_index, s.rate_per_second, h.block_timestamp - s.last_accrual) AS borrow_index
FROM markets m
JOIN market_state s USING (chain_id, market)
JOIN head h USING (chain_id)
LEFT JOIN LATERAL (
    SELECT r.answer AS price, r.updated_at FROM price_rounds r
    WHERE r.chain_id = m.chain_id AND r.price_feed = m.price_feed
    ORDER BY r.block_number DESC, r.log_index DESC LIMIT 1
) lp ON true;
COMMENT ON VIEW market_live IS 'Each market''s borrow index accrued to the latest indexed block time and its latest indexed price: what positions_live applies to every position of the market.';

CREATE OR REPLACE VIEW positions_live AS
WITH live AS (
    SELECT p.chain_id, p.market, p.borrower, p.collateral, p.borrow_shares, ml.margin_call_ltv, ml.liquidation_ltv,
           ml.max_price_age, ml.value_mul, ml.value_div, ml.loan_decimals, ml.feed_decimals, ml.price,
           ml.price_updated_at, ml.as_of_block, ml.as_of_timestamp,
           ltv_mul_div(p.borrow_shares, ml.borrow_index, 1000000000000000000000000000, true) AS debt
    FROM positions p
    JOIN market_live ml USING (chain_id, market)
    WHERE p.collateral > 0 OR p.borrow_shares > 0
), valued AS (
    SELECT *, ltv_ltv(debt, collateral, price, value_mul, value_div) AS ltv_wad FROM live
)
SELECT chain_id, market, borrower, collateral, debt, borrow_shares, price, price_updated_at,
       as_of_timestamp - price_updated_at > max_price_age AS price_stale,
       ltv_wad, ltv_wad / 1e18 AS ltv,
       CASE
           WHEN ltv_wad IS NULL THEN 'unknown'
           WHEN ltv_wad >= liquidation_ltv THEN 'liquidatable'
           WHEN ltv_wad >= margin_call_ltv THEN 'margin_call'
           ELSE 'healthy'
       END AS status,
       ltv_price_at_ltv(debt, collateral, liquidation_ltv, value_mul, value_div) AS liquidation_price,
       ltv_price_at_ltv(debt, collateral, margin_call_ltv, value_mul, value_div) AS margin_call_price,
       ltv_price_at_ltv(debt, collateral, liquidation_ltv, value_mul, value_div) / 10::numeric ^ feed_decimals AS liquidation_price_usd,
       debt / 10::numeric ^ loan_decimals AS debt_usd,
       as_of_block, as_of_timestamp
FROM valued;

-- +goose Down
-- +goose StatementBegin
CREATE OR REPLACE VIEW positions_live AS
WITH head AS (
    SELECT chain_id, max(block_number) AS block_number, max(block_timestamp) AS block_timestamp
    FROM checkpoints GROUP BY chain_id
), latest_price AS (
    SELECT DISTINCT ON (chain_id, price_feed) chain_id, price_feed, answer AS price, updated_at
    FROM price_rounds
    ORDER BY chain_id, price_feed, block_number DESC, log_index DESC
), live AS (
    SELECT p.chain_id, p.market, p.borrower, p.collateral, p.borrow_shares, m.margin_call_ltv, m.liquidation_ltv, m.max_price_age,
           (10::numeric ^ m.loan_decimals)::numeric(78, 0) AS value_mul,
           (10::numeric ^ (m.collateral_decimals + m.feed_decimals))::numeric(78, 0) AS value_div,
           m.loan_decimals, m.feed_decimals, lp.price, lp.updated_at AS price_updated_at,
           h.block_number AS as_of_block, h.block_timestamp AS as_of_timestamp,
           ltv_mul_div(p.borrow_shares,
                       ltv_accrued_index(s.borrow_index, s.rate_per_second, h.block_timestamp - s.last_accrual),
                       1000000000000000000000000000, true) AS debt
    FROM positions p
    JOIN markets m USING (chain_id, market)
    JOIN market_state s USING (chain_id, market)
    JOIN head h USING (chain_id)
    LEFT JOIN latest_price lp ON lp.chain_id = p.chain_id AND lp.price_feed = m.price_feed
    WHERE p.collateral > 0 OR p.borrow_shares > 0
), valued AS (
    SELECT *, ltv_ltv(debt, collateral, price, value_mul, value_div) AS ltv_wad FROM live
)
SELECT chain_id, market, borrower, collateral, debt, borrow_shares, price, price_updated_at,
       as_of_timestamp - price_updated_at > max_price_age AS price_stale,
       ltv_wad, ltv_wad / 1e18 AS ltv,
       CASE
           WHEN ltv_wad IS NULL THEN 'unknown'
           WHEN ltv_wad >= liquidation_ltv THEN 'liquidatable'
           WHEN ltv_wad >= margin_call_ltv THEN 'margin_call'
           ELSE 'healthy'
       END AS status,
       ltv_price_at_ltv(debt, collateral, liquidation_ltv, value_mul, value_div) AS liquidation_price,
       ltv_price_at_ltv(debt, collateral, margin_call_ltv, value_mul, value_div) AS margin_call_price,
       ltv_price_at_ltv(debt, collateral, liquidation_ltv, value_mul, value_div) / 10::numeric ^ feed_decimals AS liquidation_price_usd,
       debt / 10::numeric ^ loan_decimals AS debt_usd,
       as_of_block, as_of_timestamp
FROM valued;
-- +goose StatementEnd
DROP VIEW market_live;
DROP INDEX positions_ltv_key, positions_shares, positions_collateral, positions_no_debt, positions_borrower;
DROP FUNCTION ltv_key;
