/**
 * Look-alike hosts are never shown as their look-alike (issue #17), on the built standalone page in a real Chromium:
 * From `support@аpple.com` with a Cyrillic а (test/fixtures/idn-apple-cyrillic.synthetic.eml) is shown, on screen in
 * English and Japanese and in what Copy summary puts on the clipboard, as `xn--pple-43d.com` with the foreign letter
 * named; the Cyrillic а appears only inside the bracketed explanation. Its twin, a genuine Japanese shop at `例え.jp`
 * (idn-twin-japanese-shop.synthetic.eml), is shown as written, with its ASCII form beside it in the evidence.
 */
import { expect } from 'chai';
import { browserSuite, checkFileAndCopy } from './harness';

/** The Cyrillic а written as the start of "pple" outside the explanation's brackets: the disguise repeated. */
const DISGUISE = /(?<!\[)\u0430(?=pple)/u;

describe('look-alike hosts on the standalone page in Chromium', function () {
  this.timeout(60_000);
  const suite = browserSuite();

  it('shows a Cyrillic look-alike of apple.com as punycode with its foreign letter named, on screen and copied', async () => {
    const { o, screen, copied } = await checkFileAndCopy(suite, 'idn-apple-cyrillic.synthetic.eml');
    expect(screen).to.include('xn--pple-43d.com').and.include('Cyrillic, not the Latin a');
    expect(screen).not.to.match(DISGUISE);
    expect(copied).to.include('xn--pple-43d[.]com').and.include('Cyrillic, not the Latin a');
    expect(copied).not.to.match(DISGUISE);
    expect(o.errors).to.deep.equal([]);
  });

  it('names the foreign letter in Japanese for a Japanese reader', async () => {
    const { screen } = await checkFileAndCopy(suite, 'idn-apple-cyrillic.synthetic.eml', 'ja-JP');
    expect(screen).to.include('xn--pple-43d.com').and.include('キリル文字');
    expect(screen).not.to.match(DISGUISE);
  });

  it('shows a genuine Japanese domain as written, with its ASCII form beside it (the twin)', async () => {
    const { screen, copied } = await checkFileAndCopy(suite, 'idn-twin-japanese-shop.synthetic.eml');
    expect(screen).to.include('例え.jp').and.include('xn--r8jz45g.jp');
    expect(screen).not.to.include('Cyrillic');
    expect(copied).to.include('例え[.]jp');
  });
});
