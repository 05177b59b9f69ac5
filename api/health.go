package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/indexdb"
)

// Health is the body of /healthz. Head and lag are present when the API knows the chain's
// head; Error says why the status is 503.
type Health struct {
	DB           string  `json:"db"` // "ok" or "error"
	IndexedBlock *uint64 `json:"indexedBlock"`
	Head         *uint64 `json:"head,omitempty"`
	Lag          *uint64 `json:"lag,omitempty"`
	MaxLag       *uint64 `json:"maxLag,omitempty"`
	// Replica is true when the database is a hot standby; then ReplayLagMs is how far its
	// replay trails the primary (0: it has replayed all it received) and MaxReplayLagMs the
	// most that is healthy.
	Replica        bool   `json:"replica,omitempty"`
	ReplayPaused   bool   `json:"replayPaused,omitempty"`
	ReplayLagMs    *int64 `json:"replayLagMs,omitempty"`
	MaxReplayLagMs *int64 `json:"maxReplayLagMs,omitempty"`
	Error          string `json:"error,omitempty"`
}

// healthz answers 200 when the database answers, something is indexed, a standby's replay
// trails its primary by at most MaxReplayLag and, when the head is known, the index trails it
// by at most MaxLag blocks; else 503 with the reason.
func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.RequestTimeout)
	defer cancel()
	ctx, _, err := withChain(ctx, r)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, Health{DB: "error", Error: err.Error()})
		return
	}
	h, err := s.health(ctx)
	if err != nil {
		var ae *apiError
		if errors.As(err, &ae) {
			h.Error = ae.msg
		} else {
			// The cause may name the database's user, host and port, or the node's URL:
			// the log has it, the client gets the short reason.
			h.Error = "database unavailable"
			if h.DB == "ok" {
				h.Error = "chain head unavailable"
			}
			s.log.Error("health check failed", "reason", h.Error, "err", err)
		}
		writeJSON(w, http.StatusServiceUnavailable, h)
		return
	}
	writeJSON(w, http.StatusOK, h)
}

// health checks the database through the health pool, which no slow listing can hold; an
// *apiError is a reason fit for the client, any other error is logged and summarised.
func (s *server) health(ctx context.Context) (Health, error) {
	h := Health{DB: "error"}
	var (
		indexed uint64
		ok      bool
		missing *common.Address
		replay  indexdb.Replay
	)
	err := s.readOn(ctx, s.healthDB, func(tx pgx.Tx) error {
		chain, err := s.chainID(ctx, tx)
		if err != nil {
			return err
		}
		if len(s.opts.Roots) > 0 {
			indexed, missing, err = indexdb.IndexedThrough(ctx, tx, uint64(chain), s.opts.Roots)
			ok = missing == nil
		} else {
			indexed, ok, err = indexdb.IndexedHead(ctx, tx, uint64(chain))
		}
		if err != nil {
			return queryErr("read the checkpoint", err)
		}
		replay, err = indexdb.ReplayOf(ctx, tx)
		return err
	})
	if err != nil {
		if ctx.Err() != nil {
			return h, errorf(http.StatusServiceUnavailable, "database unavailable: no answer within %s", s.opts.RequestTimeout)
		}
		return h, fmt.Errorf("database: %w", err)
	}
	h.DB = "ok"
	if missing != nil {
		return h, errorf(http.StatusServiceUnavailable, "nothing indexed yet of %s: it has no checkpoint in the database (is 'ltvkeeper index' running for it?)", missing.Hex())
	}
	if !ok {
		return h, errorf(http.StatusServiceUnavailable, "nothing indexed yet: no checkpoint in the database (is 'ltvkeeper index' running?)")
	}
	n := indexed
	h.IndexedBlock = &n
	if replay.InRecovery {
		lag, maxLag := replay.Lag.Milliseconds(), s.opts.MaxReplayLag.Milliseconds()
		h.Replica, h.ReplayPaused, h.ReplayLagMs, h.MaxReplayLagMs = true, replay.Paused, &lag, &maxLag
		if replay.Lag > s.opts.MaxReplayLag {
			paused := ""
			if replay.Paused {
				paused = " (replay is paused)"
			}
			return h, errorf(http.StatusServiceUnavailable, "the replica's replay trails the primary by %s, more than the %s allowed%s",
				replay.Lag.Round(time.Millisecond), s.opts.MaxReplayLag, paused)
		}
	}
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
		return h, errorf(http.StatusServiceUnavailable, "index lags the chain head by %d blocks, more than the %d allowed", lag, maxLag)
	}
	return h, nil
}
