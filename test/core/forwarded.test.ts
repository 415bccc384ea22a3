/**
 * A colleague's forward (src/core/forwarded.ts, issue #16): an employee forwarding a phish to IT ("is this real?") is
 * not phishing, and the forwarded message's signs are still shown, folded into content.forwarded; a phisher who
 * writes a "Forwarded message" block into a phish gains nothing. Every message here is synthetic (test/fixtures/
 * forward-*.synthetic.eml, or written inline from them).
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import type { Report } from '../../src/core/report';
import type { MessageInput } from '../../src/core/types';
import { projectRoot } from '../helpers';

const fixture = (name: string) => readFileSync(join(projectRoot, 'test', 'fixtures', name), 'utf8');
const analyzeEml = async (eml: string, options = {}) => analyze(await parseMessage(eml), options);
const ids = (r: Report) => r.findings.filter((f) => f.status === 'fail' || f.status === 'warn').map((f) => f.id);
const forwardedOf = (r: Report) => r.findings.find((f) => f.id === 'content.forwarded');

const PHISH_URL = 'https://mailbox-release-portal.webflow.io/verify';
const INTERNAL = fixture('forward-to-it-outlook-internal.synthetic.eml');
/** The internal forward with another body: the same colleague, inside the tenant. */
const internalWith = (body: string) => INTERNAL.slice(0, INTERNAL.indexOf('\n\n') + 2) + body;
const QUOTED = [
  '________________________________',
  'From: Mail Administrator <office@harbourview-dentistry.example.net>',
  'Sent: Tuesday, December 2, 2025 8:52 AM',
  'Subject: Action required: your mailbox is full',
  '',
  'Your mailbox dana.whitfield@example.com is full. Incoming messages are held on the server.',
  'Verify your account within 24 hours to release your pending messages and avoid suspension.',
  `Release messages<${PHISH_URL}>`,
  '',
].join('\n');

/** A plain-text message authenticated (DMARC pass) as example.com by the reader's mail system, from outside. */
function authenticatedFromOutside(text: string, recipients?: string[]): MessageInput {
  const headers = [
    'Received: from mx1.example.com (mx1.example.com [192.0.2.10]) by mbox.example.com with LMTP;',
    ' Tue, 2 Dec 2025 09:40:05 +0000',
    'Received: from mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170]) by mx1.example.com',
    ' with ESMTPS id 7D2C1; Tue, 2 Dec 2025 09:40:04 +0000',
    'Authentication-Results: mx1.example.com; dkim=pass header.d=example.com header.s=g1;',
    ' spf=pass smtp.mailfrom=example.com; dmarc=pass (p=reject) header.from=example.com',
    'From: Dana Whitfield <dana.whitfield@example.com>',
    'To: Security Desk <security@example.com>',
    'Subject: Fwd: Action required: your mailbox is full',
    'Date: Tue, 2 Dec 2025 09:40:01 +0000',
    'Message-ID: <CAF1x2y3z4@mail.gmail.com>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return { headers: headers.join('\r\n') + '\r\n', text, ...(recipients ? { recipients } : {}) };
}

describe("a colleague's forward of a phish (forwarded.ts)", () => {
  it("does not call an employee's forward to IT phishing, and names what the forwarded message hides", async () => {
    const r = await analyzeEml(INTERNAL);
    expect(r.verdict).to.equal('no-red-flags');
    const fwd = forwardedOf(r);
    expect(fwd?.status).to.equal('warn');
    expect(fwd?.message.params.from).to.equal('office@harbourview-dentistry.example.net');
    // The forwarded message's link and wording stay in its evidence for IT; they are no longer the colleague's.
    expect(fwd?.evidence.map((e) => e.url)).to.include(PHISH_URL);
    expect(fwd?.evidence.some((e) => e.header === 'Body' && /verify your account/i.test(e.value ?? ''))).to.equal(true);
    expect(ids(r)).to.not.include.members(['links.throwaway-host', 'content.lure']);
    expect(r.story[0]?.key).to.equal('story.forwarded');
  });

  it('reads a message forwarded as an attachment (message/rfc822) the same way', async () => {
    const r = await analyzeEml(fixture('forward-to-it-attached.synthetic.eml'));
    expect(r.verdict).to.equal('no-red-flags');
    expect(forwardedOf(r)?.message.params.from).to.equal('office@harbourview-dentistry.example.net');
  });

  it('folds a Gmail-style forward authenticated as the reader’s own domain, the reader known', () => {
    const text = `FYI - suspicious?\n\n---------- Forwarded message ---------\n${QUOTED.split('\n').slice(1).join('\n')}`;
    const r = analyze(authenticatedFromOutside(text, ['security@example.com']));
    expect(forwardedOf(r)).to.not.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('keeps a link the colleague writes in their own note: a taken-over mailbox forwarding a "document"', async () => {
    const note = `Hi all,\n\nPlease review the updated document before Friday: https://shared-docs-review.webflow.io/file\n\nDana\n\n`;
    const r = await analyzeEml(internalWith(note + QUOTED));
    expect(ids(r)).to.include('links.throwaway-host');
    const urls = r.findings.flatMap((f) => f.evidence.map((e) => e.url));
    expect(urls).to.include.members(['https://shared-docs-review.webflow.io/file', PHISH_URL]);
    expect(r.verdict).to.equal('likely-phishing');
  });
});

describe('a "Forwarded message" block that proves nothing (forwarded.ts twins)', () => {
  it('stays likely phishing when a phish from outside pastes a forwarded header block', async () => {
    const r = await analyzeEml(fixture('forward-twin-outside-fake-forward.synthetic.eml'));
    expect(r.verdict).to.equal('likely-phishing');
    expect(forwardedOf(r)).to.equal(undefined);
    expect(ids(r)).to.include.members(['links.throwaway-host', 'content.lure']);
  });

  it("stays likely phishing when the From forges the reader's own domain from outside", async () => {
    const r = await analyzeEml(fixture('forward-twin-spoofed-own-domain.synthetic.eml'));
    expect(r.verdict).to.equal('likely-phishing');
    expect(forwardedOf(r)).to.equal(undefined);
  });

  it('does not trust an "own" domain guessed only from the To line the sender wrote', () => {
    const text = `Is this real?\n\n---------- Forwarded message ---------\n${QUOTED.split('\n').slice(1).join('\n')}`;
    expect(forwardedOf(analyze(authenticatedFromOutside(text)))).to.equal(undefined);
  });

  it('does not fold a long letter that merely ends with a quoted message', async () => {
    const letter = 'Please verify your account details in the portal today, as discussed in our meeting. '.repeat(20);
    const r = await analyzeEml(internalWith(`${letter}\n\n${QUOTED}`));
    expect(forwardedOf(r)).to.equal(undefined);
  });

  it('does not fold a message with no quoted header block under its separator', async () => {
    const r = await analyzeEml(internalWith(QUOTED.replace(/^From: .*$/m, 'Anyway:')));
    expect(forwardedOf(r)).to.equal(undefined);
  });
});
