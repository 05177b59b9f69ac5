// The ltvkeeper dashboard: reads the read-only JSON API of the same server and draws it.
// Amounts arrive as decimal strings of base units; they stay exact (BigInt) and become
// text only for display. The page follows the index: it polls /healthz (the checkpoint)
// every second and refreshes when a new block is indexed, so it needs no notification channel
// and works against an API served from a streaming replica. Opened as /?chain=ID, it shows that
// chain of a database that indexes several.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';
  const WAD = 10n ** 18n;
  const POLL_MS = 1000;
  const PAGE = 20; // rows per page of the positions table
  const BOOK_PAGES = 10; // pages of 1000 positions read for the histogram and the ladder
  const BIN = 5n * 10n ** 16n; // histogram bins of 5% LTV
  const BINS = 20; // 0-100%, then one bin for 100% and more
  const DROPS = [0, 5, 10, 20, 30, 40]; // ladder rows: BTC falls by this many percent
  const CHAIN = new URLSearchParams(location.search).get('chain'); // null: the API's chain

  // onChain adds the page's chain, if any, to an API path.
  const onChain = (path) => (CHAIN ? path + (path.includes('?') ? '&' : '?') + 'chain=' + encodeURIComponent(CHAIN) : path);

  const state = {
    markets: [], market: null, block: null, refreshing: false, again: false,
    cursors: [null], // cursors[i] reads page i of the positions table
    next: null, seenLiquidations: new Set(), seenAlerts: new Set(), borrower: null,
    risk: null, // /v1/risk once the server has computed it: it never changes
  };

  // ---- formatting (exact: BigInt and strings) ----

  const group = (s) => s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

  // units formats an integer of base units with decimals, truncated to frac decimals.
  function units(s, decimals, frac) {
    let v = BigInt(s);
    const neg = v < 0n;
    if (neg) v = -v;
    const base = 10n ** BigInt(decimals);
    let out = group((v / base).toString());
    if (frac > 0) {
      const f = decimals > 0 ? (v % base).toString().padStart(decimals, '0') : '';
      out += '.' + (f + '0'.repeat(frac)).slice(0, frac);
    }
    return (neg ? '-' : '') + out;
  }
  const huge = (s) => s != null && s.length > 40; // MaxUint256: debt without collateral
  const usd = (s, decimals) => (s == null ? '–' : huge(s) ? '∞' : '$' + units(s, decimals, 2));
  const btc = (s, decimals) => (s == null ? '–' : units(s, decimals, Math.min(decimals, 4)) + ' BTC');
  const pct = (wad) => (wad == null ? '–' : huge(wad) ? '∞' : units(wad, 16, 2) + '%');
  const linePrice = (s, decimals) => (s == null || s === '0' || huge(s) ? '—' : usd(s, decimals));
  const short = (a) => a.slice(0, 6) + '…' + a.slice(-4);
  const time = (unix) => new Date(unix * 1000).toISOString().replace('T', ' ').slice(0, 19);
  const statusText = { healthy: 'healthy', margin_call: 'margin call', liquidatable: 'liquidatable', unknown: 'no price' };
  const protocolText = { ltvkeeper: 'ltvkeeper', 'morpho-blue': 'Morpho Blue' };
  const protocolName = (p) => protocolText[p] || p || '?';
  // A market is an address (ltvkeeper) or a Morpho Blue market's 32-byte id.
  const MARKET = '0x[0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?';

  // marketName names a market in the selector: its protocol, its liquidation line and its id.
  const marketName = (m) => `${protocolName(m.protocol)} · liquidation at ${pct(m.liquidationLtvWad)} · ${short(m.market)}`;

  // value is collateral's worth in loan-token units at price, rounded down.
  function value(collateral, price, m) {
    return (BigInt(collateral) * BigInt(price) * 10n ** BigInt(m.loanDecimals)) /
      10n ** BigInt(m.collateralDecimals + m.feedDecimals);
  }

  // ---- DOM helpers ----

  function el(tag, attrs, ...children) {
    const e = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null) continue;
      if (k === 'class') e.setAttribute('class', v);
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, String(v));
    }
    for (const c of children) if (c != null) e.append(c);
    return e;
  }
  const svg = (tag, attrs, ...children) => el('svg:' + tag, attrs, ...children);
  const setText = (id, text) => { $(id).textContent = text; };

  function borrowerLink(market, borrower) {
    return el('a', { href: `#/borrower/${market}/${borrower}`, title: borrower, text: short(borrower) });
  }

  // ---- API ----

  async function api(path) {
    const r = await fetch(onChain(path), { cache: 'no-store' });
    let body = null;
    try { body = await r.json(); } catch (_) { /* not JSON: reported below */ }
    if (!r.ok) throw new Error(`${path}: ${body && body.error ? body.error : 'HTTP ' + r.status}`);
    return body;
  }

  function query(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, v);
    return q.toString();
  }

  // ---- live ----

  async function poll() {
    const pill = $('live');
    try {
      const r = await fetch(onChain('/healthz'), { cache: 'no-store' });
      const h = await r.json();
      if (h.indexedBlock == null) {
        pill.className = 'pill lag';
        pill.textContent = 'nothing indexed yet';
      } else {
        pill.className = r.ok ? 'pill live' : 'pill lag';
        pill.textContent = `block ${h.indexedBlock}` + (r.ok ? ' · live' : ` · lagging${h.lag != null ? ' ' + h.lag + ' blocks' : ''}`);
        pill.title = h.error || '';
        pill.dataset.block = h.indexedBlock;
        if (h.indexedBlock !== state.block) {
          state.block = h.indexedBlock;
          refresh();
        }
      }
    } catch (e) {
      pill.className = 'pill down';
      pill.textContent = 'offline';
      pill.title = String(e.message || e);
    }
    setTimeout(poll, POLL_MS);
  }

  // refresh redraws everything from the API; a call while one runs makes it run once more.
  async function refresh() {
    if (state.refreshing) {
      state.again = true;
      return;
    }
    state.refreshing = true;
    try {
      do {
        state.again = false;
        await refreshOnce();
      } while (state.again);
      $('error').hidden = true;
    } catch (e) {
      $('error').textContent = String(e.message || e);
      $('error').hidden = false;
    } finally {
      state.refreshing = false;
    }
  }

  async function refreshOnce() {
    const { markets } = await api('/v1/markets');
    state.markets = markets;
    fillMarkets();
    const m = market();
    if (!m) {
      setText('book-note', 'No market is indexed yet.');
      return;
    }
    const q = { market: m.market };
    // Read everything first, then draw it all at once: the page never shows two blocks.
    const [prices, book, liqs, alerts, page, borrower] = await Promise.all([
      api(`/v1/markets/${m.market}/prices?limit=500`),
      readBook(m),
      api('/v1/liquidations?' + query({ ...q, limit: 1000 })),
      api('/v1/alerts?' + query({ ...q, limit: 20 })),
      fetchPage(),
      state.borrower ? fetchBorrower() : null,
    ]);
    drawOverview(m, book, liqs.liquidations);
    drawPriceChart(m, prices.prices);
    drawHistogram(m, book);
    drawLadder(m, book);
    drawLiquidations(m, liqs.liquidations);
    drawAlerts(m, alerts.alerts);
    if (page) drawPage(page);
    await loadRisk();
    if (borrower) await drawBorrower(borrower);
    document.body.dataset.block = state.block == null ? '' : String(state.block);
  }

  function market() {
    return state.markets.find((m) => m.market === state.market) || null;
  }

  function fillMarkets() {
    const sel = $('market');
    const ids = state.markets.map((m) => m.market);
    if (!ids.includes(state.market)) state.market = ids[0] || null;
    if (sel.options.length === ids.length && ids.every((id, i) => sel.options[i].value === id)) return;
    sel.replaceChildren(...state.markets.map((m) => el('option', {
      value: m.market, 'data-protocol': m.protocol, title: m.market, text: marketName(m),
    })));
    sel.value = state.market || '';
  }

  // readBook reads the market's open positions, riskiest first, up to BOOK_PAGES pages.
  async function readBook(m) {
    const out = { positions: [], truncated: false };
    let cursor = null;
    for (let i = 0; i < BOOK_PAGES; i++) {
      const page = await api('/v1/positions?' + query({ market: m.market, limit: 1000, cursor }));
      out.positions.push(...page.positions);
      cursor = page.nextCursor;
      if (cursor == null) return out;
    }
    out.truncated = true;
    return out;
  }

  // ---- overview ----

  // A Chainlink proxy's round id is phaseId << 64 | the aggregator's round id.
  function round(id) {
    const v = BigInt(id), phase = v >> 64n;
    return phase > 0n ? `phase ${phase} round ${v & ((1n << 64n) - 1n)}` : `round ${id}`;
  }

  function drawOverview(m, book, liqs) {
    setText('price', usd(m.price, m.feedDecimals));
    setText('price-sub', m.price == null ? 'no price indexed' :
      m.priceRoundId == null ? `oracle price() at block ${m.priceBlock}` :
      `${round(m.priceRoundId)} · ${time(m.priceUpdatedAt)}${m.priceStale ? ' · STALE' : ''}${m.priceAtBound ? ' · AT FEED BOUND' : ''}`);
    $('price').dataset.raw = m.price || '';
    setText('collateral', btc(m.totalCollateral, m.collateralDecimals));
    setText('collateral-sub', m.totalCollateral != null && m.price != null ?
      '≈ $' + units(value(m.totalCollateral, m.price, m).toString(), m.loanDecimals, 0) : '');
    setText('debt', usd(m.totalBorrowAssets, m.loanDecimals));
    setText('debt-sub', `${book.positions.length}${book.truncated ? '+' : ''} open positions`);
    if (m.totalBorrowAssets != null && m.totalSupplyAssets != null && BigInt(m.totalSupplyAssets) > 0n) {
      const bps = (BigInt(m.totalBorrowAssets) * 10000n) / BigInt(m.totalSupplyAssets);
      setText('utilisation', units(bps.toString(), 2, 2) + '%');
    } else {
      setText('utilisation', '–');
    }
    setText('supply-sub', m.totalSupplyAssets == null ? '' : 'of ' + usd(m.totalSupplyAssets, m.loanDecimals) + ' supplied');
    setText('rate', pct(m.borrowRateWad));
    let bad = 0n;
    for (const l of liqs) bad += BigInt(l.badDebtAssets || '0');
    setText('baddebt', usd(bad.toString(), m.loanDecimals));
    setText('baddebt-sub', `${liqs.length} liquidation${liqs.length === 1 ? '' : 's'}`);
  }

  function drawPriceChart(m, rounds) {
    const chart = $('price-chart');
    const pts = rounds.slice().reverse().filter((r) => r.priceUsd != null);
    chart.dataset.points = pts.length;
    chart.dataset.last = pts.length ? pts[pts.length - 1].price : '';
    const W = 900, H = 180, L = 70, R = 20, T = 12, B = 24;
    if (pts.length === 0) {
      chart.replaceChildren(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', text: 'no price rounds indexed yet' }));
      return;
    }
    let lo = Math.min(...pts.map((p) => p.priceUsd)), hi = Math.max(...pts.map((p) => p.priceUsd));
    const pad = (hi - lo) * 0.1 || hi * 0.05 || 1;
    lo -= pad; hi += pad;
    const t0 = pts[0].updatedAt, t1 = pts[pts.length - 1].updatedAt;
    const x = (p, i) => L + (W - L - R) * (t1 > t0 ? (p.updatedAt - t0) / (t1 - t0) : (pts.length > 1 ? i / (pts.length - 1) : 1));
    const y = (v) => T + (H - T - B) * (1 - (v - lo) / (hi - lo));
    // One round draws a flat line from the left edge.
    const path = (pts.length === 1 ? `M${L},${y(pts[0].priceUsd).toFixed(1)}` : '') +
      pts.map((p, i) => `${i || pts.length === 1 ? 'L' : 'M'}${x(p, i).toFixed(1)},${y(p.priceUsd).toFixed(1)}`).join('');
    const kids = [];
    for (let i = 0; i <= 3; i++) {
      const v = lo + ((hi - lo) * i) / 3;
      kids.push(svg('line', { class: 'axis', x1: L, x2: W - R, y1: y(v), y2: y(v) }));
      kids.push(svg('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', text: '$' + group(Math.round(v).toString()) }));
    }
    const x0 = pts.length === 1 ? L : x(pts[0], 0);
    kids.push(svg('path', { class: 'pricearea', d: `${path}L${x(pts[pts.length - 1], pts.length - 1).toFixed(1)},${H - B}L${x0.toFixed(1)},${H - B}Z` }));
    kids.push(svg('path', { class: 'priceline', d: path }));
    const last = pts[pts.length - 1];
    kids.push(svg('circle', { cx: x(last, pts.length - 1), cy: y(last.priceUsd), r: 3.5, fill: '#58a6ff' }));
    kids.push(svg('text', { x: L, y: H - 6, text: time(t0) }));
    kids.push(svg('text', { x: W - R, y: H - 6, 'text-anchor': 'end', text: `${time(t1)} · ${pts.length} rounds` }));
    chart.replaceChildren(...kids);
  }

  // ---- risk ----

  // loadRisk reads the risk table once it is ready (the server computes it at start and
  // answers 503 until then: the next refresh asks again).
  async function loadRisk() {
    if (state.risk) return;
    const r = await fetch(onChain('/v1/risk'), { cache: 'no-store' });
    const body = await r.json().catch(() => null);
    if (r.status === 503) {
      setText('risk-note', body && body.error ? body.error : 'the risk table is being computed');
      return;
    }
    if (!r.ok) {
      setText('risk-note', body && body.error ? body.error : 'no risk table: HTTP ' + r.status);
      return;
    }
    state.risk = body;
    drawRiskChart($('risk-chart'), body, null);
    $('risk-legend').replaceChildren(...body.horizons.map((h, i) => el('li', {
      class: 'h' + i, 'data-hours': h.hours,
      text: `${h.days}-day windows (${h.starts}): worst ${time(h.worst.start).slice(0, 16)} → ${time(h.worst.at).slice(0, 16)} UTC, ` +
        `BTC ${(h.worst.move * 100).toFixed(1)}%, liquidates loans from ${(h.worst.liquidatesFrom * 100).toFixed(1)}%`,
    })));
    setText('risk-note', `${body.prices}, ${time(body.from).slice(0, 10)} to ${time(body.to).slice(0, 10)}: loans of 1 BTC opened at every hour, ` +
      `debt at ${(body.borrowRate * 100).toFixed(1)}% APR, a point every ${(body.stepLtv * 100).toFixed(1)}% of starting LTV. ` +
      'Solid: liquidated; dashed: margin-called; dotted: the lowest starting LTV each horizon\'s worst window liquidates. ' + body.note);
  }

  // drawRiskChart draws the odds of a margin call and of a liquidation by starting LTV, a
  // curve per horizon, each horizon's worst window, and mark (an LTV as a WAD string) if any.
  function drawRiskChart(chart, risk, mark) {
    const W = 900, H = 300, L = 46, R = 14, T = 14, B = 30;
    const maxLtv = risk.liquidationLtv;
    const x = (f) => L + (W - L - R) * Math.min(f / maxLtv, 1);
    const y = (share) => T + (H - T - B) * (1 - share);
    const kids = [];
    for (let i = 0; i <= 4; i++) {
      kids.push(svg('line', { class: 'axis', x1: L, x2: W - R, y1: y(i / 4), y2: y(i / 4) }));
      kids.push(svg('text', { x: L - 6, y: y(i / 4) + 4, 'text-anchor': 'end', text: i * 25 + '%' }));
    }
    for (let f = 0; f <= maxLtv + 1e-9; f += 0.1) {
      kids.push(svg('text', { x: x(f), y: H - 12, 'text-anchor': 'middle', text: Math.round(f * 100) + '%' }));
    }
    kids.push(svg('text', { x: W - R, y: H - 1, 'text-anchor': 'end', text: 'starting LTV' }));
    kids.push(svg('line', { class: 'line-mc', x1: x(risk.marginCallLtv), x2: x(risk.marginCallLtv), y1: T, y2: H - B }));
    risk.horizons.forEach((h, i) => {
      for (const kind of ['margin-call', 'liquidation']) {
        const counts = h.points.map((p) => (kind === 'liquidation' ? p.liquidations : p.marginCalls));
        const d = h.points.map((p, j) => `${j ? 'L' : 'M'}${x(p.ltv).toFixed(1)},${y(counts[j] / h.starts).toFixed(1)}`).join('');
        kids.push(svg('path', {
          class: `curve ${kind} h${i}`, d, 'data-hours': h.hours, 'data-kind': kind, 'data-starts': h.starts,
          'data-ltvs': h.points.map((p) => p.ltvWad).join(','), 'data-counts': counts.join(','),
        }));
      }
      const wx = x(h.worst.liquidatesFrom);
      kids.push(svg('line', { class: `worst h${i}`, x1: wx, x2: wx, y1: T, y2: H - B, 'data-hours': h.hours, 'data-ltv': h.worst.liquidatesFrom },
        svg('title', { text: `${h.days}-day worst window: liquidates loans from ${(h.worst.liquidatesFrom * 100).toFixed(1)}%` })));
    });
    if (mark != null) {
      const f = Number(BigInt(mark) * 10000n / WAD) / 10000;
      kids.push(svg('line', { class: 'risk-mark', x1: x(f), x2: x(f), y1: T, y2: H - B, 'data-ltv': mark }));
      kids.push(svg('text', { class: 'risk-mark-label', x: Math.min(x(f) + 6, W - 90), y: T + 12, text: 'this loan ' + pct(mark) }));
    }
    chart.replaceChildren(...kids);
    chart.dataset.ready = 'true';
  }

  // drawBorrowerRisk shows what the price history says about a loan at the position's LTV.
  function drawBorrowerRisk(resp) {
    const r = resp.risk;
    if (!r) {
      $('b-odds').replaceChildren();
      $('b-risk-chart').replaceChildren();
      delete $('b-risk-chart').dataset.ready;
      setText('b-risk-note', resp.riskNote || '');
      return;
    }
    $('b-odds').replaceChildren(...r.odds.map((o) => el('li', {
      'data-hours': o.hours, 'data-margin-calls': o.marginCalls, 'data-liquidations': o.liquidations, 'data-windows': o.windows,
      text: o.text.charAt(0).toUpperCase() + o.text.slice(1) + '.',
    })));
    if (state.risk) drawRiskChart($('b-risk-chart'), state.risk, r.ltvWad);
    setText('b-risk-note', `Read at ${pct(r.gridLtvWad)}, the point of the table at or above this LTV (a higher starting LTV is never safer). ${r.note}`);
  }

  // ---- the book ----

  // bins counts the positions with a price by LTV bin: 5% wide, the last for 100% and more.
  function bins(positions) {
    const out = Array.from({ length: BINS + 1 }, (_, i) => ({ i, count: 0, debt: 0n }));
    let unknown = 0;
    for (const p of positions) {
      if (p.ltvWad == null) { unknown++; continue; }
      const i = Math.min(Number(BigInt(p.ltvWad) / BIN), BINS);
      out[i].count++;
      out[i].debt += BigInt(p.debt);
    }
    return { bins: out, unknown };
  }

  function zone(ltvWad, m) {
    if (ltvWad >= BigInt(m.liquidationLtvWad)) return 'liquidatable';
    if (ltvWad >= BigInt(m.marginCallLtvWad)) return 'margin_call';
    return 'healthy';
  }

  function drawHistogram(m, book) {
    const chart = $('histogram');
    const { bins: bs, unknown } = bins(book.positions);
    const W = 520, H = 240, L = 36, R = 10, T = 30, B = 28;
    const max = Math.max(1, ...bs.map((b) => b.count));
    const x = (f) => L + ((W - L - R) * f) / 1.05;
    const y = (n) => T + (H - T - B) * (1 - n / max);
    const kids = [];
    for (const n of [0, Math.ceil(max / 2), max]) {
      kids.push(svg('line', { class: 'axis', x1: L, x2: W - R, y1: y(n), y2: y(n) }));
      kids.push(svg('text', { x: L - 5, y: y(n) + 4, 'text-anchor': 'end', text: n }));
    }
    for (const b of bs) {
      const lo = b.i * 0.05;
      const z = zone(BigInt(b.i) * BIN, m);
      const bar = svg('rect', {
        class: 'bar ' + z, x: x(lo) + 1, width: x(0.05) - x(0) - 2, y: y(b.count), height: y(0) - y(b.count),
        'data-bin': b.i, 'data-count': b.count, 'data-debt': b.debt.toString(),
      }, svg('title', { text: `LTV ${b.i * 5}%${b.i === BINS ? ' and more' : '–' + (b.i * 5 + 5) + '%'}: ${b.count} positions, ${usd(b.debt.toString(), m.loanDecimals)} debt` }));
      kids.push(bar);
    }
    for (const f of [0, 0.25, 0.5, 0.75, 1]) {
      kids.push(svg('text', { x: x(f), y: H - 10, 'text-anchor': 'middle', text: f * 100 + '%' }));
    }
    const lines = [
      ['max', m.maxBorrowLtv, 'max borrow'], ['mc', m.marginCallLtv, 'margin call'], ['liq', m.liquidationLtv, 'liquidation'],
    ];
    lines.forEach(([cls, f, label], i) => {
      if (f == null) return;
      kids.push(svg('line', { class: 'line-' + cls, x1: x(f), x2: x(f), y1: T - 4, y2: H - B, 'data-ltv': f }));
      kids.push(svg('text', { class: 't-' + cls, x: x(f), y: 10 + (i % 2) * 11, 'text-anchor': 'middle', text: `${label} ${Math.round(f * 1000) / 10}%` }));
    });
    chart.replaceChildren(...kids);
    chart.dataset.total = book.positions.length - unknown;
    setText('book-note', (unknown ? `${unknown} positions have no price yet. ` : '') +
      (book.truncated ? `Only the ${book.positions.length} riskiest positions are drawn.` : ''));
  }

  function drawLadder(m, book) {
    const body = $('ladder').tBodies[0];
    if (m.price == null) {
      body.replaceChildren(el('tr', {}, el('td', { colspan: 5, text: 'no price indexed yet' })));
      return;
    }
    const price = BigInt(m.price);
    let total = 0n;
    for (const p of book.positions) total += BigInt(p.debt);
    const rows = DROPS.map((d) => {
      const at = (price * BigInt(100 - d)) / 100n;
      let n = 0, debt = 0n;
      for (const p of book.positions) {
        if (p.liquidationPrice == null || p.liquidationPrice === '0') continue;
        if (BigInt(p.liquidationPrice) >= at) { n++; debt += BigInt(p.debt); }
      }
      const bar = el('span', { class: 'ladder-bar' });
      bar.style.width = total > 0n ? (Number((debt * 1000n) / total) / 10) * 1.2 + 'px' : '0px';
      return el('tr', { 'data-drop': d, 'data-count': n, 'data-debt': debt.toString() },
        el('td', { text: d === 0 ? 'now' : `−${d}%` }),
        el('td', { text: usd(at.toString(), m.feedDecimals) }),
        el('td', { text: String(n) }),
        el('td', { text: usd(debt.toString(), m.loanDecimals) }),
        el('td', {}, bar));
    });
    body.replaceChildren(...rows);
  }

  // ---- positions table ----

  function filters() {
    const min = $('f-minltv').value.trim();
    return { status: $('f-status').value, min_ltv: min === '' ? '' : min + '%', sort: $('f-sort').value };
  }

  // fetchPage reads the table's current page; drawPage draws it unless the table has
  // moved to another page or filter meanwhile.
  async function fetchPage() {
    const m = market();
    if (!m) return null;
    const key = query({ market: m.market, ...filters(), limit: PAGE, cursor: state.cursors[state.cursors.length - 1] });
    return { key, index: state.cursors.length - 1, resp: await api('/v1/positions?' + key) };
  }

  function pageKey() {
    const m = market();
    return m ? query({ market: m.market, ...filters(), limit: PAGE, cursor: state.cursors[state.cursors.length - 1] }) : '';
  }

  async function loadPage() {
    const page = await fetchPage();
    if (page) drawPage(page);
  }

  function drawPage({ key, index: i, resp: page }) {
    if (key !== pageKey()) return; // a newer request draws
    state.next = page.nextCursor;
    const rows = page.positions.map((p) => el('tr', {
      'data-market': p.market, 'data-borrower': p.borrower, 'data-status': p.status, 'data-protocol': p.protocol,
      onclick: () => { location.hash = `#/borrower/${p.market}/${p.borrower}`; },
    },
    el('td', { 'data-field': 'protocol', title: p.market, text: protocolName(p.protocol) }),
    el('td', { 'data-field': 'borrower', title: p.borrower, text: short(p.borrower) }),
    el('td', { 'data-field': 'collateral', 'data-raw': p.collateral, text: btc(p.collateral, p.collateralDecimals) }),
    el('td', { 'data-field': 'debt', 'data-raw': p.debt, text: usd(p.debt, p.loanDecimals) }),
    el('td', { 'data-field': 'ltv', 'data-raw': p.ltvWad || '', text: pct(p.ltvWad) }),
    el('td', { 'data-field': 'status' }, el('span', { class: 'status ' + p.status, text: statusText[p.status] || p.status })),
    el('td', { 'data-field': 'liquidationPrice', text: linePrice(p.liquidationPrice, p.feedDecimals) }),
    el('td', { 'data-field': 'marginCallPrice', text: linePrice(p.marginCallPrice, p.feedDecimals) })));
    if (rows.length === 0) rows.push(el('tr', {}, el('td', { colspan: 8, text: 'No open position matches.' })));
    $('positions').tBodies[0].replaceChildren(...rows);
    setText('page', `page ${i + 1}`);
    $('prev').disabled = i === 0;
    $('next').disabled = state.next == null;
    for (const th of $('positions').tHead.querySelectorAll('th[data-sort]')) {
      th.classList.toggle('sorted', th.dataset.sort === $('f-sort').value);
    }
  }

  function resetPage() {
    state.cursors = [null];
    loadPage().catch(showError);
  }

  // ---- borrower view ----

  function route() {
    const m = location.hash.match(new RegExp(`^#/borrower/(${MARKET})/(0x[0-9a-fA-F]{40})$`));
    state.borrower = m ? { market: m[1], borrower: m[2] } : null;
    $('borrower').hidden = !state.borrower;
    if (state.borrower) {
      if (state.markets.some((x) => x.market === m[1]) && state.market !== m[1]) {
        state.market = m[1];
        $('market').value = m[1];
        refresh();
        return;
      }
      $('b-target').value = '';
      loadBorrower().then(() => $('borrower').scrollIntoView({ block: 'start' })).catch(showError);
    }
  }

  async function fetchBorrower() {
    const b = state.borrower;
    const v = $('b-target').value.trim();
    const [resp, target] = await Promise.all([
      api(`/v1/markets/${b.market}/positions/${b.borrower}`),
      v === '' ? null : fetchTarget(b, v),
    ]);
    return { b, resp, target };
  }

  async function loadBorrower() {
    await drawBorrower(await fetchBorrower());
  }

  async function drawBorrower({ b, resp, target }) {
    if (state.borrower !== b) return;
    const m = state.markets.find((x) => x.market === b.market);
    setText('b-address', b.borrower);
    const p = resp.position;
    $('b-closed').hidden = p != null;
    $('b-open').hidden = p == null;
    if (p && m) {
      drawGauge(m, p);
      setText('b-ltv', pct(p.ltvWad));
      setText('b-status', statusText[p.status] || p.status);
      $('b-status').className = 'sub status ' + p.status;
      setText('b-collateral', btc(p.collateral, p.collateralDecimals));
      setText('b-debt', usd(p.debt, p.loanDecimals));
      setText('b-mcprice', linePrice(p.marginCallPrice, p.feedDecimals));
      setText('b-liqprice', linePrice(p.liquidationPrice, p.feedDecimals));
      setText('b-mcdist', distance(p.price, p.marginCallPrice));
      setText('b-liqdist', distance(p.price, p.liquidationPrice));
      drawBorrowerRisk(resp);
      if (target) {
        drawTarget(b, target);
      } else if ($('b-target').value === '') {
        $('b-target').value = units(m.maxBorrowLtvWad, 16, 2).replace(/\.?0+$/, '');
        loadTarget();
      }
    }
    drawEvents(m, resp.events);
  }

  // distance says how far BTC must fall (or has fallen past) to reach a line price.
  function distance(price, line) {
    if (price == null || line == null || line === '0' || huge(line)) return '';
    const bps = ((BigInt(price) - BigInt(line)) * 10000n) / BigInt(price);
    return bps > 0n ? `BTC −${units(bps.toString(), 2, 1)}% away` : 'reached';
  }

  function drawGauge(m, p) {
    const W = 900, H = 90, L = 10, R = 10, T = 30, BH = 22;
    const f = p.ltv == null ? 0 : Math.min(p.ltv, 1);
    const x = (v) => L + (W - L - R) * v;
    const kids = [
      svg('rect', { class: 'gauge-bg', x: L, y: T, width: W - L - R, height: BH, rx: 3 }),
      svg('rect', { class: 'gauge-fill ' + p.status, x: L, y: T, width: x(f) - L, height: BH, rx: 3, 'data-ltv': p.ltvWad || '' }),
    ];
    const lines = [['max', m.maxBorrowLtv, 'max borrow'], ['mc', m.marginCallLtv, 'margin call'], ['liq', m.liquidationLtv, 'liquidation']];
    lines.forEach(([cls, v, label], i) => {
      kids.push(svg('line', { class: 'line-' + cls, x1: x(v), x2: x(v), y1: T - 6, y2: T + BH + 6 }));
      kids.push(svg('text', { class: 't-' + cls, x: x(v), y: i % 2 ? T + BH + 20 : T - 10, 'text-anchor': 'middle', text: `${label} ${Math.round(v * 1000) / 10}%` }));
    });
    kids.push(svg('line', { class: 'gauge-mark', x1: x(f), x2: x(f), y1: T - 3, y2: T + BH + 3 }));
    kids.push(svg('text', { x: Math.min(x(f) + 6, W - 60), y: T + BH - 6, text: pct(p.ltvWad) }));
    $('gauge').replaceChildren(...kids);
  }

  // fetchTarget asks the API (package loanmath, exact) what gets the borrower to v% LTV.
  async function fetchTarget(b, v) {
    try {
      return { v, t: await api(`/v1/markets/${b.market}/positions/${b.borrower}/target?` + query({ ltv: v + '%' })) };
    } catch (e) {
      return { v, error: String(e.message || e) };
    }
  }

  function drawTarget(b, { v, t, error }) {
    if (state.borrower !== b || v !== $('b-target').value.trim()) return; // a newer request draws
    const out = $('b-target-result');
    if (error) {
      out.textContent = error;
      return;
    }
    out.dataset.collateral = t.collateralToAdd;
    out.dataset.debt = t.debtToRepay;
    out.textContent = t.collateralToAdd === '0' && t.debtToRepay === '0' ? 'already there: nothing to do' :
      `add ${btc(t.collateralToAdd, t.collateralDecimals)} or repay ${usd(t.debtToRepay, t.loanDecimals)}`;
  }

  async function loadTarget() {
    const b = state.borrower;
    const v = $('b-target').value.trim();
    if (!b || v === '') {
      $('b-target-result').textContent = '';
      return;
    }
    drawTarget(b, await fetchTarget(b, v));
  }

  function eventDetails(m, e) {
    const a = e.args || {};
    const c = (s) => (m ? btc(s, m.collateralDecimals) : s);
    const l = (s) => (m ? usd(s, m.loanDecimals) : s);
    switch (e.event) {
      case 'DepositCollateral': return `+${c(a.assets)} (now ${c(a.collateral)})`;
      case 'WithdrawCollateral': return `−${c(a.assets)} (now ${c(a.collateral)})`;
      case 'Borrow': return `borrowed ${l(a.assets)}`;
      case 'Repay': return `repaid ${l(a.assets)}`;
      case 'Liquidate': return `repaid ${l(a.repaidAssets)}, seized ${c(a.seizedCollateral)} at ${m ? usd(a.price, m.feedDecimals) : a.price}` +
        (a.badDebtAssets && a.badDebtAssets !== '0' ? `, bad debt ${l(a.badDebtAssets)}` : '');
      default: return '';
    }
  }

  function drawEvents(m, events) {
    const rows = events.slice().reverse().map((e) => el('tr', { 'data-event': e.event },
      el('td', { text: String(e.block) }), el('td', { text: time(e.timestamp) }), el('td', { text: e.event }),
      el('td', { text: eventDetails(m, e) }), el('td', { title: e.txHash, text: short(e.txHash) })));
    $('b-events').tBodies[0].replaceChildren(...rows);
  }

  // ---- feeds ----

  function drawLiquidations(m, liqs) {
    const rows = liqs.slice(0, 20).map((l) => {
      const id = `${l.block}/${l.logIndex}`;
      let bonus = '–';
      if (l.seizedCollateral != null && l.price != null && l.repaidAssets != null) {
        bonus = usd((value(l.seizedCollateral, l.price, m) - BigInt(l.repaidAssets)).toString(), m.loanDecimals);
      }
      const tr = el('tr', { 'data-tx': l.txHash, 'data-borrower': l.borrower, 'data-repaid': l.repaidAssets, 'data-seized': l.seizedCollateral },
        el('td', { text: String(l.block) }), el('td', {}, borrowerLink(l.market, l.borrower)),
        el('td', { text: usd(l.repaidAssets, m.loanDecimals) }), el('td', { text: btc(l.seizedCollateral, m.collateralDecimals) }),
        el('td', { text: bonus }), el('td', { text: usd(l.price, m.feedDecimals) }),
        el('td', { title: l.txHash, text: short(l.txHash) }));
      if (state.seenLiquidations.size && !state.seenLiquidations.has(id)) tr.classList.add('flash');
      return tr;
    });
    state.seenLiquidations = new Set(liqs.map((l) => `${l.block}/${l.logIndex}`).concat(['']));
    $('liquidations').tBodies[0].replaceChildren(...rows);
    $('liquidations-empty').hidden = rows.length > 0;
  }

  function drawAlerts(m, alerts) {
    const rows = alerts.map((a) => {
      const tr = el('tr', { 'data-kind': a.kind, 'data-borrower': a.borrower },
        el('td', { text: String(a.block) }),
        el('td', {}, el('span', { class: 'status kind-' + a.kind, text: a.kind.replace('_', ' ') })),
        el('td', {}, borrowerLink(a.market, a.borrower)), el('td', { text: pct(a.ltvWad) }),
        el('td', { text: a.price == null ? '–' : usd(a.price, a.feedDecimals == null ? m.feedDecimals : a.feedDecimals) }),
        el('td', { title: a.createdAt, text: a.deliveredAt ? 'yes' : 'pending' }));
      if (state.seenAlerts.size && !state.seenAlerts.has(a.id)) tr.classList.add('flash');
      return tr;
    });
    state.seenAlerts = new Set(alerts.map((a) => a.id).concat([-1]));
    $('alerts').tBodies[0].replaceChildren(...rows);
    $('alerts-empty').hidden = rows.length > 0;
  }

  function showError(e) {
    $('error').textContent = String(e.message || e);
    $('error').hidden = false;
  }

  // ---- wiring ----

  function start() {
    $('market').addEventListener('change', () => {
      state.market = $('market').value;
      state.cursors = [null];
      state.seenLiquidations = new Set();
      state.seenAlerts = new Set();
      refresh();
    });
    for (const id of ['f-status', 'f-sort']) $(id).addEventListener('change', resetPage);
    let timer = null;
    $('f-minltv').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(resetPage, 250); });
    $('filters').addEventListener('submit', (e) => { e.preventDefault(); resetPage(); });
    for (const th of $('positions').tHead.querySelectorAll('th[data-sort]')) {
      th.addEventListener('click', () => { $('f-sort').value = th.dataset.sort; resetPage(); });
    }
    $('next').addEventListener('click', () => {
      if (state.next == null) return;
      state.cursors.push(state.next);
      loadPage().catch(showError);
    });
    $('prev').addEventListener('click', () => {
      if (state.cursors.length > 1) state.cursors.pop();
      loadPage().catch(showError);
    });
    $('b-close').addEventListener('click', () => { history.pushState(null, '', location.pathname); route(); });
    let ttimer = null;
    $('b-target').addEventListener('input', () => { clearTimeout(ttimer); ttimer = setTimeout(loadTarget, 250); });
    $('target-form').addEventListener('submit', (e) => { e.preventDefault(); loadTarget(); });
    window.addEventListener('hashchange', route);
    refresh().then(route);
    poll();
  }

  start();
})();
