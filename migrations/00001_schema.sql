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

-- The views over these tables are in views/: created after the migrations, and again whenever
-- their definitions change (see migrations.go).

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

-- +goose Down
DROP FUNCTION ltv_latest_market_arg, ltv_latest_position_arg, ltv_price_at_ltv, ltv_ltv, ltv_accrued_index, ltv_rpow, ltv_mul_div;
DROP TABLE price_rounds, positions, market_state, markets, events, blocks, checkpoints;
