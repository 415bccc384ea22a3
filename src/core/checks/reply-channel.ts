/**
 * Where the reader's answer would go when a message wants a reply, not a click (advance-fee fraud, the BEC opener):
 * a mailbox nobody answers for. Read from Reply-To, the From address itself, and addresses written in the body
 * ("contact my private email: …@gmail.com").
 */
import type { Evidence } from '../report';
import type { Address, ParsedMessage } from '../types';
import { rewrittenFrom } from '../parse/addresses';
import type { CheckContext } from './check';
import { isFreeMail } from './free-mail';
import { excerpt } from './lure-matcher';
import { findLookalike, type Lookalike } from '../brands/lookalike';
import { headerMark } from './header-mark';
import { MAIL_INFRASTRUCTURE } from './link-services';
import { lookalikeByWords } from './lookalike-host';

/** Body characters searched for a written address: these scripts give it in the first screen or the signature. */
const MAX_BODY = 20_000;

const LOCAL_CHAR = /[a-z0-9._%+-]/i;
const DOMAIN_CHAR = /[a-z0-9.-]/i;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/**
 * Addresses written in text, found from each `@` outwards with bounded steps: a regular expression with a bounded
 * local part and repeated domain labels still backtracks polynomially on long runs of address characters.
 */
export function* writtenAddresses(text: string): Generator<{ address: string; at: number }> {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && LOCAL_CHAR.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && DOMAIN_CHAR.test(text[end]!)) end++;
    while (end > at + 1 && text[end - 1] === '.') end--; // the sentence's full stop
    const local = text.slice(start, at).replace(/^[._%+-]+/, '');
    const domain = text.slice(at + 1, end);
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    if (local && domain.includes('.') && /^[a-z]{2,24}$/i.test(tld))
      yield { address: `${local}@${domain}`, at: at - local.length };
  }
}

