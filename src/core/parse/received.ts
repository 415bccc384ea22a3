/**
 * Received fields (RFC 5321 §4.4) read into hops, as real MTAs write them. The line is written by the receiving
 * relay (`by`); every name in its `from` part was chosen by the connecting side, except the IP and the reverse-DNS
 * name the relay looked up itself. Shapes handled (examples from ../shared/corpus and test/fixtures):
 *
 * | writer       | from part                                            | rDNS                                   |
 * |--------------|------------------------------------------------------|----------------------------------------|
 * | Postfix      | `from helo (rdns [ip])`, `(unknown [ip])`            | name, or `unknown` = lookup failed     |
 * | Sendmail     | `from helo (rdns [ip])`, `([ip])`, `(… (may be forged))` | `([ip])`/forged = failed lookup     |
 * | Google       | `from helo (rdns. [ip])`, `([ip])`                   | as Sendmail                            |
 * | others       | `from helo ([ip])` (InterMail, SMTPSVC, Yahoo, …)    | not recorded: no name is ever written  |
 * | Yahoo        | `from 127.0.0.1 (EHLO x) (ip) by 10.… with SMTPs`    | not recorded (an address, not a name)  |
 * | Exim         | `from rdns ([ip]:port helo=x)`, `from [ip] (helo=x)` | the word before `(` is the verified name |
 * | qmail        | `from rdns (HELO x) (ip)`, `from unknown (HELO x) (ip)`; `(qmail 1 invoked by uid 5)` | `unknown`: none |
 * | Exchange/M365| `from helo (ip) by host (ip) with Microsoft SMTP Server` | not recorded                       |
 * | fetchmail    | `from host [ip] by localhost with IMAP`              | not recorded                           |
 * | by-only      | `by host (Postfix, from userid 0)`, `by 2002:a05:… with SMTP id` | no from part               |
 *
 * Never throws. One pass of a small tokenizer (words, balanced (comments), `;`) keeps a 1 MB line or a deeply
 * nested comment linear: no regex runs over the whole line.
 */
import type { HeaderField, Hop, RdnsStatus } from '../types';
import { parseDate } from './addresses';
import { normalizeIp } from './ip';
import type { NoteLimit } from './limits';

/**
 * Tokens kept per line: real lines have a few dozen; the scan itself still runs to the end (for the last `;`).
 * A line with more is noted (`received-tokens`): its later clauses were not read.
 */
const MAX_TOKENS = 400;
/** Characters of one comment examined for names, IPs and authentication words; a longer one is noted. */
const MAX_COMMENT = 1024;
const KEYWORDS = new Set(['from', 'by', 'via', 'with', 'id', 'for']);

interface Token {
  kind: 'word' | 'comment' | 'semi';
  text: string;
}

/** SP, HT, CR, LF, `(`, `)`, `;`: what ends a word of a Received value (compared as codes: this runs per character). */
function endsWord(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0x28 || c === 0x29 || c === 0x3b;
}

/** The top-level tokens of a Received value and where its last top-level `;` (the timestamp separator) is. */
function tokenize(value: string): { tokens: Token[]; lastSemi: number; dropped: boolean } {
  const tokens: Token[] = [];
  let dropped = false;
  const push = (t: Token): void => {
    if (tokens.length < MAX_TOKENS) tokens.push(t);
    else dropped = true;
  };
  let lastSemi = -1;
  let i = 0;
  const n = value.length;
  while (i < n) {
    const c = value[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === ')') {
      i++; // a stray `)` at top level is noise
    } else if (c === ';') {
      lastSemi = i;
      push({ kind: 'semi', text: ';' });
      i++;
    } else if (c === '(') {
      // A balanced comment, nested ones included; `\` quotes the next char; an unclosed one runs to the end.
      const start = i + 1;
      let depth = 1;
      i++;
      while (i < n && depth > 0) {
        const d = value[i];
        if (d === '\\') i++;
        else if (d === '(') depth++;
        else if (d === ')') depth--;
        i++;
      }
      push({ kind: 'comment', text: value.slice(start, depth === 0 ? i - 1 : n) });
    } else {
      const start = i;
      while (i < n && !endsWord(value.charCodeAt(i))) i++;
      push({ kind: 'word', text: value.slice(start, i) });
    }
  }
  return { tokens, lastSemi, dropped };
}

interface Clause {
  words: string[];
  comments: string[];
  /** Words before the clause's first comment: `with esmtps (TLS1.2) tls …` has protocol `esmtps`. */
  lead: number;
}

