/**
 * The contract between the task pane's partial public-suffix lookup and the core (src/core/parse/suffix-rules.ts):
 * a lookup that lacked rules during an analysis makes the report say `needs: ['suffixes']` (and only then), and once
 * the whole list is in, indexes built from the part are built again. In Node tldts has every rule: nothing is noted,
 * so the lacking lookup is played by a hook the analysis calls (the IP owner lookup, asked about the origin IP).
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import { loadBrands } from '../../../src/core/brands/lookup';
import { lacksSuffixRules, noteLackingSuffixRules, suffixRulesCompleted } from '../../../src/core/parse/suffix-rules';
import { fixture } from '../../helpers';

describe('public-suffix rules the task pane loads on demand', () => {
  it('a lookup that lacked rules during the analysis makes the report need the whole list; one before it does not', async () => {
    const input = await parseMessage(fixture('kagoya-2021-12.eml'));
    expect(analyze(input).needs ?? []).not.to.include('suffixes');
    noteLackingSuffixRules(); // a lookup outside any analysis: a display, the message before
    expect(analyze(input).needs ?? []).not.to.include('suffixes');
    const lacking = analyze(input, {
      ipOwner: () => {
        noteLackingSuffixRules();
        return undefined;
      },
    });
    expect(lacking.needs).to.include('suffixes');
    // Noted once, said once: the next analysis starts afresh.
    expect(analyze(input).needs ?? []).not.to.include('suffixes');
  });

  it('says which hosts lie under a suffix whose rules were left out, by a name not known to parse alike', () => {
    const cut = new Set(['aichi.jp', 'it', 'no']);
    const safe = new Set(['poste.it', 'gov.it']);
    expect(lacksSuffixRules('pay-city.toyota.aichi.jp', cut, safe)).to.equal(true);
    expect(lacksSuffixRules('shop.example.it', cut, safe)).to.equal(true);
    expect(lacksSuffixRules('x.oslo.no', cut, safe)).to.equal(true);
    // The suffix itself parses alike (its own rule is kept); so do the names under it known to.
    expect(lacksSuffixRules('aichi.jp', cut, safe)).to.equal(false);
    expect(lacksSuffixRules('it', cut, safe)).to.equal(false);
    expect(lacksSuffixRules('www.poste.it', cut, safe)).to.equal(false);
    expect(lacksSuffixRules('agenziaentrate.gov.it', cut, safe)).to.equal(false);
    expect(lacksSuffixRules('mail.example.co.jp', cut, safe)).to.equal(false);
    expect(lacksSuffixRules('notaichi.jp', cut, safe)).to.equal(false);
  });

  it('builds the brand index again once the whole list is in: one built from the part may be wrong', () => {
    const before = loadBrands();
    expect(loadBrands()).to.equal(before);
    suffixRulesCompleted();
    const after = loadBrands();
    expect(after).not.to.equal(before);
    expect(after.brands.length).to.equal(before.brands.length);
  });
});
