-- Indexes a large backfill dropped, to build once at its end: building an index over the rows
-- is quicker than keeping it up row by row while COPY writes them. The indexer drops them and
-- records them here in one transaction, so a backfill killed before its end leaves them here,
-- and the next run builds them before it follows the head.

-- +goose Up
CREATE TABLE deferred_indexes (
    name        text PRIMARY KEY,
    table_name  text        NOT NULL,
    definition  text        NOT NULL,
    deferred_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE deferred_indexes IS 'Secondary indexes of events and positions that a running (or killed) backfill dropped, with the CREATE INDEX that builds them again; empty once the index follows the head.';

-- +goose Down
-- +goose StatementBegin
DO $$
DECLARE d text;
BEGIN
    FOR d IN SELECT definition FROM deferred_indexes LOOP
        EXECUTE d;
    END LOOP;
END $$;
-- +goose StatementEnd
DROP TABLE deferred_indexes;
