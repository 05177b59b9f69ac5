package indexdb

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/loanmath"
	"github.com/ltvkeeper/ltvkeeper/units"
)

// Market is a market row: its protocol, where it lives, its tokens and feed, and its risk
// parameters (LTVs and the bonus are WAD fractions, the rate WAD per year, the price age
// seconds).
type Market struct {
	ChainID  uint64
	Protocol string         // ProtocolLTVKeeper or ProtocolMorphoBlue
	ID       []byte         // the market: its address (20 bytes) or its Id in Contract (32 bytes)
	Contract common.Address // the contract that holds the market and emits its events
	// Address is ID as an address (an ltvkeeper market's contract); the rest as the row has them.
	Address, Factory, CollateralToken, LoanToken, PriceFeed common.Address
	CollateralDecimals, LoanDecimals, FeedDecimals          uint8
	MaxBorrowLTV, MarginCallLTV, LiquidationLTV             *uint256.Int
	LiquidationBonus, LiquidationTargetLTV                  *uint256.Int
	MaxPriceAge, InitialBorrowRate                          *uint256.Int
	CreatedBlock, CreatedTimestamp                          uint64
	// Heartbeat is the age in seconds past which the market's price counts as stale: the
	// market's own setting, else its maxPriceAge.
	Heartbeat uint64
	// Oracle prices the market where it has no PriceFeed (Morpho Blue), and IRM is its
	// interest rate model; zero for none.
	Oracle, IRM common.Address
	// OracleFeeds are the Chainlink feeds Oracle combines, when it is a Morpho Chainlink oracle
	// without vaults; nil otherwise.
	OracleFeeds *OracleFeeds
}

// OracleFeeds are the feeds of a Morpho Chainlink oracle (MorphoChainlinkOracleV2) without
// vaults: its price() is ScaleFactor × Base1 × Base2 ÷ (Quote1 × Quote2), rounded down, of the
// feeds' latest answers, a zero feed counting as 1. Its price history is its feeds' rounds.
type OracleFeeds struct {
	Base1, Base2, Quote1, Quote2 common.Address
	ScaleFactor                  *big.Int
}

// Feeds are the oracle's feeds that are not zero.
func (o *OracleFeeds) Feeds() []common.Address {
	var out []common.Address
	for _, f := range []common.Address{o.Base1, o.Base2, o.Quote1, o.Quote2} {
		if f != (common.Address{}) {
			out = append(out, f)
		}
	}
	return out
}

// Scale is the market's decimals as the loan math takes them.
func (m Market) Scale() loanmath.Scale {
	return loanmath.NewScale(m.CollateralDecimals, m.LoanDecimals, m.FeedDecimals)
}

// PriceDecimals are the decimals of the market's price: its feed's, or for a market priced by
// an oracle (Morpho Blue: the loan token's base units per collateral base unit, scaled by
// 1e36), 36 + loan decimals − collateral decimals, so that it reads as loan tokens per whole
// collateral token.
func (m Market) PriceDecimals() uint8 {
	if m.Oracle == (common.Address{}) {
		return m.FeedDecimals
	}
	return 36 + m.LoanDecimals - m.CollateralDecimals
}

// PriceDecimalsSQL is PriceDecimals in SQL, of the markets row m: the decimals of the market's
// prices, so that a price over 10^decimals is loan tokens a whole collateral token (USD for
// USDC), whether a feed or an oracle prices the market.
const PriceDecimalsSQL = `CASE WHEN m.oracle IS NULL THEN m.feed_decimals ELSE 36 + m.loan_decimals - m.collateral_decimals END`

// The protocols a market row can be of.
const (
	ProtocolLTVKeeper  = "ltvkeeper"
	ProtocolMorphoBlue = "morpho-blue"
)

