/**
 * Click → checklist drawn, measured in a real Chromium on the built dist/ (for `npm run bench`; target ≤ 300 ms
 * after the headers arrive). Two figures:
 * - page: the standalone page, from the click on Check (the event's own timestamp) with the whole KAGOYA message
 *   pasted, through parseMessage and analyze, to the first frame painted after the new checklist is in the DOM;
 * - pane: the Outlook task pane under the fake Office, from the moment the fake hands over the header block to the
 *   first frame painted after the checklist — the first load, then pinned-pane refreshes (ItemChanged).
 * "Painted" is requestAnimationFrame then a task: the frame with the checklist has been produced.
 * The first run is cold (JIT, no IP table yet) and reported apart; the rest run with the IP table loaded.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers';
import { CHROMIUM, DIST, checklistShown, kagoyaItem, openPage, startHarness } from './harness';

export const DRAW_TARGET_MS = 300;
/** Every wait in the page is bounded: a run that never draws fails instead of hanging the benchmark. */
const WAIT_MS = 10_000;

export interface DrawTimes {
  /** The first check on a freshly loaded page, ms. */
  first: number;
  /** Each later run, ms. */
  runs: number[];
  p50: number;
  max: number;
}

export type BrowserBench =
  { skipped: string } | { chromium: string; page: DrawTimes; pane: DrawTimes; targetMs: number; ipTable?: IpTableLoad };

/** Loading the IP table in the task pane: the fetch from its own origin, then decoding it and drawing again. */
export interface IpTableLoad {
  fetchMs: number;
  decodeAndRedrawMs: number;
  totalMs: number;
}

/** Records when the first `.footnote` (the IP data's attribution, drawn once the table is in) appears. */
const FOOTNOTE_AT = `(function () {
  var observer = new MutationObserver(function () {
    if (document.querySelector('.footnote')) { window.__footnoteAt = performance.now(); observer.disconnect(); }
  });
  function start() { observer.observe(document.documentElement, { childList: true, subtree: true }); }
  if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
})();
void 0;`;

const IP_TABLE_TIMES = `(function () {
  var e = performance.getEntriesByType('resource').find(function (r) { return r.name.indexOf('ip-owner.bin') >= 0; });
  return e && window.__footnoteAt ? { start: e.startTime, fetched: e.responseEnd, ready: window.__footnoteAt } : null;
})()`;

/**
 * Sets `window.__drawn`: resolves (in the page) with ms from the next click to the paint after a new `.checklist`.
 * The script ends in `void 0`: evaluated, it must not hand back the promise, which Playwright would wait for.
 */
const AFTER_NEXT_CLICK = `window.__drawn = new Promise(function (resolve, reject) {
  setTimeout(function () { reject(new Error('no checklist drawn within ${WAIT_MS} ms of the click')); }, ${WAIT_MS});
  document.addEventListener('click', function (e) {
    var start = e.timeStamp, old = document.querySelector('.checklist');
    var observer = new MutationObserver(function () {
      var now = document.querySelector('.checklist');
      if (!now || now === old) return;
      observer.disconnect();
      requestAnimationFrame(function () { setTimeout(function () { resolve(performance.now() - start); }, 0); });
    });
    observer.observe(document.body, { childList: true, subtree: true });
  }, { capture: true, once: true });
});
void 0;`;

/** Sets `window.__drawn`: ms from the fake's next header hand-over to the paint after a new `.checklist`. */
const AFTER_NEXT_HEADERS = `window.__drawn = new Promise(function (resolve, reject) {
  setTimeout(function () { reject(new Error('no checklist drawn within ${WAIT_MS} ms')); }, ${WAIT_MS});
  var old = document.querySelector('.checklist'), since = window.__fakeOffice ? window.__fakeOffice.state.headersAt : undefined;
  var observer = new MutationObserver(function () {
    var now = document.querySelector('.checklist');
    var at = window.__fakeOffice && window.__fakeOffice.state.headersAt;
    if (!now || now === old || at === undefined || at === since) return;
    observer.disconnect();
    requestAnimationFrame(function () { setTimeout(function () { resolve(performance.now() - at); }, 0); });
  });
  function start() { observer.observe(document.documentElement, { childList: true, subtree: true }); }
  if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
});
void 0;`;

function summarise(first: number, runs: number[]): DrawTimes {
  const sorted = [...runs].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    first: round(first),
    runs: runs.map(round),
    p50: round(sorted[Math.floor(sorted.length / 2)] ?? NaN),
    max: round(sorted[sorted.length - 1] ?? NaN),
  };
}

/** Why the measurement cannot run here, or undefined. */
function missing(): string | undefined {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is not installed (apt-get install chromium)`;
  if (!existsSync(join(DIST, 'taskpane.html')) || !readdirSync(DIST).some((f) => /^web\.[0-9a-f]{8}\.js$/.test(f))) {
    return 'dist/ is not built (npm run build)';
  }
  return undefined;
}

export async function measureClickToChecklist(options: { runs?: number } = {}): Promise<BrowserBench> {
  const reason = missing();
  if (reason) return { skipped: reason };
  const runs = options.runs ?? 10;
  const harness = await startHarness();
  try {
    // The standalone page: paste the whole KAGOYA message, click Check.
    const web = await openPage(harness, { path: '/', viewport: { width: 900, height: 1000 } });
    const pageTimes: number[] = [];
    let pageFirst = NaN;
    try {
      await web.page.fill(
        '#web-paste',
        readFileSync(join(projectRoot, 'test', 'fixtures', 'kagoya-2021-12.eml'), 'latin1'),
      );
      for (let i = 0; i <= runs; i++) {
        await web.page.evaluate(AFTER_NEXT_CLICK);
        await web.page.click('[data-action="check"]');
        const ms = (await web.page.evaluate('window.__drawn')) as number;
        if (i === 0) {
          pageFirst = ms;
          await web.page.locator('.footnote').waitFor();
        } else {
          pageTimes.push(ms);
        }
      }
    } finally {
      await web.close();
    }

    // The task pane: the first load (observer installed before the page's scripts), then ItemChanged refreshes.
    const pane = await openPage(harness, {
      path: '/taskpane.html',
      viewport: { width: 360, height: 760 },
      office: { item: kagoyaItem() },
      initScripts: [AFTER_NEXT_HEADERS, FOOTNOTE_AT],
    });
    const paneTimes: number[] = [];
    let paneFirst = NaN;
    let ipTable: IpTableLoad | undefined;
    try {
      paneFirst = (await pane.page.evaluate('window.__drawn')) as number;
      await checklistShown(pane.page);
      await pane.page.locator('.footnote').waitFor();
      const t = (await pane.page.evaluate(IP_TABLE_TIMES)) as { start: number; fetched: number; ready: number } | null;
      if (t)
        ipTable = {
          fetchMs: Math.round(t.fetched - t.start),
          decodeAndRedrawMs: Math.round(t.ready - t.fetched),
          totalMs: Math.round(t.ready - t.start),
        };
      for (let i = 0; i < runs; i++) {
        await pane.page.evaluate(AFTER_NEXT_HEADERS);
        await pane.page.evaluate('window.__fakeOffice.fire("olkItemSelectedChanged")');
        paneTimes.push((await pane.page.evaluate('window.__drawn')) as number);
      }
    } finally {
      await pane.close();
    }
    return {
      chromium: harness.browser.version(),
      page: summarise(pageFirst, pageTimes),
      pane: summarise(paneFirst, paneTimes),
      targetMs: DRAW_TARGET_MS,
      ipTable,
    };
  } finally {
    await harness.close();
  }
}
