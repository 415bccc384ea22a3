/**
 * The mail-account notice with one pressure and a button elsewhere (issue #16, "your own mail system" phishing):
 * "Your mailbox has reached its storage limit … [Increase storage]", "You have 7 pending messages … [Release
 * messages]", "Your email account will be deactivated … [Cancel request]", "Ihr Postfach ist voll … [Speicher
 * erweitern]". content.lure asks for two families of pressure; these kits often say one — the claim about the
 * mailbox — and let the button be the ask. Judged here (the disclaimer chunk in the browsers, asked for by
 * content.ts when one family is found) as a content.lure of its own key. The same notice from an authenticated
 * stranger is read for sender.own-org-impersonation (signedNotice, below). Its words (lure-notice-phrases.ts) are
 * found by a phrase finder like every other table's: disguised letters read, and the task pane's tries prebuilt.
 * Attack: a stranger's notice about the reader's mail account whose only way forward is a worded button to a site of
 * neither the sender, the reader's organisation nor any brand: the login page of the kit.
 * Trap: the genuine notices of the same shape — the company's own IT (its own domain: not a stranger), Google's and
 * Microsoft's quota and quarantine mail (their buttons lead to their own domains, and they authenticate), a helpdesk
 * ticket or a sign-up's "verify your email address" (no claim about a mail account, or sent by an authenticated
 * service): each fails one condition. Mail that names a mail account only in passing (a list post about quotas with a
 * link to documentation) has no worded button hiding its host.
 */
import type { Evidence } from '../report';
import type { Link, ParsedMessage } from '../types';
import type { CheckContext } from './check';
import { dkimAlignedPass, dkimDomain, trustedResults } from '../parse/auth-results';
import { registrableDomain } from '../parse/domains';
import { mailHosts } from './mail-hosts';
import { brandsOwningDomain } from '../brands/lookup';
import type { LureFamily } from './lure-phrases';
import { findLures, phraseEvidence, phraseFinder, type PhraseHit } from './lure-matcher';
import { NOTICE_PHRASES, NOTICE_WORDS, type NoticeWord } from './lure-notice-phrases';
import { FREE_MAIL_DOMAINS } from './free-mail';
import { ESP_TRACKING_DOMAINS } from './link-services';
import { finding, type CatalogueFinding } from '../findings';

/** The families that tell a claim about the account (not a deadline, a prize or a parcel on their own). */
const ACCOUNT_FAMILIES: ReadonlySet<LureFamily> = new Set(['mailbox', 'deletion', 'upgrade', 'verify', 'security']);

/** The notice's own words (lure-notice-phrases.ts), found as the other phrase tables are. */
const findWords = phraseFinder(NOTICE_WORDS, NOTICE_PHRASES);

/** The lure family each claim of lure-notice-phrases.ts counts as. */
const CLAIM_FAMILY: Partial<Record<NoticeWord, LureFamily>> = {
  'notice-kit-password': 'verify',
  'notice-kit-voice': 'fileshare',
  'notice-expiry': 'verify',
  'notice-storage': 'mailbox',
};

/**
 * The words of a button that acts (en de fr es pt it nl, accents as written and folded): a kit's button says
 * what to do ("Release messages", "Keep same password", "Jetzt bestätigen"); a post's link names what it shows ("the
 * dashboard", "this thread"), and is no button.
 */
const ACTION_WORDS = new Set(
  (
    'access accept acknowledge activate approve authenticate cancel check claim click clean confirm continue download ' +
    'enable expand fix get go increase keep listen login log manage open play proceed reactivate read recover ' +
    'release renew request reset resolve restore retain retrieve review secure sign start stop tap unblock ' +
    'unlock update upgrade validate verify view visit re-validate revalidate re-verify reverify re-activate ' +
    're-register re-enroll re-enrol re-authenticate re-confirm ' +
    'jetzt hier anmelden bestätigen bestaetigen bestatigen verifizieren freigeben erweitern öffnen oeffnen aktualisieren ' +
    'ansehen abrufen behalten entsperren ' +
    'cliquez cliquer vérifier verifier confirmer valider accéder acceder ouvrir connexion connectez afficher voir ' +
    'augmenter récupérer recuperer conserver ' +
    'haga haz clic verificar confirmar validar acceder iniciar actualizar ver abrir aumentar liberar recuperar ' +
    'mantener desbloquear ' +
    'clique acessar entrar atualizar aceder manter desbloquear ' +
    'clicca fai verifica conferma convalida accedi aggiorna apri visualizza mantieni sblocca recupera aumenta ' +
    'klik bevestig verifieer valideer inloggen bekijk open verhoog herstel behoud'
  ).split(' '),
);

const BEYOND_ASCII = /[\u0080-\uffff]/;

/** The most words a button is read for an action word in (German and Dutch put the verb last). */
const BUTTON_WORDS = 6;

