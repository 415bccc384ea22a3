/**
 * `tsx scripts/build-phrase-tries.ts [--pane]`: prints the phrase finders' tries as JSON (trie-format.ts's
 * serializeTries; with `--pane`, the task pane's form, compactTries, in parts by the need whose data brings them),
 * compiled by the very code that compiles them at run time, from the lexicons as they are now.
 * scripts/phrase-tries-loader.cjs runs it while the CLI and the task pane are built and puts its output in the bundles
 * (src/core/checks/prebuilt-tries.ts says why).
 */
import '../src/core/analyze';
import { CHECK_DATA, loadAllCheckData } from '../src/core/check-data';
import { compiledTries, madeFinders } from '../src/core/checks/lure-matcher';
import * as tables from '../src/core/checks/nonlatin-phrases';
import { compactTries, serializeTries, type CompactTries } from '../src/core/checks/trie-format';

/**
 * The task pane's tries in parts (src/core/checks/pane-tries.ts): each finder's Latin part under the need whose data
 * makes the finder (check-data.ts; `tries` for those the checks make as they load, fetched as the pane starts), and
 * the compact trie of both parts (`all`) under `phrases`, with the phrases in other scripts it is read with.
 */
async function paneParts(): Promise<Record<string, CompactTries>> {
  const need = new Map<string, string>();
  const take = (name: string) => madeFinders().forEach((key) => need.has(key) || need.set(key, name));
  take('tries');
  // One need's data at a time, so each finder is found with the need that makes it.
  for (const [name, load] of Object.entries(CHECK_DATA)) {
    await load();
    take(name);
  }
  const parts: Record<string, CompactTries> = {};
  for (const [key, { latin, all }] of sorted(compactTries(compiledTries(tables)))) {
    (parts[need.get(key)!] ??= {})[key] = { latin };
    if (all) (parts.phrases ??= {})[key] = { all };
  }
  return parts;
}

// By key: the data loads settle in any order, and the same lexicons should give the same bundle (its hash names the
// CLI's code cache, scripts/cli-code-cache.cjs: a rebuild of the same sources keeps the cache).
const sorted = <T>(tries: Record<string, T>): [string, T][] =>
  Object.entries(tries).sort(([a], [b]) => (a < b ? -1 : 1));

if (process.argv.includes('--pane')) process.stdout.write(JSON.stringify(await paneParts()));
else {
  // Every check's module made its finder when imported, or makes it when its data loads.
  await loadAllCheckData();
  process.stdout.write(JSON.stringify(Object.fromEntries(sorted(serializeTries(compiledTries(tables))))));
}
