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
import { forgetLureDisclaimers, loadLureDisclaimers } from '../../src/core/checks/content';
import { forgetMailSystemWording, loadMailSystemWording } from '../../src/core/checks/own-org';
import { parseMessage } from '../../src/core/parse-message';
import { hintedNeeds } from '../../src/core/need-hints';
import { CHECK_DATA } from '../../src/core/check-data';
import { fixture, projectRoot } from '../helpers';

const require = createRequire(import.meta.url);
const { splitLateNames } = require('../../scripts/brand-names-pane.cjs') as {
  splitLateNames: (brands: unknown[]) => Parameters<typeof forgetLateBrandNames>[0];
};

const english = (body: string) => ({ headers: 'From: a@example.com\r\nSubject: Invoice\r\n', html: body });

describe('core: the lazy data a message shows it needs (need-hints.ts)', () => {
  it('hints the phrases and brand names in other scripts for a body in Japanese, Russian or Greek', async () => {
    expect(hintedNeeds(await parseMessage(fixture('kagoya-2021-12.eml')))).to.include.members([
      'phrases',
      'brand-names',
    ]);
    expect(hintedNeeds({ headers: '', text: 'Ваш аккаунт будет заблокирован' })).to.include.members([
      'phrases',
      'brand-names',
    ]);
    expect(hintedNeeds(english('<body><p>Ο λογαριασμός σας</p></body>'))).to.include('phrases');
  });

  it("hints no other script's data for English mail, whatever its markup names in other scripts", () => {
    const otherScripts = (needs: string[]) => needs.filter((n) => n === 'phrases' || n === 'brand-names');
    expect(otherScripts(hintedNeeds(english('<p>Your invoice is attached.</p>')))).to.deep.equal([]);
    // A Japanese PC's English mail: the head's styles name fonts in Japanese; an image's alt in an attribute.
    const styled =
      '<html><head><style>p { font-family: "ＭＳ 明朝"; }</style></head>' +
      '<body><p>Thanks — see <img alt="地図" src="cid:map"> the map.</p></body></html>';
    expect(otherScripts(hintedNeeds(english(styled)))).to.deep.equal([]);
    expect(hintedNeeds({ headers: '' })).to.deep.equal([]);
    // Only the body's first 64 KB are read: a hint needs no more, and the scan stays short.
    expect(otherScripts(hintedNeeds(english(`<body>${'a '.repeat(40_000)}日本語</body>`)))).to.deep.equal([]);
    expect(otherScripts(hintedNeeds(english(`<body>${'<'.repeat(100_000)}</body>`)))).to.deep.equal([]);
  });

  it("hints the mail-system wording for a body naming the reader's address or domain, not for one that does not", () => {
    const to = (body: string) => ({ ...english(body), recipients: ['Yamada@Example.co.jp'] });
    expect(hintedNeeds(to('<p>Your mailbox yamada@example.co.jp is full.</p>'))).to.include('own-org');
    expect(hintedNeeds(to('<p>Dear EXAMPLE.CO.JP user, verify now.</p>'))).to.include('own-org');
    // Full-width letters read as own-org.ts reads them (NFKC).
    expect(hintedNeeds(to('<p>ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ 様</p>'))).to.include('own-org');
    // The address only inside a tag (a link's URL) is not in the text the checks read as the body.
    expect(hintedNeeds(to('<p><a href="https://x.example/?u=yamada@example.co.jp">Open</a></p>'))).to.not.include(
      'own-org',
    );
    expect(hintedNeeds(to('<p>Your invoice is attached.</p>'))).to.not.include('own-org');
    expect(hintedNeeds(english('<p>Your mailbox yamada@example.co.jp is full.</p>'))).to.not.include('own-org');
  });

  it('hints the judging of lures inside a safety disclaimer for any body with text', () => {
    expect(hintedNeeds(english('<p>Verify your account within 24 hours or it will be deleted.</p>'))).to.include(
      'disclaimer',
    );
    expect(hintedNeeds(english('<body> <br> </body>'))).to.not.include('disclaimer');
  });

  it('hints what the analysis of a fresh pane then asks for itself: with the hinted data, it is analysed once', async function () {
    this.timeout(60_000); // five analyses of a fresh pane, the brand index rebuilt for each: seconds under load
    // The task pane's start: the phrases in other scripts, the brands' late names, the mail-system wording and the
    // disclaimer judging out.
    const table = JSON.parse(readFileSync(join(projectRoot, 'src/core/brands/brands.json'), 'utf8')) as unknown[];
    const forget: Partial<Record<string, () => void>> = {
      phrases: forgetNonLatinPhrases,
      'brand-names': () => forgetLateBrandNames(splitLateNames(table)),
      'own-org': forgetMailSystemWording,
      disclaimer: forgetLureDisclaimers,
    };
    const kagoya = { ...(await parseMessage(fixture('kagoya-2021-12.eml'))), recipients: ['info@example.co.jp'] };
    const hinted = hintedNeeds(kagoya);
    expect(hinted).to.have.members(['phrases', 'brand-names', 'own-org', 'disclaimer']);
    try {
      // Each hint is needed: without it (and the rest loaded), the analysis asks for it.
      for (const need of hinted) {
        forget[need]!();
        expect(analyze(kagoya).needs ?? [], need).to.include(need);
        await CHECK_DATA[need]!();
      }
      // And they are all it needs: loaded together, as the session loads them, one analysis asks for nothing more.
      for (const need of hinted) forget[need]!();
      await Promise.all(hinted.map((need) => CHECK_DATA[need]!()));
      expect(analyze(kagoya).needs ?? []).to.deep.equal([]);
    } finally {
      await Promise.all([loadNonLatinPhrases(), loadBrandNames(), loadMailSystemWording(), loadLureDisclaimers()]);
    }
  });
});
