/**
 * Look-alike sender domains: a registrable domain made to be read as a brand's (or the reader's organisation's)
 * at a glance — `аmazon.co.jp` with a Cyrillic а, `amaz0n.com`, `kagoya-support.net`, `amazom.co.jp`, `kagoya.xyz`.
 *
 * Kept cheap: one pass over the brand domains per message, each compared by its label (the registrable domain
 * without its public suffix) through a precomputed skeleton. Only labels of 4+ characters take part (3-letter
 * labels like `jcb`, `dhl` collide with too many real domains); one-edit typos and other-TLD twins need 5+.
 * Labels that are ordinary words (`apple`, `line`, `office`, `sakura`) only match through look-alike letters or
 * typical lure words (`apple-id-support.com`), never as typos or other TLDs: `apple-farm.jp` and `sakura.co.jp`
 * belong to someone else. Judgement on `applebank.com`: a real bank, and "bank" is not a lure word here, so it is
 * not flagged (whereas `applesupport.com` is).
 */
import { pseudoLabel, registrableAscii, toUnicodeHost } from '../parse/domains';
import { getDomainWithoutSuffix } from 'tldts-icann';
import { awaitsLate, loadBrands, type Brand, type BrandIndex } from './lookup';
import { PREBUILT_LABELS, PREBUILT_TARGETS } from './prebuilt-labels';
import { lackingSuffixLookups, suffixRulesEpoch } from '../parse/suffix-rules';
import { madeOfWords } from '../text';

type LookalikeTechnique = 'homoglyph' | 'digit-swap' | 'extra-words' | 'typo' | 'tld-swap';

export interface Lookalike {
  /** The imitated brand; undefined when the target is one of the reader's own domains. */
  brand?: Brand;
  /** The real domain it imitates (`amazon.co.jp`). */
  target: string;
  technique: LookalikeTechnique;
  /** The reader's own label beside a country or corporate word only (`acme-usa`): how a sister company is named too. */
  ownVariant?: true;
  /**
   * The brand's label and an e-invoice word under a country suffix of the brand's own (`vnpt-invoice.com.vn` for
   * vnpt.vn): how a brand names its national e-invoicing site too (ownServiceDomain). Only the shape: whether the mail
   * authenticates for it is the caller's to ask.
   */
  ownService?: true;
}

/**
 * Cyrillic and Greek letters drawn like Latin ones: the common subset of Unicode's confusables (UTS #39), in both
 * cases. Phishers write `Аmazon` in display names and `аpple.com` in IDN domains.
 */
const CONFUSABLES = new Map<string, string>(
  // Each pair: a letter of another script, then the Latin letter it is drawn as (Cyrillic, Greek, Latin IPA).
  (
    'аaеeоoрpсcуyхxіiјjѕsԁdһhӏlԛqԝwкkмmгrпnАAВBЕEКKМMНHОOРPСCТTХXУYЅSІIЈJӀI' +
    'αaοoρpνvιiκkτtυuχxεeγyηnωwΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX' +
    'ɡgıiɩi'
  )
    .match(/../g)!
    .map((pair) => [...pair] as [string, string]),
);

/** The Latin letter a Cyrillic/Greek look-alike stands for, or undefined. */
export const confusableToLatin = (ch: string): string | undefined => CONFUSABLES.get(ch);

/** Digits that pass for letters in a domain (`amaz0n`, `paypa1`). */
const DIGIT_LETTERS: Record<string, string> = { '0': 'o', '1': 'l' };

/** Printable ASCII only: NFKC, NFD and the look-alike maps leave such text as it is (lookup.ts reads names so too). */
export const PRINTABLE = /^[\x20-\x7e]*$/;

/**
 * What a label looks like: NFKC (full-width to ASCII), lower case, accents dropped, look-alike letters and digits
 * mapped, `rn` read as `m` and `vv` as `w` (`arnazon`). Two labels with one skeleton look the same.
 * @internal
 */
export function skeleton(label: string, pairs = true): string {
  let out = '';
  // Printable ASCII (nearly every label): NFKC and NFD leave it as it is, it has no marks and no letter of another
  // script, so only the case and the digits change — without a pass of one string per character (issue #19).
  if (PRINTABLE.test(label)) out = label.toLowerCase().replace(/[01]/g, (digit) => DIGIT_LETTERS[digit]!);
  else
    for (const ch of label.normalize('NFKC').toLowerCase().normalize('NFD')) {
      if (/\p{M}/u.test(ch)) continue;
      out += DIGIT_LETTERS[ch] ?? CONFUSABLES.get(ch)?.toLowerCase() ?? ch;
    }
  return pairs ? out.replace(/rn/g, 'm').replace(/vv/g, 'w') : out;
}

/**
 * Labels (and URL words) that are ordinary words or names: matched only through look-alike letters or lure words.
 * Shared with lookup.ts, which keeps them out of the brand names it looks for in links.
 */
export const COMMON_WORD_LABELS: ReadonlySet<string> = new Set(
  (
    'apple line office live zoom meta visa sakura post mail box global slack outlook teams messenger ' +
    'bing daiwa monex prime store music video direct card bank online news mobile cloud secure ' +
    // Brands added for issue #16 whose label is an ordinary word, a place or a name in some language.
    'chase discover fidelity nationwide halifax cash block wise stripe ledger crypto blockchain exodus ' +
    'phantom telekom orange free telefonica vivo claro telegram discord booking uber target americanas ' +
    'kleinanzeigen marktplaats medicare canada elster finances caixa inter correos correios poste detran ' +
    'sparkasse digital mabanque promise okasan matsui nifty proton iliad ants fazenda kabu jalan ' +
    // Egress (secure mail) is an English word; HMRC's service.gov.uk names no one (makeTarget skips lure-word labels).
    'egress service'
  ).split(' '),
);

/** Registrable domains never worth flagging: common free mail and ISPs that sit one edit from a brand. */
const WELL_KNOWN_UNRELATED: ReadonlySet<string> = new Set(
  (
    'aol.com gmx.com gmx.net gmx.de mail.com proton.me protonmail.com zoho.com zohomail.com yandex.ru ' +
    'yandex.com qq.com 163.com 126.com naver.com daum.net nifty.com biglobe.ne.jp ocn.ne.jp so-net.ne.jp ' +
    'plala.or.jp dion.ne.jp eonet.ne.jp zaq.ne.jp tesco.com ' +
    // National free mail whose name is a brand's common-word label and a word (`free` + `mail`: Free's free.fr).
    'freenet.de freemail.hu'
  ).split(' '),
);

