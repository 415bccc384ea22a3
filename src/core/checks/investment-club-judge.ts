/**
 * content.pretext.investment-club (pretext.ts names the attack and the traps): a gain no licensed firm may promise,
 * with a call into a chat group, a mentor's free tips, an AI trading system, or a deposit before profits can be
 * withdrawn; or that deposit beside the AI system's credited profit. Judged in the "disclaimer" chunk with the other
 * pretexts (pretext-judge.ts asks it); the wording is investment-club-phrases.ts.
 * Policy: fail (likely phishing) whoever sends it, authenticated or not — the scheme's own domain authenticates for
 * itself, rents an ESP (Brevo, SendGrid) or writes from a free mailbox, and no regulated broker promises a percentage a
 * day, a win rate or guaranteed profit, or gathers clients in a LINE or Zalo group. Two signs are needed, never one:
 * a fund's newsletter quotes returns, a community's mail names its WhatsApp group. Nothing is said when the sender is
 * authenticated (DMARC pass) as a brand's own domain, not a free mailbox: a real broker's mail is judged by its links
 * and sender.
 * Trap: the brokers' and banks' newsletters quote the scheme's very words in their warnings (SBI証券's 「LINEグループで
 * 投資を勧誘する詐欺」, XTB's "nie oferuje gwarantowanych zysków i nie kontaktuje się przez WhatsApp"): a hit in a
 * sentence that warns or denies (scam, fraud, never, 詐欺, ございません, oszust, lừa đảo …) does not count, and the
 * next hit of its family after that sentence is read instead (at most a few times: a bound on rescanning).
 * Linear: one phrase scan per family tried, bounded windows for the warnings, one bounded regex for the rate.
 */
import type { Evidence } from '../report';
import type { ParsedMessage } from '../types';
import type { CheckContext } from './check';
import { finding } from '../findings';
import { bodyEvidence, phraseEvidence, phraseFinder } from './lure-matcher';
import { firstUnwarned, sentence, sentenceEnd, WARNING } from './warning-context';
import {
  INVESTMENT_CLUB_FAMILIES,
  INVESTMENT_CLUB_PHRASES,
  type InvestmentClubFamily,
} from './investment-club-phrases';
import { linkEvidence, webLinks } from './links';
import { brandsOwningDomain } from '../brands/lookup';
import { isFreeMail } from './free-mail';

const find = phraseFinder(INVESTMENT_CLUB_FAMILIES, INVESTMENT_CLUB_PHRASES);

/**
 * A percentage a day or a week (a fund's newsletter reports a month's or a year's): "2.3% per day", "1,5 % dziennie",
 * "3% mỗi ngày", "5%/日", "每天3%" is read by its own phrase. Digits, then fixed words: no backtracking to speak of.
 */
const RATE =
  /\d(?:[.,]\d{1,3})? ?% ?(?:(?:per|a|each|every|\/) ?(?:day|week|trading day)\b|daily\b|weekly\b|dziennie|tygodniowo|pro tag|taglich|täglich|par jour|par semaine|al d[ií]a|por d[ií]a|ao dia|al giorno|per giorno|per dag|m[ỗo]i ng[àa]y|m[ỗo]i tu[ầa]n|h[ằa]ng ng[àa]y|в день|в неделю|per hari|setiap hari|\/日|\/天|毎日|每天|每日|하루)/iu;

/**
 * What a rate must be said of, within READ_BEFORE characters before it: a return, a profit, an earning. A shop's "10%
 * daily deals", an invoice's "interest of 0.1% per day" (no return word: interest is what a debtor owes) are not.
 */
const YIELD_WORD =
  /return|profit|yield|earn|gain|roi\b|income|payout|lucr|ganan|rentab|zysk|zarab|l[ãa]i|l[ợo]i nhu[ậa]n|收益|利益|利回り|수익|доход|прибыл|rendit|rendem|gewinn|guadagn|rendiment|keuntungan|kazan/iu;
const READ_BEFORE = 80;

/** How many rates are tried before none is counted. */
const MAX_TRIES = 3;

/** The chat hosts a link joins a group or a chat on: LINE, WhatsApp, Telegram, Zalo, KakaoTalk's open chats. */
const CHAT_HOSTS = new Set([
  'lin.ee',
  'line.me',
  'chat.whatsapp.com',
  'wa.me',
  't.me',
  'telegram.me',
  'zalo.me',
  'open.kakao.com',
]);

/** Each family's first hit outside a warning, subject first, then body. */
function wording(subject: string, body: string): Map<InvestmentClubFamily, Evidence> {
  const said = new Map<InvestmentClubFamily, Evidence>();
  const present = new Set([...find(subject), ...find(body)].map((h) => h.family));
  // Nothing to pair (no promise, no deposit and no rate): no family is read again (most mail; issue #19).
  if (!present.has('gain') && !present.has('unlock') && !RATE.test(subject) && !RATE.test(body)) return said;
  for (const family of present) {
    const inSubject = firstUnwarned(find, INVESTMENT_CLUB_FAMILIES, subject, family);
    if (inSubject) said.set(family, phraseEvidence('Subject', subject, inSubject));
    else {
      const inBody = firstUnwarned(find, INVESTMENT_CLUB_FAMILIES, body, family);
      if (inBody) said.set(family, phraseEvidence('Body', '', inBody));
    }
  }
  return said;
}

/** A rate a day or a week outside a warning's sentence, in the subject or the body (its first few tried). */
function rate(subject: string, body: string): Evidence | undefined {
  for (const [header, text] of [
    ['Subject', subject],
    ['Body', body],
  ] as const) {
    let at = 0;
    for (let i = 0; i < MAX_TRIES; i++) {
      const m = RATE.exec(text.slice(at));
      if (!m) break;
      const start = at + m.index;
      const end = start + m[0].length;
      const said = YIELD_WORD.test(text.slice(Math.max(0, start - READ_BEFORE), start));
      if (said && !WARNING.test(sentence(text, start, end)))
        return header === 'Subject'
          ? { header, value: text, highlight: m[0], author: 'sender' }
          : bodyEvidence(text, { start, text: m[0] });
      at = sentenceEnd(text, end);
    }
  }
  return undefined;
}

/** The investment-club scheme's pitch (see the head of this file). */
export function investmentClub(msg: ParsedMessage, ctx: CheckContext, subject: string, body: string) {
  const from = msg.from?.registrable;
  if (!from) return undefined;
  const said = wording(subject, body);
  const gain = said.get('gain') ?? rate(subject, body);
  const chat = webLinks(msg).find((l) => CHAT_HOSTS.has(l.host) || CHAT_HOSTS.has(l.registrable));
  const group = said.get('group') ?? (chat && linkEvidence(chat));
  const robot = said.get('robot');
  const unlock = said.get('unlock');
  const beside = group ?? said.get('mentor') ?? robot ?? unlock;
  // A promised gain with one more sign of the scheme, or the deposit before a withdrawal beside the AI's profit.
  const evidence = gain && beside ? [gain, beside] : unlock && robot ? [robot, unlock] : undefined;
  if (!evidence) return undefined;
  // A brand's own authenticated mail is not judged here; a free mailbox (naver.com, gmail.com) is anyone's. Asked
  // only of a pitch found: the maintained free-mail list is fetched for the messages that ask it (check-data.test).
  const brandOwn =
    ctx.dmarc === 'pass' && brandsOwningDomain(ctx.brands, from).length > 0 && !isFreeMail(msg.from!.domain, ctx);
  return brandOwn ? undefined : finding('content.pretext', 'fail', {}, evidence, 'content.pretext.investment-club');
}
