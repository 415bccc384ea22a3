/**
 * The task pane starts without any name of the brands that wait whole (scripts/brand-names-pane.cjs `mayWait`: a
 * country's brand the pane's readers seldom meet); their ids, strict names and domains are there. A gate of words
 * (and the late letters) says when a text could match one of their names, and reading such a brand's names (a
 * finding showing a brand found by its domain) says so too: the first report is the whole table's, or names its need.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import {
  LATE_LETTER,
  brandsOwningDomain,
  findBrandInUrlParts,
  findClaimedBrands,
  forgetLateBrandNames,
  loadBrandNames,
  loadBrands,
  takeLackingBrandNames,
  type BrandIndex,
} from '../../../src/core/brands/lookup';
import type { MessageInput } from '../../../src/core/types';
import { projectRoot } from '../../helpers';
import { readInFreshPane } from '../../reading-session';

const require = createRequire(import.meta.url);
type Entries = [number, string[]][];
const { splitLateNames } = require('../../../scripts/brand-names-pane.cjs') as {
  splitLateNames: (brands: unknown[]) => { start: { names?: string[] }[]; late: Entries; words: string[] };
};
const FILE = join(projectRoot, 'src', 'core', 'brands', 'brands.json');
type Row = { id: string; names: string[]; strictNames?: string[]; domains: string[] };
const table = JSON.parse(readFileSync(FILE, 'utf8')) as Row[];
const split = splitLateNames(table);
/** The places of the brands that wait whole. */
const waiting = split.late.filter(([at]) => split.start[at]!.names!.length === 0).map(([at]) => at);

/** Starts the table as the pane does: the late names out, the gate words in. */
function startAsPane(): void {
  forgetLateBrandNames(
    split.late.map(([at]) => [at, split.start[at]!.names!]),
    split.words,
  );
}

/** The start-up index and the whole one. */
async function bothIndexes(): Promise<{ start: BrandIndex; whole: BrandIndex }> {
  startAsPane();
  const start = loadBrands();
  takeLackingBrandNames();
  await loadBrandNames();
  return { start, whole: loadBrands() };
}

function message(fromName: string, from: string, subject: string, body: string): Promise<MessageInput> {
  const eml = [
    `From: "${fromName}" <${from}>`,
    'To: client@example.org',
    `Subject: ${subject}`,
    'Date: Mon, 1 Dec 2025 09:00:00 +0000',
    'Message-ID: <waiting-brands-1@example.org>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    body,
    '',
  ].join('\r\n');
  return parseMessage(new TextEncoder().encode(eml));
}