/** Labels that are real names one edit from a brand label (`nagoya`/`kagoya`, `tesco`/`tepco`): no typo match. */
const UNRELATED_LABELS: ReadonlySet<string> = new Set('nagoya tesco money jacks email gmail'.split(' '));

/** Words phishers add to a brand label (`kagoya-support`, `amazon-co-jp`, `smbc-card-security`, `amazonjp`). */
const LURE_WORDS = (
  'support secure security login logon signin sign verify verification verified account accounts ' +
  'update service services help helpdesk info online card pay payment billing jp japan co com net ne ' +
  'or mail email webmail auth id member members customer center centre notice notify notification ' +
  'confirm official web portal my app user access alert safe check system team ssl www mobile smart ' +
  'club point points shop store cs contact reset recovery unlock pass password admin server cloud ' +
  'status warning reward rewards gift campaign ' +
  // The reader's own organisation's back office (own-domain look-alikes: `stmarys-clinic-hr.com` for stmarys-clinic.org).
  'hr payroll benefits portal staff employee ' +
  // What the lure asks for, in English and the other languages of the lexicon (lure-phrases.ts): money owed or
  // waiting, an account to regularise. Not what a brand's own subsidiaries are named for (parcel, express, post,
  // delivery, tracking: `dhlparcel.nl`, `correosexpress.com` are real).
  'refund claim tax fee ' +
  // A missed parcel's fee, not a courier's own service (`royalmail-redelivery.com`, `usps-reschedule.com`).
  'redelivery redeliver reschedule fine toll unpaid penalty invoice wallet bonus validate validation ' +
  // Vietnamese hóa đơn, the invoice (`vnpt-hoadon.xyz`); the other Vietnamese words are lure-words-local.ts's.
  'hoadon ' +
  // The account's forced changeover or activation (`sparkasse-pushtan-umstellung.de`: "Umstellung auf S-pushTAN 2.0")
  // and the know-your-customer check (`binance-kyc.com`): a kit's page, never a savings bank's `sparkasse-<place>.de`.
  'umstellung aktivierung kyc ' +
  'restore locked suspended pago pagos sancion sanciones multa multas aduana cuenta seguridad ' +
  'verificacion acceso cliente clientes reembolso notificacion notificaciones tarjeta retenido ' +
  'pendiente pagamento regularizacao regularizar cpf conta seguranca atualizacao atualizar cadastro ' +
  'restituicao pendencia taxa sicherheit pushtan chiptan konto kunden kundenservice zahlung ' +
  'verifizierung aktualisierung sperre paiement compte securite amende amendes remboursement frais ' +
  'regularisation conto sicurezza verifica accesso rimborso betaling rekening beveiliging verificatie ' +
  'klant boete'
).split(' ');
const MAX_LURE = Math.max(...LURE_WORDS.map((w) => w.length));
/** lookalike-host-words.ts reads them with every language's (lure-words-local.ts). */
export const LURE_SET: ReadonlySet<string> = new Set(LURE_WORDS);

/**
 * `s` is nothing but lure words and digits (`supportjp`, `2024`); the plural of a lure word is one too
 * (`ledger-notices`, `tolls-servicecenter`).
 */
const isLureRun = (s: string): boolean => madeOfWords(s, LURE_SET, MAX_LURE, { digits: true, plurals: true });

/**
 * What a company names its own other domains with, and so what a business-email-compromise impostor adds to the
 * reader's organisation's label (`hartwellashby-uk.com` for hartwellashby.co.uk, `acme-usa.com`, `acmegroup-hq.com`):
 * a country (ISO 3166-1 codes with `uk` and `eu`, less those read as trade words: ai bi io tv ir pr qa cx) or a corporate
 * word. Read only for the reader's own domains, never a brand's (`dhl-de`, `amazon-uk` shops are everywhere).
 */
const OWN_COUNTRIES =
  'vat|kum{{ku{{qzdbjc^fha^|^^vsb^t}z|i_^rod^dnqd^f^x^^nljcrmn`ves}z}}m{pjgf^^`^^oemvr^^^^^^`^`svu}eultymhp_`cfnisn^`^b^^_^^^^^^f^^f^_^b^b^';
/**
 * Whether `s` is one of OWN_COUNTRIES: a bitmap of the 676 pairs `aa` … `zz` in order, five to a character counted
 * from `^` (the list written out is 500 bytes of the task pane; test/core/brands/own-countries.test.ts holds the two
 * alike). @internal
 */
export function ownCountry(s: string): boolean {
  const at = (s.charCodeAt(0) - 97) * 26 + s.charCodeAt(1) - 97;
  return /^[a-z]{2}$/.test(s) && ((OWN_COUNTRIES.charCodeAt(at / 5) - 94) >> (at % 5)) % 2 === 1;
}
const OWN_WORDS: ReadonlySet<string> = new Set(
  'usa uae ltd llc inc corp group groupe gruppe grupo groep gruppo global intl hq holding plc gmbh'.split(' '),
);
/** A token beside the reader's own label, hyphenated (`-uk`, `-usa`, `-group-hq`), or glued to it (`acmegroup`). */
const isOwnWord = (s: string): boolean => madeOfWords(s, OWN_WORDS, 7, { plurals: true });
const isOwnToken = (s: string): boolean => ownCountry(s) || isOwnWord(s);
/**
 * Lure words read only beside the reader's own name: the back office an impostor of the organisation invites to —
 * its HR in other languages (`vercors-rh.com`), its single sign-on, intranet and pay (`acme-sso.com`, `acme-paie.fr`).
 */
const OWN_LURE_SET: ReadonlySet<string> = new Set([
  ...LURE_WORDS,
  ...'rh rrhh sso intranet extranet salary salaire paie nomina gehalt lohn personnel'.split(' '),
]);
const isOwnLureRun = (s: string): boolean => madeOfWords(s, OWN_LURE_SET, MAX_LURE, { digits: true, plurals: true });

