import { expect } from 'chai';
import fc from 'fast-check';
import {
  collapseWhitespace,
  isJsWhitespace,
  sameIgnoringWhitespace,
  TidyText,
  tidyLines,
} from '../../../src/core/parse/whitespace';

// The loops stand in for `\s` regexes over whole bodies: they must give what the regexes give, character for character.
const pieces = [
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u3000',
  '\u2028',
  '\ufeff',
  '\u200b',
  'a',
  'bc',
  '日本',
  '\ud800',
  '.',
  '',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

describe('whitespace loops', () => {
  it('isJsWhitespace answers as the \\s of a regex does, for every UTF-16 code unit', () => {
    const differ: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isJsWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code.toString(16));
    }
    expect(differ).to.deep.equal([]);
  });

  it('collapseWhitespace is replace(/\\s+/g, " ")', () => {
    fc.assert(
      fc.property(text, (s) => collapseWhitespace(s) === s.replace(/\s+/g, ' ')),
      { numRuns: 2000 },
    );
  });

  it("tidyLines keeps each line's words, one space apart, and drops empty lines", () => {
    const byRegex = (s: string) =>
      s
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter((l) => l !== '')
        .join('\n');
    expect(tidyLines('  Dear  customer,\r\n\n\t verify\u3000now \n')).to.equal('Dear customer,\nverify now');
    fc.assert(
      fc.property(text, (s) => tidyLines(s) === byRegex(s)),
      { numRuns: 2000 },
    );
  });

  it('TidyText gives what tidyLines gives for the joined pieces, piece by piece', () => {
    // A page's pieces: collapsed text runs (as HtmlScanner.addText makes them), and the breaks block edges add.
    const piece = fc.oneof(
      text.map((s) => ({ text: collapseWhitespace(s) })),
      fc.constantFrom({ space: '\n' as const }, { space: ' ' as const }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const built = new TidyText();
        for (const p of pieces) {
          if ('text' in p) built.add(p.text);
          else built.space(p.space);
        }
        return built.toString() === tidyLines(pieces.map((p) => ('text' in p ? p.text : p.space)).join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it('sameIgnoringWhitespace compares with every whitespace removed', () => {
    expect(sameIgnoringWhitespace('Verify your\naccount', 'Verify  your account ')).to.equal(true);
    expect(sameIgnoringWhitespace('Verify', 'Verify now')).to.equal(false);
    fc.assert(
      fc.property(
        text,
        text,
        (a, b) => sameIgnoringWhitespace(a, b) === (a.replace(/\s+/g, '') === b.replace(/\s+/g, '')),
      ),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(text, (a) => sameIgnoringWhitespace(a, a.replace(/\s+/g, '\n'))));
  });
});
