/**
 * `npm run bench [-- --quick] [-- --only corpus,scaling,hostile,bundle,ip,process,startup,instructions]
 * [-- <corpus folder>]`: how fast the core is, printed as tables (not a test: figures depend on the machine). Sections:
 * 1. corpus: per-message time of parseMessage + analyze (p50, p99, max) beside a bare postal-mime parse of the same
 *    bytes; the ratio's target is ≤ 3×.
 * 2. scaling: time and peak memory as bodies, Received lines, links and one header line grow; time per byte must
 *    stay flat (each step within 1.5× of the one before).
 * 3. hostile shapes (test/fixtures/hostile-shapes.ts): each with its time; target under 1 s.
 * 4. task pane bundle size: what an English and a Japanese reader download before the first verdict (dist/taskpane*
 *    JS + CSS with their language's words), raw and gzipped; budget 150 KB, aim 120 KB, gzipped.
 * 5. IP-owner lookup (scripts/bench-ip.ts when it exists) and click → checklist (measured in the browser, later).
 * 6. process: the CLI as a user runs it, `npx phish-inspector --json <corpus>`, as a whole process beside a bare
 *    postal-mime parse of the same files in a process of its own (scripts/bare-parse.mjs), alternated, median of 3;
 *    target ≤ 3×. The CLI's own per-message times in that run (PHISH_INSPECTOR_TIMINGS): p50 target ≤ 2.5 ms.
 *    The CLI runs a folder on one thread per core (--jobs): the same command with --jobs 1 and every run's CPU time
 *    are printed beside it, so the work itself is seen apart from its spreading.
 * 7. startup: the CLI on one message as a whole process, median of 10, beside a bare `node -e 0`; target ≤ 150 ms.
 * 8. instructions (only with `--only instructions`): the same processes' instructions, counted by valgrind — a
 *    figure the machine's load does not move, to compare two builds on a shared machine.
 * Sections 7 and 8 also time each process without NODE_EXTRA_CA_CERTS when the environment sets it (EXTRA_CA_NOTE).
 *
 * Sections 2 and 3 run each case in a child process: peak memory is then that case's alone, and a case that hangs is
 * killed at CASE_TIMEOUT_MS and printed as such instead of stopping the benchmark.
 */
import { emlFiles } from './corpus-files';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import PostalMime from 'postal-mime';
import { TIMINGS_ENV, TIMINGS_PREFIX, type TimingsLine } from '../src/cli/timings';
import { parseMessage } from '../src/core/parse-message';
import { analyze } from '../src/core/analyze';
import { loadAllCheckData } from '../src/core/check-data';
import {
  HOSTILE_SHAPES,
  LONG_LINES,
  MB,
  htmlBody,
  longHeaderLine,
  manyLinks,
  receivedLines,
  textBody,
  type LongLineKind,
} from '../test/fixtures/hostile-shapes';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CASE_TIMEOUT_MS = 120_000;
const RATIO_TARGET = 3;
const FLAT_TARGET = 1.5;
const HOSTILE_TARGET_MS = 1000;
const BUNDLE_BUDGET = 150 * 1024;
const BUNDLE_AIM = 120 * 1024;

// ---------------------------------------------------------------------------------------------------------------
// Cases run in a child: `tsx scripts/bench.ts --case <id>` prints one JSON line.

interface CaseResult {
  bytes: number;
  /** Each run's parseMessage and analyze time, ms. */
  runs: { parse: number; analyze: number }[];
  /** Peak resident memory above what the process held with the input built, MB. */
  peakMb: number;
  verdict: string;
  /** Info findings saying what was not checked (limits, unreadable parts). */
  notes: string[];
}

const SCALING: { group: string; label: string; id: string; build: () => Uint8Array }[] = [
  ...[0.1, 1, 10].map((mb) => ({
    group: 'html body',
    label: `${mb} MB`,
    id: `html:${mb}`,
    build: () => htmlBody(mb * MB),
  })),
  ...[0.1, 1, 10].map((mb) => ({
    group: 'text body',
    label: `${mb} MB`,
    id: `text:${mb}`,
    build: () => textBody(mb * MB),
  })),
  ...[10, 1000, 10_000].map((n) => ({
    group: 'Received lines',
    label: `${n}`,
    id: `rcv:${n}`,
    build: () => receivedLines(n),
  })),
  ...[10, 1000, 100_000].map((n) => ({ group: 'links', label: `${n}`, id: `links:${n}`, build: () => manyLinks(n) })),
  ...(Object.keys(LONG_LINES) as LongLineKind[]).flatMap((kind) =>
    [0.01, 0.1, 1].map((mb) => ({
      group: `one ${kind} line`,
      label: `${mb} MB`,
      id: `line:${kind}:${mb}`,
      build: () => longHeaderLine(kind, mb * MB),
    })),
  ),
];

function buildCase(id: string): Uint8Array {
  const found =
    SCALING.find((c) => c.id === id) ??
    HOSTILE_SHAPES.map((s) => ({ id: `hostile:${s.name}`, build: s.build })).find((c) => c.id === id);
  if (!found) throw new Error(`unknown case ${id}`);
  return found.build();
}