/** A brand domain as the tests read it. A field added here goes into serializeTargets and revivePrepared too (the CLI). */
interface Target {
  brand?: Brand;
  domain: string;
  label: string;
  skel: string;
  tokens: string[];
  /** The tokens run together (`amazon-co-jp` → `amazoncojp`), made once: every sender domain is compared with it. */
  joined: string;
  /** An ordinary word: only look-alike letters or lure words count. */
  common: boolean;
  /** A free-mail domain (gmail.com): imitated through letters and words, but other TLDs and typos are everyone's. */
  mailbox: boolean;
  /** A national brand's (nationalBrand): its typos count only for a message naming it. */
  national?: boolean;
}

interface Prepared {
  targets: Target[];
  /** Three-letter labels (`adp`, `irs`): imitated only as a whole token beside lure words (shortLookalike). */
  shortTargets: Target[];
  /** Every domain some brand runs, whatever its role: never a look-alike (the index's domains, every role). */
  known: ReadonlyMap<string, unknown>;
  /** Places in `targets` (`shortTargets` for `shortLabel`) by what a domain must share with them to match. */
  by: TargetKeys;
}

/**
 * The targets by what lookalikeOf's tests need a domain to share with them, so that each test asks for the few that
 * can pass instead of walking a thousand brands' domains for every domain asked about (issue #19): the skeleton, the
 * label, the first three units of the tokens run together and of the skeleton (a test finds one inside the domain's
 * skeleton; `shortKeys` those shorter), the label's first two and last two letters (one edit apart, both 5 letters
 * or more, two labels share one or the other), the short targets' labels.
 */
interface TargetKeys {
  skel: Map<string, number[]>;
  label: Map<string, number[]>;
  start: Map<string, number[]>;
  shortKeys: number[];
  first2: Map<string, number[]>;
  last2: Map<string, number[]>;
  shortLabel: Map<string, number[]>;
}

function keyTargets(targets: readonly Target[], shortTargets: readonly Target[]): TargetKeys {
  const by: TargetKeys = {
    skel: new Map(),
    label: new Map(),
    start: new Map(),
    shortKeys: [],
    first2: new Map(),
    last2: new Map(),
    shortLabel: new Map(),
  };
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  targets.forEach((t, i) => {
    add(by.skel, t.skel, i);
    add(by.label, t.label, i);
    if (t.joined.length < 3 || t.skel.length < 3) by.shortKeys.push(i);
    else {
      add(by.start, t.joined.slice(0, 3), i);
      add(by.start, t.skel.slice(0, 3), i);
    }
    if (t.common || t.mailbox || t.label.length < 5) return;
    add(by.first2, t.label.slice(0, 2), i);
    add(by.last2, t.label.slice(-2), i);
  });
  shortTargets.forEach((t, i) => add(by.shortLabel, t.label, i));
  return by;
}

/** The places the lists name, each once, in order. */
function places(lists: readonly (readonly number[] | undefined)[]): number[] {
  const all = new Set<number>();
  for (const list of lists) if (list) for (const i of list) all.add(i);
  return [...all].sort((a, b) => a - b);
}

const prepared = new WeakMap<BrandIndex, Prepared>();

/** A domain's label (its registrable domain without the suffix); the CLI has the brands' computed when it was built. */
export function labelOf(domain: string): string {
  return (
    PREBUILT_LABELS?.get(domain) ??
    pseudoLabel(domain) ??
    getDomainWithoutSuffix(domain, { allowPrivateDomains: false }) ??
    ''
  );
}

/**
 * Whether `domain` lies under the brand's own top-level domain (`mydhl.express.dhl`, `mabanque.bnpparibas`): the TLD
 * is the brand's name, the label under it an ordinary word, so it is read neither in links nor as a look-alike target:
 * `express` would make the clothing store express.com a look-alike of DHL.
 */
export function underOwnTld(domain: string, domains: readonly string[]): boolean {
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  return tld.length > 2 && domains.some((d) => d !== domain && d.startsWith(`${tld}.`));
}

/** What makeTarget reads of a domain: its label, the label's skeleton and the skeleton's tokens, run together too. */
type DomainReading = Pick<Target, 'label' | 'skel' | 'tokens' | 'joined'>;

/** Answers kept by `kept`, and the suffix rules' epoch they were read under. */
interface Kept<T> {
  under?: number;
  map: Map<string, T>;
}

/**
 * What `read` answers for `key`, kept while the suffix rules stay (issue #19): the task pane builds its brand index
 * and look-alike targets again when the late brand names come (and 300 brands with them), and reading every brand's
 * domains again was most of it. An answer read without the rules it needed is not kept (registrableAscii's rule): the
 * next message must ask again, and need them.
 */
function kept<T>(cache: Kept<T>, key: string, read: (key: string) => T): T {
  if (cache.under !== suffixRulesEpoch()) {
    cache.map.clear();
    cache.under = suffixRulesEpoch();
  }
  let answer = cache.map.get(key);
  if (answer === undefined) {
    const lacked = lackingSuffixLookups();
    answer = read(key);
    if (lacked === lackingSuffixLookups() && cache.map.size < 10_000) cache.map.set(key, answer);
  }
  return answer;
}

const READINGS: Kept<DomainReading> = { map: new Map() };

function readDomain(domain: string): DomainReading {
  const label = labelOf(domain);
  const skel = skeleton(label);
  const tokens = skel.split('-');
  return { label, skel, tokens, joined: tokens.join('') };
}

function makeTarget(domain: string, brand: Brand | undefined, mailbox: boolean, min = 4): Target | undefined {
  const reading = kept(READINGS, domain, readDomain);
  const { label } = reading;
  // An ordinary word that is also a lure word (`service.gov.uk`, the UK government's) is every phisher's, no one's name.
  if (label.length < min || (LURE_SET.has(label) && COMMON_WORD_LABELS.has(label))) return undefined;
  const common = COMMON_WORD_LABELS.has(label) || (brand?.strictNames.some((n) => n.toLowerCase() === label) ?? false);
  return { brand, domain, ...reading, common, mailbox };
}

/**
 * The top-level domains of the countries whose brands the pane's readers meet most (Japan, the English-speaking ones;
 * scripts/brand-names-pane.cjs reads brands the same way, a test holds the two alike).
 */
const HOME_TLDS: ReadonlySet<string> = new Set('jp uk us au nz ca ie'.split(' '));

