/**
 * Screenshots of what a user sees. The browser tests write theirs to artifacts/screenshots/ (git-ignored: for a
 * reviewer to look at after a run); `npm run screenshots` (scripts/screenshots.ts) writes the README's images to
 * docs/screenshots/ on purpose, with `captureReadmeScreenshots`. Same viewport and states in both, so what the
 * README shows is what the tests rendered.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../helpers';
import { checklistShown, kagoyaItem, openPage, type Harness } from './harness';

/** About the width Outlook gives a task pane (320–350 CSS px on the web and the new Outlook), a bit taller than a laptop's. */
export const PANE_VIEWPORT = { width: 360, height: 760 };
export const PAGE_VIEWPORT = { width: 900, height: 1000 };

export type ShotTarget = 'artifacts' | 'docs';

function shotPath(target: ShotTarget, name: string): string {
  const dir =
    target === 'artifacts' ? join(projectRoot, 'artifacts', 'screenshots') : join(projectRoot, 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}

/**
 * The pane as a reader first sees it, with the first failing item's evidence open (the point of the product: the
 * exact header and who wrote it). Artifacts get the whole page, the README the first screen.
 */
export async function screenshotPane(page: Page, target: ShotTarget, name: string): Promise<string> {
  await page.evaluate(`(function () {
    var b = document.querySelector('.finding--fail button[aria-expanded="false"]');
    if (b) b.click();
    if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  })()`);
  const path = shotPath(target, name);
  await page.screenshot({ path, fullPage: target === 'artifacts', animations: 'disabled', caret: 'hide' });
  return path;
}

/** The README's images: the task pane in English, Japanese and dark, and the standalone page with the sample. */
export async function captureReadmeScreenshots(harness: Harness, target: ShotTarget = 'docs'): Promise<string[]> {
  const written: string[] = [];
  const panes: { name: string; displayLanguage: string; dark: boolean }[] = [
    { name: 'taskpane-en', displayLanguage: 'en-US', dark: false },
    { name: 'taskpane-ja', displayLanguage: 'ja-JP', dark: false },
    { name: 'taskpane-dark', displayLanguage: 'en-US', dark: true },
  ];
  for (const spec of panes) {
    const opened = await openPage(harness, {
      path: '/taskpane.html',
      viewport: PANE_VIEWPORT,
      office: {
        item: kagoyaItem(),
        displayLanguage: spec.displayLanguage,
        officeTheme: { bodyBackgroundColor: spec.dark ? '#292929' : '#ffffff' },
      },
    });
    try {
      await checklistShown(opened.page);
      await opened.page.locator('.footnote').waitFor();
      written.push(await screenshotPane(opened.page, target, spec.name));
    } finally {
      await opened.close();
    }
  }
  const web = await openPage(harness, { path: '/', viewport: PAGE_VIEWPORT });
  try {
    await web.page.click('[data-action="sample"]');
    await checklistShown(web.page);
    await web.page.locator('.footnote').waitFor();
    written.push(await screenshotPane(web.page, target, 'web-page'));
  } finally {
    await web.close();
  }
  return written;
}
