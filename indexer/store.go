package indexer

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/ltvkeeper/ltvkeeper/feeds"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/protocol"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// keepBlocks is how many recent block hashes the blocks table keeps to find a common ancestor.
const keepBlocks = 1024

// checkpoint is the last block whose events are all committed.
type checkpoint struct {
	number, timestamp uint64
	hash              common.Hash
	ok                bool // false before the first commit
}

// store writes the index. Every write is one transaction: a crash at any point loses
// nothing and duplicates nothing.
type store struct {
	db         *pgxpool.Pool
	chainID    int64
	factory    []byte
	heartbeats map[protocol.MarketID]uint64 // seconds, by market: Config.Heartbeats
	copyBuf    []byte                       // copyEvents's, reused
}

// followed is what the indexer follows besides the factory: its markets, and the source of
// each market's price feed.
type followed struct {
	markets map[protocol.MarketID]bool
	sources map[common.Address]feeds.Source // by feed
	// unprobed are feeds indexed before the index kept their sources: their source is read
	// at the start of the next range.
	unprobed map[common.Address]bool
	oracles  map[common.Address]bool // the markets' oracles, whose price() is read at each range end
	// oracleFeeds are the feeds behind each oracle read so far (nil: none); see readOracleFeeds.
	oracleFeeds map[common.Address]*indexdb.OracleFeeds
}

// load returns the checkpoint and what the indexer follows.
func (s *store) load(ctx context.Context) (checkpoint, followed, error) {
	var cp checkpoint
	f := followed{markets: make(map[protocol.MarketID]bool), sources: make(map[common.Address]feeds.Source),
		unprobed: make(map[common.Address]bool), oracles: make(map[common.Address]bool),
		oracleFeeds: make(map[common.Address]*indexdb.OracleFeeds)}
	var hash []byte
	err := s.db.QueryRow(ctx, `SELECT block_number, block_hash, block_timestamp FROM checkpoints WHERE chain_id = $1 AND factory = $2`,
		s.chainID, s.factory).Scan(&cp.number, &hash, &cp.timestamp)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
	case err != nil:
		return cp, f, fmt.Errorf("read checkpoint: %w", err)
	default:
		cp.hash, cp.ok = common.BytesToHash(hash), true
	}
	rows, err := s.db.Query(ctx, `SELECT DISTINCT ON (price_feed) price_feed, block_number, phase_id, aggregator, min_answer::text, max_answer::text
		FROM feed_aggregators WHERE chain_id = $1 AND factory = $2 ORDER BY price_feed, block_number DESC`, s.chainID, s.factory)
	if err != nil {
		return cp, f, fmt.Errorf("read price feeds: %w", err)
	}
	for rows.Next() {
		var feed, agg []byte
		var phase int32
		var lo, hi *string
		var src feeds.Source
		if err := rows.Scan(&feed, &src.Block, &phase, &agg, &lo, &hi); err != nil {
			return cp, f, fmt.Errorf("read price feeds: %w", err)
		}
		src.Feed, src.Aggregator, src.Phase = common.BytesToAddress(feed), common.BytesToAddress(agg), uint16(phase)
		src.MinAnswer, src.MaxAnswer = units.ParseDecimal(lo), units.ParseDecimal(hi)
		f.sources[src.Feed] = src
	}
	if err := rows.Err(); err != nil {
		return cp, f, fmt.Errorf("read price feeds: %w", err)
	}
	rows, err = s.db.Query(ctx, `SELECT market, price_feed, oracle FROM markets WHERE chain_id = $1 AND factory = $2`, s.chainID, s.factory)
	if err != nil {
		return cp, f, fmt.Errorf("read markets: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m, feed, oracle []byte
		if err := rows.Scan(&m, &feed, &oracle); err != nil {
			return cp, f, err
		}
		f.markets[protocol.MarketID(m)] = true
		if oracle != nil {
			f.oracles[common.BytesToAddress(oracle)] = true
		}
		if feed == nil {
			continue
		}
		if _, ok := f.sources[common.BytesToAddress(feed)]; !ok {
			f.unprobed[common.BytesToAddress(feed)] = true
		}
	}
	return cp, f, rows.Err()
}

// A batch is written in one transaction with its checkpoint, which notifies listeners as it
// commits: stage copies its rows, finish merges them, writes the checkpoint and commits.

// staged is a batch whose rows are copied in an open transaction, before its merges, its
// checkpoint and its commit. A backfill stages the next range while this one finishes: the
// copied rows are the range's own (their keys hold its blocks), so the two transactions never
// wait for each other, and a range finishes only once the range before it has committed.
type staged struct {
	s     *store
	tx    pgx.Tx
	b     *batch
	began time.Time
}

