-- The keeper's profit per liquidation through its executor: what it expected when it sent the
-- batch, and what the mined batch realised.

-- +goose Up
CREATE TABLE liquidation_profits (
    chain_id     bigint         NOT NULL,
    tx_hash      bytea          NOT NULL,
    borrower     bytea          NOT NULL,
    market       bytea          NOT NULL,
    block_number bigint         NOT NULL, -- as the keeper saw it mined; the index's Liquidate event is the canonical one
    mode         text           NOT NULL, -- flash, inventory, or inventory_keep (the seized collateral kept, not sold)
    repaid       numeric(78, 0) NOT NULL, -- loan-token base units
    seized       numeric(78, 0) NOT NULL, -- collateral base units
    expected     numeric(78, 0) NOT NULL, -- loan-token base units after gas, from the simulation; may be negative
    realised     numeric(78, 0) NOT NULL, -- loan-token base units after the gas paid; may be negative
    created_at   timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, tx_hash, borrower)
);
COMMENT ON TABLE liquidation_profits IS 'Expected and realised profit of each liquidation the keeper made through its executor, one row per transaction and borrower (written once). A row counts only while the index holds the Liquidate event of the same transaction and borrower: a liquidation a reorg dropped has none.';

-- +goose Down
DROP TABLE liquidation_profits;
