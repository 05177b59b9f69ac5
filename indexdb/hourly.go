package indexdb

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/units"
)

// Feed is a price feed the index follows for one deployment: what a backtest over the
// indexed rounds reads.
type Feed struct {
	ChainID  int64
	Factory  common.Address
	Address  common.Address
	Decimals uint8
	Markets  int // markets priced by it
}

// Feeds lists the feeds of the indexed markets, by chain, factory and address.
func Feeds(ctx context.Context, q Querier) ([]Feed, error) {
	rows, err := q.Query(ctx, `SELECT chain_id, factory, price_feed, feed_decimals, count(*) FROM markets
		GROUP BY chain_id, factory, price_feed, feed_decimals ORDER BY chain_id, factory, price_feed`)
	if err != nil {
		return nil, fmt.Errorf("read feeds: %w", err)
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (Feed, error) {
		var f Feed
		var factory, feed []byte
		err := row.Scan(&f.ChainID, &factory, &feed, &f.Decimals, &f.Markets)
		f.Factory, f.Address = common.BytesToAddress(factory), common.BytesToAddress(feed)
		return f, err
	})
}

// HourClose is the last indexed round of one hour: Hour is the hour's start (unix seconds)
// and Answer the feed's answer at its end, in feed units.
type HourClose struct {
	Hour   int64
	Answer *big.Int
}

// HourlyCloses lists, oldest first, the hours in which f published a positive round, each
// with the last such round in it (by update time, then block and log position): the
// timestamp,close rows of the feed's history. Hours without a round are absent.
func HourlyCloses(ctx context.Context, q Querier, f Feed) ([]HourClose, error) {
	rows, err := q.Query(ctx, `SELECT DISTINCT ON (r.updated_at / 3600) (r.updated_at / 3600) * 3600, r.answer::text
		FROM price_rounds r
		WHERE r.chain_id = $1 AND r.factory = $2 AND r.price_feed = $3 AND r.answer > 0
		ORDER BY r.updated_at / 3600, r.updated_at DESC, r.block_number DESC, r.log_index DESC`,
		f.ChainID, f.Factory.Bytes(), f.Address.Bytes())
	if err != nil {
		return nil, fmt.Errorf("read the rounds of feed %s: %w", f.Address, err)
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (HourClose, error) {
		var c HourClose
		var answer string
		err := row.Scan(&c.Hour, &answer)
		c.Answer = units.ParseDecimal(&answer)
		return c, err
	})
}