const newClause = (): Clause => ({ words: [], comments: [], lead: -1 });

/** Split tokens (up to the timestamp) into clauses by keyword; the first word after a keyword is always its value. */
function clauses(tokens: Token[]): Map<string, Clause> {
  const preamble = newClause(); // `(qmail 1234 invoked by uid 500)`, `(from root@localhost)`
  const out = new Map<string, Clause>([['', preamble]]);
  let current = preamble;
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]?.kind !== 'semi') end--;
  if (end === 0) end = tokens.length; // no `;`: no timestamp, every token is a clause token
  for (let k = 0; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'semi') continue;
    if (t.kind === 'comment') {
      if (current.lead < 0) current.lead = current.words.length;
      current.comments.push(t.text);
      continue;
    }
    const lower = t.text.toLowerCase();
    // `from by (rdns [ip]) by mx`: a HELO may be a keyword, so a keyword right after a keyword is a value.
    const fresh = current !== preamble && current.words.length === 0 && current.comments.length === 0;
    if (KEYWORDS.has(lower) && !fresh) {
      const clause = newClause();
      if (!out.has(lower)) out.set(lower, clause); // a repeated keyword starts a clause that is ignored
      current = clause;
    } else current.words.push(t.text);
  }
  return out;
}

/** An IP in a comment or from word: `[1.2.3.4]`, `[1.2.3.4]:25`, `[IPv6:…]`, bare, `user@ip`, `IDENT:x@[ip]`. */
function ipFromWord(word: string): string | undefined {
  let w = word;
  const at = w.lastIndexOf('@');
  if (at >= 0) w = w.slice(at + 1);
  if (w.startsWith('[')) {
    const close = w.indexOf(']');
    return close > 0 ? normalizeIp(w.slice(1, close)) : undefined;
  }
  w = w.replace(/[.,]$/, '');
  // Only these shapes can be an IP; ipaddr.js is slow to reject the host names that fill Received lines.
  return w.includes(':') || /^[0-9.]+$/.test(w) ? normalizeIp(w) : undefined;
}

const bracketed = (word: string): boolean => word.replace(/^[^@]*@/, '').startsWith('[');
const hostName = (w: string): string => w.replace(/^[^@]*@/, '').replace(/\.$/, '');
const looksLikeHost = (w: string): boolean => w.length <= 255 && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(hostName(w));

interface CommentInfo {
  ip?: string;
  ipBracketed: boolean;
  /** The first word, when it names a host and the comment also holds an IP (`rdns [ip]`). */
  name?: string;
  helo?: string;
  /** qmail's `(HELO x)`. */
  qmailHelo: boolean;
  /** `unknown`, `may be forged`, `no reverse DNS`: the relay looked and found no (verified) name. */
  failed: boolean;
  /** Exim port logging `[ip]:port` or `helo=`: only Exim writes these. */
  exim: boolean;
}

const FAILED_LOOKUP = [
  'may be forged',
  'no reverse dns',
  'no rdns',
  'no ptr',
  'reverse dns failed',
  'rdns failed',
  'reverse lookup failed',
];

function readComment(text: string): CommentInfo {
  const short = text.length > MAX_COMMENT ? text.slice(0, MAX_COMMENT) : text;
  const words = short.split(/[\s()]+/).filter(Boolean);
  const lower = short.toLowerCase();
  const failed = FAILED_LOOKUP.some((p) => lower.includes(p));
  const info: CommentInfo = { ipBracketed: false, qmailHelo: false, failed, exim: false };
  let first: string | undefined;
  let ip: string | undefined;
  // Every word of the (capped) comment: linear, and an IP or `helo=` late in a long comment is still read.
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    const wl = w.toLowerCase();
    if (wl.startsWith('helo=')) {
      info.helo = w.slice(5);
      info.exim = true;
    } else if ((w === 'HELO' || w === 'EHLO') && words[k + 1]) {
      info.helo = words[++k];
      info.qmailHelo = true;
    } else if (w.includes('=')) {
      if (wl.startsWith('port=')) info.exim = true;
    } else if (!info.ip && (ip = ipFromWord(w))) {
      info.ip = ip;
      info.ipBracketed = bracketed(w);
      if (/\]:\d+$/.test(w)) info.exim = true;
    } else if (k === 0) first = w;
  }
  const firstLower = first?.toLowerCase();
  if (firstLower === 'unknown' || firstLower === '<unknown>')
    info.failed = true; // Postfix, qmail / OpenSMTPD
  else if (first && info.ip && looksLikeHost(first)) info.name = hostName(first);
  return info;
}

