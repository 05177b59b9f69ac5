-- The market-wide part of positions_live, computed once per market: each market's debt per
-- share and price as of the checkpoint of the indexer that writes it (see 00004, 00006, 00011
-- and 00017).
CREATE VIEW market_live AS
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
COMMENT ON VIEW market_live IS 'Each market''s debt per share accrued to the latest indexed block time (ltvkeeper: its borrow index; Morpho Blue: its accrued total borrow assets and shares), its latest indexed price (a Chainlink feed''s answer, or a Morpho oracle''s 1e36-scaled price()), its heartbeat and whether the price sits at its aggregator''s bounds: what positions_live applies to every position of the market.';
