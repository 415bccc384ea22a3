/**
 * `tsx scripts/build-brand-index.ts`: prints the built-in brand index as JSON (lookup.ts's serializeIndex), computed by
 * the very code that would build it at run time. scripts/brand-index-loader.cjs runs it while the CLI is built and
 * puts its output in the bundle (src/core/brands/prebuilt.ts says why).
 */
import { loadBrands, serializeIndex } from '../src/core/brands/lookup';

const index = loadBrands();
// The CLI reads its index's brands as the table when an admin adds brands (lookup.ts loadBrands): the same brands only
// if every row of the table was read whole.
if (index.problems.length > 0) throw new Error(`brands.json: ${index.problems.join('; ')}`);
process.stdout.write(JSON.stringify(serializeIndex(index)));
