package api

import (
	"context"
	"fmt"
	"net/http"

	"github.com/jackc/pgx/v5"
)

// Health is the body of /healthz. Head and lag are present when the API knows the chain's
// head; Error says why the status is 503.
type Health struct {
	DB           string  `json:"db"` // "ok" or "error"
	IndexedBlock *uint64 `json:"indexedBlock"`
	Head         *uint64 `json:"head,omitempty"`
	Lag          *uint64 `json:"lag,omitempty"`
	MaxLag       *uint64 `json:"maxLag,omitempty"`
	Error        string  `json:"error,omitempty"`
}

// healthz answers 200 when the database answers, something is indexed and, when the head is
// known, the index trails it by at most MaxLag blocks; else 503 with the reason.
func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.RequestTimeout)
	defer cancel()
	h, err := s.health(ctx)
	if err != nil {
		h.Error = err.Error()
		writeJSON(w, http.StatusServiceUnavailable, h)
		return
	}
	writeJSON(w, http.StatusOK, h)
}

func (s *server) health(ctx context.Context) (Health, error) {
	h := Health{DB: "error"}
	var indexed *int64
	err := s.read(ctx, func(tx pgx.Tx) error {
		chain, err := s.chainID(ctx, tx)
		if err != nil {
			return err
		}
		err = tx.QueryRow(ctx, `SELECT max(block_number) FROM checkpoints WHERE $1::bigint = 0 OR chain_id = $1::bigint`, chain).Scan(&indexed)
		if err != nil {
			return queryErr("read the checkpoint", err)
		}
		return nil
	})
	if err != nil {
		if ctx.Err() != nil {
			return h, fmt.Errorf("database: no answer within %s", s.opts.RequestTimeout)
		}
		return h, fmt.Errorf("database: %w", err)
	}
	h.DB = "ok"
	if indexed == nil {
		return h, fmt.Errorf("nothing indexed yet: no checkpoint in the database (is 'ltvkeeper index' running?)")
	}
	n := uint64(*indexed)
	h.IndexedBlock = &n
	if s.opts.Head == nil {
		return h, nil
	}
	head, err := s.opts.Head(ctx)
	if err != nil {
		return h, fmt.Errorf("chain head: %w", err)
	}
	lag := uint64(0)
	if head > n {
		lag = head - n
	}
	maxLag := s.opts.MaxLag
	h.Head, h.Lag, h.MaxLag = &head, &lag, &maxLag
	if lag > maxLag {
		return h, fmt.Errorf("index lags the chain head by %d blocks, more than the %d allowed", lag, maxLag)
	}
	return h, nil
}
