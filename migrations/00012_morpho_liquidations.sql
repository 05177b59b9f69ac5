-- Morpho Blue's liquidations in the liquidations view, beside ltvkeeper's. Morpho's Liquidate
-- names its liquidator caller and its seized collateral seizedAssets, and carries no price (its
-- oracle publishes none): price is NULL for a Morpho liquidation.
--
-- The view is now views/1_liquidations.sql; this migration stays so that versions keep their
-- numbers.

-- +goose Up
-- +goose Down
