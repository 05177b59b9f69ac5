-- The positions listing reads its pages from the index alone.
--
-- ltv_key loses STRICT: a STRICT SQL function whose body is a CASE cannot be inlined, so
-- Postgres ran its body as a separate function call for every row it compared or returned
-- (hundreds per listing). Its columns are NOT NULL, so its values do not change, and inlined
-- it still matches the index on it.
--
-- The order indexes carry the other amount (INCLUDE): a listing needs a position's borrower,
-- collateral and borrow shares (and ltv_key, computed from the last two), so once the table
-- is vacuumed Postgres answers from the index without visiting the table for each row it
-- scans, which matters most for an LTV range under another order.

-- +goose Up
ALTER FUNCTION ltv_key(numeric, numeric) CALLED ON NULL INPUT;

DROP INDEX positions_ltv_key, positions_shares, positions_collateral, positions_no_debt;
CREATE INDEX positions_ltv_key ON positions (chain_id, market, ltv_key(borrow_shares, collateral) DESC, borrower)
    INCLUDE (collateral, borrow_shares) WHERE borrow_shares > 0;
CREATE INDEX positions_shares ON positions (chain_id, market, borrow_shares DESC, borrower)
    INCLUDE (collateral) WHERE collateral > 0 OR borrow_shares > 0;
CREATE INDEX positions_collateral ON positions (chain_id, market, collateral DESC, borrower)
    INCLUDE (borrow_shares) WHERE collateral > 0 OR borrow_shares > 0;
CREATE INDEX positions_no_debt ON positions (chain_id, market, borrower)
    INCLUDE (collateral, borrow_shares) WHERE borrow_shares = 0 AND collateral > 0;

-- +goose Down
ALTER FUNCTION ltv_key(numeric, numeric) STRICT;

-- The order indexes again without their INCLUDE columns, as 00004 made them.
-- +goose StatementBegin
DO $$
DECLARE
    defs text[] := ARRAY(
        SELECT regexp_replace(pg_get_indexdef(c.oid), ' INCLUDE \([^)]*\)', '') FROM pg_class c
        WHERE c.relkind = 'i' AND c.relnamespace = current_schema()::regnamespace
          AND c.relname IN ('positions_ltv_key', 'positions_shares', 'positions_collateral', 'positions_no_debt'));
    def text;
BEGIN
    DROP INDEX positions_ltv_key, positions_shares, positions_collateral, positions_no_debt;
    FOREACH def IN ARRAY defs LOOP
        EXECUTE def;
    END LOOP;
END
$$;
-- +goose StatementEnd
