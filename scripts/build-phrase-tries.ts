/**
 * `tsx scripts/build-phrase-tries.ts [--pane]`: prints the phrase finders' tries as JSON (trie-format.ts's
 * serializeTries; with `--pane`, the task pane's form, compactTries), compiled by the very code that compiles them at
 * run time, from the lexicons as they are now.
 * scripts/phrase-tries-loader.cjs runs it while the CLI is built and puts its output in the bundle
 * (src/core/checks/prebuilt-tries.ts says why).
 */
import '../src/core/analyze';
import { loadAllCheckData } from '../src/core/check-data';
import { compiledTries } from '../src/core/checks/lure-matcher';
import * as tables from '../src/core/checks/nonlatin-phrases';
import { compactTries, serializeTries } from '../src/core/checks/trie-format';

// Every check's module made its finder when imported, or makes it when its data loads.
await loadAllCheckData();
// By key: the data loads settle in any order, and the same lexicons should give the same bundle (its hash names the
// CLI's code cache, scripts/cli-code-cache.cjs: a rebuild of the same sources keeps the cache).
const serialize = process.argv.includes('--pane') ? compactTries : serializeTries;
const tries = Object.entries(serialize(compiledTries(tables))).sort(([a], [b]) => (a < b ? -1 : 1));
process.stdout.write(JSON.stringify(Object.fromEntries(tries)));
