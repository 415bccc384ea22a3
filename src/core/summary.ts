/**
 * The summary a user sends to IT or pastes into a ticket: the story, the verdict, each fail/warn finding with its
 * evidence, the origin IP and the link hosts. Plain text for "Copy summary"; HTML for the report draft (the only body
 * Outlook's new-message API takes). Everything from the message is escaped; every URL, host and IP is defanged
 * (`hxxps://host[.]tld/…`) so nothing in the report is clickable or auto-linked; every hidden or direction-changing
 * character is a visible marker (visible-text.ts), so the report never repeats a disguise.
 */
import { translate, type Lang } from '../i18n';
import type { Evidence, Finding, Report } from './report';
import { findingOf, param } from './findings';
import { evidenceNotes } from './host-display';
import { cutText } from './text';
import { isInvisibleCode, visibleLine } from './visible-text';

/** Longest evidence value copied into a summary; the original message travels whole as an attachment. */
const MAX_VALUE = 2000;

/**
 * Everything that could be opened from the text, made inert and still readable for IT: `https://a.example/x` →
 * `hxxps://a[.]example/x`; hosts, addresses and IPs anywhere in a word → `a[.]example`, `52[.]140[.]217[.]90`
 * (`smtp.mailfrom=evil[.]example` inside Authentication-Results too, its `smtp.mailfrom` kept); `javascript:` and
 * `data:` URLs → `javascript[:]…`. Linear, no backtracking. Used by the summary and the CLI's text output.
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

/** Schemes a reader's client could open, and how each is written inert. */
const SCHEMES: readonly (readonly [string, (written: string) => string])[] = [
  ['https://', () => 'hxxps://'],
  ['http://', () => 'hxxp://'],
  ['ftp://', () => 'fxp://'],
  ['javascript:', (w) => `${w.slice(0, -1)}[:]`],
  ['vbscript:', (w) => `${w.slice(0, -1)}[:]`],
  ['data:', (w) => `${w.slice(0, -1)}[:]`],
];

const LETTER = /[\p{L}\p{M}]/u;
const LABEL_CHAR = /[\p{L}\p{M}\p{N}_-]/u;

function charAt(word: string, i: number): string {
  return String.fromCodePoint(word.codePointAt(i)!);
}

/** A host label character; a hidden one counts, so `pay\u200bpal.com` is still a host. */
function isLabelChar(ch: string): boolean {
  return LABEL_CHAR.test(ch) || isInvisibleCode(ch.codePointAt(0)!);
}

/** The scheme written at `i`, when it starts a word part (`url=https://…` too, `metadata:` not). */
function schemeAt(word: string, i: number): readonly [string, (written: string) => string] | undefined {
  if (!'hfjvdHFJVD'.includes(word[i]!) || (i > 0 && LETTER.test(charAt(word, i - 1)))) return undefined;
  const head = word.slice(i, i + 11).toLowerCase();
  const scheme = SCHEMES.find(([name]) => head.startsWith(name));
  // `data:` opens only with a type or a comma after it (`data:text/html,…`), not in prose (`data: …`).
  if (scheme?.[0] === 'data:' && !/^[a-z,]/i.test(word.slice(i + 5, i + 6))) return undefined;
  return scheme;
}

/**
 * A dotted run that names a host: an IPv4 address, or labels ending in a top-level label of letters (`co.jp`,
 * `日本語.jp`, `xn--…`). Authentication-Results' `smtp.mailfrom`, `header.from` are property names, not hosts.
 */
function isHostRun(labels: readonly string[]): boolean {
  if (labels.length < 2) return false;
  if (labels.length === 4 && labels.every((l) => /^\d{1,3}$/.test(l))) return true;
  if (labels.length === 2 && /^(smtp|header|body|policy)$/i.test(labels[0]!)) return false;
  const last = Array.from(labels[labels.length - 1]!)
    .filter((ch) => !isInvisibleCode(ch.codePointAt(0)!))
    .join('');
  return /^xn--[a-z0-9-]+$/i.test(last) || (last.length >= 2 && Array.from(last).every((ch) => LETTER.test(ch)));
}