// marketColumns are a market row's columns in scanMarket's order, of the table alias m.
const marketColumns = `m.protocol, m.contract, m.chain_id, m.market, m.factory, m.collateral_token, m.loan_token, m.price_feed,
	m.collateral_decimals, m.loan_decimals, m.feed_decimals, m.max_borrow_ltv::text, m.margin_call_ltv::text,
	m.liquidation_ltv::text, m.liquidation_bonus::text, m.liquidation_target_ltv::text, m.max_price_age::text,
	m.initial_borrow_rate::text, m.created_block, m.created_timestamp, COALESCE(m.heartbeat, m.max_price_age)::bigint, m.oracle, m.irm,
	m.base_feed_1, m.base_feed_2, m.quote_feed_1, m.quote_feed_2, m.oracle_scale_factor::text`

// scanMarket scans marketColumns, then the columns after them into extra.
func scanMarket(row pgx.Row, extra ...any) (Market, error) {
	var m Market
	var addrs [5][]byte
	var params [7]string
	var contract, oracle, irm []byte
	var feeds [4][]byte
	var scale *string
	err := row.Scan(append([]any{&m.Protocol, &contract, &m.ChainID, &addrs[0], &addrs[1], &addrs[2], &addrs[3], &addrs[4],
		&m.CollateralDecimals, &m.LoanDecimals, &m.FeedDecimals,
		&params[0], &params[1], &params[2], &params[3], &params[4], &params[5], &params[6],
		&m.CreatedBlock, &m.CreatedTimestamp, &m.Heartbeat, &oracle, &irm,
		&feeds[0], &feeds[1], &feeds[2], &feeds[3], &scale}, extra...)...)
	if err != nil {
		return m, err
	}
	m.Oracle, m.IRM = common.BytesToAddress(oracle), common.BytesToAddress(irm)
	if scale != nil {
		m.OracleFeeds = &OracleFeeds{Base1: common.BytesToAddress(feeds[0]), Base2: common.BytesToAddress(feeds[1]),
			Quote1: common.BytesToAddress(feeds[2]), Quote2: common.BytesToAddress(feeds[3]), ScaleFactor: units.ParseDecimal(scale)}
	}
	m.ID, m.Contract = addrs[0], common.BytesToAddress(contract)
	m.Address, m.Factory, m.CollateralToken = common.BytesToAddress(addrs[0]), common.BytesToAddress(addrs[1]), common.BytesToAddress(addrs[2])
	m.LoanToken, m.PriceFeed = common.BytesToAddress(addrs[3]), common.BytesToAddress(addrs[4])
	out := []**uint256.Int{&m.MaxBorrowLTV, &m.MarginCallLTV, &m.LiquidationLTV, &m.LiquidationBonus,
		&m.LiquidationTargetLTV, &m.MaxPriceAge, &m.InitialBorrowRate}
	for i, p := range params {
		v, err := uint256.FromDecimal(p)
		if err != nil {
			return m, fmt.Errorf("market %s: parameter %q in the index is not a uint256: %w", m.Address, p, err)
		}
		*out[i] = v
	}
	return m, nil
}

// MarketOf reads the market at addr on chainID; an error matching ErrNotIndexed when the
// index does not hold it (yet).
func MarketOf(ctx context.Context, q Querier, chainID uint64, addr common.Address) (Market, error) {
	return MarketByID(ctx, q, chainID, AddressMarket(addr))
}

// MarketByID reads the market id on chainID, of any protocol; an error matching
// ErrNotIndexed when the index does not hold it (yet).
func MarketByID(ctx context.Context, q Querier, chainID uint64, id MarketID) (Market, error) {
	m, err := scanMarket(q.QueryRow(ctx, `SELECT `+marketColumns+` FROM markets m WHERE m.chain_id = $1 AND m.market = $2`,
		int64(chainID), id.Bytes()))
	if errors.Is(err, pgx.ErrNoRows) {
		return m, fmt.Errorf("market %s on chain %d: %w", id, chainID, ErrNotIndexed)
	}
	if err != nil {
		return m, fmt.Errorf("read market %s: %w", id, err)
	}
	return m, nil
}

// CountMarkets is how many of addrs the index holds on chainID.
func CountMarkets(ctx context.Context, q Querier, chainID uint64, addrs []common.Address) (int, error) {
	raw := make([][]byte, len(addrs))
	for i, a := range addrs {
		raw[i] = a.Bytes()
	}
	var n int
	err := q.QueryRow(ctx, `SELECT count(*) FROM markets WHERE chain_id = $1 AND market = ANY($2)`, int64(chainID), raw).Scan(&n)
	return n, err
}

