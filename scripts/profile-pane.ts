/**
 * `npx tsx scripts/profile-pane.ts [--item kagoya|suffix] [--runs N] [--trace out.json] [--totals]`: where a fresh task pane's
 * first draw spends its time (issue #19), in a real Chromium on the built dist/ under the fake Office
 * (test/browser/harness.ts). Each run opens a fresh pane with a DevTools trace running (the timeline, the network and
 * V8's sampling profiler) and prints, from the page's start and from the moment the fake hands over the headers to the
 * paint after the checklist:
 * - the requests (when asked for, sent, answered), so a chunk waited for shows;
 * - the main thread's busy time by kind (script compile, evaluation, style and layout, GC) and its idle time;
 * - the sampled self time by source file (the production build's source maps), bucketed (phrase tries, brand index,
 *   IP table, i18n, rendering …), and the heaviest functions (with `--totals`, also by time with their callees).
 * The last run is printed (the first warms the disk cache only as a user's second message would); `--trace` keeps it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, kagoyaItem, openPage, startHarness, suffixCityItem } from '../test/browser/harness';

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};

/** Marks in the page's timeline: the headers handed over (the benchmark's start) and the paint after the checklist. */
const MARKS = `(function () {
  var fake;
  Object.defineProperty(window, '__fakeOffice', {
    configurable: true,
    get: function () { return fake; },
    set: function (v) {
      fake = v;
      var at;
      Object.defineProperty(v.state, 'headersAt', {
        get: function () { return at; },
        set: function (t) { at = t; performance.mark('pi-headers'); },
      });
    },
  });
  window.__drawn = new Promise(function (resolve) {
    var observer = new MutationObserver(function () {
      if (!document.querySelector('.checklist') || at() === undefined) return;
      observer.disconnect();
      requestAnimationFrame(function () { setTimeout(function () {
        performance.mark('pi-drawn');
        resolve(performance.now() - at());
      }, 0); });
    });
    function at() { return fake && fake.state.headersAt; }
    function start() { observer.observe(document.documentElement, { childList: true, subtree: true }); }
    if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
  });
})();`;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: what a loaded machine's waits for a core do not inflate. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

// ---- source maps (VLQ decoding of webpack's maps: names and sources per generated position) ----
const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
interface Mapping {
  col: number;
  source: number;
  name: number;
}
interface SourceMap {
  lines: Mapping[][];
  sources: string[];
  names: string[];
}
function readMap(file: string): SourceMap {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { mappings: string; sources: string[]; names: string[] };
  const lines: Mapping[][] = [];
  let source = 0;
  let name = 0;
  for (const line of raw.mappings.split(';')) {
    const out: Mapping[] = [];
    let col = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const c of segment) {
        const digit = B64.get(c)!;
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      col += values[0]!;
      // Fields 3 and 4 (the original line and column) are not needed: a file and a name are.
      if (values.length > 1) source += values[1]!;
      if (values.length > 4) name += values[4]!;
      out.push({ col, source, name: values.length > 4 ? name : -1 });
    }
    lines.push(out);
  }
  return { lines, sources: raw.sources, names: raw.names };
}
const maps = new Map<string, SourceMap | null>();
/** The source file a generated position (0-based line and column) came from, and the name written there. */
function sourceOf(url: string, line: number, col: number): string {
  return placeOf(url, line, col).source;
}
function placeOf(url: string, line: number, col: number): { source: string; name?: string } {
  const file = url.split('/').pop() ?? '';
  if (!maps.has(file)) {
    try {
      maps.set(file, readMap(join(DIST, `${file}.map`)));
    } catch {
      maps.set(file, null);
    }
  }
  const map = maps.get(file);
  if (!map) return { source: url ? file : '(native)' };
  const segments = map.lines[line] ?? [];
  let best: Mapping | undefined;
  for (const s of segments) if (s.col <= col) best = s;
  if (!best) return { source: file };
  const source = map.sources[best.source]!.replace(/^webpack:\/\/[^/]*\/(\.\/)?/, '');
  // V8 places a function at its parameter list: its name is the last one written before (`function name(`, `name=(`).
  const named = segments.filter((s) => s.col < col && s.name >= 0).pop();
  return { source, name: named && col - named.col < 40 ? map.names[named.name] : undefined };
}

