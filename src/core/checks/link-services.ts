/**
 * Link domains of well-known services, as data. Registrable domains only.
 * - ESP_TRACKING: click-tracking and hosting domains of bulk-mail services. A genuine, DMARC-authenticated sender's
 *   links pass through them, so they are not "an unrelated host" for such a sender. Source: the services' own
 *   documentation of their tracking domains (common knowledge, unverified list).
 * - SHORTENERS: public URL shorteners, which hide where a link goes. A brand's own shortener (amzn.to) is listed
 *   with the brand instead.
 */
export const ESP_TRACKING_DOMAINS: ReadonlySet<string> = new Set([
  'sendgrid.net', 'list-manage.com', 'mcusercontent.com', 'mailchi.mp', 'campaign-archive.com', 'rsgsv.net',
  'awstrack.me', 'amazonses.com', 'exct.net', 'exacttarget.com', 'sparkpostmail.com', 'mandrillapp.com',
  'hubspotlinks.com', 'hs-sites.com', 'hubspotemail.net', 'mktoweb.com', 'mkt.com', 'rs6.net', 'ctctcdn.com',
  'klclick.com', 'klclick1.com', 'mjt.lu', 'sendibt3.com', 'sendibt2.com', 'mailgun.org', 'emltrk.com',
  'cuenote.jp', 'bme.jp', 'mlsend.com', 'customeriomail.com', 'sailthru.com', 'pardot.com', 'salesforce.com',
  'responsys.net', 'bluehornet.com', 'createsend.com', 'cmail19.com', 'cmail20.com', 'substack.com',
]);

export const SHORTENER_DOMAINS: ReadonlySet<string> = new Set([
  'bit.ly', 'bitly.com', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly',
  'shorturl.at', 't.ly', 'x.gd', 'bit.do', 'rb.gy', 'tiny.cc', 'v.gd', 'qr.net', 'shorte.st', 'adf.ly', 'u.nu',
  'urx.nu', 'urx2.nu', 'urx3.nu', 'xgd.io', 'tiny.one', 'lnkd.in', 'soo.gd', 'clck.ru', 's.id', 'me2.kr', 'han.gl',
]);
