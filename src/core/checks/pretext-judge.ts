/**
 * content.pretext's judging (pretext.ts names the attacks and the traps): the wording (pretext-phrases.ts), where the
 * message sends the reader, and the sender's domain. In the "disclaimer" chunk of the browsers, which every message
 * with a body fetches with its first analysis; the command line and the tools load it first.
 */
import type { Evidence } from '../report';
import type { Link, ParsedMessage } from '../types';
import type { CheckContext } from './check';
import { finding } from '../findings';
import { bodyEvidence, findLures, phraseEvidence, phraseFinder, type PhraseHit } from './lure-matcher';
import type { LureFamily } from './lure-phrases';
import { PRETEXT_FAMILIES, PRETEXT_PHRASES, type PretextFamily } from './pretext-phrases';
import { linkEvidence, pathAndQuery, webLinks } from './links';
import { hidesTarget, rentedSite, throwawayEntry } from './link-services';
import { hostedPage } from './hosted-page';
import { isFreeMail } from './free-mail';
import { ownPart, replyChannel } from './reply-channel';
import { BECH32, LEGACY } from '../need-hints';
import { madeOfWords } from '../text';
import { LURE_SET } from '../brands/lookalike';
import { brandsOwningDomain } from '../brands/lookup';
import { investmentClub } from './investment-club-judge';
import { replyScam } from './reply-scam-judge';

const find = phraseFinder(PRETEXT_FAMILIES, PRETEXT_PHRASES);

/** The first hit of each family, subject first, then the sender's own part of the body (a quoted mail is not). */
function wording(subject: string, body: string): Map<PretextFamily, Evidence> {
  const said = new Map<PretextFamily, Evidence>();
  for (const hit of find(subject)) said.set(hit.family, phraseEvidence('Subject', subject, hit));
  for (const hit of find(body, new Set(said.keys()))) said.set(hit.family, phraseEvidence('Body', '', hit));
  return said;
}

/** A page, script or archive as a file (`Images_and_Proof.html`, `evidence.zip`): what a stranger's "proof" is. */
const FILE_PAGE = /\.(?:s?html?|svg|zip|rar|7z|iso|img|exe|scr|js|lnk|vbs)$/i;
/** An archive or program to download: a web page's `.html` on a site is every news article's address, not a file. */
const FILE_DOWNLOAD = /\.(?:zip|rar|7z|iso|img|exe|scr|js|lnk|vbs)$/i;
/** The same kinds by what the bytes are (parse/attachment-bytes.ts). */
const SNIFFED = new Set(['ZIP', 'RAR', '7z', 'ISO 9660', 'HTML', 'SVG', 'PE (MZ)']);

