/**
 * The core's data contracts: what a host hands in (MessageInput) and what the parsers make of it (ParsedMessage).
 * Checks read a ParsedMessage and never re-parse raw headers. Every string here came from the message and is
 * attacker-controlled.
 */

/** What a host gives the core. Outlook hands over the header block as a string and the body separately. */
export interface MessageInput {
  /** The raw header block as text: field lines, folded as received, CRLF or LF. May be empty. */
  headers: string;
  /** The original header bytes when the host had them (an .eml file): non-UTF-8 header bytes stay recoverable. */
  headerBytes?: Uint8Array;
  /**
   * The fields parseMessage split from those bytes, with the `headers` text it joined from them: analyze reads these
   * fields instead of splitting `headers` again, as long as `headers` is still that text (a host may edit it).
   */
  headerFields?: { text: string; fields: HeaderField[] };
  /** Decoded body parts; either may be missing. */
  html?: string;
  text?: string;
  /**
   * Attachments (inline parts too), in message order: the body parser's (with their first bytes) or, from Outlook
   * without the whole message, the item's list (name, type, size only). No check reads them yet.
   */
  attachments?: AttachmentInfo[];
  /** The reader's own addresses (mailbox owner, identities). The message's To/Cc are added by the core. */
  recipients?: string[];
  /** What the host could not read, so the report can say what was not checked. */
  missing?: MissingPart[];
  /** Limits the parser imposed (body truncated, parts skipped), reported as info findings. */
  limits?: string[];
  /**
   * QR codes read from the message's images (core/qr: `withQrCodes` fills it before analyze, loading the image
   * decoders only when there is an image). Their URLs are judged as links of the message.
   */
  qr?: QrReading;
  /**
   * What the message's PDF attachments lead to (core/qr/pdf.ts, read in the same lazy step as the QR codes; QR codes
   * of their images go into `qr`). Their addresses are judged as links of the message.
   */
  documents?: DocumentReading;
}

/** What the PDF attachments of a message said (core/qr/pdf.ts). */
export interface DocumentReading {
  /** Each address a link button of a PDF opens, with the PDF's file name. */
  links: { file: string; url: string }[];
  /** PDFs not read, or read in part: encrypted, not a PDF, past the count, or cut (only its first bytes were kept). */
  skipped: { file: string; reason: 'encrypted' | 'unreadable' | 'too-many' | 'cut' }[];
}

/** What the images of a message said (core/qr/read.ts). */
export interface QrReading {
  /** Each QR code read: the image it was in (file name, else content-id) and its text. */
  codes: { image: string; text: string }[];
  /** Images not read: past the image count, past the pixel cap, or not decodable. */
  skipped: { image: string; reason: 'too-many' | 'too-large' | 'unreadable' }[];
}

export type MissingPart = 'headers' | 'body';

export interface AttachmentInfo {
  /** The file name as the sender declared it (decoded); '' when none. */
  filename: string;
  /** The declared content type: the sender's word, not what the bytes are. */
  mimeType: string;
  /** Bytes of the decoded content (as the host reported it when only the list was known). */
  size: number;
  /**
   * The first bytes of the decoded content, at most MAX_ATTACHMENT_HEAD (parse-message.ts), when the host had the
   * content: enough to sniff the real type and read an HTML or SVG attachment. Absent when the host knew only the
   * name, type and size (Outlook's item.attachments); shorter than `size` when cut.
   */
  head?: Uint8Array;
  /** What the bytes are (parse/attachment-bytes.ts: `PE (MZ)`, `ZIP`, `RAR`, `7z`, `ISO 9660`, `HTML`, `SVG`). */
  sniffed?: string;
  /** A ZIP's member names, from the whole content; `complete` false when the listing stopped early. */
  members?: { names: string[]; complete: boolean };
  /** The part's Content-ID without its angle brackets (an inline image the HTML shows by `cid:`), when it has one. */
  contentId?: string;
  /** An attached message (`message/rfc822`, an `.eml`) read as a message of its own (parse/attached-messages.ts). */
  message?: MessageInput;
}

/** One header field, in message order, unfolded. */
export interface HeaderField {
  /** The name as written (case kept). */
  name: string;
  /** Lower-cased name, for lookups. */
  key: string;
  /** Unfolded value, not RFC 2047 decoded (Received, Authentication-Results are read raw). */
  value: string;
  /** Position in the header block, 0 = top (newest). */
  index: number;
  /** Set when the raw bytes of this field were not UTF-8 and were decoded by detection. */
  charset?: string;
}

