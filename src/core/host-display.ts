/**
 * How a host name (or an address's domain) is shown to the reader: as written when a browser would show it so, and
 * otherwise in its ASCII (punycode) form with the letters that are not what they seem marked — `аpple.com` with a
 * Cyrillic а is `xn--pple-43d.com`, "[а]pple.com: its letter а is Cyrillic, not Latin a". The decision follows the
 * browsers' IDN display policy: UTS #39's "moderately restrictive" level (Mozilla's network.IDN.restriction_profile
 * default, Chromium's IDN spoof checker): one script per label, or Latin with Han and kana (Japanese), Han and
 * Bopomofo, Han and Hangul, or one other script but Cyrillic, Greek and Cherokee; a label written wholly in Cyrillic
 * or Greek letters that pass for Latin ones (`аррӏе.com`) is a whole-script confusable unless its TLD is of that
 * script's countries; invisible characters, symbols, restricted scripts and Latin letters drawn as others (ı, ɡ,
 * small capitals) are never shown as written. A genuine Japanese IDN (`日本語.jp`) is shown as written.
 *
 * Findings name hosts in their message parameters; `withSafeHosts` rewrites every finding once, after the checks ran,
 * so the story, the checklist, the summary and the CLI all show the same safe form; one unsafe label puts the whole
 * host in ASCII. Limits: the look-alike tables are lookalike.ts's common subset of UTS #39's confusables (no Armenian
 * whole-script confusables), so an all-Latin look-alike outside it (`ɑpple.com`, Latin alpha) is shown as written —
 * Chromium also compares skeletons with top sites, which sender.lookalike-domain does for brands; an address's local
 * part is shown as written.
 */
import { translate, type Lang, type MessageParam, type Param } from '../i18n';
import type { Evidence, Finding } from './report';
import { registrableAscii, toAsciiHost, toUnicodeHost } from './parse/domains';
import type * as HostScripts from './host-scripts';

/** Anything but printable ASCII (a control character is no more a host's than a Cyrillic letter). */
export const NON_ASCII = /[^ -~]/;
/** Text that may name an IDN: not plain ASCII, or punycode (`support@xn--pple-43d.com`, as mail carries it). */
const MAY_BE_IDN = /[^ -~]|xn--/i;

/** The kind of a marked letter, as the reader is told it (`script.<kind>` messages). */
export type MarkKind = 'cyrillic' | 'greek' | 'armenian' | 'cherokee' | 'latin' | 'invisible' | 'other';

export interface HostMark {
  /** Code point offset in the host as written (Unicode form). */
  at: number;
  char: string;
  kind: MarkKind;
  /** The Latin letter it passes for, when it passes for one. */
  latin?: string;
}

export interface HostDisplay {
  /** What to show: the host as written when that is safe, else its ASCII form. */
  shown: string;
  /** The ASCII (punycode) form. */
  ascii: string;
  /** The host as written, in Unicode form. */
  written: string;
  /** The letters that made it unsafe to show as written (none when it is safe). */
  marks: HostMark[];
}

/**
 * The judging of hosts with letters beyond ASCII (host-scripts.ts: the scripts, their mixes, the letters to mark) is a
 * chunk of its own in the browsers, fetched only for a message naming such a host (`needs: ['host-scripts']`,
 * ui/session.ts) and analysed again before drawing; the command line and the tools load it first.
 */
let scripts: typeof HostScripts | undefined;
/** Set when such a host was met while the judging was not loaded; analyze.ts turns it into a need. */
let lacking = false;

/** Loads the judging; settles once hosts can be judged. */
export const loadHostScripts = (): Promise<void> =>
  import(/* webpackChunkName: "host-scripts" */ './host-scripts').then((m) => {
    scripts ??= m;
  });

/**
 * Forgets the judging, as a fresh pane starts without it.
 * @internal a test hook: the judging is module state
 */
export function forgetHostScripts(): void {
  scripts = undefined;
}

/** Whether a host beyond ASCII was met without the judging since the last call (and resets it). */
export function takeLackingHostScripts(): boolean {
  const was = lacking;
  lacking = false;
  return was;
}

/**
 * How to show `host` (a host name, ASCII or Unicode, any case): as written, or in ASCII with its marks. A name that
 * is no valid host comes back as given, unmarked.
 * @internal tested directly
 */
export function displayHost(host: string): HostDisplay {
  const ascii = toAsciiHost(host);
  const written = ascii ? toUnicodeHost(ascii) || host : host;
  if (!ascii || !NON_ASCII.test(written)) return { shown: ascii || host, ascii: ascii || host, written, marks: [] };
  if (!scripts) {
    lacking = true;
    return { shown: ascii, ascii, written, marks: [] };
  }
  return scripts.judgeHost(ascii, written);
}

/** A host, or an address at a host, split where its host starts ('' local part for a bare host). */
function splitAddress(value: string): { local: string; host: string } {
  const at = value.lastIndexOf('@');
  return { local: value.slice(0, at + 1), host: value.slice(at + 1) };
}

/** A valid host under a real suffix (no free text with a dot in it). */
function isHostName(host: string): boolean {
  return host.includes('.') && host.length <= 1024 && !!registrableAscii(host);
}

/**
 * A host or address as a message parameter: itself when it may be shown as written, else a message naming its ASCII
 * form and its marked letters. Anything that is no host (`—`, a name) is itself.
 * @internal tested directly
 */