/**
 * A country's brand: one of its own domains under a country's top-level domain (not an open one: OPEN_TLDS), none
 * under HOME_TLDS' (Magyar Posta, OTP Bank). A one-letter typo of its domain counts only for a message that names the
 * brand: such a brand's short name is often a common word or surname at home (`posta`, `bring`), so a domain a letter
 * off is as likely a business of that country as a phish — and a phish imitating it names it (the display name, the
 * subject's tag, the masthead), as any kit does to be believed. This also lets the task pane leave such brands out until a message needs them
 * (lookup.ts): a typo needs no gate of its own, the name does it.
 * @internal the pane's split reads brands the same way (scripts/brand-names-pane.cjs; a test holds the two alike)
 */
export function nationalBrand(brand: Brand): boolean {
  const tlds = brand.domains.map((d) => /\.([a-z]{2})$/.exec(d)?.[1]).filter((tld) => !OPEN_TLDS.has(tld!));
  return tlds.some(Boolean) && !tlds.some((tld) => HOME_TLDS.has(tld!));
}

/** Country top-level domains anyone registers under (`metamask.io`, `proton.me`): no country's brand by them. */
export const OPEN_TLDS: ReadonlySet<string> = new Set('ac ai cc co fm gg io ly me sh so to tv ws'.split(' '));

function prepare(index: BrandIndex): Prepared {
  let result = prepared.get(index);
  if (result) return result;
  // The CLI's built-in index: the targets and their keys computed when it was built (prebuilt-labels.ts).
  if (PREBUILT_TARGETS && index === loadBrands()) result = revivePrepared(index, PREBUILT_TARGETS);
  else {
    const targets: Target[] = [];
    const shortTargets: Target[] = [];
    for (const brand of index.brands) {
      const national = nationalBrand(brand);
      for (const d of brand.domains) {
        const t = underOwnTld(d, brand.domains) ? undefined : makeTarget(d, brand, false);
        if (t) targets.push({ ...t, national });
        else if (isShortTarget(d, brand)) shortTargets.push({ ...makeTarget(d, brand, false, 3)!, common: true });
      }
      for (const d of brand.mailboxDomains) {
        const t = makeTarget(d, brand, true);
        if (t) targets.push(t);
      }
    }
    result = { targets, shortTargets, known: index.domainRoles, by: keyTargets(targets, shortTargets) };
  }
  prepared.set(index, result);
  return result;
}

/** Makes the index's look-alike targets ahead of its first question (the task pane, as late brand names come in). */
export function lookalikeTargets(index: BrandIndex): void {
  prepare(index);
}

/**
 * The look-alike targets of an index and their keys as plain data, for the CLI's build (scripts/build-brand-labels.ts):
 * each target [brand's place in `brands`, domain, label, skeleton, common, mailbox, national (-1: not said)].
 */
export interface SerializedTargets {
  targets: [number, string, string, string, boolean, boolean, number][];
  shortTargets: [number, string, string, string, boolean, boolean, number][];
  by: { [K in keyof TargetKeys]: TargetKeys[K] extends number[] ? number[] : [string, number[]][] };
}

/** The CLI's build computes the built-in index's targets with it (scripts/build-brand-labels.ts). */
export function serializeTargets(index: BrandIndex): SerializedTargets {
  const { targets, shortTargets, by } = prepare(index);
  const at = new Map(index.brands.map((b, i) => [b, i]));
  const row = (t: Target): SerializedTargets['targets'][number] => [
    at.get(t.brand!)!,
    t.domain,
    t.label,
    t.skel,
    t.common,
    t.mailbox,
    t.national === undefined ? -1 : +t.national,
  ];
  const keys = Object.fromEntries(
    Object.entries(by).map(([name, value]) => [name, value instanceof Map ? [...value] : value]),
  ) as SerializedTargets['by'];
  return { targets: targets.map(row), shortTargets: shortTargets.map(row), by: keys };
}

/** The targets serializeTargets described, for `index` (the one they were computed from). */
function revivePrepared(index: BrandIndex, data: SerializedTargets): Prepared {
  const target = ([b, domain, label, skel, common, mailbox, national]: SerializedTargets['targets'][number]) => {
    const tokens = skel.split('-');
    const t: Target = { brand: index.brands[b], domain, label, skel, tokens, joined: tokens.join(''), common, mailbox };
    if (national >= 0) t.national = national === 1;
    return t;
  };
  const { shortKeys, ...maps } = data.by;
  const by = { shortKeys } as TargetKeys;
  for (const [name, pairs] of Object.entries(maps)) (by as unknown as Record<string, unknown>)[name] = new Map(pairs);
  return {
    targets: data.targets.map(target),
    shortTargets: data.shortTargets.map(target),
    known: index.domainRoles,
    by,
  };
}

/** Three-letter labels that are words or given names somewhere (`web-services.com`, `duo-security.com`, `ana-shop`). */
const SHORT_WORD_LABELS: ReadonlySet<string> = new Set(
  'ana tim max boy box web duo bol nab cms caf pec avg gmo att mac aka msn'.split(' '),
);

/**
 * A brand's three-letter label worth guarding: the brand goes by it in capitals (ADP, IRS, DHL) and it is no word or
 * name. Why so strict: `adp-payroll.com` can only mean ADP, but three letters are someone's initials everywhere.
 */
function isShortTarget(domain: string, brand: Brand): boolean {
  const { label } = kept(READINGS, domain, readDomain);
  if (label.length !== 3 || !/^[a-z]+$/.test(label) || SHORT_WORD_LABELS.has(label)) return false;
  const upper = label.toUpperCase();
  return brand.names.includes(upper) || brand.strictNames.includes(upper);
}

/**
 * A three-letter brand label as one whole hyphen-separated token of the sender's label, every other token lure words
 * (`adp-benefitsportal.com`, `irs-taxrefund.com`). Never glued (`adpsupport` is as likely `ad` + `psupport`), never a
 * typo or another suffix: at three letters those are other people's names.
 */
function shortLookalike(rawTokens: string[], t: Target, isLure = isLureRun): boolean {
  const at = rawTokens.indexOf(t.label);
  if (at < 0 || rawTokens.length < 2) return false;
  const extras = rawTokens.filter((_, i) => i !== at);
  return extras.every((tok) => tok.length > 0 && isLure(tok)) && extras.some((tok) => !isProductRun(tok));
}

