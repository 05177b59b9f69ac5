package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// dialPrivate connects to the private transaction endpoint (--tx.private-rpc) and checks that
// it serves the deployment's chain. An endpoint that answers eth_chainId with a JSON-RPC error
// (some block-builder RPCs serve only the send methods) is accepted with a warning; one that
// does not answer, answers with an HTTP error or serves another chain stops the start: the
// keeper never falls back to the public mempool of --rpc.
func (cfg *Config) dialPrivate(ctx context.Context, want uint64, log *slog.Logger) (*rpc.Client, error) {
	timeout := cfg.DialTimeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	dialCtx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	const fix = "fix the URL, or drop --tx.private-rpc to send through --rpc; the keeper never falls back to the public mempool on its own"
	client, err := rpc.DialContext(dialCtx, cfg.PrivateRPC)
	if err != nil {
		return nil, fmt.Errorf("%s: %w (want the http(s) or ws(s) URL of a private transaction endpoint)", cfg.ref("tx.private-rpc"), err)
	}
	id, err := ethclient.NewClient(client).ChainID(dialCtx)
	var rpcErr rpc.Error
	var httpErr rpc.HTTPError
	switch {
	case errors.As(err, &rpcErr),
		// Some answer an unknown method with 400 and a JSON-RPC error body.
		errors.As(err, &httpErr) && httpErr.StatusCode == 400 && bytes.Contains(httpErr.Body, []byte(`"error"`)):
		log.Warn("the private endpoint does not answer eth_chainId; its chain is not checked", "endpoint", endpointHost(cfg.PrivateRPC), "err", err)
		return client, nil
	case err != nil:
		client.Close()
		return nil, fmt.Errorf("%s: read chain id: %w (is the endpoint up? %s)", cfg.ref("tx.private-rpc"), err, fix)
	case id.Uint64() != want:
		client.Close()
		return nil, fmt.Errorf("%s serves chain %s but the deployment is on chain %d: point it at an endpoint of chain %d, or %s", cfg.ref("tx.private-rpc"), id, want, want, fix)
	}
	return client, nil
}

// endpointHost is what the logs say of an endpoint: its host, not a key in its path or query.
func endpointHost(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "?"
	}
	return u.Host
}
