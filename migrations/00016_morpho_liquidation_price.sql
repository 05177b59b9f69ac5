-- The price of a Morpho Blue liquidation. Morpho's Liquidate carries no price, but where the
-- market's oracle is a Morpho Chainlink oracle without vaults its price at any point of the
-- index follows from its feeds' rounds (see 00013): a Morpho liquidation's price is the
-- oracle's price() after the feeds' latest rounds before it, 1e36-scaled. It stays NULL for
-- any other oracle, and before the feeds' first rounds. oracle_price_rounds now takes its price
-- from the same function.

-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION oracle_price_at(chain bigint, mkt bytea, blk bigint, idx int) RETURNS numeric
LANGUAGE sql STABLE AS $$
    SELECT div(m.oracle_scale_factor
                   * feed_answer_at(m.chain_id, m.factory, m.base_feed_1, blk, idx)
                   * feed_answer_at(m.chain_id, m.factory, m.base_feed_2, blk, idx),
               NULLIF(feed_answer_at(m.chain_id, m.factory, m.quote_feed_1, blk, idx)
                   * feed_answer_at(m.chain_id, m.factory, m.quote_feed_2, blk, idx), 0))
    FROM markets m
    WHERE m.chain_id = chain AND m.market = mkt AND m.oracle_scale_factor IS NOT NULL
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION oracle_price_at IS 'The price() of market mkt''s Morpho Chainlink oracle after its feeds'' latest indexed rounds at or before (blk, idx): 1e36-scaled, rounded down; NULL for a market without one, before a feed''s first round, or where the quote is 0.';

-- +goose Down
DROP FUNCTION oracle_price_at;