interface ReplyChannel {
  /**
   * 'diverted': Reply-To sends answers to a free mailbox, or (unauthenticated) to another organisation;
   * 'written': the body asks for answers at a free mailbox that is not the sender's; 'free': the sender is one;
   * 'lookalike': the sender's domain imitates the reader's own or a brand's (`kestrel-acccounting.co.uk`), or the
   * Reply-To's does (`skat-refusion.dk`) whoever sends it.
   */
  kind: 'diverted' | 'written' | 'free' | 'lookalike';
  address: string;
  /** The answer would reach a free mailbox (always so for 'written' and 'free'). */
  toFreeMail: boolean;
  evidence: Evidence;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The From header as written, for evidence. */
function headerValue(msg: ParsedMessage, key: string, fallback: string): string {
  return msg.headers.find((h) => h.key === key)?.value ?? fallback;
}

/**
 * A domain registered to pass for the reader's organisation or a brand: by its letters or lookalike.ts's lure words
 * (findLookalike), or by the lure words of every language the table's brands write in (`skat-refusion.dk`,
 * `nbg-asfaleia.gr`: lookalike-host.ts lookalikeByWords), as sender.lookalike-domain reads a From on it. Never the
 * brand's own domains or those it sends through (lookalike.ts leaves every domain a brand runs alone). Its answer
 * (findLookalike's, or true by the words) for sender.ts's sender.reply-to too. Never a help desk's or mail
 * service's own (`intercom.io`, `zendesk.com`: link-services.ts), where an accountable sender's answers go.
 */
export const imitation = (ctx: CheckContext, reg: string): Lookalike | boolean =>
  !ctx.ownDomains.includes(reg) &&
  !MAIL_INFRASTRUCTURE.has(reg) &&
  (findLookalike(ctx.brands, reg, ctx.ownDomains, ctx.claimed) ?? lookalikeByWords(ctx, reg));

/**
 * A Reply-To that leads away from the sender. Not when the display name says "X via List": a list that rewrote From
 * keeps the author in Reply-To (the author is then the reply address, nothing is diverted). Another organisation's
 * address counts only without an aligned DMARC pass: ticketing and newsletters answer from a sister domain — unless
 * that domain is a look-alike (`imitation`): no sister domain is registered to pass for a brand, and an authenticated
 * sender (a taken-over mailbox) sending the answers there is the kit's.
 */
function diverted(msg: ParsedMessage, ctx: CheckContext, from: Address): ReplyChannel | undefined {
  if (rewrittenFrom(from.name)) return undefined;
  const elsewhere = (r: Address) => !same(r.address, from.address) && r.registrable !== from.registrable;
  const reply =
    msg.replyTo.find(
      (r) =>
        r.registrable &&
        !same(r.address, from.address) &&
        (isFreeMail(r.domain, ctx) || (r.registrable !== from.registrable && ctx.dmarc !== 'pass')),
    ) ?? msg.replyTo.find((r) => r.registrable && elsewhere(r) && imitation(ctx, r.registrable));
  if (!reply) return undefined;
  const value = headerValue(msg, 'reply-to', reply.address);
  return {
    kind: ctx.dmarc === 'pass' && !isFreeMail(reply.domain, ctx) ? 'lookalike' : 'diverted',
    address: reply.address,
    toFreeMail: isFreeMail(reply.domain, ctx),
    evidence: headerMark('Reply-To', value, reply.address),
  };
}

/**
 * Where a quoted or forwarded earlier message starts (a reply's attribution line, a client's separator, a header
 * block): the addresses below it are the thread's people ("On Mon, Ana <ana@gmail.com> wrote:"), not where this
 * sender wants the answer.
 */
const QUOTE_MARKERS = [
  ' wrote:',
  '-----original message-----',
  '________________________________',
  ' schrieb ',
  ' a écrit',
  ' escribió',
  ' escreveu',
  ' ha scritto',
  ' schreef ',
  'forwarded message',
  'from:',
  '差出人:',
  'のメッセージ:',
  '写道',
];

/** An attribution line is at most this long ("On Mon, 13 Jan 2025 at 18:02, Ana Costa <…> wrote:"). */
const MAX_ATTRIBUTION = 300;

/**
 * The last text ownPart read, and its answer: a message's body is read by several checks in a row (reply channel,
 * sign-off, money route, pretext, faceless authority, rental deposit, footer claims) — two in three calls over the
 * corpus repeat the one before, each lowercasing and searching the whole body again (issue #19).
 */
let lastOwn: { text: string; own: string } | undefined;

/** The text before the first quoted message, from the start of the line that introduces it. */
export function ownPart(text: string): string {
  if (lastOwn?.text === text) return lastOwn.own;
  const own = ownPartOf(text);
  lastOwn = { text, own };
  return own;
}

function ownPartOf(text: string): string {
  const lower = text.toLowerCase();
  let end = text.length;
  for (const marker of QUOTE_MARKERS) {
    const at = lower.indexOf(marker);
    if (at < 0 || at >= end) continue;
    const lineStart = text.lastIndexOf('\n', at);
    end = lineStart >= 0 && at - lineStart <= MAX_ATTRIBUTION ? lineStart : Math.max(0, at - MAX_ATTRIBUTION);
  }
  return text.slice(0, end);
}

/** A free mailbox written in the sender's own part of the body that is neither the sender's nor the reader's. */
function written(msg: ParsedMessage, ctx: CheckContext, from: Address, body: string): ReplyChannel | undefined {
  const text = ownPart(body);
  for (const { address, at } of writtenAddresses(text)) {
    const domain = address.slice(address.indexOf('@') + 1);
    if (same(address, from.address) || !isFreeMail(domain, ctx)) continue;
    if (msg.recipients.some((r) => same(r, address)) || msg.replyTo.some((r) => same(r.address, address))) continue;
    return {
      kind: 'written',
      address,
      toFreeMail: true,
      evidence: { header: 'Body', value: excerpt(text, at, at + address.length), highlight: address, author: 'sender' },
    };
  }
  return undefined;
}

/** The first channel found, strongest first: a diverted Reply-To, an address in the body, a free-mail sender. */
export function replyChannel(msg: ParsedMessage, ctx: CheckContext): ReplyChannel | undefined {
  const from = msg.from;
  if (!from?.address) return undefined;
  // An organisation authenticated as itself answers for the addresses it writes (a club's treasurer on gmail).
  const readBody = ctx.dmarc !== 'pass' || isFreeMail(from.domain, ctx);
  const found =
    diverted(msg, ctx, from) ?? (readBody ? written(msg, ctx, from, msg.bodyText.slice(0, MAX_BODY)) : undefined);
  if (found) return found;
  const free = isFreeMail(from.domain, ctx);
  // A look-alike of our own domain or a brand's answers for nothing either: it was registered to pass for another.
  // Not a list's own address in a From it rewrote ("Ana via Devel"): the list is no look-alike of anyone's.
  const lookalike = !free && !!from.registrable && !rewrittenFrom(from.name) && imitation(ctx, from.registrable);
  if (!free && !lookalike) return undefined;
  const value = headerValue(msg, 'from', from.address);
  return {
    kind: free ? 'free' : 'lookalike',
    address: from.address,
    toFreeMail: free,
    evidence: headerMark('From', value, from.address),
  };
}
