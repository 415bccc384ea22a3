/**
 * The session's hint of what a message's first analysis will need of the checks' lazy data (src/core/need-hints.ts):
 * asked for with the message's other data, so a message in Japanese, Russian … is analysed once, not twice.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { forgetLateBrandNames, loadBrandNames } from '../../src/core/brands/lookup';
import { forgetNonLatinPhrases, loadNonLatinPhrases } from '../../src/core/checks/lure-matcher';
import { parseMessage } from '../../src/core/parse-message';
import { hintedNeeds } from '../../src/core/need-hints';
import { fixture, projectRoot } from '../helpers';

const require = createRequire(import.meta.url);
const { splitLateNames } = require('../../scripts/brand-names-pane.cjs') as {
  splitLateNames: (brands: unknown[]) => Parameters<typeof forgetLateBrandNames>[0];
};

const english = (body: string) => ({ headers: 'From: a@example.com\r\nSubject: Invoice\r\n', html: body });

describe('core: the lazy data a message shows it needs (need-hints.ts)', () => {
  it('hints the phrases and brand names in other scripts for a body in Japanese, Russian or Greek', async () => {
    expect(hintedNeeds(await parseMessage(fixture('kagoya-2021-12.eml')))).to.have.members(['phrases', 'brand-names']);
    expect(hintedNeeds({ headers: '', text: 'Ваш аккаунт будет заблокирован' })).to.have.members([
      'phrases',
      'brand-names',
    ]);
    expect(hintedNeeds(english('<body><p>Ο λογαριασμός σας</p></body>'))).to.have.length(2);
  });

  it('hints nothing for English mail, whatever its markup names in other scripts', () => {
    expect(hintedNeeds(english('<p>Your invoice is attached.</p>'))).to.deep.equal([]);
    // A Japanese PC's English mail: the head's styles name fonts in Japanese; an image's alt in an attribute.
    const styled =
      '<html><head><style>p { font-family: "ＭＳ 明朝"; }</style></head>' +
      '<body><p>Thanks — see <img alt="地図" src="cid:map"> the map.</p></body></html>';
    expect(hintedNeeds(english(styled))).to.deep.equal([]);
    expect(hintedNeeds({ headers: '' })).to.deep.equal([]);
    // Only the body's first 64 KB are read: a hint needs no more, and the scan stays short.
    expect(hintedNeeds(english(`<body>${'a '.repeat(40_000)}日本語</body>`))).to.deep.equal([]);
    expect(hintedNeeds(english(`<body>${'<'.repeat(100_000)}</body>`))).to.deep.equal([]);
  });

  it('hints what the analysis of a fresh pane then asks for itself (the same letters)', async () => {
    // The task pane's start: the phrases in other scripts and the brands' late names out.
    const table = JSON.parse(readFileSync(join(projectRoot, 'src/core/brands/brands.json'), 'utf8')) as unknown[];
    forgetNonLatinPhrases();
    forgetLateBrandNames(splitLateNames(table));
    try {
      const kagoya = await parseMessage(fixture('kagoya-2021-12.eml'));
      const needs = analyze(kagoya).needs ?? [];
      for (const hinted of hintedNeeds(kagoya)) expect(needs, hinted).to.include(hinted);
    } finally {
      await Promise.all([loadNonLatinPhrases(), loadBrandNames()]);
    }
  });
});
