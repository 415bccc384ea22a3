/**
 * The brand table (brands.json) and the questions the checks ask of it: which brands does this display name or
 * subject tag claim, which brands own this domain, and is a brand planted in this link.
 *
 * A brand's domains come in three roles:
 * - `domains`: its own — mail from them (with aligned DMARC) and links to them are the brand's;
 * - `mailboxDomains`: free mail it runs (gmail.com, outlook.com): its web pages, but anyone can have an address;
 * - `contentDomains`: hosting it runs (amazonaws.com, sharepoint.com, sakura.ne.jp): anyone can publish there, and
 *   phishing pages do — never proof of the brand, never a look-alike either;
 * - `platformDomains`: a mail platform the brand publicly sends through under the platform's own domain, sold only to
 *   bodies of the brand's kind (Granicus GovDelivery, to public bodies: the IRS's bulletins come from
 *   irs@service.govdelivery.com, their links through lnks.gd). Asked of the brand (brandDomainRole) and of the domain
 *   (brandsOwningDomain) they are its own: a DMARC-passing send is its mail, a failing one spoofed. But the platform's
 *   name is no brand's: its domain written in a link's path is no planted brand (`?utm_source=govdelivery.com`), its
 *   label no link word, and it is no target of look-alikes (`lnks.gd` is four letters from `links`).
 * One domain may serve several brands (`otp-auth.net`: 三井住友カード and JAネットバンク).
 */
import builtInTable from './brands.json';
import { PREBUILT_INDEX } from './prebuilt';
import type { BrandConfidence, BrandDefinition } from '../report';
import { getDomainWithoutSuffix } from 'tldts-icann';
import { pseudoLabel, registrableAscii, toAsciiHost } from '../parse/domains';
import { suffixRulesEpoch } from '../parse/suffix-rules';
import { COMMON_WORD_LABELS, confusableToLatin, PRINTABLE, underOwnTld } from './lookalike';
import { safeDecode } from '../text';
import { isHiddenCode, plainLetter, spacedRun } from '../disguise';

/** A brand as the index holds it: every list present, domains lower-case ASCII registrable domains. */
export interface Brand extends BrandDefinition {
  confidence: BrandConfidence;
  strictNames: string[];
  mailboxDomains: string[];
  contentDomains: string[];
  /** See the top of this file: own domains that are the mail platform's, not the brand's name. */
  platformDomains: string[];
}

export type DomainRole = 'own' | 'mailbox' | 'content';

interface NamePattern {
  brand: Brand;
  /** Normalised: lower case for names, case kept for strict names. */
  text: string;
  strict: boolean;
  /** The name starts / ends with a Latin letter or digit, so it must not run on into a neighbouring word there. */
  wordStart: boolean;
  wordEnd: boolean;
}

export interface BrandIndex {
  readonly brands: readonly Brand[];
  /** Registrable domain (ASCII) → the brands running it, with the role it plays for each. */
  readonly domainRoles: ReadonlyMap<string, readonly { brand: Brand; role: DomainRole }[]>;
  readonly names: readonly NamePattern[];
  /** Distinctive Latin names and own-domain labels (`kagoya`, `smbc-card`) → brands, for links. */
  readonly urlNames: ReadonlyMap<string, readonly Brand[]>;
  /** Entries of the extra brands that were skipped or trimmed, and why. */
  readonly problems: readonly string[];
}

export interface BrandMatch {
  brand: Brand;
  /** The text naming the brand: a substring of the input as written (for links: of the decoded, lower-cased URL). */
  text: string;
  /** Cyrillic/Greek look-alike letters stood in for Latin ones (`Аmazon` with a Cyrillic А). */
  confusable?: boolean;
  /** Links only: where the brand appeared, and whether as one of its domains or only as its name (weaker). */
  where?: 'subdomain' | 'host' | 'path';
  kind?: 'domain' | 'name';
}

/** Display names and subject tags are read up to here; a longer one is reported (`brand-name`). */
const MAX_NAME_INPUT = 1024;
/** A link's host and path are searched for brands up to here; coverage.ts reports longer links. */
export const MAX_URL_INPUT = 4096;
/** Brand mentions compared in one name (the overlap test is quadratic in them); more is reported (`brand-hits`). */
const MAX_HITS = 64;
/** The leading Re:/Fwd: prefixes and bracket tags of a subject are read up to here (`subject-tags`). */
const MAX_SUBJECT_TAGS = 512;

/** Told which cap cut a name or subject tag search, and the cap. */
export type OnCut = (code: 'brand-name' | 'brand-hits' | 'subject-tags', cap: number) => void;

// Normalising text for matching, with a map back to the original (evidence highlights must be substrings of it).

const MARK = /[\p{M}\uff9e\uff9f]/u; // combining marks and half-width (semi-)voiced marks join the previous char
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]/u;

interface NormText {
  /** NFKC, look-alike letters mapped to Latin, case kept. */
  cased: string;
  /** The same, lower-cased char by char (same length, same offsets). */
  lower: string;
  /** For each char of cased/lower: the span of the input it came from. */
  from: number[];
  to: number[];
  confusable: boolean[];
}

/**
 * NFKC per character cluster (a base char and its combining marks, so `ｶﾞ` becomes `ガ`), invisible characters
 * (`KA\u200bGOYA`, variation selectors, tag characters) dropped, small capitals and negative squared letters read as
 * Latin, Cyrillic/Greek look-alikes mapped to Latin, three or more letters spaced apart joined (`P a y P a l`).
 * Linear in the input, which is capped at `max` chars.
 */
