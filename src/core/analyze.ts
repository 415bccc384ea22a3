/**
 * analyze(input, options) -> Report: synchronous, deterministic, no network, never throws. Parses once, builds the
 * shared context once (claimed brands, DMARC alignment, own domains), runs every check, applies the verdict policy.
 */
import type { AnalyzeOptions, DataNeed, Finding, HopRow, MessageAbout, Report } from './report';
import type { MessageInput, ParsedMessage } from './types';
import { parse } from './parse';
import { dmarcAligned } from './parse/auth-results';
import { registrableDomain } from './parse/domains';
import { takeLackingSuffixRules } from './parse/suffix-rules';
import { takeLackingNonLatinPhrases, takeLackingTries } from './checks/lure-matcher';
import { takeLackingRootZone } from './parse/root-zone';
import { takeLackingDecoder } from './parse/encoded-words';
import { takeLackingUnwrapping } from './parse/unwrap';
import {
  loadBrands,
  takeLackingBrandNames,
  findClaimedBrands,
  isBrandDomain,
  brandDomainRole,
  brandsOwningDomain,
  subjectBrandTag,
  type Brand,
  type BrandIndex,
  type BrandMatch,
  type OnCut,
} from './brands/lookup';
import { LimitNotes } from './parse/limits';
import { footerClaims } from './brands/footer-claims';
import { serviceNameClaims, takeLackingDeskWords } from './brands/service-names';
import { ownPart } from './checks/reply-channel';
import { decideVerdict } from './verdict';
import { verdictFacts } from './verdict-facts';
import { buildStory } from './story';
import { safeText, takeLackingHostScripts, withSafeHosts } from './host-display';
import type { Check, CheckContext } from './checks/check';
import { finding } from './findings';
import { cutText } from './text';
import { SENDER_CHECKS } from './checks/sender';
import { SIGNOFF_BRAND_CHECKS } from './checks/signoff-brand';
import { ORIGIN_CHECKS } from './checks/origin';
import { ORIGIN_NETWORK_CHECKS } from './checks/origin-network';
import { LINK_CHECKS, pathAndQuery } from './checks/links';
import { QR_CHECKS } from './qr/check';
import { INFRASTRUCTURE_CHECKS } from './checks/infrastructure';
import { CONTENT_CHECKS } from './checks/content';
import { OWN_ORG_CHECKS } from './checks/own-org';
import { NO_LINK_CHECKS } from './checks/no-link';
import { RENTED_PAGE_CHECKS } from './checks/rented-page';
import { LOOKALIKE_HOST_CHECKS, ownLookalikeLinks } from './checks/lookalike-host';
import { ADVANCE_FEE_CHECKS } from './checks/advance-fee';
import { EXTORTION_CHECKS } from './checks/extortion';
import { DISGUISE_CHECKS } from './checks/disguise';
import { ATTACHMENT_CHECKS } from './checks/attachments';
import { RENTAL_DEPOSIT_CHECKS } from './checks/rental-deposit';
import { PRETEXT_CHECKS } from './checks/pretext';
import { FACELESS_AUTHORITY_CHECKS } from './checks/faceless-authority';
import { DOMAIN_SLAM_CHECKS } from './checks/domain-slam';
import { REPLY_LOOKALIKE_CHECKS } from './checks/reply-lookalike';
import { COVERAGE_CHECKS } from './checks/coverage';
import { PAYOUT_CHECKS } from './checks/payout-details';
import { namesOwnMailbox } from './checks/free-mail';
import { foldIfForwarded } from './forward-gate';

/** Every check, in the order the checklist shows them (sections are grouped by the UI). */
const CHECKS: readonly (readonly [string, Check])[] = [
  ...SENDER_CHECKS,
  ...SIGNOFF_BRAND_CHECKS,
  ...REPLY_LOOKALIKE_CHECKS,
  ...OWN_ORG_CHECKS,
  ...ORIGIN_CHECKS,
  ...ORIGIN_NETWORK_CHECKS,
  ...LINK_CHECKS,
  ...LOOKALIKE_HOST_CHECKS,
  ...QR_CHECKS,
  ...INFRASTRUCTURE_CHECKS,
  ...RENTED_PAGE_CHECKS,
  ...CONTENT_CHECKS,
  ...NO_LINK_CHECKS,
  ...PAYOUT_CHECKS,
  ...ADVANCE_FEE_CHECKS,
  ...EXTORTION_CHECKS,
  ...DISGUISE_CHECKS,
  ...DOMAIN_SLAM_CHECKS,
  ...RENTAL_DEPOSIT_CHECKS,
  ...PRETEXT_CHECKS,
  ...FACELESS_AUTHORITY_CHECKS,
  ...ATTACHMENT_CHECKS,
  ...COVERAGE_CHECKS,
];

