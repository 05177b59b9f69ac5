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

-- +goose Down
ALTER TABLE markets DROP COLUMN heartbeat;
DELETE FROM alerts WHERE kind NOT IN ('margin_call', 'liquidated', 'healthy');
ALTER TABLE alerts DROP CONSTRAINT alerts_kind_check, ADD CONSTRAINT alerts_kind_check CHECK (kind IN ('margin_call', 'liquidated', 'healthy'));
ALTER TABLE price_rounds DROP COLUMN aggregator;
DROP TABLE feed_aggregators;
