/**
 * What a reader sees first, in the built task pane and standalone page in Chromium (issue #17): the verdict, the
 * story and the failed and warning rows in plain words; everything else under one "Details for IT" disclosure that
 * is closed by default, opens from the keyboard, is remembered across a reload and passes axe; "N things deserve a
 * look" when warnings sit under no red flags; the message's subject labelled and outside the verdict's box; the
 * privacy line only after an analysis; every row's text at one x in English and Japanese; and the sample's note
 * that its recipient side was anonymised.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { DETAILS_KEY } from '../../src/ui/pane';
import { browserSuite, checklistShown, kagoyaItem, waitForExpression, type Opened } from './harness';
import { PANE_VIEWPORT } from './screenshots';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Synthetic: authenticated mail from a shop whose subject reads like our verdict; its link carries your address. */
const DISGUISE =
  '✅ No red flags found. This message was verified safe by your IT department. You may open the link below without worry and sign in with your office password as usual.';
const DISGUISED_ITEM = {
  from: { displayName: 'Shop News', emailAddress: 'news@shop-news.example' },
  to: [{ displayName: 'info', emailAddress: 'info@example.co.jp' }],
  subject: DISGUISE,
  headers: [
    'Received: from mail.shop-news.example (mail.shop-news.example [198.51.100.7])',
    '\tby mx.example.co.jp (Postfix) with ESMTPS id 4JHF2x0Qbcz9sQ',
    '\tfor <info@example.co.jp>; Sun, 19 Dec 2021 20:47:55 +0900 (JST)',
    'Authentication-Results: mx.example.co.jp; spf=pass smtp.mailfrom=news@shop-news.example;',
    '\tdkim=pass header.d=shop-news.example; dmarc=pass header.from=shop-news.example',
    'From: Shop News <news@shop-news.example>',
    'To: info@example.co.jp',
    `Subject: ${DISGUISE}`,
    'Date: Sun, 19 Dec 2021 11:47:49 +0000',
    'Message-ID: <abc@shop-news.example>',
    '',
  ].join('\r\n'),
  html: '<p>See our <a href="https://offers.other-tracker.example/c?u=info@example.co.jp">winter sale</a>.</p>',
};

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then(function (r) { return r.violations; })`,
  )) as { id: string; help: string; nodes: { target: string[] }[] }[];
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${n.target.join(' ')}`));
}

/** The x at which each row's text starts, by status, for every row on screen (details open). */
const ROW_TEXT_X = `[...document.querySelectorAll('.finding')].filter(function (li) {
  return li.checkVisibility();
}).map(function (li) {
  return [li.className.match(/finding--(\\w+)/)[1], Math.round(li.querySelector('.finding-message').getBoundingClientRect().left)];
})`;

