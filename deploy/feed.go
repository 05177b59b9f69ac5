package deploy

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink/aggregatorproxy"
	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink/eacaggregatorproxy"
	"github.com/ltvkeeper/ltvkeeper/bindings/devaggregator"
	"github.com/ltvkeeper/ltvkeeper/chain"
)

// ProxyKind is which of Chainlink's proxies a development feed puts in front of its aggregator.
type ProxyKind int

const (
	// EACProxy is Chainlink's EACAggregatorProxy, the proxy of most mainnet feeds (BTC/USD
	// among them): it emits no event when its aggregator changes.
	EACProxy ProxyKind = iota
	// AggregatorProxy is Chainlink's later AggregatorProxy, which emits AggregatorProposed and
	// AggregatorConfirmed when its aggregator changes.
	AggregatorProxy
)

func (k ProxyKind) String() string {
	switch k {
	case EACProxy:
		return "EACAggregatorProxy"
	case AggregatorProxy:
		return "AggregatorProxy"
	}
	return fmt.Sprintf("ProxyKind(%d)", int(k))
}

// Development BTC/USD feed defaults, in feed units (8 decimals, as mainnet's BTC/USD): the
// aggregator publishes answers from $1 to $1,000,000 and refuses a report outside them, as
// Chainlink's OCR aggregators refuse a median outside their minAnswer and maxAnswer.
const DevFeedDecimals = 8

var (
	DevFeedMinAnswer = big.NewInt(1e8)  // $1
	DevFeedMaxAnswer = big.NewInt(1e14) // $1,000,000
)

// FeedConfig says what development feed to deploy: a DevAggregator behind one of Chainlink's
// proxies, with a first answer published.
type FeedConfig struct {
	Description          string   // "BTC / USD"
	Decimals             uint8    // the answers' decimals
	MinAnswer, MaxAnswer *big.Int // the aggregator's bounds, feed units
	Answer               *big.Int // the first answer, feed units, within the bounds
	Proxy                ProxyKind
}

// DevFeedConfig is the development BTC/USD feed with first answer btcPrice (feed units),
// behind an EACAggregatorProxy.
func DevFeedConfig(btcPrice *big.Int) FeedConfig {
	return FeedConfig{
		Description: "BTC / USD",
		Decimals:    DevFeedDecimals,
		MinAnswer:   DevFeedMinAnswer,
		MaxAnswer:   DevFeedMaxAnswer,
		Answer:      btcPrice,
		Proxy:       EACProxy,
	}
}

// Feed is a development feed shaped as production's: markets read Proxy; prices are published
// to Aggregator, the proxy's current aggregator.
type Feed struct {
	Proxy      common.Address
	Aggregator common.Address
}

// DeployFeed deploys a DevAggregator, the proxy cfg names in front of it, and publishes
// cfg.Answer as the aggregator's round 1 (the proxy's round 1<<64 | 1), all from s. The answer
// is checked against the bounds before anything is sent.
func DeployFeed(ctx context.Context, s *chain.Sender, cfg FeedConfig) (Feed, error) {
	if err := checkFeedConfig(cfg); err != nil {
		return Feed{}, err
	}
	aggregator, err := DeployAggregator(ctx, s, cfg)
	if err != nil {
		return Feed{}, err
	}
	var input []byte
	var bin string
	switch cfg.Proxy {
	case EACProxy:
		// No access controller: every caller may read, as on mainnet since 2021.
		bin, input = eacaggregatorproxy.EACAggregatorProxyMetaData.Bin, eacaggregatorproxy.NewEACAggregatorProxy().PackConstructor(aggregator, common.Address{})
	case AggregatorProxy:
		bin, input = aggregatorproxy.AggregatorProxyMetaData.Bin, aggregatorproxy.NewAggregatorProxy().PackConstructor(aggregator)
	default:
		return Feed{}, fmt.Errorf("deploy feed: unknown proxy kind %v (want EACProxy or AggregatorProxy)", cfg.Proxy)
	}
	proxy, _, err := s.Deploy(ctx, bin, input)
	if err != nil {
		return Feed{}, fmt.Errorf("deploy %s %s: %w", cfg.Description, cfg.Proxy, err)
	}
	if _, err := PublishPrice(ctx, s, aggregator, cfg.Answer); err != nil {
		return Feed{}, err
	}
	return Feed{Proxy: proxy, Aggregator: aggregator}, nil
}

// DeployAggregator deploys a DevAggregator with cfg's description, decimals and bounds, owned
// by s, with no round yet. Put it behind a proxy with SwitchAggregator.
func DeployAggregator(ctx context.Context, s *chain.Sender, cfg FeedConfig) (common.Address, error) {
	if err := checkBounds(cfg); err != nil {
		return common.Address{}, err
	}
	input := devaggregator.NewDevAggregator().PackConstructor(cfg.Decimals, cfg.MinAnswer, cfg.MaxAnswer, cfg.Description)
	addr, _, err := s.Deploy(ctx, devaggregator.DevAggregatorMetaData.Bin, input)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy %s aggregator: %w", cfg.Description, err)
	}
	return addr, nil
}

