package api

import (
	"context"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
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

	// Market is an address, or a Morpho Blue market's id (0x and 64 hex digits); Protocol is
	// ltvkeeper or morpho-blue; Contract holds the market (the market itself, or Morpho Blue);
	// Oracle prices a Morpho Blue market (null for a market priced by a Chainlink feed).
	Protocol string  `json:"protocol"`
	Contract string  `json:"contract"`
	Oracle   *string `json:"oracle"`

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

	Price           *string  `json:"price"` // feed units (feedDecimals; a Morpho Blue oracle's price(): 36 + loan − collateral decimals)
	PriceUSD        *float64 `json:"priceUsd"`
	PriceRoundID    *string  `json:"priceRoundId"`
	PriceUpdatedAt  *int64   `json:"priceUpdatedAt"` // a Morpho Chainlink oracle's: its feeds' oldest latest round's
	PriceBlock      *int64   `json:"priceBlock"`
	PriceStale      *bool    `json:"priceStale"`      // older than the heartbeat at the latest indexed block; null without one
	PriceAtBound    *bool    `json:"priceAtBound"`    // at the aggregator's minAnswer or maxAnswer (an oracle's: any of its feeds'): the market may be beyond it
	PriceAggregator *string  `json:"priceAggregator"` // the aggregator that published the round
	Heartbeat       uint64   `json:"heartbeat"`       // seconds: the market's heartbeat, else its maxPriceAge (0: none)
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
	err := s.readChain(ctx, func(tx pgx.Tx, chain int64) error {
		ms, err := indexdb.Markets(ctx, tx, uint64(chain))
		if err != nil {
			return queryErr("query markets", err)
		}
		for _, m := range ms {
			resp.Markets = append(resp.Markets, toMarket(m))
		}
		return nil
	})
	return resp, err
}

func toMarket(o indexdb.MarketOverview) Market {
	wad := func(v *uint256.Int) (string, *float64) { return v.Dec(), units.Float(v.ToBig(), 18) }
	m := Market{
		ChainID: int64(o.ChainID), Market: indexdb.MarketID(o.ID).Hex(), Factory: o.Factory.Hex(),
		Protocol: o.Protocol, Contract: o.Contract.Hex(),
		CollateralToken: o.CollateralToken.Hex(), LoanToken: o.LoanToken.Hex(), PriceFeed: o.PriceFeed.Hex(),
		CollateralDecimals: int32(o.CollateralDecimals), LoanDecimals: int32(o.LoanDecimals), FeedDecimals: int32(o.PriceDecimals()),
		MaxPriceAge: o.MaxPriceAge.Dec(), InitialBorrowRateWad: o.InitialBorrowRate.Dec(), Heartbeat: o.Heartbeat,
		CreatedBlock: int64(o.CreatedBlock), CreatedTimestamp: int64(o.CreatedTimestamp),
	}
	m.MaxBorrowLtvWad, m.MaxBorrowLtv = wad(o.MaxBorrowLTV)
	m.MarginCallLtvWad, m.MarginCallLtv = wad(o.MarginCallLTV)
	m.LiquidationLtvWad, m.LiquidationLtv = wad(o.LiquidationLTV)
	m.LiquidationTargetLtvWad, m.LiquidationTargetLtv = wad(o.LiquidationTargetLTV)
	m.LiquidationBonusWad, m.LiquidationBonus = wad(o.LiquidationBonus)
	if o.Oracle != (common.Address{}) {
		oracle := o.Oracle.Hex()
		m.Oracle = &oracle
	}
	if st := o.State; st != nil {
		m.TotalSupplyAssets, m.TotalSupplyShares = units.Decimal(st.SupplyAssets), units.Decimal(st.SupplyShares)
		m.TotalBorrowAssets, m.TotalBorrowShares = units.Decimal(st.BorrowAssets), units.Decimal(st.BorrowShares)
		m.TotalCollateral, m.BorrowIndexRay = units.Decimal(st.Collateral), units.Decimal(st.BorrowIndex)
		m.BorrowRateWad, m.BorrowRate = units.Decimal(st.BorrowRate), units.Float(st.BorrowRate, 18)
		m.RatePerSecondRay, m.LastAccrual, m.StateBlock = units.Decimal(st.RatePerSecond), &st.LastAccrual, &st.Block
	}
	if p := o.Latest; p != nil {
		m.Price, m.PriceUSD, m.PriceBlock = units.Decimal(p.Answer), units.Float(p.Answer, o.PriceDecimals()), &p.Block
	}
	if p := o.Latest; p != nil && (p.RoundID != nil || p.UpdatedAt != 0) { // a feed's round, or those behind a Morpho Chainlink oracle
		m.PriceUpdatedAt, m.PriceStale, m.PriceAtBound = &p.UpdatedAt, p.Stale, &p.AtBound
	}
	if p := o.Latest; p != nil && p.RoundID != nil { // a feed's round; an oracle's price() has no round
		agg := p.Aggregator.Hex()
		m.PriceRoundID, m.PriceAggregator = units.Decimal(p.RoundID), &agg
	}
	return m
}
