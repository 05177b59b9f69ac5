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

CREATE OR REPLACE VIEW oracle_price_rounds AS
SELECT m.chain_id, m.market, r.block_number, r.log_index, r.price_feed, r.round_id, r.updated_at,
       oracle_price_at(m.chain_id, m.market, r.block_number, r.log_index)::numeric(78, 0) AS price
FROM markets m
JOIN price_rounds r ON r.chain_id = m.chain_id AND r.factory = m.factory
    AND r.price_feed IN (m.base_feed_1, m.base_feed_2, m.quote_feed_1, m.quote_feed_2)
    AND r.block_number >= m.created_block
WHERE m.oracle_scale_factor IS NOT NULL;

CREATE OR REPLACE VIEW liquidations AS
SELECT chain_id, market, account AS borrower,
       decode(substr(COALESCE(args ->> 'liquidator', args ->> 'caller'), 3), 'hex') AS liquidator,
       (args ->> 'repaidAssets')::numeric(78, 0) AS repaid_assets,
       COALESCE(args ->> 'seizedCollateral', args ->> 'seizedAssets')::numeric(78, 0) AS seized_collateral,
       (args ->> 'badDebtAssets')::numeric(78, 0) AS bad_debt_assets,
       COALESCE((args ->> 'price')::numeric, oracle_price_at(chain_id, market, block_number, log_index))::numeric(78, 0) AS price,
       block_number, block_timestamp, tx_hash, log_index
FROM events WHERE event = 'Liquidate';
COMMENT ON VIEW liquidations IS 'Every liquidation of the indexed markets: ltvkeeper''s with the price its event carries (feed units), Morpho Blue''s with its Chainlink oracle''s price at that point (1e36-scaled; NULL for another oracle).';

-- +goose Down
CREATE OR REPLACE VIEW liquidations AS
SELECT chain_id, market, account AS borrower,
       decode(substr(COALESCE(args ->> 'liquidator', args ->> 'caller'), 3), 'hex') AS liquidator,
       (args ->> 'repaidAssets')::numeric(78, 0) AS repaid_assets,
       COALESCE(args ->> 'seizedCollateral', args ->> 'seizedAssets')::numeric(78, 0) AS seized_collateral,
       (args ->> 'badDebtAssets')::numeric(78, 0) AS bad_debt_assets,
       (args ->> 'price')::numeric(78, 0) AS price,
       block_number, block_timestamp, tx_hash, log_index
FROM events WHERE event = 'Liquidate';
COMMENT ON VIEW liquidations IS NULL;
CREATE OR REPLACE VIEW oracle_price_rounds AS
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
DROP FUNCTION oracle_price_at;
