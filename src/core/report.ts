/**
 * The Finding / Report types: what every host renders. A finding explains itself: stable id, status, an i18n
 * message key with parameters, and the evidence that triggered it.
 */
import type { MessageKey, MessageParam, Param } from '../i18n';
import type { Author, ParsedMessage } from './types';
import type { CheckContext } from './checks/check';

/** `online`: what a look-up the reader asked for found (core/online), apart from what the message itself shows. */
export type Section = 'sender' | 'origin' | 'links' | 'content' | 'online';
export type Status = 'fail' | 'warn' | 'pass' | 'info';
export type Verdict = 'likely-phishing' | 'suspicious' | 'no-red-flags';

/** The exact thing a finding rests on: a header and its value, or a URL. Data, never pre-rendered HTML. */
export interface Evidence {
  /** Header name as written, e.g. `From`, `Received`. */
  header?: string;
  /** The exact header value, or the link's href. */
  value?: string;
  /** A URL (links section). */
  url?: string;
  /** The part of value/url to highlight (a substring of it). */
  highlight?: string;
  /** Who wrote it: the recipient's own system, a relay ("as recorded by"), or the sender. */
  author?: Author;
  /** The relay a line was recorded by, for relay-authored evidence. */
  recordedBy?: string;
  /** The value as the message wrote it, when `value` shows it decoded (encoded words: `=?UTF-8?B?…?=`). */
  raw?: string;
  /**
   * What the reader is told of each non-ASCII host in the value or URL (core/host-display.ts): a look-alike's ASCII
   * form and marked letters (the value shows the ASCII form), a genuine IDN's ASCII form beside it.
   */
  names?: MessageParam[];
  /** When a look-up answered (ISO 8601): evidence from outside the message (core/online), true as of that time. */
  at?: string;
}

/** Message parameters: text from the message (shown literally) or term(s) of ours, translated by key. */
export type Params = Record<string, Param>;

export interface Finding {
  id: string;
  section: Section;
  status: Status;
  message: { key: MessageKey; params: Params };
  evidence: Evidence[];
}

/** Injected lookups (loaded asynchronously by the host, called synchronously by the core). */
export interface IpOwner {
  asn?: number;
  org?: string;
  country?: string;
}

/**
 * Whether a brand's domains were checked against a public source (`verified`) or come from common knowledge
 * (`unverified`). A claim of an unverified brand from another domain only warns: our list may simply miss a domain.
 */
export type BrandConfidence = 'verified' | 'unverified';
/**
 * A brand's kind of business, where a check reads it (brands.json `kind`): `crypto`, an exchange, wallet or crypto
 * payment processor, whose own airdrop, reward or coin invoice is its own to send (pretext-judge.ts).
 */
type BrandKind = 'crypto';

export interface BrandDefinition {
  id: string;
  names: string[];
  domains: string[];
  source: string;
  /** Absent in the admin's extra brands, which are the admin's own word: verified. */
  confidence?: BrandConfidence;
  kind?: BrandKind;
}

export interface AnalyzeOptions {
  /** The organisation's own domains (recipient side): settles gateways and own-domain spoofing. */
  ownDomains?: string[];
  /** Extra hosts of the recipient's system (gateways in front of the entry hop). */
  ownHosts?: string[];
  /** Authentication-Results authserv-ids the admin trusts. */
  trustedAuthservIds?: string[];
  /** Brands the admin adds to the built-in table. */
  extraBrands?: BrandDefinition[];
  /** IP → network owner, synchronous (see DESIGN, core contracts). */
  ipOwner?: (ip: string) => IpOwner | undefined;
  /**
   * The maintained free-mail list (core/free-mail): whether this exact domain name is a free mailbox provider's.
   * Synchronous; hosts load it when a report `needs` it (the built-in hand list answers for the big providers).
   */
  freeMail?: (domain: string) => boolean;
  /**
   * What an online look-up the reader asked for found, judged with the message's context after every check
   * (core/online/judge.ts makes it; the host loads that code only when the reader asks).
   */
  online?: (msg: ParsedMessage, ctx: CheckContext, findings: readonly Finding[]) => Finding[];
  /** The message is one attached to another (attached-message.ts): nothing can authenticate it (CheckContext.dmarc). */
  attached?: boolean;
}