async function runCase(id: string): Promise<void> {
  await loadAllCheckData(); // every check's lazy part (core/check-data.ts): what is measured is the analysis
  // Warm the JIT on an ordinary message first: what is measured is the shape, not first-call compilation.
  for (let i = 0; i < 20; i++) analyze(await parseMessage(htmlBody(20_000)));
  const raw = buildCase(id);
  const before = process.memoryUsage().rss;
  const runs: CaseResult['runs'] = [];
  let verdict = '';
  let notes: string[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const input = await parseMessage(raw);
    const t1 = performance.now();
    const report = analyze(input);
    const t2 = performance.now();
    runs.push({ parse: t1 - t0, analyze: t2 - t1 });
    verdict = report.verdict;
    notes = report.findings
      .filter((f) => f.status === 'info' && /truncated|unreadable|missing|check-failed/.test(f.id))
      .map((f) => f.id);
    if (t2 - t0 > 5000) break; // one slow run says enough
  }
  const peakMb = Math.max(0, process.resourceUsage().maxRSS * 1024 - before) / MB;
  const result: CaseResult = { bytes: raw.length, runs, peakMb, verdict, notes };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function spawnCase(id: string): CaseResult | { error: string } {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, '--case', id], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: CASE_TIMEOUT_MS,
    maxBuffer: 16 * MB,
  });
  if (child.error || child.signal)
    return {
      error: child.signal === 'SIGTERM' ? `TIMEOUT > ${CASE_TIMEOUT_MS / 1000} s` : String(child.error ?? child.signal),
    };
  const line = child.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as CaseResult;
  } catch {
    return { error: `exit ${child.status}: ${child.stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 300)}` };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Printing

function table(head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const sizeText = (bytes: number): string => (bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : kb(bytes));

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {
    // not Linux: os.cpus() has it
  }
  return `machine: ${cpus().length} CPUs (nproc), ${model.trim()}, node ${process.version}`;
}

/** The 1-minute load average, with a warning when other work shares the CPUs (the figures are then high). */
function load(): string {
  const avg = loadavg()[0] ?? 0;
  const busy = avg > cpus().length / 2 ? ' — other work is running: figures are inflated' : '';
  return `load average ${avg.toFixed(2)}${busy}`;
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Corpus

async function corpusSection(root: string): Promise<void> {
  console.log(`\n## 1. corpus: ${root}`);
  if (!existsSync(root)) {
    console.log('not present');
    return;
  }
  const messages = emlFiles(root).map((file) => new Uint8Array(readFileSync(file)));
  await loadAllCheckData();
  const ours = (raw: Uint8Array): Promise<unknown> => parseMessage(raw).then((input) => analyze(input));
  const bare = (raw: Uint8Array): Promise<unknown> => PostalMime.parse(raw);
  for (const raw of messages) {
    await ours(raw); // warm-up pass: JIT, brand table, lazy tables
    await bare(raw);
  }
  const timesOurs: number[] = [];
  const timesBare: number[] = [];
  const timesParse: number[] = [];
  for (const raw of messages) {
    // Best of three per message: one GC pause must not set a message's figure.
    let best = Infinity;
    let bestBare = Infinity;
    let bestParse = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      const input = await parseMessage(raw);
      const t1 = performance.now();
      analyze(input);
      const t2 = performance.now();
      await bare(raw);
      const t3 = performance.now();
      best = Math.min(best, t2 - t0);
      bestParse = Math.min(bestParse, t1 - t0);
      bestBare = Math.min(bestBare, t3 - t2);
    }
    timesOurs.push(best);
    timesBare.push(bestBare);
    timesParse.push(bestParse);
  }
  const sum = (a: number[]): number => a.reduce((x, y) => x + y, 0);
  const stats = (a: number[]): (string | number)[] => {
    const s = [...a].sort((x, y) => x - y);
    return [ms(percentile(s, 50)), ms(percentile(s, 99)), ms(s[s.length - 1]!), ms(sum(a) / a.length), ms(sum(a))];
  };
  const bytes = sum(messages.map((m) => m.length));
  console.log(`${messages.length} messages, ${sizeText(bytes)}; best of 3 runs per message, after a warm-up pass`);
  table(
    ['ms per message', 'p50', 'p99', 'max', 'mean', 'total'],
    [
      ['parseMessage + analyze', ...stats(timesOurs)],
      ['  of which parseMessage', ...stats(timesParse)],
      ['bare PostalMime.parse', ...stats(timesBare)],
    ],
  );
  const ratio = sum(timesOurs) / sum(timesBare);
  const p50Ratio =
    percentile(
      [...timesOurs].sort((a, b) => a - b),
      50,
    ) /
    percentile(
      [...timesBare].sort((a, b) => a - b),
      50,
    );
  console.log(
    `ratio ours / postal-mime: total ${ratio.toFixed(2)}×, p50 ${p50Ratio.toFixed(2)}× ` +
      `(target ≤ ${RATIO_TARGET}×) ${ratio <= RATIO_TARGET ? 'OK' : 'OVER'}`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Scaling, 3. hostile shapes

const best = (r: CaseResult): number => Math.min(...r.runs.map((x) => x.parse + x.analyze));

function scalingSection(quick: boolean): void {
  console.log('\n## 2. scaling (best of up to 3 runs in a fresh process; peak = resident memory above the input)');
  // --quick leaves out the largest size of each group.
  const cases = quick ? SCALING.filter((c, i) => SCALING[i + 1]?.group === c.group) : SCALING;
  const rows: (string | number)[][] = [];
  let previous: { group: string; perByte: number } | undefined;
  const flags: string[] = [];
  for (const c of cases) {
    const r = spawnCase(c.id);
    if ('error' in r) {
      rows.push([`${c.group}: ${c.label}`, '', r.error, '', '', '', '', '']);
      flags.push(`${c.group} ${c.label}: ${r.error}`);
      previous = undefined;
      continue;
    }
    const t = best(r);
    const perByte = (t * 1e6) / r.bytes; // ns per byte
    const growth = previous?.group === c.group ? perByte / previous.perByte : undefined;
    if (growth !== undefined && growth > FLAT_TARGET)
      flags.push(`${c.group}: ${c.label} takes ${growth.toFixed(2)}× the time per byte of the size before`);
    const run = r.runs.find((x) => x.parse + x.analyze === t)!;
    rows.push([
      `${c.group}: ${c.label}`,
      sizeText(r.bytes),
      ms(t),
      `${ms(run.parse)} + ${ms(run.analyze)}`,
      perByte.toFixed(1),
      growth === undefined ? '' : `${growth.toFixed(2)}×`,
      r.peakMb.toFixed(0),
      [r.verdict, ...r.notes].join(' '),
    ]);
    previous = { group: c.group, perByte };
  }
  table(['case', 'raw size', 'ms', 'parse + analyze', 'ns/byte', 'growth', 'peak MB', 'verdict, limits noted'], rows);
  console.log(
    flags.length
      ? `NOT FLAT (> ${FLAT_TARGET}× per byte):\n  ${flags.join('\n  ')}`
      : `time per byte flat: every step within ${FLAT_TARGET}×`,
  );
}

function hostileSection(): void {
  console.log(`\n## 3. hostile shapes (target: each under ${HOSTILE_TARGET_MS / 1000} s)`);
  const rows: (string | number)[][] = [];
  const over: string[] = [];
  for (const shape of HOSTILE_SHAPES) {
    const r = spawnCase(`hostile:${shape.name}`);
    if ('error' in r) {
      rows.push([shape.name, '', r.error, '', '', '']);
      over.push(`${shape.name}: ${r.error}`);
      continue;
    }
    const t = best(r);
    const first = r.runs[0]!;
    if (first.parse + first.analyze > HOSTILE_TARGET_MS)
      over.push(`${shape.name}: ${ms(first.parse + first.analyze)} ms`);
    rows.push([
      shape.name,
      sizeText(r.bytes),
      ms(first.parse + first.analyze),
      ms(t),
      r.peakMb.toFixed(0),
      [r.verdict, ...r.notes].join(' '),
    ]);
  }
  table(['shape', 'raw size', 'first ms', 'best ms', 'peak MB', 'verdict, limits noted'], rows);
  for (const shape of HOSTILE_SHAPES) console.log(`  ${shape.name}: ${shape.what}`);
  console.log(
    over.length ? `OVER ${HOSTILE_TARGET_MS} ms:\n  ${over.join('\n  ')}` : `every shape under ${HOSTILE_TARGET_MS} ms`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Bundle, 5. IP owner and click → checklist

function bundleSection(): void {
  console.log(
    '\n## 4. task pane bundle (dist/taskpane*.js + *.css and its chunks: ' +
      "the reader's words, the actions, the IP decoder)",
  );
  const dist = join(ROOT, 'dist');
  const files = existsSync(dist) ? walk2(dist).filter((f) => /(^|\/)taskpane[^/]*\.(js|css)$/.test(f)) : [];
  if (!files.length) {
    console.log('not built');
    return;
  }
  const rows = files.map((f) => {
    const data = readFileSync(join(dist, f));
    return { f, raw: data.length, gz: gzipSync(data, { level: 9 }).length };
  });
  // Before the first verdict a reader downloads the entry (taskpane.<hash>.js + .css) and the shared words of their
  // language (taskpane.i18n-<lang>.<hash>.js); the IP table's decoder comes with the table, after the checklist; Report
  // to IT / Copy summary fetch their code (and, for a Japanese reader, the English words) at the first click.
  type Row = (typeof rows)[number];
  const chunk = (r: Row) => /(^|\/)taskpane\.([\w-]+)\.[0-9a-f]{8}\.js$/.exec(r.f)?.[2];
  const sum = (pick: (r: Row) => boolean, key: 'raw' | 'gz') => rows.filter(pick).reduce((n, r) => n + r[key], 0);
  const readers = (['en', 'ja'] as const).map((lang) => {
    const first = (r: Row) => chunk(r) === undefined || chunk(r) === `i18n-${lang}`;
    const onClick = (r: Row) => chunk(r) === 'report' || (lang === 'ja' && chunk(r) === 'i18n-en');
    return {
      who: lang === 'en' ? 'English reader' : 'Japanese reader',
      raw: sum(first, 'raw'),
      gz: sum(first, 'gz'),
      afterGz: sum((r) => chunk(r) === 'ip-owner', 'gz'),
      clickGz: sum(onClick, 'gz'),
    };
  });
  table(
    ['file', 'raw', 'gzip'],
    [
      ...rows.map((r) => [r.f, kb(r.raw), kb(r.gz)]),
      ...readers.map((r) => [`before the first verdict, ${r.who}`, kb(r.raw), kb(r.gz)]),
    ],
  );
  const judge = (bytes: number): string =>
    bytes <= BUNDLE_AIM
      ? 'within the aim'
      : bytes <= BUNDLE_BUDGET
        ? 'within the budget, above the aim'
        : 'OVER BUDGET';
  for (const r of readers) {
    const read = r.gz + r.afterGz;
    console.log(
      `${r.who}: ${kb(r.gz)} gzipped before the first verdict, ${kb(read)} with the IP table's decoder ` +
        `(${judge(read)}; budget ${kb(BUNDLE_BUDGET)}, aim ${kb(BUNDLE_AIM)}); ` +
        `the first Report to IT or Copy summary click fetches ${kb(r.clickGz)} more`,
    );
  }
  for (const f of files.filter((x) => x.endsWith('.js') && existsSync(join(dist, `${x}.map`)))) {
    const parts = bundleBreakdown(
      readFileSync(join(dist, f), 'utf8'),
      JSON.parse(readFileSync(join(dist, `${f}.map`), 'utf8')) as SourceMap,
    );
    console.log(`what ${f} is made of (minified bytes by package, from its source map):`);
    table(
      ['package', 'raw', 'share'],
      parts.slice(0, 30).map(([name, bytes]) => [
        name,
        kb(bytes),
        `${(
          (100 * bytes) /
          Math.max(
            1,
            parts.reduce((n, p) => n + p[1], 0),
          )
        ).toFixed(1)}%`,
      ]),
    );
  }
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Generated bytes per package: each mapping segment owns the columns up to the next segment on its line (source-map
 * v3 VLQ). Sources are grouped by npm package (`node_modules/@scope/name`) or by src/ folder.
 */
function bundleBreakdown(code: string, map: SourceMap): [string, number][] {
  const lines = code.split('\n');
  const owner = (i: number): string => {
    const src = map.sources[i] ?? '?';
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(src);
    if (pkg) return pkg[1]!;
    const local = /(src\/[^/]+(?:\/[^/]+)?)\//.exec(src);
    return local ? local[1]! : src.replace(/^webpack:\/\/[^/]*\//, '');
  };
  const totals = new Map<string, number>();
  let source = 0;
  map.mappings.split(';').forEach((line, li) => {
    let column = 0;
    const segments: { column: number; source?: number }[] = [];
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = BASE64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length >= 4) source += fields[1]!;
      segments.push({ column, source: fields.length >= 4 ? source : undefined });
    }
    const length = lines[li]?.length ?? 0;
    segments.forEach((seg, k) => {
      const end = segments[k + 1]?.column ?? length;
      const name = seg.source === undefined ? '(webpack runtime)' : owner(seg.source);
      totals.set(name, (totals.get(name) ?? 0) + Math.max(0, end - seg.column));
    });
  });
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

/** Files under dist, relative, not following into node_modules-like depths. */
function walk2(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(path).isDirectory() ? walk2(path, rel) : [rel];
  });
}

function ipOwnerSection(): void {
  console.log('\n## 5. IP-owner lookup, click → checklist');
  const script = join(ROOT, 'scripts', 'bench-ip.ts');
  if (!existsSync(script)) console.log('IP-owner lookup: not built');
  else {
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: CASE_TIMEOUT_MS,
    });
    const failed = child.status === 0 ? '' : `\n(exit ${child.status ?? child.signal}) ${child.stderr ?? ''}`;
    const out = `${child.stdout ?? ''}${failed}`;
    console.log(`IP-owner lookup (scripts/bench-ip.ts):\n${out.trim()}`);
  }
  // Click → checklist drawn, in Debian's Chromium (scripts/bench-browser.ts; it says why when it cannot run).
  const browser = join(ROOT, 'scripts', 'bench-browser.ts');
  const child = spawnSync(process.execPath, ['--import', 'tsx', browser], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: CASE_TIMEOUT_MS,
  });
  const failed = child.status === 0 ? '' : `(exit ${child.status ?? child.signal}) ${child.stderr ?? ''}`;
  console.log(`${child.stdout ?? ''}${failed}`.trim());
}

// ---------------------------------------------------------------------------------------------------------------
// 6. The CLI as a whole process (issue #19)

const PROCESS_RUNS = 3;
const CLI_P50_TARGET_MS = 2.5;

interface ProcessRun {
  wallMs: number;
  /** The CLI's PHISH_INSPECTOR_TIMINGS line (src/cli/timings.ts), when it printed one. */
  timings?: TimingsLine;
  /** CPU time of a process that printed no timings line but BARE_CPU's (the bare parse), ms. */
  cpuMs?: number;
  error?: string;
}

/**
 * Loaded before the bare parse (`node --import`): its process's CPU time on stderr as it exits, the figure the CLI's
 * timings line gives for its own, so the two compare in CPU too — on this shared machine wall times follow the load.
 */
const BARE_CPU_PREFIX = 'bare-parse cpu: ';
const BARE_CPU =
  'data:text/javascript,' +
  encodeURIComponent(
    `process.on('exit', () => { const u = process.cpuUsage(); ` +
      `process.stderr.write(${JSON.stringify(BARE_CPU_PREFIX)} + (u.user + u.system) / 1000 + '\\n'); });`,
  );

/** One whole process, its output thrown away as `> /dev/null` would; wall time from spawn to exit. */
function timeProcess(command: string, args: string[]): ProcessRun {
  const t0 = performance.now();
  const child = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, [TIMINGS_ENV]: '1' },
    timeout: 10 * CASE_TIMEOUT_MS,
    maxBuffer: 16 * MB,
  });
  const wallMs = performance.now() - t0;
  if (child.error || child.signal || child.status !== 0)
    return { wallMs, error: `${String(child.error ?? child.signal ?? `exit ${child.status}`)} ${child.stderr}`.trim() };
  const lines = child.stderr.split('\n');
  const line = lines.find((l) => l.startsWith(TIMINGS_PREFIX));
  const bare = lines.find((l) => l.startsWith(BARE_CPU_PREFIX));
  return {
    wallMs,
    timings: line ? (JSON.parse(line.slice(TIMINGS_PREFIX.length)) as TimingsLine) : undefined,
    cpuMs: bare ? Number(bare.slice(BARE_CPU_PREFIX.length)) : undefined,
  };
}

