/**
 * Detection quality on a labelled corpus: `npm run eval -- ../shared/corpus [--strip-filters] [--show ID]`.
 * Reads labels.tsv (path, label, source) when present, else labels every .eml "unknown". Prints, per source, how many
 * messages get each verdict, the targets, and the finding ids that fire most on ham. `--strip-filters` removes every
 * mail filter's own verdict headers first: detection must not lean on them.
 */
import { corpusFolderProblem, emlFiles } from './corpus-files';
import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseMessage } from '../src/core/parse-message';
import { analyze } from '../src/core/analyze';
import type { Report, Verdict } from '../src/core/report';

const FILTER_HEADERS =
  /^(x-spam[\w-]*|x-forefront-antispam-report[\w-]*|x-microsoft-antispam[\w-]*|x-ms-exchange-organization-scl|x-vade[\w-]*|x-proofpoint[\w-]*|x-mimecast-spam[\w-]*|x-barracuda[\w-]*|x-ironport[\w-]*|x-virus[\w-]*|x-rspamd[\w-]*):/i;

function stripFilterHeaders(raw: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(raw);
  const end = text.search(/\r?\n\r?\n/);
  const head = end < 0 ? text : text.slice(0, end);
  const out: string[] = [];
  let skipping = false;
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line)) {
      if (!skipping) out.push(line);
      continue;
    }
    skipping = FILTER_HEADERS.test(line);
    if (!skipping) out.push(line);
  }
  const rebuilt = out.join('\n') + (end < 0 ? '' : text.slice(end));
  return Uint8Array.from(rebuilt, (c) => c.charCodeAt(0));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const showAt = args.indexOf('--show');
  const show = showAt >= 0 ? args[showAt + 1] : undefined;
  // The folder: the first argument that is neither a flag nor --show's value.
  const root = args.find((a, i) => !a.startsWith('--') && !(showAt >= 0 && i === showAt + 1));
  const strip = args.includes('--strip-filters');
  const usage = 'usage: npm run eval -- <corpus folder> [--strip-filters] [--show finding-id|label:verdict]';
  if (!root) {
    console.error(`eval: no corpus folder given\n${usage}`);
    process.exit(2);
  }
  const problem = corpusFolderProblem(root);
  if (problem) {
    const hint = 'Give the folder that holds the .eml files (and labels.tsv), e.g. ../shared/corpus';
    console.error(`eval: ${problem}. ${hint}\n${usage}`);
    process.exit(2);
  }
  const labels = new Map<string, { label: string; source: string }>();
  const tsv = join(root, 'labels.tsv');
  if (existsSync(tsv)) {
    for (const line of readFileSync(tsv, 'utf8').split('\n').slice(1)) {
      const [path, label, source] = line.split('\t');
      if (path && label) labels.set(path, { label, source: source ?? '' });
    }
  }
  const bySource = new Map<string, Record<Verdict, number>>();
  const byLabel = new Map<string, Record<Verdict, number>>();
  const hamIds = new Map<string, number>();
  let hamCount = 0;
  const started = performance.now();
  for (const file of emlFiles(root)) {
    const rel = relative(root, file);
    const { label, source } = labels.get(rel) ?? { label: 'unknown', source: 'unknown' };
    let raw: Uint8Array = new Uint8Array(readFileSync(file));
    if (strip) raw = stripFilterHeaders(raw);
    const report: Report = analyze(await parseMessage(raw));
    for (const [map, key] of [
      [bySource, `${source} (${label})`],
      [byLabel, label],
    ] as const) {
      const row = map.get(key) ?? { 'likely-phishing': 0, suspicious: 0, 'no-red-flags': 0 };
      row[report.verdict]++;
      map.set(key, row);
    }
    if (label === 'ham') {
      hamCount++;
      for (const id of new Set(
        report.findings.filter((f) => f.status === 'fail' || f.status === 'warn').map((f) => `${f.id}:${f.status}`),
      )) {
        hamIds.set(id, (hamIds.get(id) ?? 0) + 1);
      }
    }
    if (
      show &&
      (show === `${label}:${report.verdict}` || report.findings.some((f) => f.id === show && label === 'ham'))
    ) {
      console.log(`${rel}\t${label}\t${report.verdict}\t${report.verdictReasons.join(' ')}`);
    }
  }
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1).padStart(5) + ' %' : '    —');
  const table = (title: string, map: Map<string, Record<Verdict, number>>) => {
    console.log(`\n${title}${strip ? ' (filter verdict headers removed)' : ''}`);
    console.log('  ' + 'group'.padEnd(36) + 'n'.padStart(5) + '  likely-phishing   suspicious+   no-red-flags');
    for (const [key, row] of [...map.entries()].sort()) {
      const n = row['likely-phishing'] + row.suspicious + row['no-red-flags'];
      console.log(
        '  ' +
          key.padEnd(36) +
          String(n).padStart(5) +
          '  ' +
          pct(row['likely-phishing'], n).padStart(15) +
          pct(row['likely-phishing'] + row.suspicious, n).padStart(14) +
          pct(row['no-red-flags'], n).padStart(15),
      );
    }
  };
  table('Per source', bySource);
  table('Per label', byLabel);
  console.log(
    '\nTargets: phishing ≥ 95 % suspicious+ and ≥ 85 % likely-phishing; ham ≤ 5 % suspicious+ and ≤ 1 % likely-phishing.',
  );
  console.log(`\nFail/warn ids most often on ham (of ${hamCount}):`);
  for (const [id, n] of [...hamIds.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${id.padEnd(40)} ${String(n).padStart(4)}  ${pct(n, hamCount)}`);
  console.log(`\n${emlFiles(root).length} messages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
