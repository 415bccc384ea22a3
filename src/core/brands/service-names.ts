/**
 * A brand's bare name that is also a surname or a common word ("Norton": Graham Norton, Norton motorcycles), and so is
 * no brand name in brands.json on its own ("Norton 360", "Norton Security" are), claims the brand when the display
 * name is that name with only a support desk's words beside it: "Norton Kundenservice", "Norton Support", "Service
 * Client Norton", "Norton Billing Team", "Soporte Técnico Norton", "ノートンカスタマーサポート", "諾頓客服中心", "노턴 고객센터".
 * Attack: the renewal and callback scripts sign as the brand's help desk from a free mailbox, in every language.
 * Trap: a person of that name ("Graham Norton" <g.norton@gmail.com>: a given name beside it is neither the brand's nor
 * a desk's word) and a business named so ("Norton Services", "Norton Plumbing"): a desk word of substance is needed —
 * "service", "team" or "online" alone name any firm — and the name alone claims nothing.
 * Here only the bare names and the gate: the reading itself and the desk's words (desk-words.ts deskNameClaims) are
 * fetched only for a display name with a word that starts with a bare name (`needs: ['desk-words']`).
 */
import type { BrandIndex, BrandMatch } from './lookup';
import type * as DeskWords from './desk-words';

/** Brand id -> its bare names, lower case (one word each): names a person or a firm may bear as well. */
export const BARE_NAMES: Readonly<Record<string, readonly string[]>> = {
  // Chinese (simplified, traditional) and Korean as the callback scripts of Taiwan, Hong Kong, China and Korea write it.
  norton: ['norton', 'ノートン', '诺顿', '諾頓', '노턴'],
  lloyds: ['lloyds'],
  intesa: ['intesa'],
  kotak: ['kotak'],
  krungthai: ['krungthai'],
  ziraat: ['ziraat'],
  salik: ['salik'],
  anz: ['anz'],
  nab: ['nab'],
  'pko-bp': ['pko'],
};
export const ALL_BARE = Object.values(BARE_NAMES).flat();

/** The display name's words as desk-words.ts reads them: letters and digits, at most the first 200 characters. */
export const nameWords = (name: string): string[] => name.slice(0, 200).match(/[\p{L}\p{N}]+/gu) ?? [];

/** A display name of more words is no desk's name (desk-words.ts reads at most as many after splitting glued ones). */
export const MAX_NAME_WORDS = 6;

let desk: typeof DeskWords | undefined;
/** Set when a name held a bare name while the desk's words were not loaded; analyze.ts turns it into a need. */
let lacking = false;

/** Loads the desk's words (a chunk of its own in the browsers); settles once the claims can read them. */
export const loadDeskWords = (): Promise<void> =>
  import(/* webpackChunkName: "desk-words" */ './desk-words').then((m) => {
    desk ??= m;
  });

/**
 * Forgets the desk's words, as a fresh pane starts without them.
 * @internal a test hook: the words are module state
 */
export function forgetDeskWords(): void {
  desk = undefined;
}

/** Whether a name held a bare name without the desk's words since the last call (and resets it). */
export function takeLackingDeskWords(): boolean {
  const was = lacking;
  lacking = false;
  return was;
}

/**
 * The brands a display name claims by a bare name among a desk's words (the comment above). The gate: a claim needs a
 * word that is a bare name or starts with one (glued: "NortonSupport"), so a name with no such word claims nothing
 * and fetches nothing.
 */
export function serviceNameClaims(index: BrandIndex, name: string): BrandMatch[] {
  const words = nameWords(name);
  // More words than desk-words.ts reads (its split only adds words) claim nothing either.
  if (words.length > MAX_NAME_WORDS) return [];
  const gate = words.some((w) => {
    const lower = w.toLowerCase();
    return ALL_BARE.some((b) => lower.startsWith(b));
  });
  if (!gate) return [];
  if (!desk) {
    lacking = true;
    return [];
  }
  return desk.deskNameClaims(index, name);
}