/** A word with its schemes made inert and the dots of every host in it written `[.]`; other words stay. */
function defangWord(word: string): string {
  let out = '';
  let afterScheme = false; // past a scheme every dot goes: a URL's path may name hosts too (`/move/kagoya.net/`)
  for (let i = 0; i < word.length;) {
    const scheme = schemeAt(word, i);
    if (scheme) {
      const written = word.slice(i, i + scheme[0].length);
      out += scheme[1](written);
      i += written.length;
      afterScheme = true;
      continue;
    }
    const ch = charAt(word, i);
    if (!isLabelChar(ch)) {
      out += afterScheme && ch === '.' ? '[.]' : ch;
      i += ch.length;
      continue;
    }
    // A run of labels joined by single dots: `mail.air.linkclub.or.jp`, `52.140.217.90`.
    const labels: string[] = [];
    let label = '';
    let j = i;
    for (; j < word.length;) {
      const c = charAt(word, j);
      if (j > i && schemeAt(word, j)) break; // `1https://…`: the scheme is made inert on its own
      if (isLabelChar(c)) {
        label += c;
        j += c.length;
      } else if (c === '.' && label && j + 1 < word.length && isLabelChar(charAt(word, j + 1))) {
        labels.push(label);
        label = '';
        j += 1;
      } else break;
    }
    labels.push(label);
    out += afterScheme || isHostRun(labels) ? labels.join('[.]') : labels.join('.');
    i = j;
  }
  return out;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function clip(value: string): string {
  return value.length > MAX_VALUE ? `${cutText(value, MAX_VALUE)}…` : value;
}

/** Message text as it goes to IT: defanged, and every hidden or direction-changing character a visible marker. */
function inert(text: string): string {
  return visibleLine(defang(text));
}

/** The findings IT needs: everything that failed or warned (an online look-up's are listed on their own). */
function flagged(report: Report): Finding[] {
  return report.findings.filter((f) => (f.status === 'fail' || f.status === 'warn') && f.section !== 'online');
}

function evidenceText(e: Evidence, lang: Lang): string {
  // A look-up's evidence: the server asked and what it answered, true as of the time it answered.
  if (e.at)
    return (
      inert(clip(`${[e.header, e.url].filter(Boolean).join(' ')}: ${e.value ?? ''}`)) +
      ` (${translate(lang, 'online.answered-at', { time: e.at })})`
    );
  const shown = e.header ? `${e.header}: ${e.value ?? e.url ?? ''}` : (e.url ?? e.value ?? '');
  const author =
    e.author === 'recipient-system'
      ? translate(lang, 'author.recipient-system')
      : e.author === 'relay'
        ? translate(lang, 'author.relay', { relay: e.recordedBy ?? '?' })
        : e.author === 'sender'
          ? translate(lang, 'author.sender')
          : '';
  return inert(clip(shown)) + (author ? ` (${inert(author)})` : '');
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
  lines.push(...report.story.map((s) => inert(translate(lang, s.key, s.params))), '');
  lines.push(`${translate(lang, 'summary.verdict')}: ${translate(lang, `verdict.${report.verdict}`)}`);
  lines.push(`${translate(lang, 'summary.from')}: ${inert(clip(report.about.from))}`);
  lines.push(`${translate(lang, 'summary.subject')}: ${inert(clip(report.about.subject))}`);
  if (report.about.date) lines.push(`${translate(lang, 'summary.date')}: ${inert(report.about.date)}`);
  const { ip, hosts } = originAndLinks(report);
  if (ip) lines.push(`${translate(lang, 'summary.origin-ip')}: ${inert(ip)}`);
  if (hosts.length) lines.push(`${translate(lang, 'summary.link-hosts')}: ${hosts.map(inert).join(', ')}`);
  const findings = flagged(report);
  if (findings.length) lines.push('', `${translate(lang, 'summary.findings')}:`);
  for (const f of findings) {
    lines.push(
      `- [${translate(lang, `status.${f.status}`)}] ${f.id}: ${inert(translate(lang, f.message.key, f.message.params))}`,
    );
    for (const e of f.evidence.slice(0, 5)) {
      lines.push(`    ${evidenceText(e, lang)}`);
      for (const note of evidenceNotes(e, lang)) lines.push(`      ${inert(clip(note))}`);
    }
  }
  // What an online look-up the reader asked for found (issue #18): every item, failures too, with server and time.
  const online = report.findings.filter((f) => f.section === 'online');
  if (online.length) lines.push('', `${translate(lang, 'section.online')}:`);
  for (const f of online) {
    lines.push(
      `- [${translate(lang, `status.${f.status}`)}] ${f.id}: ${inert(translate(lang, f.message.key, f.message.params))}`,
    );
    for (const e of f.evidence.slice(0, 1)) lines.push(`    ${evidenceText(e, lang)}`);
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