interface FromPart {
  helo?: string;
  rdns?: string;
  rdnsStatus: RdnsStatus;
  ip?: string;
}

/**
 * The from part. `exim` / `exchange` / `namesPeer` say which writer's conventions apply where shapes collide:
 * `from X ([ip])` is Exim's verified name X, Sendmail's/Google's HELO X with no reverse DNS (`namesPeer`: they
 * write the name they found beside the IP), and anyone else's HELO X with no lookup recorded — InterMail,
 * SMTPSVC, Yahoo and many ISPs' servers never write a name there, so their `([ip])` says nothing about the peer;
 * `from X (ip)` is Exchange's HELO X (no lookup recorded), but qmail's verified name X when `(HELO y)` is there.
 */
function readFrom(from: Clause, exim: boolean, exchange: boolean, namesPeer: boolean): FromPart {
  const word = from.words[0];
  const wordIp = word ? ipFromWord(word) : undefined;
  const infos = from.comments.map(readComment);
  const withIp = infos.find((c) => c.ip);
  const helo = infos.find((c) => c.helo)?.helo;
  // qmail: `(HELO x)`, or `from unknown (ip)` (its placeholder when no name was found, with no HELO comment)
  const qmailUnknown = word?.toLowerCase() === 'unknown' && !!withIp && !withIp.ipBracketed;
  const qmail = qmailUnknown || infos.some((c) => c.qmailHelo);
  const isExim = exim || infos.some((c) => c.exim);
  // fetchmail writes the IP as a bare word: `from jalapeno [127.0.0.1] by localhost with IMAP`
  const extraIp = from.words
    .slice(1)
    .map((w) => (w.startsWith('[') ? ipFromWord(w) : undefined))
    .find(Boolean);
  const ip = withIp?.ip ?? extraIp ?? wordIp;
  const part: FromPart = { rdnsStatus: 'not-recorded', ip };
  const whole = from.words.length > 1 && !extraIp ? from.words.join(' ') : word; // `from mail pickup service by`

  if (qmail || (isExim && word && !wordIp)) {
    // qmail and Exim put the looked-up name first; `unknown` (qmail) means none.
    if (word && word.toLowerCase() !== 'unknown' && !wordIp) {
      part.rdns = hostName(word);
      part.rdnsStatus = 'present';
    } else if (!wordIp || isExim) part.rdnsStatus = 'unknown';
    // else an address where qmail writes a name (Yahoo's `from 127.0.0.1 (EHLO x) (ip)`): no lookup recorded
    part.helo = helo ?? (qmail ? undefined : part.rdns);
    return part;
  }
  if (isExim && wordIp) {
    // Exim writes the bracketed IP first when no verified name was found, and `helo=` only when the HELO differed.
    part.rdnsStatus = 'unknown';
    part.helo = helo ?? word;
    return part;
  }
  // An IP as the from word with no IP comment is the peer's address (`from [79.171.124.155] by … with HTTP`).
  part.helo = helo ?? (wordIp && !withIp ? undefined : whole);
  if (!withIp) {
    if (infos.some((c) => c.failed)) part.rdnsStatus = 'unknown'; // SendGrid `from x (unknown) by`
    return part;
  }
  if (exchange || !withIp.ipBracketed) return part; // `from HELO (IP)`: the format records no lookup
  if (withIp.name) {
    part.rdns = withIp.name;
    part.rdnsStatus = withIp.failed ? 'unknown' : 'present';
  } else if (namesPeer || withIp.failed) part.rdnsStatus = 'unknown'; // `([ip])` of Sendmail, `(unknown [ip])`
  return part;
}

const AUTH_PROTOCOL = /^(?:UTF8)?(?:E?SMTP|LMTP)S?A\+?$/; // ESMTPA, ESMTPSA, UTF8SMTPSA, LMTPA (RFC 3848)
const TLS_PROTOCOL = /^(?:UTF8)?(?:E?SMTP|LMTP)SA?\+?$|^HTTPS$/; // ESMTPS, ESMTPSA, UTF8SMTPS, Google's SMTPS
// Exim's `(envelope-from <x>)` is not authentication; these are.
const AUTH_COMMENT = ['authenticated sender', 'authenticated user', 'authenticated as', 'authenticated bits', 'auth: '];
const TLS_COMMENT = ['using tls', 'version=tls', 'tlsv1', 'tls1.', 'tls1_', 'tls: ', 'cipher='];

/**
 * Read one Received field. `index` is its position among Received fields, 0 = top. `note` hears of caps hit.
 * @internal its edge cases are tested on bare values
 */