export function analyze(input: MessageInput, options: AnalyzeOptions = {}): Report {
  // A lookup before this analysis (a display, an earlier message) says nothing of this message's hosts.
  takeLackingData();
  const report = analyzeOrSay(input, options);
  const lacking = takeLackingData();
  if (lacking.length === 0) return report;
  return { ...report, needs: [...(report.needs ?? []), ...lacking] };
}

/**
 * The data lookups found missing since the last call, each flag cleared: analyze's own, and an attached message's
 * analysis inside a check (attached-message.ts) hands those of the message around it on first.
 */
export function takeLackingData(): DataNeed[] {
  // A host under a suffix whose rules the task pane has not loaded yet (core/parse/suffix-rules.ts), and text in a
  // script whose phrases it has not loaded yet (checks/lure-matcher.ts), and an ending or a text part that needs
  // linkify's list of top-level domains (parse/root-zone.ts).
  const lacking: DataNeed[] = [];
  if (takeLackingSuffixRules()) lacking.push('suffixes');
  if (takeLackingNonLatinPhrases()) lacking.push('phrases');
  // A phrase finder of the task pane asked before its tries came (checks/lure-matcher.ts).
  if (takeLackingTries()) lacking.push('tries');
  if (takeLackingRootZone()) lacking.push('tlds');
  // A name or subject in Japanese, Chinese or Korean letters while the brands' names in them are out (lookup.ts).
  if (takeLackingBrandNames()) lacking.push('brand-names');
  // A subject or name in encoded words while the task pane's decoder is out (parse/encoded-words.ts).
  if (takeLackingDecoder()) lacking.push('encoded-words');
  // A link on a wrapper's host while the task pane's peeling is out (parse/unwrap.ts).
  if (takeLackingUnwrapping()) lacking.push('unwrap');
  // A host with letters beyond ASCII while the task pane's judging of them is out (host-display.ts).
  if (takeLackingHostScripts()) lacking.push('host-scripts');
  // A display name holding a brand's bare name ("Norton Support") while the desk's words are out (service-names.ts).
  if (takeLackingDeskWords()) lacking.push('desk-words');
  return lacking;
}

function analyzeOrSay(input: MessageInput, options: AnalyzeOptions): Report {
  try {
    return analyzeParsed(parse(input ?? { headers: '' }, options), options);
  } catch (error) {
    // Last line of defence (the parsers and each check already catch their own): a report that says so, not a crash.
    const failed = finding('report.check-failed', 'info', { check: 'analyze', error: cutText(String(error), 120) }, []);
    // "No red flags" would claim a check that did not happen: an unchecked message is one to be careful with.
    return {
      verdict: 'suspicious',
      about: { from: '', subject: '' },
      verdictReasons: ['report.check-failed'],
      findings: [failed],
      story: buildStory([failed], 'suspicious'),
      hops: [],
    };
  }
}

function analyzeParsed(msg: ParsedMessage, options: AnalyzeOptions): Report {
  const ctx = buildContext(msg, options);
  const findings: Finding[] = [];
  for (const [name, check] of CHECKS) {
    try {
      const out = check(msg, ctx);
      if (Array.isArray(out)) findings.push(...out);
      else if (out) findings.push(out);
    } catch (error) {
      // A check that fails on a hostile shape must not take the others down; the user is told what was skipped.
      findings.push(finding('report.check-failed', 'info', { check: name, error: cutText(String(error), 120) }, []));
    }
  }
  if (options.online) {
    try {
      findings.push(...options.online(msg, ctx, findings));
    } catch (error) {
      findings.push(
        finding('report.check-failed', 'info', { check: 'online', error: cutText(String(error), 120) }, []),
      );
    }
  }
  // One sentence per link (a look-alike domain owns its link), and signs resting only on the message a colleague
  // forwarded are that message's, told as such (forwarded.ts).
  const folded = foldIfForwarded(ownLookalikeLinks(findings, msg, ctx), msg, ctx);
  findings.splice(0, findings.length, ...folded);
  // Every host a finding names, in the form the reader may see (a look-alike in ASCII, its letters marked).
  for (let i = 0; i < findings.length; i++) findings[i] = withSafeHosts(findings[i]!);
  const { verdict, reasons } = decideVerdict(findings, verdictFacts(msg, ctx));
  return {
    verdict,
    about: about(msg),
    verdictReasons: reasons,
    findings,
    story: buildStory(findings, verdict),
    hops: hopRows(msg),
    ...(ctx.needs.size > 0 ? { needs: [...ctx.needs] } : {}),
  };
}

