-- Alerts raised by the keeper: margin calls, liquidations, returns to healthy.

-- +goose Up
CREATE TABLE alerts (
    id           bigserial      PRIMARY KEY,
    chain_id     bigint         NOT NULL,
    market       bytea          NOT NULL,
    borrower     bytea          NOT NULL,
    kind         text           NOT NULL CHECK (kind IN ('margin_call', 'liquidated', 'healthy')),
    ltv          numeric(78, 0),           -- WAD, when known
    price        numeric(78, 0),           -- feed units
    block_number bigint         NOT NULL,
    tx_hash      bytea,                    -- the liquidation, for 'liquidated'
    created_at   timestamptz    NOT NULL DEFAULT now(),
    delivered_at timestamptz               -- when the webhook accepted it; NULL without a webhook or until then
);
CREATE INDEX alerts_position ON alerts (chain_id, market, borrower, id DESC);
CREATE INDEX alerts_undelivered ON alerts (id) WHERE delivered_at IS NULL;
COMMENT ON TABLE alerts IS 'Alerts the keeper raised: one margin_call per crossing of marginCallLtv (re-armed after LTV falls below it minus the hysteresis), liquidated, and healthy again.';

-- +goose Down
DROP TABLE alerts;
