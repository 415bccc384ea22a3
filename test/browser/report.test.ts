/**
 * "Report to IT" in the built Outlook task pane, in Chromium under a simulated host (issue 8): Report asks first,
 * naming the IT address; Cancel opens nothing; Confirm calls `displayNewMessageFormAsync` once with the address, the
 * prefixed subject, the original attached as an item and a defanged summary. The admin's config.json is answered by
 * the test (page.route); without one (dist/ has none: 404) the button says no IT address is configured.
 */
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { browserSuite, checklistShown, kagoyaItem, waitForExpression, type Opened } from './harness';
import { PANE_VIEWPORT } from './screenshots';
import { htmlBodyText, rawKeysInSummary } from '../package/summary-words';

// Synthetic: an EWS-shaped id (standard base64, no `-`/`_`, so the pane passes it as it is).
const ITEM_ID = 'AAMkAGI2TG93AAABBBCCC+dd/EEE=';
const CONFIG = { reportAddresses: ['soc@example.co.jp'], subjectPrefix: '[Phish]' };

interface RecordedForm {
  toRecipients: string[];
  subject: string;
  htmlBody: string;
  attachments: { type: string; itemId: string; name?: string }[];
}

describe('Report to IT in the Outlook task pane in Chromium (simulated host)', function () {
  this.timeout(60_000);
  const suite = browserSuite();
  let opened: Opened;

  /** The pane with the KAGOYA item; config.json answered with `config`, or left to the server (404) when undefined. */
  async function open(config?: object, subject = kagoyaItem().subject): Promise<Opened> {
    opened = await suite.open({
      path: '/taskpane.html',
      office: { item: { ...kagoyaItem(), subject, itemId: ITEM_ID }, mailboxVersion: '1.14' },
      viewport: PANE_VIEWPORT,
    });
    if (config) {
      // Routed after load would be too late: the pane fetches config.json at start. Reload with the route in place.
      await opened.page.route('**/config.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(config) }),
      );
      await opened.page.reload({ waitUntil: 'load' });
    }
    await checklistShown(opened.page);
    return opened;
  }

  const forms = (page: Page) => page.evaluate('window.__fakeOffice.state.forms') as Promise<RecordedForm[]>;
  const status = (page: Page) => page.locator('.actions-status').getAttribute('data-status');

  it('asks first naming the IT address, opens nothing on Cancel, and on Confirm opens one draft with the original attached', async () => {
    const o = await open(CONFIG);
    const { page } = o;

    await page.locator('[data-action="report"]').click();
    const confirm = page.locator('.report-confirm');
    await confirm.waitFor({ state: 'visible' });
    expect(await confirm.textContent()).to.include('soc@example.co.jp');
    expect(await forms(page)).to.deep.equal([]);

    await page.locator('[data-action="cancel"]').click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await status(page)).to.equal('ui.report.cancelled');
    expect(await forms(page)).to.deep.equal([]);

    await page.locator('[data-action="report"]').click();
    await confirm.waitFor({ state: 'visible' });
    await page.locator('[data-action="confirm"]').click();
    await waitForExpression(page, 'document.querySelector(".actions-status").dataset.status === "ui.report.opened"');

    const sent = await forms(page);
    expect(sent).to.have.length(1);
    const form = sent[0] as RecordedForm;
    expect(form.toRecipients).to.deep.equal(['soc@example.co.jp']);
    expect(form.subject.startsWith('[Phish] ')).to.equal(true);
    expect(form.subject).to.include(kagoyaItem().subject);
    expect(form.attachments).to.have.length(1);
    expect(form.attachments[0]).to.deep.include({ type: 'item', itemId: ITEM_ID });
    // The analysis travels as the body: the brand-mismatch finding, every link defanged, nothing clickable.
    expect(form.htmlBody).to.match(/sender\.brand-mismatch|claims to be KAGOYA/);
    expect(form.htmlBody).to.not.match(/https?:\/\//);
    expect(form.htmlBody).to.not.include('santamariasold.com');
    expect(form.htmlBody).to.include('santamariasold[.]com');
    // Words, not dictionary keys (each red flag's finding-id label for IT aside).
    expect(rawKeysInSummary(htmlBodyText(form.htmlBody)), 'dictionary keys in the draft').to.deep.equal([]);
    expect(await page.locator('.actions-status').textContent()).to.include('soc@example.co.jp');
    expect(o.outbound).to.deep.equal([]);
    expect(o.errors).to.deep.equal([]);
  });

  it('writes hidden and direction-changing characters of the subject into the draft as visible markers', async () => {
    const hostile = 'Your account \u202emoc.lapyap\u202c is on h\u200bold\u2060';
    const { page } = await open(CONFIG, hostile);
    await page.locator('[data-action="report"]').click();
    await page.locator('[data-action="confirm"]').click();
    await waitForExpression(page, 'document.querySelector(".actions-status").dataset.status === "ui.report.opened"');
    const form = (await forms(page))[0] as RecordedForm;
    expect(form.subject).to.equal('[Phish] Your account ⟨U+202E⟩moc.lapyap⟨U+202C⟩ is on h⟨U+200B⟩old⟨U+2060⟩');
    expect(`${form.subject}${form.attachments[0]?.name ?? ''}`).not.to.match(
      /[\u200b-\u200f\u202a-\u202e\u2060-\u2069]/u,
    );
  });

  it('"This looks wrong" beside the verdict opens, once confirmed, the same draft marked as a possible false alarm', async () => {
    const { page } = await open(CONFIG);
    await page.locator('.verdict-actions [data-action="false-alarm"]').click();
    const question = page.locator('.false-alarm-question');
    await question.waitFor({ state: 'visible' });
    expect(await question.textContent())
      .to.include('soc@example.co.jp')
      .and.include('possible false alarm');
    expect(await forms(page)).to.deep.equal([]);
    await page.locator('[data-action="confirm-false-alarm"]').click();
    await waitForExpression(
      page,
      'document.querySelector(".false-alarm-status").dataset.status === "ui.false-alarm.opened"',
    );
    const sent = await forms(page);
    expect(sent).to.have.length(1);
    const form = sent[0] as RecordedForm;
    expect(form.toRecipients).to.deep.equal(['soc@example.co.jp']);
    expect(form.subject).to.equal(`[Phish] [Reported as a possible false alarm] ${kagoyaItem().subject}`);
    expect(htmlBodyText(form.htmlBody)).to.match(/^\s*Reported as a possible false alarm/);
    expect(form.attachments[0]).to.deep.include({ type: 'item', itemId: ITEM_ID });
  });

  it('says no IT address is configured when config.json is absent, and opens nothing', async () => {
    const o = await open();
    expect(o.requests.some((u) => new URL(u).pathname === '/config.json')).to.equal(true);
    await o.page.locator('[data-action="report"]').click();
    await waitForExpression(
      o.page,
      'document.querySelector(".actions-status").dataset.status === "ui.report.no-address"',
    );
    expect(await o.page.locator('.report-confirm').isVisible()).to.equal(false);
    expect(await forms(o.page)).to.deep.equal([]);
  });
});
