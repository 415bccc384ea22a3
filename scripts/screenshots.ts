/**
 * `npm run screenshots`: regenerates the README's images in docs/screenshots/ from the built dist/ (run `npm run
 * build` first) in Debian's Chromium: the Outlook task pane with the KAGOYA message in English, Japanese and dark
 * (under the same fake Office as the browser tests), and the standalone page with the sample. On purpose only: the
 * tests write theirs to the git-ignored artifacts/ folder; these are committed so a reader sees the product before
 * installing it.
 */
import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { projectRoot } from '../test/helpers';
import { CHROMIUM, DIST, startHarness } from '../test/browser/harness';
import { captureReadmeScreenshots } from '../test/browser/screenshots';

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium fonts-ipafont-gothic`);
  if (!existsSync(`${DIST}/taskpane.html`) || !existsSync(`${DIST}/index.html`))
    throw new Error('dist/ is not built: run npm run build first');
  const harness = await startHarness();
  try {
    for (const file of await captureReadmeScreenshots(harness, 'docs')) {
      console.log(`${relative(projectRoot, file)}  ${(statSync(file).size / 1024).toFixed(0)} KB`);
    }
  } finally {
    await harness.close();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
