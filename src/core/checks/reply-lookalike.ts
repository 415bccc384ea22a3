/**
 * sender.reply-lookalike (fail): the Reply-To is a near copy of the sender's own domain — one letter added, dropped,
 * changed or swapped, or the same drawing (`accounts@capeindustrialsuppliies.co.za` answering for
 * `accounts@capeindustrialsupplies.co.za`).
 * Attack: the supplier's or colleague's real mailbox (or a spoof that passes for it) sends the new bank details or the
 * payment request, and the answers — the "confirm once updated", the remittance, the next invoice — go to the
 * fraudster's typo domain, where the thread continues without the real owner. DMARC passes for the From, so
 * sender.reply-to (which trusts an authenticated sender's other domains) says nothing; the near copy is the giveaway:
 * nobody registers a misspelling of their own name to receive their replies.
 * Trap: an organisation's other real domains (`acme.com` answering at `acme.co.uk` or `acme-support.com`), a help
 * desk or ESP (`zendesk.com`), numbered twins (`school21.org`, `school22.org`), short names a letter apart by chance
 * (`acme`, `acne`): brands/lookalike.ts correspondentLookalike reads only one edit or one drawing apart, labels of six
 * letters or more, never a suffix swap.
 */
import type { Check } from './check';
import { finding } from '../findings';
import { firstHeader } from '../parse/headers';
import { correspondentLookalike } from '../brands/lookalike';
import { headerMark } from './header-mark';

const replyLookalike: Check = (msg) => {
  const from = msg.from;
  if (!from?.registrable) return undefined;
  for (const reply of msg.replyTo) {
    if (!reply.registrable || reply.registrable === from.registrable) continue;
    const near = correspondentLookalike(reply.registrable, [from.registrable]);
    if (!near) continue;
    const value = firstHeader(msg.headers, 'reply-to')?.value ?? reply.address;
    return finding('sender.reply-lookalike', 'fail', { reply: reply.address, domain: from.registrable }, [
      headerMark('Reply-To', value, reply.registrable),
      headerMark('From', firstHeader(msg.headers, 'from')?.value ?? from.address, from.registrable),
    ]);
  }
  return undefined;
};

/** The check, with its finding id (analyze.ts gathers it). */
export const REPLY_LOOKALIKE_CHECKS: readonly (readonly [string, Check])[] = [
  ['sender.reply-lookalike', replyLookalike],
];