function normalizeForMatch(input: string, max: number): NormText {
  const out: NormText = { cased: '', lower: '', from: [], to: [], confusable: [] };
  const s = input.length > max ? input.slice(0, max) : input;
  // Printable ASCII with no one-letter word between spaces (most names and subjects): NFKC and the look-alike maps
  // leave each character as it is, and no spaced run can be joined (its second letter stands between spaces): read as
  // written, a unit for a unit (issue #19: three quarters of subjectBrandTag's time).
  if (PREBUILT_INDEX && PRINTABLE.test(s) && !/ . /.test(s)) {
    for (let i = 0; i < s.length; i++) {
      out.from.push(i);
      out.to.push(i + 1);
      out.confusable.push(false);
    }
    return { ...out, cased: s, lower: s.toLowerCase() };
  }
  let segStart = -1;
  const add = (ch: string, end: number) => {
    const plain = plainLetter(ch.codePointAt(0)!);
    const latin = confusableToLatin(ch);
    const c = plain ? String.fromCharCode(plain) : (latin ?? ch);
    const lower = c.toLowerCase();
    const l = lower.length === c.length ? lower : c; // `İ` lower-cases to two chars: keep offsets aligned
    for (let u = 0; u < c.length; u++) {
      out.cased += c[u];
      out.lower += l[u];
      out.from.push(segStart);
      out.to.push(end);
      out.confusable.push(latin !== undefined);
    }
  };
  const flush = (end: number) => {
    if (segStart < 0) return;
    // Most segments are one ASCII character, which NFKC leaves as it is: no slice or normalisation for those.
    if (end - segStart === 1 && s.charCodeAt(segStart) < 0x80) add(s[segStart]!, end);
    else for (const ch of s.slice(segStart, end).normalize('NFKC')) add(ch, end);
    segStart = -1;
  };
  // Spaces inside runs of three or more one-letter words (`三 井 住 友 カ ー ド`, `P a y P a l`) are dropped too.
  const units = s.split('');
  const joined = new Set<number>();
  for (let run = spacedRun(units, 3); run; run = spacedRun(units, 3, run.to))
    for (let k = run.from + 1; k < run.to; k += 2) joined.add(k);
  let i = 0;
  for (const ch of s) {
    if (isHiddenCode(ch.codePointAt(0)!) || joined.has(i)) {
      flush(i);
    } else if (!MARK.test(ch) || segStart < 0) {
      flush(i);
      segStart = i;
    }
    i += ch.length;
  }
  flush(i);
  return out;
}

/** Text as the brand matcher reads it (hidden characters dropped, styled and look-alike letters read as Latin). */
export const plainReading = (text: string): string => normalizeForMatch(text, MAX_NAME_INPUT).cased;

function originalSlice(input: string, norm: NormText, start: number, end: number): string {
  return input.slice(norm.from[start] ?? 0, norm.to[end - 1] ?? input.length);
}

// Building the index.

let builtIn: BrandIndex | undefined;
let withExtras = new WeakMap<readonly BrandDefinition[], BrandIndex>();

/**
 * The task pane's built-in table starts without each brand's further names in Japanese, Chinese, Korean, Greek,
 * Cyrillic, Hebrew, Arabic, Devanagari or Thai letters (webpack.config.js, scripts/brand-names-pane.cjs; Greek and
 * Cyrillic look-alikes of Latin letters do not count): such a name matches only a text holding one of LATE_LETTER
 * (every letter that splitting keys on is one of them after the matcher's normalising), so findClaimedBrands notes
 * such a text while they are out (`needs: ['brand-names']`) and the pane loads them before drawing. Elsewhere the
 * table is whole from the start and this is undefined.
 *
 * The national brands of countries the pane's readers seldom meet (brand-names-pane.cjs `mayWait`) wait whole: id,
 * names, domains. Exact all the same: every question the whole table could answer otherwise notes the need first, by
 * the gate (`lateGate`) — a name or link word holds one of its words or strict names; a domain looked up holds a word,
 * lies under one of its top-level domains or hashes to one of its keys; a look-alike's label does (lookalike.ts
 * lateLookalike); an admin's extra brands may extend a waiting one, so an index with extras notes it always. A typo of
 * a national brand's domain counts only for a message naming the brand (lookalike.ts), so it needs no gate.
 * test/core/brands/waiting-brands.test.ts holds the gate for every waiting brand's every name, label and domain.
 */
