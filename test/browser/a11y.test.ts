/**
 * Accessibility of what a reader sees, checked by axe-core in a real Chromium (real layout, so colour contrast is
 * measured on the drawn colours): the task pane and the standalone page with the KAGOYA checklist, every evidence
 * and the hop table open, in light and dark. axe's default rule set: WCAG 2.x A and AA plus its best practices.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { browserSuite, checklistShown, expandAll, kagoyaItem, type Opened } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** axe in the page (evaluated through DevTools, which the page's CSP does not govern), violations only. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then(function (r) { return r.violations; })`,
  )) as AxeViolation[];
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')} — ${n.failureSummary}`),
  );
}

describe('accessibility in Chromium (axe-core)', function () {
  this.timeout(60_000);
  const suite = browserSuite();
  let opened: Opened;

  for (const dark of [false, true]) {
    const theme = dark ? 'dark' : 'light';

    it(`finds no violation in the task pane's checklist (${theme}), evidence open`, async () => {
      opened = await suite.open({
        path: '/taskpane.html',
        viewport: { width: 360, height: 760 },
        office: { item: kagoyaItem(), officeTheme: { bodyBackgroundColor: dark ? '#292929' : '#ffffff' } },
      });
      await checklistShown(opened.page);
      await opened.page.locator('.footnote').waitFor();
      expect(await opened.page.evaluate('document.documentElement.dataset.theme')).to.equal(theme);
      await expandAll(opened.page);
      expect(await axeViolations(opened.page)).to.deep.equal([]);
    });

    it(`finds no violation on the standalone page with the sample's checklist (${theme}), evidence open`, async () => {
      opened = await suite.open({ path: '/', colorScheme: theme, viewport: { width: 900, height: 1000 } });
      await opened.page.click('[data-action="sample"]');
      await checklistShown(opened.page);
      await opened.page.locator('.footnote').waitFor();
      await expandAll(opened.page);
      expect(await axeViolations(opened.page)).to.deep.equal([]);
    });
  }

  it('finds no violation on the standalone page before anything is checked, and with a notice', async () => {
    opened = await suite.open({ path: '/', viewport: { width: 900, height: 1000 } });
    await opened.page.locator('#web-paste').waitFor();
    expect(await axeViolations(opened.page)).to.deep.equal([]);
    await opened.page.click('[data-action="check"]');
    await opened.page.locator('[data-notice="web.notice.empty"]').waitFor();
    expect(await axeViolations(opened.page)).to.deep.equal([]);
  });
});
