/**
 * Run as a process of its own (`node --import tsx test/cli/data-need-probe.ts <message> <need>`) by
 * data-on-need.test.ts: whether a message, analysed in a fresh process with no check data loaded, says it needs
 * `<need>`, and whether its report changes once that is loaded — the proof that a test using it could fail. Prints
 * one JSON object: `{ "needs": [...], "changed": true|false }`.
 */
import { readFileSync } from 'node:fs';
import { parseMessage } from '../../src/core/parse-message';
import { withQrCodes } from '../../src/core/qr';
import { analyze } from '../../src/core/analyze';
import { CHECK_DATA } from '../../src/core/check-data';
import { loadFreeMail } from '../../src/core/free-mail';
import type { DataNeed, Report } from '../../src/core/report';

async function probe(file: string, need: DataNeed): Promise<void> {
  const input = await withQrCodes(await parseMessage(readFileSync(file)));
  const without = analyze(input);
  const options = need === 'free-mail' ? { freeMail: await loadFreeMail() } : {};
  await CHECK_DATA[need]?.();
  const withIt = analyze(input, options);
  const shown = (report: Report): string => JSON.stringify({ ...report, needs: undefined });
  process.stdout.write(JSON.stringify({ needs: without.needs ?? [], changed: shown(without) !== shown(withIt) }));
}

const [file, need] = process.argv.slice(2);
void probe(String(file), need as DataNeed);
