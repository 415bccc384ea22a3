/**
 * content.pretext (fail): the stories of the kinds of phishing seldom written about, each by its key
 * (pretext-judge.ts judges, pretext-phrases.ts has the wording in every script):
 * - `.copyright`: an infringement claim whose proof is a stranger's file. Attack: "unlicensed use of my photographs
 *   … the images and proof of ownership: storage.googleapis.com/…/Images_and_Proof.html", a law firm's
 *   „Urheberrechtsverletzung … Beweissicherung.html" on an S3 bucket, a ZIP "with the evidence": the 2024–2026
 *   image-rights campaigns that deliver an info-stealer or a sign-in page. Trap: a host's genuine DMCA notice quotes
 *   the complaint and links to its own policy (and to the original work); a rights agency links to its own portal.
 * - `.sim-swap`: "we received a request to convert your line to eSIM … if this wasn't you, cancel it" through a
 *   shortener, a rented page, or from a free mailbox or a sender not authenticated linking elsewhere: the cancel page
 *   takes the account and the one-time codes. Trap: the operator's own authenticated notice linking to itself, or
 *   giving a number to call.
 * - `.wrong-person`: a stranger's free mailbox recalling a meeting or having "found the address on your card", then
 *   investment, crypto or a messenger: the pig-butchering opener. Trap: a friend's note with either alone.
 * - `.investment-club`: a gain no licensed firm may promise (a percentage a day, guaranteed profit, members' average
 *   gains, a win rate) with a call into a LINE, WhatsApp, Telegram or Zalo group, an analyst's "assistant" offering free
 *   tips, an AI trading system, or a deposit before profits can be withdrawn (investment-club-judge.ts). Attack: the
 *   celebrity analyst's free stock study group on LINE, the "ORLEN programme" run by AI, the AI quant fund paying 2.3 %
 *   a day through Brevo, the fake exchange's "activation deposit" (set44, set45). Trap: the brokers' newsletters quote
 *   returns and, in their warnings, the scheme's own words ("LINEグループで投資を勧誘する詐欺", "nie oferuje
 *   gwarantowanych zysków"): a hit in a sentence that warns or denies is not counted.
 * - `.police-summons`, `.fake-lawsuit`, `.prize-fee`, `.job-fee` (reply-scam-judge.ts): the scams with only a reply, a
 *   number or a payment. The fake police summons for child abuse material from a free mailbox or answered at one
 *   (set44 p-fr-01, the « convocation » of the Brigade de protection des mineurs from Gmail with a PDF); the 架空請求
 *   civil-lawsuit "final notice", withdrawn by calling, wages seized (set44 p-ja-02); a lottery win paid out after a
 *   "transfer commission" (set44 p-ru-01); a job offer whose candidate pays the visa fee, "refunded with the first
 *   salary" (set44 p-ar-01). Traps: a police force's own notice from its domain, a fine notice (ANTAI, Gosuslugi), a
 *   lottery's genuine prize notice (no fee), an offer letter where the company bears the visa fee, and every warning
 *   quoting these words (a hit in a sentence that warns or denies is not counted).
 * - `.directory-form` (reply-scam-judge.ts): a directory's or register's "update of your company data" on a form to sign
 *   and return, whose fine print is a paid listing for years (set44 p-de-01 Gewerbeauskunft-Zentrale style, p-en-12
 *   "Global Trade Register", both reply or fax only with a PDF). Trap: a register's or credit agency's own data check
 *   (online, no signature), a government's domain, the DPMA's warning about such registers (no form to sign).
 * - `.authority-domain`: a water bureau, power company, tax office or "network operator" whose domain is made only of
 *   generic words (`suido-ryokin-center.jp`, `chuanhoa-thuebao.vn`), with two lure families: authenticated for its own
 *   new domain and linking to itself it otherwise raises nothing. Trap: a government's own suffix, a utility's own
 *   name (`tepco.co.jp`), a generic-words domain without the script.
 * - `.crypto-invoice`: an invoice payable to a cryptocurrency wallet, with a discount for paying so or the proof sent
 *   to a free mailbox the sender is not. Attack: a real Square or PayPal invoice whose note says "pay 690 USDT (TRC20)
 *   to T… for 30 % off, send the receipt to …@proton.me" (set34). Trap: a crypto merchant's own invoice (no discount,
 *   answered at its domain), a freelancer's USDT invoice from the gmail the answer goes to.
 * - `.wallet-claim`: tokens, an airdrop or rewards the reader's wallet is "eligible" to claim by connecting, syncing or
 *   validating it or typing its recovery phrase, with a link. Attack: a "project foundation's" own authenticated
 *   domain, "Wallets that bridged before block … are eligible … Connect the wallet you used" (set36 p-en-07), the
 *   MetaMask or Ledger "validate your wallet" kits: the page drains the wallet with one signature. Trap: an exchange's
 *   or wallet's own authenticated mail linking to itself (an airdrop credited to the account), a safety note saying it
 *   never asks for the recovery phrase, airdrop news without the wallet act.
 * - `.refund-deposit`: a tax refund or rebate "sent by Interac e-Transfer" or to be deposited by picking one's bank on
 *   a page. Attack: "Canada Revenue Agency" from `notification-canada.ca.accesscra.org`, "select your financial
 *   institution" behind a Google redirect (set37 p-en-05); the HMRC and ATO refund kits. Trap: a government's or a
 *   bank's own authenticated mail, an accountant's letter about the refund (no bank to pick).
 * - `.locked-file`: a shared or sent file said to be protected, to be opened by signing in with the reader's e-mail
 *   address or password. Attack: a real Dropbox, WeTransfer or SharePoint share from a taken-over mailbox whose note
 *   says "the files are protected: sign in with your business e-mail credentials" (set34); the page behind takes the
 *   mailbox. Trap: a colleague's share with an ordinary note; a bank's password-protected statement (the password's
 *   rule, no sign-in); an encrypted-mail notice (a message, not a file).
 * - `.mark-fee`: a trademark's or patent's "publication" in a register, billed to an account, cancelled or the mark
 *   "exposed to third-party registrations" if unpaid. Attack: "procedemos à publicação da V/ marca no Registo Europeu
 *   de Marcas e Patentes … IBAN SK31 … a publicação será cancelada" (set28), the look-alike registers WIPO, EUIPO and
 *   the USPTO warn of, in every language they bill in. Trap: an IP attorney's invoice for a real filing (the fees, no
 *   threat); an office's renewal reminder ("the registration will lapse").
 * - `.form-echo`: a web site's contact-form acknowledgement whose first line, before its own "your message has been
 *   sent", carries a link elsewhere: a spammer typed the lure and link into the form's name field with the reader's
 *   address. Attack: "❤️ Brenda want to meet you! Click Here: http://inx.lv/… ❤️ su email ha sido enviado
 *   correctamente" (en_sf). Trap: an acknowledgement quoting the reader's own message after its words; one linking to
 *   the site itself.
 * The gate is only that the judging is here: the "disclaimer" chunk comes with every message with a body
 * (need-hints.ts), and content.lure asks for it whenever it is out. Linear: one phrase scan and a walk of the
 * domain's label.
 */
import type { Check } from './check';
import type { judgePretext } from './pretext-judge';

/** The judging (pretext-judge.ts), once loaded. */
let judge: typeof judgePretext | undefined;

/** Loads the judging (in the "disclaimer" chunk of the browsers); settles once the check can use it. */
export const loadPretextJudge = (): Promise<void> =>
  import(/* webpackChunkName: "disclaimer" */ './pretext-judge').then((m) => void (judge = m.judgePretext));

// Not loaded, it asks for nothing itself: content.lure (content.ts) asks for the same chunk for every body.
const pretext: Check = (msg, ctx) => judge?.(msg, ctx);

/** The check, with its finding id (analyze.ts gathers it). */
export const PRETEXT_CHECKS: readonly (readonly [string, Check])[] = [['content.pretext', pretext]];
