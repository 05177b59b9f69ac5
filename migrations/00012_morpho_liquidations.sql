-- Morpho Blue's liquidations in the liquidations view, beside ltvkeeper's. Morpho's Liquidate
-- names its liquidator caller and its seized collateral seizedAssets, and carries no price (its
-- oracle publishes none): price is NULL for a Morpho liquidation.

-- +goose Up
CREATE OR REPLACE VIEW liquidations AS
SELECT chain_id, market, account AS borrower,
       decode(substr(COALESCE(args ->> 'liquidator', args ->> 'caller'), 3), 'hex') AS liquidator,
       (args ->> 'repaidAssets')::numeric(78, 0) AS repaid_assets,
       COALESCE(args ->> 'seizedCollateral', args ->> 'seizedAssets')::numeric(78, 0) AS seized_collateral,
       (args ->> 'badDebtAssets')::numeric(78, 0) AS bad_debt_assets,
       (args ->> 'price')::numeric(78, 0) AS price,
       block_number, block_timestamp, tx_hash, log_index
FROM events WHERE event = 'Liquidate';

-- +goose Down
CREATE OR REPLACE VIEW liquidations AS
SELECT chain_id, market, account AS borrower, decode(substr(args ->> 'liquidator', 3), 'hex') AS liquidator,
       (args ->> 'repaidAssets')::numeric(78, 0) AS repaid_assets,
       (args ->> 'seizedCollateral')::numeric(78, 0) AS seized_collateral,
       (args ->> 'badDebtAssets')::numeric(78, 0) AS bad_debt_assets,
       (args ->> 'price')::numeric(78, 0) AS price,
       block_number, block_timestamp, tx_hash, log_index
FROM events WHERE event = 'Liquidate';
