-- Fewer indexes to keep up while a backfill copies events in.
--
-- events_address (chain, emitting contract, event, block) served no query: the index is read
-- by market (events_market), by market and account (events_market_account), and by event
-- for liquidations. Each index costs a quarter of the rate at which COPY writes events, so
-- it goes. Liquidations, listed newest first across markets, get a partial index of their
-- own: it holds only Liquidate rows, so the other events' writes never touch it.

-- +goose Up
DROP INDEX events_address;
CREATE INDEX events_liquidations ON events (chain_id, block_number DESC, log_index DESC) WHERE event = 'Liquidate';

-- +goose Down
DROP INDEX events_liquidations;
CREATE INDEX events_address ON events (chain_id, address, event, block_number DESC, log_index DESC);
