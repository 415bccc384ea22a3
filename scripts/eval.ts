/**
 * Detection quality on a labelled corpus:
 * `npm run eval -- ../shared/corpus [--half tune|held] [--strip-filters] [--show ID] [--list]`.
 * Reads labels.tsv (path, label, source) when present, else labels every .eml "unknown". Every file belongs to a
 * frozen half (corpus-files.ts isHeldBack): tune rules on the tuning half and judge them on the held-back half.
 * Prints, per source and label, each half's likely-phishing and flagged (suspicious or worse) rates side by side,
 * then per check (finding id and status) how often it fires on phishing and on ham in each half. `--strip-filters`
 * removes every mail filter's own verdict headers first: detection must not lean on them. `--list` only lists the
 * selected half's files (path, label, source, half).
 */
import { corpusFolderProblem, corpusHalf, type Half } from './corpus-files';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessage } from '../src/core/parse-message';
import { analyze } from '../src/core/analyze';
import { withQrCodes } from '../src/core/qr';
import { loadFreeMail } from '../src/core/free-mail';
import { loadAllCheckData } from '../src/core/check-data';
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

type Tally = Record<Verdict, number>;
const emptyTally = (): Tally => ({ 'likely-phishing': 0, suspicious: 0, 'no-red-flags': 0 });
/** Per group, a tally for each half. */
type HalfTallies = Map<string, Record<Half, Tally>>;

function count(map: HalfTallies, key: string, half: Half, verdict: Verdict): void {
  const row = map.get(key) ?? { tune: emptyTally(), held: emptyTally() };
  row[half][verdict]++;
  map.set(key, row);
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) + ' %' : '—');

function readLabels(root: string): Map<string, { label: string; source: string }> {
  const labels = new Map<string, { label: string; source: string }>();
  const tsv = join(root, 'labels.tsv');
  if (!existsSync(tsv)) return labels;
  for (const line of readFileSync(tsv, 'utf8').split(/\r?\n/).slice(1)) {
    const [path, label, source] = line.split('\t');
    if (path && label) labels.set(path, { label, source: source ?? '' });
  }
  return labels;
}

