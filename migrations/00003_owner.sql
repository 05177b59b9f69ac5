-- Every indexed row carries the factory it was indexed for, so that two deployments on one
-- chain can share a database: an indexer clears, replaces and rolls back only its own rows.
-- A price feed shared by two deployments has its rounds once per factory.

-- +goose Up
ALTER TABLE events ADD COLUMN factory bytea;
UPDATE events e SET factory = m.factory FROM markets m WHERE m.chain_id = e.chain_id AND m.market = e.market;
UPDATE events e SET factory = m.factory FROM markets m
    WHERE e.factory IS NULL AND m.chain_id = e.chain_id AND m.price_feed = e.address;
UPDATE events e SET factory = c.factory FROM checkpoints c WHERE e.factory IS NULL AND c.chain_id = e.chain_id;
UPDATE events SET factory = '\x' WHERE factory IS NULL; -- no deployment on its chain owns it
ALTER TABLE events ALTER COLUMN factory SET NOT NULL,
    DROP CONSTRAINT events_pkey, ADD PRIMARY KEY (chain_id, factory, block_number, log_index);
COMMENT ON COLUMN events.factory IS 'The factory whose indexer wrote the row.';

ALTER TABLE price_rounds ADD COLUMN factory bytea;
UPDATE price_rounds r SET factory = m.factory FROM markets m WHERE m.chain_id = r.chain_id AND m.price_feed = r.price_feed;
UPDATE price_rounds r SET factory = c.factory FROM checkpoints c WHERE r.factory IS NULL AND c.chain_id = r.chain_id;
UPDATE price_rounds SET factory = '\x' WHERE factory IS NULL;
ALTER TABLE price_rounds ALTER COLUMN factory SET NOT NULL,
    DROP CONSTRAINT price_rounds_pkey, ADD PRIMARY KEY (chain_id, factory, block_number, log_index, price_feed);
COMMENT ON COLUMN price_rounds.factory IS 'The factory whose indexer wrote the row.';

-- Each indexer remembers its own recent blocks: one row per factory on the chain.
ALTER TABLE blocks ADD COLUMN factory bytea, DROP CONSTRAINT blocks_pkey;
INSERT INTO blocks (chain_id, factory, number, hash, parent_hash, timestamp)
    SELECT b.chain_id, c.factory, b.number, b.hash, b.parent_hash, b.timestamp
    FROM blocks b JOIN checkpoints c ON c.chain_id = b.chain_id WHERE b.factory IS NULL;
DELETE FROM blocks WHERE factory IS NULL;
ALTER TABLE blocks ALTER COLUMN factory SET NOT NULL, ADD PRIMARY KEY (chain_id, factory, number);
COMMENT ON COLUMN blocks.factory IS 'The factory whose indexer remembers the block.';

-- +goose Down
DELETE FROM blocks b USING blocks o WHERE o.chain_id = b.chain_id AND o.number = b.number AND o.factory < b.factory;
ALTER TABLE blocks DROP CONSTRAINT blocks_pkey, DROP COLUMN factory, ADD PRIMARY KEY (chain_id, number);
DELETE FROM price_rounds r USING price_rounds o WHERE o.chain_id = r.chain_id AND o.block_number = r.block_number
    AND o.log_index = r.log_index AND o.price_feed = r.price_feed AND o.factory < r.factory;
ALTER TABLE price_rounds DROP CONSTRAINT price_rounds_pkey, DROP COLUMN factory,
    ADD PRIMARY KEY (chain_id, block_number, log_index, price_feed);
DELETE FROM events e USING events o WHERE o.chain_id = e.chain_id AND o.block_number = e.block_number
    AND o.log_index = e.log_index AND o.factory < e.factory;
ALTER TABLE events DROP CONSTRAINT events_pkey, DROP COLUMN factory, ADD PRIMARY KEY (chain_id, block_number, log_index);