/** Decisions several checks share, made once. */
function buildContext(msg: ParsedMessage, options: AnalyzeOptions): CheckContext {
  const brands = loadBrands(options.extraBrands);
  const ownDomains = (options.ownDomains?.length ? options.ownDomains : readerDomains(msg))
    .map((d) => registrableDomain(d))
    .filter((d, i, all) => d && all.indexOf(d) === i);
  const notes = new LimitNotes();
  return {
    options,
    brands,
    claimed: claimedBrands(msg, brands, notes),
    dmarc: options.attached
      ? 'unknowable'
      : msg.from?.registrable
        ? dmarcAligned(msg.authResults, msg.from.registrable)
        : 'none',
    ownDomains,
    limits: notes.limits(),
    needs: new Set(),
  };
}

/**
 * Brands the message claims to be from: the From display name, the Sender display name unless the Sender address
 * is that brand's own (Google Calendar's `Sender:` on a partner's invitation), and the subject's bracket tag unless
 * it is a repository path (`[microsoft/vscode]`) or the From name already names the brand that owns the From domain
 * (a GitHub notification about another company's repository).
 */
function claimedBrands(msg: ParsedMessage, brands: BrandIndex, notes: LimitNotes): BrandMatch[] {
  const cut =
    (header: string, value: string): OnCut =>
    (code, cap) =>
      notes.note(code, cap, header, value);
  const fromClaims = msg.from?.name
    ? [
        ...findClaimedBrands(brands, msg.from.name, 'name', cut('From', msg.from.name)).filter(
          (m) => !namesOwnMailbox(m, msg.from?.domain ?? ''), // "Ana (Gmail)" <ana@gmail.com> labels her mailbox
        ),
        // "Norton Kundenservice": a bare name that is also a surname, claiming the brand among a desk's words.
        ...serviceNameClaims(brands, msg.from.name),
      ]
    : [];
  const sender = msg.sender;
  const senderClaims = sender?.name
    ? findClaimedBrands(brands, sender.name, 'name', cut('Sender', sender.name)).filter(
        (m) => !sender.domain || !isBrandDomain(m.brand, sender.domain),
      )
    : [];
  const fromIsItsBrand = fromClaims.some((m) => !!msg.from?.domain && isBrandDomain(m.brand, msg.from.domain));
  const tag = subjectBrandTag(msg.subject, brands, cut('Subject', msg.subject));
  const tagClaims =
    tag && !tag.includes('/') && !fromIsItsBrand ? findClaimedBrands(brands, tag, 'name', cut('Subject', tag)) : [];
  const bodyClaims = fromIsItsBrand ? [] : [...mastheadClaims(msg, brands, notes), ...footerClaimsOf(msg, brands)];
  const all = [...fromClaims, ...senderClaims, ...tagClaims, ...localPartClaims(msg, brands), ...bodyClaims];
  return all.filter((m, i) => all.findIndex((n) => n.brand.id === m.brand.id) === i);
}

/**
 * A From without a display name shows its address, and the reader reads its local part as the name: one that is a
 * brand's own domain (`Amazon.co.jp@jmmlm.com`) claims the brand. A role mailbox named for a brand (`dhl@shop…`) does
 * not: only a whole domain of the brand counts.
 */
function localPartClaims(msg: ParsedMessage, brands: BrandIndex): BrandMatch[] {
  const from = msg.from;
  if (!from || from.name.trim()) return [];
  const local = from.address.slice(0, from.address.lastIndexOf('@'));
  if (!local.includes('.') || registrableDomain(local) !== local.toLowerCase()) return [];
  return brandsOwningDomain(brands, local).map((brand) => ({ brand, text: local }));
}

/**
 * Whether a masthead is the brand naming itself — its name and at most MAX_MASTHEAD_WORDS words more ("Support Team -
 * DHL", "Microsoft account team", a logo's alt "DHL Express") — rather than a sentence that mentions it: another
 * company's heading "Routing forms + Salesforce lookup" or "Fale conosco pelo WhatsApp" claims nothing.
 */
function namesItself(text: string, name: string): boolean {
  const at = text.indexOf(name);
  const rest = at < 0 ? text : text.slice(0, at) + ' ' + text.slice(at + name.length);
  return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length <= MAX_MASTHEAD_WORDS;
}
const MAX_MASTHEAD_WORDS = 2;

