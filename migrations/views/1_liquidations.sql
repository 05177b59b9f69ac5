-- Liquidations are a view of the events, so they are always what the events say. Morpho Blue's
-- Liquidate names its liquidator caller and its seized collateral seizedAssets, and carries no
-- price: a Morpho liquidation's price is its Chainlink oracle's price() at that point
-- (oracle_price_at), NULL for another oracle.
CREATE VIEW liquidations AS
SELECT chain_id, market, account AS borrower,
       decode(substr(COALESCE(args ->> 'liquidator', args ->> 'caller'), 3), 'hex') AS liquidator,
       (args ->> 'repaidAssets')::numeric(78, 0) AS repaid_assets,
       COALESCE(args ->> 'seizedCollateral', args ->> 'seizedAssets')::numeric(78, 0) AS seized_collateral,
       (args ->> 'badDebtAssets')::numeric(78, 0) AS bad_debt_assets,
       COALESCE((args ->> 'price')::numeric, oracle_price_at(chain_id, market, block_number, log_index))::numeric(78, 0) AS price,
       block_number, block_timestamp, tx_hash, log_index
FROM events WHERE event = 'Liquidate';
COMMENT ON VIEW liquidations IS 'Every liquidation of the indexed markets: ltvkeeper''s with the price its event carries (feed units), Morpho Blue''s with its Chainlink oracle''s price at that point (1e36-scaled; NULL for another oracle).';