const pathOf = (link: Link) => pathAndQuery(link.url).replace(/[?#].*/, '');

/** A link whose target nobody answers for: a shortener, a page or bucket anyone rents, a form. */
const hidden = (link: Link) =>
  hidesTarget(link.registrable, pathAndQuery(link.url)) || !!throwawayEntry(link.host, pathAndQuery(link.url));

/**
 * Where a stranger's "evidence" is: a link to a rented page or bucket, a shortener or an archive or program to download
 * from another organisation's host, or an attached archive, page or program; not the sender's own site nor the
 * reader's, and not a web page on a site (a newsletter or list post about a copyright case links to articles).
 */
function evidencePlace(msg: ParsedMessage, ctx: CheckContext): Evidence | undefined {
  const own = new Set([msg.from?.registrable, ...ctx.ownDomains]);
  const link = webLinks(msg).find((l) => !own.has(l.registrable) && (hidden(l) || FILE_DOWNLOAD.test(pathOf(l))));
  if (link) return linkEvidence(link);
  const file = msg.attachments.find(
    (a) => FILE_PAGE.test(a.filename) || (a.sniffed !== undefined && SNIFFED.has(a.sniffed)),
  );
  return file && { header: 'Attachment', value: file.filename, author: 'sender' };
}

/** The infringement claim whose proof is a stranger's file (pretext.ts: copyright). */
function copyright(msg: ParsedMessage, ctx: CheckContext, said: Map<PretextFamily, Evidence>) {
  const claim = said.get('copyright');
  const place = claim && evidencePlace(msg, ctx);
  return place && finding('content.pretext', 'fail', {}, [claim, place], 'content.pretext.copyright');
}

/** The line moved to a new SIM, "cancel it if it wasn't you", through a link nobody answers for (pretext.ts: sim). */
function simSwap(msg: ParsedMessage, ctx: CheckContext, said: Map<PretextFamily, Evidence>) {
  const sim = said.get('sim');
  const notYou = said.get('notyou');
  if (!sim || !notYou || !msg.from) return undefined;
  const links = webLinks(msg);
  const link =
    links.find((l) => hidden(l) || (!!l.image && l.registrable !== msg.from?.registrable)) ??
    (ctx.dmarc !== 'pass' || isFreeMail(msg.from.domain, ctx)
      ? links.find((l) => l.registrable !== msg.from?.registrable)
      : undefined);
  return link && finding('content.pretext', 'fail', {}, [sim, notYou, linkEvidence(link)], 'content.pretext.sim-swap');
}

/**
 * A stranger's free mailbox recalling a meeting then talking of investment, or owning up to a wrong recipient then
 * offering investment or a messenger (pretext.ts: wrong person). A friend's "great seeing you at the golf day, my
 * WhatsApp is …" is neither.
 */
function wrongPerson(msg: ParsedMessage, ctx: CheckContext, said: Map<PretextFamily, Evidence>) {
  const opener = said.get('wrong') ?? said.get('recall');
  const ask = said.get('invest') ?? (said.has('wrong') ? said.get('chat') : undefined);
  if (!opener || !ask || !msg.from || !isFreeMail(msg.from.domain, ctx)) return undefined;
  return finding('content.pretext', 'fail', {}, [opener, ask], 'content.pretext.wrong-person');
}

/**
 * What a public body or utility is, in the words its impostors' domains are made of: water, power, gas, tax, toll,
 * fines, pensions, a phone line's subscriber; romanised Japanese (suido, ryokin, denki, nenkin, zeimu), Vietnamese
 * without its marks (thuebao, chuanhoa, nhamang), Indonesian, Spanish, Portuguese, French, German.
 */
const AUTHORITY = (
  'water waterworks power electric electricity energy gas utility utilities toll tolls tollway parking traffic ' +
  'pension pensions welfare subsidy subscriber subscribers telecom esim sim license licence vehicle dmv court ' +
  'suido suidou ryokin ryoukin denki denryoku gasu nenkin zeimu kokuzei zeikin shiyakusho kuyakusho keisatsu ' +
  'thuebao chuanhoa nhamang vienthong dienluc capnuoc nuoc thue phatnguoi ' +
  'tagihan listrik pln pdam tilang samsat ' +
  'agua luz electricidad multas transito trafico energia eletricidade detran pensao ' +
  'eau electricite peage stationnement strom wasser maut rundfunk ' +
  // The Romance languages' official "notice" (`notificacion-multas.com`, `notificacao-portagens.pt`): what an
  // authority's letter is called there, and no business's name.
  'notifica notificacion notificaciones notificacao notificacoes notificazione notificazioni ' +
  // A school's e-diary or parents' portal (set26 p-hu-01: `enaplo-iskola-portal.hu`, "your parent account's password
  // expires in 48 hours, sign in with your username and password"): a public school writes from its own domain.
  'school schools schule ecole escola escuela scuola iskola enaplo ekreta naplo szkola skola okul'
).split(' ');
/**
 * The service words beside them: the sender look-alike's (center, care, notice, pay, update …: lookalike.ts), a
 * customer desk's in the same languages (cskh, dichvu, kokyaku, madoguchi, atencion), and country codes.
 */
const WORDS: ReadonlySet<string> = new Set([
  ...AUTHORITY,
  ...LURE_SET,
  ...(
    'cskh dichvu khachhang tongdai kokyaku madoguchi uketsuke annai atencion servicio servicos layanan pelanggan ' +
    'upgrade line lines network bill bills charge charges office department national public ' +
    'ng vn uk us au ca nz za ph th my sg in'
  ).split(' '),
]);
const MAX_WORD = Math.max(...[...WORDS].map((w) => w.length));
/** A government's own label in the suffix (`.gov.vn`, `.lg.jp`, `.go.jp`, `.gouv.fr`, `.gob.mx`, `.gv.at`). */
const GOVERNMENT = /\.(?:gov|go|lg|gouv|gob|gv|govt|gc)\.|\.gov$/;

/** The domain's first label when it is made only of such words, at least one of them an authority's. */
function authorityWords(registrable: string | undefined): string | undefined {
  if (!registrable || GOVERNMENT.test(registrable)) return undefined;
  const label = registrable.slice(0, registrable.indexOf('.'));
  if (!AUTHORITY.some((w) => w.length > 2 && label.includes(w))) return undefined;
  return madeOfWords(label, WORDS, MAX_WORD, { hyphens: true, digits: true, plurals: true }) ? label : undefined;
}

/**
 * A "service centre" of generic words sending the script (pretext.ts: authority domain): the sender's domain, or
 * the domain every web link goes to, made only of those words, and two lure families in the letter.
 */
function authorityDomain(msg: ParsedMessage, lures: () => readonly PhraseHit<LureFamily>[]) {
  const from = msg.from?.registrable;
  const links = webLinks(msg);
  const domain = authorityWords(from)
    ? from
    : links.length &&
        links.every((l) => l.registrable === links[0]!.registrable) &&
        authorityWords(links[0]!.registrable)
      ? links[0]!.registrable
      : undefined;
  if (!domain) return undefined;
  const families = new Set(lures().map((h) => h.family));
  if (families.size < 2) return undefined;
  const evidence: Evidence =
    domain === from
      ? { header: 'From', value: msg.from!.address, highlight: domain, author: 'sender' }
      : linkEvidence(links[0]!, domain);
  return finding('content.pretext', 'fail', { domain }, [evidence], 'content.pretext.authority-domain');
}

/**
 * The reader's password, work account or bank details asked for with a link to a page anyone rents in minutes (a
 * form, a free site, a bucket: link-services.ts rentedSite; a platform of the Public Suffix List's private section not
 * the sender's own: hosted-page.ts), whoever sends it (pretext.ts: rented ask). Not when the
 * letter says its own "never submit passwords" (a Google Forms invitation's footer), nor for a fee or a donation alone.
 */
function rentedAsk(msg: ParsedMessage, ctx: CheckContext, said: Map<PretextFamily, Evidence>) {
  const ask = said.get('secret');
  if (!ask || said.has('never')) return undefined;
  const links = webLinks(msg);
  // The hand list first; then the Public Suffix List's platforms, whose list this asks for (hosted-page.ts).
  const link =
    links.find((l) => rentedSite(l.host, pathAndQuery(l.url))) ??
    links.find((l) => hostedPage(l.host, pathAndQuery(l.url), msg.from?.domain, ctx.needs));
  return link && finding('content.pretext', 'fail', {}, [ask, linkEvidence(link)], 'content.pretext.rented-ask');
}

/**
 * A fee for an entry in a "register" whose own small print says it is a private directory, not the official register,
 * or that paying makes the contract (pretext.ts: register offer). Not a register's notice that warns of such offers
 * ("private providers … are not connected with the register": the small print is about others, in the plural).
 */
function registerOffer(said: Map<PretextFamily, Evidence>) {
  const small = said.get('private');
  const pay = said.get('pay');
  return small && pay && finding('content.pretext', 'fail', {}, [small, pay], 'content.pretext.register-offer');
}

/**
 * A trademark's or patent's "publication" or entry in a register, billed for transfer, that will be cancelled or leave
 * the mark open to others' filings if unpaid (pretext.ts: mark fee). An IP attorney's invoice for a real filing names
 * the mark and the fees but threatens nothing; an office's renewal reminder says the registration lapses, which is
 * not listed.
 */
function markFee(said: Map<PretextFamily, Evidence>) {
  const mark = said.get('mark');
  const pay = said.get('pay');
  const lapse = said.get('lapse');
  return mark && pay && lapse && finding('content.pretext', 'fail', {}, [mark, pay, lapse], 'content.pretext.mark-fee');
}

/** Characters of the first line read for a contact form's copied field and its acknowledgement. */
const ECHO_BEFORE = 400;
const ONLY_ECHO = new Set(PRETEXT_FAMILIES.filter((f) => f !== 'echo'));

/**
 * A contact form's acknowledgement whose first line writes out a link to another organisation before the form's own
 * words (pretext.ts: form echo): the form copied a stranger's name field, and the site's own server mailed it.
 * Not an acknowledgement that quotes the reader's message after its own words (the reader wrote that link), one
 * linking to the site itself, a logo's or tracker's link (not written out), nor a ticket link on a line of its own.
 */
function formEcho(msg: ParsedMessage, said: Map<PretextFamily, Evidence>, body: string) {
  if (!said.has('echo')) return undefined;
  const text = body.trimStart();
  const end = text.indexOf('\n');
  const hit = find((end < 0 ? text : text.slice(0, end)).slice(0, ECHO_BEFORE), ONLY_ECHO)[0];
  if (!hit) return undefined;
  const before = hit.display.slice(0, hit.start).toLowerCase();
  const from = msg.from?.registrable;
  const link = webLinks(msg).find((l) => l.registrable !== from && !!l.host && before.includes(l.host.toLowerCase()));
  return (
    link &&
    finding(
      'content.pretext',
      'fail',
      {},
      [phraseEvidence('Body', '', hit), linkEvidence(link)],
      'content.pretext.form-echo',
    )
  );
}

/** A wallet written out: TRON's (USDT on TRC20: `T` and 33 base58 letters), Ethereum's or BSC's (`0x` and 40 hex). */
const TRON = /\bT[1-9A-HJ-NP-Za-km-z]{33}\b/g;
const EVM = /\b0x[0-9a-f]{40}\b/gi;
/** The currency named: without it, a token of the shape is an order number or a key as often. */
const CRYPTO_WORD =
  /usdt|tether|trc-?20|erc-?20|bep-?20|bitcoin|\bbtc\b|ethereum|\beth\b|crypto|крипт|العملة الرقمية|محفظة|加密货币|虚拟货币|暗号資産/i;

/** Characters before a wallet in which the appeal must ask for the donation: the wallet is how to give. */
const DONATE_BEFORE = 300;
const ALL_BUT_DONATE = new Set(PRETEXT_FAMILIES.filter((f) => f !== 'donate'));

/** The first cryptocurrency wallet in the text, when the currency is named. */
function walletIn(body: string): { at: number; text: string } | undefined {
  if (!CRYPTO_WORD.test(body)) return undefined;
  // Bitcoin's shapes as need-hints.ts gives them (global regexes: matchAll reads them without their lastIndex).
  const m = [TRON, EVM, BECH32, LEGACY].map((re) => body.matchAll(re).next().value).find((x) => !!x);
  return m && { at: m.index ?? 0, text: m[0] };
}

/**
 * A donation appeal whose way to give is a cryptocurrency wallet — the donation asked for in the lines just above the
 * wallet — from a mailbox nobody answers for (a free mailbox, or answers diverted to one) (pretext.ts: crypto
 * donation). A charity writing from its own domain answers for its wallet; its appeal linking to its own donation page
 * names none; a friend's gmail mentioning a donation and, further on, a wallet for the pizza money is no appeal.
 */
function cryptoDonation(msg: ParsedMessage, ctx: CheckContext, said: Map<PretextFamily, Evidence>, body: string) {
  const wallet = said.has('donate') ? walletIn(body) : undefined;
  if (!wallet || !msg.from) return undefined;
  const ask = find(body.slice(Math.max(0, wallet.at - DONATE_BEFORE), wallet.at), ALL_BUT_DONATE)[0];
  if (!ask || !replyChannel(msg, ctx)?.toFreeMail) return undefined;
  const walletEvidence = bodyEvidence(body, { start: wallet.at, text: wallet.text });
  return finding(
    'content.pretext',
    'fail',
    {},
    [phraseEvidence('Body', '', ask), walletEvidence],
    'content.pretext.crypto-donation',
  );
}

/**
 * An investment platform's pitch with its promised profit, whose answers go to a free mailbox the sender's organisation
 * is not: a Reply-To or an address in the body (pretext.ts: investment pitch). A friend on gmail talking of crypto
 * writes from the mailbox the answer goes to; a fund's newsletter answers at its own domain.
 */
function investmentPitch(msg: ParsedMessage, ctx: CheckContext, said: Map<PretextFamily, Evidence>) {
  const invest = said.get('invest');
  const profit = said.get('profit');
  if (!invest || !profit) return undefined;
  const channel = replyChannel(msg, ctx);
  if (!channel || !channel.toFreeMail || (channel.kind !== 'diverted' && channel.kind !== 'written')) return undefined;
  return finding(
    'content.pretext',
    'fail',
    { reply: channel.address },
    [invest, profit, channel.evidence],
    'content.pretext.investment-pitch',
  );
}

/**
 * A list of a show's attendees' (exhibitors', buyers') e-mail addresses offered for sale, with its counts and pricing
 * (pretext.ts: list offer), whoever sends it. An organiser's own mail names its attendee list without selling its
 * addresses; a CRM's newsletter speaks of the reader's own contact list.
 */
function listOffer(said: Map<PretextFamily, Evidence>) {
  const list = said.get('list');
  const sale = said.get('sale');
  return list && sale && finding('content.pretext', 'fail', {}, [list, sale], 'content.pretext.list-offer');
}

/** A TRON wallet as kits paste it: `T` and 33 letters or digits (a mistyped address is still where the money goes). */
const TRON_TYPED = /\bT[0-9A-Za-z]{33}\b/g;

/**
 * An invoice whose way to pay is a cryptocurrency wallet, with a discount for paying so or the proof of payment sent to
 * a free mailbox the sender's organisation is not (pretext.ts: crypto invoice). The platform's own invoice takes a card;
 * the note moves the money where nothing can take it back. A crypto merchant's own invoice names no discount and is
 * answered at its domain; a freelancer's gmail invoice in USDT is answered at that gmail (kind 'free': not read).
 */
function cryptoInvoice(msg: ParsedMessage, ctx: CheckContext, said: Map<PretextFamily, Evidence>, body: string) {
  const bill = said.get('bill');
  // A crypto exchange's, wallet's or crypto payment processor's own authenticated invoice, linking only to itself,
  // answers for its wallet and its discount for paying in its coin; an ordinary business's (even authenticated) does
  // not (det34c's attack: an authenticated firm's Bitcoin discount).
  if (bill && cryptoBrandOwn(msg, ctx)) return undefined;
  const wallet = bill && (walletIn(body) ?? typedTron(body));
  if (!wallet || !msg.from) return undefined;
  const channel = replyChannel(msg, ctx);
  const elsewhere = channel?.toFreeMail && (channel.kind === 'diverted' || channel.kind === 'written');
  const why = said.get('cheaper') ?? (elsewhere ? channel.evidence : undefined);
  if (!why) return undefined;
  const walletEvidence = bodyEvidence(body, { start: wallet.at, text: wallet.text });
  return finding('content.pretext', 'fail', {}, [bill, walletEvidence, why], 'content.pretext.crypto-invoice');
}

/** A TRON wallet typed with a letter base58 leaves out, when the currency is named (walletIn reads the strict ones). */
function typedTron(body: string): { at: number; text: string } | undefined {
  if (!CRYPTO_WORD.test(body)) return undefined;
  const m = body.matchAll(TRON_TYPED).next().value;
  return m && { at: m.index ?? 0, text: m[0] };
}

/**
 * A file said to be protected that opens with the reader's own e-mail sign-in (pretext.ts: locked file), with
 * somewhere to open it (a link, a QR code or an attached file). A real share opens with the service's own button and
 * asks for nobody's mailbox password; a bank's password-protected statement gives the password's rule (a birth date),
 * not a sign-in; an encrypted-mail notice speaks of a message, not a file.
 */
function lockedFile(msg: ParsedMessage, said: Map<PretextFamily, Evidence>) {
  const locked = said.get('locked');
  const login = said.get('mailogin');
  if (!locked || !login || said.has('never')) return undefined;
  if (!webLinks(msg).length && !msg.attachments.length && !msg.qr?.codes.length) return undefined;
  return finding('content.pretext', 'fail', {}, [locked, login], 'content.pretext.locked-file');
}

/**
 * Whether the mail is a crypto brand's own: authenticated (DMARC aligned pass) for a domain the brand table gives a
 * crypto exchange, wallet or processor (brands.json `kind: crypto`: the senders whose own airdrop, reward or invoice
 * in their coin is theirs to send), and every web link on that brand's domains (or the sender's own).
 */
function cryptoBrandOwn(msg: ParsedMessage, ctx: CheckContext): boolean {
  const from = msg.from?.registrable;
  if (!from || ctx.dmarc !== 'pass') return false;
  const brands = brandsOwningDomain(ctx.brands, from).filter((b) => b.kind === 'crypto');
  if (!brands.length) return false;
  const theirs = new Set([from, ...brands.flatMap((b) => b.domains)]);
  return webLinks(msg).every((l) => !!l.registrable && theirs.has(l.registrable));
}

/** A crypto wallet's words: a mobile-money e-wallet's "verify your wallet" (GCash, Paytm) is not one. */
const WEB3 =
  /metamask|ledger (?:live|nano)|trust ?wallet|phantom|web3|crypto|bitcoin|ethereum|usdt|\btokens?\b|\bnfts?\b|blockchain|defi\b|seed phrase|recovery phrase|暗号資産|ウォレット|加密|钱包|錢包|코인|지갑|крипт/i;
/** The threat that makes "validate your wallet" urgent: the wallet stopped, a deadline, someone else in it. */
const THREATS = new Set(['deletion', 'urgency', 'security']);

/**
 * Tokens, an airdrop or rewards the reader's wallet may claim by connecting, syncing or validating it, or by typing its
 * recovery phrase — or a crypto wallet to "validate" under a threat (the MetaMask, Ledger and Trust Wallet kits) —
 * with somewhere to do it (pretext.ts: wallet claim): the drainer's page takes every coin the wallet holds with one
 * signature. Not a crypto brand's own authenticated mail linking to itself (an exchange telling the user an airdrop
 * was credited, or inviting to its own rewards page); not a letter saying the sender never asks for the recovery
 * phrase (the wallets' own safety notes), nor claim talk without the wallet act (a newsletter's airdrop news), nor a
 * mobile-money e-wallet's own "verify your wallet" (no crypto named).
 */
function walletClaim(
  msg: ParsedMessage,
  ctx: CheckContext,
  said: Map<PretextFamily, Evidence>,
  body: string,
  lures: () => readonly PhraseHit<LureFamily>[],
) {
  const connect = said.get('connect');
  if (!connect || said.has('keysafe')) return undefined;
  const claim =
    said.get('claim') ??
    (WEB3.test(msg.subject.slice(0, 2_000) + '\n' + body) && lures().some((h) => THREATS.has(h.family))
      ? connect
      : undefined);
  if (!claim) return undefined;
  const link = webLinks(msg)[0];
  if (!link || cryptoBrandOwn(msg, ctx)) return undefined;
  const evidence = claim === connect ? [connect, linkEvidence(link)] : [claim, connect, linkEvidence(link)];
  return finding('content.pretext', 'fail', {}, evidence, 'content.pretext.wallet-claim');
}

/**
 * A tax refund, rebate or benefit said to wait for the reader, to be deposited by choosing one's bank on a page or
 * "sent by Interac e-Transfer", with a link (pretext.ts: refund deposit): tax offices pay into the account they hold
 * and never mail a bank picker; the page behind takes the online-banking login. Not a government's own authenticated
 * mail (its suffix) nor a brand's own (Interac's, a bank's: the refund deposited, no picker needed), nor an
 * accountant's letter about the refund with no bank to pick.
 */
function refundDeposit(msg: ParsedMessage, ctx: CheckContext, said: Map<PretextFamily, Evidence>) {
  const refund = said.get('taxback');
  const pick = said.get('pickbank');
  const from = msg.from?.registrable;
  if (!refund || !pick || !from) return undefined;
  if (ctx.dmarc === 'pass' && (GOVERNMENT.test(from) || brandsOwningDomain(ctx.brands, from).length)) return undefined;
  const link = webLinks(msg).find((l) => !GOVERNMENT.test(l.registrable ?? ''));
  return (
    link && finding('content.pretext', 'fail', {}, [refund, pick, linkEvidence(link)], 'content.pretext.refund-deposit')
  );
}

/** The first pretext the message shows (pretext.ts). */
export function judgePretext(msg: ParsedMessage, ctx: CheckContext) {
  const subject = msg.subject.slice(0, 2_000);
  const body = ownPart(msg.bodyText.slice(0, 20_000));
  const said = wording(subject, body);
  // The lure families of the subject and this body, found once for the two judges that ask (content.lure reads the
  // whole body, quotes and all, so its own hits are not these).
  let hits: PhraseHit<LureFamily>[] | undefined;
  const lures = () => (hits ??= [...findLures(subject), ...findLures(body)]);
  return (
    copyright(msg, ctx, said) ??
    simSwap(msg, ctx, said) ??
    wrongPerson(msg, ctx, said) ??
    investmentClub(msg, ctx, subject, body) ??
    replyScam(msg, ctx, subject, body) ??
    rentedAsk(msg, ctx, said) ??
    registerOffer(said) ??
    markFee(said) ??
    formEcho(msg, said, body) ??
    authorityDomain(msg, lures) ??
    cryptoDonation(msg, ctx, said, body) ??
    investmentPitch(msg, ctx, said) ??
    listOffer(said) ??
    walletClaim(msg, ctx, said, body, lures) ??
    refundDeposit(msg, ctx, said) ??
    cryptoInvoice(msg, ctx, said, body) ??
    lockedFile(msg, said)
  );
}
