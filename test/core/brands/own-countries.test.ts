import { expect } from 'chai';
import { findLookalike, ownCountry } from '../../../src/core/brands/lookalike';
import { loadBrands } from '../../../src/core/brands/lookup';

/**
 * The country codes a company names its sister domains with (lookalike.ts OWN_COUNTRIES), written out: ISO 3166-1
 * alpha-2 with `uk` and `eu`, less those read as trade words (ai bi io tv ir pr qa cx). The pane carries them as a
 * bitmap (issue #19); this holds the two alike, pair by pair.
 */
const WRITTEN = (
  'adaeafagalamaoaqarasatauawaxazbabbbdbebfbgbhbjblbmbnbobqbrbsbtbvbwbybzcacccdcfcgchcickclcmcncocrcucvcwcyczde' +
  'djdkdmdodzeceeegeheresetfifjfkfmfofrgagbgdgegfggghgiglgmgngpgqgrgsgtgugwgyhkhmhnhrhthuidieiliminiqisitjejmjojp' +
  'kekgkhkikmknkpkrkwkykzlalblclilklrlsltlulvlymamcmdmemfmgmhmkmlmmmnmompmqmrmsmtmumvmwmxmymznancnenfngninlnonpnr' +
  'nunzompapepfpgphpkplpmpnpsptpwpyrerorsrurwsasbscsdsesgshsisjskslsmsnsosrssstsvsxsysztctdtftgthtjtktltmtntotrtt' +
  'twtzuaugumusuyuzvavcvevgvivnvuwfwsyeytzazmzwukeu'
).match(/../g)!;

describe("lookalike.ts: the reader's own label beside a country code (issue #19: the codes as a bitmap)", () => {
  it('reads every two-letter pair as the written list does', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const differ: string[] = [];
    for (const a of letters)
      for (const b of letters) if (ownCountry(a + b) !== WRITTEN.includes(a + b)) differ.push(a + b);
    expect(differ).to.deep.equal([]);
    expect(WRITTEN).to.have.length(243);
  });

  it('is no country for anything but two lower-case letters', () => {
    for (const s of ['', 'u', 'usa', 'UK', 'u1', 'ü', 'ukk', '{{', 'zz', 'ai', 'io'])
      expect(ownCountry(s), s).to.equal(false);
  });

  it('flags a sister-company look-alike of the reader (hartwellashby-uk.com) and leaves a brand shop alone', () => {
    const index = loadBrands();
    const own = findLookalike(index, 'hartwellashby-uk.com', ['hartwellashby.co.uk']);
    expect(own).to.include({ target: 'hartwellashby.co.uk', technique: 'extra-words', ownVariant: true });
    // A trade word, not a country here: `-io` beside the reader's label is no sister company's name.
    expect(findLookalike(index, 'hartwellashby-io.com', ['hartwellashby.co.uk'])).to.equal(undefined);
  });
});
