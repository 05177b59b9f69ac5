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

-- +goose Down
DROP FUNCTION round_at_bound;