/**
 * Lure words a brand also names its own products and country sites with (`jcb-card`, `dhl-shop`, `nhk-online`,
 * `-co-jp`): beside a three-letter label they need a lure word that is no product's (`-refunds`, `-benefitsportal`).
 */
const PRODUCT_WORDS: ReadonlySet<string> = new Set(
  'card pay online mobile smart app web www my id club point points shop store cloud mail email webmail gift reward rewards campaign co com net ne or jp japan cs ssl'.split(
    ' ',
  ),
);
const isProductRun = (s: string): boolean => madeOfWords(s, PRODUCT_WORDS, MAX_LURE, { digits: true, plurals: true });

/** True when a and b differ by exactly one insertion, deletion, substitution or swap of neighbours. @internal */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The brand label plus words: its tokens appear in a row among the candidate's hyphen-separated tokens, or a token
 * is the label glued to lure words. Extra words must include a lure word (all must, for ordinary-word labels):
 * `amazon-seller-tools.com` is a vendor, `amazon-co-jp.info` is not.
 */
function hasExtraWords(
  skelTokens: string[],
  rawTokens: string[],
  t: Target,
  isLure = isLureRun,
  ownWords = true,
): boolean {
  const n = t.tokens.length;
  if (!t.brand && isLure === isLureRun) isLure = isOwnLureRun;
  for (let i = 0; i + n <= skelTokens.length; i++) {
    let k = 0;
    while (k < n && skelTokens[i + k] === t.tokens[k]) k++;
    if (k < n) continue;
    const extras = [...rawTokens.slice(0, i), ...rawTokens.slice(i + n)].filter((x) => x.length > 0);
    if (extras.length === 0) return false;
    if (t.common) return extras.every(isLure);
    return extras.some(isLure) || (ownWords && !t.brand && extras.every((x) => isLure(x) || isOwnToken(x)));
  }
  const joined = t.joined;
  for (let i = 0; i < skelTokens.length; i++) {
    const tok = skelTokens[i]!;
    if (tok.length <= joined.length) continue;
    // The rest is read as written when the skeleton kept its length (`amazon2024`), else as its skeleton.
    const raw = rawTokens[i]?.length === tok.length ? rawTokens[i]! : tok;
    const rest = joined.length;
    // An ordinary-word label first in a one-word compound with a product word (or system, center, info, team) writes
    // everyday words and real services' names (`intercom`, `intersystems`, `postcard`, `freeweb`, `orangeclub`,
    // `chasecenter`): no look-alike of the brand; with a dash and a lure word it is one (`chaseonline-secure`).
    const after = raw.slice(rest);
    const compound =
      t.common &&
      !rawTokens[1] &&
      /^[a-z]+$/.test(after) &&
      (isProductRun(after) || /^(?:system|cent(?:er|re)|info|team)s?$/.test(after));
    if (tok.startsWith(joined) && isLure(after) && !compound) return true;
    if (tok.endsWith(joined) && isLure(raw.slice(0, raw.length - rest))) return true;
    // The reader's own label glued to a corporate word, every other token one too (`acmegroup-hq`, `acmeltd`).
    if (!ownWords || t.brand || t.common || !tok.startsWith(joined) || !isOwnWord(after)) continue;
    if (rawTokens.every((x, j) => j === i || x.length === 0 || isLure(x) || isOwnToken(x))) return true;
  }
  return false;
}

/**
 * Whether the sender's domain imitates a brand's domain or one of the reader's own. `domain` may be a host or a
 * registrable domain, ASCII or Unicode. The brand's own domains, every domain a brand runs (free mail, cloud
 * hosting), well-known free mail and the reader's own domains are never look-alikes.
 */
export function findLookalike(
  index: BrandIndex,
  domain: string,
  ownDomains: string[] = [],
  named: readonly { brand: Brand }[] = [],
): Lookalike | undefined {
  const reg = registrableAscii(domain);
  if (!reg || reg.length > 253) return undefined;
  lateLookalike(reg);
  // The reader's own domain is a target unless a brand runs it: one of a waiting brand's would be one only at start.
  for (const own of ownDomains) awaitsLate(registrableAscii(own), 'domain');
  // The answer depends on the registrable domain, the reader's domains and the brand table alone; a folder of mail
  // asks about the same senders again and again, and each question walks every brand's domains four times.
  let answers = ANSWERS.get(index);
  if (!answers) ANSWERS.set(index, (answers = new Map()));
  const nations = named.filter((m) => nationalBrand(m.brand)).map((m) => m.brand.id);
  const key = [reg, ...ownDomains, ...nations.map((id) => `\u0001${id}`)].join('\u0000');
  if (!answers.has(key)) {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(key, lookalikeOf(index, reg, ownDomains, undefined, nations));
  }
  const answer = answers.get(key);
  return answer && { ...answer };
}

const ANSWERS = new WeakMap<BrandIndex, Map<string, Lookalike | undefined>>();
const MAX_ANSWERS = 10_000;

/**
 * Notes a look-alike question the task pane's waiting brands (lookup.ts) could answer otherwise: the domain is one of
 * theirs, or its label holds what one of theirs would be found by — their label as written (another suffix), their
 * skeleton (a twin: the label's skeleton; in a row among its tokens: a run of its skeleton's tokens) and their tokens
 * run together (glued to words: the start or end of one of its tokens), or a 3-letter label as a whole token. The
 * typo test needs nothing: a national brand's typo counts only where the message names it.
 */
function lateLookalike(reg: string): void {
  if (!awaitsLate(reg, 'domain')) return;
  const label = labelOf(reg);
  const unicode = toUnicodeHost(label) || label;
  const skel = skeleton(unicode);
  awaitsLate(skel, 'word');
  const tokens = skel.split('-');
  const keys = [label];
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j <= tokens.length; j++) keys.push(tokens.slice(i, j).join('-'));
    const tok = tokens[i]!;
    for (let k = 1; k < tok.length; k++) keys.push(tok.slice(0, k), tok.slice(k));
  }
  for (const key of keys) awaitsLate(key, 'key');
  for (const token of unicode.normalize('NFKC').toLowerCase().split('-')) awaitsLate(token, 'short');
}

/**
 * `wordsOnly`: only a brand's label beside words it accepts (brandWordsDomain). `nations`: the ids of the national
 * brands the message names, whose typos count (nationalBrand).
 */