// stage begins the transaction of batch b, clears its blocks, and copies its events and its
// positions' and market states' changes. The caller ends it with finish, or rollback.
func (s *store) stage(ctx context.Context, b *batch) (_ *staged, err error) {
	began := time.Now()
	tx, err := s.db.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback(context.WithoutCancel(ctx))
		}
	}()

	// Nothing of this factory above the checkpoint should exist; clearing the range anyway
	// makes a replay after any failure write the same rows instead of failing on duplicate
	// keys. Only this factory's rows: another deployment on the chain may share the database.
	clear := &pgx.Batch{}
	for _, table := range []string{"events", "price_rounds", "feed_aggregators", "oracle_prices"} {
		clear.Queue(`DELETE FROM `+table+` WHERE chain_id = $1 AND factory = $2 AND block_number BETWEEN $3 AND $4`,
			s.chainID, s.factory, b.from, b.to)
	}
	clear.Queue(`DELETE FROM markets WHERE chain_id = $1 AND factory = $2 AND created_block BETWEEN $3 AND $4`,
		s.chainID, s.factory, b.from, b.to)
	if len(b.Positions) > 0 {
		clear.Queue(createPositionChanges)
	}
	if len(b.States) > 0 {
		clear.Queue(createStateChanges)
	}
	if err := tx.SendBatch(ctx, clear).Close(); err != nil {
		return nil, fmt.Errorf("clear blocks %d-%d: %w", b.from, b.to, err)
	}
	if err := s.copyEvents(ctx, tx, b.events); err != nil {
		return nil, fmt.Errorf("copy events %d-%d: %w", b.from, b.to, err)
	}
	if err := s.copyPositions(ctx, tx, b.Positions); err != nil {
		return nil, fmt.Errorf("copy positions %d-%d: %w", b.from, b.to, err)
	}
	if err := s.copyStates(ctx, tx, b.States); err != nil {
		return nil, fmt.Errorf("copy market states %d-%d: %w", b.from, b.to, err)
	}
	return &staged{s: s, tx: tx, b: b, began: began}, nil
}

// finish merges a staged batch, writes its checkpoint and commits it. It must follow the
// commit of the batch before it: its checkpoint would otherwise wait for that one's.
func (st *staged) finish(ctx context.Context) error {
	s, tx, b := st.s, st.tx, st.b
	defer tx.Rollback(context.WithoutCancel(ctx))
	q := &pgx.Batch{}
	s.queueMarkets(q, b.Markets)
	s.queuePrices(q, b.prices)
	s.queueOraclePrices(q, b.oraclePrices)
	s.queueSources(q, b.sources)
	s.mergeStates(q, b.States)
	s.mergePositions(q, b.Positions)
	s.queueBlocks(q, b)
	q.Queue(`INSERT INTO checkpoints (chain_id, factory, block_number, block_hash, block_timestamp) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (chain_id, factory) DO UPDATE SET block_number = EXCLUDED.block_number, block_hash = EXCLUDED.block_hash,
		block_timestamp = EXCLUDED.block_timestamp, updated_at = now()`,
		s.chainID, s.factory, b.end.Number.Uint64(), b.end.Hash().Bytes(), b.end.Time)
	q.Queue(`DELETE FROM blocks WHERE chain_id = $1 AND factory = $2 AND number < $3`, s.chainID, s.factory, int64(b.to)-keepBlocks)
	q.Queue(`SELECT pg_notify($1, $2)`, indexdb.Channel, s.notice(b.end.Number.Uint64(), b.end.Hash()))
	if err := tx.SendBatch(ctx, q).Close(); err != nil {
		return fmt.Errorf("write state %d-%d: %w", b.from, b.to, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit %d-%d: %w", b.from, b.to, err)
	}
	return nil
}

// rollback ends a staged batch without writing it.
func (st *staged) rollback(ctx context.Context) { st.tx.Rollback(context.WithoutCancel(ctx)) }

// notice is what the indexer says on indexdb.Channel once the index ends at block.
func (s *store) notice(block uint64, hash common.Hash) string {
	return indexdb.Notice{ChainID: uint64(s.chainID), Factory: common.BytesToAddress(s.factory), Block: block, Hash: hash}.Payload()
}

// copyEventsSQL copies rows in COPY's binary format, which copyEvents writes.
const copyEventsSQL = `COPY events (chain_id, factory, block_number, log_index, block_hash, block_timestamp, tx_hash,
	address, market, account, event, args) FROM STDIN (FORMAT binary)`

// copyHeader opens a binary COPY: the signature, no flags, no header extension.
var copyHeader = []byte("PGCOPY\n\xff\r\n\x00\x00\x00\x00\x00\x00\x00\x00\x00")

// copyEvents copies the range's events into events. It writes COPY's binary format itself:
// each row is a few integers and byte strings whose encoding is known, where pgx's general
// COPY would look up an encoder for every value of every row. buf is reused from range to
// range.
func (s *store) copyEvents(ctx context.Context, tx pgx.Tx, events []event) error {
	if len(events) == 0 {
		return nil
	}
	hexes := make(map[common.Address]string) // checksummed addresses of the range
	buf := append(s.copyBuf[:0], copyHeader...)
	var err error
	for i := range events {
		if buf, err = s.appendEventRow(buf, &events[i], hexes); err != nil {
			return err
		}
	}
	buf = binary.BigEndian.AppendUint16(buf, 0xffff) // the end: a row of -1 fields
	s.copyBuf = buf
	_, err = tx.Conn().PgConn().CopyFrom(ctx, bytes.NewReader(buf), copyEventsSQL)
	return err
}

// appendEventRow appends ev as a row of copyEventsSQL: the number of fields, then each
// field's length and bytes (-1 for NULL). Integers are big-endian; a jsonb is its version, 1,
// and its text.
func (s *store) appendEventRow(buf []byte, ev *event, hexes map[common.Address]string) ([]byte, error) {
	buf = binary.BigEndian.AppendUint16(buf, 12)
	buf = appendInt64Field(buf, s.chainID)
	buf = appendBytesField(buf, s.factory)
	buf = appendInt64Field(buf, int64(ev.BlockNumber))
	buf = binary.BigEndian.AppendUint32(buf, 4)
	buf = binary.BigEndian.AppendUint32(buf, uint32(ev.LogIndex))
	buf = appendBytesField(buf, ev.BlockHash[:])
	buf = appendInt64Field(buf, int64(ev.BlockTimestamp))
	buf = appendBytesField(buf, ev.TxHash[:])
	buf = appendBytesField(buf, ev.Address[:])
	buf = appendBytesField(buf, ev.Market.Bytes())
	buf = appendBytesField(buf, addrBytes(ev.Account))
	buf = appendBytesField(buf, []byte(ev.Name))
	// args: the length is known once the JSON is written after it.
	at := len(buf)
	buf = append(buf, 0, 0, 0, 0, 1)
	buf, err := appendArgsJSON(buf, ev.Args, hexes)
	if err != nil {
		return nil, err
	}
	binary.BigEndian.PutUint32(buf[at:], uint32(len(buf)-at-4))
	return buf, nil
}

func appendInt64Field(buf []byte, v int64) []byte {
	return binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint32(buf, 8), uint64(v))
}

