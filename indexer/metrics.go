package indexer

import "github.com/prometheus/client_golang/prometheus"

// metrics are the indexer's Prometheus metrics.
type metrics struct {
	head          prometheus.Gauge
	indexed       prometheus.Gauge
	lag           prometheus.Gauge
	events        prometheus.Counter
	reorgs        prometheus.Counter
	reorgDepth    prometheus.Histogram
	rpcErrors     *prometheus.CounterVec
	commitSeconds prometheus.Histogram
	restarts      prometheus.Counter
	rangeSize     prometheus.Gauge
	newHeads      prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		head:    prometheus.NewGauge(prometheus.GaugeOpts{Name: "ltvkeeper_indexer_chain_head", Help: "Latest block number of the chain (less confirmations)."}),
		indexed: prometheus.NewGauge(prometheus.GaugeOpts{Name: "ltvkeeper_indexer_indexed_block", Help: "Last block committed to the database."}),
		lag:     prometheus.NewGauge(prometheus.GaugeOpts{Name: "ltvkeeper_indexer_lag_blocks", Help: "Chain head minus indexed block."}),
		events:  prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_indexer_events_total", Help: "Events committed."}),
		reorgs:  prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_indexer_reorgs_total", Help: "Reorgs rolled back."}),
		reorgDepth: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "ltvkeeper_indexer_reorg_depth_blocks", Help: "Blocks rolled back per reorg.",
			Buckets: []float64{1, 2, 4, 8, 16, 32, 64, 128},
		}),
		rpcErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "ltvkeeper_indexer_rpc_errors_total", Help: "RPC errors by kind."}, []string{"kind"}),
		commitSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "ltvkeeper_indexer_commit_seconds", Help: "Time to commit one range.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 14),
		}),
		restarts:  prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_indexer_restarts_total", Help: "Recoveries from RPC or database failures."}),
		rangeSize: prometheus.NewGauge(prometheus.GaugeOpts{Name: "ltvkeeper_indexer_range_size_blocks", Help: "Blocks per eth_getLogs range, as adapted to the node."}),
		newHeads:  prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_indexer_new_heads_total", Help: "New heads heard from the WebSocket subscription."}),
	}
	for _, kind := range errorKinds {
		m.rpcErrors.WithLabelValues(kind) // exported at 0 before the first error
	}
	if reg != nil {
		reg.MustRegister(m.head, m.indexed, m.lag, m.events, m.reorgs, m.reorgDepth, m.rpcErrors, m.commitSeconds, m.restarts,
			m.rangeSize, m.newHeads)
	}
	return m
}
