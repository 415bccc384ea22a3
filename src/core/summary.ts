/**
 * The summary a user sends to IT or pastes into a ticket: the story, the verdict, each fail/warn finding with its
 * evidence, the origin IP and the link hosts. Plain text for "Copy summary"; HTML for the report draft (the only body
 * Outlook's new-message API takes). Everything from the message is escaped, and every URL and host is defanged
 * (`hxxps://host[.]tld/…`) so nothing in the report is clickable or auto-linked.
 */
import { translate, type Lang } from '../i18n';
import type { Evidence, Finding, Report } from './report';
import { findingOf, param } from './findings';

/** Longest evidence value copied into a summary; the original message travels whole as an attachment. */
const MAX_VALUE = 2000;

/**
 * `https://a.example/x` → `hxxps://a[.]example/x`; host-like words in free text → `a[.]example`.
 * @internal its edge cases are tested directly
 */
export function defang(text: string): string {
  const out: string[] = [];
  // Split into runs of host/URL characters and the rest: linear, no backtracking.
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    const urlChar =
      c > 0x20 &&
      c !== 0x3c &&
      c !== 0x3e &&
      c !== 0x22 &&
      c !== 0x27 &&
      c !== 0x28 &&
      c !== 0x29 &&
      c !== 0x2c &&
      c !== 0x3b;
    if (urlChar) continue;
    if (i > start) out.push(defangWord(text.slice(start, i)));
    if (i < text.length) out.push(text[i]!);
    start = i + 1;
  }
  return out.join('');
}

/** A word that is a URL, an address or a host gets its scheme and every dot defanged; other words stay. */
function defangWord(word: string): string {
  let trailing = 0;
  while (trailing < word.length && word[word.length - 1 - trailing] === '.') trailing++;
  const core = word.slice(0, word.length - trailing);
  const unschemed = core
    .replace(/^http(s?):/i, (_m, secure: string) => `hxxp${secure.toLowerCase()}:`)
    .replace(/^ftp:/i, 'fxp:');
  if (unschemed === core && !looksLikeHost(core)) return word;
  return unschemed.replace(/\./g, '[.]') + word.slice(word.length - trailing);
}

/** `example.co.jp`, `info@example.co.jp`, `52.140.217.90`, `日本語.jp` — not `1.2` or `file.txt`-less prose. */
function looksLikeHost(word: string): boolean {
  if (!word.includes('.') || word.length > 2000) return false;
  // `[203.0.113.25]` as Received lines write it: the brackets are not part of the address.
  const bare = word.startsWith('[') && word.endsWith(']') ? word.slice(1, -1) : word;
  const host = bare.slice(bare.lastIndexOf('@') + 1).split(/[/?#:]/)[0] ?? '';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return true;
  const last = host.slice(host.lastIndexOf('.') + 1);
  return /^(\p{L}{2,}|xn--[a-z0-9-]+)$/iu.test(last) && /^[\p{L}\p{N}._-]+$/u.test(host);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function clip(value: string): string {
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
}

/** The findings IT needs: everything that failed or warned. */
function flagged(report: Report): Finding[] {
  return report.findings.filter((f) => f.status === 'fail' || f.status === 'warn');
}

function evidenceText(e: Evidence, lang: Lang): string {
  const shown = e.header ? `${e.header}: ${e.value ?? e.url ?? ''}` : (e.url ?? e.value ?? '');
  const author =
    e.author === 'recipient-system'
      ? translate(lang, 'author.recipient-system')
      : e.author === 'relay'
        ? translate(lang, 'author.relay', { relay: e.recordedBy ?? '?' })
        : e.author === 'sender'
          ? translate(lang, 'author.sender')
          : '';
  return defang(clip(shown)) + (author ? ` (${defang(author)})` : '');
}

function originAndLinks(report: Report): { ip?: string; hosts: string[] } {
  const client = findingOf(report.findings, 'origin.sender-ip');
  const hosts = new Set<string>();
  for (const f of report.findings)
    if (f.section === 'links') for (const e of f.evidence) if (e.url) hosts.add(hostOf(e.url));
  hosts.delete('');
  return { ip: client && param(client.message.params, 'ip'), hosts: [...hosts].slice(0, 20) };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The summary as lines of plain text in one language. */
function summaryLines(report: Report, lang: Lang): string[] {
  const lines: string[] = [];
  lines.push(...report.story.map((s) => defang(translate(lang, s.key, s.params))), '');
  lines.push(`${translate(lang, 'summary.verdict')}: ${translate(lang, `verdict.${report.verdict}`)}`);
  lines.push(`${translate(lang, 'summary.from')}: ${defang(clip(report.about.from))}`);
  lines.push(`${translate(lang, 'summary.subject')}: ${defang(clip(report.about.subject))}`);
  if (report.about.date) lines.push(`${translate(lang, 'summary.date')}: ${report.about.date}`);
  const { ip, hosts } = originAndLinks(report);
  if (ip) lines.push(`${translate(lang, 'summary.origin-ip')}: ${ip}`);
  if (hosts.length) lines.push(`${translate(lang, 'summary.link-hosts')}: ${hosts.map(defang).join(', ')}`);
  const findings = flagged(report);
  if (findings.length) lines.push('', `${translate(lang, 'summary.findings')}:`);
  for (const f of findings) {
    lines.push(
      `- [${translate(lang, `status.${f.status}`)}] ${f.id}: ${defang(translate(lang, f.message.key, f.message.params))}`,
    );
    for (const e of f.evidence.slice(0, 5)) lines.push(`    ${evidenceText(e, lang)}`);
  }
  return lines;
}

/** Plain text for "Copy summary": the reader's language, then English for IT when the reader's is not English. */
export function summaryText(report: Report, lang: Lang): string {
  const parts = [summaryLines(report, lang).join('\n')];
  if (lang !== 'en') parts.push(`---- English ----\n${summaryLines(report, 'en').join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}

/** HTML body for the report draft: the same content, every string escaped after defanging, no links at all. */
export function summaryHtml(report: Report, lang: Lang): string {
  const block = (l: Lang) => {
    const lines = summaryLines(report, l);
    return `<div lang="${l}">${lines.map((line) => (line ? `<p style="margin:0">${escapeHtml(line)}</p>` : '<br>')).join('')}</div>`;
  };
  const blocks = [block(lang)];
  if (lang !== 'en') blocks.push('<hr>', block('en'));
  return `<div>${blocks.join('')}</div>`;
}
