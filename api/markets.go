package api

import (
	"context"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/units"
)

// Market is one market in /v1/markets: its tokens, feed and risk parameters (WAD fractions,
// as exact strings and as numbers), its totals as of its last indexed event, and the latest
// indexed price of its feed. Totals and price are null until the index has them.
type Market struct {
	ChainID            int64  `json:"chainId"`
	Market             string `json:"market"`
	Factory            string `json:"factory"`
	CollateralToken    string `json:"collateralToken"`
	LoanToken          string `json:"loanToken"`
	PriceFeed          string `json:"priceFeed"`
	CollateralDecimals int32  `json:"collateralDecimals"`
	LoanDecimals       int32  `json:"loanDecimals"`
	FeedDecimals       int32  `json:"feedDecimals"`

	MaxBorrowLtvWad         string   `json:"maxBorrowLtvWad"`
	MaxBorrowLtv            *float64 `json:"maxBorrowLtv"`
	MarginCallLtvWad        string   `json:"marginCallLtvWad"`
	MarginCallLtv           *float64 `json:"marginCallLtv"`
	LiquidationLtvWad       string   `json:"liquidationLtvWad"`
	LiquidationLtv          *float64 `json:"liquidationLtv"`
	LiquidationTargetLtvWad string   `json:"liquidationTargetLtvWad"`
	LiquidationTargetLtv    *float64 `json:"liquidationTargetLtv"`
	LiquidationBonusWad     string   `json:"liquidationBonusWad"`
	LiquidationBonus        *float64 `json:"liquidationBonus"`
	MaxPriceAge             string   `json:"maxPriceAge"` // seconds
	InitialBorrowRateWad    string   `json:"initialBorrowRateWad"`
	CreatedBlock            int64    `json:"createdBlock"`
	CreatedTimestamp        int64    `json:"createdTimestamp"`

	TotalSupplyAssets *string  `json:"totalSupplyAssets"` // loan token
	TotalSupplyShares *string  `json:"totalSupplyShares"`
	TotalBorrowAssets *string  `json:"totalBorrowAssets"` // loan token
	TotalBorrowShares *string  `json:"totalBorrowShares"`
	TotalCollateral   *string  `json:"totalCollateral"` // collateral token
	BorrowIndexRay    *string  `json:"borrowIndexRay"`
	BorrowRateWad     *string  `json:"borrowRateWad"` // annual
	BorrowRate        *float64 `json:"borrowRate"`
	RatePerSecondRay  *string  `json:"ratePerSecondRay"`
	LastAccrual       *int64   `json:"lastAccrual"`
	StateBlock        *int64   `json:"stateBlock"`

	Price          *string  `json:"price"` // feed units (feedDecimals)
	PriceUSD       *float64 `json:"priceUsd"`
	PriceRoundID   *string  `json:"priceRoundId"`
	PriceUpdatedAt *int64   `json:"priceUpdatedAt"`
	PriceBlock     *int64   `json:"priceBlock"`
	PriceStale     *bool    `json:"priceStale"` // older than maxPriceAge at the latest indexed block
}

// MarketsResponse is the body of /v1/markets.
type MarketsResponse struct {
	Markets []Market `json:"markets"`
}

