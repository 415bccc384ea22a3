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
/** The same message forwarded by Gmail under a note: its separator, then the header block without Outlook's line. */
const gmailForward = (note: string) =>
  `${note}\n\n---------- Forwarded message ---------\n${QUOTED.split('\n').slice(1).join('\n')}`;

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
    const fwd = forwardedOf(r);
    expect(fwd?.message.params.from).to.equal('office@harbourview-dentistry.example.net');
    // The attached message is read as a message of its own (attached-message.ts): its link is in the one warning.
    expect(fwd?.evidence.map((e) => e.url)).to.include(PHISH_URL);
    expect(fwd?.evidence.some((e) => e.header === 'Attachment')).to.equal(true);
    expect(ids(r)).to.not.include('content.attached-message');
    expect(r.story[0]?.key).to.equal('story.forwarded');
  });

  it('folds a colleague’s attached phish whatever the length of the note above it', async () => {
    const eml = fixture('forward-to-it-attached.synthetic.eml');
    const note = 'Is this real? It came in this morning; I have not clicked anything. The original is attached.';
    const long = eml.replace(
      note,
      `${note}\n\n${'We were also asked about the supplier portal last week. '.repeat(40)}`,
    );
    expect(long.length).to.be.greaterThan(eml.length + 1_500);
    const r = await analyzeEml(long);
    expect(r.verdict).to.equal('no-red-flags');
    expect(forwardedOf(r)?.evidence.map((e) => e.url)).to.include(PHISH_URL);
    expect(ids(r)).to.not.include('content.attached-message');
  });

  it('does not fold a phish attached by a sender outside the organisation', async () => {
    const eml = fixture('forward-to-it-attached.synthetic.eml')
      .replace(/^Received: [\s\S]*?(?=^From: Dana)/m, '')
      .replace('From: Dana Whitfield <dana.whitfield@example.com>', 'From: Dana Whitfield <dana@example-mail.net>');
    const r = await analyzeEml(eml);
    expect(forwardedOf(r)).to.equal(undefined);
    expect(r.findings.find((f) => f.id === 'content.attached-message')?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('folds a Gmail-style forward authenticated as the reader’s own domain, the reader known', () => {
    const r = analyze(authenticatedFromOutside(gmailForward('FYI - suspicious?'), ['security@example.com']));
    expect(forwardedOf(r)).to.not.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('keeps a link the colleague writes in their own note: a taken-over mailbox forwarding a "document"', async () => {
    const note =
      'Hi all,\n\nPlease review the updated document before Friday: https://shared-docs-review.webflow.io/file\n\n' +
      'Dana\n\n';
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
    expect(forwardedOf(analyze(authenticatedFromOutside(gmailForward('Is this real?'))))).to.equal(undefined);
  });

  it('does not fold a long letter that merely ends with a quoted message', async () => {
    const letter = 'Please verify your account details in the portal today, as discussed in our meeting. '.repeat(20);
    const r = await analyzeEml(internalWith(`${letter}\n\n${QUOTED}`));
    expect(forwardedOf(r)).to.equal(undefined);
  });

  it('does not fold a forward whose From: line names no one: the warning would name no sender', async () => {
    const r = await analyzeEml(internalWith(QUOTED.replace(/^From: .*$/m, 'From:')));
    expect(forwardedOf(r)).to.equal(undefined);
    expect(ids(r)).to.include('links.throwaway-host'); // the forwarded message's signs stay, each with its reason
  });

  it('does not fold a message with no quoted header block under its separator', async () => {
    const r = await analyzeEml(internalWith(QUOTED.replace(/^From: .*$/m, 'Anyway:')));
    expect(forwardedOf(r)).to.equal(undefined);
  });
});

/**
 * The forwarded message is the phisher's: its From: line and its body reach forwarded.ts's scans whole. Each shape
 * once hung the analysis (a regex backtracking over the line); the bound is generous, only a hang exceeds it.
 */
describe('a hostile forward (forwarded.ts on the phisher’s text)', function () {
  this.timeout(60_000);
  const HANG_MS = 5_000;
  const SENDER = 'office@harbourview-dentistry.example.net';
  const timed = async (eml: string) => {
    const started = performance.now();
    const report = await analyzeEml(eml);
    return { report, ms: performance.now() - started };
  };

  it('names the sender of an attached message whose From: line is 12,000 characters of "a@"', async () => {
    const eml = fixture('forward-to-it-attached.synthetic.eml').replace(
      'From: Mail Administrator <',
      `From: ${'a@'.repeat(6_000)} Mail Administrator <`,
    );
    const { report, ms } = await timed(eml);
    expect(ms, 'milliseconds').to.be.below(HANG_MS);
    expect(forwardedOf(report)?.message.params.from).to.equal(SENDER);
  });

  it('names the sender of a quoted header block whose From: line is 40,000 characters of "a@"', async () => {
    const { report, ms } = await timed(internalWith(QUOTED.replace('From: ', `From: ${'a@'.repeat(20_000)} `)));
    expect(ms, 'milliseconds').to.be.below(HANG_MS);
    expect(forwardedOf(report)?.message.params.from).to.equal(SENDER);
  });

  it('reads a note whose "From" or "Sent" runs on for 45,000 spaces, under separators, in seconds', async () => {
    const spaces = ' '.repeat(45_000);
    const separators = '-----Original Message-----\n'.repeat(4);
    for (const note of [`${separators}From${spaces}x`, `From: Mail Administrator\nSent${spaces}x`]) {
      const { report, ms } = await timed(internalWith(`Is this real?\n${note}\n`));
      expect(ms, 'milliseconds').to.be.below(HANG_MS);
      expect(forwardedOf(report)).to.equal(undefined); // no header block under them: nothing to fold
    }
  });
});