/** Whether a button's text (lower-cased) has an action word among its first words, or one in CJK letters. */
function acts(text: string): boolean {
  // In Japanese, Chinese or Korean anywhere (no spaces), read as the phrases are (lure-notice-phrases.ts notice-act).
  if (BEYOND_ASCII.test(text) && findWords(text).some((h) => h.family === 'notice-act')) return true;
  return text
    .split(' ')
    .slice(0, BUTTON_WORDS)
    .map((w) =>
      w
        .split('')
        .filter((c) => c.toLowerCase() !== c.toUpperCase() || c === '-')
        .join(''),
    )
    .some((w) => ACTION_WORDS.has(w));
}

/** Characters of the body read for the claim: a kit says it in its first lines. */
const OPENING = 1_500;
/** Characters of the subject read (content.ts reads as many). */
const SUBJECT = 2_000;
/** The longest button text read as a button (a sentence is no button). */
const MAX_BUTTON = 60;

/**
 * The notice's button: a worded anchor (its text no address) whose action words say what to do, leading to a web host
 * of no domain `known` accepts (the sender's, the reader's organisation's …) nor a brand's; undefined when none. With
 * `bare`, an address written out is one too (a plain-text notice's "re-validate here: https://…").
 */
function buttonElsewhere(
  msg: ParsedMessage,
  ctx: CheckContext,
  known: (domain: string) => boolean,
  bare = false,
): Link | undefined {
  return msg.links.find((l) => {
    if ((l.scheme !== 'http' && l.scheme !== 'https') || !l.host || l.form || l.image || l.attachment) return false;
    const text = (l.text ?? '').trim().toLowerCase();
    const address = text.includes('.') || text.includes('/') || text.includes('@');
    if (!(bare && (!text || (address && !text.includes(' '))))) {
      if (!text || text.length > MAX_BUTTON || address || !acts(text)) return false;
    }
    const domain = l.registrable || l.host;
    return !known(domain) && brandsOwningDomain(ctx.brands, domain).length === 0;
  });
}

const buttonEvidence = (link: Link): Evidence => ({
  url: link.url,
  value: link.text,
  highlight: link.host,
  author: 'sender',
});

/** Whether the sender is a stranger to the reader's mail: not authenticated, and not of our own domain. */
function stranger(msg: ParsedMessage, ctx: CheckContext): boolean {
  const from = msg.from?.registrable ?? '';
  // An authenticated sender answers for its domain (a provider's own notice); an attached message is no sender.
  if (!from || ctx.dmarc === 'pass' || ctx.dmarc === 'unknowable' || dkimAlignedPass(msg.authResults, from)) {
    return false;
  }
  // Our own domain is our IT's; but no system writes from the reader's own address about the reader's mailbox.
  const fromSelf = !!msg.from?.address && msg.readers.includes(msg.from.address.toLowerCase());
  return !ctx.ownDomains.includes(from) || fromSelf;
}

/** The notice's words found in one text: the subject (as written, for the evidence) or the body's opening. */
interface Said {
  header: 'Subject' | 'Body';
  written: string;
  hits: PhraseHit<NoticeWord>[];
}

/** The notice's words in the subject and the body's opening, each text's first hit of each kind. */
const wordsOf = (msg: ParsedMessage, subject: string): Said[] => [
  { header: 'Subject', written: subject, hits: findWords(subject) },
  { header: 'Body', written: '', hits: findWords(msg.bodyText.slice(0, OPENING)) },
];

/** A claim of the notice: the lure family it counts as, and where it is said. */
interface Claim {
  family: LureFamily;
  evidence: Evidence;
}

/** The first of the words in `kinds` said (kind by kind; the subject before the body), as a claim. */
function firstClaim(said: readonly Said[], kinds: readonly NoticeWord[]): Claim | undefined {
  for (const kind of kinds) {
    for (const { header, written, hits } of said) {
      const hit = hits.find((h) => h.family === kind);
      if (hit) return { family: CLAIM_FAMILY[kind]!, evidence: phraseEvidence(header, written, hit) };
    }
  }
  return undefined;
}

const KIT_CLAIMS: readonly NoticeWord[] = ['notice-kit-password', 'notice-kit-voice'];
const CLAIMS: readonly NoticeWord[] = ['notice-expiry', 'notice-storage'];
const STRICT_CLAIMS: readonly NoticeWord[] = ['notice-kit-password', 'notice-expiry', 'notice-storage'];

/**
 * The claim of a mail-account notice, or undefined. `hit` is a lure family found in the subject (`inSubject`) or the
 * body, if any. The claim is that hit when it is an account family, else a kit's own claim or one the lure lexicon
 * leaves out (lure-notice-phrases.ts); beside any but `mailbox` and the kits' own, a mail word must say the account
 * is the mail's. `strict` (an authenticated sender): a mail word always, and no voicemail.
 */
