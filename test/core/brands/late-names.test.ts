/**
 * The task pane's brand table starts without each brand's further names in Japanese, Chinese, Korean, Greek,
 * Cyrillic, Hebrew, Arabic, Devanagari or Thai letters (scripts/brand-names-pane.cjs): a message whose names could match one asks for them, one that could not never asks,
 * and a reading session loads them before its first drawing, so the checklist shown first is the command line's.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import {
  LATE_LETTER,
  forgetLateBrandNames,
  loadBrandNames,
  loadBrands,
  plainReading,
} from '../../../src/core/brands/lookup';
import { confusableToLatin } from '../../../src/core/brands/lookalike';
import type { MessageInput } from '../../../src/core/types';
import { projectRoot } from '../../helpers';
import { readInFreshPane } from '../../reading-session';

const require = createRequire(import.meta.url);
type Split = {
  start: { id: string; names?: string[] }[];
  late: [number, string[]][];
  rows: [number, { id: string }][];
  gate: string;
};
const { splitLateNames, LATIN_LOOKALIKE } = require('../../../scripts/brand-names-pane.cjs') as {
  splitLateNames: (brands: unknown[]) => Split;
  LATIN_LOOKALIKE: RegExp;
};
const FILE = join(projectRoot, 'src', 'core', 'brands', 'brands.json');
const table = (): { id: string; names: string[] }[] => JSON.parse(readFileSync(FILE, 'utf8')) as never;

/** The table as the pane starts it. */
const paneStart = (): Split => splitLateNames(table());

const b64 = (text: string): string => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
function message(fromName: string, subject: string): Promise<MessageInput> {
  const eml = [
    `From: ${b64(fromName)} <notice@account-check.example>`,
    'To: taro@example.jp',
    `Subject: ${b64(subject)}`,
    'Date: Mon, 1 Dec 2025 09:00:00 +0900',
    'Message-ID: <late-names-1@account-check.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'Sign in at https://account-check.example/login to keep your account.',
    '',
  ].join('\r\n');
  return parseMessage(new TextEncoder().encode(eml));
}

describe('the brands’ names in letters of the scripts that wait (CJK, Greek, Cyrillic, Arabic…), loaded by need', () => {
  // The split reads the English words its gate avoids once (about a second): not in a test's time.
  before(function () {
    this.timeout(30_000);
    splitLateNames(table());
  });
  afterEach(() => loadBrandNames());

  it('leaves out only names that no text without such a letter can match, and never a brand’s first name', () => {
    const brands = table();
    const { start, late } = splitLateNames(brands);
    expect(late.length, 'brands with names left for later').to.be.greaterThan(20);
    for (const [at, whole] of late) {
      // A brand that waits whole is not in the start-up table (waiting-brands.test.ts).
      const first = start.find((brand) => brand.id === brands[at]!.id)!;
      expect(first.names![0]).to.equal(whole[0]);
      expect(whole).to.deep.equal(brands[at]!.names);
      for (const name of whole.filter((n) => !first.names!.includes(n)))
        // The matcher's reading of the name is what a text's reading must contain (brands/lookup.ts).
        expect(LATE_LETTER.test(plainReading(name).toLowerCase()), name).to.equal(true);
    }
  });

  it('keeps a name written only in Greek or Cyrillic look-alikes of Latin letters: it reads as Latin', () => {
    // The pane's splitting knows the look-alikes the matcher reads as Latin: the same letters, no more, no fewer.
    for (const [from, to] of [
      [0x370, 0x3ff],
      [0x400, 0x52f],
    ] as const)
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCodePoint(cp);
        expect(new RegExp(LATIN_LOOKALIKE.source).test(ch), ch).to.equal(confusableToLatin(ch) !== undefined);
      }
    const { start, late } = splitLateNames([
      { id: 'x', names: ['Xbank', 'ВЕКО', 'Ωmega', 'Монобанк', 'بنك'], domains: ['x.example'] },
    ]);
    expect(start[0]!.names).to.deep.equal(['Xbank', 'ВЕКО']);
    expect(late).to.have.length(1);
  });

  it('has a display name claiming a brand by such a name ask for them, then find the claim', async () => {
    const input = await message('いよぎん', 'ご本人様確認のお願い');
    forgetLateBrandNames(paneStart());
    const first = analyze(input);
    expect(first.needs).to.include('brand-names');
    await loadBrandNames();
    const whole = analyze(input);
    expect(whole.needs ?? []).to.not.include('brand-names');
    expect(JSON.stringify(whole.findings)).to.include('伊予銀行');
    expect(JSON.stringify(first.findings)).to.not.include('伊予銀行');
  });

  it('asks for nothing for a message whose names and subject hold no such letter', async () => {
    const input = await message('Iyo Bank Security', 'Please confirm your account');
    forgetLateBrandNames(paneStart());
    const first = analyze(input);
    expect(first.needs ?? []).to.not.include('brand-names');
    await loadBrandNames();
    expect(first).to.deep.equal(analyze(input));
  });

  it('starts the index without them, and has them once loaded', async () => {
    forgetLateBrandNames(paneStart());
    const texts = (): string[] => loadBrands().names.map((p) => p.text);
    expect(texts()).to.not.include('いよぎん');
    await loadBrandNames();
    expect(texts()).to.include('いよぎん');
  });

  it('is loaded by a fresh reading session before the first drawing: one checklist, the command line’s', async () => {
    const input = await message('いよぎん', 'ご本人様確認のお願い');
    const expected = analyze(input);
    forgetLateBrandNames(paneStart());
    const { shown, report } = await readInFreshPane(input);
    expect(shown).to.deep.equal([undefined, expected.verdict]);
    expect(report?.findings).to.deep.equal(expected.findings);
  });
});
