/**
 * Whether a browser would show a host with letters beyond ASCII as written, and which of its letters to mark
 * (host-display.ts says how and why): a chunk of its own in the browsers, loaded by host-display.ts only for a host
 * with such a letter (`needs: ['host-scripts']`).
 */
import type { MessageParam } from '../i18n';
import { confusableToLatin } from './brands/lookalike';
import { isHiddenCode, plainLetter } from './disguise';
import { NON_ASCII, type HostDisplay, type HostMark, type MarkKind } from './host-display';

/**
 * The scripts UAX #31 recommends for identifiers (Table 4): any other script (Cherokee, Yi, runes…) is restricted and
 * never shown as written. Order matters only for speed: the common ones first.
 */
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Bopomofo', /\p{Script=Bopomofo}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  // The other recommended scripts, as one: a label mixing two of them (rare) counts as one script.
  [
    'Other',
    /[\p{sc=Beng}\p{sc=Guru}\p{sc=Gujr}\p{sc=Orya}\p{sc=Taml}\p{sc=Telu}\p{sc=Knda}\p{sc=Mlym}\p{sc=Sinh}\p{sc=Thaa}\p{sc=Laoo}\p{sc=Tibt}\p{sc=Mymr}\p{sc=Geor}\p{sc=Ethi}\p{sc=Khmr}]/u,
  ],
];

const COMMON = /[\p{Script=Common}\p{Script=Inherited}]/u;
/** What a label may hold at all: letters, marks, digits, the hyphen and the katakana middle dot (IDNA's exception). */
const LABEL_CHAR = /[\p{L}\p{M}\p{Nd}\-\u30fb]/u;

/** Moderately restrictive (UTS #39 §5.2): the sets of scripts one label may mix. */
const JAPANESE = new Set(['Latin', 'Han', 'Hiragana', 'Katakana']);
const CHINESE = new Set(['Latin', 'Han', 'Bopomofo']);
const KOREAN = new Set(['Latin', 'Han', 'Hangul']);
const NEVER_WITH_LATIN = new Set(['Cyrillic', 'Greek']);

/** TLDs of the countries that write a script: whole-script look-alikes under them are that script's own words. */
const SCRIPT_TLDS: Record<string, ReadonlySet<string>> = {
  Cyrillic: new Set([
    'bg',
    'by',
    'kz',
    'mk',
    'mn',
    'rs',
    'ru',
    'su',
    'ua',
    'uz',
    'рф',
    'бг',
    'бел',
    'қаз',
    'мкд',
    'мон',
    'срб',
    'укр',
    'рус',
  ]),
  Greek: new Set(['gr', 'cy', 'ελ', 'ευ']),
};

function scriptOf(ch: string): string | undefined {
  for (const [name, re] of SCRIPTS) if (re.test(ch)) return name;
  return undefined;
}

/** Whether a browser would show this Unicode label as written (see the module comment). */
function labelShownAsWritten(label: string, tld: string): boolean {
  if (!NON_ASCII.test(label)) return true;
  const scripts = new Set<string>();
  let letters = 0;
  let lookalikes = 0;
  for (const ch of label) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      if (/[a-z]/i.test(ch)) {
        scripts.add('Latin');
        letters++;
      }
      continue;
    }
    if (isHiddenCode(cp) || !LABEL_CHAR.test(ch) || plainLetter(cp)) return false;
    const script = scriptOf(ch);
    if (!script) {
      if (COMMON.test(ch)) continue; // digits of other forms, combining marks, the long vowel mark ー
      return false; // a restricted script
    }
    if (script === 'Latin' && confusableToLatin(ch)) return false; // ı, ɡ, ɩ: Latin letters drawn as others
    scripts.add(script);
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (confusableToLatin(ch)) lookalikes++;
    }
  }
  if (scripts.size <= 1) {
    const [only] = scripts;
    // A whole-script confusable: every letter passes for a Latin one, under a TLD not of that script.
    return !(only && SCRIPT_TLDS[only] && letters > 0 && lookalikes === letters && !SCRIPT_TLDS[only].has(tld));
  }
  const within = (set: ReadonlySet<string>) => [...scripts].every((s) => set.has(s));
  if (within(JAPANESE) || within(CHINESE) || within(KOREAN)) return true;
  return scripts.size === 2 && scripts.has('Latin') && ![...scripts].some((s) => NEVER_WITH_LATIN.has(s));
}

function markKind(ch: string, cp: number): MarkKind {
  if (isHiddenCode(cp)) return 'invisible';
  if (plainLetter(cp)) return 'latin';
  const script = scriptOf(ch);
  if (script === 'Cyrillic' || script === 'Greek' || script === 'Armenian') return script.toLowerCase() as MarkKind;
  if (script === 'Latin') return confusableToLatin(ch) ? 'latin' : 'other';
  return /\p{Script=Cherokee}/u.test(ch) ? 'cherokee' : 'other';
}

/** Letters no one takes for others: accented Latin, Japanese, Chinese, Korean (and the long vowel mark ー). */
const READABLE = /[\p{sc=Latn}\p{sc=Hani}\p{sc=Hira}\p{sc=Kana}\p{sc=Hang}\p{sc=Bopo}\u30fc\p{M}\p{Nd}]/u;

function latinTwin(ch: string, cp: number): string | undefined {
  const plain = plainLetter(cp);
  return confusableToLatin(ch)?.toLowerCase() ?? (plain ? String.fromCharCode(plain).toLowerCase() : undefined);
}

/** How to show a valid host whose Unicode form `written` (ASCII form `ascii`) holds a letter beyond ASCII. */
export function judgeHost(ascii: string, written: string): HostDisplay {
  const labels = written.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (labels.every((label) => labelShownAsWritten(label, tld))) return { shown: written, ascii, written, marks: [] };
  const foreign: HostMark[] = [];
  let at = 0;
  for (const ch of written) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80) foreign.push({ at, char: ch, kind: markKind(ch, cp), latin: latinTwin(ch, cp) });
    at++;
  }
  // The letters to mark: all but the readable ones (accented Latin, Japanese, Chinese, Korean), unless only those
  // are there (a label mixing Japanese and Korean).
  const marks = foreign.filter((m) => m.kind !== 'other' || !READABLE.test(m.char) || m.latin);
  return { shown: ascii, ascii, written, marks: marks.length > 0 ? marks : foreign };
}

/** `written` with each run of marked letters in brackets (`[а]pple.com`); an invisible one named (`[U+200D]`). */
function markedForm(d: HostDisplay): string {
  const at = new Map(d.marks.map((m) => [m.at, m]));
  let out = '';
  let open = false;
  let i = 0;
  for (const ch of d.written) {
    const mark = at.get(i++);
    if (mark && !open) out += '[';
    if (!mark && open) out += ']';
    open = !!mark;
    out += mark?.kind === 'invisible' ? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : ch;
  }
  return open ? out + ']' : out;
}

/** The reader's words for a host shown in ASCII: its ASCII form, the name as written with marks, and why. */
export function markedParam(d: HostDisplay, local: string): MessageParam {
  const ascii = local + d.ascii;
  const marked = local + markedForm(d);
  const only = d.marks.length === 1 ? d.marks[0]! : undefined;
  if (only?.latin && only.kind !== 'latin')
    return {
      key: 'host.marked.letter',
      params: { ascii, marked, letter: only.char, latin: only.latin, script: { key: `script.${only.kind}` } },
    };
  const kinds = [...new Set(d.marks.map((m) => m.kind))];
  return { key: 'host.marked', params: { ascii, marked, scripts: { keys: kinds.map((k) => `script.${k}` as const) } } };
}
