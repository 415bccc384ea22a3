/**
 * links.lookalike-host (fail): a link's domain is a brand's name joined to the words of a phishing page
 * (`docusign-review.net`, `switch.egress-securemail.co`, `microsoft365-login.support`, `dhl-redelivery.info`), the
 * brand does not own it, and the message claims or names that brand.
 * Attack: the classic credential phish's landing page — bought for a few dollars, named so the reader who checks the
 * address sees the brand the mail talks about; sent from a look-alike or a taken-over mailbox, so the sender proves
 * nothing.
 * Trap: a brand's own domains (all of the table's, of every brand and role) and its mail authenticated from them; a
 * domain that only resembles a brand's by a letter or another suffix (`sstatic.net`, `rakuten.net`: CDNs and the
 * brand's unlisted sites — never read here); resellers and vendors named for the relationship (`dhl-partner`,
 * `amazon-seller-tools`: no phishing-page word); the sender's own authenticated domain (sender.lookalike-domain judges
 * it); a host a developer newsletter names in prose (a bare host in plain text is no link anyone is asked to open);
 * and a message that never names the brand.
 */
import type { Check, CheckContext } from './check';
import type { Finding } from '../report';
import type { ParsedMessage } from '../types';
import { brandWordsDomain, findLookalike, labelOf } from '../brands/lookalike';
import { registrableAscii } from '../parse/domains';
import { senderLinkDomains, webLinks } from './links';
import type { judgeLookalikeHost, ownLookalikeLinks as ownLinks, wordedLookalike } from './lookalike-host-words';

/**
 * The words, the naming and the judging (lookalike-host-words.ts) are needed only by a message linking another
 * organisation than the sender on a domain of a brand's label beside other words (any words: the judging's narrow
 * them): the browsers fetch them then (`needs: ['lookalike-host']`) and analyse again before drawing; the command line
 * and the tools load them first.
 */
let judge: typeof judgeLookalikeHost | undefined;
let owner: typeof ownLinks | undefined;
let byWords: typeof wordedLookalike | undefined;

/** Loads the words (a chunk of its own in the browsers); settles once the check can read them. */
export const loadLookalikeHostWords = (): Promise<void> =>
  import(/* webpackChunkName: "lookalike-host" */ './lookalike-host-words').then((m) => {
    judge ??= m.judgeLookalikeHost;
    owner ??= m.ownLookalikeLinks;
    byWords ??= m.wordedLookalike;
  });

/**
 * Forgets the words, as a fresh pane starts without them.
 * @internal a test hook: the words are module state
 */
export function forgetLookalikeHostWords(): void {
  judge = owner = byWords = undefined;
}

/** The shortest label of a brand's name and a word: `dhl-doc`, `adobedoc`. */
const MIN_LABEL = 7;

/**
 * Any word of three letters or more (every word the judging reads has as many): a brand's label beside such words is
 * what the judging's words narrow down; `online` is no `line` beside a word `on`.
 */
const anyWord = (s: string): boolean => /[a-z]{3}/.test(s);

/**
 * The abbreviations of lure-words-local.ts ABBREVIATIONS, as whole tokens.
 * @internal a test holds the two alike
 */
export const ABBREVIATED = /(?:^|-)spk(?:-|$)/;

/**
 * Also asks for the words for a sender's domain of that shape (not the reader's own): the sender's look-alike reads
 * every language's lure words with them (`skat-refusion.dk`); and for a sender's domain that imitates a brand at all,
 * told with them as the holder of a shared name it points to (`mygov-au-notice.com`).
 */
const lookalikeHost: Check = (msg, ctx) => {
  if (judge) return judge(msg, ctx);
  const senderOwns = senderLinkDomains(msg, ctx);
  const worded = (reg: string) => wordedShape(ctx, reg);
  const from = msg.from?.registrable;
  if (
    (from &&
      !ctx.ownDomains.includes(from) &&
      (!!findLookalike(ctx.brands, from, ctx.ownDomains, ctx.claimed)?.brand || worded(from))) ||
    webLinks(msg).some((l) => !senderOwns(l.registrable) && worded(l.registrable))
  )
    ctx.needs.add('lookalike-host');
  return undefined;
};

/** A domain of a brand's label beside other words (any words: the judging's narrow them), or its abbreviation. */
function wordedShape(ctx: CheckContext, reg: string): boolean {
  const label = labelOf(registrableAscii(reg));
  return label.length >= MIN_LABEL && (ABBREVIATED.test(label) || !!brandWordsDomain(ctx.brands, reg, anyWord));
}

/**
 * Whether a domain is a brand's look-alike by the lure words of every language the table's brands write in
 * (`skat-refusion.dk`: lookalike-host-words.ts wordedLookalike), as sender.lookalike-domain reads a From on it; for
 * reply-channel.ts, which reads a Reply-To so too. Before the words are loaded, a domain of that shape notes the need
 * (the host analyses again with them) and reads as none.
 */
export function lookalikeByWords(ctx: CheckContext, reg: string): boolean {
  if (byWords) return !!byWords(ctx.brands, reg);
  if (wordedShape(ctx, reg)) ctx.needs.add('lookalike-host');
  return false;
}

/**
 * One link, one sentence (lookalike-host-words.ts ownLookalikeLinks): loaded with the words, since only a message
 * whose look-alike link they judged has a sentence to drop. With them too, the sender's look-alike is read again with
 * every language's lure words and told as the holder of a shared name it points to (lookalike-host-words.ts).
 */
export function ownLookalikeLinks(findings: Finding[], msg: ParsedMessage, ctx: CheckContext): Finding[] {
  return owner ? owner(findings, msg, ctx) : findings;
}

export const LOOKALIKE_HOST_CHECKS: readonly (readonly [string, Check])[] = [['links.lookalike-host', lookalikeHost]];
