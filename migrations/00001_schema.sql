-- ltvkeeper index schema. Amounts are integers of base units in numeric(78,0); addresses and
-- hashes are bytea; every table carries chain_id. The events table is the source of truth:
-- every other table is derived from it and recomputed from it after a reorg.

-- +goose Up
CREATE TABLE checkpoints (
    chain_id        bigint      NOT NULL,
    factory         bytea       NOT NULL,
    block_number    bigint      NOT NULL,
    block_hash      bytea       NOT NULL,
    block_timestamp bigint      NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, factory)
);
COMMENT ON TABLE checkpoints IS 'The last block indexed for each factory: everything up to it is in the other tables.';

CREATE TABLE blocks (
    chain_id    bigint NOT NULL,
    number      bigint NOT NULL,
    hash        bytea  NOT NULL,
    parent_hash bytea  NOT NULL,
    timestamp   bigint NOT NULL,
    PRIMARY KEY (chain_id, number)
);
COMMENT ON TABLE blocks IS 'Recent indexed blocks (the unfinalized window), to detect reorgs and find the common ancestor.';

CREATE TABLE events (
    chain_id        bigint NOT NULL,
    block_number    bigint NOT NULL,
    log_index       int    NOT NULL,
    block_hash      bytea  NOT NULL,
    block_timestamp bigint NOT NULL,
    tx_hash         bytea  NOT NULL,
    address         bytea  NOT NULL, -- the contract that emitted it
    market          bytea,           -- the market it concerns (the new market for MarketCreated; NULL for price updates)
    account         bytea,           -- the borrower or lender it concerns, if any
    event           text   NOT NULL, -- MarketCreated, Supply, Withdraw, DepositCollateral, WithdrawCollateral, Borrow, Repay, Liquidate, AccrueInterest, BorrowRateSet, AnswerUpdated
    args            jsonb  NOT NULL, -- decoded fields; amounts as decimal strings of base units
    PRIMARY KEY (chain_id, block_number, log_index)
);
CREATE INDEX events_market_account ON events (chain_id, market, account, block_number DESC, log_index DESC);
CREATE INDEX events_market ON events (chain_id, market, block_number DESC, log_index DESC);
CREATE INDEX events_address ON events (chain_id, address, event, block_number DESC, log_index DESC);
COMMENT ON TABLE events IS 'One row per decoded event of the factory, its markets and their price feeds.';

CREATE TABLE markets (
    chain_id               bigint         NOT NULL,
    market                 bytea          NOT NULL,
    factory                bytea          NOT NULL,
    collateral_token       bytea          NOT NULL,
    loan_token             bytea          NOT NULL,
    price_feed             bytea          NOT NULL,
    collateral_decimals    int            NOT NULL,
    loan_decimals          int            NOT NULL,
    feed_decimals          int            NOT NULL,
    max_borrow_ltv         numeric(78, 0) NOT NULL,
    margin_call_ltv        numeric(78, 0) NOT NULL,
    liquidation_ltv        numeric(78, 0) NOT NULL,
    liquidation_bonus      numeric(78, 0) NOT NULL,
    liquidation_target_ltv numeric(78, 0) NOT NULL,
    max_price_age          numeric(78, 0) NOT NULL,
    initial_borrow_rate    numeric(78, 0) NOT NULL,
    created_block          bigint         NOT NULL,
    created_timestamp      bigint         NOT NULL,
    PRIMARY KEY (chain_id, market)
);
CREATE INDEX markets_price_feed ON markets (chain_id, price_feed);
COMMENT ON TABLE markets IS 'Markets discovered from the factory''s MarketCreated events, with their risk parameters (LTVs and bonus are WAD fractions).';

CREATE TABLE market_state (
    chain_id            bigint         NOT NULL,
    market              bytea          NOT NULL,
    total_supply_assets numeric(78, 0) NOT NULL DEFAULT 0,
    total_supply_shares numeric(78, 0) NOT NULL DEFAULT 0,
    total_borrow_assets numeric(78, 0) NOT NULL DEFAULT 0,
    total_borrow_shares numeric(78, 0) NOT NULL DEFAULT 0,
    total_collateral    numeric(78, 0) NOT NULL DEFAULT 0,
    borrow_index        numeric(78, 0) NOT NULL, -- RAY
    borrow_rate         numeric(78, 0) NOT NULL, -- annual, WAD
    rate_per_second     numeric(78, 0) NOT NULL, -- RAY
    last_accrual        bigint         NOT NULL, -- unix seconds
    block_number        bigint         NOT NULL, -- last event applied
    PRIMARY KEY (chain_id, market)
);
COMMENT ON TABLE market_state IS 'Each market''s totals, borrow index and rate as of its last indexed event.';

