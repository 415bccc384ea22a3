/**
 * The raw-key detector: a message key that reaches the reader as itself (`verdict.likely-phishing`, `ip.unavailable`)
 * means its words were never loaded — the defect a shipped .xpi once had while every test was green. Every rendered
 * output (popup, pane, page, CLI text, report body) is checked against the exact keys of every dictionary in
 * src/i18n: a pattern such as `\w+\.\w+` would miss nothing but trip on every host name.
 */
import { cliMessages } from '../src/i18n/cli';
import { en } from '../src/i18n/en';
import { tbEn } from '../src/i18n/thunderbird';
import { webMessages } from '../src/i18n/web';
import { onlineMessages } from '../src/i18n/online';

/** Every key of every dictionary, longest first (a key that extends another is reported as itself). */
export const ALL_KEYS: readonly string[] = [
  ...new Set([
    ...Object.keys(en),
    ...Object.keys(cliMessages.en),
    ...Object.keys(tbEn),
    ...Object.keys(webMessages.en),
    ...Object.keys(onlineMessages.en),
  ]),
].sort((a, b) => b.length - a.length);

/** Characters that may continue a key or a host name: a key glued to one of them is part of something else. */
const WORDISH = /[\p{L}\p{N}_.\-@/]/u;

/**
 * The dictionary keys that appear in `text` as whole tokens: not inside a longer name (`www.status.fail.example`),
 * an address or a path. A key followed by a sentence's final period still counts.
 */
export function rawKeysIn(text: string): string[] {
  const found = new Set<string>();
  for (const key of ALL_KEYS) {
    let at = text.indexOf(key);
    while (at >= 0) {
      const before = at > 0 ? text[at - 1]! : '';
      const end = at + key.length;
      const after = text[end] ?? '';
      const afterWord = after === '.' ? WORDISH.test(text[end + 1] ?? '') : WORDISH.test(after);
      if (!(before && WORDISH.test(before)) && !afterWord) {
        found.add(key);
        break;
      }
      at = text.indexOf(key, at + 1);
    }
  }
  return [...found];
}