/** The buckets the brief asks for, by source file. */
function bucket(source: string): string {
  if (source.startsWith('(')) return source;
  if (/src\/core\/checks\/(.*trie|.*matcher|.*phrases|prebuilt-tries)/.test(source)) return 'phrase tries';
  if (/src\/core\/brands\//.test(source)) return 'brand index';
  if (/ip-owner/.test(source)) return 'IP table';
  if (/src\/i18n\/|late-words/.test(source)) return 'i18n';
  if (/src\/ui\/|fluent/.test(source)) return 'rendering (ui)';
  if (/src\/core\/parse\/|tldts|suffix|entities|postal-mime|htmlparser2/.test(source)) return 'parsing';
  if (/src\/core\//.test(source)) return 'core checks';
  if (/src\/hosts\//.test(source)) return 'host';
  if (/webpack\/runtime|webpack\/bootstrap/.test(source)) return 'webpack runtime';
  if (/node_modules/.test(source)) return 'libraries';
  return 'other';
}

async function profileOnce(item: ReturnType<typeof kagoyaItem>): Promise<{ events: TraceEvent[]; drawnMs: number }> {
  const harness = await startHarness();
  try {
    const opened = await openPage(harness, { path: '/help.html', office: { item }, initScripts: [MARKS] });
    try {
      const cdp = await opened.context.newCDPSession(opened.page);
      // The trace is kept in the browser and read at the end: streamed events would keep this process (which also
      // serves the pane's files) busy while the page loads.
      const done = new Promise<string>((resolve) =>
        cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? '')),
      );
      await cdp.send('Tracing.start', {
        transferMode: 'ReturnAsStream',
        traceConfig: {
          includedCategories: [
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'blink.user_timing',
            'loading',
            'v8',
            'v8.execute',
            'disabled-by-default-v8.compile',
            'disabled-by-default-v8.cpu_profiler',
            'disabled-by-default-v8.cpu_profiler.hires',
            'disabled-by-default-devtools.timeline.stack',
          ],
        },
      });
      await opened.page.goto(`${harness.origin}/taskpane.html`, { waitUntil: 'load' });
      const drawnMs = (await opened.page.evaluate('window.__drawn')) as number;
      await new Promise((r) => setTimeout(r, 200));
      await cdp.send('Tracing.end');
      const stream = await done;
      let text = '';
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
        text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
        if (chunk.eof) break;
      }
      await cdp.send('IO.close', { handle: stream });
      const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
      return { events: Array.isArray(parsed) ? parsed : parsed.traceEvents, drawnMs };
    } finally {
      await opened.close();
    }
  } finally {
    await harness.close();
  }
}

/** `--totals`: the functions' times with their callees too. */
const withTotals = process.argv.includes('--totals');

