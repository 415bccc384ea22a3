/**
 * The root zone's top-level domains, and the URLs in a plain text, as linkifyjs says: parse/domains.ts judges a
 * registrable domain by linkify's copy of IANA's list, and parse/body.ts finds a text part's URLs with it. linkifyjs
 * is about 10 KB gzipped, most of it that list, and a task pane's first draw needs it for few messages: Outlook hands
 * over the HTML body (no text part to search), and most hosts end in a common TLD. So the browsers fetch it as a chunk
 * of its own, only for a message that needs it (`needs: ['tlds']`, core/check-data.ts), and analyse again before
 * drawing; until then a common ending is answered from COMMON_TLDS, every one a TLD in linkify's list
 * (test/core/parse/root-zone.test.ts), and any other question notes the need and is answered "not known". The command
 * line and the tools load linkify first.
 */
import type * as Linkify from 'linkifyjs';

/**
 * Country codes, the original generic TLDs, the newer ones mail and the brand table use most (lower case).
 * @internal exported for the test that checks each against linkify
 */
export const COMMON_TLDS = new Set([
  // The country codes by first letter, each then followed by the second letters it takes (`acdeg` for ac ad ae ag):
  // the same codes, in a third of the download.
  ...(
    'acdefgilmoqrstuwxz babdefghijmnorstvwyz cacdfghiklmnoruvwxyz dejkmoz ecegrstu fijkmor ' +
    'gabdefghilmnpqrstuwy hkmnrtu idelmnoqrst jemop keghimnprwyz labcikrstuvy macdeghklmnopqrstuvwxyz ' +
    'nacefgilopruz om paefghklmnrstwy qa reosuw sabcdeghijklmnorstuvxyz tcdfghjklmnortvwz uagksyz ' +
    'vaceginu wfs yet zamw'
  )
    .split(' ')
    .flatMap((group) => [...group.slice(1)].map((second) => group[0] + second)),
  ...(
    'abogado accountant aero africa agency amazon app apple asia auto autos band bank bar beauty best bid ' +
    'biz blog bnpparibas boats bond box build buzz cam cat center cfd click cloud club com company coop ' +
    'cricket cyou date design dev dhl digital download edu email energy events express faith fox fun gle global ' +
    'gmail goog google gov group guru hair homes host hughes icu inc info ing insurance int jobs kyoto lat ' +
    'law life link live loan lol love ltd makeup media men microsoft mil mobi moe monster motorcycles ' +
    'museum nagoya name net network news office okinawa one online open org osaka page party plus post ' +
    'press pro promo quest racing read rest review rich run ryukyu sbi sbs science services shop site skin ' +
    'solutions space store stream studio support team tech tel today tokyo tools top trade travel vip ' +
    'webcam website wiki win windows work works world xxx xyz yachts yokohama you youtube zone'
  ).split(' '),
]);

/**
 * Endings that are no TLD yet are common in mail's host names (`host.localdomain`, `evil.example`).
 * @internal exported for the test that checks each against linkify
 */
export const NOT_TLDS = new Set(
  'example localdomain local lan home internal domain invalid test localhost mail corp'.split(' '),
);

let linkify: typeof Linkify | undefined;
/** Questions asked without linkify, ever; and how many of them analyze() has seen (as in suffix-rules.ts). */
let lacked = 0;
let lackedSeen = 0;

/** Loads linkifyjs (a chunk of its own in the browsers); settles once every later answer is its own. */
export const loadRootZone = (): Promise<void> =>
  import(/* webpackChunkName: "root-zone" */ 'linkifyjs').then((m) => {
    linkify ??= m;
  });

/**
 * Forgets linkify, as a fresh pane starts without it.
 * @internal a test hook: the loaded module is module state
 */
export function forgetRootZone(): void {
  linkify = undefined;
}

/**
 * Whether the endings of `domains` are known without linkify. The brand index is built once, with the domains'
 * registrable forms: an admin's extra brand under another ending must wait for linkify (ui/session.ts), while the
 * built-in table's endings are all common (test/core/parse/root-zone.test.ts).
 */
export function endingsKnown(domains: readonly string[]): boolean {
  return domains.every((d) => {
    const label = String(d).toLowerCase().replace(/\.$/, '').split('.').pop() ?? '';
    return linkify !== undefined || COMMON_TLDS.has(label) || NOT_TLDS.has(label);
  });
}

/** Whether `label` (lower case, Unicode) is a TLD of the root zone; undefined when not known without linkify. */
export function rootZoneHas(label: string): boolean | undefined {
  if (linkify) return linkify.test(`a.${label}`, 'url');
  if (COMMON_TLDS.has(label)) return true;
  if (NOT_TLDS.has(label)) return false;
  lacked += 1;
  return undefined;
}

/** The URLs linkify finds in `text`; undefined when linkify is not loaded (the need is noted). */
export function findTextUrls(text: string): ReturnType<typeof Linkify.find> | undefined {
  if (linkify) return linkify.find(text, 'url');
  lacked += 1;
  return undefined;
}

/** Counts questions asked without linkify: an answer given meanwhile is not kept. */
export const lackingRootZoneLookups = (): number => lacked;

/** Whether a question went without linkify since the last call. analyze() calls it before and after a message. */
export function takeLackingRootZone(): boolean {
  const was = lacked !== lackedSeen;
  lackedSeen = lacked;
  return was;
}
