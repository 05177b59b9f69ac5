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

-- +goose Down
DROP FUNCTION feed_answer_at;
ALTER TABLE markets DROP COLUMN oracle_scale_factor, DROP COLUMN quote_feed_2, DROP COLUMN quote_feed_1,
    DROP COLUMN base_feed_2, DROP COLUMN base_feed_1;
