/**
 * The mail-account notice with one pressure and a button elsewhere (issue #16, "your own mail system" phishing):
 * "Your mailbox has reached its storage limit … [Increase storage]", "You have 7 pending messages … [Release
 * messages]", "Your email account will be deactivated … [Cancel request]", "Ihr Postfach ist voll … [Speicher
 * erweitern]". content.lure asks for two families of pressure; these kits often say one — the claim about the
 * mailbox — and let the button be the ask. Judged here (the disclaimer chunk in the browsers, asked for by
 * content.ts when one family is found) as a content.lure of its own key.
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
import { dkimAlignedPass } from '../parse/auth-results';
import { brandsOwningDomain } from '../brands/lookup';
import type { LureFamily } from './lure-phrases';
import { phraseEvidence, type PhraseHit } from './lure-matcher';
import { finding, type CatalogueFinding } from '../findings';

/** The families that tell a claim about the account (not a deadline, a prize or a parcel on their own). */
const ACCOUNT_FAMILIES: ReadonlySet<LureFamily> = new Set(['mailbox', 'deletion', 'upgrade', 'verify', 'security']);

/**
 * Words naming a mail account, lower-cased (en de fr es pt it nl ja zh ko): beside any family but `mailbox` (which
 * names one itself), the claim must be about mail. Not a bare "password" or "account": every service has those.
 */
const MAIL_WORDS = [
  'mailbox',
  'email account',
  'e-mail account',
  'mail account',
  'email address account',
  'webmail',
  'web mail',
  'email password',
  'e-mail password',
  'mail password',
  'mail server',
  'email server',
  'email storage',
  'incoming mail',
  'your inbox',
  'email login',
  'e-mail login',
  'email credentials',
  'email users',
  'incoming messages',
  'incoming emails',
  'outlook web',
  'postfach',
  'e-mail-konto',
  'e-mail konto',
  'mailkonto',
  'boîte mail',
  'boite mail',
  'boîte aux lettres',
  'boite aux lettres',
  'messagerie',
  'compte e-mail',
  'compte email',
  'buzón',
  'buzon',
  'cuenta de correo',
  'correo electrónico',
  'caixa de correio',
  'caixa de entrada',
  'conta de e-mail',
  'conta de email',
  'casella di posta',
  'casella email',
  'account di posta',
  'postvak',
  'e-mailaccount',
  'メールボックス',
  'メールアカウント',
  'メールサーバ',
  '邮箱',
  '郵箱',
  '信箱',
  '电子邮件帐户',
  '电子邮件账户',
  '메일함',
  '메일 계정',
];

/**
 * Claims about the mail account the lure lexicon leaves out because the company's own IT says them too ("your password
 * expires", "98% full", "pending messages"): here the sender is a stranger, so they count, beside a mail word. Lower-
 * cased, spaces single (en de fr es pt it nl ja zh ko). What KIT_CLAIMS holds is not repeated here: it is read first.
 */
const CLAIMS: readonly [LureFamily, readonly string[]][] = [
  [
    'verify',
    [
      'password expire',
      'password will expire',
      'password is about to expire',
      'password has expired',
      'password expired',
      'password expiry',
      'password expiration',
      'current password',
      'login details',
      'login credentials',
      'sign-in details',
      'passwort läuft',
      'passwort ist abgelaufen',
      'kennwort läuft',
      'kennwort ist abgelaufen',
      'mot de passe expire',
      'mot de passe a expiré',
      'contraseña caduca',
      'contraseña caducará',
      'contraseña expira',
      'contraseña ha caducado',
      'senha expira',
      'senha expirará',
      'senha vai expirar',
      'password scade',
      'password è scaduta',
      'wachtwoord verloopt',
      'wachtwoord is verlopen',
      'パスワードの有効期限',
      'パスワード有効期限',
      '密码过期',
      '密码到期',
      '密码即将过期',
      '密碼過期',
      '密碼到期',
      '비밀번호 만료',
      '비밀번호가 만료',
    ],
  ],
  [
    'mailbox',
    [
      '% full',
      'storage limit',
      'storage quota',
      'quota exceeded',
      'quota limit',
      'out of storage',
      'storage is full',
      'storage is almost full',
      'additional storage',
      'extra storage',
      'more storage',
      'of your storage',
      'of your email storage',
      'of your mailbox',
      'pending messages',
      'pending emails',
      'pending mails',
      'undelivered messages',
      'undelivered mails',
      'undelivered emails',
      'messages on hold',
      'messages were held',
      'messages have been held',
      'quarantined messages',
      'unable to deliver',
      'could not be delivered',
      'failed to deliver',
      'speichergrenze',
      'speicherplatz',
      'ausstehende nachrichten',
      'zurückgehaltene nachrichten',
      'espace de stockage',
      'messages en attente',
      'espacio de almacenamiento',
      'mensajes pendientes',
      'espaço de armazenamento',
      'mensagens pendentes',
      'spazio di archiviazione',
      'messaggi in sospeso',
      'opslagruimte',
      'berichten in de wachtrij',
      '容量',
      '保留中のメッセージ',
      '存储空间',
      '儲存空間',
      '待处理邮件',
      '저장 공간',
    ],
  ],
];

/**
 * Claims only the kits make, needing no mail word: keeping the same password is what the password-expiry kit's button
 * offers (no IT department offers it), and a voicemail or fax behind a button is the voicemail kit's (a phone system
 * mails the recording from its own or the provider's domain, or attaches it).
 */