function claimOf(
  said: readonly Said[],
  subject: string,
  hit: PhraseHit<LureFamily> | undefined,
  inSubject: boolean,
  strict: boolean,
): Claim | undefined {
  const account = hit && ACCOUNT_FAMILIES.has(hit.family) && (inSubject || hit.start <= OPENING) ? hit : undefined;
  const claim = account && {
    family: account.family,
    evidence: phraseEvidence(inSubject ? 'Subject' : 'Body', subject, account),
  };
  if (!strict) {
    if (claim?.family === 'mailbox') return claim;
    const kit = firstClaim(said, KIT_CLAIMS);
    if (kit) return kit;
  }
  if (!said.some((s) => s.hits.some((h) => h.family === 'notice-mail'))) return undefined;
  return claim ?? firstClaim(said, strict ? STRICT_CLAIMS : CLAIMS);
}

/**
 * content.lure with one family (key content.lure.notice): a stranger's notice about the reader's mail account whose
 * button leads elsewhere. Called by content.ts when fewer than two families are found (the subject's and the body's
 * hits: one at most); `subject` as content.ts read it.
 */
export function accountNotice(
  msg: ParsedMessage,
  ctx: CheckContext,
  subject: string,
  subjectHits: readonly PhraseHit<LureFamily>[],
  bodyHits: readonly PhraseHit<LureFamily>[],
): CatalogueFinding | undefined {
  const sender = msg.from?.registrable ?? '';
  const own = new Set(ctx.ownDomains);
  const link = buttonElsewhere(msg, ctx, (d) => d === sender || own.has(d));
  if (!link || !stranger(msg, ctx)) return undefined;
  const inSubject = subjectHits[0];
  const found = claimOf(wordsOf(msg, subject), subject, inSubject ?? bodyHits[0], !!inSubject, false);
  if (!found) return undefined;
  return finding(
    'content.lure',
    'warn',
    { families: { keys: [`content.family.${found.family}` as const] }, count: 1 },
    [found.evidence, buttonEvidence(link)],
    'content.lure.notice',
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The same notice from an authenticated stranger.

/**
 * The mail-account notice of lure-notice.ts from an authenticated stranger, for sender.own-org-impersonation
 * (own-org-judge.ts, which asks that it also signs as our mail system or names us): the claim and the button, or
 * undefined. The claim is `wording` when own-org-judge.ts found the mail-system wording, else claimOf's with a mail
 * word; the button may be an address written out.
 * Attack: the kits now send from a freshly registered domain or a compromised business mailbox that passes SPF, DKIM and
 * DMARC for its own domain, and still speak as the reader's mail system ("Mail Administrator", "your mailbox has
 * reached its storage limit [Increase storage]") with a button to another organisation's site.
 * Trap: whoever answers for the reader's mailbox — the organisation itself (its own domains), the provider that
 * delivered the message (mailHosts: a hosting company's quota notice, linking to its control panel elsewhere), a brand
 * authenticated as itself (Google, Microsoft, Dropbox, iCloud about their own storage) — and the sender's own mail
 * service (its DKIM signer, a tracking domain of a bulk-mail service), a reply in a thread (a helpdesk's answer to
 * "my mailbox is full") and a forwarded message's claim (a partner passing a phish on) are not the kit.
 */
export function signedNotice(
  msg: ParsedMessage,
  ctx: CheckContext,
  own: ReadonlySet<string>,
  wording?: Evidence,
): { claim: Evidence; button: Evidence } | undefined {
  const from = msg.from?.registrable ?? '';
  if (!from || own.has(from) || ctx.dmarc === 'unknowable') return undefined;
  if (ctx.dmarc !== 'pass' && !dkimAlignedPass(msg.authResults, from)) return undefined;
  // Anyone has a free mailbox: its provider's notices come from its own corporate domains.
  const anyone = FREE_MAIL_DOMAINS.has(from);
  if (!anyone && brandsOwningDomain(ctx.brands, from).length > 0) return undefined;
  const hosts = mailHosts(msg);
  if (!anyone && hosts.has(from)) return undefined;
  if (msg.headers.some((h) => h.key === 'in-reply-to' || h.key === 'references')) return undefined;
  const signers = new Set(
    trustedResults(msg.authResults, 'dkim')
      .filter((r) => r.result === 'pass')
      .map((r) => registrableDomain(dkimDomain(r))),
  );
  const link = buttonElsewhere(
    msg,
    ctx,
    (d) => d === from || own.has(d) || hosts.has(d) || signers.has(d) || ESP_TRACKING_DOMAINS.has(d),
    true,
  );
  if (!link) return undefined;
  const subject = msg.subject.slice(0, SUBJECT);
  const said = wordsOf(msg, subject);
  if (said[1]!.hits.some((h) => h.family === 'notice-forward')) return undefined;
  const claim = wording ?? strictClaim(msg, said, subject);
  return claim && { claim, button: buttonEvidence(link) };
}

/** claimOf's claim for an authenticated sender, with the lure lexicon's first account family in the texts it reads. */
function strictClaim(msg: ParsedMessage, said: readonly Said[], subject: string): Evidence | undefined {
  const inSubject = findLures(subject).find((h) => ACCOUNT_FAMILIES.has(h.family));
  const hit = inSubject ?? findLures(msg.bodyText.slice(0, OPENING)).find((h) => ACCOUNT_FAMILIES.has(h.family));
  return claimOf(said, subject, hit, !!inSubject, true)?.evidence;
}
