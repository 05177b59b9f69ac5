-- Every market row carries its lending protocol, and where its market lives: a market is its
-- own contract (ltvkeeper's LendingMarket: `market` is that address, 20 bytes) or an id inside
-- one contract (Morpho Blue: `market` is the bytes32 Id, 32 bytes, and `contract` the Morpho
-- singleton). Rows written before this migration are ltvkeeper markets.

-- +goose Up
ALTER TABLE markets
    ADD COLUMN protocol text NOT NULL DEFAULT 'ltvkeeper' CHECK (protocol IN ('ltvkeeper', 'morpho-blue')),
    ADD COLUMN contract bytea;
UPDATE markets SET contract = market;
ALTER TABLE markets ALTER COLUMN contract SET NOT NULL,
    ADD CONSTRAINT markets_id_length CHECK (length(market) = CASE protocol WHEN 'ltvkeeper' THEN 20 ELSE 32 END);
COMMENT ON COLUMN markets.market IS 'The market: its contract address (ltvkeeper, 20 bytes) or its Id in the contract (Morpho Blue, 32 bytes).';
COMMENT ON COLUMN markets.protocol IS 'The lending protocol of the market: ltvkeeper or morpho-blue.';
COMMENT ON COLUMN markets.contract IS 'The contract that holds the market and emits its events.';

-- +goose Down
ALTER TABLE markets DROP CONSTRAINT markets_id_length, DROP COLUMN contract, DROP COLUMN protocol;
