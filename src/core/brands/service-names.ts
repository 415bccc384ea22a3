/**
 * A brand's bare name that is also a surname or a common word ("Norton": Graham Norton, Norton motorcycles), and so is
 * no brand name in brands.json on its own ("Norton 360", "Norton Security" are), claims the brand when the display
 * name is that name with only a support desk's words beside it: "Norton Kundenservice", "Norton Support", "Service
 * Client Norton", "Norton Billing Team", "Soporte Técnico Norton", "ノートンカスタマーサポート".
 * Attack: the renewal and callback scripts sign as the brand's help desk from a free mailbox, in every language.
 * Trap: a person of that name ("Graham Norton" <g.norton@gmail.com>: a given name beside it is neither the brand's nor
 * a desk's word) and a business named so ("Norton Services", "Norton Plumbing"): a desk word of substance is needed —
 * "service", "team" or "online" alone name any firm — and the name alone claims nothing.
 * The desk's words (desk-words.ts) are fetched only for a display name holding a bare name (`needs: ['desk-words']`).
 */
import type { BrandIndex, BrandMatch } from './lookup';
import type * as DeskWords from './desk-words';

/** Brand id -> its bare names, lower case (one word each): names a person or a firm may bear as well. */
const BARE_NAMES: Readonly<Record<string, readonly string[]>> = {
  norton: ['norton', 'ノートン'],
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
const ALL_BARE = Object.values(BARE_NAMES).flat();

const MAX_WORDS = 6;

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

/** The brands a display name claims by a bare name among a desk's words (the comment above). */
export function serviceNameClaims(index: BrandIndex, name: string): BrandMatch[] {
  // A bare name glued to the desk's word is two words ("ノートンサポート", "NortonSupport").
  const words = (name.slice(0, 200).match(/[\p{L}\p{N}]+/gu) ?? []).flatMap(splitBare);
  if (words.length < 2 || words.length > MAX_WORDS) return [];
  const lower = words.map((w) => w.toLowerCase());
  const at = lower.findIndex((w) => ALL_BARE.includes(w));
  if (at < 0) return [];
  if (!desk) {
    lacking = true;
    return [];
  }
  const { DESK_WORDS, GLUE_WORDS } = desk;
  if (!lower.some((w) => DESK_WORDS.has(w))) return [];
  if (lower.some((w, i) => i !== at && !DESK_WORDS.has(w) && !GLUE_WORDS.has(w))) return [];
  const out: BrandMatch[] = [];
  for (const [id, names] of Object.entries(BARE_NAMES)) {
    if (!names.includes(lower[at]!)) continue;
    const brand = index.brands.find((b) => b.id === id);
    if (brand) out.push({ brand, text: words[at]! });
  }
  return out;
}

/** A word that starts with a bare name and goes on with more: the two, else the word. */
function splitBare(word: string): string[] {
  const lower = word.toLowerCase();
  const bare = ALL_BARE.find((b) => lower.length > b.length && lower.startsWith(b));
  return bare ? [word.slice(0, bare.length), word.slice(bare.length)] : [word];
}
