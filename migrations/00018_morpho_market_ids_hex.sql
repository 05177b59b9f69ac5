-- A Morpho Blue event's market id (its bytes32 argument "id") is a hex string in args, as
-- hashes and addresses are: it was written as an array of 32 numbers, which took four times
-- the room and matched nothing else in the index.

-- +goose Up
UPDATE events
SET args = jsonb_set(args, '{id}', to_jsonb('0x' || (
    SELECT string_agg(lpad(to_hex(b::int), 2, '0'), '' ORDER BY i)
    FROM jsonb_array_elements_text(args->'id') WITH ORDINALITY AS a(b, i))))
WHERE jsonb_typeof(args->'id') = 'array';

-- +goose Down
UPDATE events
SET args = jsonb_set(args, '{id}', (
    SELECT jsonb_agg(get_byte(decode(substr(args->>'id', 3), 'hex'), i) ORDER BY i)
    FROM generate_series(0, 31) AS i))
WHERE jsonb_typeof(args->'id') = 'string' AND args->>'id' ~ '^0x[0-9a-f]{64}$';