// appendBytesField appends a bytea or text field; nil is NULL.
func appendBytesField(buf, b []byte) []byte {
	if b == nil {
		return binary.BigEndian.AppendUint32(buf, 0xffffffff)
	}
	return append(binary.BigEndian.AppendUint32(buf, uint32(len(b))), b...)
}

// orNull is an address as a nullable column: NULL for the zero address.
func orNull(a common.Address) []byte {
	if a == (common.Address{}) {
		return nil
	}
	return a.Bytes()
}

func addrBytes(a *common.Address) []byte {
	if a == nil {
		return nil
	}
	return a.Bytes()
}

func (s *store) queueMarkets(q *pgx.Batch, markets []protocol.NewMarket) {
	for _, m := range markets {
		var feeds [4][]byte
		var scale *string
		if o := m.OracleFeeds; o != nil {
			feeds = [4][]byte{orNull(o.Base1), orNull(o.Base2), orNull(o.Quote1), orNull(o.Quote2)}
			v := o.ScaleFactor.String()
			scale = &v
		}
		q.Queue(`INSERT INTO markets (chain_id, market, factory, collateral_token, loan_token, price_feed,
			collateral_decimals, loan_decimals, feed_decimals, max_borrow_ltv, margin_call_ltv, liquidation_ltv,
			liquidation_bonus, liquidation_target_ltv, max_price_age, initial_borrow_rate, created_block, created_timestamp,
			protocol, contract, heartbeat, oracle, irm, base_feed_1, base_feed_2, quote_feed_1, quote_feed_2, oracle_scale_factor)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::numeric, $11::numeric, $12::numeric, $13::numeric, $14::numeric,
			$15::numeric, $16::numeric, $17, $18, $19, $20, NULLIF($21, 0), $22, $23, $24, $25, $26, $27, $28::numeric)`,
			s.chainID, m.ID.Bytes(), s.factory, m.CollateralToken.Bytes(), m.LoanToken.Bytes(), orNull(m.PriceFeed),
			int32(m.CollateralDecimals), int32(m.LoanDecimals), int32(m.FeedDecimals),
			m.MaxBorrowLTV.String(), m.MarginCallLTV.String(), m.LiquidationLTV.String(), m.LiquidationBonus.String(),
			m.LiquidationTargetLTV.String(), m.MaxPriceAge.String(), m.InitialBorrowRate.String(), int64(m.Block), int64(m.Timestamp),
			m.Protocol, m.Contract.Bytes(), int64(s.heartbeat(m.ID)), orNull(m.Oracle), orNull(m.IRM),
			feeds[0], feeds[1], feeds[2], feeds[3], scale)
	}
}

// heartbeat is the configured heartbeat of a market; 0 for none.
func (s *store) heartbeat(id protocol.MarketID) uint64 { return s.heartbeats[id] }

