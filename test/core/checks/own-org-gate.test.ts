/**
 * What own-org.ts does for speed (issue #19) gives the answers it gave before: folded() lower-cases a text whole when
 * lower-casing changes no letter beyond ASCII in it, and the gate's answer is kept for the message and context the two
 * checks ask about in a row.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import { folded } from '../../../src/core/checks/own-org';
import { fixture } from '../../helpers';

/** ASCII letters lower-cased one unit for one, nothing else touched: what folded() promises. */
const asciiLowered = (text: string) => text.normalize('NFKC').replace(/[A-Z]+/g, (run) => run.toLowerCase());

describe('own-org.ts for speed', () => {
  it('folds every character as ASCII lower-casing alone does (whole-text lower-casing only where that is the same)', () => {
    // Every code point beyond ASCII that lower-casing changes, beside an ASCII capital (which asks for lower-casing at
    // all); the others, 256 at a time, change nothing either way.
    let changing = 0;
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (c.toLowerCase() === c) continue;
      changing++;
      expect(folded(`A${c}b`).lower, cp.toString(16)).to.equal(asciiLowered(`A${c}b`));
    }
    expect(changing).to.be.above(1_000);
    for (let start = 0x80; start <= 0x10ffff; start += 0x100) {
      let text = 'Ab';
      for (let cp = start; cp < start + 0x100 && cp <= 0x10ffff; cp++)
        if (cp < 0xd800 || cp > 0xdfff) text += String.fromCodePoint(cp) + 'Q';
      expect(folded(text).lower, start.toString(16)).to.equal(asciiLowered(text));
    }
    expect(folded('Dear YAMADA@EXAMPLE.CO.JP, İstanbul').lower).to.equal('dear yamada@example.co.jp, İstanbul');
    expect(folded('ＤＥＡＲ Ｙａｍａｄａ').lower).to.equal('dear yamada');
  });

  it('answers each message as before when several are read in a row (the gate is kept per message)', async () => {
    const names = [
      'own-org-quota-foreign.synthetic.eml',
      'own-org-twin-colleague-domain-in-name.synthetic.eml',
      'own-org-quota-foreign.synthetic.eml',
    ];
    const inputs = await Promise.all(names.map((n) => parseMessage(fixture(n))));
    const first = inputs.map((i) => analyze(i));
    // The same messages again, in another order, each alone between others: the same reports.
    for (const k of [2, 0, 1]) expect(analyze(inputs[k]!)).to.deep.equal(first[k]);
    expect(first[0]!.findings.some((f) => f.id === 'sender.own-org-impersonation' && f.status === 'fail')).to.equal(
      true,
    );
  });
});