type Late = { late: (readonly [number, string[]])[]; rows: (readonly [number, unknown])[] };
type Gate = { words: string[]; strict: string[]; short: string[]; tlds: string[] };
let lateNames = (builtInTable as { lateNames?: () => Promise<Late> }).lateNames;
let gate: Gate | undefined;
/** The gate's keys (brand-names-pane.cjs packHashes: gaps in base 32, `a`–`v` ending each). */
let lateKeys = new Set<number>();
/** The gate's strict names as the matcher reads them, made when first asked (lookalike.ts is not loaded before). */
let strictReadings: string[] | undefined;
/** Reads the gate as brand-names-pane.cjs writes it: five fields joined by tabs. */
function openGate(text: string | undefined): void {
  const [coded, strict, short, tlds, keys] = text?.split('\t') ?? [];
  // The words front-coded: a capital (`A` + the letters shared with the word before) starts each.
  let word = '';
  const words = coded
    ? coded.split(/(?=[A-Z])/).map((w) => (word = word.slice(0, w.charCodeAt(0) - 65) + w.slice(1)))
    : [];
  gate =
    text === undefined
      ? undefined
      : {
          words,
          strict: strict ? strict.split('\n') : [],
          short: short!.match(/.../g) ?? [],
          tlds: tlds!.match(/../g) ?? [],
        };
  lateKeys = new Set();
  let h = 0;
  let gap = 0;
  for (const c of keys ?? '') {
    const d = c.charCodeAt(0);
    gap = gap * 32 + (d < 97 ? d - 48 : d - 97);
    if (d < 97) continue;
    lateKeys.add((h += gap));
    gap = 0;
  }
  strictReadings = undefined;
}
openGate((builtInTable as { lateGate?: string }).lateGate);
let loadingNames: Promise<void> | undefined;
let lackingNames = false;
/** The indexes the whole table gave, kept while a test starts it as the pane does (forgetLateBrandNames). */
let wholeIndexes: { builtIn?: BrandIndex; withExtras: typeof withExtras } | undefined;
/** Tested against every name the pane leaves for later; the pane hints its data by it too (need-hints.ts). */
export const LATE_LETTER =
  /[\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0904-\u097f\u0e00-\u0e7f\u1f00-\u1fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;

/** Completes the built-in table (a chunk of its own in the task pane); at once where it is whole. */
export function loadBrandNames(): Promise<void> {
  const load = lateNames;
  if (!load) return Promise.resolve();
  loadingNames ??= load().then(
    ({ late, rows }) => {
      const table = builtInTable as unknown[];
      for (const [at, row] of rows) table.splice(at, 0, row);
      for (const [at, names] of late) (table[at] as { names: string[] }).names = names;
      lateNames = undefined;
      openGate(undefined);
      builtIn = wholeIndexes?.builtIn;
      withExtras = wholeIndexes?.withExtras ?? new WeakMap();
      wholeIndexes = undefined;
    },
    (error: unknown) => {
      loadingNames = undefined; // tried again for the next message
      throw error;
    },
  );
  return loadingNames;
}

/**
 * The gate's hash of a key: FNV-1a over UTF-16 units, its top 18 bits (brand-names-pane.cjs `lateHash`). A collision
 * only fetches the waiting brands for a message that did not need them (about one key in 2,600 held, some 0.04 % of
 * lookups); 18 bits, not 24, keep the packed keys a character or two shorter each in the pane's first download.
 */
function lateHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x1000193);
  return h >>> 14;
}

/**
 * Whether a text (lower-cased as the matcher reads it) holds a gate word: a plain scan (some 4 µs for ~170 words in
 * 1,024 characters), not the phrase gate's trie (lure-matcher.ts gateHit): that reads tokens at word starts, and these
 * words stand anywhere, inside a host or a path too.
 */
const holdsLateWord = (lower: string): boolean => !!gate?.words.some((word) => lower.includes(word));

/** Notes the need when `hit` (the whole table might answer otherwise); says whether the table waits at all. */
const noteLate = (hit: boolean): boolean => (hit && gate ? (lackingNames = true) : !!gate);

/**
 * Notes a question about a domain (registrable, ASCII) a waiting brand may run, a text that may hold one of their
 * labels (`word`), a label, skeleton or link word that may be one of theirs exactly (`key`), or a 3-letter token
 * (`short`) that may be one of their labels (lookalike.ts asks it). Says whether the table waits at all.
 */
export const awaitsLate = (text: string, what: 'domain' | 'word' | 'key' | 'short'): boolean =>
  noteLate(
    what === 'short'
      ? !!gate?.short.includes(text)
      : lateKeys.has(lateHash(text)) ||
          (what !== 'key' && holdsLateWord(text)) ||
          (what === 'domain' && !!gate?.tlds.includes(text.slice(text.lastIndexOf('.') + 1))),
  );

/** Whether a name search met a text those names could match while they were out (and resets it). */
export function takeLackingBrandNames(): boolean {
  const lacking = lackingNames;
  lackingNames = false;
  return lacking;
}

/**
 * Starts the built-in table as the task pane does (brand-names-pane.cjs splitLateNames: the table `start`, what
 * completes it, the gate), until loadBrandNames puts it whole again.
 * @internal a test hook: the table is module state
 */
export function forgetLateBrandNames(split: Late & { start: unknown[]; gate: string }): void {
  wholeIndexes ??= { builtIn, withExtras }; // the whole table's, as they were: back once the rest comes
  const table = builtInTable as unknown[];
  table.splice(0, table.length, ...structuredClone(split.start));
  const late = structuredClone({ late: split.late, rows: split.rows });
  lateNames = () => Promise.resolve(late);
  openGate(split.gate);
  loadingNames = undefined;
  builtIn = undefined;
  withExtras = new WeakMap();
}
/** The suffix rules' epoch the indexes were built under (core/parse/suffix-rules.ts). */
let indexedUnder = suffixRulesEpoch();

/**
 * The brand index: the built-in table plus the admin's extra brands. An extra brand with a built-in id adds its
 * names and domains to that brand, and the admin's word makes it verified. Malformed extras are skipped and listed
 * in `problems`, never thrown.
 * The built-in index is built once; an index with extras once per extras array.
 */
export function loadBrands(extra?: readonly BrandDefinition[]): BrandIndex {
  if (indexedUnder !== suffixRulesEpoch()) {
    // Built with the task pane's start-up part of the suffix rules: an admin's brand may lie under one it lacked.
    builtIn = undefined;
    withExtras = new WeakMap();
    indexedUnder = suffixRulesEpoch();
  }
  if (!extra || extra.length === 0)
    return (builtIn ??= PREBUILT_INDEX ? reviveIndex(PREBUILT_INDEX) : buildIndex(builtInTable as unknown[], []));
  // An admin's brand of a waiting brand's id adds to it: the whole table first.
  noteLate(true);
  let index = withExtras.get(extra);
  if (!index)
    withExtras.set(
      extra,
      // The CLI carries no table beside its index (webpack.config.js): the index's brands are the table read, and
      // read again they give the same brands (build-brand-index.ts fails a table with problems).
      (index = buildIndex(
        PREBUILT_INDEX ? PREBUILT_INDEX.brands : (builtInTable as unknown[]),
        Array.isArray(extra) ? (extra as unknown[]) : [],
      )),
    );
  return index;
}