/** The value after `flag`, if the flag is given. */
function flagValue(args: string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const usage =
    'usage: npm run eval -- <corpus folder> [--half tune|held] [--strip-filters] [--show finding-id|label:verdict]' +
    ' [--list]';
  const show = flagValue(args, '--show');
  const halfArg = flagValue(args, '--half');
  const valueAt = new Set(
    ['--show', '--half']
      .map((f) => args.indexOf(f))
      .filter((i) => i >= 0)
      .map((i) => i + 1),
  );
  // The folder: the first argument that is neither a flag nor a flag's value.
  const root = args.find((a, i) => !a.startsWith('--') && !valueAt.has(i));
  const strip = args.includes('--strip-filters');
  if (args.includes('--half') && halfArg !== 'tune' && halfArg !== 'held' && halfArg !== 'both') {
    console.error(`eval: --half takes tune, held or both, not ${halfArg ?? 'nothing'}\n${usage}`);
    process.exit(2);
  }
  const selected: Half | 'both' = halfArg === 'tune' || halfArg === 'held' ? halfArg : 'both';
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
  const labels = readLabels(root);
  const files = corpusHalf(root, selected);
  const labelOf = (rel: string) => labels.get(rel) ?? { label: 'unknown', source: 'unknown' };
  if (args.includes('--list')) {
    for (const { rel, half } of files) {
      const { label, source } = labelOf(rel);
      console.log(`${rel}\t${label}\t${source}\t${half}`);
    }
    return;
  }

  const bySource: HalfTallies = new Map();
  const byLabel: HalfTallies = new Map();
  // `id:status` → label → half → messages on which it fires; and the messages per label and half.
  const checks = new Map<string, Map<string, Record<Half, number>>>();
  const perLabel = new Map<string, Record<Half, number>>();
  // As the CLI analyses: with the maintained free-mail list (core/free-mail).
  const options = { freeMail: await loadFreeMail() };
  await loadAllCheckData(); // every data the analysis may need, first (the CLI and the pane load by need: the same verdicts)

  const started = performance.now();
  for (const { path, rel, half } of files) {
    const { label, source } = labelOf(rel);
    let raw: Uint8Array = new Uint8Array(readFileSync(path));
    if (strip) raw = stripFilterHeaders(raw);
    // As the CLI reads a message: its images' QR codes too (core/qr).
    const report: Report = analyze(await withQrCodes(await parseMessage(raw)), options);
    count(bySource, `${source} (${label})`, half, report.verdict);
    // A source in sub-folders (jp_sf/industrypack, jp_sf/v9fs) also counts as its whole folder: the targets name it.
    if (source.includes('/')) count(bySource, `${source.split('/')[0]} (all, ${label})`, half, report.verdict);
    count(byLabel, label, half, report.verdict);
    const totals = perLabel.get(label) ?? { tune: 0, held: 0 };
    totals[half]++;
    perLabel.set(label, totals);
    const fired = report.findings.filter((f) => f.status === 'fail' || f.status === 'warn');
    for (const id of new Set(fired.map((f) => `${f.id}:${f.status}`))) {
      const byLab = checks.get(id) ?? new Map<string, Record<Half, number>>();
      const cell = byLab.get(label) ?? { tune: 0, held: 0 };
      cell[half]++;
      byLab.set(label, cell);
      checks.set(id, byLab);
    }
    if (
      show &&
      (show === `${label}:${report.verdict}` || report.findings.some((f) => f.id === show && label === 'ham'))
    ) {
      console.log(`${rel}\t${label}\t${half}\t${report.verdict}\t${report.verdictReasons.join(' ')}`);
    }
  }

  const halves: Half[] = selected === 'both' ? ['tune', 'held'] : [selected];
  const halfName = (h: Half) => (h === 'tune' ? 'tune half' : 'held-back half');
  const stripNote = strip ? ' (filter verdict headers removed)' : '';
  const table = (title: string, map: HalfTallies) => {
    console.log(`\n${title}${stripNote}: flagged = suspicious or worse`);
    const cellWidth = 27;
    const line = (text: string) => console.log(text.trimEnd());
    line('  ' + ''.padEnd(36) + halves.map((h) => ('   ' + halfName(h)).padEnd(cellWidth)).join(''));
    line('  ' + 'group'.padEnd(36) + halves.map(() => '    n  likely   flagged'.padEnd(cellWidth)).join(''));
    for (const [key, row] of [...map.entries()].sort()) {
      const cells = halves.map((h) => {
        const t = row[h];
        const n = t['likely-phishing'] + t.suspicious + t['no-red-flags'];
        const flagged = t['likely-phishing'] + t.suspicious;
        return (String(n).padStart(5) + pct(t['likely-phishing'], n).padStart(8) + pct(flagged, n).padStart(10)).padEnd(
          cellWidth,
        );
      });
      line('  ' + key.padEnd(36) + cells.join(''));
    }
  };
  table('Per source and label', bySource);
  table('Per label', byLabel);
  console.log(
    '\nTargets (issue #16): en_sf phishing ≥ 95 % flagged and ≥ 80 % likely-phishing; jp_sf phishing ≥ 98 % flagged' +
      ' and ≥ 95 % likely-phishing;\n  usrp_users and en_sf ham 0 likely-phishing and ≤ 1 % flagged;' +
      ' SpamAssassin hard_ham ≤ 10 % flagged.',
  );

  // How often each check fires (fail or warn) on phishing and on genuine mail, per half.
  const columns = ['phishing', 'ham'].flatMap((label) => halves.map((h) => ({ label, half: h })));
  const n = (label: string, h: Half) => perLabel.get(label)?.[h] ?? 0;
  console.log(`\nPer check${stripNote}: messages on which it fires (fail or warn), per label and half`);
  console.log(
    '  ' +
      'check'.padEnd(44) +
      columns.map(({ label, half }) => `${label} ${half} (${n(label, half)})`.padStart(22)).join(''),
  );
  const fires = (id: string, label: string, h: Half) => checks.get(id)?.get(label)?.[h] ?? 0;
  const weight = (id: string) => columns.reduce((sum, { label, half }) => sum + fires(id, label, half), 0);
  const ids = [...checks.keys()].filter((id) => weight(id) > 0);
  ids.sort((a, b) => weight(b) - weight(a) || a.localeCompare(b));
  for (const id of ids) {
    const cells = columns.map(({ label, half }) => {
      const k = fires(id, label, half);
      return (String(k).padStart(6) + pct(k, n(label, half)).padStart(9)).padStart(22);
    });
    console.log('  ' + id.padEnd(44) + cells.join(''));
  }
  console.log(`\n${files.length} messages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// `npm run eval -- --show … | head`: once head exits, writes fail with EPIPE; stop quietly, as the CLI does.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