CREATE TABLE positions (
    chain_id      bigint         NOT NULL,
    market        bytea          NOT NULL,
    borrower      bytea          NOT NULL,
    collateral    numeric(78, 0) NOT NULL DEFAULT 0,
    borrow_shares numeric(78, 0) NOT NULL DEFAULT 0, -- debt = ceil(borrow_shares * borrow_index / 1e27)
    block_number  bigint         NOT NULL,           -- last event applied
    PRIMARY KEY (chain_id, market, borrower)
);
COMMENT ON TABLE positions IS 'Each borrower''s collateral and borrow shares in each market as of its last indexed event.';

CREATE TABLE price_rounds (
    chain_id     bigint         NOT NULL,
    price_feed   bytea          NOT NULL,
    block_number bigint         NOT NULL,
    log_index    int            NOT NULL, -- -1 for a round read with latestRoundData when the feed was discovered
    round_id     numeric(78, 0) NOT NULL,
    answer       numeric(78, 0) NOT NULL, -- feed units (int256 in the feed; never negative for a live market)
    updated_at   bigint         NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index, price_feed)
);
CREATE INDEX price_rounds_latest ON price_rounds (chain_id, price_feed, block_number DESC, log_index DESC);
COMMENT ON TABLE price_rounds IS 'Price rounds of each market''s feed: its AnswerUpdated events, and the round it had when the indexer discovered it.';

-- Liquidations are a view of the events, so they are always what the events say.
CREATE VIEW liquidations AS
SELECT chain_id, market, account AS borrower, decode(substr(args ->> 'liquidator', 3), 'hex') AS liquidator,
       (args ->> 'repaidAssets')::numeric(78, 0) AS repaid_assets,
       (args ->> 'seizedCollateral')::numeric(78, 0) AS seized_collateral,
       (args ->> 'badDebtAssets')::numeric(78, 0) AS bad_debt_assets,
       (args ->> 'price')::numeric(78, 0) AS price,
       block_number, block_timestamp, tx_hash, log_index
FROM events WHERE event = 'Liquidate';

-- The loan math, mirroring the contract's LoanMath library and Go's loanmath package to the
-- wei (a test checks the three agree), so that psql users get the keeper's numbers.

-- +goose StatementBegin
CREATE FUNCTION ltv_mul_div(x numeric, y numeric, d numeric, round_up boolean) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT div(x * y, d) + CASE WHEN round_up AND mod(x * y, d) <> 0 THEN 1 ELSE 0 END
$$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION ltv_rpow(x numeric, n bigint) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    ray constant numeric := 1000000000000000000000000000;
    z numeric := CASE WHEN n % 2 <> 0 THEN x ELSE ray END;
BEGIN
    n := n / 2;
    WHILE n <> 0 LOOP
        x := div(x * x + ray / 2, ray);
        IF n % 2 <> 0 THEN
            z := div(z * x + ray / 2, ray);
        END IF;
        n := n / 2;
    END LOOP;
    RETURN z;
