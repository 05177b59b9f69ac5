-- The price history of a Morpho market whose oracle is a Morpho Chainlink oracle without
-- vaults: each round of its feeds, with the oracle's price() after it (see 00013 and 00016).
CREATE VIEW oracle_price_rounds AS
SELECT m.chain_id, m.market, r.block_number, r.log_index, r.price_feed, r.round_id, r.updated_at,
       oracle_price_at(m.chain_id, m.market, r.block_number, r.log_index)::numeric(78, 0) AS price
FROM markets m
JOIN price_rounds r ON r.chain_id = m.chain_id AND r.factory = m.factory
    AND r.price_feed IN (m.base_feed_1, m.base_feed_2, m.quote_feed_1, m.quote_feed_2)
    AND r.block_number >= m.created_block
WHERE m.oracle_scale_factor IS NOT NULL;
COMMENT ON VIEW oracle_price_rounds IS 'Each round of a feed behind a market''s Morpho Chainlink oracle, from the market''s creation on, with the price the oracle''s price() gives after it (1e36-scaled, rounded down; NULL where a feed has no round yet or the quote is 0). Two feeds discovered in one block both have a round at log_index -1 there, with the same price.';
