-- Morpho Blue's positions in positions_live, beside ltvkeeper's.
--
-- A Morpho position's debt is its borrow shares converted with Morpho's own rounding
-- (SharesMathLib.toAssetsUp: shares × (total borrow assets + 1) ÷ (total borrow shares + 1e6),
-- rounded up) at the market's total borrow assets with the interest since its last accrual,
-- compounded as Morpho compounds it (MathLib.wTaylorCompounded) at the rate of that accrual
-- (AccrueInterest's prevBorrowRate): the IRM's next rate is known only when Morpho accrues
-- again. This is the debt Morpho's own API shows. Its LTV is that debt over the collateral's
-- value at the latest indexed oracle price (collateral × price ÷ 1e36, rounded down), rounded
-- up; it is liquidatable exactly when Morpho's health check fails; its margin-call line is the
-- market's margin_call_ltv (a fraction of the LLTV the indexer was given). Prices of a Morpho
-- market are its oracle's (collateral in loan-token units, scaled by 1e36); price_div turns
-- them into loan tokens per whole collateral token. The functions mirror package loanmath's
-- Morpho math to the wei (a test holds them equal).

-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION morpho_taylor_compounded(x numeric, n bigint) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT first + second + div(second * first, 3000000000000000000)
    FROM (SELECT first, div(first * first, 2000000000000000000) AS second FROM (SELECT x * n AS first) f) s
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION morpho_taylor_compounded IS 'MathLib.wTaylorCompounded: e^(x·n) − 1 to three terms, WAD.';

-- +goose StatementBegin
CREATE FUNCTION morpho_accrued_borrow_assets(total_borrow_assets numeric, rate numeric, elapsed bigint) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT total_borrow_assets + CASE WHEN elapsed <= 0 THEN 0
        ELSE div(total_borrow_assets * morpho_taylor_compounded(rate, elapsed), 1000000000000000000) END
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION morpho_accrued_borrow_assets IS 'A Morpho market''s total borrow assets with the interest of elapsed seconds at rate (WAD a second).';

-- +goose StatementBegin
CREATE FUNCTION morpho_to_assets_up(shares numeric, total_assets numeric, total_shares numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT ltv_mul_div(shares, total_assets + 1, total_shares + 1000000, true)
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION morpho_to_assets_up IS 'SharesMathLib.toAssetsUp: the assets of shares, with virtual assets (1) and shares (1e6), rounded up.';

-- +goose StatementBegin
CREATE FUNCTION morpho_healthy(debt numeric, collateral numeric, price numeric, lltv numeric) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT debt = 0 OR div(div(collateral * price, 1000000000000000000000000000000000000) * lltv, 1000000000000000000) >= debt
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION morpho_healthy IS 'Morpho._isHealthy of a position owing debt (rounded up): collateral × price ÷ 1e36 × lltv ÷ 1e18, each rounded down, covers it.';

-- +goose StatementBegin
CREATE FUNCTION morpho_price_at_ltv(debt numeric, collateral numeric, line_ltv numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE
        WHEN debt = 0 THEN 0
        WHEN collateral = 0 OR line_ltv = 0 THEN 115792089237316195423570985008687907853269984665640564039457584007913129639935
        ELSE least(ltv_mul_div(ltv_mul_div(debt, 1000000000000000000, line_ltv, true), 1000000000000000000000000000000000000, collateral, true),
                   115792089237316195423570985008687907853269984665640564039457584007913129639935)
    END
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION morpho_price_at_ltv IS 'The lowest oracle price (1e36-scaled) at which a Morpho position owing debt passes the health check at line_ltv (loanmath.MorphoLiquidationPrice).';

-- +goose Down
DROP FUNCTION morpho_price_at_ltv, morpho_healthy, morpho_to_assets_up, morpho_accrued_borrow_assets, morpho_taylor_compounded;