// PublishPrice publishes answer (feed units) as the aggregator's next round, which emits
// NewTransmission, NewRound and AnswerUpdated and reaches the proxy's reads in the same block.
// An answer outside the aggregator's bounds reverts, as on mainnet, and the feed keeps its
// last answer: the error reads `Error("median is out of min-max range")`.
func PublishPrice(ctx context.Context, s *chain.Sender, aggregator common.Address, answer *big.Int) (*types.Receipt, error) {
	if answer == nil {
		return nil, fmt.Errorf("publish price to aggregator %s: no answer given", aggregator)
	}
	receipt, err := s.Transact(ctx, aggregator, devaggregator.NewDevAggregator().PackTransmit(answer))
	if err != nil {
		return nil, fmt.Errorf("publish price %s to aggregator %s: %w", answer, aggregator, err)
	}
	return receipt, nil
}

// PriceCall is the call that publishes answer (feed units) as the market's next price on a
// development chain: transmit on the market's Aggregator, which only the feed's owner may
// send, or, for a market that names none, setPrice on its mock feed, which anyone may send.
// A production feed has neither: there, calls of PriceCall revert.
func (m Market) PriceCall(answer *big.Int) (to common.Address, data []byte) {
	if m.Aggregator != nil {
		return *m.Aggregator, devaggregator.NewDevAggregator().PackTransmit(answer)
	}
	return m.PriceFeed, bindings.NewMockPriceFeed().PackSetPrice(answer)
}

// PublishPrice sends m.PriceCall(answer) from s: the market's next price, in the block it
// returns the receipt of.
func (m Market) PublishPrice(ctx context.Context, s *chain.Sender, answer *big.Int) (*types.Receipt, error) {
	if answer == nil {
		return nil, fmt.Errorf("publish a price for market %s: no answer given", m.Name)
	}
	if m.Aggregator != nil {
		return PublishPrice(ctx, s, *m.Aggregator, answer)
	}
	to, data := m.PriceCall(answer)
	receipt, err := s.Transact(ctx, to, data)
	if err != nil {
		return nil, fmt.Errorf("set price %s on mock feed %s: %w", answer, to, err)
	}
	return receipt, nil
}

// SwitchAggregator points the proxy at aggregator as Chainlink's owners do, with
// proposeAggregator then confirmAggregator (the same calls on both proxies); the proxy's
// phase goes up by one. s must own the proxy. It returns the confirmation's receipt, where
// AggregatorProxy logs AggregatorConfirmed and EACAggregatorProxy logs nothing.
func SwitchAggregator(ctx context.Context, s *chain.Sender, proxy, aggregator common.Address) (*types.Receipt, error) {
	if err := ProposeAggregator(ctx, s, proxy, aggregator); err != nil {
		return nil, err
	}
	return ConfirmAggregator(ctx, s, proxy, aggregator)
}

// ProposeAggregator is SwitchAggregator's first step: the proxy's phase does not move yet.
func ProposeAggregator(ctx context.Context, s *chain.Sender, proxy, aggregator common.Address) error {
	if _, err := s.Transact(ctx, proxy, eacaggregatorproxy.NewEACAggregatorProxy().PackProposeAggregator(aggregator)); err != nil {
		return fmt.Errorf("propose aggregator %s to proxy %s: %w", aggregator, proxy, err)
	}
	return nil
}

// ConfirmAggregator is SwitchAggregator's second step, after ProposeAggregator; it returns the
// confirmation's receipt.
func ConfirmAggregator(ctx context.Context, s *chain.Sender, proxy, aggregator common.Address) (*types.Receipt, error) {
	receipt, err := s.Transact(ctx, proxy, eacaggregatorproxy.NewEACAggregatorProxy().PackConfirmAggregator(aggregator))
	if err != nil {
		return nil, fmt.Errorf("confirm aggregator %s on proxy %s: %w", aggregator, proxy, err)
	}
	return receipt, nil
}

func checkBounds(cfg FeedConfig) error {
	if cfg.MinAnswer == nil || cfg.MaxAnswer == nil || cfg.MinAnswer.Cmp(cfg.MaxAnswer) > 0 {
		return fmt.Errorf("deploy %s aggregator: bounds [%v, %v] are not an interval: give MinAnswer <= MaxAnswer, in feed units", cfg.Description, cfg.MinAnswer, cfg.MaxAnswer)
	}
	return nil
}

func checkFeedConfig(cfg FeedConfig) error {
	if err := checkBounds(cfg); err != nil {
		return err
	}
	if cfg.Answer == nil || cfg.Answer.Cmp(cfg.MinAnswer) < 0 || cfg.Answer.Cmp(cfg.MaxAnswer) > 0 {
		return fmt.Errorf("deploy %s feed: first answer %v is outside the aggregator's bounds [%v, %v]: give an answer within them, in feed units (%d decimals)", cfg.Description, cfg.Answer, cfg.MinAnswer, cfg.MaxAnswer, cfg.Decimals)
	}
	return nil
}
