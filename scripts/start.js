/**
 * `npm start`: build, then show what the product does on the bundled sample (the KAGOYA phishing message).
 * For now that is the CLI's text report; later this serves dist over HTTPS for the task pane and the web page.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command in the project root with our stdio; stops with its status when it fails. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(npm, ['run', 'build']);
// Extra arguments pass through: `npm start -- --lang ja`, `npm start -- --json`.
const sample = join('test', 'fixtures', 'kagoya-2021-12.eml');
run(process.execPath, [join('dist', 'cli', 'phish-inspector.cjs'), ...process.argv.slice(2), sample]);
