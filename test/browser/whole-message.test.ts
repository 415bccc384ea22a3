/**
 * The built task pane in Chromium on a Mailbox 1.14 client: after the first checklist, the whole message
 * (getAsFileAsync's Base64 .eml) is read by the real Web Worker bundle under the page's real CSP, and the checklist
 * is drawn once more; a failing, slow, overtaken or oversized .eml and an older client each keep what was drawn.
 */
import { expect } from 'chai';
import type { FakeOfficeItem, FakeOfficeSpec } from './fake-office-script';
import { browserSuite, checklistShown, kagoyaItem, waitForExpression, type Opened } from './harness';
import { fixture } from '../helpers';

const LINK = 'https://santamariasold.com/move/kagoya.net/?uid=info@example.co.jp';

/** An .eml whose text part (base64) carries a link Outlook's HTML body lacks, with an HTML attachment. */
function eml(): string {
  const message = [
    'From: rebuilt@example.net',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="MIX"',
    '',
    '--MIX',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(`Sign in: ${LINK}`).toString('base64'),
    '--MIX',
    'Content-Type: text/html; name="invoice.html"',
    'Content-Disposition: attachment; filename="invoice.html"',
    '',
    '<form action="https://collect.example/p"></form>',
    '--MIX--',
    '',
  ].join('\r\n');
  return Buffer.from(message).toString('base64');
}

const NOTES: FakeOfficeItem = {
  from: { displayName: 'Sato Hanako', emailAddress: 'sato@example.co.jp' },
  to: [{ displayName: 'info', emailAddress: 'info@example.co.jp' }],
  subject: 'Meeting notes',
  headers: 'From: Sato Hanako <sato@example.co.jp>\r\nTo: info@example.co.jp\r\nSubject: Meeting notes\r\n',
  html: '<p>Notes from today are on the team site.</p>',
  eml: eml(),
};

const HAS_LINK_FINDING = `document.querySelector('[data-finding-id="links.brand-in-path"]')`;
/**
 * The evidence rows are in every list: they fill when their chunk arrives (scripts/evidence-view-pane.js), which a
 * loaded machine may bring after the first draw — a page compared before and after must be read once they are in.
 */
const EVIDENCE_FILLED = `[...document.querySelectorAll('.evidence-list')].every((list) => list.children.length > 0)`;