const KIT_CLAIMS: readonly [LureFamily, readonly string[]][] = [
  [
    'verify',
    [
      'same password',
      'retain your password',
      'retain password',
      'retain current password',
      'keep current password',
      'keep your current password',
      'password is due to expire',
      'même mot de passe',
      'meme mot de passe',
      'gleiche passwort',
      'gleiches passwort',
      'gleiche kennwort',
      'gleiches kennwort',
      'aktuelles passwort beibehalten',
      'misma contraseña',
      'mesma senha',
      'stessa password',
      'hetzelfde wachtwoord',
      '同じパスワード',
      '相同密码',
      '相同的密码',
      '相同密碼',
    ],
  ],
  [
    'fileshare',
    [
      'new voicemail',
      'voicemail message',
      'voice message',
      'voice mail message',
      'voice note',
      'audio message',
      'new fax',
      'fax message',
      'mensaje de voz',
      'mensagem de voz',
      'message vocal',
      'sprachnachricht',
      'messaggio vocale',
      'voicemailbericht',
      '留守番電話',
      'ボイスメール',
      '语音留言',
      '語音留言',
      '음성 메시지',
    ],
  ],
];

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
    'unlock update upgrade validate verify view visit ' +
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

/** Action words in a button of Japanese, Chinese or Korean letters (read anywhere in the text, which has no spaces). */
const ACTION_CJK = [
  'クリック',
  'ログイン',
  '確認',
  '解除',
  '更新',
  '今すぐ',
  '点击',
  '點擊',
  '立即',
  '验证',
  '驗證',
  '登录',
  '登入',
  '升级',
  '升級',
  '查看',
  '클릭',
  '확인',
  '로그인',
  '업그레이드',
];

/** The most words a button is read for an action word in (German and Dutch put the verb last). */
const BUTTON_WORDS = 6;

/** Whether a button's text (lower-cased) has an action word among its first words, or one in CJK letters. */
function acts(text: string): boolean {
  if (ACTION_CJK.some((w) => text.includes(w))) return true;
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
/** The longest button text read as a button (a sentence is no button). */
const MAX_BUTTON = 60;

/**
 * The notice's button: a worded anchor (its text no address) leading to a web host of neither the sender's, the
 * reader's organisation's nor a brand's domain; undefined when there is none.
 */
function buttonElsewhere(msg: ParsedMessage, ctx: CheckContext): Link | undefined {
  const sender = msg.from?.registrable ?? '';
  const own = new Set(ctx.ownDomains);
  return msg.links.find((l) => {
    if ((l.scheme !== 'http' && l.scheme !== 'https') || !l.host || l.form || l.image || l.attachment) return false;
    const text = (l.text ?? '').trim().toLowerCase();
    if (!text || text.length > MAX_BUTTON || text.includes('.') || text.includes('/') || text.includes('@')) {
      return false;
    }
    if (!acts(text)) return false;
    const domain = l.registrable || l.host;
    return domain !== sender && !own.has(domain) && brandsOwningDomain(ctx.brands, domain).length === 0;
  });
}

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

/** The subject and the body's opening, lower-cased with single spaces: what the claims are looked for in. */
function opening(msg: ParsedMessage): string {
  return (msg.subject + ' \n ' + msg.bodyText.slice(0, OPENING)).toLowerCase().split(/\s+/).join(' ');
}

/**
 * The claim of a mail-account notice with its button elsewhere, or undefined. `hit` is the one lure family found in
 * the subject or the body, if any; `inSubject` whether it is the subject's. The claim is that hit when it is an account
 * family, else one of KIT_CLAIMS or CLAIMS; beside any but `mailbox` and the kits' own, a mail word must say the
 * account is the mail's.
 */
function claimOf(
  msg: ParsedMessage,
  ctx: CheckContext,
  hit: PhraseHit<LureFamily> | undefined,
  inSubject: boolean,
): { family: LureFamily; link: Link; claim?: string } | undefined {
  const link = buttonElsewhere(msg, ctx);
  if (!link || !stranger(msg, ctx)) return undefined;
  const text = opening(msg);
  const account = hit && ACCOUNT_FAMILIES.has(hit.family) && (inSubject || hit.start <= OPENING) ? hit : undefined;
  if (account?.family === 'mailbox') return { family: 'mailbox', link };
  for (const [family, claims] of KIT_CLAIMS) {
    const claim = claims.find((c) => text.includes(c));
    if (claim) return { family, link, claim };
  }
  if (!MAIL_WORDS.some((w) => text.includes(w))) return undefined;
  if (account) return { family: account.family, link };
  for (const [family, claims] of CLAIMS) {
    const claim = claims.find((c) => text.includes(c));
    if (claim) return { family, link, claim };
  }
  return undefined;
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
  const inSubject = subjectHits[0];
  const hit = inSubject ?? bodyHits[0];
  const found = claimOf(msg, ctx, hit, !!inSubject);
  if (!found) return undefined;
  const claim: Evidence =
    hit && !found.claim
      ? phraseEvidence(inSubject ? 'Subject' : 'Body', subject, hit)
      : { header: 'Body', value: found.claim, author: 'sender' };
  const button: Evidence = {
    url: found.link.url,
    value: found.link.text,
    highlight: found.link.host,
    author: 'sender',
  };
  return finding(
    'content.lure',
    'warn',
    { families: { keys: [`content.family.${found.family}` as const] }, count: 1 },
    [claim, button],
    'content.lure.notice',
  );
}
