-- The events indexes in the order that is cheapest to build and serves every reader.
--
-- events_market ascends: its readers want a market's newest events first and scan it
-- backwards, which costs them nothing; a backfill that builds it at its end hands the sort
-- rows already in its order (they are written block by block), which halves the build, and a
-- followed head adds each block's rows at its right end.
--
-- events_market_account (chain, market, account, block) becomes events_account (account,
-- chain, market, block): the same lookups of one position's events, plus one borrower's events
-- across markets, which had no index; and its sort, no longer comparing a chain and a market
-- that most rows share before reaching the account, builds in half the time.
--
-- A backfill that deferred them kept their old definitions: they are built here, in the new
-- order, and forgotten there.

-- +goose Up
DROP INDEX IF EXISTS events_market;
DROP INDEX IF EXISTS events_market_account;
DELETE FROM deferred_indexes WHERE name IN ('events_market', 'events_market_account');
CREATE INDEX events_market ON events (chain_id, market, block_number, log_index);
CREATE INDEX events_account ON events (account, chain_id, market, block_number, log_index);

-- +goose Down
DROP INDEX IF EXISTS events_market;
DROP INDEX IF EXISTS events_account;
DELETE FROM deferred_indexes WHERE name IN ('events_market', 'events_account');
CREATE INDEX events_market ON events (chain_id, market, block_number DESC, log_index DESC);
CREATE INDEX events_market_account ON events (chain_id, market, account, block_number DESC, log_index DESC);