function report(events: TraceEvent[], drawnMs: number): void {
  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('user_timing'));
  const headers = mark('pi-headers');
  const drawn = mark('pi-drawn');
  if (!headers || !drawn) throw new Error('marks missing from the trace');
  const pid = drawn.pid;
  const main = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const nav = events
    .filter((e) => e.pid === pid && e.name === 'navigationStart' && e.ts < headers.ts)
    .sort((a, b) => b.ts - a.ts)[0];
  const t0 = nav?.ts ?? headers.ts;
  const rel = (ts: number) => ((ts - t0) / 1000).toFixed(0).padStart(5);
  console.log(
    `fresh pane: navigation -> headers ${((headers.ts - t0) / 1000).toFixed(0)} ms, headers -> drawn ${((drawn.ts - headers.ts) / 1000).toFixed(0)} ms (page's own figure ${drawnMs.toFixed(0)} ms); navigation -> drawn ${((drawn.ts - t0) / 1000).toFixed(0)} ms`,
  );

  // Requests.
  const sends = events.filter((e) => e.name === 'ResourceSendRequest' && e.pid === pid);
  const byId = (name: string, id: string) => events.find((e) => e.name === name && e.args?.data?.requestId === id);
  console.log('\nrequests (ms from navigation: asked, response, finished; bytes):');
  for (const s of sends) {
    const id = s.args!.data.requestId as string;
    const resp = byId('ResourceReceiveResponse', id);
    const fin = byId('ResourceFinish', id);
    const url = String(s.args!.data.url).replace(/^.*\//, '');
    if (s.ts > drawn.ts) continue;
    console.log(
      `  ${rel(s.ts)} ${resp ? rel(resp.ts) : '    -'} ${fin ? rel(fin.ts) : '    -'}  ${url.slice(0, 60)} ${fin?.args?.data?.encodedDataLength ?? ''}`,
    );
  }

  // Main thread: top-level tasks by kind, in the two windows.
  const windows: [string, number, number][] = [
    ['navigation -> headers', t0, headers.ts],
    ['headers -> drawn', headers.ts, drawn.ts],
  ];
  const onMain = events.filter((e) => e.pid === pid && e.tid === main && e.ph === 'X' && e.dur !== undefined);
  const kinds = [
    'EvaluateScript',
    'v8.compile',
    'v8.compileModule',
    'V8.CompileCode',
    'V8.ParseFunction',
    'V8.CompileLazy',
    'v8.parseOnBackground',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'RunMicrotasks',
    'v8.run',
    'ParseHTML',
    'ParseAuthorStyleSheet',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Commit',
    'MinorGC',
    'MajorGC',
    'V8.GC_SCAVENGER',
    'ResourceReceivedData',
  ];
  for (const [label, from, to] of windows) {
    const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts < to && e.ts + e.dur! > from);
    const clip = (e: TraceEvent) => Math.max(0, Math.min(to, e.ts + e.dur!) - Math.max(from, e.ts)) / 1000;
    const busy = tasks.reduce((n, e) => n + clip(e), 0);
    // CPU time of the tasks inside the window (a task straddling its edge counted by its share of wall time).
    const cpu = tasks.reduce((n, e) => n + ((e.tdur ?? e.dur!) / 1000) * (clip(e) / (e.dur! / 1000 || 1)), 0);
    console.log(
      `\nmain thread, ${label}: ${((to - from) / 1000).toFixed(0)} ms, busy ${busy.toFixed(0)} ms (${tasks.length} tasks; CPU ${cpu.toFixed(0)} ms), idle ${((to - from) / 1000 - busy).toFixed(0)} ms`,
    );
    const sums = kinds
      .map((k) => [k, onMain.filter((e) => e.name === k).reduce((n, e) => n + clip(e), 0)] as const)
      .filter(([, ms]) => ms >= 0.5);
    console.log(`  ${sums.map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(', ')}`);
    const compiles = onMain.filter((e) => e.name === 'v8.compile' && clip(e) >= 2);
    for (const c of compiles)
      console.log(`    compile ${clip(c).toFixed(0)} ms ${String(c.args?.data?.url ?? '').replace(/^.*\//, '')}`);
    const evals = onMain.filter((e) => e.name === 'EvaluateScript' && clip(e) >= 2);
    for (const c of evals)
      console.log(`    evaluate ${clip(c).toFixed(0)} ms ${String(c.args?.data?.url ?? '').replace(/^.*\//, '')}`);
  }

  // The sampling profile of the renderer's main thread.
  type CpuNode = {
    id: number;
    parent?: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  };
  type Profile = { start: number; nodes: Map<number, CpuNode>; samples: number[]; deltas: number[] };
  const profiles = new Map<string, Profile>();
  for (const e of events.filter((e) => e.pid === pid && (e.name === 'Profile' || e.name === 'ProfileChunk'))) {
    const id = e.id ?? '';
    const p: Profile = profiles.get(id) ?? { start: 0, nodes: new Map(), samples: [], deltas: [] };
    profiles.set(id, p);
    if (e.name === 'Profile') p.start = e.args!.data.startTime as number;
    const cpu = e.args?.data?.cpuProfile;
    for (const n of (cpu?.nodes ?? []) as CpuNode[]) p.nodes.set(n.id, n);
    p.samples.push(...(cpu?.samples ?? []));
    p.deltas.push(...(e.args?.data?.timeDeltas ?? []));
  }
  const profile = [...profiles.values()].sort((a, b) => b.samples.length - a.samples.length)[0];
  if (!profile) return console.log('\n(no CPU profile in the trace)');
  for (const [label, from, to] of windows) {
    const bySource = new Map<string, number>();
    const byFunction = new Map<string, number>();
    /** Total time: each function once per sample whose stack holds it (what it and its callees took). */
    const inclusive = new Map<string, number>();
    const nameOf = (frame: CpuNode['callFrame']): string => {
      const source = frame.url
        ? sourceOf(frame.url, frame.lineNumber, frame.columnNumber)
        : `(${frame.functionName || 'native'})`.replace(/^\(\((.*)\)\)$/, '($1)');
      const name = frame.url ? placeOf(frame.url, frame.lineNumber, frame.columnNumber).name : undefined;
      return `${name ?? frame.functionName ?? '(anonymous)'} @ ${source}`;
    };
    let t = profile.start;
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.deltas[i]!;
      const next = t + (profile.deltas[i + 1] ?? 0);
      if (t < from || t >= to) continue;
      const node = profile.nodes.get(profile.samples[i]!);
      const frame = node?.callFrame ?? { functionName: '(unknown)', url: '', lineNumber: 0, columnNumber: 0 };
      const ms = (next - t) / 1000;
      const source = frame.url
        ? sourceOf(frame.url, frame.lineNumber, frame.columnNumber)
        : `(${frame.functionName || 'native'})`.replace(/^\(\((.*)\)\)$/, '($1)');
      bySource.set(source, (bySource.get(source) ?? 0) + ms);
      const name = frame.url ? placeOf(frame.url, frame.lineNumber, frame.columnNumber).name : undefined;
      const fn = `${name ?? frame.functionName ?? '(anonymous)'} @ ${source}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
      if (withTotals) {
        const seen = new Set<string>();
        for (let n = node; n; n = n.parent === undefined ? undefined : profile.nodes.get(n.parent)) {
          const key = nameOf(n.callFrame);
          if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
          seen.add(key);
        }
      }
    }
    const buckets = new Map<string, number>();
    for (const [s, ms] of bySource) buckets.set(bucket(s), (buckets.get(bucket(s)) ?? 0) + ms);
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .filter(([, ms]) => ms >= 1);
    console.log(`\nsampled self time, ${label}, by bucket:`);
    console.log(
      `  ${top(buckets, 20)
        .map(([k, ms]) => `${k} ${ms.toFixed(0)}`)
        .join(', ')}`,
    );
    console.log(`by source file:`);
    for (const [k, ms] of top(bySource, 16)) console.log(`  ${ms.toFixed(0).padStart(5)} ms  ${k}`);
    console.log(`by function:`);
    for (const [k, ms] of top(byFunction, 25)) console.log(`  ${ms.toFixed(0).padStart(5)} ms  ${k}`);
    if (withTotals) {
      console.log(`by function, with its callees (--totals):`);
      for (const [k, ms] of top(inclusive, 60)) console.log(`  ${ms.toFixed(0).padStart(5)} ms  ${k}`);
    }
  }
}

/**
 * `--plain`: no trace, only the figures, each run a fresh pane in one browser: headers -> drawn (the benchmark's) and
 * navigation -> drawn, for paired runs of two builds.
 */
async function plain(item: ReturnType<typeof kagoyaItem>, runs: number): Promise<void> {
  const harness = await startHarness();
  try {
    for (let i = 0; i < runs; i++) {
      const opened = await openPage(harness, { path: '/taskpane.html', office: { item }, initScripts: [MARKS] });
      try {
        const drawn = (await opened.page.evaluate('window.__drawn')) as number;
        const total = (await opened.page.evaluate("performance.getEntriesByName('pi-drawn')[0].startTime")) as number;
        console.log(`run ${i}: headers -> drawn ${drawn.toFixed(0)} ms, navigation -> drawn ${total.toFixed(0)} ms`);
      } finally {
        await opened.close();
      }
    }
  } finally {
    await harness.close();
  }
}

async function main(): Promise<void> {
  const item = arg('item') === 'suffix' ? suffixCityItem() : kagoyaItem();
  const runs = Number(arg('runs') ?? 2);
  if (process.argv.includes('--plain')) return plain(item, runs);
  let last: { events: TraceEvent[]; drawnMs: number } | undefined;
  for (let i = 0; i < runs; i++) last = await profileOnce(item);
  report(last!.events, last!.drawnMs);
  const out = arg('trace');
  if (out) writeFileSync(out, JSON.stringify({ traceEvents: last!.events }));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
