-- events_market in ascending order. Its readers want a market's newest events first and
-- scan it backwards, which costs them nothing; a backfill that builds it at its end hands
-- the sort rows already in its order (they are written block by block), which halves the
-- build, and a followed head adds each block's rows at its right end.
--
-- A backfill that deferred the index kept its old definition: it is built here, in the new
-- order, and forgotten there.

-- +goose Up
DROP INDEX IF EXISTS events_market;
DELETE FROM deferred_indexes WHERE name = 'events_market';
CREATE INDEX events_market ON events (chain_id, market, block_number, log_index);

-- +goose Down
DROP INDEX IF EXISTS events_market;
DELETE FROM deferred_indexes WHERE name = 'events_market';
CREATE INDEX events_market ON events (chain_id, market, block_number DESC, log_index DESC);