/** One sentence of the story: an i18n key with parameters, rendered in the reader's language. */
export interface StorySentence {
  key: MessageKey;
  params: Params;
}

/** One Received hop as the checklist's hop table shows it, newest first. */
export interface HopRow {
  /** internal: the reader's own system; entry: where it arrived from outside; relay: recorded by another server. */
  role: 'internal' | 'entry' | 'relay' | 'origin';
  from: string;
  ip: string;
  by: string;
  protocol: string;
  authenticated: boolean;
  tls: boolean;
  /** ISO 8601, when the line's time could be read. */
  time?: string;
  /** Seconds this hop took to reach the next one above it. */
  delaySeconds?: number;
}

/** What the message says of itself, for headings and the report to IT (the sender's word, shown as such). */
export interface MessageAbout {
  from: string;
  subject: string;
  /** ISO 8601 of the Date header, when it could be read. */
  date?: string;
  messageId?: string;
}

/** Data the analysis would have used and was not given: load it and analyse again before drawing. */
export type DataNeed =
  | 'free-mail'
  /** Public-suffix rules the task pane loads on demand (core/parse/suffix-rules.ts). */
  | 'suffixes'
  /** The extortion script's wording, for a message holding a Bitcoin address (checks/extortion.ts). */
  | 'extortion'
  /** The wording that offers a document, for a message linking a rented page (checks/rented-page.ts). */
  | 'document-offer'
  /** The Public Suffix List's private section, for a link or sender host that may be on it (checks/hosted-page.ts). */
  | 'hosting-suffixes'
  /** The task scam's and the changed bank account's wording, for a message naming a messenger or an account. */
  | 'money-route'
  /** The callback script's wording, for a message holding a phone number (checks/callback.ts). */
  | 'callback'
  /** The phrases in scripts beyond Latin, for a message with a letter of one (checks/lure-matcher.ts). */
  | 'phrases'
  /** The task pane's phrase tries of the finders every message uses, asked for as it starts (checks/prebuilt-tries.ts). */
  | 'tries'
  /** The mail-system wording, for a foreign message naming the reader's organisation (checks/own-org.ts). */
  | 'own-org'
  /** The judging of attachments, for a message with any (checks/attachments.ts). */
  | 'attachments'
  /** The reading of an attached message as a message of its own, for a message carrying one (attached-message.ts). */
  | 'attached-message'
  /** linkify's list of top-level domains, for an uncommon ending or a plain-text part (parse/root-zone.ts). */
  | 'tlds'
  /** The brands' further names in Japanese, Chinese or Korean letters, for a text holding one (brands/lookup.ts). */
  | 'brand-names'
  /** The encoded-word decoder, for a header holding `=?` (parse/encoded-words.ts). */
  | 'encoded-words'
  /** The peeling of link wrappers, for a link on a wrapper's host (parse/unwrap.ts). */
  | 'unwrap'
  /** The judging of hosts with letters beyond ASCII, for a message naming one (host-display.ts). */
  | 'host-scripts'
  /** The judging of QR codes' and PDF attachments' links and of files not read, for a message with any (qr/check.ts). */
  | 'qr-judge'
  /** The words of a phishing page's domain, for a message linking few other organisations (checks/lookalike-host.ts). */
  | 'lookalike-host'
  /** The folding of a colleague's forward, for a message from the reader's own organisation (forward-gate.ts). */
  | 'forwarded'
  /** The judging of lure wording in a safety disclaimer, for a message with two lure families (checks/content.ts). */
  | 'disclaimer'
  /** A help desk's words, for a display name holding a brand's bare name (brands/service-names.ts). */
  | 'desk-words'
  /** The judging of disguised letters, for a display name or subject its gate passes (checks/disguise.ts). */
  | 'disguise'
  /** The notes of a limit reached or a part not read, for a message with one (checks/coverage.ts). */
  | 'coverage';

export interface Report {
  verdict: Verdict;
  about: MessageAbout;
  /** At most three plain sentences saying what this message really is (story.ts). */
  story: StorySentence[];
  /** Why the verdict: the policy rows that matched (ids into verdict.ts). */
  verdictReasons: string[];
  findings: Finding[];
  /** The Received chain for the hop table, newest first. */
  hops: HopRow[];
  /** Present when a finding could change with data not given in the options (see DataNeed). */
  needs?: DataNeed[];
}
