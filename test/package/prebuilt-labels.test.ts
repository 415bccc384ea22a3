/**
 * The CLI starts with the built-in brands' domain labels computed when it was built (src/core/brands/prebuilt-labels.ts,
 * scripts/build-brand-labels.ts): each must be the label the public-suffix rules give the domain now, or the command
 * would see look-alike domains differently from the task pane; and every brand domain must have one.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { labelOf, serializeTargets } from '../../src/core/brands/lookalike';
import { loadBrands } from '../../src/core/brands/lookup';
import { builtCliCode, CLI_BIN, requireBuiltCli } from '../helpers';

const require = createRequire(import.meta.url);
const { getDomainWithoutSuffix } = require('tldts-icann') as typeof import('tldts-icann');

describe('the brand domain labels computed at build time (prebuilt-labels.ts)', () => {
  it('are in the built command: one for every domain and mailbox domain of a brand, the label its rules give now', function () {
    requireBuiltCli(this);
    const literal = /PREBUILT_LABELS = new Map\(JSON\.parse\(("(?:[^"\\\n]|\\.)*")\)\);$/m.exec(
      readFileSync(CLI_BIN, 'utf8'),
    );
    expect(literal, 'the bundle carries the labels').to.not.equal(null);
    const shipped = new Map(JSON.parse(JSON.parse(literal![1]!) as string) as [string, string][]);
    const domains = loadBrands().brands.flatMap((brand) => [...brand.domains, ...brand.mailboxDomains]);
    expect(new Set(shipped.keys())).to.deep.equal(new Set(domains));
    const wrong = [...shipped].filter(
      ([domain, label]) => label !== (getDomainWithoutSuffix(domain, { allowPrivateDomains: false }) ?? ''),
    );
    expect(wrong).to.deep.equal([]);
    // Outside the CLI they are computed on demand, alike: `amazon` under co.jp, `kagoya` under net.
    expect([labelOf('amazon.co.jp'), labelOf('kagoya.net')]).to.deep.equal(['amazon', 'kagoya']);
    expect(shipped.get('amazon.co.jp')).to.equal('amazon');
  });

  it('carry the built-in index’s look-alike targets and keys, equal to those the current brand table gives', function () {
    requireBuiltCli(this);
    // The targets' JSON text sits in the command's data comment (scripts/cli-code-cache.cjs); builtCliCode puts it back.
    const literal = /\bPREBUILT_TARGETS = (\{.*\});$/m.exec(builtCliCode());
    expect(literal, 'the bundle carries the targets').to.not.equal(null);
    const shipped = JSON.parse(literal![1]!) as ReturnType<typeof serializeTargets>;
    expect(shipped).to.deep.equal(JSON.parse(JSON.stringify(serializeTargets(loadBrands()))));
    // The keys name every target: amazon.co.jp's skeleton leads to it.
    const amazon = shipped.targets.findIndex((t) => t[1] === 'amazon.co.jp');
    expect(new Map(shipped.by.skel).get('amazon')).to.include(amazon);
  });
});