END
$$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION ltv_accrued_index(borrow_index numeric, rate_per_second numeric, elapsed bigint) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT ltv_mul_div(borrow_index, ltv_rpow(rate_per_second, greatest(elapsed, 0)), 1000000000000000000000000000, true)
$$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION ltv_ltv(debt numeric, collateral numeric, price numeric, value_mul numeric, value_div numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE
        WHEN debt = 0 THEN 0
        WHEN ltv_mul_div(collateral, price * value_mul, value_div, false) = 0 THEN 115792089237316195423570985008687907853269984665640564039457584007913129639935
        ELSE ltv_mul_div(debt, 1000000000000000000, ltv_mul_div(collateral, price * value_mul, value_div, false), true)
    END
$$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION ltv_price_at_ltv(debt numeric, collateral numeric, line_ltv numeric, value_mul numeric, value_div numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE
        WHEN debt = 0 THEN 0
        WHEN collateral = 0 THEN 115792089237316195423570985008687907853269984665640564039457584007913129639935
        ELSE ltv_mul_div(debt, 1000000000000000000 * value_div, line_ltv * collateral * value_mul, true)
    END
$$;
-- +goose StatementEnd

-- The latest value of an event argument for a position or a market: the indexer recomputes
-- derived state with these after a reorg removes events.

-- +goose StatementBegin
CREATE FUNCTION ltv_latest_position_arg(chain bigint, mkt bytea, acct bytea, key text) RETURNS numeric
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT (args ->> key)::numeric FROM events
    WHERE chain_id = chain AND market = mkt AND account = acct AND args ? key
    ORDER BY block_number DESC, log_index DESC LIMIT 1
$$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION ltv_latest_market_arg(chain bigint, mkt bytea, key text) RETURNS numeric
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT (args ->> key)::numeric FROM events
    WHERE chain_id = chain AND market = mkt AND args ? key
    ORDER BY block_number DESC, log_index DESC LIMIT 1
$$;
-- +goose StatementEnd

CREATE VIEW positions_live AS
WITH head AS (
    SELECT chain_id, max(block_number) AS block_number, max(block_timestamp) AS block_timestamp
    FROM checkpoints GROUP BY chain_id
), latest_price AS (
    SELECT DISTINCT ON (chain_id, price_feed) chain_id, price_feed, answer AS price, updated_at
    FROM price_rounds
    ORDER BY chain_id, price_feed, block_number DESC, log_index DESC
), live AS (
    SELECT p.chain_id, p.market, p.borrower, p.collateral, p.borrow_shares, m.margin_call_ltv, m.liquidation_ltv, m.max_price_age,
           (10::numeric ^ m.loan_decimals)::numeric(78, 0) AS value_mul,
           (10::numeric ^ (m.collateral_decimals + m.feed_decimals))::numeric(78, 0) AS value_div,
           m.loan_decimals, m.feed_decimals, lp.price, lp.updated_at AS price_updated_at,
           h.block_number AS as_of_block, h.block_timestamp AS as_of_timestamp,
           ltv_mul_div(p.borrow_shares,
                       ltv_accrued_index(s.borrow_index, s.rate_per_second, h.block_timestamp - s.last_accrual),
                       1000000000000000000000000000, true) AS debt
    FROM positions p
    JOIN markets m USING (chain_id, market)
    JOIN market_state s USING (chain_id, market)
    JOIN head h USING (chain_id)
    LEFT JOIN latest_price lp ON lp.chain_id = p.chain_id AND lp.price_feed = m.price_feed
    WHERE p.collateral > 0 OR p.borrow_shares > 0
), valued AS (
    SELECT *, ltv_ltv(debt, collateral, price, value_mul, value_div) AS ltv_wad FROM live
)
SELECT chain_id, market, borrower, collateral, debt, borrow_shares, price, price_updated_at,
       as_of_timestamp - price_updated_at > max_price_age AS price_stale,
       ltv_wad, ltv_wad / 1e18 AS ltv,
       CASE
           WHEN ltv_wad IS NULL THEN 'unknown'
           WHEN ltv_wad >= liquidation_ltv THEN 'liquidatable'
           WHEN ltv_wad >= margin_call_ltv THEN 'margin_call'
           ELSE 'healthy'
       END AS status,
       ltv_price_at_ltv(debt, collateral, liquidation_ltv, value_mul, value_div) AS liquidation_price,
       ltv_price_at_ltv(debt, collateral, margin_call_ltv, value_mul, value_div) AS margin_call_price,
       ltv_price_at_ltv(debt, collateral, liquidation_ltv, value_mul, value_div) / 10::numeric ^ feed_decimals AS liquidation_price_usd,
       debt / 10::numeric ^ loan_decimals AS debt_usd,
       as_of_block, as_of_timestamp
FROM valued;
COMMENT ON VIEW positions_live IS 'Each open position with interest accrued to the latest indexed block time, its LTV at the latest indexed price, status, and liquidation and margin-call prices (feed units, and USD).';

-- +goose Down
DROP VIEW positions_live;
DROP FUNCTION ltv_latest_market_arg, ltv_latest_position_arg, ltv_price_at_ltv, ltv_ltv, ltv_accrued_index, ltv_rpow, ltv_mul_div;
DROP VIEW liquidations;
DROP TABLE price_rounds, positions, market_state, markets, events, blocks, checkpoints;
