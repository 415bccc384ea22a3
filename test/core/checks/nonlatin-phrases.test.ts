/**
 * The phrase tables in two parts (checks/lure-matcher.ts): the Latin-script phrases in every reader's first download,
 * the Japanese, Chinese and Cyrillic ones (`*-phrases-nonlatin.ts`) loaded only for a message with a letter of those
 * scripts — before its first drawing, so the verdict shown is the one the command line gives.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import {
  findLures,
  forgetNonLatinPhrases,
  loadNonLatinPhrases,
  phraseFinder,
  takeLackingNonLatinPhrases,
} from '../../../src/core/checks/lure-matcher';
import { LURE_FAMILIES, LURE_PHRASES } from '../../../src/core/checks/lure-phrases';
import { MAIL_SYSTEM_CLAIMS, MAIL_SYSTEM_PHRASES } from '../../../src/core/checks/own-org-phrases';
import { NO_LINK_FAMILIES, NO_LINK_PHRASES } from '../../../src/core/checks/no-link-phrases';
import { CALLBACK_FAMILIES, CALLBACK_PHRASES } from '../../../src/core/checks/callback-phrases';
import { ADVANCE_FEE_FAMILIES, ADVANCE_FEE_PHRASES } from '../../../src/core/checks/advance-fee-phrases';
import { fixture } from '../../helpers';
import { readInFreshPane } from '../../reading-session';

describe('the phrase tables split by script', () => {
  afterEach(() => loadNonLatinPhrases());

  it('keeps every phrase in its part: no Japanese, Chinese or Cyrillic letter in a Latin table, one in every other', () => {
    // Compiling both parts checks each phrase; a phrase in the wrong file would be missed by a message, or downloaded
    // by every reader.
    const finders = [
      phraseFinder(LURE_FAMILIES, LURE_PHRASES, (t) => t.LURE_PHRASES_NONLATIN),
      phraseFinder(MAIL_SYSTEM_CLAIMS, MAIL_SYSTEM_PHRASES, (t) => t.MAIL_SYSTEM_PHRASES_NONLATIN),
      phraseFinder(NO_LINK_FAMILIES, NO_LINK_PHRASES, (t) => t.NO_LINK_PHRASES_NONLATIN),
      phraseFinder(CALLBACK_FAMILIES, CALLBACK_PHRASES, (t) => t.NO_LINK_PHRASES_NONLATIN),
      phraseFinder(ADVANCE_FEE_FAMILIES, ADVANCE_FEE_PHRASES, (t) => t.ADVANCE_FEE_PHRASES_NONLATIN),
    ];
    for (const find of finders) expect(() => find('アカウント account')).not.to.throw();
  });

  it('finds Latin-script lures without the other part, and asks for nothing when the text has no other script', () => {
    forgetNonLatinPhrases();
    takeLackingNonLatinPhrases();
    const hits = findLures('Your account has been suspended. Verify your account within 24 hours — “now”.');
    expect(hits.map((h) => h.family)).to.deep.equal(['deletion', 'verify', 'urgency']);
    expect(takeLackingNonLatinPhrases()).to.equal(false);
  });

  it('says a Japanese text needs the other part, and finds its lures once loaded', async () => {
    forgetNonLatinPhrases();
    takeLackingNonLatinPhrases();
    expect(findLures('アカウントは停止されました').map((h) => h.family)).to.deep.equal([]);
    expect(takeLackingNonLatinPhrases()).to.equal(true);
    await loadNonLatinPhrases();
    expect(findLures('アカウントは停止されました').map((h) => h.family)).to.deep.equal(['deletion']);
    expect(takeLackingNonLatinPhrases()).to.equal(false);
  });

  it('gives an English message the same report with or without the other part, and never asks for it', async () => {
    const input = await parseMessage(fixture('brand-canadapost-unverified-foreign.synthetic.eml'));
    forgetNonLatinPhrases();
    const without = analyze(input);
    await loadNonLatinPhrases();
    expect(without.needs ?? []).to.not.include('phrases');
    expect(without).to.deep.equal(analyze(input));
  });

  it('has the KAGOYA message say it needs the other part when it is not loaded (its lures are Japanese)', async () => {
    const input = await parseMessage(fixture('kagoya-2021-12.eml'));
    forgetNonLatinPhrases();
    const without = analyze(input);
    expect(without.needs).to.include('phrases');
    expect(without.findings.map((f) => f.id)).to.not.include('content.lure');
    await loadNonLatinPhrases();
    const whole = analyze(input);
    expect(whole.needs ?? []).to.not.include('phrases');
    expect(whole.findings.find((f) => f.id === 'content.lure')?.status).to.equal('warn');
  });

  it('is loaded by the reading session before the first drawing of a Japanese message: one checklist, complete', async () => {
    const input = await parseMessage(fixture('kagoya-2021-12.eml'));
    const expected = analyze(input);
    forgetNonLatinPhrases();
    const { shown, report } = await readInFreshPane(input);
    expect(shown).to.deep.equal([undefined, expected.verdict]);
    expect(report?.findings).to.deep.equal(expected.findings);
  });
});
