-- Prices as Chainlink publishes them: a market's feed is usually a proxy that forwards to its
-- current aggregator, and the aggregator emits the AnswerUpdated events. feed_aggregators says
-- which aggregator stood behind each feed from which block on (the proxy's phase), so that a
-- round is stored with the proxy's round id (phaseId << 64 | the aggregator's round) and the
-- aggregator that published it. A feed that is no proxy is its own aggregator in phase 0.
--
-- Each price shown says whether it is stale (older than the market's heartbeat, which defaults
-- to its maxPriceAge) and whether it sits at its aggregator's minAnswer or maxAnswer, beyond
-- which the aggregator publishes nothing: the real price may then be past the last answer.

-- +goose Up
CREATE TABLE feed_aggregators (
    chain_id     bigint NOT NULL,
    factory      bytea  NOT NULL,
    price_feed   bytea  NOT NULL,
    block_number bigint NOT NULL,
    phase_id     int    NOT NULL,
    aggregator   bytea  NOT NULL,
    min_answer   numeric(78, 0),
    max_answer   numeric(78, 0),
    PRIMARY KEY (chain_id, factory, price_feed, block_number)
);
COMMENT ON TABLE feed_aggregators IS 'The aggregator behind each market''s price feed from a block on: the proxy''s phase and aggregator (phase 0 and the feed itself for a feed that is no proxy), with the aggregator''s answer bounds (NULL when it has none).';
COMMENT ON COLUMN feed_aggregators.factory IS 'The factory whose indexer wrote the row.';

ALTER TABLE price_rounds ADD COLUMN aggregator bytea;
UPDATE price_rounds SET aggregator = price_feed;
ALTER TABLE price_rounds ALTER COLUMN aggregator SET NOT NULL;
COMMENT ON COLUMN price_rounds.aggregator IS 'The aggregator that published the round (the feed itself when it is no proxy).';
COMMENT ON COLUMN price_rounds.round_id IS 'The round id consumers of the feed see: for a proxy, phaseId << 64 | the aggregator''s round id.';

ALTER TABLE markets ADD COLUMN heartbeat bigint CHECK (heartbeat > 0);
COMMENT ON COLUMN markets.heartbeat IS 'Seconds after which the market''s latest price counts as stale; NULL: its max_price_age.';

-- The keeper's price alerts concern a market: their borrower is the zero address.
ALTER TABLE alerts DROP CONSTRAINT alerts_kind_check, ADD CONSTRAINT alerts_kind_check CHECK (kind IN ('margin_call', 'liquidated',
    'healthy', 'price_stale', 'price_stale_cleared', 'price_at_bound', 'price_at_bound_cleared'));
COMMENT ON COLUMN alerts.kind IS 'margin_call, liquidated or healthy for a position; price_stale or price_at_bound when a market''s price becomes stale or reaches its aggregator''s bound, with _cleared when that ends (borrower is then the zero address).';

CREATE OR REPLACE VIEW market_live AS
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

CREATE OR REPLACE VIEW positions_live AS
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
       ltv_accrued_index(s.borrow_index, s.rate_per_second, h.block_timestamp - s.last_accrual) AS borrow_index
FROM markets m
JOIN market_state s USING (chain_id, market)
JOIN head h USING (chain_id)
LEFT JOIN LATERAL (
    SELECT r.answer AS price, r.updated_at FROM price_rounds r
    WHERE r.chain_id = m.chain_id AND r.price_feed = m.price_feed
    ORDER BY r.block_number DESC, r.log_index DESC LIMIT 1
) lp ON true;
CREATE VIEW positions_live AS
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
-- +goose StatementEnd
ALTER TABLE markets DROP COLUMN heartbeat;
DELETE FROM alerts WHERE kind NOT IN ('margin_call', 'liquidated', 'healthy');
ALTER TABLE alerts DROP CONSTRAINT alerts_kind_check, ADD CONSTRAINT alerts_kind_check CHECK (kind IN ('margin_call', 'liquidated', 'healthy'));
ALTER TABLE price_rounds DROP COLUMN aggregator;
DROP TABLE feed_aggregators;
