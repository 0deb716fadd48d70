// Installed by `cargo xtask bench` in every document before the page's own
// scripts (CDP Page.addScriptToEvaluateOnNewDocument). Records when the page
// first shows [data-ready="true"], keeps the wasm memories the page creates, and
// offers the measurements the bench runs with `__bench.run(plan)`.
(() => {
  const B = (window.__bench = { ready: null, memories: [], errors: [], longTasks: [] });
  // Keys are matched to the requests they start: the default buffer of 250
  // entries fills on a site that fetches index parts.
  performance.setResourceTimingBufferSize(100000);
  // Every file the page loaded: its Resource Timing and the index parts its
  // worker fetched, which it records as `dossier-part` measures (another
  // thread's fetches are not in the page's Resource Timing).
  B.entries = () => [
    ...performance.getEntriesByType("resource"),
    ...performance.getEntriesByName("dossier-part", "measure").map((m) => ({
      name: m.detail.url, startTime: m.startTime, responseEnd: m.startTime + m.duration,
      decodedBodySize: m.detail.bytes, encodedBodySize: m.detail.encoded ?? m.detail.bytes,
      transferSize: m.detail.transfer ?? m.detail.encoded ?? m.detail.bytes,
    })),
  ];
  // Main-thread tasks over 50 ms, as [start, duration]: what blocks a key's paint.
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) B.longTasks.push([e.startTime, e.duration]); })
      .observe({ type: "longtask", buffered: true });
  } catch (_) { /* no longtask entries in this browser: counts stay 0 */ }
  addEventListener("error", (e) => B.errors.push(String(e.message)));
  addEventListener("unhandledrejection", (e) => B.errors.push(String(e.reason)));
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const orig = WebAssembly[name];
    if (!orig) continue;
    WebAssembly[name] = async function (...args) {
      const r = await orig.apply(this, args);
      const inst = r.instance || r;
      for (const v of Object.values(inst.exports || {}))
        if (v instanceof WebAssembly.Memory) B.memories.push(v);
      return r;
    };
  }
  const seeReady = () => {
    if (B.ready === null && document.querySelector('[data-ready="true"]')) B.ready = performance.now();
  };
  new MutationObserver(seeReady).observe(document, { subtree: true, childList: true, attributes: true });

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const QUIET = 400, TIMEOUT = 10000;

  // Runs `action` and resolves with the ms until the frame that painted its last
  // DOM change, once the DOM stays quiet for `quiet` ms. When nothing changes:
  // null after TIMEOUT, or with `frameIfUnchanged` the ms to the next frame
  // (a key that changes no result still costs its frame).
  B.settle = (action, quiet = QUIET, frameIfUnchanged = false) => new Promise((resolve) => {
    let last = null, painted = null, firstFrame = null;
    const obs = new MutationObserver(() => {
      const mark = (last = performance.now());
      requestAnimationFrame(() => setTimeout(() => { if (mark === last) painted = performance.now(); }, 0));
    });
    obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    requestAnimationFrame(() => setTimeout(() => { firstFrame = performance.now(); }, 0));
    const t0 = performance.now();
    action();
    // Dossier says when a view still waits for index parts: not settled yet.
    const searching = () => document.querySelector('[data-searching="true"]') !== null;
    // The first frame after the action, which shows a typed letter: kept for typeWords.
    const done = (ms) => { obs.disconnect(); B.lastShown = firstFrame === null ? null : firstFrame - t0; resolve(ms); };
    const poll = () => {
      const now = performance.now();
      if (frameIfUnchanged && last === null && firstFrame !== null && now - t0 > quiet) done(firstFrame - t0);
      else if (last !== null && painted !== null && painted >= last && now - last > quiet && !searching()) done(painted - t0);
      else if (now - t0 > TIMEOUT) done(last === null ? null : (painted ?? now) - t0);
      else setTimeout(poll, 20);
    };
    setTimeout(poll, 20);
  });

  // The app: type a query into the search box (one input event).
  const type = (q) => B.settle(() => {
    const input = document.querySelector("[data-testid=search-input]");
    input.value = q;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  const facet = (kind, value) => document.querySelector(`[data-facet=${kind}][data-value="${value}"]`);
  const setDate = (which, year) => B.settle(() => {
    const el = document.querySelector(`[data-testid=date-${which}]`);
    const t = (el.getAttribute("type") || "text").toLowerCase();
    el.value = year === "" ? "" : t === "date" ? `${year}-01-01` : t === "month" ? `${year}-01` : `${year}`;
    el.dispatchEvent(new Event("input", { bubbles: true }));
    el.dispatchEvent(new Event("change", { bubbles: true }));
  });
  const count = () => (document.querySelector("[data-testid=result-count]")?.textContent || "").replace(/\D/g, "");

  // The app, typed as a reader types: each query key by key, 120 ms apart; per
  // key, the ms until the frame that painted the view's last change (one
  // animation frame when nothing changed), and every count shown on the way, so
  // that a list flashing 0 before the final results is counted.
  B.typeKeyByKey = async (plan) => {
    const out = { keys: [], flashes: [], missing: [] };
    const input = document.querySelector("[data-testid=search-input]");
    if (!input) { out.missing.push("search-input"); return out; }
    const el = document.querySelector("[data-testid=result-count]");
    for (const { q } of plan.queries) {
      await type("");
      const seen = [];
      const obs = new MutationObserver(() => seen.push(count()));
      obs.observe(el, { subtree: true, characterData: true, childList: true });
      for (let i = 1; i <= q.length; i++) {
        if (q[i - 1] === " " && i < q.length) continue; // a space alone changes no result
        // Quiet for 50 ms, not a click's 400: each key is timed to its own paint.
        const ms = await B.settle(() => {
          input.value = q.slice(0, i);
          input.dispatchEvent(new Event("input", { bubbles: true }));
        }, 50, true);
        out.keys.push(ms);
        await sleep(120);
      }
      obs.disconnect();
      const last = count();
      if (last !== "0" && seen.includes("0")) out.flashes.push({ q, seen });
    }
    await type("");
    return out;
  };

  // Words typed as a reader types them, on any page with the search box: each
  // word key by key 120 ms apart, after `idle` ms of quiet (cold: 0, the first
  // search after ready; warm: 5000). Per key: ms to the frame that painted its
  // change (one frame when nothing changed), the ms to the first frame (the
  // typed letter shown), the ms until the last response of the requests it
  // started, the long tasks and the longest interval between frames from the
  // key to the next one (requestAnimationFrame's: over one and a half frames,
  // the page's thread held a frame, whatever held it).
  B.typeWords = async (words, idle) => {
    const out = { keys: [], missing: [] };
    const input = document.querySelector("[data-testid=search-input]");
    if (!input) { out.missing.push("search-input"); return out; }
    // One chain of frame callbacks per key (`chain` names the live one: an
    // older chain's last callback ends it).
    let chain = 0, lastFrame = null, longestFrame = 0;
    const frames = (id) => (t) => {
      if (id !== chain) return;
      if (lastFrame !== null) longestFrame = Math.max(longestFrame, t - lastFrame);
      lastFrame = t;
      requestAnimationFrame(frames(id));
    };
    const put = (v) => { input.value = v; input.dispatchEvent(new Event("input", { bubbles: true })); };
    for (const word of words) {
      if (idle) await sleep(idle);
      for (let i = 1; i <= word.length; i++) {
        const t0 = performance.now();
        lastFrame = null; longestFrame = 0; chain += 1; requestAnimationFrame(frames(chain));
        const ms = await B.settle(() => put(word.slice(0, i)), 50, true);
        const shown = B.lastShown;
        const end = t0 + (ms ?? TIMEOUT);
        const started = B.entries().filter((e) => e.startTime >= t0 && e.startTime <= end);
        const net = started.reduce((m, e) => Math.max(m, e.responseEnd - t0), 0);
        await sleep(120);
        chain += 1;
        const next = performance.now();
        const long = B.longTasks.filter(([s, d]) => s < next && s + d > t0);
        out.keys.push({
          word, typed: i, ms, shown_ms: shown, requests: started.length, net_ms: net,
          long: long.length, long_ms: long.reduce((sum, [, d]) => sum + d, 0), frame_ms: longestFrame,
        });
      }
      await B.settle(() => put(""), 50, true);
    }
    return out;
  };

  // plan: {queries: [{q, lang?, topic?}], facets: [[kind, value]], years: [from, to]}
  B.runApp = async (plan) => {
    const out = { keystroke: [], facet: [], date: [], missing: [], unchanged: 0 };
    if (!document.querySelector("[data-testid=search-input]")) out.missing.push("search-input");
    for (const { q, lang, topic } of plan.queries) {
      if (out.missing.includes("search-input")) break;
      const on = [["lang", lang], ["topic", topic]].filter(([, v]) => v).map(([k, v]) => facet(k, v));
      if (on.some((el) => !el)) { out.missing.push(`facet for ${q}`); continue; }
      for (const el of on) await B.settle(() => el.click());
      const t0 = performance.now();
      const ms = await type(q);
      // The requests the query started, and when the last of them ended: how much of it is the network.
      const started = B.entries().filter((e) => e.startTime >= t0 && e.startTime <= t0 + (ms ?? 0));
      const net_ms = started.reduce((m, e) => Math.max(m, e.responseEnd - t0), 0);
      const kb = started.reduce((s, e) => s + (e.decodedBodySize || 0), 0) / 1e3;
      if (ms === null) out.unchanged++; else out.keystroke.push({ q, lang, topic, ms, count: count(), requests: started.length, net_ms, kb });
      await type("");
      for (const el of on) await B.settle(() => el.click());
    }
    for (const [kind, value] of plan.facets) {
      const el = facet(kind, value);
      if (!el) { out.missing.push(`facet ${kind}=${value}`); continue; }
      const ms = await B.settle(() => el.click());
      // The first frame after the click: how long its own script held the page.
      const shown_ms = B.lastShown;
      await B.settle(() => facet(kind, value).click());
      if (ms === null) out.unchanged++; else out.facet.push({ kind, value, ms, shown_ms });
    }
    if (document.querySelector("[data-testid=date-from]")) {
      for (const [which, year] of plan.years) {
        const ms = await setDate(which, year);
        const shown_ms = B.lastShown;
        await setDate(which, "");
        if (ms === null) out.unchanged++; else out.date.push({ which, year, ms, shown_ms });
      }
    } else out.missing.push("date-from");
    return out;
  };

  // The trends view (Dossier): opened; each of `plan.series` ("kind:value")
  // added through its form; the share turned on and off; a facet clicked on
  // and off under every series; each series removed. Per action, what it is
  // and the ms to the paint of the page's last change (the chart waits for
  // the term blocks a search series needs, like the list).
  B.runTrends = async (plan) => {
    const out = { steps: [], missing: [] };
    const el = (id) => document.querySelector(`[data-testid=${id}]`);
    const step = async (what, action) => {
      const ms = await B.settle(action);
      if (ms === null) out.missing.push(`${what} changed nothing`); else out.steps.push({ what, ms });
    };
    if (!el("trends-toggle")) { out.missing.push("trends-toggle"); return out; }
    await step("open", () => el("trends-toggle").click());
    for (const s of plan.series) {
      // As in the URL (`entity:United%20Nations`); the form takes the name as a reader types it.
      const [kind, value] = [s.slice(0, s.indexOf(":")), decodeURIComponent(s.slice(s.indexOf(":") + 1))];
      const [select, input, form] = [el("trends-add-kind"), el("trends-add-value"), el("trends-add")];
      if (!select || !input || !form) { out.missing.push("trends-add"); break; }
      select.value = kind;
      select.dispatchEvent(new Event("change", { bubbles: true }));
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await afterPaint();
      await step("add a series", () => form.requestSubmit());
      if (el("trends-add-error")) out.missing.push(`series ${s}: ${el("trends-add-error").textContent}`);
    }
    if (el("trends-share")) {
      await step("share of all articles", () => el("trends-share").click());
      await step("share of all articles", () => el("trends-share").click());
    } else out.missing.push("trends-share");
    const [kind, value] = plan.facet;
    if (facet(kind, value)) {
      await step("facet click, every series", () => facet(kind, value).click());
      await step("facet click, every series", () => facet(kind, value).click());
    } else out.missing.push(`facet ${kind}=${value}`);
    for (let i = 0; i < 4 && el("trends-remove"); i++) await step("remove a series", () => el("trends-remove").click());
    await step("close", () => el("trends-toggle").click());
    return out;
  };

  // A plain engine page: it defines window.benchSearch(q, filters) that renders results.
  B.runEngine = async (plan) => {
    const out = { keystroke: [], facet: [], date: [], missing: [], unchanged: 0 };
    const time = async (q, filters) => {
      const t0 = performance.now();
      const n = await window.benchSearch(q, filters);
      await afterPaint();
      return { ms: performance.now() - t0, count: String(n) };
    };
    for (const { q, lang, topic } of plan.queries) {
      const filters = Object.fromEntries([["lang", lang], ["topic", topic]].filter(([, v]) => v));
      out.keystroke.push({ q, lang, topic, ...(await time(q, filters)) });
      await sleep(20);
    }
    for (const [kind, value] of plan.facets) out.facet.push({ kind, value, ...(await time(null, { [kind]: value })) });
    for (const [which, year] of plan.years)
      out.date.push({ which, year, ...(await time(null, { [which === "from" ? "yearFrom" : "yearTo"]: year })) });
    return out;
  };

  // What the first view loaded and how much memory the page holds.
  B.snapshot = () => {
    const nav = performance.getEntriesByType("navigation")[0];
    // Only files asked for until the page was ready: the idle warm-up that
    // follows is not the first view, however soon after it starts (on a fast
    // machine the seed's whole index came in before this snapshot).
    const untilReady = (e) => B.ready === null || e.startTime <= B.ready;
    const resources = [nav, ...B.entries().filter(untilReady)].filter(Boolean).map((e) => ({
      url: e.name, transfer: e.transferSize, encoded: e.encodedBodySize, decoded: e.decodedBodySize,
    }));
    const wasm = B.memories.reduce((s, m) => s + m.buffer.byteLength, 0);
    const heap = performance.memory ? performance.memory.usedJSHeapSize : null;
    return { ready: B.ready, resources, heap, wasm, count: count(), errors: B.errors };
  };
})();
