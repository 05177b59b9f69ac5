-- Positions listed without computing every position: the market-wide part of positions_live
-- (interest accrued to the head, the latest price) is computed once per market, and indexes
-- give each order the API offers.
--
-- A position's LTV is borrow_shares × index ÷ (collateral × price), so within a market the
-- order by ltv_key (borrow_shares ÷ collateral) is the order by LTV up to rounding: price and
-- interest move every position of the market by the same factor. Package positions walks
-- these indexes and computes exact values only for the positions it returns.

-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION ltv_key(borrow_shares numeric, collateral numeric) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE
        WHEN borrow_shares = 0 THEN 0
        WHEN collateral = 0 THEN 'Infinity'::double precision
        ELSE borrow_shares::double precision / collateral::double precision
    END
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION ltv_key IS 'borrow_shares ÷ collateral as a float: the order of LTVs within a market, up to rounding.';

CREATE INDEX positions_ltv_key ON positions (chain_id, market, ltv_key(borrow_shares, collateral) DESC, borrower)
    WHERE borrow_shares > 0;
CREATE INDEX positions_shares ON positions (chain_id, market, borrow_shares DESC, borrower)
    WHERE collateral > 0 OR borrow_shares > 0;
CREATE INDEX positions_collateral ON positions (chain_id, market, collateral DESC, borrower)
    WHERE collateral > 0 OR borrow_shares > 0;
CREATE INDEX positions_no_debt ON positions (chain_id, market, borrower)
    WHERE borrow_shares = 0 AND collateral > 0;
CREATE INDEX positions_borrower ON positions (borrower);

-- +goose Down
DROP INDEX positions_ltv_key, positions_shares, positions_collateral, positions_no_debt, positions_borrower;
DROP FUNCTION ltv_key;