// setHeartbeats writes the configured heartbeats onto the markets already indexed (0: back to
// the market's maxPriceAge).
func (s *store) setHeartbeats(ctx context.Context) error {
	if len(s.heartbeats) == 0 {
		return nil
	}
	var markets [][]byte
	var seconds []int64
	for m, hb := range s.heartbeats {
		markets, seconds = append(markets, m.Bytes()), append(seconds, int64(hb))
	}
	_, err := s.db.Exec(ctx, `UPDATE markets m SET heartbeat = NULLIF(u.seconds, 0)
		FROM unnest($3::bytea[], $4::bigint[]) AS u(market, seconds)
		WHERE m.chain_id = $1 AND m.factory = $2 AND m.market = u.market AND m.heartbeat IS DISTINCT FROM NULLIF(u.seconds, 0)`,
		s.chainID, s.factory, markets, seconds)
	if err != nil {
		return fmt.Errorf("set the markets' heartbeats: %w", err)
	}
	return nil
}

// setMarginCalls writes the margin-call line line(liquidation_ltv) onto the markets already
// indexed whose line differs: a protocol whose line is a setting applies a changed one to every
// market.
func (s *store) setMarginCalls(ctx context.Context, line func(liquidationLTV *big.Int) *big.Int) error {
	rows, err := s.db.Query(ctx, `SELECT market, liquidation_ltv::text, margin_call_ltv::text FROM markets WHERE chain_id = $1 AND factory = $2`,
		s.chainID, s.factory)
	if err != nil {
		return fmt.Errorf("read the markets' margin-call lines: %w", err)
	}
	var markets [][]byte
	var lines []string
	for rows.Next() {
		var m []byte
		var lltv, mc string
		if err := rows.Scan(&m, &lltv, &mc); err != nil {
			rows.Close()
			return fmt.Errorf("read the markets' margin-call lines: %w", err)
		}
		v, ok := new(big.Int).SetString(lltv, 10)
		if !ok {
			continue
		}
		if want := line(v).String(); want != mc {
			markets, lines = append(markets, m), append(lines, want)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read the markets' margin-call lines: %w", err)
	}
	if len(markets) == 0 {
		return nil
	}
	if _, err := s.db.Exec(ctx, `UPDATE markets m SET margin_call_ltv = u.line::numeric
		FROM unnest($3::bytea[], $4::text[]) AS u(market, line)
		WHERE m.chain_id = $1 AND m.factory = $2 AND m.market = u.market`, s.chainID, s.factory, markets, lines); err != nil {
		return fmt.Errorf("set the markets' margin-call lines: %w", err)
	}
	return nil
}

func (s *store) queuePrices(q *pgx.Batch, prices []priceRound) {
	for _, p := range prices {
		q.Queue(`INSERT INTO price_rounds (chain_id, factory, price_feed, block_number, log_index, round_id, answer, updated_at, aggregator)
			VALUES ($1, $2, $3, $4, $5, $6::numeric, $7::numeric, $8, $9)`,
			s.chainID, s.factory, p.feed.Bytes(), int64(p.block), int32(p.logIndex), p.roundID.String(), p.answer.String(), int64(p.updatedAt),
			p.aggregator.Bytes())
	}
}

func (s *store) queueSources(q *pgx.Batch, sources []feeds.Source) {
	for _, src := range sources {
		q.Queue(`INSERT INTO feed_aggregators (chain_id, factory, price_feed, block_number, phase_id, aggregator, min_answer, max_answer)
			VALUES ($1, $2, $3, $4, $5, $6, $7::numeric, $8::numeric)
			ON CONFLICT (chain_id, factory, price_feed, block_number) DO UPDATE SET phase_id = EXCLUDED.phase_id,
			aggregator = EXCLUDED.aggregator, min_answer = EXCLUDED.min_answer, max_answer = EXCLUDED.max_answer`,
			s.chainID, s.factory, src.Feed.Bytes(), int64(src.Block), int32(src.Phase), src.Aggregator.Bytes(),
			units.Decimal(src.MinAnswer), units.Decimal(src.MaxAnswer))
	}
}

// The staging tables of a commit: the range's folded positions and market states are copied
// into them, then merged into positions and market_state in one statement each. Each
// connection creates them once, and a commit or rollback empties them.
const (
	createPositionChanges = `CREATE TEMP TABLE IF NOT EXISTS position_changes (market bytea, borrower bytea, collateral numeric,
		borrow_shares numeric, supply_shares numeric, block_number bigint) ON COMMIT DELETE ROWS`
	createStateChanges = `CREATE TEMP TABLE IF NOT EXISTS state_changes (market bytea, tsa numeric, tss numeric, tba numeric,
		tbs numeric, tc numeric, idx numeric, rate numeric, rps numeric, fee numeric, last_accrual bigint, block_number bigint) ON COMMIT DELETE ROWS`
)

// copyStates copies the range's market states into state_changes; mergeStates merges them.
func (s *store) copyStates(ctx context.Context, tx pgx.Tx, states map[protocol.MarketID]*protocol.StateDelta) error {
	if len(states) == 0 {
		return nil
	}
	rows := make([][]any, 0, len(states))
	for m, st := range states {
		row := make([]any, 0, 3+len(protocol.StateColumns))
		row = append(row, m.Bytes())
		for _, column := range protocol.StateColumns {
			row = append(row, numeric(st.Values[column]))
		}
		var la *int64
		if st.LastAccrual != nil {
			v := int64(*st.LastAccrual)
			la = &v
		}
		rows = append(rows, append(row, la, int64(st.Block)))
	}
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"state_changes"},
		[]string{"market", "tsa", "tss", "tba", "tbs", "tc", "idx", "rate", "rps", "fee", "last_accrual", "block_number"}, pgx.CopyFromRows(rows))
	return err
}