export interface Address {
  /** Display name, RFC 2047 decoded. Empty when absent. */
  name: string;
  /** addr-spec as written, lower-cased domain. Empty when unparseable. */
  address: string;
  /** Domain part, lower-cased, Unicode form (punycode decoded). Empty when none. */
  domain: string;
  /** Registrable domain (eTLD+1) of `domain`, empty when none. */
  registrable: string;
}

/** How the receiving server recorded the connecting host's reverse DNS. */
export type RdnsStatus =
  | 'present' //   a name was recorded
  | 'unknown' //   the lookup failed ("unknown", "may be forged" …): no reverse DNS
  | 'not-recorded'; // the format records none (Exchange's `from HELO (IP)`): says nothing

/** One Received header, read into its parts. */
export interface Hop {
  /** Index of this Received among Received headers, 0 = top (newest, written last). */
  index: number;
  /** The header field it came from (value = exact evidence). */
  field: HeaderField;
  /** The name the sending host gave itself (HELO/EHLO), as recorded. */
  helo?: string;
  /** Reverse-DNS name the receiving host recorded for the connecting IP. */
  rdns?: string;
  rdnsStatus: RdnsStatus;
  /** Connecting IP, normalised (IPv6 lower-case, zone id and `IPv6:` prefix stripped). */
  ip?: string;
  /** The receiving host (`by`). */
  by?: string;
  /** `with` protocol as written, upper-cased (ESMTPSA, SMTP, MAPI, HTTPS, LMTP, …). */
  protocol?: string;
  /** An authenticated submission (ESMTPA/ESMTPSA/…, `authenticated sender`, `(Authenticated sender: …)`). */
  authenticated: boolean;
  /** The hop used TLS (ESMTPS, `using TLS`, `version=TLS…`). */
  tls: boolean;
  /** Epoch milliseconds of the timestamp after `;`, when parseable. */
  time?: number;
  /** Seconds from this hop's receipt to the next hop above it (the one written after it), when both have times. */
  delaySeconds?: number;
  /** True when the line could not be read into at least a from or by part. */
  malformed: boolean;
}

/** Who wrote a header, for the evidence shown to the user. */
export type Author = 'recipient-system' | 'relay' | 'sender';

/** The Received chain, read as DESIGN's trust model says (see parse/trust.ts for the algorithm). */
export interface TrustPath {
  /** 'microsoft365' when the entry hop was received by Exchange Online Protection. */
  mailbox: 'microsoft365' | 'other' | 'unknown';
  /** Index (into hops) of the entry hop: written by the recipient's system when the message came from outside. */
  entryHop?: number;
  /** Indexes of the recipient's own internal hops above the entry hop. */
  internalHops: number[];
  /** The originating client: oldest hop of the contiguous chain below the entry hop that names a public IP. */
  originatingClient?: number;
  /** The relay whose line records the originating client (the hop's `by`). */
  recordedBy?: string;
  /** Index of the first hop below the entry hop whose `by` does not match the `from` of the hop above it. */
  chainBrokenAt?: number;
}

type AuthMethod = 'spf' | 'dkim' | 'dmarc' | 'compauth' | 'arc' | 'dkim-atps' | 'auth' | 'iprev' | string;

export interface AuthMethodResult {
  method: AuthMethod;
  /** Result lower-cased: pass, fail, softfail, neutral, none, temperror, permerror, bestguesspass, policy, … */
  result: string;
  /** `reason=` / the parenthesised comment, when given. */
  reason?: string;
  /** Properties: `smtp.mailfrom`, `header.from`, `header.d`, `header.i`, `policy.*` … lower-cased keys. */
  props: Record<string, string>;
}

/** One Authentication-Results header (RFC 8601). */
export interface AuthResults {
  field: HeaderField;
  /** authserv-id, lower-cased; undefined for Microsoft 365's own (it writes none). */
  authservId?: string;
  results: AuthMethodResult[];
  /** Trusted: added by the recipient's own system (DESIGN: the adjacent group at the entry hop). */
  trusted: boolean;
  /** Claims the trusted authserv-id but sits inside the sender's part: a forgery. */
  forged: boolean;
}

