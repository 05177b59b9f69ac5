-- The feeds behind a Morpho market's oracle. Morpho's Chainlink-based oracle
-- (MorphoChainlinkOracleV2) combines up to two base and two quote Chainlink feeds:
-- price() = SCALE_FACTOR × base1 × base2 ÷ (quote1 × quote2), rounded down, of the feeds' latest
-- answers, a missing feed counting as 1. Where the oracle has no ERC-4626 vault (whose exchange
-- rate moves with no event), the indexer follows its feeds like any market's, so the market's
-- price history is their rounds: oracle_price_rounds. Existing rows keep their values: a market
-- indexed before has no oracle feeds until it is indexed again.

-- +goose Up
ALTER TABLE markets ADD COLUMN base_feed_1 bytea, ADD COLUMN base_feed_2 bytea,
    ADD COLUMN quote_feed_1 bytea, ADD COLUMN quote_feed_2 bytea,
    ADD COLUMN oracle_scale_factor numeric(78, 0);
COMMENT ON COLUMN markets.oracle_scale_factor IS 'The SCALE_FACTOR of the market''s Morpho Chainlink oracle, whose feeds are base_feed_1, base_feed_2, quote_feed_1 and quote_feed_2 (NULL: none); NULL for any other market.';

-- +goose StatementBegin
CREATE FUNCTION feed_answer_at(chain bigint, root bytea, feed bytea, blk bigint, idx int) RETURNS numeric
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN feed IS NULL THEN 1 ELSE (
        SELECT r.answer FROM price_rounds r
        WHERE r.chain_id = chain AND r.price_feed = feed AND r.factory = root AND (r.block_number, r.log_index) <= (blk, idx)
        ORDER BY r.block_number DESC, r.log_index DESC LIMIT 1) END
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION feed_answer_at IS 'The answer of the latest indexed round of feed at or before (blk, idx), as the indexer of root has it; 1 for no feed (NULL), NULL before its first round.';

CREATE VIEW oracle_price_rounds AS
SELECT m.chain_id, m.market, r.block_number, r.log_index, r.price_feed, r.round_id, r.updated_at,
       div(m.oracle_scale_factor
               * feed_answer_at(m.chain_id, m.factory, m.base_feed_1, r.block_number, r.log_index)
               * feed_answer_at(m.chain_id, m.factory, m.base_feed_2, r.block_number, r.log_index),
           NULLIF(feed_answer_at(m.chain_id, m.factory, m.quote_feed_1, r.block_number, r.log_index)
               * feed_answer_at(m.chain_id, m.factory, m.quote_feed_2, r.block_number, r.log_index), 0))::numeric(78, 0) AS price
FROM markets m
JOIN price_rounds r ON r.chain_id = m.chain_id AND r.factory = m.factory
    AND r.price_feed IN (m.base_feed_1, m.base_feed_2, m.quote_feed_1, m.quote_feed_2)
    AND r.block_number >= m.created_block
WHERE m.oracle_scale_factor IS NOT NULL;
COMMENT ON VIEW oracle_price_rounds IS 'Each round of a feed behind a market''s Morpho Chainlink oracle, from the market''s creation on, with the price the oracle''s price() gives after it (1e36-scaled, rounded down; NULL where a feed has no round yet or the quote is 0). Two feeds discovered in one block both have a round at log_index -1 there, with the same price.';

-- +goose Down
DROP VIEW oracle_price_rounds;
DROP FUNCTION feed_answer_at;
ALTER TABLE markets DROP COLUMN oracle_scale_factor, DROP COLUMN quote_feed_2, DROP COLUMN quote_feed_1,
    DROP COLUMN base_feed_2, DROP COLUMN base_feed_1;
