-- The views are no longer created by the migrations but from views/, after them: once a
-- migration has changed the tables, and whenever a view's definition changes. view_definitions
-- holds the checksum of the definitions last created, so that a start that finds them current
-- leaves the views alone.

-- +goose Up
CREATE TABLE view_definitions (
    checksum bytea NOT NULL
);
COMMENT ON TABLE view_definitions IS 'The SHA-256 of the view definitions (views/) the views were last created from: one row.';

-- +goose Down
DROP VIEW IF EXISTS positions_live, market_live, oracle_price_rounds, liquidations;
DROP TABLE view_definitions;
