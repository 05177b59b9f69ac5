package txmgr

import (
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the transaction manager's Prometheus metrics.
type metrics struct {
	sent prometheus.Counter
	// sentPrivate and notIncluded count only with Config.Private.
	sentPrivate prometheus.Counter
	notIncluded prometheus.Counter
	bumps       prometheus.Counter
	confirmed   prometheus.Counter
	failed      prometheus.Counter
	reorgs      prometheus.Counter
	nonce       prometheus.Gauge
	feesPaid    prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		sent:        prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_txmgr_sent_total", Help: "Transactions handed to the node, or to the private endpoint with --tx.private-rpc (first sends, fee bumps, re-sends), accepted or not."}),
		sentPrivate: prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_txmgr_sent_private_total", Help: "Transactions handed to the private endpoint (--tx.private-rpc) instead of the node; included in ltvkeeper_txmgr_sent_total."}),
		notIncluded: prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_txmgr_not_included_total", Help: "Privately sent transactions given up because no version was mined in time (a revert or a drop by the endpoint)."}),
		bumps:       prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_txmgr_fee_bumps_total", Help: "Replacements of a pending transaction with higher fees."}),
		confirmed:   prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_txmgr_confirmed_total", Help: "Transactions mined and confirmed (successful or reverted)."}),
		failed:      prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_txmgr_failed_total", Help: "Sends that returned an error."}),
		reorgs:      prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_txmgr_reorged_total", Help: "Mined transactions that a reorg dropped or moved before their confirmation depth."}),
		nonce:       prometheus.NewGauge(prometheus.GaugeOpts{Name: "ltvkeeper_txmgr_nonce", Help: "Next nonce the manager will use."}),
		feesPaid:    prometheus.NewCounter(prometheus.CounterOpts{Name: "ltvkeeper_txmgr_fees_paid_wei_total", Help: "Gas used times effective gas price of confirmed transactions, in wei."}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.sent, m.sentPrivate, m.notIncluded, m.bumps, m.confirmed, m.failed, m.reorgs, m.nonce, m.feesPaid} {
			if err := reg.Register(c); err != nil {
				return nil, err
			}
		}
	}
	return m, nil
}

func (m *metrics) paid(r *types.Receipt) {
	if r.EffectiveGasPrice == nil {
		return
	}
	fee, _ := new(big.Float).SetInt(new(big.Int).Mul(r.EffectiveGasPrice, new(big.Int).SetUint64(r.GasUsed))).Float64()
	m.feesPaid.Add(fee)
}
