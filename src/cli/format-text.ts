/**
 * The human-readable report, one block per message: where it came from, the verdict, then the checklist grouped
 * by section, each finding as `[FAIL] message` with the evidence it rests on indented below it and who wrote
 * that evidence — an admin reading a terminal sees the same "why" as a user in the task pane.
 *
 * Defanged like the summary for IT (`hxxps://evil[.]example/`, `52[.]140[.]217[.]90`, `javascript[:]…`): this text
 * is read by people, in terminals that turn URLs and host names into links a stray click opens, and is pasted into
 * tickets and chats that do the same. Tools that need the exact values read `--json`, which is never defanged.
 */
import { translate, type Lang } from '../i18n';
import type { Evidence, Finding, Report, Section } from '../core/report';
import { defang } from '../core/summary';
import { evidenceNotes } from '../core/host-display';
import { printable } from './printable';
import './words';

// `online` only has findings after `--online` (issue #18).
const SECTIONS: readonly Section[] = ['sender', 'origin', 'links', 'content', 'online'];
const EVIDENCE_INDENT = ' '.repeat(9);

export function formatText(source: string, report: Report, lang: Lang): string {
  const lines: string[] = [];
  lines.push(`== ${source}`);
  // The story first: the three sentences an office worker reads before any checklist.
  for (const sentence of report.story) lines.push(defang(translate(lang, sentence.key, sentence.params)));
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
  const lines = [`  ${tag} ${defang(translate(lang, finding.message.key, finding.message.params))}`];
  for (const evidence of finding.evidence) {
    lines.push(EVIDENCE_INDENT + evidenceLine(evidence, lang));
    for (const note of evidenceNotes(evidence, lang)) lines.push(`${EVIDENCE_INDENT}  ${defang(note)}`);
  }
  return lines;
}

/**
 * `header: value` or the URL, then `(as recorded by X)` / `(the sender's own word)`, defanged.
 * @internal each evidence form (header, URL, unnamed relay) is tested directly
 */
export function evidenceLine(evidence: Evidence, lang: Lang): string {
  // A look-up's evidence: the server asked, what it answered, and when (it is true as of that time only).
  if (evidence.at) {
    const asked = [evidence.header, evidence.url].filter(Boolean).join(' ');
    const answered = translate(lang, 'cli.online.at', { time: evidence.at });
    return defang(`${asked}: ${evidence.value ?? ''}  (${answered})`);
  }
  const shown = evidence.header
    ? `${evidence.header}: ${evidence.value ?? evidence.url ?? ''}`
    : (evidence.url ?? evidence.value ?? '');
  const author = authorText(evidence, lang);
  return defang(author ? `${shown}  (${author})` : shown);
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
