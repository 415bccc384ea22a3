/**
 * The task pane starts without the brands that wait whole (scripts/brand-names-pane.cjs `mayWait`: a country's brand
 * the pane's readers seldom meet): no id, name or domain of theirs. A gate (words, strict names, 3-letter labels,
 * top-level domains, hashed keys) says when a question could be answered otherwise by the whole table: the first
 * report is the whole table's, or names its need. A national brand's typo counts only where the message names it.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import {
  brandsOwningDomain,
  findBrandInUrlParts,
  findClaimedBrands,
  forgetLateBrandNames,
  loadBrandNames,
  loadBrands,
  takeLackingBrandNames,
  type BrandIndex,
} from '../../../src/core/brands/lookup';
import { brandWordsDomain, findLookalike, labelOf, nationalBrand } from '../../../src/core/brands/lookalike';
import type { MessageInput } from '../../../src/core/types';
import { projectRoot } from '../../helpers';
import { readInFreshPane } from '../../reading-session';

const require = createRequire(import.meta.url);
type Row = { id: string; names: string[]; strictNames?: string[]; domains: string[]; contentDomains?: string[] };
type Split = {
  start: Row[];
  late: [number, string[]][];
  rows: [number, Row][];
  gate: string;
};
const { splitLateNames, nationalBrand: paneNational } = require('../../../scripts/brand-names-pane.cjs') as {
  splitLateNames: (brands: unknown[]) => Split;
  nationalBrand: (brand: Row) => boolean;
};
const FILE = join(projectRoot, 'src', 'core', 'brands', 'brands.json');
const table = JSON.parse(readFileSync(FILE, 'utf8')) as Row[];
const split = splitLateNames(table);
/** The places of the brands that wait whole. */
const waiting = split.rows.map(([at]) => at);
const domainsOf = (brand: Row) => [...brand.domains, ...(brand.contentDomains ?? [])];

/** Starts the table as the pane does: the waiting brands and late names out, the gate in. */
const startAsPane = (): void => forgetLateBrandNames(split);

/** The start-up index and the whole one. */
async function bothIndexes(): Promise<{ start: BrandIndex; whole: BrandIndex }> {
  startAsPane();
  const start = loadBrands();
  takeLackingBrandNames();
  await loadBrandNames();
  return { start, whole: loadBrands() };
}

