/**
 * International bank account numbers (IBAN, ISO 13616) written in a message, and the countries they and a sender's
 * domain belong to: for content.foreign-iban (money-route.ts judgeForeignIban), in the money-route chunk.
 * An IBAN counts only when its country is one that issues them, its length is that country's, and its check digits
 * hold (mod 97 = 1): a reference number or random digits that look like one do not.
 * Source: the SWIFT IBAN Registry (release 99, 2025), each country's code and total length.
 */

/** Each IBAN country's code and the IBAN's length there. */
const LENGTHS: ReadonlyMap<string, number> = new Map(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ' +
    'ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 ' +
    'LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 ' +
    'QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30'
  )
    .split(' ')
    .map((e) => [e.slice(0, 2), Number(e.slice(2))] as const),
);

/**
 * Country-code top-level domains used mostly as generic names (`.me`, `.ly`, `.so`, `.st`, `.md` …): a sender there
 * says nothing of where it is.
 */
const GENERIC_CCTLDS = new Set(['me', 'md', 'st', 'sc', 'gl', 'vg', 'lc', 'so', 'ly', 'tl', 'ad', 'li']);

/** The IBAN country a sender's domain belongs to by its country-code top-level domain (`.co.uk` GB), if any. */
export function domainCountry(domain: string): string | undefined {
  const tld = domain.slice(domain.lastIndexOf('.') + 1).toLowerCase();
  if (tld.length !== 2 || GENERIC_CCTLDS.has(tld)) return undefined;
  const country = tld === 'uk' ? 'GB' : tld.toUpperCase();
  return LENGTHS.has(country) ? country : undefined;
}

/** Whether an IBAN's check digits hold: moved to the end, letters as 10–35, the number mod 97 is 1. */
function ibanChecks(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const c of moved) {
    const v = parseInt(c, 36);
    if (Number.isNaN(v)) return false;
    rest = v < 10 ? (rest * 10 + v) % 97 : (rest * 100 + v) % 97;
  }
  return rest === 1;
}

export interface WrittenIban {
  /** The IBAN without spaces, upper-case. */
  iban: string;
  country: string;
  /** Where it starts in the text, and the text as written (spaces, dashes). */
  start: number;
  written: string;
}

/** Where an IBAN may start: a country code and check digits, a word's start. */
const START = /\b[A-Z]{2}\d{2}(?=[ \-\u00a0]?[A-Z0-9])/g;

/** The most IBANs read from one text. */
const MAX_IBANS = 20;

/**
 * The valid IBANs written in `text`, each once, in order: groups of letters and digits separated by single spaces or
 * dashes, exactly the country's length, not running on into more letters or digits. Linear: each start reads at most
 * one IBAN's length ahead.
 */
export function writtenIbans(text: string): WrittenIban[] {
  const found: WrittenIban[] = [];
  for (const m of text.matchAll(START)) {
    const length = LENGTHS.get(m[0].slice(0, 2));
    if (!length) continue;
    let iban = '';
    let end = m.index;
    while (end < text.length && iban.length < length) {
      const c = text[end]!;
      if (/[A-Z0-9]/.test(c)) iban += c;
      else if (!(' -\u00a0'.includes(c) && /[A-Z0-9]/.test(text[end + 1] ?? '') && iban.length > 0)) break;
      end++;
    }
    if (iban.length !== length || /[A-Za-z0-9]/.test(text[end] ?? '') || !ibanChecks(iban)) continue;
    if (found.some((f) => f.iban === iban)) continue;
    found.push({ iban, country: iban.slice(0, 2), start: m.index, written: text.slice(m.index, end) });
    if (found.length >= MAX_IBANS) break;
  }
  return found;
}
