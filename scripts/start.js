/**
 * `npm start`: build dist/ (task pane, pages, manifest, CLI), then serve it over HTTPS on https://localhost:3000 and
 * print how to sideload the add-in. On a machine without Outlook the page at / is the thing to open; the CLI's
 * analysis of the bundled sample is `npm run sample`.
 *
 *   npm start                  build + serve
 *   npm start -- --port 3001   another port (the dev manifest still names 3000)
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main as serve } from './serve.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command in the project root with our stdio; stops with its status when it fails. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(npm, ['run', 'build']);
// Extra arguments go to the server: `npm start -- --port 3001`.
await serve(process.argv.slice(2));