// MarketOverview is a market with its state as of its last indexed event (nil before one)
// and its feed's latest indexed round (nil before one).
type MarketOverview struct {
	Market
	State  *MarketTotals
	Latest *LatestRound
}

// MarketTotals are a market's indexed totals, index and rates.
type MarketTotals struct {
	SupplyAssets, SupplyShares, BorrowAssets, BorrowShares, Collateral *big.Int
	BorrowIndex, BorrowRate, RatePerSecond                             *big.Int // RAY, WAD a year, RAY
	LastAccrual, Block                                                 int64
}

// LatestRound is a feed's latest indexed round, whether it is older than the market's
// heartbeat at the latest indexed block, and whether it sits at its aggregator's minAnswer or
// maxAnswer (beyond which the aggregator publishes nothing). For a market priced by an oracle
// it is the oracle's latest indexed price(), with no RoundID; a Morpho Chainlink oracle's
// UpdatedAt, Stale and AtBound are its feeds': the oldest of their latest rounds, and whether
// any sits at its bounds (another oracle has none).
type LatestRound struct {
	Answer, RoundID  *big.Int
	Aggregator       common.Address // that published it
	UpdatedAt, Block int64
	Stale            *bool // nil before the chain has a checkpoint, or for a market without a heartbeat
	AtBound          bool
}

// Markets lists the markets on chainID (0: every chain) with their state and latest price, by
// chain, creation and address.
func Markets(ctx context.Context, q Querier, chainID uint64) ([]MarketOverview, error) {
	rows, err := q.Query(ctx, `
		WITH latest AS (
			SELECT DISTINCT ON (r.chain_id, r.price_feed) r.chain_id, r.price_feed, r.round_id, r.answer, r.updated_at,
			       r.block_number, r.aggregator, round_at_bound(r) AS at_bound
			FROM price_rounds r
			ORDER BY r.chain_id, r.price_feed, r.block_number DESC, r.log_index DESC
		)
		SELECT `+marketColumns+`,
		       s.total_supply_assets::text, s.total_supply_shares::text, s.total_borrow_assets::text,
		       s.total_borrow_shares::text, s.total_collateral::text, s.borrow_index::text,
		       s.borrow_rate::text, s.rate_per_second::text, s.last_accrual, s.block_number,
		       COALESCE(p.answer, op.price)::text, p.round_id::text, COALESCE(p.updated_at, f.updated_at), COALESCE(p.block_number, op.block_number),
		       h.block_timestamp - COALESCE(p.updated_at, f.updated_at) > NULLIF(COALESCE(m.heartbeat, m.max_price_age), 0),
		       p.aggregator, COALESCE(p.at_bound, f.at_bound)
		FROM markets m
		LEFT JOIN market_state s ON s.chain_id = m.chain_id AND s.market = m.market
		LEFT JOIN latest p ON p.chain_id = m.chain_id AND p.price_feed = m.price_feed
		LEFT JOIN LATERAL ( -- the feeds behind a Morpho Chainlink oracle
			SELECT min(l.updated_at) AS updated_at, bool_or(l.at_bound) AS at_bound FROM latest l
			WHERE l.chain_id = m.chain_id AND l.price_feed IN (m.base_feed_1, m.base_feed_2, m.quote_feed_1, m.quote_feed_2)
		) f ON m.oracle_scale_factor IS NOT NULL
		LEFT JOIN LATERAL (
			SELECT o.price, o.block_number FROM oracle_prices o
			WHERE o.chain_id = m.chain_id AND o.oracle = m.oracle ORDER BY o.block_number DESC LIMIT 1
		) op ON true
		LEFT JOIN checkpoints h ON h.chain_id = m.chain_id AND h.factory = m.factory
		WHERE $1::bigint = 0 OR m.chain_id = $1::bigint
		ORDER BY m.chain_id, m.created_block, m.market`, int64(chainID))
	if err != nil {
		return nil, fmt.Errorf("read markets: %w", err)
	}
	return pgx.CollectRows(rows, func(row pgx.CollectableRow) (MarketOverview, error) {
		var (
			o                       MarketOverview
			totals                  [8]*string
			lastAccrual, stateBlock *int64
			answer, round           *string
			updatedAt, priceBlock   *int64
			stale, atBound          *bool
			aggregator              []byte
		)
		m, err := scanMarket(row, &totals[0], &totals[1], &totals[2], &totals[3], &totals[4], &totals[5], &totals[6], &totals[7],
			&lastAccrual, &stateBlock, &answer, &round, &updatedAt, &priceBlock, &stale, &aggregator, &atBound)
		if err != nil {
			return o, err
		}
		o.Market = m
		if stateBlock != nil {
			st := &MarketTotals{Block: *stateBlock}
			if lastAccrual != nil {
				st.LastAccrual = *lastAccrual
			}
			for i, out := range []**big.Int{&st.SupplyAssets, &st.SupplyShares, &st.BorrowAssets, &st.BorrowShares,
				&st.Collateral, &st.BorrowIndex, &st.BorrowRate, &st.RatePerSecond} {
				*out = units.ParseDecimal(totals[i])
			}
			o.State = st
		}
		switch {
		case answer != nil && round != nil:
			o.Latest = &LatestRound{Answer: units.ParseDecimal(answer), RoundID: units.ParseDecimal(round), UpdatedAt: *updatedAt,
				Block: *priceBlock, Stale: stale, Aggregator: common.BytesToAddress(aggregator), AtBound: *atBound}
		case answer != nil && updatedAt != nil: // a Morpho Chainlink oracle's price(): its feeds' oldest round
			o.Latest = &LatestRound{Answer: units.ParseDecimal(answer), UpdatedAt: *updatedAt, Block: *priceBlock, Stale: stale,
				AtBound: atBound != nil && *atBound}
		case answer != nil: // another oracle's price(): no round, time or aggregator
			o.Latest = &LatestRound{Answer: units.ParseDecimal(answer), Block: *priceBlock}
		}
		return o, nil
	})
}