function processSection(root: string): void {
  console.log(`\n## 6. the CLI as a whole process: ${root}`);
  if (!existsSync(root)) return void console.log('not present');
  if (!existsSync(join(ROOT, 'dist', 'cli', 'phish-inspector.cjs'))) return void console.log('not built');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const commands = {
    cli: [npx, ['phish-inspector', '--json', root]],
    node: [process.execPath, [join('dist', 'cli', 'phish-inspector.cjs'), '--json', root]],
    // One thread: the work itself, which threads on more cores only spread (src/cli/workers.ts).
    one: [process.execPath, [join('dist', 'cli', 'phish-inspector.cjs'), '--jobs', '1', '--json', root]],
    bare: [process.execPath, ['--import', BARE_CPU, join('scripts', 'bare-parse.mjs'), root]],
  } as const;
  const runs: Record<keyof typeof commands, ProcessRun[]> = { cli: [], node: [], one: [], bare: [] };
  // Alternated, so a burst of other work on the machine lands on both sides.
  for (let i = 0; i < PROCESS_RUNS; i++) {
    for (const name of ['bare', 'cli', 'node', 'one'] as const) {
      const [command, args] = commands[name];
      const run = timeProcess(command, [...args]);
      if (run.error) return void console.log(`${name}: ${run.error.slice(0, 500)}`);
      runs[name].push(run);
    }
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const wall = (name: keyof typeof runs): number => median(runs[name].map((r) => r.wallMs));
  const messages = runs.cli[0]?.timings?.messages ?? 0;
  const labels: Record<keyof typeof commands, string> = {
    cli: 'npx phish-inspector --json',
    node: 'node dist/cli/phish-inspector.cjs --json',
    one: 'node dist/cli/phish-inspector.cjs --jobs 1 --json',
    bare: 'node scripts/bare-parse.mjs (bare PostalMime.parse, one thread)',
  };
  // CPU of the CLI's whole process, all threads (its timings line): beside the wall time, so more cores spreading
  // the same work is not read as less work.
  const cpuMs = (name: keyof typeof runs): number | undefined => {
    const xs = runs[name].flatMap((r) => {
      const ms = r.timings?.cpuMs ?? r.cpuMs;
      return ms === undefined ? [] : [ms];
    });
    return xs.length ? median(xs) : undefined;
  };
  const cpu = (name: keyof typeof runs): string => {
    const ms = cpuMs(name);
    const threads = runs[name].map((r) => r.timings?.threads ?? 1).join(' ');
    return ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} (threads: ${threads})`;
  };
  table(
    ['whole process', `median of ${PROCESS_RUNS}, s`, 'runs, s', 'ratio to bare', 'CPU, s'],
    (Object.keys(commands) as (keyof typeof commands)[]).map((name) => [
      labels[name],
      (wall(name) / 1000).toFixed(2),
      runs[name].map((r) => (r.wallMs / 1000).toFixed(2)).join(' '),
      `${(wall(name) / wall('bare')).toFixed(2)}×`,
      cpu(name),
    ]),
  );
  const ratio = wall('cli') / wall('bare');
  console.log(
    `${messages} messages; ratio npx phish-inspector / bare parse: ${ratio.toFixed(2)}× ` +
      `(target ≤ ${RATIO_TARGET}×) ${ratio <= RATIO_TARGET ? 'OK' : 'OVER'}`,
  );
  console.log(`one thread (--jobs 1) / bare parse: ${(wall('one') / wall('bare')).toFixed(2)}×`);
  // npm's own share of the npx figure: `npx phish-inspector` runs the project's own bin by installing the project into
  // its npx cache, two Arborist loads of the dependency tree - each a read of every package.json in node_modules once
  // the hidden lockfile (node_modules/.package-lock.json) is older than a change in node_modules (issue #19).
  const npmShare: Record<'npx' | 'node', number[]> = { npx: [], node: [] };
  for (let i = 0; i < PROCESS_RUNS; i++) {
    for (const name of ['npx', 'node'] as const) {
      const [command, args] = commands[name === 'npx' ? 'cli' : 'node'];
      const run = timeProcess(command, [...args.filter((a) => a !== '--json' && a !== root), '--version']);
      if (!run.error) npmShare[name].push(run.wallMs);
    }
  }
  if (npmShare.npx.length > 0 && npmShare.node.length > 0) {
    const [npxMs, nodeMs] = [median(npmShare.npx), median(npmShare.node)];
    console.log(
      `npx's own share: npx phish-inspector --version ${ms(npxMs)} ms, node dist/cli/phish-inspector.cjs --version ` +
        `${ms(nodeMs)} ms (median of ${PROCESS_RUNS}, alternated): npm adds ${ms(npxMs - nodeMs)} ms to each npx run`,
    );
  }
  // CPU against CPU (medians): the work itself, whatever the load did to the wall times (npm's own CPU not counted).
  const [oneCpu, bareCpu] = [cpuMs('one'), cpuMs('bare')];
  if (oneCpu !== undefined && bareCpu)
    console.log(
      `in CPU, one thread (--jobs 1) / bare parse: ${(oneCpu / bareCpu).toFixed(2)}× (load ${loadavg()[0]!.toFixed(1)})`,
    );
  // Without --jobs the CLI counts the cores free as each run begins (src/cli/workers.ts): how each run chose.
  const chosen = (name: keyof typeof runs) =>
    runs[name].map((r) => `${r.timings?.threadsBy ?? '?'} (${r.timings?.byWorkers ?? 0} by workers)`).join('; ');
  console.log(`threads chosen by the default runs: npx ${chosen('cli')} | node ${chosen('node')}`);
  // The CLI's own figures, from the one-thread run whose wall time was the median (with threads, a message's time is
  // its thread's, while other threads ran beside it).
  const mid = runs.one.find((r) => r.wallMs === wall('one'))?.timings;
  if (!mid) return void console.log('the CLI printed no timings line');
  console.log(
    'inside the one-thread run, per message (read, parse, analyse, print): ' +
      `p50 ${ms(mid.p50Ms)} ms (target ≤ ${CLI_P50_TARGET_MS} ms) ` +
      `${mid.p50Ms <= CLI_P50_TARGET_MS ? 'OK' : 'OVER'}, p95 ${ms(mid.p95Ms)} ms, max ${ms(mid.maxMs)} ms, ` +
      `all messages ${(mid.totalMs / 1000).toFixed(2)} s; start-up before the first message ${ms(mid.startupMs)} ms`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// 7. The CLI's start-up on one message (issue #19)

/**
 * NODE_EXTRA_CA_CERTS, when the environment sets it (this workplace sets it to the system's whole bundle): Node reads
 * and parses every certificate in that file as it starts, before any script of ours runs. Measured here (session 34,
 * Node 20.20.2, valgrind): `node -e 0` 502 M instructions with it, 87 M without; the CLI on KAGOYA 1,016 M and
 * 556–607 M (its background threads' share moves with the load). A user's machine seldom sets it, and no change of
 * ours moves it: sections 7 and 8 then also time each process with it empty (Node skips an empty one), and print both.
 */
const EXTRA_CA = process.env.NODE_EXTRA_CA_CERTS;
const WITHOUT_EXTRA_CA = { NODE_EXTRA_CA_CERTS: '' };
const EXTRA_CA_NOTE =
  `NODE_EXTRA_CA_CERTS is set here (${EXTRA_CA}): Node parses every certificate in it as it starts, before any ` +
  'script; the figures "without NODE_EXTRA_CA_CERTS" are the same processes as a machine without it starts them';

const STARTUP_RUNS = 10;
const STARTUP_TARGET_MS = 150;

/**
 * `node dist/cli/phish-inspector.cjs <one message>` as a whole process, alternated with a bare `node -e 0` (Node's
 * own start, which no change of ours removes), median of STARTUP_RUNS. The IP table's part is its index and the
 * shards of the message's IPs (scripts/bench-ip.ts prints what a shard costs). From each run's timings line
 * (PHISH_INSPECTOR_TIMINGS), the median run's time is split: process start to the first message (Node, the bundle,
 * the tables loaded before any message) and the message itself (parsed, analysed, printed; the first call of each
 * check compiles its tables). `npx phish-inspector` adds npm's own start in front of all this (section 6 runs it).
 * The command keeps V8's compiled code between runs (scripts/cli-code-cache.cjs): it is timed with its cache (in a
 * fresh folder, written by one run before the timed ones) and without it (PHISH_INSPECTOR_NO_CODE_CACHE=1), as a
 * user's first run after an install or a Node upgrade starts.
 */
function startupSection(): void {
  console.log(`\n## 7. the CLI's start-up on one message (target ≤ ${STARTUP_TARGET_MS} ms)`);
  const bin = join(ROOT, 'dist', 'cli', 'phish-inspector.cjs');
  if (!existsSync(bin)) return void console.log('not built');
  const message = join('test', 'fixtures', 'kagoya-2021-12.eml');
  const cacheHome = mkdtempSync(join(tmpdir(), 'phish-inspector-bench-'));
  // The bare node prints its CPU time as it exits, as the CLI's timings line gives its own (cpuMs): on this shared
  // machine wall times follow the load, CPU times much less.
  const bareCpu = `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(${JSON.stringify(
    BARE_CPU_PREFIX,
  )} + (u.user + u.system) / 1000 + '\\n'); });`;
  const cached = { XDG_CACHE_HOME: cacheHome, PHISH_INSPECTOR_NO_CODE_CACHE: '' };
  const variants: Record<string, { args: string[]; env: Record<string, string> }> = {
    node: { args: ['-e', bareCpu], env: {} },
    cli: { args: [bin, message], env: cached },
    cold: { args: [bin, message], env: { PHISH_INSPECTOR_NO_CODE_CACHE: '1' } },
    // The same, as a machine without NODE_EXTRA_CA_CERTS starts them (EXTRA_CA).
    ...(EXTRA_CA && {
      nodeNoCa: { args: ['-e', bareCpu], env: WITHOUT_EXTRA_CA },
      cliNoCa: { args: [bin, message], env: { ...cached, ...WITHOUT_EXTRA_CA } },
    }),
  };
  type Name = string;
  const names = Object.keys(variants);
  const times: Record<Name, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const lines: Record<Name, (TimingsLine | undefined)[]> = Object.fromEntries(names.map((name) => [name, []]));
  const cpu: Record<Name, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const loads: number[] = [];
  try {
    // The run that writes the cache, untimed.
    spawnSync(process.execPath, [bin, message], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, ...cached },
    });
    for (let i = 0; i < STARTUP_RUNS; i++) {
      for (const name of names) {
        loads.push(loadavg()[0]!);
        const t0 = performance.now();
        const child = spawnSync(process.execPath, [...variants[name]!.args], {
          cwd: ROOT,
          encoding: 'utf8',
          stdio: ['ignore', 'ignore', 'pipe'],
          env: { ...process.env, [TIMINGS_ENV]: '1', ...variants[name]!.env },
          timeout: CASE_TIMEOUT_MS,
        });
        if (child.status !== 0) return void console.log(`${name}: exit ${child.status ?? child.signal}`);
        times[name]!.push(performance.now() - t0);
        const line = child.stderr.split('\n').find((l) => l.startsWith(TIMINGS_PREFIX));
        const timings = line ? (JSON.parse(line.slice(TIMINGS_PREFIX.length)) as TimingsLine) : undefined;
        lines[name]!.push(timings);
        const bare = child.stderr.split('\n').find((l) => l.startsWith(BARE_CPU_PREFIX));
        const cpuMs = timings?.cpuMs ?? (bare ? Number(bare.slice(BARE_CPU_PREFIX.length)) : undefined);
        if (cpuMs !== undefined) cpu[name]!.push(cpuMs);
      }
    }
  } finally {
    rmSync(cacheHome, { recursive: true, force: true });
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const sorted = (xs: number[]): string =>
    [...xs]
      .sort((a, b) => a - b)
      .map((t) => t.toFixed(0))
      .join(' ');
  const cli = median(times.cli!);
  console.log(
    `node dist/cli/phish-inspector.cjs ${message}, V8's code cache written: median ${cli.toFixed(0)} ms of ` +
      `${STARTUP_RUNS} (${sorted(times.cli!)}); without the cache (a first run): median ` +
      `${median(times.cold!).toFixed(0)} ms (${sorted(times.cold!)}); bare node -e 0: median ` +
      `${median(times.node!).toFixed(0)} ms; load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; ` +
      `${cli <= STARTUP_TARGET_MS ? 'OK' : 'OVER'}`,
  );
  const cpuMedian = (name: Name): string => (cpu[name]!.length > 0 ? `${median(cpu[name]!).toFixed(0)} ms` : '-');
  console.log(
    `CPU of each process (user + system, every thread; the CLI's from its timings line, at the end of its run): ` +
      `median ${cpuMedian('cli')} with the cache, ${cpuMedian('cold')} without, bare node ${cpuMedian('node')}`,
  );
  if (EXTRA_CA) {
    const noCa = median(times.cliNoCa!);
    console.log(
      `${EXTRA_CA_NOTE}. Without it: the CLI with its cache median ${noCa.toFixed(0)} ms ` +
        `(${sorted(times.cliNoCa!)}; CPU ${cpuMedian('cliNoCa')}), bare node -e 0 median ` +
        `${median(times.nodeNoCa!).toFixed(0)} ms (CPU ${cpuMedian('nodeNoCa')}); ` +
        `${noCa <= STARTUP_TARGET_MS ? 'OK' : 'OVER'}`,
    );
  }
  for (const name of ['cli', 'cold'] as const) {
    const mid = lines[name]![times[name]!.indexOf(median(times[name]!))];
    if (mid)
      console.log(
        `inside the median run ${name === 'cli' ? 'with' : 'without'} the cache: start to the first message ` +
          `${ms(mid.startupMs)} ms, the message ${ms(mid.totalMs)} ms, the rest (output, exit, spawn) ` +
          `${ms(median(times[name]!) - mid.startupMs - mid.totalMs)} ms`,
      );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 8. The CLI's start-up in instructions (issue #19)

const INSTRUCTION_RUNS = 3;

/**
 * The instructions a process executes (user space, every thread), counted by valgrind's cachegrind without its cache
 * simulation: unlike CPU or wall time, the figure does not follow the machine's load — runs of the same build agree
 * within about 2 % at any load, where CPU medians of 40 pairs moved by ±10 ms (issue #19). What it leaves out: the
 * kernel's share (reading the file, page faults) and how fast the instructions run. Undefined without valgrind.
 */
function instructions(args: string[], env: Record<string, string>): number | undefined {
  const child = spawnSync(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, ...args],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } },
  );
  const refs = /I\s+refs:\s+([\d,]+)/.exec(child.stderr ?? '')?.[1];
  return child.status === 0 && refs ? Number(refs.replaceAll(',', '')) : undefined;
}