function stringList(value: unknown, max: number, maxLength: number): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((v): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= maxLength)
    .slice(0, max);
}

function domainList(value: unknown, where: string, problems: string[]): string[] {
  const out: string[] = [];
  for (const d of stringList(value, 200, 253)) {
    const reg = registrableAscii(d);
    if (!reg) problems.push(`${where}: "${d}" is not a domain`);
    else if (!out.includes(reg)) out.push(reg);
  }
  return out;
}

function toBrand(raw: unknown, where: string, problems: string[]): Brand | undefined {
  if (!raw || typeof raw !== 'object') return void problems.push(`${where}: not an object`);
  const r = raw as Record<string, unknown>;
  const id = typeof r.id === 'string' ? r.id.trim().slice(0, 64) : '';
  const brand: Brand = {
    id,
    names: stringList(r.names, 50, 100),
    strictNames: stringList(r.strictNames, 20, 40),
    domains: domainList(r.domains, where, problems),
    mailboxDomains: domainList(r.mailboxDomains, where, problems),
    contentDomains: domainList(r.contentDomains, where, problems),
    platformDomains: domainList(r.platformDomains, where, problems),
    source: typeof r.source === 'string' ? r.source : '',
    // Anything but an explicit `verified` is unverified: a brand only fails a claim on domains someone checked.
    confidence: r.confidence === 'verified' ? 'verified' : 'unverified',
    ...(r.kind === 'crypto' ? { kind: r.kind } : {}),
  };
  if (id && brand.names.length + brand.strictNames.length > 0 && brand.domains.length > 0) return brand;
  problems.push(`${where}: needs an id, a name and a domain`);
}

const LIST_KEYS = ['names', 'strictNames', 'domains', 'mailboxDomains', 'contentDomains', 'platformDomains'] as const;

/**
 * A brand name as the matcher reads it, kept: an index is built again when the task pane's late names or suffix
 * rules arrive, and reading a thousand names again costs a fresh pane some 30 ms.
 */
const nameReadings = new Map<string, { cased: string; lower: string }>();
function nameReading(name: string): { cased: string; lower: string } {
  let reading = nameReadings.get(name);
  if (!reading) {
    const text = name.trim();
    // Printable ASCII (most names) reads as written unless one-letter words may stand spaced (`A B C`: a character
    // between spaces): the normalising changes nothing else in it, and it was most of a fresh pane's first index.
    reading =
      PRINTABLE.test(text) && !/ . /.test(text)
        ? { cased: text, lower: text.toLowerCase() }
        : normalizeForMatch(text, 200);
    if (nameReadings.size < 10_000) nameReadings.set(name, reading);
  }
  return reading;
}

function buildIndex(table: readonly unknown[], extras: unknown[]): BrandIndex {
  const problems: string[] = [];
  const byId = new Map<string, Brand>();
  const add = (raw: unknown, where: string) => {
    const b = toBrand(raw, where, problems);
    if (!b) return;
    const prev = byId.get(b.id);
    if (!prev) return void byId.set(b.id, b);
    for (const key of LIST_KEYS) prev[key] = [...prev[key], ...b[key].filter((x) => !prev[key].includes(x))];
    if (b.confidence === 'verified') prev.confidence = 'verified';
    if (b.kind) prev.kind ??= b.kind;
    if (b.source && !prev.source.includes(b.source))
      prev.source = prev.source ? `${prev.source}; ${b.source}` : b.source;
  };
  table.forEach((raw, i) => add(raw, `brands.json[${i}]`));
  extras.slice(0, 500).forEach((raw, i) =>
    // The admin's extra brands are the admin's own word about their domains: verified unless it says otherwise.
    add(
      raw && typeof raw === 'object' ? { source: 'admin configuration', confidence: 'verified', ...raw } : raw,
      `extraBrands[${i}]`,
    ),
  );
  const brands = [...byId.values()];

  const domainRoles = new Map<string, { brand: Brand; role: DomainRole }[]>();
  const names: NamePattern[] = [];
  const urlNames = new Map<string, Brand[]>();
  const addUrlName = (word: string, brand: Brand) => {
    if (
      word.length < 4 ||
      !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(word) ||
      !/[a-z]/.test(word) ||
      COMMON_WORD_LABELS.has(word)
    )
      return;
    const list = urlNames.get(word) ?? [];
    if (!list.includes(brand)) list.push(brand);
    urlNames.set(word, list);
  };
  for (const brand of brands) {
    const roles: [string[], DomainRole][] = [
      [brand.domains, 'own'],
      [brand.platformDomains, 'own'],
      [brand.mailboxDomains, 'mailbox'],
      [brand.contentDomains, 'content'],
    ];
    for (const [list, role] of roles)
      for (const d of list) domainRoles.set(d, [...(domainRoles.get(d) ?? []), { brand, role }]);
    for (const d of brand.domains)
      if (!underOwnTld(d, brand.domains))
        addUrlName(getDomainWithoutSuffix(d, { allowPrivateDomains: false }) ?? '', brand);
    for (const [list, strict] of [
      [brand.names, false],
      [brand.strictNames, true],
    ] as const) {
      for (const name of list) {
        const norm = nameReading(name);
        const text = strict ? norm.cased : norm.lower;
        if (!text) continue;
        names.push({
          brand,
          text,
          strict,
          wordStart: WORD_CHAR.test(text[0]!),
          wordEnd: WORD_CHAR.test(text[text.length - 1]!),
        });
        if (!strict) addUrlName(norm.lower, brand);
      }
    }
  }
  return { brands, domainRoles, names, urlNames, problems };
}