export function parseReceived(field: HeaderField, index: number, note?: NoteLimit): Hop {
  const value = typeof field?.value === 'string' ? field.value : '';
  const { tokens, lastSemi, dropped } = tokenize(value);
  if (dropped) note?.('received-tokens', MAX_TOKENS, field?.name, value);
  const parts = clauses(tokens);
  const from = parts.get('from');
  const by = parts.get('by');
  const withClause = parts.get('with');
  const lead = withClause && withClause.lead >= 0 ? withClause.lead : 3;
  const protocolWords = withClause ? withClause.words.slice(0, Math.min(3, lead)) : [];
  const protocolRaw = protocolWords.join(' ');
  const protocol = protocolRaw ? protocolRaw.toUpperCase() : undefined;
  const proto1 = protocolWords[0]?.toUpperCase() ?? '';

  // Plain loops, not flatMap: this runs for every Received line of every message, and flatMap is slow in V8.
  const allComments: string[] = [];
  for (const c of parts.values()) allComments.push(...c.comments);
  if (allComments.some((c) => c.length > MAX_COMMENT)) note?.('received-comment', MAX_COMMENT, field?.name, value);
  const byComments: string[] = [];
  for (const c of [by, withClause, parts.get('id'), parts.get('for')]) if (c) byComments.push(...c.comments);
  const exim = byComments.some((c) => /^exim\b/i.test(c));
  const exchange = /^MICROSOFT SMTP|^MAPI$/.test(protocol ?? '');
  // Writers whose `([ip])` means "looked, found no name": Sendmail (its version, `(8.12.6/8.12.6)`), Google.
  // `\d[^\s/]*`, not `\d+[^\s/]*`: the two overlapping runs backtracked quadratically over a run of digits.
  const namesPeer =
    byComments.some((c) => /^\d+\.\d+\.\d[^\s/]*\/|sendmail/i.test(c)) ||
    /\.g(?:oogle|mail)\.com\.?$/i.test(by?.words[0] ?? '');

  const hop: Hop = {
    index,
    field,
    rdnsStatus: 'not-recorded',
    authenticated: false,
    tls: false,
    malformed: false,
  };
  if (from && from.words.length > 0) {
    const part = readFrom(from, exim, exchange, namesPeer);
    if (part.helo) hop.helo = part.helo;
    if (part.rdns) hop.rdns = part.rdns;
    if (part.ip) hop.ip = part.ip;
    hop.rdnsStatus = part.rdnsStatus;
  }
  const byWord = by?.words[0];
  if (byWord) hop.by = byWord.replace(/\.$/, '');
  if (protocol) hop.protocol = protocol;

  // Comments are the relay's words; the sender's only reach them as one token (`helo=x`, `(HELO x)`, `ident@`).
  const lowerComments = allComments.map((c) => (c.length > MAX_COMMENT ? c.slice(0, MAX_COMMENT) : c).toLowerCase());
  hop.authenticated = AUTH_PROTOCOL.test(proto1) || lowerComments.some((c) => AUTH_COMMENT.some((p) => c.includes(p)));
  hop.tls = TLS_PROTOCOL.test(proto1) || lowerComments.some((c) => TLS_COMMENT.some((p) => c.includes(p)));

  if (lastSemi >= 0) {
    const time = parseDate(value.slice(lastSemi + 1));
    if (time !== undefined) hop.time = time;
  }
  const preamble = parts.get('')?.comments[0]?.toLowerCase() ?? '';
  // `(qmail 1 invoked by uid 5)`, `(qmail 2 messnum 3 invoked from network[…])`, Sendmail's `(from root@localhost)`
  const qmailLocal = preamble.startsWith('qmail ') && preamble.includes(' invoked ');
  const knownPreamble = qmailLocal || preamble.startsWith('from ');
  hop.malformed = !hop.by && !(from && from.words.length > 0) && !knownPreamble;
  return hop;
}

/** All Received fields, top (newest) first, with the delay from each hop to the one written after it. */
export function parseHops(headers: HeaderField[], note?: NoteLimit): Hop[] {
  const hops: Hop[] = [];
  for (const field of Array.isArray(headers) ? headers : []) {
    if (field?.key === 'received') hops.push(parseReceived(field, hops.length, note));
  }
  for (let i = 1; i < hops.length; i++) {
    const above = hops[i - 1] as Hop;
    const hop = hops[i] as Hop;
    if (above.time === undefined || hop.time === undefined) continue;
    hop.delaySeconds = Math.round((above.time - hop.time) / 1000);
  }
  return hops;
}