/** A masthead short enough to be a name ("Support Team - DHL", a logo's alt "DHL Express"), not a headline. */
const MAX_MASTHEAD_CLAIM = 40;

/**
 * Brands the body's masthead claims — its first heading or its logo's alt text — when the From name does not name
 * the sender's own brand: kits put the brand where the reader's eye lands, and leave the display name generic.
 */
function mastheadClaims(msg: ParsedMessage, brands: BrandIndex, notes: LimitNotes): BrandMatch[] {
  return (
    msg.mastheads
      .filter((text) => text.length <= MAX_MASTHEAD_CLAIM)
      .flatMap((text) =>
        findClaimedBrands(brands, text, 'name', (code, cap) => notes.note(code, cap, 'Body', text)).filter(
          (m) => namesItself(text, m.text) && !pointsAtBrand(msg, text, m.brand),
        ),
      )
      // A Google Forms invitation a gmail user sends carries Google's logo: the brand's mailbox or content domain.
      .filter((m) => !msg.from?.domain || (brandDomainRole(m.brand, msg.from.domain) ?? 'own') === 'own')
  );
}

/**
 * The logo is an icon linking to a page of the sender's on the brand's own site (a newsletter's "Facebook" icon to
 * facebook.com/ourbakery): the sender points at the brand, it does not claim to be it. A copied notice's logo links to
 * the brand's home page or to a stranger's sign-in page: it still claims.
 */
function pointsAtBrand(msg: ParsedMessage, text: string, brand: Brand): boolean {
  const logo = msg.logoLink;
  const link = logo?.alt === text ? msg.links.find((l) => l.href === logo.href) : undefined;
  if (!link || !isBrandDomain(brand, link.host)) return false;
  // The home page, in a language (`/`, `/en-us/`), is no page of the sender's.
  return !/^\/?(?:[a-z]{2}(?:[-_][a-z]{2,4})?\/?)?(?:[?#].*)?$/i.test(pathAndQuery(link.url));
}

/**
 * Brands the sender's own part of the body claims by their corporate footer (brands/footer-claims.ts): a copied
 * SharePoint or Google notice sent from a person's mailbox. Not from any of the brand's domains: its own notices, its
 * free mail or hosting (a gmail user's Google Docs share prints Google's address).
 */
function footerClaimsOf(msg: ParsedMessage, brands: BrandIndex): BrandMatch[] {
  // From any domain of the brand's (its own, its mail or hosting) the footer is the brand's own: nothing claimed.
  return footerClaims(brands, msg.bodyText, ownPart).filter(
    (m) => !msg.from?.domain || brandDomainRole(m.brand, msg.from.domain) === undefined,
  );
}

/**
 * The reader's own domains when the admin configured none: the reader's addresses (host-given, Delivered-To); else
 * the single To address of a message with no Cc. Never every To/Cc domain: a partner in To is not "us".
 */
function readerDomains(msg: ParsedMessage): string[] {
  if (msg.readers.length) return msg.readers.map((a) => a.split('@')[1] ?? '');
  if (msg.to.length === 1 && msg.cc.length === 0) return [msg.to[0]!.domain];
  return [];
}

/** The hop table: each Received line with its role in the trust path (parse/trust.ts decided it). */
function hopRows(msg: ParsedMessage): HopRow[] {
  const { entryHop, originatingClient } = msg.trust;
  return msg.hops.map((hop) => ({
    role:
      hop.index === entryHop
        ? 'entry'
        : hop.index === originatingClient
          ? 'origin'
          : entryHop !== undefined && hop.index < entryHop
            ? 'internal'
            : 'relay',
    from: hop.rdns ?? hop.helo ?? '',
    ip: hop.ip ?? '',
    by: hop.by ?? '',
    protocol: hop.protocol ?? '',
    authenticated: hop.authenticated,
    tls: hop.tls,
    time: isoTime(hop.time),
    delaySeconds: hop.delaySeconds,
  }));
}

/** ISO 8601 for a parsed time; undefined when absent or outside what Date can represent. */
function isoTime(ms: number | undefined): string | undefined {
  return ms !== undefined && Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : undefined;
}

function about(msg: ParsedMessage): MessageAbout {
  const from = msg.from ? (msg.from.name ? `${msg.from.name} <${msg.from.address}>` : msg.from.address) : '';
  return { from: safeText(from).text, subject: msg.subject, date: isoTime(msg.date), messageId: msg.messageId };
}