/**
 * The built-in index as plain data, for the CLI's build (scripts/brand-index-loader.cjs): what buildIndex makes,
 * each brand named by its place in `brands` so the revived index shares one object per brand, as the built one does.
 */
export interface SerializedBrandIndex {
  brands: Brand[];
  /** [domain, [brand, role]…] in the built index's order. */
  domainRoles: [string, [number, DomainRole][]][];
  /** [brand, text, strict, wordStart, wordEnd] */
  names: [number, string, boolean, boolean, boolean][];
  urlNames: [string, number[]][];
  problems: string[];
}

/** The CLI's build computes the built-in index with it (scripts/build-brand-index.ts). */
export function serializeIndex(index: BrandIndex): SerializedBrandIndex {
  const at = new Map(index.brands.map((b, i) => [b, i]));
  const of = (b: Brand): number => at.get(b)!;
  return {
    brands: index.brands.map((b) => ({ ...b })),
    domainRoles: [...index.domainRoles].map(([d, list]) => [d, list.map((e) => [of(e.brand), e.role])]),
    names: index.names.map((p) => [of(p.brand), p.text, p.strict, p.wordStart, p.wordEnd]),
    urlNames: [...index.urlNames].map(([w, list]) => [w, list.map(of)]),
    problems: [...index.problems],
  };
}

/**
 * @internal the index serializeIndex described: the same maps and lists, one object per brand. Each part is read from
 * `data` when first asked for (the CLI's bundle parses each from its own JSON text then: scripts/cli-code-cache.cjs),
 * so a message asking only about domains makes no name patterns.
 */
export function reviveIndex(data: SerializedBrandIndex): BrandIndex {
  const brands = data.brands;
  let domainRoles: BrandIndex['domainRoles'] | undefined;
  let names: BrandIndex['names'] | undefined;
  let urlNames: BrandIndex['urlNames'] | undefined;
  return {
    brands,
    get domainRoles() {
      return (domainRoles ??= new Map(
        data.domainRoles.map(([d, list]) => [d, list.map(([b, role]) => ({ brand: brands[b]!, role }))]),
      ));
    },
    get names() {
      return (names ??= data.names.map(([b, text, strict, wordStart, wordEnd]) => ({
        brand: brands[b]!,
        text,
        strict,
        wordStart,
        wordEnd,
      })));
    },
    get urlNames() {
      return (urlNames ??= new Map(data.urlNames.map(([w, list]) => [w, list.map((b) => brands[b]!)])));
    },
    problems: data.problems,
  };
}

// Names in display names and subject tags.

/** A lower-case letter followed by an upper-case one: a word boundary inside `MyJCB`, `RakutenRakuma`. */
function camelBreak(cased: string, i: number): boolean {
  return i > 0 && i < cased.length && /\p{Ll}/u.test(cased[i - 1]!) && /\p{Lu}/u.test(cased[i]!);
}

function atWordEdges(norm: NormText, start: number, end: number, p: NamePattern): boolean {
  const before = norm.lower[start - 1];
  const after = norm.lower[end];
  if (p.wordStart && before !== undefined && WORD_CHAR.test(before) && !camelBreak(norm.cased, start)) return false;
  if (p.wordEnd && after !== undefined && WORD_CHAR.test(after) && !camelBreak(norm.cased, end)) return false;
  return true;
}

/** A pair of adjacent code units hashed into 64K slots (a slot shared by two pairs only costs a search that fails). */
const pairSlot = (s: string, i: number): number => (s.charCodeAt(i) * 0x9e37 + s.charCodeAt(i + 1)) & 0xffff;

/**
 * An index's names by the slot of their first two units (names of one unit apart), made once per index: a text
 * tries only the names whose first pair it holds, in the index's order, not every name of every brand (issue #19:
 * the corpus's 1,668 messages ask this 5,400 times, and each walked all 1,400 names).
 */
interface NameSlots {
  lower: Map<number, number[]>;
  cased: Map<number, number[]>;
  short: number[];
}
const NAME_SLOTS = new WeakMap<readonly NamePattern[], NameSlots>();

function nameSlots(names: readonly NamePattern[]): NameSlots {
  let slots = NAME_SLOTS.get(names);
  if (slots) return slots;
  slots = { lower: new Map(), cased: new Map(), short: [] };
  names.forEach((p, i) => {
    if (p.text.length < 2) return void slots!.short.push(i);
    const table = p.strict ? slots!.cased : slots!.lower;
    const slot = pairSlot(p.text, 0);
    const list = table.get(slot);
    if (list) list.push(i);
    else table.set(slot, [i]);
  });
  NAME_SLOTS.set(names, slots);
  return slots;
}

/** The places in `names` of the names whose first pair `text` holds (each once), added to `into`. */
function namesAt(table: ReadonlyMap<number, readonly number[]>, text: string, into: Set<number>): void {
  for (let i = 0; i + 1 < text.length; i++) {
    const list = table.get(pairSlot(text, i));
    if (list) for (const at of list) into.add(at);
  }
}

/**
 * Brands named in a display name or a subject tag (`KAGOYA Inc`, `【KAGOYA WEBメール】`, `＜三井住友カード＞`).
 * NFKC first (`ＫＡＧＯＹＡ`), invisible characters dropped, Cyrillic/Greek look-alikes read as Latin. Latin names
 * match as whole words, ignoring case ("au" not in "Paul", LINE not in "online"); Japanese names as substrings.
 * Where one brand's match lies inside another's longer one (`楽天` in `楽天カード`), the longer one wins.
 * `where: 'text'` (free text such as a whole subject) leaves out the strict, ambiguous names.
 */