/** Microsoft 365 / Exchange filter verdict headers, with whether they are the tenant's own (decided by name). */
export interface OrgFilter {
  /** true when the mailbox is Microsoft 365 and these names are the tenant's own; false = the sender's word. */
  own: boolean;
  fields: HeaderField[];
  /** Parsed `X-Forefront-Antispam-Report` (SFV, SCL, CAT, SFTY, CIP, CTRY …) and BCL, SCL. */
  values: Record<string, string>;
}

/** Where a link was found. */
/** `qr`: the text of a QR code in an image of the message (core/qr), not a link the body shows. */
/** `attachment`: a link button of a PDF attachment (core/qr/pdf.ts): the body does not show it either. */
export type LinkSource = 'html' | 'text' | 'qr' | 'attachment';

export interface Link {
  /** The href / text URL exactly as written (entities decoded). */
  href: string;
  /** The URL after unwrapping link-protection wrappers (parse/unwrap.ts); = href when not wrapped. */
  url: string;
  /** Visible text of an HTML anchor (whitespace collapsed); undefined for text-body links. */
  text?: string;
  source: LinkSource;
  /** Lower-case scheme without colon: http, https, mailto, javascript, data, … */
  scheme: string;
  /** Host in Unicode form (punycode decoded), lower-case; empty for schemes without one. */
  host: string;
  /** Host in ASCII (punycode) form. */
  hostAscii: string;
  /** Registrable domain of host (Unicode form); empty for IP literals and single labels. */
  registrable: string;
  /** The host is an IP literal (any notation: dotted, decimal, hex, bracketed IPv6). */
  ipHost: boolean;
  /** `user@host` userinfo present in the authority. */
  userinfo?: string;
  /** The wrapper that carried it, kept as evidence; `declared`: the target host a wrapper names but does not carry. */
  wrapper?: {
    kind:
      'safelinks' | 'proofpoint' | 'mimecast' | 'barracuda' | 'trendmicro' | 'cisco' | 'sophos' | 'google' | 'other';
    href: string;
    declared?: string;
  };
  /** An HTML form action rather than an anchor. */
  form?: boolean;
  /** For a QR code's link: the image it was read from (file name, else content-id). */
  image?: string;
  /** For an attachment's link: the attachment's file name. */
  attachment?: string;
}

/** Something malformed the parser met; becomes a finding, never an exception. */
export interface ParseProblem {
  code: string;
  /** The header name or part it concerns. */
  where?: string;
  value?: string;
}

/** Everything the checks read. Built once per message by `parse(input)`. */
export interface ParsedMessage {
  headers: HeaderField[];
  from?: Address;
  /** All From mailboxes (more than one is itself odd). */
  fromAll: Address[];
  sender?: Address;
  replyTo: Address[];
  returnPath?: Address;
  to: Address[];
  cc: Address[];
  /** Decoded subject, '' when none. */
  subject: string;
  messageId?: string;
  /** Epoch ms of Date:, when parseable. */
  date?: number;
  /** Received headers, top (newest) first. */
  hops: Hop[];
  trust: TrustPath;
  authResults: AuthResults[];
  orgFilter?: OrgFilter;
  links: Link[];
  html: string;
  text: string;
  /** Visible text of the body (HTML stripped) + text part, for content checks. */
  bodyText: string;
  /** The HTML body's first heading and first image alt text: where a brand's mail puts its name (parse/body.ts). */
  mastheads: string[];
  /** The logo's alt text (a masthead) and the href of the link around it (parse/body.ts). */
  logoLink?: { alt: string; href: string };
  /** The body has an HTML form / password input. */
  forms: { action?: string; hasPassword: boolean }[];
  attachments: AttachmentInfo[];
  /** The QR codes read from the message's images, when the host read them (their web links are in `links`). */
  qr?: QrReading;
  /** What the PDF attachments said, when the host read them (their addresses are in `links`). */
  documents?: DocumentReading;
  /** Every address the message may have reached the reader by: host-given, Delivered-To, To, Cc (lower-cased). */
  recipients: string[];
  /** The reader's own addresses only: host-given plus Delivered-To / X-Original-To (written by the reader's system). */
  readers: string[];
  missing: MissingPart[];
  /** Caps that cut something: the host's codes (MessageInput.limits, read) and the parsers' own. */
  limits: Limit[];
  problems: ParseProblem[];
}

/** A cap that cut something: `cap` and `count` (for links-truncated, links checked and links in all). */
export interface Limit {
  code: string;
  cap: number;
  count: number;
  /** The first field it cut, and the start of its value. */
  header?: string;
  value?: string;
}