function lookalikeOf(
  index: BrandIndex,
  reg: string,
  ownDomains: string[],
  wordsOnly?: (s: string) => boolean,
  nations: readonly string[] = [],
): Lookalike | undefined {
  const { targets: brandTargets, shortTargets, known, by } = prepare(index);
  const own = ownDomains.map((d) => registrableAscii(d)).filter((d) => d.length > 0);
  if (!reg || known.has(reg) || WELL_KNOWN_UNRELATED.has(reg) || own.includes(reg)) return undefined;

  const rawLabel = labelOf(reg);
  if (rawLabel.length < 4) return undefined;
  const unicodeLabel = toUnicodeHost(rawLabel) || rawLabel;
  const skel = skeleton(unicodeLabel);
  const ownTargets = own
    .filter((d) => !known.has(d) && !WELL_KNOWN_UNRELATED.has(d))
    .map((d) => makeTarget(d, undefined, false))
    .filter((t): t is Target => !!t);
  // The reader's name without its corporate words (`groupe-vercors` → `vercors`), five letters or more: the name an
  // impostor builds on (`vercors-rh-planning.com`); read only with words beside it, never as a typo or another suffix.
  const cores = ownTargets.flatMap((t) => {
    const tokens = t.tokens.filter((x) => !isOwnToken(x));
    const joined = tokens.join('');
    return tokens.length < t.tokens.length && joined.length >= 5 ? [{ ...t, tokens, joined, label: joined }] : [];
  });
  const found = (t: Target, technique: LookalikeTechnique): Lookalike => ({
    brand: t.brand,
    target: t.domain,
    technique,
  });
  // The first target that passes, the reader's own before the brands' in the table's order (as one list walked
  // whole), the brands' asked only at the places `by` gives for it: the others cannot pass.
  const first = (at: readonly number[] | undefined, test: (t: Target) => boolean): Target | undefined =>
    ownTargets.find(test) ?? at?.map((i) => brandTargets[i]!).find(test);

  // Drawn the same, written differently: look-alike letters (IDN) or digits / `rn` in place of letters.
  const twin = wordsOnly ? undefined : first(by.skel.get(skel), (t) => t.skel === skel && t.label !== rawLabel);
  if (twin) return found(twin, [...unicodeLabel].some((ch) => ch.charCodeAt(0) > 0x7f) ? 'homoglyph' : 'digit-swap');
  // The brand's exact label under another suffix (`kagoya.xyz`).
  const namesake = (t: Target) => t.label === rawLabel;
  const swapped = wordsOnly
    ? undefined
    : first(by.label.get(rawLabel), (t) => namesake(t) && !t.common && !t.mailbox && t.label.length >= 5);
  if (swapped) return found(swapped, 'tld-swap');
  // The label of some brand is this one exactly: it is that brand's twin (above) or a namesake, never a typo of another.
  if (first(by.label.get(rawLabel), namesake)) return undefined;
  const skelTokens = skel.split('-');
  const rawTokens = unicodeLabel.normalize('NFKC').toLowerCase().split('-');
  const tokens = rawTokens.length === skelTokens.length ? rawTokens : skelTokens;
  // The brand's tokens in a row, or its label glued to words, are in the skeleton as written: its first three units.
  const starts: (readonly number[] | undefined)[] = [by.shortKeys];
  for (let k = 0; k + 3 <= skel.length; k++) starts.push(by.start.get(skel.slice(k, k + 3)));
  const wordedTest = (t: Target) => hasExtraWords(skelTokens, tokens, t, wordsOnly);
  const worded = first(places(starts), wordedTest) ?? cores.find(wordedTest);
  if (worded && !worded.brand && !hasExtraWords(skelTokens, tokens, worded, wordsOnly, false))
    return { ...found(worded, 'extra-words'), ownVariant: true };
  if (worded)
    return ownServiceDomain(worded, rawTokens, reg)
      ? { ...found(worded, 'extra-words'), ownService: true }
      : found(worded, 'extra-words');
  for (const i of places(rawTokens.map((token) => by.shortLabel.get(token)))) {
    if (shortLookalike(rawTokens, shortTargets[i]!, wordsOnly)) return found(shortTargets[i]!, 'extra-words');
  }
  if (wordsOnly || UNRELATED_LABELS.has(rawLabel) || rawLabel.length < 5) return undefined;
  const typo = first(
    places([by.first2.get(rawLabel.slice(0, 2)), by.last2.get(rawLabel.slice(-2))]),
    (t) =>
      !t.common &&
      !t.mailbox &&
      t.label.length >= 5 &&
      (!t.national || nations.includes(t.brand!.id)) &&
      oneEditApart(rawLabel, t.label),
  );
  return typo && found(typo, 'typo');
}

/**
 * The country a registrable domain is under: its top-level domain when that is a country's (`mx`) and not one anyone
 * registers under (OPEN_TLDS), or a country's second level's (`com.co`: Colombia's, though `.co` alone is sold to
 * anyone); '' otherwise (`.com`, `.io`).
 */
export function countryOf(registrable: string): string {
  const suffix = registrable.slice(registrable.indexOf('.') + 1);
  const tld = suffix.slice(suffix.lastIndexOf('.') + 1);
  return tld.length === 2 && (suffix !== tld || !OPEN_TLDS.has(tld)) ? tld : '';
}

/**
 * The lure words that name an e-invoicing site (LURE_WORDS `invoice`, Vietnamese `hoadon`, hóa đơn), a plural too:
 * countries that mandate electronic invoices have them issued through licensed providers, a telco among them, on sites
 * so named.
 */
const SERVICE_WORD = /^(?:invoice|hoadon)s?$/;

/**
 * The sender's label is exactly the brand's label, a hyphen and one e-invoice word (SERVICE_WORD), under
 * a suffix of a country one of the brand's own domains is under: `vnpt-invoice.com.vn`, VNPT's own e-invoice site
 * beside vnpt.vn (a false alarm on VNPT's authenticated invoice mail). Brands of a country that mandates e-invoices run
 * them on such domains, and the country's registry is where they register. Attack still read as the look-alike it is
 * (the caller fails it unless the mail authenticates for the domain): the same words under another suffix
 * (`vnpt-invoice.com`, `vnpt-hoadon.xyz`), any other word (`vnpt-secure.com.vn`, `vnpt-invoice-login.com.vn`), the
 * label in look-alike letters (`vnpt` with a Cyrillic р) or glued (`vnptinvoice.com.vn`), the reader's own domains.
 */