export function findClaimedBrands(
  index: BrandIndex,
  text: string,
  where: 'name' | 'text' = 'name',
  onCut?: OnCut,
): BrandMatch[] {
  if (typeof text !== 'string' || !text) return [];
  if (text.length > MAX_NAME_INPUT) onCut?.('brand-name', MAX_NAME_INPUT);
  const known = PREBUILT_INDEX && !lateNames && !gate ? keptFor(index).claims.get(where + text) : undefined;
  if (known) return known.map((m) => ({ ...m }));
  const norm = normalizeForMatch(text, MAX_NAME_INPUT);
  if (lateNames && (LATE_LETTER.test(norm.lower) || holdsLateWord(norm.lower))) lackingNames = true;
  // A waiting brand's strict name (case kept), read only in a name.
  if (gate && where === 'name') {
    strictReadings ??= gate.strict.map((name) => nameReading(name).cased);
    noteLate(strictReadings.some((name) => norm.cased.includes(name)));
  }
  const hits: { brand: Brand; start: number; end: number }[] = [];
  let full = false;
  // Most names' first two units are nowhere in a short text: only those whose pair it holds are searched for.
  const slots = nameSlots(index.names);
  const tried = new Set(slots.short);
  namesAt(slots.lower, norm.lower, tried);
  if (where === 'name') namesAt(slots.cased, norm.cased, tried);
  for (const i of [...tried].sort((a, b) => a - b)) {
    const p = index.names[i]!;
    if (p.strict && where !== 'name') continue;
    const hay = p.strict ? norm.cased : norm.lower;
    for (let at = hay.indexOf(p.text); at >= 0 && !full; at = hay.indexOf(p.text, at + 1)) {
      const end = at + p.text.length;
      if (!atWordEdges(norm, at, end, p)) continue;
      if (hits.length < MAX_HITS) hits.push({ brand: p.brand, start: at, end });
      else full = true;
    }
  }
  if (full) onCut?.('brand-hits', MAX_HITS);
  const kept = hits.filter(
    (h) =>
      !hits.some(
        (o) => o.brand !== h.brand && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start,
      ),
  );
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: BrandMatch[] = [];
  for (const h of kept) {
    if (out.some((m) => m.brand === h.brand)) continue;
    const match: BrandMatch = { brand: h.brand, text: originalSlice(text, norm, h.start, h.end) };
    if (norm.confusable.slice(h.start, h.end).includes(true) && !writesGreekOrCyrillic(h.brand))
      match.confusable = true;
    out.push(match);
  }
  // A search cut at MAX_HITS is made again, so that each asker is told of the cut; a longer text's is told always.
  if (PREBUILT_INDEX && !lateNames && !gate && !full && text.length <= MAX_NAME_INPUT)
    keep(
      keptFor(index).claims,
      where + text,
      out.map((m) => ({ ...m })),
    );
  return out;
}

/**
 * Answers kept per index across messages, asked only where the brand index was built with the bundle (PREBUILT_INDEX:
 * the command line, which reads folders; the task pane reads one message and has no bytes to spare for this) and while
 * the table is whole (while it waits, each question also notes what the waiting brands could answer). A folder asks
 * the same again and again (the corpus's 1,430 list tags are 19 texts, its 1,521 From names 785, its 8,150 links'
 * hosts 1,018; issue #19), and each answer depends on the index and the question alone.
 */
interface Kept {
  /** findClaimedBrands's answers by `where` + text, each asker given copies. */
  claims: Map<string, BrandMatch[]>;
  /** What findBrandInUrlParts read in a host (by host and registrable domain): copied for each link. */
  hosts: Map<string, Best>;
  /**
   * The first words of the index's domains and link words: a run of a URL's words names a brand only from one of
   * them (findBrandInUrlParts asked each word joined to the four after it, mostly for nothing).
   */
  heads?: Set<string>;
}
type Best = Map<Brand, { match: BrandMatch; strength: number }>;
let kept: WeakMap<BrandIndex, Kept> | undefined;

function keptFor(index: BrandIndex): Kept {
  kept ??= new WeakMap();
  let answers = kept.get(index);
  if (!answers) kept.set(index, (answers = { claims: new Map(), hosts: new Map() }));
  return answers;
}

function keep<T>(answers: Map<string, T>, key: string, answer: T): void {
  if (answers.size >= 5_000) answers.clear();
  answers.set(key, answer);
}

const copied = (best: Best): Best => new Map([...best].map(([b, v]) => [b, { ...v, match: { ...v.match } }]));

function urlHeads(index: BrandIndex): Set<string> {
  const answers = keptFor(index);
  if (!answers.heads) {
    answers.heads = new Set();
    for (const domain of index.domainRoles.keys()) answers.heads.add(domain.split(/[^a-z0-9]/)[0]!);
    for (const word of index.urlNames.keys()) answers.heads.add(word.split('-')[0]!);
  }
  return answers.heads;
}

const GREEK_CYRILLIC = /[\p{Script=Greek}\p{Script=Cyrillic}]/u;
/**
 * A brand that writes its own name in Greek or Cyrillic letters (ΕΛΤΑ, Нова пошта): those letters in a text naming it
 * are its own spelling, not look-alikes standing in for Latin ones (`Аmazon`). Its names in those scripts wait in the
 * pane (LATE_LETTER), but a text holding a letter of them asks for them first (a name of look-alikes alone stays).
 */
