/**
 * What a message shows its first analysis will need of the checks' lazy data (check-data.ts),
 * so the session fetches it with the message's other data instead of a round later (ui/session.ts): a letter of the
 * scripts whose brand names wait (brands/lookup.ts LATE_LETTER: Japanese, Chinese, Korean, Greek, Cyrillic …)
 * in the body's text asks for those names and for the phrases in scripts beyond Latin, which the same letter makes
 * the lure checks ask for; the reader's address or domain in it asks for the mail-system wording, which the
 * own-organisation checks then read (checks/own-org.ts: "your mailbox info@example.co.jp is full"); and any body
 * asks for the judging of a lure inside a safety disclaimer (checks/content.ts), which a body with two lure families
 * needs — most mail a reader checks is such mail, and the judging is 3 KB, while asking a round later costs a whole
 * second analysis. The task pane's partial public-suffix rules (parse/suffix-rules.ts) are asked about the hosts of
 * the body's URLs and the headers' addresses: a host under a suffix whose rules wait asks for the whole list, and one
 * under an ending the built-in list lacks for linkify's ('suffixes', 'tlds'), before the first analysis, which would
 * otherwise find the lack, wait for the list and analyse again (the brand index built twice). Only a hint: the analysis
 * still says what it needs, and data missed here is loaded then (one round later, as without the hint); data named
 * here wrongly costs a download and no finding.
 */
import { LATE_LETTER } from './brands/lookup';
import { registrableAscii } from './parse/domains';
import { lackingRootZoneLookups } from './parse/root-zone';
import { lackingSuffixLookups } from './parse/suffix-rules';
import type { DataNeed } from './report';
import type { MessageInput } from './types';

/** The body's first characters read for the hint (the checks' own limits are larger; a hint needs no more). */
const HINT_CHARS = 64 * 1024;
/** The reader's addresses looked for (own-org.ts reads as many). */
const MAX_READERS = 20;
/** Hosts asked about for the suffix rules' hint: the first of the message's, a hint needs no more. */
const MAX_HOSTS = 100;

/**
 * The body's text outside tags, from `<body` on: a head's styles name fonts in Japanese in English mail too
 * (`font-family: "ＭＳ 明朝"`). `<[^<>]*>` cannot backtrack: each character is read at most twice.
 */
export function hintedNeeds(input: MessageInput): DataNeed[] {
  const body = input.html ?? input.text ?? '';
  const text = body
    .slice(Math.max(0, body.search(/<body/i)))
    .slice(0, HINT_CHARS)
    .replace(/<[^<>]*>/g, ' ');
  const needs: DataNeed[] = LATE_LETTER.test(text) ? ['phrases', 'brand-names'] : [];
  if (namesReader(text, input.recipients ?? [])) needs.push('own-org');
  if (text.trim()) needs.push('disclaimer');
  return [...needs, ...lackingRules(input.headers.slice(0, HINT_CHARS) + body.slice(0, HINT_CHARS))];
}

/**
 * What the suffix lookups of the message's likely hosts found lacking: the hosts of `http(s)://` URLs and `@` addresses
 * (the headers' and the body's, in links and in text), as the analysis will ask (registrableAscii). ASCII names only:
 * an IDN host is asked about in its xn-- form, not hinted. A fixed prefix and one character class: linear.
 */
function lackingRules(text: string): DataNeed[] {
  const suffixes = lackingSuffixLookups();
  const endings = lackingRootZoneLookups();
  let hosts = 0;
  for (const [, host] of text.toLowerCase().matchAll(/(?:https?:\/\/|@)([a-z0-9.-]+)/g))
    if (host!.includes('.') && hosts++ < MAX_HOSTS) registrableAscii(host!);
  return [
    ...(lackingSuffixLookups() !== suffixes ? (['suffixes'] as const) : []),
    ...(lackingRootZoneLookups() !== endings ? (['tlds'] as const) : []),
  ];
}

/** Whether the text names one of the reader's addresses or their domains (NFKC, any case, as own-org.ts reads). */
function namesReader(text: string, readers: readonly string[]): boolean {
  const names = readers
    .slice(0, MAX_READERS)
    .flatMap((address) => [address, address.slice(address.lastIndexOf('@') + 1)])
    .map((name) => name.toLowerCase())
    .filter((name) => name.includes('.'));
  if (names.length === 0) return false;
  const lower = text.normalize('NFKC').toLowerCase();
  return names.some((name) => lower.includes(name));
}
