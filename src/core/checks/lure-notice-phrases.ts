/**
 * The words of the mail-account notice (lure-notice.ts): what names a mail account, the claims about it the lure
 * lexicon leaves out, the claims only the kits make, the lines that open a forwarded message, and a button's action
 * words in the scripts written without spaces. Written and matched
 * as lure-phrases.ts describes (lure-matcher.ts's phraseFinder: NFKC, accents folded, ASCII lower-cased from a word
 * start, other phrases matched with spaces removed, `{a|b}`), so a disguised claim ("mаilbox" in Cyrillic а, "p a s s
 * w o r d") reads as the plain one. Every script is here together: the table waits in the "disclaimer" chunk with its
 * judging (content.ts), and the task pane fetches its prebuilt tries with it (pane-tries.ts).
 */

export type NoticeWord =
  | 'notice-kit-password' // keeping the same password: the password-expiry kit's button (no IT department offers it)
  | 'notice-kit-voice' //    a voicemail or fax behind a button: the voicemail kit's
  | 'notice-mail' //         words naming a mail account (not a bare "password" or "account": every service has those)
  | 'notice-expiry' //       the password expires: our own IT says it too, so it counts from a stranger only
  | 'notice-storage' //      the mailbox is full, messages are held: likewise
  | 'notice-forward' //      the line that opens a forwarded or quoted message
  | 'notice-act'; //         a button's action word in Japanese, Chinese or Korean (read in the button's text only)

/** In the order lure-notice.ts reads them. */
export const NOTICE_WORDS: readonly NoticeWord[] = [
  'notice-kit-password',
  'notice-kit-voice',
  'notice-mail',
  'notice-expiry',
  'notice-storage',
  'notice-forward',
  'notice-act',
];

export const NOTICE_PHRASES: Readonly<Record<NoticeWord, readonly string[]>> = {
  'notice-kit-password': [
    'same password',
    'retain {your|current|} password',
    'keep {your current|current} password',
    'password is due to expire',
    // fr de es pt it nl
    'même mot de passe',
    '{gleiche|gleiches} {passwort|kennwort}',
    'aktuelles passwort beibehalten',
    'misma contraseña',
    'mesma senha',
    'stessa password',
    'hetzelfde wachtwoord',
    // ja zh
    '同じパスワード',
    '相同密码',
    '相同的密码',
    '相同密碼',
  ],
  'notice-kit-voice': [
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
  'notice-mail': [
    'mailbox',
    '{email|e-mail|mail|email address} account',
    '{webmail|web mail}',
    '{email|e-mail|mail} password',
    '{mail|email} server',
    'email storage',
    'incoming {mail|messages|emails}',
    'your inbox',
    '{email|e-mail} login',
    'email credentials',
    'email users',
    'outlook web',
    // de
    'postfach',
    '{e-mail-konto|e-mail konto|mailkonto}',
    // fr
    'boîte mail',
    'boîte aux lettres',
    'messagerie',
    'compte {e-mail|email}',
    // es
    'buzón',
    'cuenta de correo',
    'correo electrónico',
    // pt
    'caixa de {correio|entrada}',
    'conta de {e-mail|email}',
    // it
    'casella {di posta|email}',
    'account di posta',
    // nl
    'postvak',
    'e-mailaccount',
    // ja zh ko
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
  ],
  'notice-expiry': [
    'password {expire|will expire|is about to expire|has expired|expired|expiry|expiration}',
    'current password',
    '{login|sign-in} details',
    'login credentials',
    // de fr es pt it nl
    '{passwort|kennwort} {läuft|ist abgelaufen}',
    'mot de passe {expire|a expiré}',
    'contraseña {caduca|caducará|expira|ha caducado}',
    'senha {expira|expirará|vai expirar}',
    'password {scade|è scaduta}',
    'wachtwoord {verloopt|is verlopen}',
    // ja zh ko
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
  'notice-storage': [
    // "98% full": from the number's start (a phrase starts at a word's start, and a digit is a word's).
    '{1|2|3|4|5|6|7|8|9}{0|1|2|3|4|5|6|7|8|9|}% full',
    '100% full',
    'storage {limit|quota|is full|is almost full}',
    'quota {exceeded|limit}',
    'out of storage',
    '{additional|extra|more} storage',
    'of your {storage|email storage|mailbox}',
    '{pending|undelivered} {messages|emails|mails}',
    'messages {on hold|were held|have been held}',
    'quarantined messages',
    'unable to deliver',
    'could not be delivered',
    'failed to deliver',
    // de fr es pt it nl
    'speichergrenze',
    'speicherplatz',
    '{ausstehende|zurückgehaltene} nachrichten',
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
    // ja zh ko
    '容量',
    '保留中のメッセージ',
    '存储空间',
    '儲存空間',
    '待处理邮件',
    '저장 공간',
  ],
  'notice-forward': [
    '{forwarded|original} message',
    'begin forwarded message',
    '{weitergeleitete|ursprüngliche} nachricht',
    'message transféré',
    "message d'origine",
    'mensaje {reenviado|original}',
    'mensagem encaminhada',
    'messaggio inoltrato',
    'doorgestuurd bericht',
    '転送メッセージ',
    '元のメッセージ',
  ],
  'notice-act': [
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
  ],
};
