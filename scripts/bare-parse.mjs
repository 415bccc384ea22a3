/**
 * `node scripts/bare-parse.mjs <folder>`: the floor the CLI is measured against in `npm run bench` (issue #19) — a
 * whole process that finds the folder's *.eml files as the CLI does (recursively, any case, sorted), reads each and
 * runs a bare `PostalMime.parse` on it, nothing else. Prints the number of messages parsed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';

function emlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return emlFiles(path);
      return entry.isFile() && entry.name.toLowerCase().endsWith('.eml') ? [path] : [];
    });
}

let parsed = 0;
for (const file of emlFiles(process.argv[2] ?? '.')) {
  await PostalMime.parse(readFileSync(file));
  parsed++;
}
process.stdout.write(`${parsed}\n`);
