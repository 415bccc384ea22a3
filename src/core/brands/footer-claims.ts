/**
 * Brands claimed by their corporate footer: the headquarters address a brand prints under every notice it sends
 * ("Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"). Kits copy the whole notice — a SharePoint share, a
 * Google Docs invitation, an Apple receipt — footer included, and send it from a compromised mailbox whose display
 * name is a person's: the footer is then the only place the brand is claimed.
 * Trap: a forwarded or quoted notice carries the footer below the forwarder's own words — only the sender's own part
 * is read (reply-channel.ts ownPart); the brand's own mail (from its domain) claims nothing new.
 * Source: each brand's published headquarters address, as printed in its own mail footers (common knowledge).
 */
import type { BrandIndex, BrandMatch } from './lookup';

/** [brand id in brands.json, the address as lower-case single-spaced text]. */
const FOOTER_ADDRESSES: readonly (readonly [string, string])[] = [
  ['microsoft', 'one microsoft way'],
  ['google', '1600 amphitheatre parkway'],
  ['apple', 'one apple park way'],
  ['amazon', '410 terry avenue'],
  ['amazon', '410 terry ave'],
  ['netflix', '121 albright way'],
  ['paypal', '2211 north first street'],
  ['paypal', '2211 n. first street'],
];

/**
 * A word of each address above (add one with an address), matched without regard to case: a text that holds none
 * prints none of them, and is passed by before it is flattened and lower-cased (the body's first 20,000 characters,
 * for every message). Exact: no character but `K` (Kelvin) and `İ` lower-cases to an ASCII letter, and none of
 * these words holds a k or ends in i.
 */
const FOOTER_WORDS = /microsoft|amphitheatre|apple|terry|albright|2211/i;

/** Body characters searched: footers sit at the end of short notices, and a kit's notice is short. */
export const MAX_FOOTER_TEXT = 20_000;

/** Whether a claim's text is one of the footer addresses (as footerClaims returns it). */
export const isFooterAddress = (text: string): boolean =>
  FOOTER_ADDRESSES.some(([, address]) => address === text.toLowerCase());

/**
 * The brands whose footer address the text's first MAX_FOOTER_TEXT characters print, each with the address as
 * written; `part` cuts those characters to the part read (analyze.ts: the sender's own), asked only of a text that
 * holds an address's word. Linear in the text.
 */
export function footerClaims(brands: BrandIndex, text: string, part = (head: string) => head): BrandMatch[] {
  const head = text.slice(0, MAX_FOOTER_TEXT);
  if (!FOOTER_WORDS.test(head)) return [];
  const flat = part(head).replace(/\s+/g, ' ');
  const lower = flat.toLowerCase();
  const sameLength = lower.length === flat.length;
  const found: BrandMatch[] = [];
  for (const [id, address] of FOOTER_ADDRESSES) {
    const at = lower.indexOf(address);
    const brand = at >= 0 ? brands.brands.find((b) => b.id === id) : undefined;
    if (!brand || found.some((m) => m.brand.id === id)) continue;
    found.push({ brand, text: sameLength ? flat.slice(at, at + address.length) : address });
  }
  return found;
}
