/**
 * Free mailbox providers: anyone can open an account there, so a reply diverted to one belongs to no organisation.
 * Registrable domains only. Sources: the providers' own sign-up pages (common knowledge; extend as needed).
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.jp', 'ymail.com', 'rocketmail.com', 'outlook.com',
  'outlook.jp', 'hotmail.com', 'hotmail.co.jp', 'live.com', 'live.jp', 'msn.com', 'icloud.com', 'me.com', 'mac.com',
  'aol.com', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 'mail.com', 'yandex.ru', 'yandex.com', 'mail.ru',
  'protonmail.com', 'proton.me', 'zoho.com', 'qq.com', '163.com', '126.com', 'sina.com', 'naver.com', 'excite.co.jp',
  'goo.jp', 'nifty.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'au.com', 'softbank.ne.jp', 'i.softbank.jp', 'tutanota.com',
]);