func (s *store) mergeStates(q *pgx.Batch, states map[protocol.MarketID]*protocol.StateDelta) {
	if len(states) == 0 {
		return
	}
	q.Queue(`MERGE INTO market_state s USING state_changes u
		ON s.chain_id = $1 AND s.market = u.market
		WHEN MATCHED THEN UPDATE SET
			total_supply_assets = COALESCE(u.tsa, s.total_supply_assets),
			total_supply_shares = COALESCE(u.tss, s.total_supply_shares),
			total_borrow_assets = COALESCE(u.tba, s.total_borrow_assets),
			total_borrow_shares = COALESCE(u.tbs, s.total_borrow_shares),
			total_collateral = COALESCE(u.tc, s.total_collateral),
			borrow_index = COALESCE(u.idx, s.borrow_index),
			borrow_rate = COALESCE(u.rate, s.borrow_rate),
			rate_per_second = COALESCE(u.rps, s.rate_per_second),
			fee = COALESCE(u.fee, s.fee),
			last_accrual = COALESCE(u.last_accrual, s.last_accrual),
			block_number = u.block_number
		WHEN NOT MATCHED THEN INSERT (chain_id, market, total_supply_assets, total_supply_shares, total_borrow_assets,
			total_borrow_shares, total_collateral, borrow_index, borrow_rate, rate_per_second, fee, last_accrual, block_number)
			VALUES ($1, u.market, COALESCE(u.tsa, 0), COALESCE(u.tss, 0), COALESCE(u.tba, 0),
			COALESCE(u.tbs, 0), COALESCE(u.tc, 0), COALESCE(u.idx, 1e27), COALESCE(u.rate, 0),
			COALESCE(u.rps, 1e27), COALESCE(u.fee, 0), COALESCE(u.last_accrual, 0), u.block_number)`, s.chainID)
}

// copyPositionsSQL copies rows in COPY's binary format, which copyPositions writes.
const copyPositionsSQL = `COPY position_changes (market, borrower, collateral, borrow_shares, supply_shares, block_number)
	FROM STDIN (FORMAT binary)`

// copyPositions copies the range's positions into position_changes, in COPY's binary format
// written directly as copyEvents writes events; mergePositions upserts them.
func (s *store) copyPositions(ctx context.Context, tx pgx.Tx, positions map[protocol.PositionKey]*protocol.PositionDelta) error {
	if len(positions) == 0 {
		return nil
	}
	buf := append(s.copyBuf[:0], copyHeader...)
	for k, p := range positions {
		buf = binary.BigEndian.AppendUint16(buf, 6)
		buf = appendBytesField(buf, k.Market.Bytes())
		buf = appendBytesField(buf, k.Borrower[:])
		buf = appendNumericField(buf, p.Collateral)
		buf = appendNumericField(buf, p.BorrowShares)
		buf = appendNumericField(buf, p.SupplyShares)
		buf = appendInt64Field(buf, int64(p.Block))
	}
	buf = binary.BigEndian.AppendUint16(buf, 0xffff)
	s.copyBuf = buf
	_, err := tx.Conn().PgConn().CopyFrom(ctx, bytes.NewReader(buf), copyPositionsSQL)
	return err
}

// appendNumericField appends the integer v as a numeric field (NULL for nil): the number of
// base-10,000 digits, the weight of the first, the sign, a scale of 0, then the digits, most
// significant first, as pgx writes them.
func appendNumericField(buf []byte, v *big.Int) []byte {
	if v == nil {
		return binary.BigEndian.AppendUint32(buf, 0xffffffff)
	}
	var digits [80]uint16 // least significant first; 2^256 has 20
	n := 0
	if v.IsUint64() {
		for x := v.Uint64(); x > 0; x /= 10_000 {
			digits[n], n = uint16(x%10_000), n+1
		}
	} else {
		x, chunk := new(big.Int).Abs(v), new(big.Int)
		for x.Sign() > 0 {
			x.QuoRem(x, tenTo16, chunk)
			c := chunk.Uint64()
			for range 4 {
				digits[n], n, c = uint16(c%10_000), n+1, c/10_000
			}
		}
		for n > 0 && digits[n-1] == 0 {
			n--
		}
	}
	sign := uint16(0)
	if v.Sign() < 0 {
		sign = 0x4000
	}
	buf = binary.BigEndian.AppendUint32(buf, uint32(8+2*n))
	buf = binary.BigEndian.AppendUint16(buf, uint16(n))
	buf = binary.BigEndian.AppendUint16(buf, uint16(int16(n-1))) // the weight: -1 for 0, as pgx writes it
	buf = binary.BigEndian.AppendUint16(buf, sign)
	buf = binary.BigEndian.AppendUint16(buf, 0)
	for i := n - 1; i >= 0; i-- {
		buf = binary.BigEndian.AppendUint16(buf, digits[i])
	}
	return buf
}

