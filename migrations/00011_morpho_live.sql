-- Morpho Blue's positions in positions_live, beside ltvkeeper's.
--
-- A Morpho position's debt is its borrow shares converted with Morpho's own rounding
-- (SharesMathLib.toAssetsUp: shares × (total borrow assets + 1) ÷ (total borrow shares + 1e6),
-- rounded up) at the market's total borrow assets with the interest since its last accrual,
-- compounded as Morpho compounds it (MathLib.wTaylorCompounded) at the rate of that accrual
-- (AccrueInterest's prevBorrowRate): the IRM's next rate is known only when Morpho accrues
-- again. This is the debt Morpho's own API shows. Its LTV is that debt over the collateral's
-- value at the latest indexed oracle price (collateral × price ÷ 1e36, rounded down), rounded
-- up; it is liquidatable exactly when Morpho's health check fails; its margin-call line is the
-- market's margin_call_ltv (a fraction of the LLTV the indexer was given). Prices of a Morpho
-- market are its oracle's (collateral in loan-token units, scaled by 1e36); price_div turns
-- them into loan tokens per whole collateral token. The functions mirror package loanmath's
-- Morpho math to the wei (a test holds them equal).

-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION morpho_taylor_compounded(x numeric, n bigint) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT first + second + div(second * first, 3000000000000000000)
    FROM (SELECT first, div(first * first, 2000000000000000000) AS second FROM (SELECT x * n AS first) f) s
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION morpho_taylor_compounded IS 'MathLib.wTaylorCompounded: e^(x·n) − 1 to three terms, WAD.';

-- +goose StatementBegin
CREATE FUNCTION morpho_accrued_borrow_assets(total_borrow_assets numeric, rate numeric, elapsed bigint) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT total_borrow_assets + CASE WHEN elapsed <= 0 THEN 0
        ELSE div(total_borrow_assets * morpho_taylor_compounded(rate, elapsed), 1000000000000000000) END
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION morpho_accrued_borrow_assets IS 'A Morpho market''s total borrow assets with the interest of elapsed seconds at rate (WAD a second).';

-- +goose StatementBegin
CREATE FUNCTION morpho_to_assets_up(shares numeric, total_assets numeric, total_shares numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT ltv_mul_div(shares, total_assets + 1, total_shares + 1000000, true)
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION morpho_to_assets_up IS 'SharesMathLib.toAssetsUp: the assets of shares, with virtual assets (1) and shares (1e6), rounded up.';

-- +goose StatementBegin
CREATE FUNCTION morpho_healthy(debt numeric, collateral numeric, price numeric, lltv numeric) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT debt = 0 OR div(div(collateral * price, 1000000000000000000000000000000000000) * lltv, 1000000000000000000) >= debt
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION morpho_healthy IS 'Morpho._isHealthy of a position owing debt (rounded up): collateral × price ÷ 1e36 × lltv ÷ 1e18, each rounded down, covers it.';

-- +goose StatementBegin
CREATE FUNCTION morpho_price_at_ltv(debt numeric, collateral numeric, line_ltv numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE
        WHEN debt = 0 THEN 0
        WHEN collateral = 0 OR line_ltv = 0 THEN 115792089237316195423570985008687907853269984665640564039457584007913129639935
        ELSE least(ltv_mul_div(ltv_mul_div(debt, 1000000000000000000, line_ltv, true), 1000000000000000000000000000000000000, collateral, true),
                   115792089237316195423570985008687907853269984665640564039457584007913129639935)
    END
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION morpho_price_at_ltv IS 'The lowest oracle price (1e36-scaled) at which a Morpho position owing debt passes the health check at line_ltv (loanmath.MorphoLiquidationPrice).';

DROP VIEW positions_live;
DROP VIEW market_live;

CREATE VIEW market_live AS
WITH head AS (
    SELECT chain_id, max(block_number) AS block_number, max(block_timestamp) AS block_timestamp
    FROM checkpoints GROUP BY chain_id
), live AS (
    SELECT m.chain_id, m.market, m.protocol, m.margin_call_ltv, m.liquidation_ltv, m.max_price_age,
           m.collateral_decimals, m.loan_decimals, m.feed_decimals, m.heartbeat, m.price_feed, m.oracle, m.factory,
           h.block_number AS as_of_block, h.block_timestamp AS as_of_timestamp,
           s.borrow_index, s.rate_per_second, s.last_accrual, s.total_borrow_shares,
           CASE WHEN m.protocol = 'morpho-blue'
                THEN morpho_accrued_borrow_assets(s.total_borrow_assets, s.rate_per_second, h.block_timestamp - s.last_accrual)
           END AS morpho_borrow_assets
    FROM markets m
    JOIN market_state s USING (chain_id, market)
    JOIN head h USING (chain_id)
)
SELECT l.chain_id, l.market, l.margin_call_ltv, l.liquidation_ltv, l.max_price_age,
       CASE WHEN l.protocol = 'morpho-blue' THEN 1 ELSE (10::numeric ^ l.loan_decimals)::numeric(78, 0) END AS value_mul,
       CASE WHEN l.protocol = 'morpho-blue' THEN 1000000000000000000000000000000000000
            ELSE (10::numeric ^ (l.collateral_decimals + l.feed_decimals))::numeric(78, 0) END AS value_div,
       l.collateral_decimals, l.loan_decimals, l.feed_decimals, COALESCE(lp.price, op.price) AS price, lp.updated_at AS price_updated_at,
       l.as_of_block, l.as_of_timestamp,
       CASE WHEN l.protocol = 'morpho-blue'
            -- Morpho's debt per share (RAY, rounded up), for ordering: positions_live computes each debt exactly.
            THEN ltv_mul_div(l.morpho_borrow_assets + 1, 1000000000000000000000000000, l.total_borrow_shares + 1000000, true)
            ELSE ltv_accrued_index(l.borrow_index, l.rate_per_second, l.as_of_timestamp - l.last_accrual)
       END AS borrow_index,
       COALESCE(l.heartbeat, l.max_price_age) AS heartbeat,
       COALESCE(lp.price <= lp.min_answer OR lp.price >= lp.max_answer, false) AS price_at_bound,
       l.protocol, l.morpho_borrow_assets, l.total_borrow_shares,
       CASE WHEN l.protocol = 'morpho-blue' THEN 1000000000000000000000000000000000000 * 10::numeric ^ l.loan_decimals / 10::numeric ^ l.collateral_decimals
            ELSE 10::numeric ^ l.feed_decimals END AS price_div
FROM live l
LEFT JOIN LATERAL (
    SELECT r.answer AS price, r.updated_at, a.min_answer, a.max_answer FROM price_rounds r
    LEFT JOIN LATERAL (
        SELECT fa.min_answer, fa.max_answer FROM feed_aggregators fa
        WHERE fa.chain_id = r.chain_id AND fa.factory = r.factory AND fa.price_feed = r.price_feed
          AND fa.aggregator = r.aggregator AND fa.block_number <= r.block_number
        ORDER BY fa.block_number DESC LIMIT 1
    ) a ON true
    WHERE l.price_feed IS NOT NULL AND r.chain_id = l.chain_id AND r.price_feed = l.price_feed
    ORDER BY r.block_number DESC, r.log_index DESC LIMIT 1
) lp ON true
LEFT JOIN LATERAL (
    SELECT o.price FROM oracle_prices o
    WHERE l.oracle IS NOT NULL AND o.chain_id = l.chain_id AND o.factory = l.factory AND o.oracle = l.oracle
    ORDER BY o.block_number DESC LIMIT 1
) op ON true;
COMMENT ON VIEW market_live IS 'Each market''s debt per share accrued to the latest indexed block time (ltvkeeper: its borrow index; Morpho Blue: its accrued total borrow assets and shares), its latest indexed price (a Chainlink feed''s answer, or a Morpho oracle''s 1e36-scaled price()), its heartbeat and whether the price sits at its aggregator''s bounds: what positions_live applies to every position of the market.';

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

-- +goose Down
-- +goose StatementBegin
DROP VIEW positions_live;
DROP VIEW market_live;
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
       ltv_accrued_index(s.borrow_index, s.rate_per_second, h.block_timestamp - s.last_accrual) AS borrow_index,
       COALESCE(m.heartbeat, m.max_price_age) AS heartbeat,
       COALESCE(lp.price <= lp.min_answer OR lp.price >= lp.max_answer, false) AS price_at_bound
FROM markets m
JOIN market_state s USING (chain_id, market)
JOIN head h USING (chain_id)
LEFT JOIN LATERAL (
    SELECT r.answer AS price, r.updated_at, a.min_answer, a.max_answer FROM price_rounds r
    LEFT JOIN LATERAL (
        SELECT fa.min_answer, fa.max_answer FROM feed_aggregators fa
        WHERE fa.chain_id = r.chain_id AND fa.factory = r.factory AND fa.price_feed = r.price_feed
          AND fa.aggregator = r.aggregator AND fa.block_number <= r.block_number
        ORDER BY fa.block_number DESC LIMIT 1
    ) a ON true
    WHERE r.chain_id = m.chain_id AND r.price_feed = m.price_feed
    ORDER BY r.block_number DESC, r.log_index DESC LIMIT 1
) lp ON true;
COMMENT ON VIEW market_live IS 'Each market''s borrow index accrued to the latest indexed block time, its latest indexed price, its heartbeat and whether the price sits at its aggregator''s bounds: what positions_live applies to every position of the market.';

CREATE VIEW positions_live AS
WITH live AS (
    SELECT p.chain_id, p.market, p.borrower, p.collateral, p.borrow_shares, ml.margin_call_ltv, ml.liquidation_ltv,
           ml.heartbeat, ml.value_mul, ml.value_div, ml.loan_decimals, ml.feed_decimals, ml.price,
           ml.price_updated_at, ml.price_at_bound, ml.as_of_block, ml.as_of_timestamp,
           ltv_mul_div(p.borrow_shares, ml.borrow_index, 1000000000000000000000000000, true) AS debt
    FROM positions p
    JOIN market_live ml USING (chain_id, market)
    WHERE p.collateral > 0 OR p.borrow_shares > 0
), valued AS (
    SELECT *, ltv_ltv(debt, collateral, price, value_mul, value_div) AS ltv_wad FROM live
)
SELECT chain_id, market, borrower, collateral, debt, borrow_shares, price, price_updated_at,
       as_of_timestamp - price_updated_at > heartbeat AS price_stale,
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
       as_of_block, as_of_timestamp, price_at_bound
FROM valued;

COMMENT ON VIEW positions_live IS 'Each open position with interest accrued to the latest indexed block time, its LTV at the latest indexed price, status, and liquidation and margin-call prices (feed units, and USD).';
-- +goose StatementEnd
DROP FUNCTION morpho_price_at_ltv, morpho_healthy, morpho_to_assets_up, morpho_accrued_borrow_assets, morpho_taylor_compounded;