describe('what the reader sees first, in Chromium (task pane and page)', function () {
  this.timeout(60_000);
  const suite = browserSuite();

  /** The pane once its checklist is final: drawn again with the IP table (a redraw would take the focus away). */
  async function pane(item = kagoyaItem(), displayLanguage = 'en-US', bypassCSP = false): Promise<Opened> {
    const opened = await suite.open({
      path: '/taskpane.html',
      viewport: PANE_VIEWPORT,
      bypassCSP,
      office: { item, displayLanguage },
    });
    await checklistShown(opened.page);
    await opened.page.locator('.footnote').waitFor();
    return opened;
  }

  const detailsOpen = (page: Page) => page.evaluate('document.querySelector("details.it-details").open');

  it('shows failed and warning rows first and keeps the rest in "Details for IT", closed until opened', async () => {
    const { page } = await pane();
    await checklistShown(page);
    expect(await detailsOpen(page)).to.equal(false);
    const visible = (await page.evaluate(`[...document.querySelectorAll('.finding')]
      .filter(function (li) { return li.checkVisibility(); })
      .map(function (li) { return li.className.match(/finding--(\\w+)/)[1]; })`)) as string[];
    expect(visible.length).to.be.greaterThan(3);
    expect(new Set(visible)).to.satisfy((s: Set<string>) =>
      [...s].every((status) => ['fail', 'warn'].includes(status)),
    );
    expect(await page.locator('table.hops').isVisible()).to.equal(false);
    expect(await page.locator('details.it-details > summary').textContent()).to.equal('Details for IT');
  });

  it('opens and closes "Details for IT" from the keyboard (Enter and Space) and remembers it across a reload', async () => {
    const { page } = await pane();
    await checklistShown(page);
    await page.locator('details.it-details > summary').focus();
    await page.keyboard.press('Enter');
    expect(await detailsOpen(page)).to.equal(true);
    expect(await page.locator('details.it-details [data-finding-id="sender.authentication"]').isVisible()).to.equal(
      true,
    );
    await page.keyboard.press('Space');
    expect(await detailsOpen(page)).to.equal(false);
    await page.keyboard.press('Space');
    expect(await detailsOpen(page)).to.equal(true);

    // The details' toggle event, which stores the choice, comes a task after the change.
    await waitForExpression(page, `localStorage.getItem('${DETAILS_KEY}') === 'open'`);
    await page.reload({ waitUntil: 'load' });
    await checklistShown(page);
    expect(await detailsOpen(page), 'remembered open').to.equal(true);
    await page.locator('details.it-details > summary').click();
    await waitForExpression(page, `localStorage.getItem('${DETAILS_KEY}') === 'closed'`);
    await page.reload({ waitUntil: 'load' });
    await checklistShown(page);
    expect(await detailsOpen(page), 'remembered closed').to.equal(false);
  });

  it('finds no axe violation with "Details for IT" closed and open', async () => {
    const { page } = await pane(kagoyaItem(), 'en-US', true);
    await checklistShown(page);
    await page.locator('.footnote').waitFor();
    expect(await axeViolations(page)).to.deep.equal([]);
    await page.locator('details.it-details > summary').click();
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('says how many things deserve a look instead of a bare "No red flags found" above warnings', async () => {
    const { page } = await pane(DISGUISED_ITEM);
    await checklistShown(page);
    const warnings = await page.locator('[data-part="main"] .finding--warn').count();
    expect(warnings).to.be.greaterThan(1);
    expect(await page.locator('.verdict-title').textContent()).to.equal('No clear sign of phishing');
    expect(await page.locator('.verdict-look').textContent()).to.equal(
      `But ${warnings} things deserve a look: see below.`,
    );
  });

  it('labels the subject as the message’s own words, outside the verdict’s box, in at most two lines', async () => {
    const { page } = await pane(DISGUISED_ITEM);
    await checklistShown(page);
    expect(await page.locator('.verdict').textContent()).to.not.include('verified safe');
    expect(await page.locator('.live').textContent(), 'not announced as ours').to.not.include('verified safe');
    const subject = page.locator('.message-subject');
    expect(await subject.locator('.subject-label').textContent()).to.equal('Subject of the checked message:');
    expect(await subject.locator('.subject-text').textContent()).to.equal(DISGUISED_ITEM.subject);
    const box = (await page.locator('.verdict').boundingBox())!;
    const line = (await subject.boundingBox())!;
    expect(line.y, 'below the verdict box').to.be.at.least(box.y + box.height);
    const lineHeight = parseFloat(await subject.evaluate((e) => getComputedStyle(e).lineHeight));
    expect(line.height, 'two lines at most').to.be.at.most(2 * lineHeight + 1);
    await page.locator('details.it-details > summary').click();
    expect(await page.locator('.details-subject-text').textContent()).to.equal(DISGUISED_ITEM.subject);
  });

  it('starts every row’s text at the same x, whatever its status word, in English and Japanese', async () => {
    for (const lang of ['en-US', 'ja-JP']) {
      const { page } = await pane(kagoyaItem(), lang);
      await checklistShown(page);
      await page.locator('details.it-details > summary').click();
      const rows = (await page.evaluate(ROW_TEXT_X)) as [string, number][];
      expect(new Set(rows.map(([status]) => status)).size, lang).to.be.at.least(3);
      expect(new Set(rows.map(([, x]) => x)), `${lang}: ${JSON.stringify(rows)}`).to.have.property('size', 1);
      await page.context().close();
    }
  });

  it('says the check ran on this computer only after an analysis: not on the empty page, not when office.js fails', async () => {
    const web = await suite.open({ path: '/', viewport: { width: 900, height: 1000 } });
    await web.page.locator('#web-paste').waitFor();
    expect(await web.page.locator('.privacy').count(), 'before any check').to.equal(0);
    await web.page.click('[data-action="sample"]');
    await checklistShown(web.page);
    expect(await web.page.locator('.privacy').textContent()).to.include('Checked on this computer');
    await web.context.close();

    // No office option: the CDN request for office.js is refused, as on a network that blocks it.
    const missing = await suite.open({ path: '/taskpane.html', viewport: PANE_VIEWPORT });
    await missing.page.locator('[data-notice="ui.notice.office-missing"]').waitFor();
    expect(await missing.page.locator('.privacy').count(), 'office.js failed').to.equal(0);
  });

  it('tells the reader on the sample that its recipient side was anonymised, and saves a false-alarm summary', async () => {
    const { page } = await suite.open({ path: '/', viewport: { width: 900, height: 1000 } });
    await page.click('[data-action="sample"]');
    await checklistShown(page);
    const note = page.locator('[data-notice="web.notice.sample-anonymised"]');
    expect(await note.textContent())
      .to.include('203.0.113.25')
      .and.include('not from the attacker');
    await page.click('[data-action="false-alarm"]');
    expect(await page.locator('.false-alarm-question').textContent()).to.include('possible false alarm');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="confirm-false-alarm"]'),
    ]);
    expect(download.suggestedFilename()).to.match(/^phish-inspector-false-alarm-\d{4}-\d{2}-\d{2}\.txt$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text)
      .to.match(/^Reported as a possible false alarm/)
      .and.include('Likely phishing');
  });
});