var tenTo16 = big.NewInt(1e16)

// mergePositions upserts the staged positions: a field the range set is written, one it did
// not set keeps its value (0 in a new row). Positions are grouped by which fields they set,
// one statement per group, so that each staged row is matched to its position by the primary
// key's conflict check. A join (MERGE) leaves the plan to the planner, which knows nothing of
// the staging table's size and, once positions holds a few thousand rows, hashes the whole
// table for every range: a backfill's merges then grow with the square of its positions.
func (s *store) mergePositions(q *pgx.Batch, positions map[protocol.PositionKey]*protocol.PositionDelta) {
	var groups [8]bool // by the fields set: collateral, borrow shares, supply shares
	for _, p := range positions {
		groups[positionFields(p)] = true
	}
	for g, present := range groups {
		if !present {
			continue
		}
		set := ""
		for i, column := range []string{"collateral", "borrow_shares", "supply_shares"} {
			if g&(1<<i) != 0 {
				set += column + " = EXCLUDED." + column + ", "
			}
		}
		q.Queue(`INSERT INTO positions (chain_id, market, borrower, collateral, borrow_shares, supply_shares, block_number)
			SELECT $1, market, borrower, COALESCE(collateral, 0), COALESCE(borrow_shares, 0), COALESCE(supply_shares, 0), block_number
			FROM position_changes
			WHERE (collateral IS NOT NULL) = $2 AND (borrow_shares IS NOT NULL) = $3 AND (supply_shares IS NOT NULL) = $4
			ON CONFLICT (chain_id, market, borrower) DO UPDATE SET `+set+`block_number = EXCLUDED.block_number`,
			s.chainID, g&1 != 0, g&2 != 0, g&4 != 0)
	}
}

// positionFields is the fields a range set in a position: bit 0 collateral, 1 borrow shares,
// 2 supply shares.
func positionFields(p *protocol.PositionDelta) int {
	g := 0
	for i, v := range []*big.Int{p.Collateral, p.BorrowShares, p.SupplyShares} {
		if v != nil {
			g |= 1 << i
		}
	}
	return g
}

// numeric is an integer amount as COPY writes it: NULL for nil.
func numeric(v *big.Int) pgtype.Numeric {
	if v == nil {
		return pgtype.Numeric{}
	}
	return pgtype.Numeric{Int: v, Valid: true}
}

func (s *store) queueBlocks(q *pgx.Batch, b *batch) {
	var numbers, timestamps []int64
	var hashes, parents [][]byte
	for _, h := range b.headers {
		numbers, timestamps = append(numbers, h.Number.Int64()), append(timestamps, int64(h.Time))
		hashes, parents = append(hashes, h.Hash().Bytes()), append(parents, h.ParentHash.Bytes())
	}
	q.Queue(`INSERT INTO blocks (chain_id, factory, number, hash, parent_hash, timestamp)
		SELECT $1, $2, * FROM unnest($3::bigint[], $4::bytea[], $5::bytea[], $6::bigint[])
		ON CONFLICT (chain_id, factory, number) DO UPDATE SET hash = EXCLUDED.hash, parent_hash = EXCLUDED.parent_hash, timestamp = EXCLUDED.timestamp`,
		s.chainID, s.factory, numbers, hashes, parents, timestamps)
}

// storedBlocks returns the remembered blocks at or below `from`, newest first.
func (s *store) storedBlocks(ctx context.Context, from uint64, limit int) ([]checkpoint, error) {
	rows, err := s.db.Query(ctx, `SELECT number, hash, timestamp FROM blocks WHERE chain_id = $1 AND factory = $2 AND number <= $3
		ORDER BY number DESC LIMIT $4`, s.chainID, s.factory, int64(from), limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (checkpoint, error) {
		var c checkpoint
		var hash []byte
		err := row.Scan(&c.number, &hash, &c.timestamp)
		c.hash, c.ok = common.BytesToHash(hash), true
		return c, err
	})
}

