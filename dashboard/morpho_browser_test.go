package dashboard_test

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/ltvkeeper/ltvkeeper/api"
	"github.com/ltvkeeper/ltvkeeper/data"
	pt "github.com/ltvkeeper/ltvkeeper/indexdb/positions/positionstest"
	"github.com/ltvkeeper/ltvkeeper/internal/pgtest"
	"github.com/ltvkeeper/ltvkeeper/scenario"
)

// TestDashboardMorphoInBrowser drives the dashboard in headless Chromium over a seeded index
// that holds a Morpho Blue market beside ltvkeeper's: the selector lists every market with its
// protocol, choosing the Morpho market lists its positions and charts its oracle's feed's
// rounds, and a Morpho borrower's view opens.
func TestDashboardMorphoInBrowser(t *testing.T) {
	exe := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	url := pt.Seeded(t)
	pt.SeedMorpho(t, url)
	// The page asks for the risk table, as a node serves it: without one it would see a 404.
	table, err := scenario.ShippedRiskTable(ctx, scenario.DefaultMarket())
	if err != nil {
		t.Fatal(err)
	}
	risk := api.NewRisk(data.BTCUSDName)
	risk.Set(table, nil)
	srv := httptest.NewServer(api.New(pgtest.Pool(t, url), api.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Risk: risk}))
	t.Cleanup(srv.Close)

	tab, errs := openTab(t, ctx, exe)

	id := jsString(pt.MorphoMarket.Hex())
	if err := chromedp.Do(tab, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(`#positions tbody tr[data-borrower]`)); err != nil {
		t.Fatal(err)
	}
	options := `[...document.querySelectorAll('#market option')].map((o) => o.value + ' ' + o.textContent)`
	waitFor(t, tab, "the selector lists the Morpho market by protocol",
		`[...document.querySelectorAll('#market option')].map((o) => o.dataset.protocol).join() === 'ltvkeeper,ltvkeeper,morpho-blue' &&
		 document.querySelector('#market option[data-protocol="morpho-blue"]').value === `+id+` &&
		 document.querySelector('#market option[data-protocol="morpho-blue"]').textContent.startsWith('Morpho Blue · liquidation at 86.00%')`,
		options, 10*time.Second)

	rows := `[...document.querySelectorAll('#positions tbody tr')].map((r) => r.dataset.market + ' ' + r.dataset.protocol + ' ' + r.textContent)`
	if err := chromedp.Do(tab, chromedp.Evaluate[chromedp.Void](`(() => {
		const s = document.getElementById('market');
		s.value = `+id+`;
		s.dispatchEvent(new Event('change'));
	})()`)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, tab, "the Morpho market's positions",
		`(() => {
			const rs = [...document.querySelectorAll('#positions tbody tr[data-borrower]')];
			return rs.length === 3 && rs.every((r) => r.dataset.market === `+id+` &&
				r.querySelector('[data-field=protocol]').textContent === 'Morpho Blue') &&
				rs.map((r) => r.dataset.status).join() === 'liquidatable,margin_call,healthy' &&
				document.getElementById('price').dataset.raw === '`+pt.MorphoPrice.String()+`' &&
				document.getElementById('price').textContent.includes('100,000') &&
				+document.getElementById('price-chart').dataset.points === 2 &&
				document.getElementById('price-chart').dataset.last === '`+pt.MorphoPrice.String()+`';
		})()`, rows+` + ' price ' + document.getElementById('price').textContent + ' chart ' + document.getElementById('price-chart').dataset.points`, 10*time.Second)

	if err := chromedp.Do(tab, chromedp.Evaluate[chromedp.Void](`location.hash = '#/borrower/' + `+id+` + '/`+pt.Erin.Hex()+`'`)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, tab, "Erin's view",
		`!document.getElementById('borrower').hidden && document.getElementById('b-ltv').textContent === '50.00%' &&
		 document.getElementById('b-liqprice').textContent === '$58,139.53' &&
		 document.querySelectorAll('#b-events tbody tr').length === 2`,
		`[document.getElementById('b-ltv').textContent, document.getElementById('b-liqprice').textContent, document.getElementById('error').textContent]`,
		10*time.Second)
	errs.check(t)
}