/** Whether asking the start-up index noted the need. */
function notes(ask: () => unknown): boolean {
  takeLackingBrandNames();
  ask();
  return takeLackingBrandNames();
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

/** Domains made to look like one of `label`'s, each way lookalike.ts finds one. */
function imitations(label: string): string[] {
  const swap = label.replace(/o/, '0').replace(/l/, '1');
  const typo = `${label.slice(0, -1)}${label.endsWith('a') ? 'e' : 'a'}`;
  return [
    `${label}.example`,
    `${label}-secure.com`,
    `login-${label}.net`,
    `${label}login.com`,
    `my${label}.com`,
    `${swap}.com`,
    `${typo}.com`,
    `${label.replace(/m/, 'rn')}-help.org`,
  ];
}

describe('brands that wait whole in the task pane, behind a gate (issue #19)', () => {
  afterEach(() => loadBrandNames());

  it('lets the national brands wait whole, and puts each back in its place', () => {
    expect(waiting.length, 'brands waiting whole').to.be.greaterThan(100);
    expect(split.start.length + waiting.length).to.equal(table.length);
    const ids = new Set(split.start.map((brand) => brand.id));
    for (const [at, row] of split.rows) {
      expect(row).to.deep.equal(table[at]);
      expect(ids.has(row.id), row.id).to.equal(false);
      // The core's reading of a national brand is the split's (the typo rule needs the two alike).
      expect(nationalBrand(loadBrands().brands.find((b) => b.id === row.id)!), row.id).to.equal(true);
    }
    for (const brand of loadBrands().brands)
      expect(nationalBrand(brand), brand.id).to.equal(paneNational(table.find((row) => row.id === brand.id)!));
  });

  it('has the gate note every name, strict name and link word of every waiting brand', async () => {
    const { start, whole } = await bothIndexes();
    startAsPane();
    const first = loadBrands();
    expect(first.brands.length).to.equal(start.brands.length);
    for (const at of waiting) {
      const brand = table[at]!;
      for (const name of [...brand.names, ...(brand.strictNames ?? [])])
        expect(
          notes(() => findClaimedBrands(first, `${name} Support`)),
          `${brand.id}: ${name}`,
        ).to.equal(true);
    }
    const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((b) => b.id).join();
    let words = 0;
    for (const [word, brands] of whole.urlNames) {
      if (ids(brands) === ids(start.urlNames.get(word))) continue;
      words++;
      for (const url of [
        { host: `${word}.evil.example`, registrable: 'evil.example', pathAndQuery: '/' },
        { host: 'evil.example', registrable: 'evil.example', pathAndQuery: `/x/${word}/` },
      ])
        expect(
          notes(() => findBrandInUrlParts(first, url)),
          `${word} in ${url.host}${url.pathAndQuery}`,
        ).to.equal(true);
    }
    expect(words, 'link words only the whole index has').to.be.greaterThan(100);
  });

  it('has the gate note every domain of every waiting brand, asked of the table, in a link and as a look-alike', () => {
    startAsPane();
    const first = loadBrands();
    for (const at of waiting)
      for (const domain of domainsOf(table[at]!)) {
        expect(
          notes(() => brandsOwningDomain(first, domain)),
          domain,
        ).to.equal(true);
        expect(
          notes(() => findLookalike(first, domain)),
          domain,
        ).to.equal(true);
        // The reader's own domain is a look-alike target unless a brand runs it.
        expect(
          notes(() => findLookalike(first, 'quarterly-report.example', [domain])),
          `own ${domain}`,
        ).to.equal(true);
        const url = { host: 'evil.example', registrable: 'evil.example', pathAndQuery: `/${domain}/login` };
        expect(
          notes(() => findBrandInUrlParts(first, url)),
          `path ${domain}`,
        ).to.equal(true);
        const dashed = `${domain.replace(/\./g, '-')}.evil.example`;
        const host = { host: dashed, registrable: 'evil.example', pathAndQuery: '/' };
        expect(
          notes(() => findBrandInUrlParts(first, host)),
          dashed,
        ).to.equal(true);
      }
  });

  it('answers every look-alike question of a waiting brand’s labels as the whole table does, or notes the need', async function () {
    this.timeout(180_000); // thousands of questions: minutes on a loaded machine, seconds on a quiet one
    const { start, whole } = await bothIndexes();
    const labels = [...new Set(waiting.flatMap((at) => domainsOf(table[at]!).map(labelOf)))];
    let asked = 0;
    let same = 0;
    for (const label of labels)
      for (const domain of [...imitations(label), ...imitations(`${label}x`), `${label}-refund.com`]) {
        asked++;
        startAsPane();
        const noted =
          notes(() => findLookalike(start, domain)) || notes(() => brandWordsDomain(start, domain, () => true));
        if (noted) continue;
        same++;
        // The same brand (its late-letter names aside: a finding shows its first name), domain and technique.
        const answer = (found: { brand?: { id: string } } | undefined) => found && { ...found, brand: found.brand?.id };
        expect(answer(findLookalike(start, domain)), domain).to.deep.equal(answer(findLookalike(whole, domain)));
        expect(answer(brandWordsDomain(start, domain, () => true)), domain).to.deep.equal(
          answer(brandWordsDomain(whole, domain, () => true)),
        );
      }
    expect(asked).to.be.greaterThan(1000);
    // Most imitations are of the waiting brands themselves, so noted: the rest must agree.
    expect(same).to.be.greaterThan(0);
  });

  it('counts a one-letter typo of a national brand’s domain only for a message naming the brand', () => {
    const index = loadBrands();
    const posta = index.brands.find((b) => b.id === 'magyar-posta')!;
    expect(nationalBrand(posta)).to.equal(true);
    expect(findLookalike(index, 'pozta.hu')).to.equal(undefined);
    expect(findLookalike(index, 'pozta.hu', [], [{ brand: posta }])).to.deep.include({
      target: 'posta.hu',
      technique: 'typo',
    });
    // A brand of the pane's home countries keeps its typos whatever the message says.
    expect(findLookalike(index, 'amazom.co.jp')?.technique).to.equal('typo');
  });

  it('reports look-alikes of a waiting brand’s domain and its domain in a link’s path as the whole table does, or names the need', async function () {
    this.timeout(180_000); // two analyses of three messages per waiting brand
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

  it('asks for the whole table first where the admin adds brands: one may add to a waiting brand', async () => {
    const extraBrands = [{ id: 'magyar-posta', names: ['MPL Futár'], domains: ['mpl.hu'], source: 'our IT' }];
    const input = await message('MPL Futár', 'csomag@mpl-kezbesites.example', 'Csomag', 'https://mpl.example/x');
    const whole = analyze(input, { extraBrands });
    expect(JSON.stringify(whole.findings)).to.include('Magyar Posta');
    startAsPane();
    expect(analyze(input, { extraBrands }).needs).to.include('brand-names');
    await loadBrandNames();
    expect(analyze(input, { extraBrands })).to.deep.equal(whole);
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