function ownServiceDomain(t: Target, rawTokens: readonly string[], reg: string): boolean {
  const country = countryOf(reg);
  return (
    !!country &&
    rawTokens.length === 2 &&
    rawTokens[0] === t.label &&
    SERVICE_WORD.test(rawTokens[1]!) &&
    !!t.brand?.domains.some((d) => countryOf(d) === country)
  );
}

/**
 * A link's domain made of a brand's name and words `isLure` accepts (checks/lookalike-host-words.ts): the brand's label
 * as a whole token or glued to such words (`microsoft365-login.support`, `egress-securemail.co`; a three-letter label
 * only as a whole token: `dhl-redelivery.info`). Only that technique: a brand's other suffix (`rakuten.net`) and a
 * letter off (`sstatic.net` beside gstatic.com) are everyday hosts in links, a CDN's or the brand's own unlisted ones.
 */
export function brandWordsDomain(index: BrandIndex, domain: string, isLure: (s: string) => boolean) {
  const reg = registrableAscii(domain);
  if (reg) lateLookalike(reg);
  if (!PREBUILT_LABELS) return lookalikeOf(index, reg, [], isLure);
  // Where the labels were built with the bundle (the command line, which reads folders; the task pane reads one
  // message and has no bytes to spare for this), the answer is kept per index, word test and domain, as findLookalike's
  // are: a folder's links and senders come from a few domains, each asked of every brand's label (issue #19).
  worded ??= new WeakMap();
  const byTest = worded.get(index) ?? worded.set(index, new WeakMap()).get(index)!;
  const answers = byTest.get(isLure) ?? byTest.set(isLure, new Map()).get(isLure)!;
  if (!answers.has(reg)) {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(reg, lookalikeOf(index, reg, [], isLure));
  }
  const answer = answers.get(reg);
  return answer && { ...answer };
}

let worded: WeakMap<BrandIndex, WeakMap<(s: string) => boolean, Map<string, Lookalike | undefined>>> | undefined;

/** A name needs this many letters before a look-alike reading of it counts: `cam` in `carn.io` is chance. */
const MIN_SIGNED_NAME = 6;

/**
 * `i` and `l` read as one letter: in the sans-serif faces mail is read in, a capital I (domains are case-insensitive,
 * so `thornburysteeI.co.uk` arrives as `thornburysteei.co.uk`), a lower-case l and a 1 are the same stroke.
 */
const foldIl = (s: string): string => s.replace(/i/g, 'l');

/**
 * Where `text` writes, as words, the name the domain's label reads as through look-alike letters and not as it is
 * spelled: `acrnefasteners.com` (rn for m) and "Acme Fasteners Inc.", `thornburysteei.co.uk` (i for l) and
 * "Thornbury Steel Ltd" — the span of the name in `text`. Undefined when the label has no look-alike letter, when the
 * text also writes the label as spelled ("Modern Tools" at modern-tools.com: rn is just rn there), or when the reading
 * starts or ends inside a word ("Acme LLC" is no reading of `acme-il.com`). Linear in the text's length.
 */
export function signedNameReading(domain: string, text: string): { start: number; end: number } | undefined {
  const label = labelOf(registrableAscii(domain.toLowerCase()));
  const spelled = label.replace(/-/g, '');
  const unicode = toUnicodeHost(label) || label;
  // Read with `rn` as m and as written: `thornburysteei` is "Thornbury Steel", its rn no m.
  const drawn = [skeleton(unicode), skeleton(unicode, false)].map((d) => d.replace(/-/g, ''));
  if (drawn[0] === spelled && !/[il]/.test(spelled)) return undefined; // no letter that reads as another
  if (drawn[0]!.length < MIN_SIGNED_NAME) return undefined;
  const compact = letters(text);
  if (compact.includes(spelled)) return undefined;
  const folded = foldIl(compact);
  let at: number[] | undefined;
  for (const read of new Set(drawn)) {
    const reading = foldIl(read);
    for (let k = folded.indexOf(reading); k >= 0; k = folded.indexOf(reading, k + 1)) {
      // Where each letter was is asked for only at a candidate: most texts hold none.
      if (!at) letters(text, (at = []));
      const end = k + reading.length;
      // Read through i/l, the name must also end where a word does: `acme-il.com` is no "Acme LLC".
      const whole = compact.startsWith(read, k) || end === compact.length || at[3 * end + 2];
      if (at[3 * k + 2] && whole) return { start: at[3 * k]!, end: at[3 * end - 2]! };
    }
  }
  return undefined;
}

/** A name of this many letters or more: a person's ("Jon Smith" at johnsmith.com) is shorter. */
const MIN_MISSPELT_NAME = 12;

/**
 * Whether a display name is the domain's label with one letter changed, added, dropped or swapped, its corporate
 * words aside: "Nordwind Industrial GmbH" at `nordwnd-industrial.com` — a supplier's impostor writes the real name and
 * mails from its misspelling. Trap: a plural (`acmetoolsupply.com` for "Acme Tools Supply") and numbered twins are the
 * same name, and so is a name written with accents the domain cannot write; a person's name is too short to read so.
 * So is the name with whole words more or fewer: "Madeireira São Bento - NF-e" at madeireirasaobento.com.br (a
 * department after the name), "Ferreira e Filhos" at ferreirafilhos.pt (a one-letter "and" the domain leaves out).
 * The misspelt name may come with its department or a role (DEPARTMENTS: "Nordwind Industrial Purchasing" at
 * `nordwnd-industrial.com`), read without it; the real company's "Acme Industrial Purchasing" at acme-industrial.com
 * is its own name with a word more.
 */
