-- Each market as of its own indexer's checkpoint, and staleness and bounds for Morpho markets
-- in the index, as the keeper watches them.
--
-- A market's debts and prices in market_live (and positions_live) were as of the highest
-- checkpoint of its chain: with a second indexer on the chain (Morpho Blue's beside the
-- factory's), the one behind priced its markets at a block it had not indexed. Each market is
-- now as of the checkpoint of the indexer that writes it (its factory, or Morpho).
--
-- A Morpho market priced by a Morpho Chainlink oracle without vaults now takes, in market_live
-- (and so in positions_live, the positions listing and the API), the oldest of its feeds'
-- latest rounds as its price's updated_at, and counts as at the bounds when any of its feeds'
-- latest answers sits at its aggregator's minAnswer or maxAnswer. Its heartbeat is the one the
-- deployment file gives it; without one (a max_price_age of 0, as every Morpho market has) the
-- heartbeat is NULL and the price is never called stale. Whether a round sits at its
-- aggregator's bounds is round_at_bound, which the oracle's feeds and /v1/markets read.

-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION round_at_bound(r price_rounds) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT COALESCE((
        SELECT r.answer <= fa.min_answer OR r.answer >= fa.max_answer FROM feed_aggregators fa
        WHERE fa.chain_id = r.chain_id AND fa.factory = r.factory AND fa.price_feed = r.price_feed
          AND fa.aggregator = r.aggregator AND fa.block_number <= r.block_number
        ORDER BY fa.block_number DESC LIMIT 1), false)
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION round_at_bound IS 'Whether round r''s answer sits at the minAnswer or maxAnswer of the aggregator that published it, as of its block (false without bounds).';

CREATE OR REPLACE VIEW market_live AS
WITH live AS (
    SELECT m.chain_id, m.market, m.protocol, m.margin_call_ltv, m.liquidation_ltv, m.max_price_age,
           m.collateral_decimals, m.loan_decimals, m.feed_decimals, m.heartbeat, m.price_feed, m.oracle, m.factory,
           CASE WHEN m.oracle_scale_factor IS NOT NULL
                THEN array_remove(ARRAY[m.base_feed_1, m.base_feed_2, m.quote_feed_1, m.quote_feed_2], NULL) END AS oracle_feeds,
           h.block_number AS as_of_block, h.block_timestamp AS as_of_timestamp,
           s.borrow_index, s.rate_per_second, s.last_accrual, s.total_borrow_shares,
           CASE WHEN m.protocol = 'morpho-blue'
                THEN morpho_accrued_borrow_assets(s.total_borrow_assets, s.rate_per_second, h.block_timestamp - s.last_accrual)
           END AS morpho_borrow_assets
    FROM markets m
    JOIN market_state s USING (chain_id, market)
    JOIN checkpoints h ON h.chain_id = m.chain_id AND h.factory = m.factory
)
SELECT l.chain_id, l.market, l.margin_call_ltv, l.liquidation_ltv, l.max_price_age,
       CASE WHEN l.protocol = 'morpho-blue' THEN 1 ELSE (10::numeric ^ l.loan_decimals)::numeric(78, 0) END AS value_mul,
       CASE WHEN l.protocol = 'morpho-blue' THEN 1000000000000000000000000000000000000
            ELSE (10::numeric ^ (l.collateral_decimals + l.feed_decimals))::numeric(78, 0) END AS value_div,
       l.collateral_decimals, l.loan_decimals, l.feed_decimals, COALESCE(lp.price, op.price) AS price, COALESCE(lp.updated_at, ofs.updated_at) AS price_updated_at,
       l.as_of_block, l.as_of_timestamp,
       CASE WHEN l.protocol = 'morpho-blue'
            -- Morpho's debt per share (RAY, rounded up), for ordering: positions_live computes each debt exactly.
            THEN ltv_mul_div(l.morpho_borrow_assets + 1, 1000000000000000000000000000, l.total_borrow_shares + 1000000, true)
            ELSE ltv_accrued_index(l.borrow_index, l.rate_per_second, l.as_of_timestamp - l.last_accrual)
       END AS borrow_index,
       NULLIF(COALESCE(l.heartbeat, l.max_price_age), 0) AS heartbeat,
       COALESCE(lp.price <= lp.min_answer OR lp.price >= lp.max_answer, ofs.at_bound, false) AS price_at_bound,
       l.protocol, l.morpho_borrow_assets, l.total_borrow_shares,
       CASE WHEN l.protocol = 'morpho-blue' THEN 1000000000000000000000000000000000000 * 10::numeric ^ l.loan_decimals / 10::numeric ^ l.collateral_decimals
            ELSE 10::numeric ^ l.feed_decimals END AS price_div
FROM live l
LEFT JOIN LATERAL (
    -- The market's feed: its latest round and that round's aggregator's bounds, joined here
    -- rather than through round_at_bound, which costs every listing a function call a market.
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
) op ON true
LEFT JOIN LATERAL (
    -- The feeds behind a Morpho Chainlink oracle: the oldest of their latest rounds, and
    -- whether any sits at its aggregator's bounds.
    SELECT min(f.updated_at) AS updated_at, bool_or(f.at_bound) AS at_bound
    FROM unnest(l.oracle_feeds) AS feed
    CROSS JOIN LATERAL (
        SELECT r.updated_at, round_at_bound(r) AS at_bound FROM price_rounds r
        WHERE r.chain_id = l.chain_id AND r.factory = l.factory AND r.price_feed = feed
        ORDER BY r.block_number DESC, r.log_index DESC LIMIT 1
    ) f
) ofs ON true;

-- +goose Down
CREATE OR REPLACE VIEW market_live AS
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
DROP FUNCTION round_at_bound;