func (s *server) markets(ctx context.Context, r *http.Request) (any, error) {
	if _, err := newParams(r); err != nil {
		return nil, err
	}
	resp := MarketsResponse{Markets: []Market{}}
	err := s.read(ctx, func(tx pgx.Tx) error {
		chain, err := s.chainID(ctx, tx)
		if err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `
			WITH head AS (
				SELECT chain_id, max(block_timestamp) AS block_timestamp FROM checkpoints GROUP BY chain_id
			), latest AS (
				SELECT DISTINCT ON (chain_id, price_feed) chain_id, price_feed, round_id, answer, updated_at, block_number
				FROM price_rounds ORDER BY chain_id, price_feed, block_number DESC, log_index DESC
			)
			SELECT m.chain_id, m.market, m.factory, m.collateral_token, m.loan_token, m.price_feed,
			       m.collateral_decimals, m.loan_decimals, m.feed_decimals,
			       m.max_borrow_ltv::text, m.margin_call_ltv::text, m.liquidation_ltv::text,
			       m.liquidation_target_ltv::text, m.liquidation_bonus::text, m.max_price_age::text,
			       m.initial_borrow_rate::text, m.created_block, m.created_timestamp,
			       s.total_supply_assets::text, s.total_supply_shares::text, s.total_borrow_assets::text,
			       s.total_borrow_shares::text, s.total_collateral::text, s.borrow_index::text,
			       s.borrow_rate::text, s.rate_per_second::text, s.last_accrual, s.block_number,
			       p.answer::text, p.round_id::text, p.updated_at, p.block_number,
			       h.block_timestamp - p.updated_at > m.max_price_age
			FROM markets m
			LEFT JOIN market_state s USING (chain_id, market)
			LEFT JOIN latest p ON p.chain_id = m.chain_id AND p.price_feed = m.price_feed
			LEFT JOIN head h ON h.chain_id = m.chain_id
			WHERE $1::bigint = 0 OR m.chain_id = $1::bigint
			ORDER BY m.chain_id, m.created_block, m.market`, chain)
		if err != nil {
			return queryErr("query markets", err)
		}
		resp.Markets, err = pgx.CollectRows(rows, scanMarket)
		if err != nil {
			return queryErr("query markets", err)
		}
		return nil
	})
	return resp, err
}

func scanMarket(row pgx.CollectableRow) (Market, error) {
	var (
		m                                         Market
		market, factory, coll, loan, feed         []byte
		maxBorrow, marginCall, liq, target, bonus string
	)
	err := row.Scan(&m.ChainID, &market, &factory, &coll, &loan, &feed,
		&m.CollateralDecimals, &m.LoanDecimals, &m.FeedDecimals,
		&maxBorrow, &marginCall, &liq, &target, &bonus, &m.MaxPriceAge,
		&m.InitialBorrowRateWad, &m.CreatedBlock, &m.CreatedTimestamp,
		&m.TotalSupplyAssets, &m.TotalSupplyShares, &m.TotalBorrowAssets,
		&m.TotalBorrowShares, &m.TotalCollateral, &m.BorrowIndexRay,
		&m.BorrowRateWad, &m.RatePerSecondRay, &m.LastAccrual, &m.StateBlock,
		&m.Price, &m.PriceRoundID, &m.PriceUpdatedAt, &m.PriceBlock, &m.PriceStale)
	if err != nil {
		return m, err
	}
	m.Market, m.Factory = hexAddr(market), hexAddr(factory)
	m.CollateralToken, m.LoanToken, m.PriceFeed = hexAddr(coll), hexAddr(loan), hexAddr(feed)
	m.MaxBorrowLtvWad, m.MaxBorrowLtv = maxBorrow, scaledString(&maxBorrow, 18)
	m.MarginCallLtvWad, m.MarginCallLtv = marginCall, scaledString(&marginCall, 18)
	m.LiquidationLtvWad, m.LiquidationLtv = liq, scaledString(&liq, 18)
	m.LiquidationTargetLtvWad, m.LiquidationTargetLtv = target, scaledString(&target, 18)
	m.LiquidationBonusWad, m.LiquidationBonus = bonus, scaledString(&bonus, 18)
	m.BorrowRate = scaledString(m.BorrowRateWad, 18)
	m.PriceUSD = scaledString(m.Price, m.FeedDecimals)
	return m, nil
}

func hexAddr(b []byte) string { return common.BytesToAddress(b).Hex() }

func hexAddrPtr(b []byte) *string {
	if b == nil {
		return nil
	}
	s := hexAddr(b)
	return &s
}

// scaledString is scaled for an integer given in decimal; nil for nil or not an integer.
func scaledString(s *string, decimals int32) *float64 {
	if s == nil {
		return nil
	}
	v, ok := new(big.Int).SetString(*s, 10)
	if !ok {
		return nil
	}
	return units.Float(v, uint8(decimals))
}