export function misspeltName(domain: string, name: string): boolean {
  const spelled = labelOf(registrableAscii(domain.toLowerCase())).replace(/-/g, '');
  // One edit from a name of MIN_MISSPELT_NAME letters or more: a shorter label is none (most are; issue #19).
  if (spelled.length < MIN_MISSPELT_NAME - 1) return false;
  // Accents as the domain writes them, dropped or spelled out: "Cerâmica da Ribeira" is ceramicadaribeira, "Gartenhaus
  // Müller" gartenhaus-mueller or gartenhausmuller.
  const lower = name.slice(0, 200).toLowerCase();
  const wordLists = [lower.replace(/[äöüßåøæœ]/g, (c) => SPELLED_OUT[c] ?? c), lower].map((text) =>
    (
      text
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .match(/[a-z0-9]+/g) ?? []
    ).filter((w) => !isOwnToken(w)),
  );
  if (wordLists.some((words) => sameNameInWords(spelled, words))) return false;
  // The name with the department or role that writes it cut off at either end ("Nordwind Industrial Purchasing",
  // "Einkauf - Nordwind Industrial GmbH"): a quotation request signs so.
  const readings = wordLists.flatMap((words) => {
    let [first, last] = [0, words.length];
    while (first < last && isDepartment(words[first]!)) first++;
    while (last > first && isDepartment(words[last - 1]!)) last--;
    const named = words.join('');
    return first > 0 || last < words.length ? [named, words.slice(first, last).join('')] : [named];
  });
  const unplural = (s: string) => s.replace(/s/g, '');
  return readings.some(
    (named) =>
      named.length >= MIN_MISSPELT_NAME &&
      oneEditApart(spelled, named) &&
      !numberedTwins(spelled, named) &&
      unplural(spelled) !== unplural(named),
  );
}
/**
 * The departments a business's mail signs with after or before its name, in the languages quotation requests come in,
 * accents dropped (the display name's words are read so): purchasing, sales, accounts, finance, billing and the
 * department or office itself. Not a word a company is named with (supply, logistics, services, industrial, trading).
 * Kept short: the task pane carries it (each word about 7 bytes of its budget).
 */
const DEPARTMENTS: ReadonlySet<string> = new Set(
  (
    'purchasing procurement accounts accounting payable receivable sales billing finance dept department team office ' +
    'einkauf vertrieb buchhaltung compras ventas vendas financeiro achats comptabilite acquisti amministrazione inkoop ' +
    'administratie'
  ).split(' '),
);
const isDepartment = (w: string): boolean => DEPARTMENTS.has(w) || (w.endsWith('s') && DEPARTMENTS.has(w.slice(0, -1)));

/**
 * Whether the label is the name's words with whole words left out at either end or one-letter words dropped ("NF-e"
 * after the name, "e"/"y"/"&" between): the organisation's own name, not a letter off it. A name has a few words.
 */
function sameNameInWords(spelled: string, words: readonly string[]): boolean {
  if (words.filter((w) => w.length > 1).join('') === spelled) return true;
  for (let first = 0; first < words.length; first++) {
    let joined = '';
    for (let last = first; last < words.length && joined.length < spelled.length; last++) {
      joined += words[last];
      if (joined === spelled) return true;
    }
  }
  return false;
}
const SPELLED_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', å: 'aa', ø: 'oe', æ: 'ae', œ: 'oe' };

/**
 * The text's letters and digits in a row, lower-cased; into `at`, for each, where it was (first and past-last unit)
 * and whether a word starts there (1 or 0), three numbers a letter.
 * Folded a character at a time, so that positions map back to the text: a whole-text NFKC changes lengths ("Acme™"
 * becomes "AcmeTM", "…" three dots) and full-width letters still fold to their ASCII reading. Joined 4,096 at a
 * time, not a string grown a letter at a time (a body is read up to 20,000 characters). Linear.
 */
function letters(text: string, at?: number[]): string {
  let compact = '';
  const run: number[] = [];
  let inWord = false;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded =
      cp > 0x7f
        ? text
            .slice(i, i + width)
            .normalize('NFKC')
            .toLowerCase()
        : String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
    for (let j = 0; j < folded.length; j++) {
      const c = folded.charCodeAt(j);
      const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
      if (letter) {
        if (run.push(c) === 4096) compact += String.fromCharCode(...run.splice(0));
        at?.push(i, i + width, inWord ? 0 : 1);
      }
      inWord = letter || (inWord && (c === 0x27 || c === 0x2019)); // "O'Brien" stays one word
    }
    i += width;
  }
  return compact + String.fromCharCode(...run);
}

/** A correspondent's label needs this many letters: short names sit one letter apart by chance (`acme`, `acne`). */
const MIN_CORRESPONDENT = 6;

/**
 * The domain, among those the conversation itself shows (To, Cc, the quoted thread's From and To lines, the
 * signature), that the sender's domain imitates: one letter changed, added, dropped or swapped, or the same drawing
 * (`ridgelinetitie.com` for ridgelinetitle.com, `n0rthwind.com` for northwind.com). Attack: thread hijack in business
 * email compromise — the scammer read the thread, registered the partner's domain with a letter off and answers in
 * it with new bank details. Trap: two real organisations in one thread whose names differ by a word (`northwind-
 * supply.com`, `northwind-logistics.com`), a reply from the same domain, one name under two suffixes (`acme.com`,
 * `acme.co.uk`), and numbered twins (`school21.org`, `school22.org`).
 */
export function correspondentLookalike(
  domain: string,
  shown: readonly string[],
): { target: string; technique: LookalikeTechnique } | undefined {
  const reg = registrableAscii(domain.toLowerCase());
  const label = labelOf(reg);
  if (label.length < MIN_CORRESPONDENT) return undefined;
  const unicode = toUnicodeHost(label) || label;
  const drawn = foldIl(skeleton(unicode));
  const seen = new Set<string>([reg]);
  for (const d of shown) {
    const other = registrableAscii(d.toLowerCase());
    if (!other || seen.has(other)) continue;
    seen.add(other);
    const theirs = labelOf(other);
    if (theirs === label || theirs.length < MIN_CORRESPONDENT) continue;
    if (oneEditApart(label, theirs) && !numberedTwins(label, theirs)) return { target: other, technique: 'typo' };
    if (foldIl(skeleton(toUnicodeHost(theirs) || theirs)) === drawn)
      return {
        target: other,
        technique: [...unicode].some((ch) => ch.charCodeAt(0) > 0x7f) ? 'homoglyph' : 'digit-swap',
      };
  }
  return undefined;
}

/** Labels that differ only in a digit (`school21`, `school22`): a series of real names, not a typo. */
function numberedTwins(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return /\d/.test(a[i] ?? '') && /\d/.test(b[i] ?? '');
}
