-- Morpho Blue's markets beside ltvkeeper's. Morpho's events carry amounts rather than the
-- totals they leave, and its lenders hold supply shares (the fee recipient's come from
-- AccrueInterest, with no Supply event): positions keep supply shares, market_state the
-- market's fee, and a market row its oracle and IRM. A Morpho oracle publishes no events: its
-- price() is read at the end of each indexed range and kept in oracle_prices. Existing rows
-- keep their values: no supply shares and no fee for ltvkeeper's markets.

-- +goose Up
ALTER TABLE positions ADD COLUMN supply_shares numeric(78, 0) NOT NULL DEFAULT 0;
COMMENT ON COLUMN positions.supply_shares IS 'The account''s supply shares (Morpho Blue; 0 for ltvkeeper''s markets, whose lenders are not positions).';

ALTER TABLE market_state ADD COLUMN fee numeric(78, 0) NOT NULL DEFAULT 0;
COMMENT ON COLUMN market_state.fee IS 'The share of the interest that goes to the fee recipient, WAD (Morpho Blue; 0 for ltvkeeper''s markets).';

ALTER TABLE markets ALTER COLUMN price_feed DROP NOT NULL,
    ADD COLUMN oracle bytea,
    ADD COLUMN irm bytea;
COMMENT ON COLUMN markets.price_feed IS 'The Chainlink feed of the market''s price (ltvkeeper); NULL for a market priced by an oracle.';
COMMENT ON COLUMN markets.oracle IS 'The oracle whose price() prices the market: the collateral in loan-token units, scaled by 1e36 (Morpho Blue); NULL for a Chainlink feed.';
COMMENT ON COLUMN markets.irm IS 'The interest rate model of the market (Morpho Blue); NULL for ltvkeeper''s markets.';

CREATE TABLE oracle_prices (
    chain_id     bigint         NOT NULL,
    factory      bytea          NOT NULL,
    oracle       bytea          NOT NULL,
    block_number bigint         NOT NULL,
    price        numeric(78, 0) NOT NULL,
    PRIMARY KEY (chain_id, factory, oracle, block_number)
);
CREATE INDEX oracle_prices_latest ON oracle_prices (chain_id, oracle, block_number DESC);
COMMENT ON TABLE oracle_prices IS 'An oracle''s price() at the end of an indexed range: each committed block near the head, each range end during backfill.';
COMMENT ON COLUMN oracle_prices.factory IS 'The root contract (the Morpho singleton) whose indexer wrote the row.';

-- +goose Down
DROP TABLE oracle_prices;
ALTER TABLE markets DROP COLUMN irm, DROP COLUMN oracle;
ALTER TABLE positions DROP COLUMN supply_shares;
ALTER TABLE market_state DROP COLUMN fee;
