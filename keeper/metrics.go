package keeper

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	watched, marginCall, liquidatable *prometheus.GaugeVec
	unfunded                          *prometheus.GaugeVec
	sent, mined, reverted, lost       prometheus.Counter
	skipped                           *prometheus.CounterVec
	profit, gasSpent                  prometheus.Counter
	realised                          prometheus.Counter
	batches                           *prometheus.CounterVec
	reactionBlocks                    prometheus.Histogram
	balance                           *prometheus.GaugeVec
	leader                            prometheus.Gauge
	held                              *prometheus.GaugeVec
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		watched:      prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "ltvkeeper_keeper_positions_watched", Help: "Open positions watched."}, []string{"market"}),
		marginCall:   prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "ltvkeeper_keeper_positions_margin_call", Help: "Positions past the margin-call LTV and below the liquidation LTV."}, []string{"market"}),
		liquidatable: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "ltvkeeper_keeper_positions_liquidatable", Help: "Positions past the liquidation LTV."}, []string{"market"}),
		unfunded: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "ltvkeeper_keeper_unfunded_positions",
			Help: "Positions past the liquidation LTV the keeper cannot liquidate: it lacks the loan token."}, []string{"market"}),
		sent:     prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_keeper_liquidations_sent_total", Help: "Liquidation transactions sent."}),
		mined:    prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_keeper_liquidations_mined_total", Help: "Liquidations mined successfully."}),
		reverted: prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_keeper_liquidations_reverted_total", Help: "Liquidation transactions mined but reverted."}),
		lost:     prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_keeper_liquidations_lost_total", Help: "Liquidations a competitor made first."}),
		skipped:  prometheus.NewCounterVec(prometheus.CounterOpts{Name: "ltvkeeper_keeper_liquidations_skipped_total", Help: "Liquidations not sent, by reason."}, []string{"reason"}),
		profit:   prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_keeper_profit_usd_total", Help: "Expected profit of mined liquidations, USD."}),
		realised: prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_keeper_realised_profit_usd_total", Help: "Realised profit, after the gas paid, of liquidations mined through the executor, USD."}),
		batches: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "ltvkeeper_keeper_batches_sent_total",
			Help: "Batches of liquidations sent through the executor, by how they get the loan token."}, []string{"mode"}),
		gasSpent: prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_keeper_gas_spent_wei_total", Help: "Gas paid for liquidations, wei."}),
		reactionBlocks: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "ltvkeeper_keeper_reaction_blocks", Help: "Blocks from the price update to the mined liquidation.",
			Buckets: []float64{0, 1, 2, 3, 5, 10, 20},
		}),
		balance: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "ltvkeeper_keeper_balance", Help: "Keeper balances in base units (ETH in wei)."}, []string{"token"}),
		leader:  prometheus.NewGauge(prometheus.GaugeOpts{Name: "ltvkeeper_keeper_leader", Help: "1 while this keeper acts on at least one market."}),
		held:    prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "ltvkeeper_keeper_market_held", Help: "1 for each market this keeper holds the lease of and acts on."}, []string{"market"}),
	}
	if reg != nil {
		reg.MustRegister(m.watched, m.marginCall, m.liquidatable, m.unfunded, m.sent, m.mined, m.reverted, m.lost, m.skipped,
			m.profit, m.realised, m.batches, m.gasSpent, m.reactionBlocks, m.balance, m.leader, m.held)
	}
	return m
}
