package node

import (
	"context"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// FollowHeads sends the number of each new head from a WebSocket subscription at url to every
// out, until ctx ends. While the subscription is down the parts poll; a part that has not
// taken the last number yet is skipped (it looks at the head anyway).
func FollowHeads(ctx context.Context, url string, log *slog.Logger, outs ...chan<- uint64) {
	for ctx.Err() == nil {
		err := subscribeHeads(ctx, url, outs)
		if ctx.Err() != nil {
			return
		}
		log.Warn("new-heads subscription lost; polling until it is back", "ws", url, "err", err)
		select {
		case <-ctx.Done():
		case <-time.After(2 * time.Second):
		}
	}
}

func subscribeHeads(ctx context.Context, url string, outs []chan<- uint64) error {
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return err
	}
	defer client.Close()
	ch := make(chan *types.Header, 16)
	sub, err := client.SubscribeNewHead(ctx, ch)
	if err != nil {
		return err
	}
	defer sub.Unsubscribe()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-sub.Err():
			return err
		case h := <-ch:
			for _, out := range outs {
				select {
				case out <- h.Number.Uint64():
				default:
				}
			}
		}
	}
}