/**
 * `--only instructions` (not in a plain run: each count runs the process under valgrind, ≈ 30 s): the median of
 * INSTRUCTION_RUNS counts of `node dist/cli/phish-inspector.cjs` on the KAGOYA message and with `--version` (the start
 * alone), V8's code cache written first as a user's second run has it, beside a bare `node -e 0`. To compare two
 * builds, run it in each tree (a clean export of each commit) at any load.
 */
function instructionsSection(): void {
  console.log(`\n## 8. the CLI's start-up in instructions (valgrind; the machine's load does not move them)`);
  const bin = join(ROOT, 'dist', 'cli', 'phish-inspector.cjs');
  if (!existsSync(bin)) return void console.log('not built');
  if (spawnSync('valgrind', ['--version'], { stdio: 'ignore' }).status !== 0) return void console.log('no valgrind');
  const message = join('test', 'fixtures', 'kagoya-2021-12.eml');
  const cacheHome = mkdtempSync(join(tmpdir(), 'phish-inspector-bench-'));
  const env = { XDG_CACHE_HOME: cacheHome, PHISH_INSPECTOR_NO_CODE_CACHE: '' };
  const processes: [string, string[]][] = [
    ['node -e 0', ['-e', '0']],
    ['phish-inspector --version', [bin, '--version']],
    [`phish-inspector ${message}`, [bin, message]],
  ];
  // Each also without NODE_EXTRA_CA_CERTS when it is set here (EXTRA_CA).
  const cases: [string, string[], Record<string, string>][] = processes.flatMap(([label, args]) => [
    [label, args, env] as [string, string[], Record<string, string>],
    ...(EXTRA_CA
      ? [
          [`${label}, without NODE_EXTRA_CA_CERTS`, args, { ...env, ...WITHOUT_EXTRA_CA }] as [
            string,
            string[],
            Record<string, string>,
          ],
        ]
      : []),
  ]);
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const millions = (n: number): string => `${(n / 1e6).toFixed(0)} M`;
  try {
    // The run that writes the cache (the one after a message, which the message's run keeps), uncounted.
    spawnSync(process.execPath, [bin, message], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...env } });
    const rows = cases.map(([label, args, caseEnv]) => {
      const counts = Array.from({ length: INSTRUCTION_RUNS }, () => instructions(args, caseEnv));
      if (counts.some((n) => n === undefined)) return [label, 'failed', ''];
      const ns = counts as number[];
      return [label, millions(median(ns)), ns.map(millions).join(' ')];
    });
    table(['process', `instructions, median of ${INSTRUCTION_RUNS}`, 'runs'], rows);
    if (EXTRA_CA) console.log(EXTRA_CA_NOTE);
  } finally {
    rmSync(cacheHome, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const caseAt = args.indexOf('--case');
  if (caseAt >= 0) return runCase(args[caseAt + 1] ?? '');
  const quick = args.includes('--quick');
  const corpus =
    args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--only') ?? join(ROOT, '..', 'shared', 'corpus');
  console.log(`# phish-inspector benchmark${quick ? ' (quick: largest sizes left out)' : ''}`);
  console.log(machine());
  console.log(`at start: ${load()}`);
  // --only corpus,scaling,hostile,bundle,ip,process,startup runs those sections alone.
  const only = args[args.indexOf('--only') + 1]?.split(',');
  const want = (name: string): boolean => !args.includes('--only') || !!only?.includes(name);
  if (want('corpus')) await corpusSection(corpus);
  if (want('scaling')) scalingSection(quick);
  if (want('hostile')) hostileSection();
  if (want('bundle')) bundleSection();
  if (want('ip')) ipOwnerSection();
  if (want('process')) processSection(corpus);
  if (want('startup')) startupSection();
  // Only when named: valgrind makes it minutes long.
  if (only?.includes('instructions')) instructionsSection();
  console.log(`\nat end: ${load()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
