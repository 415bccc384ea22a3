/**
 * The CLI starts with the phrase finders' tries compiled when it was built (src/core/checks/prebuilt-tries.ts,
 * scripts/build-phrase-tries.ts), and so does the task pane, in a compact form of its own (pane-tries.ts): read back, each must find exactly the phrases, with the same families, that the
 * lexicons compile to at run time, or the command would judge wording differently from the task pane. The bundle's
 * copy must be the one the lexicons give now, so words added since are in it.
 */
import { expect } from 'chai';
// Every check, so every finder is made, as scripts/build-phrase-tries.ts does.
import '../../src/core/analyze';
import { loadAllCheckData } from '../../src/core/check-data';
// Imported here too: under tsx, loadAllCheckData's dynamic import of it may resolve to the root hooks' instance.
import '../../src/core/checks/extortion-judge';
import '../../src/core/checks/document-offer';
import '../../src/core/checks/money-route';
import '../../src/core/checks/callback';
import '../../src/core/checks/domain-slam-judge';
import '../../src/core/checks/pretext-judge';
import '../../src/core/checks/rental-deposit-judge';
import '../../src/core/checks/payout-judge';
import '../../src/core/checks/lure-disclaimer';
import { useWording } from '../../src/core/checks/own-org-judge';
import * as ownOrgPhrases from '../../src/core/checks/own-org-phrases';
import * as ownDepartment from '../../src/core/checks/own-department';
import { compiledTries } from '../../src/core/checks/lure-matcher';
import { compactTries, finderKey, reviveTries, serializeTries } from '../../src/core/checks/trie-format';
import { paneTries } from '../../src/core/checks/pane-tries';
import * as tables from '../../src/core/checks/nonlatin-phrases';
import { LURE_FAMILIES } from '../../src/core/checks/lure-phrases';
import { NO_LINK_FAMILIES } from '../../src/core/checks/no-link-phrases';
import { ADVANCE_FEE_FAMILIES } from '../../src/core/checks/advance-fee-phrases';
import { MAIL_SYSTEM_CLAIMS } from '../../src/core/checks/own-org-phrases';
import { EXTORTION_FAMILIES } from '../../src/core/checks/extortion';
import { DOCUMENT_OFFER_FAMILIES } from '../../src/core/checks/document-offer-phrases';
import { MONEY_ROUTE_FAMILIES } from '../../src/core/checks/money-route-phrases';
import { CALLBACK_FAMILIES } from '../../src/core/checks/callback-phrases';
import { builtCliCode, requireBuiltCli } from '../helpers';

type Compiled = ReturnType<typeof compiledTries>[number];
type CompiledHalf = Compiled['latin']['spaced'];
/** The last overload's: one half. */
type RevivedHalf = ReturnType<typeof reviveTries>;

/**
 * Every node of the compiled trie (each phrase and each phrase's prefix), walked by its code units in the revived one:
 * the same family at each, and as many nodes in both — so the revived trie holds no phrase the compiled one lacks.
 */
function expectSamePhrases(revived: RevivedHalf, compiled: CompiledHalf, what: string): number {
  const below = compiled.root.family.map((): [number, number][] => []);
  for (const [edge, child] of compiled.root.edges) below[Math.floor(edge / 0x10000)]!.push([edge % 0x10000, child]);
  const stack: [number, number, string][] = [[0, 0, '']];
  const wrong: string[] = [];
  let phrases = 0;
  while (stack.length > 0 && wrong.length < 10) {
    const [node, twin, path] = stack.pop()!;
    if (revived.root.family[twin] !== compiled.root.family[node]) wrong.push(`the family of “${path}”`);
    if (compiled.root.family[node]) phrases++;
    for (const [code, child] of below[node]!) {
      const twinChild = revived.root.edges.get(twin * 0x10000 + code);
      if (twinChild === undefined) wrong.push(`“${path + String.fromCharCode(code)}” missing`);
      else stack.push([child, twinChild, path + String.fromCharCode(code)]);
    }
    // And no edge the compiled trie lacks, below its code units, just past them and at the end, asked once the
    // node's children have been read (the revived trie remembers what it read).
    const codes = below[node]!.map(([code]) => code);
    for (const code of [0, Math.max(0, ...codes) + 1, 0xffff]) {
      if (!codes.includes(code) && revived.root.edges.get(twin * 0x10000 + code) !== undefined)
        wrong.push(`“${path + String.fromCharCode(code)}” extra`);
    }
  }
  expect(wrong, what).to.deep.equal([]);
  expect(revived.root.family.length, `${what}: nodes`).to.equal(compiled.root.family.length);
  for (const sieve of ['starts', 'short', 'triples'] as const)
    expect(revived[sieve], `${what}: ${sieve}`).to.deep.equal(compiled[sieve]);
  return phrases;
}