describe('Outlook task pane in Chromium: the whole message (Mailbox 1.14)', function () {
  this.timeout(60_000);
  const suite = browserSuite();

  async function open(office: Partial<FakeOfficeSpec> & { item: FakeOfficeItem }): Promise<Opened> {
    const o = await suite.open({ path: '/taskpane.html', office });
    await checklistShown(o.page);
    return o;
  }

  const calls = (o: Opened) => o.page.evaluate('window.__fakeOffice.state.calls') as Promise<string[]>;
  const workerScripts = (o: Opened) =>
    o.requests.filter((url) => /taskpane\.whole-message-worker\.[0-9a-f]+\.js$/.test(url));

  it('redraws once from the .eml read in its Web Worker: the text part’s link is judged, under the real CSP', async () => {
    // The .eml comes 2 s after it is asked for (after the first draw): a loaded machine's first draw and the check
    // below must not race it.
    const o = await open({ item: { ...NOTES, emlDelayMs: 2000 } });
    expect(await o.page.evaluate(`Boolean(${HAS_LINK_FINDING})`)).to.equal(false);
    await waitForExpression(o.page, HAS_LINK_FINDING);
    // The link is read from its evidence row, drawn by the evidence-view chunk once it has come (a loaded CI saw the
    // finding before its row).
    await waitForExpression(o.page, EVIDENCE_FILLED);
    // The planted brand in the text part's link, and the attached invoice.html whose form posts to another site.
    expect(await o.page.locator('[data-finding-id="content.risky-attachment"]').count()).to.equal(1);
    expect(await o.page.locator('.verdict-title').textContent()).to.equal('Likely phishing');
    expect(await o.page.evaluate('document.body.textContent')).to.include(LINK);
    expect(await calls(o)).to.include('getAsFileAsync');
    expect(workerScripts(o)).to.have.length(1);
    expect(o.outbound).to.deep.equal([]);
    expect(o.errors).to.deep.equal([]);
    expect(await o.violations()).to.deep.equal([]);
  });

  it('reads a QR code in the .eml’s image in the worker (its decoders inside it), under the real CSP', async () => {
    const eml = Buffer.from(fixture('qr-mfa-reactivate.synthetic.eml')).toString('base64');
    const o = await open({ item: { ...NOTES, eml } });
    await waitForExpression(o.page, `document.querySelector('[data-finding-id="links.qr-code"]')`);
    expect(await o.page.evaluate('document.body.textContent')).to.include('login.secure-mfa-portal.top');
    expect(o.outbound).to.deep.equal([]);
    expect(o.errors).to.deep.equal([]);
    expect(await o.violations()).to.deep.equal([]);
  });

  it('keeps the first draw, with no notice, when getAsFileAsync fails', async () => {
    const o = await open({ item: { ...NOTES, eml: { error: 'The operation failed.' } } });
    await waitForExpression(o.page, EVIDENCE_FILLED);
    const first = await o.page.evaluate('document.querySelector("main").innerHTML');
    await waitForExpression(o.page, `window.__fakeOffice.state.calls.indexOf('getAsFileAsync') >= 0`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await o.page.evaluate('document.querySelector("main").innerHTML')).to.equal(first);
    expect(await o.page.locator('[data-notice]').count()).to.equal(0);
    expect(o.errors).to.deep.equal([]);
  });

  it('never shows the slow .eml of a message the reader has already left', async () => {
    const o = await open({ item: { ...NOTES, emlDelayMs: 1500 } });
    const next: FakeOfficeItem = { ...kagoyaItem(), subject: 'next' };
    await o.page.evaluate(`window.__fakeOffice.select(${JSON.stringify(next)})`);
    await waitForExpression(
      o.page,
      `document.querySelector('.verdict-title') && document.querySelector('.verdict-title').textContent === 'Likely phishing'`,
    );
    // The IP table's redraw (the network owner named) is the only other one to come; then the evidence rows.
    await o.page.locator('.footnote').waitFor();
    await waitForExpression(o.page, EVIDENCE_FILLED);
    const drawn = await o.page.evaluate('document.querySelector("main").innerHTML');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await o.page.evaluate('document.querySelector("main").innerHTML')).to.equal(drawn);
    expect(await o.page.evaluate('document.body.textContent')).to.not.include('Meeting notes');
    expect(o.errors).to.deep.equal([]);
  });

  it('says when the whole message is over the size cap (content.limit), and never starts the worker', async () => {
    const o = await open({ item: { ...NOTES, eml: undefined, emlFiller: 14 * 1024 * 1024 } });
    await waitForExpression(o.page, `document.querySelector('[data-finding-id="content.limit"]')`);
    expect(await o.page.locator('[data-finding-id="content.limit"]').textContent()).to.include('whole-message-size');
    expect(workerScripts(o)).to.deep.equal([]);
    expect(await o.page.evaluate(`Boolean(${HAS_LINK_FINDING})`)).to.equal(false);
  });

  it('on an older client never asks for the whole message', async () => {
    const o = await open({
      mailboxVersion: '1.13',
      item: {
        ...NOTES,
        attachments: [{ name: 'invoice.html', contentType: 'text/html', size: 812, attachmentType: 'file' }],
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await calls(o)).to.not.include('getAsFileAsync');
    expect(await o.page.evaluate(`Boolean(${HAS_LINK_FINDING})`)).to.equal(false);
    expect(o.errors).to.deep.equal([]);
  });
});