const writesGreekOrCyrillic = (brand: Brand): boolean =>
  [...brand.names, ...brand.strictNames].some((name) => GREEK_CYRILLIC.test(name));

/** The bracket tags' openers, and their closers at the same places (a string: fewer bytes in the pane than a map). */
const TAG_OPEN = '[【<「『〖〔〈《';
const TAG_CLOSE = ']】>」』〗〕〉》';
/** Reply/forward prefixes in several languages; `ＲＥ：` arrives here as `RE:` after NFKC. */
const REPLY_PREFIX =
  /(?:re|fwd?|aw|wg|sv|vs|tr|rv|res|enc|antw|回复|回覆|答复|转发|転送|返信)(?:\[\d{1,3}\]|\(\d{1,3}\))? {0,3}:/iy;
const TAG_GAP = /[\s:|\-–—・、,.!*★☆※■◆]/u;
const MAX_TAG = 120;

/**
 * The subject's leading bracket tag that claims a brand (`【KAGOYA WEBメール】` → `KAGOYA WEBメール`), skipping
 * `Re:`/`Fwd:` and tags that name no brand: mailing lists add `[Listname]` and filters `[SPAM]`, and phishers put
 * `＜重要＞` before the brand (`[List] ＜重要＞【三井住友カード】…`). When no leading tag names a known brand, the first
 * non-`[…]` tag is returned (an unknown company may still be claimed); undefined when there is none.
 */
export function subjectBrandTag(subject: string, index: BrandIndex = loadBrands(), onCut?: OnCut): string | undefined {
  if (typeof subject !== 'string' || !subject) return undefined;
  const norm = normalizeForMatch(subject, MAX_SUBJECT_TAGS);
  const s = norm.cased;
  const cut = subject.length > MAX_SUBJECT_TAGS;
  let other: string | undefined;
  let pos = 0;
  // Each step moves past at least one character, so the walk ends within MAX_SUBJECT_TAGS steps.
  for (;;) {
    while (pos < s.length && TAG_GAP.test(s[pos]!)) pos++;
    REPLY_PREFIX.lastIndex = pos;
    if (pos < s.length && REPLY_PREFIX.test(s)) {
      pos = REPLY_PREFIX.lastIndex;
      continue;
    }
    const closer = TAG_CLOSE[TAG_OPEN.indexOf(s[pos] ?? ' ')]; // past the end: none
    const close = closer ? s.indexOf(closer, pos + 1) : -1;
    if (close < 0 || close - pos > MAX_TAG) {
      // Stopped within a tag's length of the cap (or at it): the cap may have cut the prefix or tag that stopped it.
      if (cut && s.length - pos <= MAX_TAG) onCut?.('subject-tags', MAX_SUBJECT_TAGS);
      break;
    }
    const inner = close > pos + 1 ? originalSlice(subject, norm, pos + 1, close).trim() : '';
    if (inner && findClaimedBrands(index, inner).length > 0) return inner;
    if (inner && s[pos] !== '[' && other === undefined) other = inner;
    pos = close + 1;
  }
  return other;
}

// Domains.

function registrableKey(domain: string): string {
  if (typeof domain !== 'string') return '';
  return registrableAscii(domain) || toAsciiHost(domain);
}

/** Brands for which this domain (any host under it) plays one of `roles` — by default only their own domains. */
export function brandsOwningDomain(
  index: BrandIndex,
  registrableDomain: string,
  roles: readonly DomainRole[] = ['own'],
): Brand[] {
  const key = registrableKey(registrableDomain);
  if (gate) awaitsLate(key, 'domain');
  const entries = index.domainRoles.get(key) ?? [];
  return entries.filter((e) => roles.includes(e.role)).map((e) => e.brand);
}

/** The role the host's registrable domain plays for this brand, if any. */
export function brandDomainRole(brand: Brand, host: string): DomainRole | undefined {
  const reg = registrableKey(host);
  if (!reg) return undefined;
  if (brand.domains.includes(reg) || brand.platformDomains.includes(reg)) return 'own';
  if (brand.mailboxDomains.includes(reg)) return 'mailbox';
  if (brand.contentDomains.includes(reg)) return 'content';
  return undefined;
}

/** The host is one of the brand's own domains or a subdomain of one. */
export function isBrandDomain(brand: Brand, host: string): boolean {
  return brandDomainRole(brand, host) === 'own';
}

// Brands planted in links.

interface Word {
  text: string;
  /** The single joiner before it (`.`, `-`, `_`), '' after anything else or at the start. */
  sep: string;
  /** Part of the domain of an e-mail address (`uid=taro@mail.docomo.ne.jp`): the reader's address, not a brand. */
  address: boolean;
}

/**
 * Runs of [a-z0-9] with the joiner between neighbours; linear, at most `max` words. Callers pass MAX_URL_INPUT, which
 * a URL part capped at MAX_URL_INPUT characters never reaches (each word takes a character and a separator).
 */
function splitWords(s: string, max: number): Word[] {
  const words: Word[] = [];
  let start = -1;
  let sep = '';
  let address = false;
  for (let i = 0; i <= s.length && words.length < max; i++) {
    const c = s[i] ?? ' ';
    const word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (word) {
      if (start < 0) start = i;
      continue;
    }
    const joiner = c === '.' || c === '-' || c === '_';
    if (start >= 0) {
      words.push({ text: s.slice(start, i), sep, address });
      start = -1;
      sep = joiner ? c : '';
    } else {
      sep = ''; // two separators in a row, or a hard break
    }
    if (c === '@') address = true;
    else if (!joiner || sep === '') address = false;
  }
  return words;
}