export function hostParam(value: string, explained: ReadonlySet<string> = new Set()): Param {
  if (!MAY_BE_IDN.test(value)) return value;
  const { local, host } = splitAddress(value);
  if (!isHostName(host)) return value;
  const d = displayHost(host);
  if (d.marks.length === 0) return value;
  // An address at a host its finding already explains is named in ASCII alone: one explanation per sentence.
  // Marks come only from the judging (host-scripts.ts), so it is loaded here.
  return local && explained.has(d.ascii) ? local + d.ascii : scripts!.markedParam(d, local);
}

/** The parameters that name hosts or addresses, in every finding that has them (findings.ts's `Host`). */
const HOST_PARAMS: ReadonlySet<string> = new Set([
  'domain',
  'domains',
  'host',
  'hosts',
  'target',
  'reply',
  'address',
  'shown',
  'sender',
  'spfDomain',
  'dkimDomain',
  'relay',
  'by',
  'helo',
  'userinfo',
]);

/** Host-like runs of text: letters, marks, digits, dots (full-width too), hyphens and invisible characters. */
const HOST_RUN = /[\p{L}\p{M}\p{N}\p{Default_Ignorable_Code_Point}.\-\u3002\uff0e\uff61]+/gu;

const DOTS = '.\u3002\uff0e\uff61';

/** The run without the full stops after it (a loop: `/[.。]+$/` backtracks on long runs of dots). */
function withoutTrailingDots(run: string): string {
  let end = run.length;
  while (end > 0 && DOTS.includes(run[end - 1]!)) end--;
  return run.slice(0, end);
}

/**
 * `text` with every host that may not be shown as written replaced by its ASCII form, and what the reader is told of
 * each non-ASCII host in it (an unsafe one's marks; a genuine IDN's ASCII form when it follows `@` or `//`).
 */
export function safeText(text: string): { text: string; names: MessageParam[] } {
  if (!MAY_BE_IDN.test(text)) return { text, names: [] };
  const names: MessageParam[] = [];
  const out = text.replace(HOST_RUN, (run, offset: number) => {
    const host = withoutTrailingDots(run);
    if (!MAY_BE_IDN.test(host) || !isHostName(host)) return run;
    const d = displayHost(host);
    if (d.marks.length > 0) {
      names.push(scripts!.markedParam(d, ''));
      return d.ascii + run.slice(host.length);
    }
    const before = text.slice(Math.max(0, offset - 2), offset);
    if (before.endsWith('@') || before === '//')
      names.push({ key: 'host.idn', params: { shown: d.written, ascii: d.ascii } });
    return run;
  });
  return { text: out, names };
}

function safeParams(params: Record<string, Param>): Record<string, Param> {
  let out: Record<string, Param> | undefined;
  const explained = new Set<string>();
  for (const [name, value] of Object.entries(params))
    if (HOST_PARAMS.has(name) && typeof value === 'string' && !value.includes('@')) explained.add(toAsciiHost(value));
  for (const [name, value] of Object.entries(params)) {
    if (!HOST_PARAMS.has(name)) continue;
    let safe: Param = value;
    if (typeof value === 'string') safe = hostParam(value, explained);
    else if (Array.isArray(value))
      safe = value.map((v: string | MessageParam) => (typeof v === 'string' ? hostParam(v) : v)) as Param;
    if (safe !== value && (Array.isArray(value) ? (safe as Param[]).some((v, i) => v !== value[i]) : true))
      (out ??= { ...params })[name] = safe;
  }
  return out ?? params;
}

function safeEvidence(e: Evidence): Evidence {
  const value = e.value === undefined ? undefined : safeText(e.value);
  const url = e.url === undefined ? undefined : safeText(e.url);
  const names = [...(url?.names ?? []), ...(value?.names ?? [])];
  if (names.length === 0) return e;
  names.push(...(e.names ?? [])); // a note the check wrote (a link inside an attachment) stays
  const seen = new Set<string>();
  const unique = names.filter((n) => {
    const id = JSON.stringify(n);
    return !seen.has(id) && !!seen.add(id);
  });
  const highlight = e.highlight === undefined ? undefined : safeText(e.highlight).text;
  const shown = url?.text ?? value?.text ?? '';
  return {
    ...e,
    ...(value && { value: value.text }),
    ...(url && { url: url.text }),
    highlight: highlight && shown.includes(highlight) ? highlight : undefined,
    ...(e.raw !== undefined && { raw: safeText(e.raw).text }),
    names: unique,
  };
}

/** A finding as the reader sees it: hosts in its parameters and evidence in their safe form (see above). */
export function withSafeHosts<F extends Finding>(f: F): F {
  const params = safeParams(f.message.params);
  const evidence = f.evidence.map(safeEvidence);
  const changed = params !== f.message.params || evidence.some((e, i) => e !== f.evidence[i]);
  return changed ? { ...f, message: { ...f.message, params }, evidence } : f;
}

/** The lines plain-text outputs (summary, CLI) print under an evidence value: its hosts explained, then its raw form. */
export function evidenceNotes(e: Evidence, lang: Lang): string[] {
  const notes = (e.names ?? []).map((n) => translate(lang, n.key, n.params));
  if (e.raw !== undefined) notes.push(`${translate(lang, 'evidence.raw')}: ${e.raw}`);
  return notes;
}
