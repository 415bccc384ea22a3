/**
 * Authentication-Results: RFC 8601 parsing, and which ones the recipient's own system wrote (DESIGN). Cases: the
 * KAGOYA pair and the partner mail; a Gmail mailbox (written just below the entry hop, after Received-SPF);
 * Proofpoint in front of Microsoft 365 with and without configuration; a stacked group written by one system's
 * filters (auth-stacked-below-entry.synthetic.txt, after corpus usrp_users/06562) and one forged in the sender's
 * part; the real stacked pair in corpus 06562.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import fc from 'fast-check';
import { fixtureText, sharedPath } from '../../helpers';
import { splitHeaderBlock, splitHeaderBytes } from '../../../src/core/parse/headers';
import { parseHops } from '../../../src/core/parse/received';
import { readTrustPath, type TrustOptions } from '../../../src/core/parse/trust';
import {
  dkimAlignedPass,
  dmarcAligned,
  parseAuthResults,
  parseAuthResultsValue,
  trustedResult,
  trustedResults,
} from '../../../src/core/parse/auth-results';
import type { AuthResults, HeaderField } from '../../../src/core/types';
import { expectLinearTime } from '../../linear-time';

function analyse(headers: HeaderField[], trustOptions?: TrustOptions, trustedAuthservIds?: string[]): AuthResults[] {
  const hops = parseHops(headers);
  return parseAuthResults(headers, hops, readTrustPath(hops, trustOptions), { trustedAuthservIds });
}
const fromText = (text: string, trustOptions?: TrustOptions, ids?: string[]) =>
  analyse(splitHeaderBlock(text), trustOptions, ids);
const fromFixture = (name: string, trustOptions?: TrustOptions, ids?: string[]) =>
  fromText(fixtureText(name), trustOptions, ids);
const summary = (auth: AuthResults[]) =>
  auth.map((a) => ({ key: a.field.key, id: a.authservId, trusted: a.trusted, forged: a.forged }));

describe('parseAuthResultsValue', () => {
  it('reads the authserv-id and each method=result with its properties', () => {
    const parsed = parseAuthResultsValue(
      'mx.example.co.jp;\tspf=pass smtp.mailfrom=sawada@air.linkclub.or.jp;\tdkim=none;\tdmarc=none header.from=air.linkclub.or.jp',
    );
    expect(parsed.authservId).to.equal('mx.example.co.jp');
    expect(parsed.results).to.deep.equal([
      { method: 'spf', result: 'pass', props: { 'smtp.mailfrom': 'sawada@air.linkclub.or.jp' } },
      { method: 'dkim', result: 'none', props: {} },
      { method: 'dmarc', result: 'none', props: { 'header.from': 'air.linkclub.or.jp' } },
    ]);
  });

  it('reads Microsoft 365’s header, which has no authserv-id, with comments as reasons', () => {
    const [field] = splitHeaderBlock(fixtureText('kagoya-2021-12.m365.headers.txt')).filter(
      (h) => h.key === 'authentication-results',
    );
    const parsed = parseAuthResultsValue(field!.value);
    expect(parsed.authservId).to.equal(undefined);
    expect(parsed.results.map((r) => `${r.method}=${r.result}`)).to.deep.equal([
      'spf=pass',
      'dkim=none',
      'dmarc=bestguesspass',
      'compauth=pass',
    ]);
    expect(parsed.results[0]).to.deep.include({
      reason: 'sender IP is 203.0.113.25',
      props: { 'smtp.mailfrom': 'air.linkclub.or.jp' },
    });
    expect(parsed.results[1]?.reason).to.equal('message not signed');
    expect(parsed.results[2]?.props).to.deep.equal({ action: 'none', 'header.from': 'air.linkclub.or.jp' });
    expect(parsed.results[3]).to.deep.include({ reason: '109' });
  });

  it('keeps `;` inside a comment and a quoted reason= value (corpus 06562)', () => {
    const parsed = parseAuthResultsValue(
      'mm2.emwd.com;\tdkim=fail reason="signature verification failed" (2048-bit key; unprotected) header.d=brilliantroot.com header.i=@brilliantroot.com header.b="VPfwmkWJ";\tdkim=fail reason="signature verification failed" (2048-bit key) header.d=brilliantroot.com header.i=@brilliantroot.com header.b="dpIgd01d";\tdkim-atps=neutral',
    );
    expect(parsed.results.map((r) => r.method)).to.deep.equal(['dkim', 'dkim', 'dkim-atps']);
    expect(parsed.results[0]).to.deep.include({ reason: 'signature verification failed' });
    expect(parsed.results[0]?.props['header.b']).to.equal('VPfwmkWJ');
  });

  it('reads `none` as no results, a version after the id, spaces around `=`, and ARC’s leading instance', () => {
    expect(parseAuthResultsValue('mx.example.com; none')).to.deep.equal({ authservId: 'mx.example.com', results: [] });
    expect(
      parseAuthResultsValue('mx.example.com 1; spf = pass smtp.mailfrom = example.com').results[0],
    ).to.deep.include({
      method: 'spf',
      result: 'pass',
      props: { 'smtp.mailfrom': 'example.com' },
    });
    const arc = parseAuthResultsValue(
      'i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom=partner.co.jp; arc=none',
      'arc-authentication-results',
    );
    expect(arc.authservId).to.equal('mx.microsoft.com');
    expect(arc.results.map((r) => r.method)).to.deep.equal(['spf', 'arc']);
  });

  it('never throws, and stays fast on a huge value', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => void parseAuthResultsValue(s)),
      { numRuns: 2000 },
    );
    const pieces = fc.constantFrom('a', '=', ';', '(', ')', '"', '\\', ' ', 'spf', 'pass', 'header.from', '.');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 80 }), (p) => void parseAuthResultsValue(p.join(''))),
      { numRuns: 2000 },
    );
    expectLinearTime(
      (n) => `x; ${'spf=pass (a) smtp.mailfrom=b; '.repeat(n)}${'('.repeat(5 * n)}`,
      parseAuthResultsValue,
      40_000,
    );
  });
});

describe('parseAuthResults: which ones the recipient’s system wrote', () => {
  it('KAGOYA on Postfix: the header just below the entry hop, named for the receiving server, is trusted', () => {
    const auth = fromFixture('kagoya-2021-12.headers.txt');
    expect(summary(auth)).to.deep.equal([
      { key: 'authentication-results', id: 'mx.example.co.jp', trusted: true, forged: false },
    ]);
    expect(trustedResult(auth, 'spf')).to.deep.include({ result: 'pass' });
    expect(dmarcAligned(auth, 'linkclub.or.jp')).to.equal('none');
  });

  it('KAGOYA in Microsoft 365: Microsoft’s id-less header above EOP is trusted; bestguesspass is no DMARC pass', () => {
    const auth = fromFixture('kagoya-2021-12.m365.headers.txt');
    expect(summary(auth)).to.deep.equal([
      { key: 'authentication-results', id: undefined, trusted: true, forged: false },
    ]);
    expect(trustedResult(auth, 'compauth')).to.deep.include({ result: 'pass', reason: '109' });
    expect(trustedResult(auth, 'dmarc')?.result).to.equal('bestguesspass');
    expect(dmarcAligned(auth, 'linkclub.or.jp')).to.equal('none');
  });

  it('partner mail: our DMARC pass counts; the partner tenant’s renamed and ARC results never do', () => {
    const auth = fromFixture('partner-m365-to-m365.synthetic.eml');
    expect(summary(auth)).to.deep.equal([
      { key: 'authentication-results', id: undefined, trusted: true, forged: false },
      { key: 'arc-authentication-results', id: 'mx.microsoft.com', trusted: false, forged: false },
      { key: 'authentication-results-original', id: undefined, trusted: false, forged: false },
    ]);
    expect(dmarcAligned(auth, 'partner.co.jp')).to.equal('pass');
    expect(dmarcAligned(auth, 'other.co.jp')).to.equal('none'); // a pass for another domain is not aligned with this From
  });

  it('a Gmail mailbox: mx.google.com’s header after Received-SPF, below the entry hop, is trusted; ARC is not', () => {
    const auth = fromFixture('trust-gmail-mailbox.synthetic.txt');
    expect(summary(auth)).to.deep.equal([
      { key: 'arc-authentication-results', id: 'mx.google.com', trusted: false, forged: false },
      { key: 'authentication-results', id: 'mx.google.com', trusted: true, forged: false },
    ]);
    expect(dmarcAligned(auth, 'gmail.com')).to.equal('pass');
  });

  it('a Gmail mailbox: mx.google.com’s header over the delivery line above the entry hop is trusted; another id is not', () => {
    // Synthetic: the header written over Gmail's `by 2002:…` delivery line, not after Received-SPF.
    const text = (id: string) =>
      [
        `Authentication-Results: ${id}; dkim=pass header.i=@shop.example; dmarc=pass header.from=shop.example`,
        'Received: by 2002:a05:4008:fba:b0:b19:92ea:b477 with SMTP id bg1; Wed, 06 May 2026 07:30:13 -0700 (PDT)',
        'Received: from mail-out.shop.example (mail-out.shop.example. [192.0.2.72]) by mx.google.com with ESMTPS id 7d5; Wed, 06 May 2026 07:30:12 -0700 (PDT)',
        'From: <info@shop.example>',
      ].join('\n');
    expect(dmarcAligned(fromText(text('mx.google.com')), 'shop.example')).to.equal('pass');
    expect(dmarcAligned(fromText(text('mx.shop.example')), 'shop.example')).to.equal('none');
  });

  it('a Yahoo mailbox, whose MX signs its line with a private address: its header above the entry hop counts (issue #16)', () => {
    // Synthetic, Yahoo-shaped: `by 10.… with SMTPs` names no host; its own hop above it may, or none may.
    const received = [
      'Received: from 127.0.0.1  (EHLO mta.email.shop.example) (13.111.64.219) by 10.253.226.77 with SMTPs; Wed, 14 Aug 2024 09:40:56 +0000',
      'Received: by mta.email.shop.example id h4g8c22fmcsa; Wed, 14 Aug 2024 03:40:51 -0600',
      'From: <news@email.shop.example>',
    ];
    const ar = (id: string) =>
      `Authentication-Results: ${id}; dkim=pass header.i=@email.shop.example; dmarc=pass header.from=email.shop.example`;
    const yahoo = 'atlas-production.v2-mail-prod1-ir2.omega.yahoo.com';
    expect(dmarcAligned(fromText([ar(yahoo), ...received].join('\n')), 'shop.example')).to.equal('pass');
    const top = `Received: from 127.0.0.1 by ${yahoo} with HTTP; Wed, 14 Aug 2024 09:40:57 +0000`;
    expect(dmarcAligned(fromText([top, ar(yahoo), ...received].join('\n')), 'shop.example')).to.equal('pass');
    // Named above, another organisation's id is not the recipient's.
    expect(dmarcAligned(fromText([top, ar('mx.shop.example'), ...received].join('\n')), 'shop.example')).to.equal(
      'none',
    );
  });

  it('a Yahoo-shaped entry hop lends no trust to a header the sender placed below it', () => {
    // The phishing twin: a sender's own header after the entry hop's line, whatever host it names.
    const text = [
      'Received: from 127.0.0.1  (EHLO mail.paypal.com) (45.137.21.9) by 10.253.226.77 with SMTPs; Wed, 14 Aug 2024 09:40:56 +0000',
      'Authentication-Results: atlas-production.v2-mail-prod1-ir2.omega.yahoo.com; dmarc=pass header.from=paypal.com',
      'From: <service@paypal.com>',
    ].join('\n');
    const auth = fromText(text);
    expect(dmarcAligned(auth, 'paypal.com')).to.equal('none');
    expect(summary(auth)[0]).to.include({ trusted: false });
  });

  it('Microsoft 365 naming its entry server by its prod.outlook.com name: the id-less header above counts, elsewhere not', () => {
    // Synthetic: the entry hop `by AMS0PEPF….eurprd02.prod.outlook.com`, the name the transport hop above gives it.
    const text = (entryBy: string) =>
      [
        'Received: from PR3PR04CA0917.eurprd02.prod.outlook.com (2603:10a6:20b:f64::20) by PR3PR01MB3284.eurprd02.prod.outlook.com with Microsoft SMTP Server id 15.20.8619.21; Sat, 14 Feb 2026 10:20:29 +0000',
        'Authentication-Results: spf=pass (sender IP is 192.0.2.22) smtp.mailfrom=em1.shop.example; dkim=pass (signature was verified) header.d=shop.example;dmarc=pass action=none header.from=shop.example;compauth=pass reason=100',
        'Received: from AMS0PEPF0000MW48.eurprd02.prod.outlook.com (2603:10a6:20b:a1a:cafe::ec) by PR3PR04CA0917.eurprd02.prod.outlook.com (2603:10a6:20b:d33::a3) with Microsoft SMTP Server id 15.20.8700.29 via Frontend Transport; Sat, 14 Feb 2026 10:20:28 +0000',
        `Received: from o9.em1.shop.example (o9.em1.shop.example [192.0.2.22]) by ${entryBy} (10.167.58.124) with Microsoft SMTP Server id 15.20.8292.20 via Frontend Transport; Sat, 14 Feb 2026 10:20:27 +0000`,
        'From: <no-reply@shop.example>',
      ].join('\n');
    expect(dmarcAligned(fromText(text('AMS0PEPF0000MW48.eurprd02.prod.outlook.com')), 'shop.example')).to.equal('pass');
    expect(dmarcAligned(fromText(text('AMS0PEPF0000MW48.mail.protection.outlook.com')), 'shop.example')).to.equal(
      'pass',
    );
    // A server that is not Microsoft's at the entry: an id-less header proves nothing.
    expect(dmarcAligned(fromText(text('mx1.recipient.example')), 'shop.example')).to.equal('none');
  });

  it('Proofpoint → Microsoft 365: Microsoft’s compauth=fail counts without configuration, not once the gateway is the entry', () => {
    const plain = fromFixture('trust-gateway-proofpoint-m365.synthetic.txt');
    expect(plain.filter((a) => a.trusted)).to.have.length(1);
    expect(dmarcAligned(plain, 'example-bank.co.jp')).to.equal('fail');
    const configured = fromFixture('trust-gateway-proofpoint-m365.synthetic.txt', {
      ownHosts: ['mx0a-00123401.pphosted.com'],
    });
    expect(configured.filter((a) => a.trusted)).to.have.length(0);
    expect(dmarcAligned(configured, 'example-bank.co.jp')).to.equal('none');
  });

  it('a stacked group from one system’s filters counts whole; the same id among the sender’s headers is a forgery', () => {
    const auth = fromFixture('auth-stacked-below-entry.synthetic.txt');
    expect(summary(auth)).to.deep.equal([
      { key: 'authentication-results', id: 'bi-efa-ds1-alpha.example-org.com', trusted: true, forged: false },
      { key: 'authentication-results', id: 'bi-efa-ds1-alpha.example-org.com', trusted: true, forged: false },
      { key: 'authentication-results', id: 'bi-efa-ds1-alpha.example-org.com', trusted: false, forged: true },
      { key: 'authentication-results', id: 'example-bank.co.jp', trusted: false, forged: false },
    ]);
    expect(trustedResult(auth, 'spf')?.result).to.equal('pass');
    expect(dmarcAligned(auth, 'example-bank.co.jp')).to.equal('fail'); // the forged dmarc=pass is not read
  });

  it('flags a header claiming the receiving server’s id below a sender-forged Received line', () => {
    const auth = fromFixture('trust-forged-below.synthetic.txt');
    expect(summary(auth)).to.deep.equal([
      { key: 'authentication-results', id: 'mx.example.co.jp', trusted: true, forged: false },
      { key: 'authentication-results', id: 'mx.example.co.jp', trusted: false, forged: true },
    ]);
    expect(dmarcAligned(auth, 'kagoya.net')).to.equal('none');
  });

  it('does not trust a header placed first in the sender’s own headers when the entry hop’s server wrote one above', () => {
    // Synthetic: amavis-style reinjection writes the recipient's header above the entry hop; the sender added one below.
    const text = [
      'Received: from localhost (localhost [127.0.0.1]) by mx.example.co.jp (Postfix) with ESMTP id A; Tue, 14 Jun 2022 09:00:02 +0900',
      'Authentication-Results: mx.example.co.jp; spf=fail smtp.mailfrom=example-bank.co.jp; dmarc=fail header.from=example-bank.co.jp',
      'Received: from bot (unknown [198.51.100.66]) by mx.example.co.jp (Postfix) with SMTP id B; Tue, 14 Jun 2022 09:00:01 +0900',
      'Authentication-Results: mx.example.co.jp; spf=pass smtp.mailfrom=example-bank.co.jp; dmarc=pass header.from=example-bank.co.jp',
      'From: <notice@example-bank.co.jp>',
    ].join('\n');
    const auth = fromText(text);
    expect(summary(auth).map((a) => [a.trusted, a.forged])).to.deep.equal([
      [true, false],
      [false, true],
    ]);
    expect(dmarcAligned(auth, 'example-bank.co.jp')).to.equal('fail');
  });

  it('reads every trusted result in any order: a DMARC pass for From wins, a DKIM pass counts only when aligned', () => {
    const header = (results: string[]): string =>
      [
        'Authentication-Results: mx.example.co.jp; ' + results.join('; '),
        'Received: from mail.esp-mailer.example (mail.esp-mailer.example [198.51.100.20]) by mx.example.co.jp (Postfix) with ESMTPS id A; Tue, 14 Jun 2022 09:00:01 +0900',
        'From: <notice@example-bank.co.jp>',
      ].join('\n');
    const results = [
      'dkim=fail header.d=esp-mailer.example',
      'dkim=pass header.d=mail.example-bank.co.jp',
      'dmarc=pass header.from=example-bank.co.jp',
    ];
    for (const order of [results, [...results].reverse()]) {
      const auth = fromText(header(order));
      expect(dmarcAligned(auth, 'example-bank.co.jp')).to.equal('pass');
      expect(trustedResults(auth, 'dkim').map((r) => r.result)).to.have.members(['fail', 'pass']);
      expect(dkimAlignedPass(auth, 'example-bank.co.jp')?.props['header.d']).to.equal('mail.example-bank.co.jp');
      expect(dkimAlignedPass(auth, 'esp-mailer.example')).to.equal(undefined);
    }
    // Microsoft's compauth=fail written beside a dmarc=none stays a fail; a pass for another From is no pass.
    expect(
      dmarcAligned(
        fromText(header(['dmarc=none header.from=example-bank.co.jp', 'compauth=fail'])),
        'example-bank.co.jp',
      ),
    ).to.equal('fail');
    expect(dmarcAligned(fromText(header(['dmarc=pass header.from=phisher.example'])), 'example-bank.co.jp')).to.equal(
      'none',
    );
  });

  it('trusts an authserv-id the admin configured, and only then', () => {
    const text = fixtureText('kagoya-2021-12.headers.txt').replace(
      'Authentication-Results: mx.example.co.jp;',
      'Authentication-Results: filter.example-isp.net;',
    );
    expect(fromText(text)[0]?.trusted).to.equal(false);
    expect(fromText(text, undefined, ['filter.example-isp.net'])[0]?.trusted).to.equal(true);
  });

  it('trusts nothing without an entry hop, and never throws on odd input', () => {
    expect(fromText('Authentication-Results: mx.example.com; spf=pass\nFrom: a@example.com\n')[0]).to.include({
      trusted: false,
      forged: false,
    });
    expect(
      parseAuthResults(undefined as unknown as HeaderField[], [], { mailbox: 'unknown', internalHops: [] }),
    ).to.deep.equal([]);
    expect(dmarcAligned([], '')).to.equal('none');
  });

  describe('real mail from the corpus', () => {
    const load = (ctx: Mocha.Context) =>
      splitHeaderBytes(new Uint8Array(readFileSync(sharedPath(ctx, 'corpus', 'usrp_users', '06562-118a79ea299e.eml'))))
        .headers;

    it('06562 as delivered: the list’s and the sender’s stacked headers are upstream — neither trusted nor forged', function () {
      const auth = analyse(load(this));
      expect(auth.map((a) => [a.authservId, a.trusted, a.forged])).to.deep.equal([
        ['mm2.emwd.com', false, false],
        ['bi-efa-ds1-alpha.brilliantroot.com', false, false],
        ['bi-efa-ds1-alpha.brilliantroot.com', false, false],
      ]);
    });

    it('06562 read by the list server’s own admin: its header counts, the stacked pair below is not a forgery', function () {
      const auth = analyse(load(this), { ownHosts: ['mm2.emwd.com'], ownDomains: ['lfdr.de'] });
      expect(auth.map((a) => [a.authservId, a.trusted, a.forged])).to.deep.equal([
        ['mm2.emwd.com', true, false],
        ['bi-efa-ds1-alpha.brilliantroot.com', false, false],
        ['bi-efa-ds1-alpha.brilliantroot.com', false, false],
      ]);
      expect(trustedResult(auth, 'dkim')?.result).to.equal('fail');
    });
  });
});