const STRENGTH = {
  'domain:subdomain': 0,
  'domain:host': 1,
  'domain:path': 2,
  'name:subdomain': 3,
  'name:host': 4,
  'name:path': 5,
};

/**
 * A brand's domain (`kagoya.net`, `amazon.co.jp`, dashed `amazon-co-jp` in a host) or distinctive Latin name in the
 * subdomain labels, the registrable label or the path/query of a link to a host the brand does not run
 * (`santamariasold.com/move/kagoya.net/`, `amazon.co.jp.signin-verify.xyz`, `www-amazon-co-jp.example`).
 * One match per brand, the strongest: a domain before a name, the host before the path. The domain of an address
 * (`?uid=taro@docomo.ne.jp`) is the reader's, not a planted brand. Skips brands owning the link's registrable domain.
 */
export function findBrandInUrlParts(
  index: BrandIndex,
  url: { host: string; registrable: string; pathAndQuery: string },
): BrandMatch[] {
  const host = toAsciiHost(typeof url.host === 'string' ? url.host : '');
  const reg = registrableKey(url.registrable || host);
  if (gate) awaitsLate(reg, 'domain');
  const runsLink = new Set((index.domainRoles.get(reg) ?? []).filter((e) => e.role !== 'content').map((e) => e.brand));
  const best: Best = new Map();
  const note = (
    brands: readonly Brand[] | undefined,
    text: string,
    kind: 'domain' | 'name',
    where: 'subdomain' | 'host' | 'path',
  ) => {
    const strength = STRENGTH[`${kind}:${where}`];
    for (const brand of brands ?? []) {
      if (runsLink.has(brand)) continue;
      const prev = best.get(brand);
      if (!prev || strength < prev.strength) best.set(brand, { match: { brand, text, where, kind }, strength });
    }
  };
  // The words of the host and the path are asked of the gate below; a domain or link word there, by its key and TLD.
  const keyed = (key: string, domain?: boolean) =>
    gate &&
    noteLate(lateKeys.has(lateHash(key)) || (!!domain && gate.tlds.includes(key.slice(key.lastIndexOf('.') + 1))));
  const urlName = (word: string) => (keyed(word), index.urlNames.get(word));
  // A mail platform's domain is its brands' own, but written in a link it names the platform, not them.
  const ownersOf = (domain: string) =>
    (keyed(domain, true), index.domainRoles.get(domain) ?? [])
      .filter((e) => e.role === 'own' && !e.brand.platformDomains.includes(domain))
      .map((e) => e.brand);

  const scan = (
    s: string,
    whereOf: (wordIndex: number) => 'subdomain' | 'host' | 'path',
    inHost: boolean,
    domainsOnly = false,
  ) => {
    const words = splitWords(s, MAX_URL_INPUT);
    for (let i = 0; i < words.length; i++) {
      const first = words[i]!;
      const where = whereOf(i);
      if (first.address) continue;
      if (!domainsOnly) note(urlName(first.text), first.text, 'name', where);
      if (PREBUILT_INDEX && !gate && !urlHeads(index).has(first.text)) continue;
      let written = first.text;
      let dotted = first.text;
      let dashedOnly = true;
      for (let k = 1; k <= 4 && i + k < words.length && words[i + k]!.sep; k++) {
        const w = words[i + k]!;
        written += w.sep + w.text;
        dotted += '.' + w.text;
        dashedOnly &&= w.sep === '-';
        note(ownersOf(written), written, 'domain', where);
        if (inHost && dotted !== written) note(ownersOf(dotted), written, 'domain', where);
        if (dashedOnly && !domainsOnly) note(urlName(written), written, 'name', where);
      }
    }
  };

  // A brand's own site names itself (`finance.yahoo.com` is no Yahoo! JAPAN claim): its host is not scanned. On a
  // hosting domain only the customer's part is (`kagoya-login.s3.amazonaws.com`, but not `github` in `x.github.io`).
  const roles = index.domainRoles.get(reg) ?? [];
  const read = PREBUILT_INDEX && !gate ? keptFor(index).hosts.get(host + ' ' + reg) : undefined;
  if (read) for (const [brand, v] of copied(read)) best.set(brand, v);
  else if (host && reg && !/^[0-9.]+$/.test(host) && runsLink.size === 0) {
    const label =
      roles.length > 0 ? '' : (pseudoLabel(reg) ?? getDomainWithoutSuffix(reg, { allowPrivateDomains: false }) ?? '');
    const sub = host.endsWith('.' + reg) ? host.slice(0, host.length - reg.length - 1) : '';
    const stem = sub && label ? `${sub}.${label}` : sub || label;
    const subWords = sub ? splitWords(sub, MAX_URL_INPUT).length : 0;
    scan(stem.slice(0, MAX_URL_INPUT), (i) => (i < subWords ? 'subdomain' : 'host'), true);
  }
  if (PREBUILT_INDEX && !gate && !read) keep(keptFor(index).hosts, host + ' ' + reg, copied(best));
  const path =
    typeof url.pathAndQuery === 'string' ? safeDecode(url.pathAndQuery.slice(0, MAX_URL_INPUT)).toLowerCase() : '';
  // A link word of a brand that waits whole (one of its names or labels) is a run of the host's or the path's letters.
  noteLate(holdsLateWord(host.slice(0, MAX_URL_INPUT)) || holdsLateWord(path));
  // On a brand's own site a partner's name in the path is the site's business (`eki-net.com/…/logo_jreast.png`).
  if (path) scan(path, () => 'path', false, runsLink.size > 0);
  return [...best.values()].sort((a, b) => a.strength - b.strength).map((v) => v.match);
}
