package deploy

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ltvkeeper/ltvkeeper/bindings/chainlink"
	"github.com/ltvkeeper/ltvkeeper/bindings/devaggregator"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/internal/anviltest"
)

// phase is the proxy round id of aggregator round r in phase p: p << 64 | r.
func phase(p, r int64) *big.Int {
	return new(big.Int).Or(new(big.Int).Lsh(big.NewInt(p), 64), big.NewInt(r))
}

// wantRound checks a proxy's round against its id, answer and the time of the block it was
// published in.
func wantRound(t *testing.T, a *anviltest.Anvil, what string, got chainlink.LatestRoundDataOutput, id, answer *big.Int, published *types.Receipt) {
	t.Helper()
	header, err := a.Client.HeaderByNumber(context.Background(), published.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	at := new(big.Int).SetUint64(header.Time)
	if got.RoundId.Cmp(id) != 0 || got.Answer.Cmp(answer) != 0 || got.UpdatedAt.Cmp(at) != 0 || got.StartedAt.Cmp(at) != 0 || got.AnsweredInRound.Cmp(id) != 0 {
		t.Errorf("%s: round %+v, want id %s answer %s at %s", what, got, id, answer, at)
	}
}

// TestDeployFeed deploys the development aggregator behind each of Chainlink's proxies,
// publishes through it, and switches the proxy to a second aggregator.
func TestDeployFeed(t *testing.T) {
	for _, kind := range []ProxyKind{EACProxy, AggregatorProxy} {
		t.Run(kind.String(), func(t *testing.T) {
			ctx := context.Background()
			a := anviltest.Start(t)
			s := a.Sender(0)
			v3 := chainlink.NewAggregatorV3Interface()
			px := chainlink.NewAggregatorProxyInterface()
			ocr := chainlink.NewOffchainAggregatorInterface()
			cfg := DevFeedConfig(big.NewInt(60_000e8))
			cfg.Proxy = kind
			feed, err := DeployFeed(ctx, s, cfg)
			if err != nil {
				t.Fatal(err)
			}
			readLatest := func() chainlink.LatestRoundDataOutput {
				return anviltest.Call(t, a.Client, feed.Proxy, v3.PackLatestRoundData(), v3.UnpackLatestRoundData, nil)
			}
			if got := anviltest.Call(t, a.Client, feed.Proxy, px.PackAggregator(), px.UnpackAggregator, nil); got != feed.Aggregator {
				t.Errorf("aggregator() = %s, want %s", got, feed.Aggregator)
			}
			if got := anviltest.Call(t, a.Client, feed.Proxy, px.PackPhaseId(), px.UnpackPhaseId, nil); got != 1 {
				t.Errorf("phaseId() = %d, want 1", got)
			}
			if got := anviltest.Call(t, a.Client, feed.Proxy, v3.PackDecimals(), v3.UnpackDecimals, nil); got != DevFeedDecimals {
				t.Errorf("decimals() = %d, want %d", got, DevFeedDecimals)
			}
			if lo, hi := anviltest.Call(t, a.Client, feed.Aggregator, ocr.PackMinAnswer(), ocr.UnpackMinAnswer, nil),
				anviltest.Call(t, a.Client, feed.Aggregator, ocr.PackMaxAnswer(), ocr.UnpackMaxAnswer, nil); lo.Cmp(DevFeedMinAnswer) != 0 || hi.Cmp(DevFeedMaxAnswer) != 0 {
				t.Errorf("bounds = [%s, %s], want [%s, %s]", lo, hi, DevFeedMinAnswer, DevFeedMaxAnswer)
			}
			first := readLatest()
			if first.RoundId.Cmp(phase(1, 1)) != 0 || first.Answer.Cmp(big.NewInt(60_000e8)) != 0 {
				t.Errorf("first round = %+v, want id %s answer 60000e8", first, phase(1, 1))
			}

			// A price: NewTransmission, NewRound, AnswerUpdated from the aggregator, in that
			// order, with the aggregator's round id; the proxy reads it under phase 1.
			receipt, err := PublishPrice(ctx, s, feed.Aggregator, big.NewInt(61_000e8))
			if err != nil {
				t.Fatal(err)
			}
			if len(receipt.Logs) != 3 {
				t.Fatalf("publish logged %d events, want 3", len(receipt.Logs))
			}
			for _, l := range receipt.Logs {
				if l.Address != feed.Aggregator {
					t.Errorf("event from %s, want the aggregator %s", l.Address, feed.Aggregator)
				}
			}
			if ev, err := ocr.UnpackNewTransmissionEvent(receipt.Logs[0]); err != nil || ev.AggregatorRoundId != 2 || ev.Answer.Cmp(big.NewInt(61_000e8)) != 0 || ev.Transmitter != s.From {
				t.Errorf("first event = %+v, %v; want NewTransmission(2, 61000e8, %s)", ev, err, s.From)
			}
			if ev, err := devaggregator.NewDevAggregator().UnpackNewRoundEvent(receipt.Logs[1]); err != nil || ev.RoundId.Int64() != 2 || ev.StartedBy != (common.Address{}) {
				t.Errorf("second event = %+v, %v; want NewRound(2, 0x0)", ev, err)
			}
			if ev, err := v3.UnpackAnswerUpdatedEvent(receipt.Logs[2]); err != nil || ev.RoundId.Int64() != 2 || ev.Current.Cmp(big.NewInt(61_000e8)) != 0 {
				t.Errorf("third event = %+v, %v; want AnswerUpdated(61000e8, 2)", ev, err)
			}
			wantRound(t, a, "after a price", readLatest(), phase(1, 2), big.NewInt(61_000e8), receipt)

			// A price beyond the bounds is refused and the feed keeps its last answer.
			_, err = PublishPrice(ctx, s, feed.Aggregator, new(big.Int).Add(DevFeedMaxAnswer, big.NewInt(1)))
			if !errors.Is(err, &chain.RevertError{Name: "Error"}) || !strings.Contains(err.Error(), "median is out of min-max range") {
				t.Errorf("publish above maxAnswer: err = %v, want the aggregator's min-max revert", err)
			}
			wantRound(t, a, "after a refused price", readLatest(), phase(1, 2), big.NewInt(61_000e8), receipt)

			// A second aggregator, switched in with propose + confirm: phase 2.
			next, err := DeployAggregator(ctx, s, cfg)
			if err != nil {
				t.Fatal(err)
			}
			published, err := PublishPrice(ctx, s, next, big.NewInt(62_000e8))
			if err != nil {
				t.Fatal(err)
			}
			confirmed, err := SwitchAggregator(ctx, s, feed.Proxy, next)
			if err != nil {
				t.Fatal(err)
			}
			switch kind {
			case EACProxy:
				if len(confirmed.Logs) != 0 {
					t.Errorf("EACAggregatorProxy confirmAggregator logged %d events, want none", len(confirmed.Logs))
				}
			case AggregatorProxy:
				if len(confirmed.Logs) != 1 {
					t.Fatalf("AggregatorProxy confirmAggregator logged %d events, want 1", len(confirmed.Logs))
				}
				ev, err := px.UnpackAggregatorConfirmedEvent(confirmed.Logs[0])
				if err != nil || ev.Previous != feed.Aggregator || ev.Latest != next {
					t.Errorf("confirm event = %+v, %v; want AggregatorConfirmed(%s, %s)", ev, err, feed.Aggregator, next)
				}
			}
			if got := anviltest.Call(t, a.Client, feed.Proxy, px.PackAggregator(), px.UnpackAggregator, nil); got != next {
				t.Errorf("aggregator() after the switch = %s, want %s", got, next)
			}
			if got := anviltest.Call(t, a.Client, feed.Proxy, px.PackPhaseId(), px.UnpackPhaseId, nil); got != 2 {
				t.Errorf("phaseId() after the switch = %d, want 2", got)
			}
			if got := anviltest.Call(t, a.Client, feed.Proxy, px.PackPhaseAggregators(1), px.UnpackPhaseAggregators, nil); got != feed.Aggregator {
				t.Errorf("phaseAggregators(1) = %s, want %s", got, feed.Aggregator)
			}
			wantRound(t, a, "after the switch", readLatest(), phase(2, 1), big.NewInt(62_000e8), published)
			old := anviltest.Call(t, a.Client, feed.Proxy, v3.PackGetRoundData(phase(1, 2)), v3.UnpackGetRoundData, nil)
			wantRound(t, a, "phase 1 round 2 after the switch", chainlink.LatestRoundDataOutput(old), phase(1, 2), big.NewInt(61_000e8), receipt)
		})
	}
}

// TestDeployFeedRefusesBadInput checks the configuration before anything is sent, and that a
// switch by an account that does not own the proxy comes back as the proxy's revert.
func TestDeployFeedRefusesBadInput(t *testing.T) {
	ctx := context.Background()
	a := anviltest.Start(t)
	s := a.Sender(0)

	low := DevFeedConfig(big.NewInt(50_000_000)) // $0.50
	inverted := DevFeedConfig(big.NewInt(60_000e8))
	inverted.MinAnswer, inverted.MaxAnswer = DevFeedMaxAnswer, DevFeedMinAnswer
	for _, tt := range []struct {
		name string
		cfg  FeedConfig
		want string
	}{
		{"answer below minAnswer", low, "deploy BTC / USD feed: first answer 50000000 is outside the aggregator's bounds [100000000, 100000000000000]: give an answer within them, in feed units (8 decimals)"},
		{"inverted bounds", inverted, "deploy BTC / USD aggregator: bounds [100000000000000, 100000000] are not an interval: give MinAnswer <= MaxAnswer, in feed units"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := DeployFeed(ctx, s, tt.cfg); err == nil || err.Error() != tt.want {
				t.Errorf("DeployFeed = %v, want %q", err, tt.want)
			}
		})
	}
	if nonce, err := a.Client.NonceAt(ctx, s.From, nil); err != nil || nonce != 0 {
		t.Errorf("nonce after refused deployments = %d, %v; want 0 (nothing sent)", nonce, err)
	}

	feed, err := DeployFeed(ctx, s, DevFeedConfig(big.NewInt(60_000e8)))
	if err != nil {
		t.Fatal(err)
	}
	stranger := a.Sender(1)
	_, err = SwitchAggregator(ctx, stranger, feed.Proxy, feed.Aggregator)
	if !errors.Is(err, &chain.RevertError{Name: "Error"}) || !strings.Contains(err.Error(), "Only callable by owner") {
		t.Errorf("switch by a stranger: err = %v, want the proxy's owner revert", err)
	}
}
