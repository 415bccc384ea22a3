/**
 * The own-organisation evidence marks what the header writes (src/core/checks/header-mark.ts, own-org.ts): the pane
 * marks a highlight inside its evidence's value, so a highlight the value does not hold is a broken explanation. The
 * parser reads addresses without their comments and domains lower-cased; the evidence shows the header as written.
 * Messages are synthetic (issue #16).
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';

const BODY =
  'Your mailbox ella.marsh@halvorsen-eng.com is full. Verify your password now or messages will be held: ' +
  'https://evil.example/x';

/** A mailbox-full notice to the reader at halvorsen-eng.com from `from`, with `extra` headers. */
function notice(from: string, subject = 'Mailbox quota exceeded', extra = ''): Report {
  const headers = `Delivered-To: ella.marsh@halvorsen-eng.com\r\n${extra}From: ${from}\r\n`;
  const to = 'To: Ella <ella.marsh@halvorsen-eng.com>\r\n';
  return analyze({ headers: `${headers}${to}Subject: ${subject}\r\n`, text: BODY });
}

function ownOrgEvidence(r: Report) {
  const f = r.findings.find((x) => x.id === 'sender.own-org-impersonation');
  expect(f?.status, 'own-org impersonation').to.equal('fail');
  for (const e of f!.evidence)
    if (e.highlight !== undefined) expect(e.value ?? e.url, e.highlight).to.include(e.highlight);
  return f!.evidence;
}

describe('own-organisation evidence marks the header as written', () => {
  it('marks the reader’s address in a From name that writes a comment inside it, in the name as read', () => {
    // The fuzz case (encoded-words, seed 1283902704): the name reads as the reader's address once the comment goes.
    for (const name of ['ella.marsh@( )halvorsen-eng.com', 'ella.marsh@(IT)halvorsen-eng.com']) {
      const [claim] = ownOrgEvidence(notice(`${name} <it@evil.example>`));
      expect(claim).to.include({ header: 'From', value: 'ella.marsh@halvorsen-eng.com' });
      expect(claim!.highlight).to.equal('ella.marsh@halvorsen-eng.com');
    }
  });

  it('keeps every highlight inside its value for a To the From name repeats with a comment in its domain', () => {
    // Found by the fuzz (encoded-words, seed 1283902704): the name reads as the reader's address `203.0.113.9@a.aa`.
    const value = '203.0.113.9@( )a.aa';
    const r = analyze({ headers: `Subject: ${value}\r\nFrom: ${value} <a@example.com>\r\nTo: ${value}\r\n` });
    const [claim] = ownOrgEvidence(r);
    expect(claim).to.include({ header: 'From', value: '203.0.113.9@a.aa', highlight: '203.0.113.9@a.aa' });
    for (const f of r.findings)
      for (const e of f.evidence) if (e.highlight) expect(e.value ?? e.url, f.id).to.include(e.highlight);
  });

  it('marks the reader’s domain in a From name written in full-width letters, in its NFKC form', () => {
    const [claim] = ownOrgEvidence(notice('"ｈａｌｖｏｒｓｅｎ-ｅｎｇ.ｃｏｍ" <it@evil.example>'));
    expect(claim).to.include({ header: 'From', value: 'halvorsen-eng.com', highlight: 'halvorsen-eng.com' });
  });

  it('marks a foreign sender’s domain as the From header capitalises it', () => {
    const evidence = ownOrgEvidence(notice('Mail Admin <it@EVIL.example>', 'ella.marsh@halvorsen-eng.com quota'));
    expect(evidence).to.deep.include({
      header: 'From',
      value: 'Mail Admin <it@EVIL.example>',
      highlight: 'EVIL.example',
      author: 'sender',
    });
  });

  it('still marks the claim in the From header as written when it is written plainly', () => {
    const [claim] = ownOrgEvidence(notice('ella.marsh@halvorsen-eng.com <it@evil.example>'));
    expect(claim).to.include({
      header: 'From',
      value: 'ella.marsh@halvorsen-eng.com <it@evil.example>',
      highlight: 'ella.marsh@halvorsen-eng.com',
    });
  });
});

describe('the sender checks mark the header as written', () => {
  /** Every highlight of every finding lies in its value, and the marks of `header` are these. */
  function marks(r: Report, header: string): string[] {
    const out: string[] = [];
    for (const f of r.findings)
      for (const e of f.evidence) {
        if (e.highlight !== undefined) expect(e.value ?? e.url, f.id).to.include(e.highlight);
        if (e.header === header && e.highlight) out.push(e.highlight);
      }
    return out;
  }

  it('marks a brand claim’s capitalised sender domain and a capitalised Reply-To as the headers write them', () => {
    const r = analyze({
      headers:
        'From: PayPal Service <service@PayPal-Billing.EXAMPLE>\r\nReply-To: Claims <Claims.Desk@Gmail.com>\r\n' +
        'To: ella.marsh@halvorsen-eng.com\r\nSubject: Your account is limited\r\n',
      text: 'Your PayPal account is limited. Confirm your card within 24 hours: https://paypal-billing.example/x',
    });
    expect(marks(r, 'From')).to.include('PayPal-Billing.EXAMPLE');
    expect(marks(r, 'Reply-To')).to.include('Claims.Desk@Gmail.com');
  });
});
