/**
 * The human-readable report, one block per message: where it came from, the verdict, then the checklist grouped
 * by section, each finding as `[FAIL] message` with the evidence it rests on indented below it and who wrote
 * that evidence — an admin reading a terminal sees the same "why" as a user in the task pane.
 */
import { translate, type Lang } from '../i18n';
import type { Evidence, Finding, Report, Section } from '../core/report';
import { printable } from './printable';
import './words';

const SECTIONS: readonly Section[] = ['sender', 'origin', 'links', 'content'];
const EVIDENCE_INDENT = ' '.repeat(9);

export function formatText(source: string, report: Report, lang: Lang): string {
  const lines: string[] = [];
  lines.push(`== ${source}`);
  // The story first: the three sentences an office worker reads before any checklist.
  for (const sentence of report.story) lines.push(translate(lang, sentence.key, sentence.params));
  lines.push(translate(lang, 'cli.verdict', { verdict: translate(lang, `verdict.${report.verdict}`) }));
  if (report.verdict === 'no-red-flags') lines.push(translate(lang, 'verdict.no-red-flags.caveat'));
  for (const section of SECTIONS) {
    const findings = report.findings.filter((f) => f.section === section);
    if (findings.length === 0) continue;
    lines.push('', translate(lang, `section.${section}`));
    for (const finding of findings) lines.push(...findingLines(finding, lang));
  }
  lines.push('', '');
  return lines.map(printable).join('\n');
}

function findingLines(finding: Finding, lang: Lang): string[] {
  const tag = `[${finding.status.toUpperCase()}]`;
  const lines = [`  ${tag} ${translate(lang, finding.message.key, finding.message.params)}`];
  for (const evidence of finding.evidence) lines.push(EVIDENCE_INDENT + evidenceLine(evidence, lang));
  return lines;
}

/**
 * `header: value` or the URL, then `(as recorded by X)` / `(the sender's own word)`.
 * @internal each evidence form (header, URL, unnamed relay) is tested directly
 */
export function evidenceLine(evidence: Evidence, lang: Lang): string {
  const shown = evidence.header
    ? `${evidence.header}: ${evidence.value ?? evidence.url ?? ''}`
    : (evidence.url ?? evidence.value ?? '');
  const author = authorText(evidence, lang);
  return author ? `${shown}  (${author})` : shown;
}

function authorText(evidence: Evidence, lang: Lang): string | undefined {
  switch (evidence.author) {
    case 'recipient-system':
      return translate(lang, 'author.recipient-system');
    case 'relay':
      return translate(lang, 'author.relay', {
        relay: evidence.recordedBy ?? translate(lang, 'cli.relay-unknown'),
      });
    case 'sender':
      return translate(lang, 'author.sender');
    default:
      return undefined;
  }
}
