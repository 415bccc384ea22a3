/**
 * `--json`: one object per message per line (JSON Lines), for scripts and SIEM imports. Ids, sections, statuses
 * and the verdict are stable identifiers; `message` is the finding's text in the chosen language; evidence is
 * the core's data as is.
 */
import { translate, type Lang } from '../i18n';
import type { Evidence, Report, Section, Status, Verdict } from '../core/report';
import { jsonSafe } from './printable';

interface JsonFinding {
  id: string;
  section: Section;
  status: Status;
  message: string;
  evidence: Evidence[];
}

/** @internal the shape tests parse --json output into */
export interface JsonLine {
  /** The file, or `file#n` for the n-th message (from 1) of an mbox. */
  source: string;
  verdict: Verdict;
  /** The story: at most three sentences in the chosen language. */
  story: string[];
  findings: JsonFinding[];
}

function toJsonLine(source: string, report: Report, lang: Lang): JsonLine {
  return {
    source,
    verdict: report.verdict,
    story: report.story.map((s) => translate(lang, s.key, s.params)),
    findings: report.findings.map((f) => ({
      id: f.id,
      section: f.section,
      status: f.status,
      message: translate(lang, f.message.key, f.message.params),
      evidence: f.evidence,
    })),
  };
}

export function formatJson(source: string, report: Report, lang: Lang): string {
  return jsonSafe(JSON.stringify(toJsonLine(source, report, lang))) + '\n';
}
