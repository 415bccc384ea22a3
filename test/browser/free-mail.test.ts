/**
 * The maintained free-mail list in the built page and pane, in a real Chromium (issue #16): fetched as a chunk of its
 * own only for a message whose verdict depends on it (CEO fraud from an ISP mailbox the built-in list does not know),
 * before the checklist is drawn — and never for the KAGOYA sample. Fixture freemail-ceo-giftcards-orange is synthetic.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers';
import { browserSuite, checklistShown, kagoyaItem, type Opened } from './harness';

const CEO_ISP = readFileSync(join(projectRoot, 'test/fixtures/freemail-ceo-giftcards-orange.synthetic.eml'), 'utf8');
const [CEO_HEADERS, CEO_BODY] = CEO_ISP.split(/\r?\n\r?\n/, 2) as [string, string];

/** The requests for the list's loader chunk (`web.free-mail.<hash>.js`, `taskpane.free-mail.<hash>.js`). */
const listChunks = (o: Opened) => o.requests.filter((url) => /\/\w+\.free-mail\.[0-9a-f]{8}\.js$/.test(url));

async function roleStatus(o: Opened): Promise<string | null> {
  return o.page.locator('[data-finding-id="sender.role-free-mail"]').getAttribute('class');
}

describe('free-mail list in the built page and pane (Chromium)', function () {
  this.timeout(60_000);
  const suite = browserSuite();

  it('the page fetches the list only for CEO fraud from orange.fr, and draws it as likely phishing', async () => {
    const o = await suite.open({ path: '/' });
    await o.page.locator('[data-action="check"]').waitFor();
    await o.page.click('[data-action="sample"]');
    await checklistShown(o.page);
    expect(listChunks(o), 'for the KAGOYA sample').to.deep.equal([]);
    await o.page.setInputFiles('input[type="file"]', {
      name: 'ceo.eml',
      mimeType: 'message/rfc822',
      buffer: Buffer.from(CEO_ISP),
    });
    await o.page.locator('[data-finding-id="sender.role-free-mail"]').waitFor();
    expect(await roleStatus(o)).to.include('finding--fail');
    expect(await o.page.locator('.verdict-title').textContent()).to.equal('Likely phishing');
    expect(listChunks(o)).to.have.length(1);
    expect(o.outbound).to.deep.equal([]);
    expect(o.errors).to.deep.equal([]);
    expect(await o.violations()).to.deep.equal([]);
  });

  it('the task pane draws the same message from Office.js with the list already in: one verdict', async () => {
    const o = await suite.open({
      path: '/taskpane.html',
      viewport: { width: 360, height: 760 },
      office: {
        item: {
          from: { displayName: 'Robert Hale, CEO', emailAddress: 'robert.hale.ceo.office@orange.fr' },
          to: [{ displayName: 'Yamada', emailAddress: 'yamada@example.co.jp' }],
          subject: 'Quick request',
          headers: `${CEO_HEADERS}\r\n`,
          text: CEO_BODY,
        },
      },
    });
    await checklistShown(o.page);
    // The first drawing is the final one: the role finding is there as soon as the checklist is.
    expect(await roleStatus(o)).to.include('finding--fail');
    expect(await o.page.locator('.verdict-title').textContent()).to.equal('Likely phishing');
    expect(listChunks(o)).to.have.length(1);
    expect(o.errors).to.deep.equal([]);
    expect(await o.violations()).to.deep.equal([]);
  });

  it('the task pane never fetches the list for the KAGOYA sample, late data included', async () => {
    const o = await suite.open({ path: '/taskpane.html', office: { item: kagoyaItem() } });
    await checklistShown(o.page);
    await o.page.locator('.footnote').waitFor(); // the IP table, the pane's late data, is in
    expect(listChunks(o)).to.deep.equal([]);
  });
});