// rollback removes everything of this factory above the common ancestor and recomputes, from
// the events that remain, the positions and market states the removed events had touched; in
// one transaction.
func (s *store) rollback(ctx context.Context, ancestor checkpoint) error {
	tx, err := s.db.Begin(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	above := int64(ancestor.number)
	if _, err := tx.Exec(ctx, `CREATE TEMP TABLE touched (market bytea, account bytea) ON COMMIT DROP`); err != nil {
		return err
	}
	stmts := []string{
		// What the removed events touched, before they go.
		`INSERT INTO touched SELECT DISTINCT market, account FROM events
			WHERE chain_id = @chain AND factory = @factory AND block_number > @above AND market IS NOT NULL`,
		`DELETE FROM events WHERE chain_id = @chain AND factory = @factory AND block_number > @above`,
		`DELETE FROM price_rounds WHERE chain_id = @chain AND factory = @factory AND block_number > @above`,
		`DELETE FROM feed_aggregators WHERE chain_id = @chain AND factory = @factory AND block_number > @above`,
		`DELETE FROM oracle_prices WHERE chain_id = @chain AND factory = @factory AND block_number > @above`,
		`DELETE FROM blocks WHERE chain_id = @chain AND factory = @factory AND number > @above`,
		`DELETE FROM positions p USING markets m WHERE m.chain_id = @chain AND m.factory = @factory AND m.created_block > @above
			AND p.chain_id = m.chain_id AND p.market = m.market`,
		`DELETE FROM market_state s USING markets m WHERE m.chain_id = @chain AND m.factory = @factory AND m.created_block > @above
			AND s.chain_id = m.chain_id AND s.market = m.market`,
		`DELETE FROM markets WHERE chain_id = @chain AND factory = @factory AND created_block > @above`,
		`UPDATE positions p SET
			collateral = COALESCE(ltv_latest_position_arg(p.chain_id, p.market, p.borrower, 'collateral'), 0),
			borrow_shares = COALESCE(ltv_latest_position_arg(p.chain_id, p.market, p.borrower, 'borrowShares'), 0),
			supply_shares = COALESCE(ltv_latest_position_arg(p.chain_id, p.market, p.borrower, 'supplyShares'), 0),
			block_number = COALESCE((SELECT e.block_number FROM events e WHERE e.chain_id = p.chain_id AND e.market = p.market
				AND e.account = p.borrower AND (e.args ? 'collateral' OR e.args ? 'borrowShares' OR e.args ? 'supplyShares')
				ORDER BY e.block_number DESC, e.log_index DESC LIMIT 1), 0)
		FROM touched t WHERE p.chain_id = @chain AND p.market = t.market AND p.borrower = t.account`,
		`DELETE FROM positions p USING touched t WHERE p.chain_id = @chain AND p.market = t.market AND p.borrower = t.account
			AND ltv_latest_position_arg(p.chain_id, p.market, p.borrower, 'collateral') IS NULL
			AND ltv_latest_position_arg(p.chain_id, p.market, p.borrower, 'borrowShares') IS NULL
			AND ltv_latest_position_arg(p.chain_id, p.market, p.borrower, 'supplyShares') IS NULL`,
		`UPDATE market_state s SET
			total_supply_assets = COALESCE(ltv_latest_market_arg(s.chain_id, s.market, 'totalSupplyAssets'), 0),
			total_supply_shares = COALESCE(ltv_latest_market_arg(s.chain_id, s.market, 'totalSupplyShares'), 0),
			total_borrow_assets = COALESCE(ltv_latest_market_arg(s.chain_id, s.market, 'totalBorrowAssets'), 0),
			total_borrow_shares = COALESCE(ltv_latest_market_arg(s.chain_id, s.market, 'totalBorrowShares'), 0),
			total_collateral = COALESCE(ltv_latest_market_arg(s.chain_id, s.market, 'totalCollateral'), 0),
			borrow_index = COALESCE(ltv_latest_market_arg(s.chain_id, s.market, 'borrowIndex'), 1e27),
			borrow_rate = COALESCE(ltv_latest_market_arg(s.chain_id, s.market, 'newRate'), m.initial_borrow_rate),
			rate_per_second = COALESCE(ltv_latest_market_arg(s.chain_id, s.market, 'ratePerSecond'), s.rate_per_second),
			fee = COALESCE(ltv_latest_market_arg(s.chain_id, s.market, 'fee'), 0),
			last_accrual = COALESCE((SELECT e.block_timestamp FROM events e WHERE e.chain_id = s.chain_id AND e.market = s.market
				AND e.event = 'AccrueInterest' ORDER BY e.block_number DESC, e.log_index DESC LIMIT 1), m.created_timestamp),
			block_number = (SELECT max(e.block_number) FROM events e WHERE e.chain_id = s.chain_id AND e.market = s.market)
		FROM markets m WHERE s.chain_id = @chain AND m.chain_id = s.chain_id AND m.market = s.market
			AND s.market IN (SELECT market FROM touched)`,
	}
	for _, stmt := range stmts {
		if _, err := tx.Exec(ctx, stmt, pgx.NamedArgs{"chain": s.chainID, "factory": s.factory, "above": above}); err != nil {
			return fmt.Errorf("roll back to block %d: %w", ancestor.number, err)
		}
	}
	if _, err := tx.Exec(ctx, `UPDATE checkpoints SET block_number = $3, block_hash = $4, block_timestamp = $5, updated_at = now()
		WHERE chain_id = $1 AND factory = $2`, s.chainID, s.factory, above, ancestor.hash.Bytes(), int64(ancestor.timestamp)); err != nil {
		return fmt.Errorf("roll back checkpoint: %w", err)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_notify($1, $2)`, indexdb.Channel, s.notice(ancestor.number, ancestor.hash)); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

func (s *store) queueOraclePrices(q *pgx.Batch, prices []oraclePrice) {
	for _, p := range prices {
		q.Queue(`INSERT INTO oracle_prices (chain_id, factory, oracle, block_number, price) VALUES ($1, $2, $3, $4, $5::numeric)`,
			s.chainID, s.factory, p.oracle.Bytes(), int64(p.block), p.price.String())
	}
}

// snapshot reads the whole index of the root contract at its checkpoint, for a stateful
// protocol to fold the next range onto.
func (s *store) snapshot(ctx context.Context) (protocol.Snapshot, error) {
	snap := protocol.Snapshot{States: make(map[protocol.MarketID]*protocol.StateDelta),
		Positions: make(map[protocol.PositionKey]*protocol.PositionDelta), Root: make(map[string][]byte)}
	rows, err := s.db.Query(ctx, `SELECT s.market, s.total_supply_assets::text, s.total_supply_shares::text, s.total_borrow_assets::text,
			s.total_borrow_shares::text, s.total_collateral::text, s.borrow_index::text, s.borrow_rate::text, s.rate_per_second::text,
			s.fee::text, s.last_accrual, s.block_number
		FROM market_state s JOIN markets m USING (chain_id, market) WHERE m.chain_id = $1 AND m.factory = $2`, s.chainID, s.factory)
	if err != nil {
		return snap, fmt.Errorf("read market states: %w", err)
	}
	var market []byte
	var values [9]string
	var lastAccrual, block int64
	scan := []any{&market}
	for i := range values {
		scan = append(scan, &values[i])
	}
	_, err = pgx.ForEachRow(rows, append(scan, &lastAccrual, &block), func() error {
		st := &protocol.StateDelta{Values: make(map[string]*big.Int, len(values)), Block: uint64(block)}
		for i, column := range []string{protocol.TotalSupplyAssets, protocol.TotalSupplyShares, protocol.TotalBorrowAssets,
			protocol.TotalBorrowShares, protocol.TotalCollateral, protocol.BorrowIndex, protocol.BorrowRate, protocol.RatePerSecond, protocol.Fee} {
			v, ok := new(big.Int).SetString(values[i], 10)
			if !ok {
				return fmt.Errorf("market %x: %s %q is not an integer", market, column, values[i])
			}
			st.Values[column] = v
		}
		la := uint64(lastAccrual)
		st.LastAccrual = &la
		snap.States[protocol.MarketID(market)] = st
		return nil
	})
	if err != nil {
		return snap, fmt.Errorf("read market states: %w", err)
	}
	rows, err = s.db.Query(ctx, `SELECT p.market, p.borrower, p.collateral::text, p.borrow_shares::text, p.supply_shares::text, p.block_number
		FROM positions p JOIN markets m USING (chain_id, market) WHERE m.chain_id = $1 AND m.factory = $2`, s.chainID, s.factory)
	if err != nil {
		return snap, fmt.Errorf("read positions: %w", err)
	}
	var borrower []byte
	var amounts [3]string
	_, err = pgx.ForEachRow(rows, []any{&market, &borrower, &amounts[0], &amounts[1], &amounts[2], &block}, func() error {
		var v [3]*big.Int
		for i, a := range amounts {
			var ok bool
			if v[i], ok = new(big.Int).SetString(a, 10); !ok {
				return fmt.Errorf("position of %x in market %x: %q is not an integer", borrower, market, a)
			}
		}
		key := protocol.PositionKey{Market: protocol.MarketID(market), Borrower: common.BytesToAddress(borrower)}
		snap.Positions[key] = &protocol.PositionDelta{Collateral: v[0], BorrowShares: v[1], SupplyShares: v[2], Block: uint64(block)}
		return nil
	})
	if err != nil {
		return snap, fmt.Errorf("read positions: %w", err)
	}
	rows, err = s.db.Query(ctx, `SELECT DISTINCT ON (event) event, args::text FROM events
		WHERE chain_id = $1 AND factory = $2 AND address = $2 AND market IS NULL
		ORDER BY event, block_number DESC, log_index DESC`, s.chainID, s.factory)
	if err != nil {
		return snap, fmt.Errorf("read the root contract's events: %w", err)
	}
	var name, args string
	_, err = pgx.ForEachRow(rows, []any{&name, &args}, func() error {
		snap.Root[name] = []byte(args)
		return nil
	})
	if err != nil {
		return snap, fmt.Errorf("read the root contract's events: %w", err)
	}
	return snap, nil
}