describe('brands that wait whole in the task pane, behind a gate of words (issue #19)', () => {
  afterEach(() => loadBrandNames());

  it('lets the national brands wait with all their names, keeping their ids, strict names and domains', () => {
    expect(waiting.length, 'brands waiting whole').to.be.greaterThan(100);
    for (const at of waiting) {
      const { names, ...kept } = split.start[at] as Row;
      const { names: wholeNames, ...whole } = table[at]!;
      expect(names).to.deep.equal([]);
      expect(kept).to.deep.equal(whole);
      expect(split.late.find(([place]) => place === at)![1]).to.deep.equal(wholeNames);
    }
  });

  it('has the gate catch every name and link word the waiting brands add to the index', async () => {
    // What a text must hold for the whole index to match where the start-up one cannot: a name pattern's reading, a
    // link word. Each holds a gate word or a late letter, so such a text is noted as lacking (lookup.ts).
    const { start, whole } = await bothIndexes();
    const key = (p: BrandIndex['names'][number]) => `${p.brand.id} ${p.strict} ${p.text}`;
    const startNames = new Set(start.names.map(key));
    const added = whole.names.filter((p) => !startNames.has(key(p)));
    expect(added.length).to.be.greaterThan(waiting.length);
    for (const p of added) {
      const lower = p.text.toLowerCase();
      expect(
        LATE_LETTER.test(lower) || split.words.some((w) => lower.includes(w)),
        `${p.brand.id}: ${p.text}`,
      ).to.equal(true);
    }
    const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((b) => b.id).join();
    let words = 0;
    for (const [word, brands] of whole.urlNames) {
      if (ids(brands) === ids(start.urlNames.get(word))) continue;
      words++;
      expect(
        split.words.some((w) => word.includes(w)),
        word,
      ).to.equal(true);
    }
    expect(words, 'link words only the whole index has').to.be.greaterThan(0);
  });

  it('notes a display name and a link naming any waiting brand as lacking, and finds the brand once loaded', async () => {
    const cases = waiting.flatMap((at) => {
      const brand = table[at]!;
      const word = brand.names.map((n) => n.toLowerCase()).find((n) => /^[a-z0-9]{4,}$/.test(n));
      const url = word && { host: `${word}-verify.example`, registrable: `${word}-verify.example`, pathAndQuery: '/' };
      return brand.names.map((name) => ({ id: brand.id, name: `${name} Support`, url, word }));
    });
    startAsPane();
    const start = loadBrands();
    for (const { name, url } of cases) {
      takeLackingBrandNames();
      findClaimedBrands(start, name);
      expect(takeLackingBrandNames(), name).to.equal(true);
      if (!url) continue;
      findBrandInUrlParts(start, url);
      expect(takeLackingBrandNames(), url.host).to.equal(true);
    }
    await loadBrandNames();
    const whole = loadBrands();
    for (const { id, name, url, word } of cases) {
      expect(findClaimedBrands(whole, name).map((m) => m.brand.id)).to.include(id);
      // A name that is a common word (COMMON_WORD_LABELS) is no link word: asked for all the same.
      if (url && whole.urlNames.get(word!)?.some((b) => b.id === id))
        expect(findBrandInUrlParts(whole, url).map((m) => m.brand.id)).to.include(id);
    }
  });

  it('notes a waiting brand found by its domain as lacking once anything reads its names', () => {
    const at = waiting[0]!;
    startAsPane();
    const index = loadBrands();
    takeLackingBrandNames();
    const [brand] = brandsOwningDomain(index, table[at]!.domains[0]!);
    expect(brand?.id).to.equal(table[at]!.id);
    expect(takeLackingBrandNames(), 'found by its domain, not yet shown').to.equal(false);
    expect(brand!.names).to.deep.equal([]);
    expect(takeLackingBrandNames(), 'its names read').to.equal(true);
  });

  it('reports look-alikes of a waiting brand’s domain and its domain in a link’s path as the whole table does, or names the need', async function () {
    this.timeout(60_000);
    let same = 0;
    for (const at of waiting) {
      const domain = table[at]!.domains[0]!;
      const label = domain.slice(0, domain.indexOf('.'));
      const typo = `${label.slice(0, -1)}${label.endsWith('a') ? 'e' : 'a'}${domain.slice(label.length)}`;
      for (const [from, link] of [
        [typo, `https://${typo}/login`],
        [`${label}-secure.com`, `https://${label}-secure.com/login`],
        ['notice.example', `https://notice.example/${domain}/login`],
      ]) {
        const input = await message('Customer Service', `info@${from}`, 'Account notice', `Sign in: ${link}`);
        await loadBrandNames();
        const whole = analyze(input);
        startAsPane();
        const first = analyze(input);
        if ((first.needs ?? []).includes('brand-names')) continue;
        expect(first, `${table[at]!.id}: ${from} ${link}`).to.deep.equal(whole);
        same++;
      }
    }
    expect(same, 'messages the start-up table reports alone').to.be.greaterThan(0);
  });

  it('asks for nothing for English mail naming no waiting brand', async () => {
    const input = await message(
      'PayPal',
      'service@paypa1-support.example',
      'Your account has been suspended',
      'Verify your account within 24 hours: https://login.evil-host.example.com/pp',
    );
    startAsPane();
    const first = analyze(input);
    expect(first.needs ?? []).to.not.include('brand-names');
    await loadBrandNames();
    expect(first).to.deep.equal(analyze(input));
  });

  for (const [what, fromName, from, body] of [
    ['a display name claiming a waiting brand', 'Magyar Posta', 'csomag@posta-kezbesites.example', 'Csomag'],
    ['mail from a waiting brand’s own domain', 'Ügyfélszolgálat', 'info@posta.hu', 'Csomagja megérkezett.'],
  ] as const)
    it(`draws ${what} once in a fresh reading session, with the whole table’s findings`, async () => {
      const input = await message(fromName, from, 'Csomagja várakozik', `${body} https://posta-hu.example/track`);
      const expected = analyze(input);
      startAsPane();
      const first = analyze(input);
      expect(first.needs).to.include('brand-names');
      await loadBrandNames();
      startAsPane();
      const { shown, report } = await readInFreshPane(input);
      expect(shown).to.deep.equal([undefined, expected.verdict]);
      expect(report?.findings).to.deep.equal(expected.findings);
      expect(JSON.stringify(expected.findings)).to.include('Magyar Posta');
    });
});