// MorphoMarketLive is a Morpho Blue market's totals with its borrowers' interest accrued to
// the latest indexed block time, as positions_live prices its debts (market_live); the fee's
// shares of that interest are left out, and the supply grows by the interest.
func MorphoMarketLive(ctx context.Context, q Querier, chainID uint64, id MarketID) (loanmath.MorphoMarket, error) {
	var supply, supplyShares, borrow, borrowShares, fee string
	var last int64
	err := q.QueryRow(ctx, `SELECT (s.total_supply_assets + l.morpho_borrow_assets - s.total_borrow_assets)::text, s.total_supply_shares::text,
			l.morpho_borrow_assets::text, s.total_borrow_shares::text, s.fee::text, l.as_of_timestamp
		FROM market_live l JOIN market_state s USING (chain_id, market)
		WHERE l.chain_id = $1 AND l.market = $2 AND l.protocol = $3`, int64(chainID), id.Bytes(), ProtocolMorphoBlue).
		Scan(&supply, &supplyShares, &borrow, &borrowShares, &fee, &last)
	if errors.Is(err, pgx.ErrNoRows) {
		return loanmath.MorphoMarket{}, fmt.Errorf("morpho market %s on chain %d: %w", id, chainID, ErrNotIndexed)
	}
	if err != nil {
		return loanmath.MorphoMarket{}, fmt.Errorf("read the live totals of Morpho market %s: %w", id, err)
	}
	m := loanmath.MorphoMarket{LastUpdate: uint64(last)}
	for _, f := range []struct {
		into **uint256.Int
		v    string
	}{{&m.TotalSupplyAssets, supply}, {&m.TotalSupplyShares, supplyShares}, {&m.TotalBorrowAssets, borrow},
		{&m.TotalBorrowShares, borrowShares}, {&m.Fee, fee}} {
		if *f.into, err = uint256.FromDecimal(f.v); err != nil {
			return m, fmt.Errorf("morpho market %s: total %q in the index is not a uint256: %w", id, f.v, err)
		}
	}
	return m, nil
}
