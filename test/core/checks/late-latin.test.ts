/**
 * The task pane's Latin-script phrases that wait (scripts/late-latin-split.ts, lure-matcher.ts): the gate catches every
 * one of them, and a message holding one is drawn first with the report the command line gives.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import {
  expandPhrase,
  forgetNonLatinPhrases,
  loadNonLatinPhrases,
  normalisePhrase,
  phraseFinder,
  splitLatinPhrases,
  takeLackingNonLatinPhrases,
} from '../../../src/core/checks/lure-matcher';
import { finderKey } from '../../../src/core/checks/trie-format';
import { gateCandidates, latinSplit, SPLIT_TABLES } from '../../../scripts/late-latin-split';
import { fixture } from '../../helpers';
import { readInFreshPane } from '../../reading-session';

const split = latinSplit();
const asInPane = () => splitLatinPhrases(split);

describe('the Latin-script phrases the task pane lets wait', () => {
  afterEach(async () => {
    splitLatinPhrases(undefined);
    await loadNonLatinPhrases();
  });

  it('lets a sizeable part of each table wait, behind words that English mail seldom holds', () => {
    for (const { families } of SPLIT_TABLES) {
      const late = Object.values(split.late[finderKey(families)]!).flat();
      expect(late.length, finderKey(families)).to.be.greaterThan(3);
    }
    // An English phrase that waits does so behind a word the English sources lack, never one of these.
    for (const word of ['your', 'account', 'click', 'email', 'expired', 'verify', 'password', 'please', 'payment'])
      expect(
        split.gate.filter((token) => `${word} `.startsWith(token)),
        word,
      ).to.deep.equal([]);
  });

  it('cuts each gate token to a beginning no English word has, so that English mail rarely opens the gate', () => {
    const dictionary = (createRequire(import.meta.url)('an-array-of-english-words') as string[]).slice().sort();
    const begins = (token: string) => {
      let [lo, hi] = [0, dictionary.length];
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (dictionary[mid]! < token) lo = mid + 1;
        else hi = mid;
      }
      return dictionary[lo]?.startsWith(token) ?? false;
    };
    const waiting = new Set(
      Object.values(split.late)
        .flatMap((families) => Object.values(families).flat())
        .flatMap((pattern) => expandPhrase(pattern).map(normalisePhrase)),
    );
    // A token an English word begins is a whole word of a waiting variant, none of whose beginnings was free.
    for (const token of split.gate)
      if (begins(token))
        expect(
          [...waiting].some((v) => gateCandidates(v).includes(token)),
          token,
        ).to.equal(true);
    // Words of English mail missing from the project's own prose: no token begins them.
    for (const word of ['inquiry', 'revenue', 'banking', 'dental', 'beneficiary', 'contest', 'economy', 'lucrative'])
      expect(
        split.gate.filter((token) => `${word} `.startsWith(token)),
        word,
      ).to.deep.equal([]);
    expect(split.gate.join('|').length).to.be.lessThan(new Set(split.gate).size * 7);
  });

  it('keeps every phrase: the first part and the waiting part hold, family by family, the variants of the whole', () => {
    const variants = (patterns: readonly string[]) =>
      [...new Set(patterns.flatMap((p) => expandPhrase(p).map(normalisePhrase)))].sort();
    for (const { families, phrases } of SPLIT_TABLES) {
      const key = finderKey(families);
      for (const family of families) {
        const whole = (phrases as Readonly<Record<string, readonly string[]>>)[family]!;
        expect(variants([...split.eager[key]![family]!, ...split.late[key]![family]!]), family).to.deep.equal(
          variants(whole),
        );
      }
    }
  });

  it('has the gate catch every waiting phrase as it is compiled, in each of its variants, wherever its word is', () => {
    asInPane();
    for (const { families, phrases } of SPLIT_TABLES) {
      const find = phraseFinder<string>(families, phrases as Readonly<Record<string, readonly string[]>>);
      for (const pattern of Object.values(split.late[finderKey(families)]!).flat()) {
        for (const variant of expandPhrase(pattern).map(normalisePhrase)) {
          if (variant.length < 2) continue;
          // A token at a word start of the variant (its start, or after a space or a mark): where the matcher's text
          // holds it at a word start too.
          const at = [...variant].flatMap((_, i) => (i === 0 || !/[a-z0-9]/.test(variant[i - 1]!) ? [i] : []));
          expect(
            split.gate.some((token) => at.some((i) => variant.startsWith(token, i))),
            variant,
          ).to.equal(true);
          // The variant in running text, and running on into letters after its last word (a phrase's end is not
          // checked: 'account' matches 'accounts', so a last word gates as a beginning).
          for (const text of [`Hello, ${variant} today.`, `(${variant}xyz`]) {
            forgetNonLatinPhrases();
            takeLackingNonLatinPhrases();
            find(text);
            expect(takeLackingNonLatinPhrases(), text).to.equal(true);
          }
        }
      }
    }
  });

  it('never asks for the part for a text holding none of its gate words, and finds the same lures', () => {
    const text = 'Your account has been suspended. Verify your account within 24 hours to avoid deletion.';
    const whole = phraseFinder(SPLIT_TABLES[0].families, SPLIT_TABLES[0].phrases)(text);
    asInPane();
    forgetNonLatinPhrases();
    takeLackingNonLatinPhrases();
    const split = phraseFinder(SPLIT_TABLES[0].families, SPLIT_TABLES[0].phrases)(text);
    expect(takeLackingNonLatinPhrases()).to.equal(false);
    expect(split).to.deep.equal(whole);
  });

  it('gives every English and Japanese fixture the same report with the split, never asking for it in English', async () => {
    for (const name of ['brand-canadapost-unverified-foreign.synthetic.eml', 'kagoya-2021-12.eml']) {
      const input = await parseMessage(fixture(name));
      const whole = analyze(input);
      asInPane();
      forgetNonLatinPhrases();
      if (name.includes('canadapost')) expect(analyze(input).needs ?? [], name).to.not.include('phrases');
      await loadNonLatinPhrases();
      expect(analyze(input), name).to.deep.equal(whole);
      splitLatinPhrases(undefined);
    }
  });

  it('is loaded before the first drawing of a Portuguese and German lure: one checklist, the command line’s', async () => {
    const raw = [
      'From: "Banco" <aviso@banco-seguro.example>',
      'To: you@example.org',
      'Subject: Aviso importante',
      'Date: Mon, 7 Dec 2026 10:00:00 +0000',
      'Message-ID: <1@banco-seguro.example>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Sua conta foi suspensa. Confirme seus dados dentro de 24 horas: https://banco-seguro.example/login',
      'Ihr Konto wurde gesperrt. Bitte bestätigen Sie Ihre Daten.',
    ].join('\r\n');
    const input = await parseMessage(raw);
    const expected = analyze(input);
    expect(expected.findings.map((f) => f.id)).to.include('content.lure');
    asInPane();
    forgetNonLatinPhrases();
    const first = analyze(input);
    expect(first.needs).to.include('phrases');
    forgetNonLatinPhrases();
    const { shown, report } = await readInFreshPane(input);
    expect(shown).to.deep.equal([undefined, expected.verdict]);
    expect(report?.findings).to.deep.equal(expected.findings);
  });
});
