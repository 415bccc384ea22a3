/**
 * A message whose findings depend on the admin's config (synthetic, real-shaped): Example Group's mail system
 * (mx1.example-group.co.jp) receives mail forging its sister domain example.co.jp, and its filter appliance,
 * whose authserv-id does not name the group, fails SPF and DMARC. Only an organisation that lists example.co.jp
 * among its own domains AND trusts the filter's authserv-id can call it a forgery of its own domain.
 */
export const OWN_DOMAIN_SPOOF = [
  'Return-Path: <it-support@example.co.jp>',
  'Authentication-Results: filter.example-security.net;',
  '\tspf=fail (filter.example-security.net: domain of it-support@example.co.jp does not designate 203.0.113.77 as' +
    ' permitted sender) smtp.mailfrom=it-support@example.co.jp;',
  '\tdkim=none;',
  '\tdmarc=fail (p=REJECT) header.from=example.co.jp',
  'Received: from mail.bulk-sender.example.net (mail.bulk-sender.example.net [203.0.113.77])',
  '\tby mx1.example-group.co.jp (Postfix) with ESMTPS id 4QX7Lm0Zk2z4wXy',
  '\tfor <tanaka@example-group.co.jp>; Tue, 02 Dec 2025 09:12:40 +0900 (JST)',
  'From: "Example IT Support" <it-support@example.co.jp>',
  'To: tanaka@example-group.co.jp',
  'Subject: Password expiry notice',
  'Date: Tue, 02 Dec 2025 09:12:38 +0900',
  'Message-ID: <20251202001238.77@mail.bulk-sender.example.net>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=UTF-8',
  '',
  'Your password expires today. Keep it at https://example.co.jp.pw-keep.example.net/login',
  '',
].join('\r\n');

/** The organisation's config.json, in the add-in's format (src/hosts/outlook/config.example.json). */
export const GROUP_CONFIG = {
  reportAddresses: ['phishing-report@example-group.co.jp'],
  ownDomains: ['example.co.jp', 'example-group.co.jp'],
  trustedAuthservIds: ['filter.example-security.net'],
};
