/**
 * `tsx scripts/build-brand-labels.ts`: prints the built-in brands' domain labels as JSON pairs ([domain, label]),
 * computed by the very function lookalike.ts runs (labelOf), then a tab and the built-in index's look-alike targets
 * (lookalike.ts serializeTargets). scripts/brand-labels-loader.cjs runs it while the CLI is built and puts its output
 * in the bundle (src/core/brands/prebuilt-labels.ts says why).
 */
import { labelOf, serializeTargets } from '../src/core/brands/lookalike';
import { loadBrands } from '../src/core/brands/lookup';

const domains = new Set(loadBrands().brands.flatMap((brand) => [...brand.domains, ...brand.mailboxDomains]));
process.stdout.write(JSON.stringify([...domains].map((domain) => [domain, labelOf(domain)])));
process.stdout.write('\t' + JSON.stringify(serializeTargets(loadBrands())));