describe('the phrase tries computed at build time (prebuilt-tries.ts)', function () {
  // Each test compiles every finder's tries from the lexicons: 1.5-2 s on a quiet machine, 10-20 s on a loaded one.
  this.timeout(60_000);
  // The finders made as their data loads (own-org's, extortion's), in this file's own module instances.
  // own-org's finder is made as its wording is handed over (own-org-judge.ts useWording): here too, in this instance.
  before(async () => {
    await loadAllCheckData();
    useWording(ownOrgPhrases, ownDepartment);
  });

  it('are made for every phrase finder the checks use', () => {
    const keys = Object.keys(serializeTries(compiledTries(tables)));
    for (const families of [
      LURE_FAMILIES,
      NO_LINK_FAMILIES,
      ADVANCE_FEE_FAMILIES,
      MAIL_SYSTEM_CLAIMS,
      EXTORTION_FAMILIES,
      DOCUMENT_OFFER_FAMILIES,
      MONEY_ROUTE_FAMILIES,
      CALLBACK_FAMILIES,
    ])
      expect(keys).to.include(families.join(','));
  });

  it('read back, find every phrase of every lexicon with the same family as the tries compiled at run time', () => {
    const serialized = serializeTries(compiledTries(tables));
    let phrases = 0;
    for (const { families, latin, all } of compiledTries(tables)) {
      const key = finderKey(families);
      const revived = reviveTries(serialized[key]!.latin, families, 'latin');
      phrases += expectSamePhrases(revived.spaced, latin.spaced, `${key} spaced`);
      phrases += expectSamePhrases(revived.compact, latin.compact, `${key} compact`);
      expect(!!serialized[key]!.all, key).to.equal(!!all);
      if (all) phrases += expectSamePhrases(reviveTries(serialized[key]!.all!, families, 'all'), all, `${key} all`);
    }
    expect(phrases).to.be.greaterThan(10_000);
  });

  it("in the task pane's compact form (pane-tries.ts), read back alike", () => {
    const pane = paneTries(compactTries(compiledTries(tables)));
    let phrases = 0;
    for (const { families, latin, all } of compiledTries(tables)) {
      const key = finderKey(families);
      const revived = pane.latin(families)!;
      phrases += expectSamePhrases(revived.spaced, latin.spaced, `${key} spaced`);
      phrases += expectSamePhrases(revived.compact, latin.compact, `${key} compact`);
      expect(!!pane.all(families), key).to.equal(!!all);
      if (all) phrases += expectSamePhrases(pane.all(families)!, all, `${key} all`);
    }
    expect(phrases).to.be.greaterThan(10_000);
  });

  it('are in the built command, equal to the tries the lexicons give now', function () {
    requireBuiltCli(this);
    // The tries' digits sit in the command's data comment; builtCliCode writes them back in the code. Every part of a
    // trie the command names (PARTS: node tables, code units, sieves) is a range of those digits
    // (scripts/phrase-tries-loader.cjs); the rest of the literal is widths.
    const code = builtCliCode();
    const literal = /SERIALIZED_TRIES = (\{.*\});$/m.exec(code);
    const digits = /^const TRIE_DIGITS = (".*");$/m.exec(code);
    const partNames = /^const PARTS = (\[.*\]);$/m.exec(code);
    expect(literal, 'the bundle carries the tries').to.not.equal(null);
    expect(digits, 'the bundle carries their digits').to.not.equal(null);
    expect(partNames, 'the bundle names the parts kept as digits').to.not.equal(null);
    const text = JSON.parse(digits![1]!) as string;
    const parts = JSON.parse(partNames![1]!) as string[];
    type Ranged = Record<string, unknown>;
    const inPlace = (half: Ranged) => ({
      ...half,
      ...Object.fromEntries(parts.map((part) => [part, text.slice(...(half[part] as [number, number]))])),
    });
    const built = Object.fromEntries(
      Object.entries(JSON.parse(literal![1]!) as Record<string, { latin: Record<string, Ranged>; all?: Ranged }>).map(
        ([key, { latin, all }]) => [
          key,
          {
            latin: { compact: inPlace(latin.compact!), spaced: inPlace(latin.spaced!) },
            ...(all && { all: inPlace(all) }),
          },
        ],
      ),
    );
    const now = serializeTries(compiledTries(tables));
    // The finders first, by name: a check module this file does not import registers no finder here (see above).
    expect(Object.keys(built).sort(), 'the finders').to.deep.equal(Object.keys(now).sort());
    expect(built).to.deep.equal(now);
  });
});
