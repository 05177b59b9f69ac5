package main

import (
	"context"
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/ltvkeeper/ltvkeeper/api"
)

// apiHandler is the node's HTTP API: the read-only API of package api, with /healthz
// measuring the index's lag against the node's head and /metrics serving reg.
func apiHandler(db *pgxpool.Pool, head func(context.Context) (uint64, error), reg *prometheus.Registry) http.Handler {
	return api.New(db, api.Options{Head: head, MaxLag: defaultMaxLag, Registry: reg})
}
