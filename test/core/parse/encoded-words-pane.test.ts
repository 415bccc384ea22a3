/**
 * The task pane's stand-in for postal-mime's encoded-word decoder (scripts/encoded-words-pane.js): until the decoder
 * is in, it must answer every value the decoder would leave alone exactly as the decoder does, and note every other,
 * so that analyze() asks for the decoder (`needs: ['encoded-words']`) before a checklist is drawn from it.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as EncodedWords from '../../../src/core/parse/encoded-words';
import { projectRoot } from '../../helpers';

type Decoder = { decodeWords(s: unknown): string; isEncodedWordsOnly(s: string): boolean };
const load = async (path: string): Promise<Decoder> =>
  (await import(pathToFileURL(join(projectRoot, path)).href)) as Decoder;

describe('the task pane’s encoded-word stand-in', () => {
  let postal: Decoder;
  let pane: Decoder;
  // The core's module as the stand-in imports it (an ES module by its file, as webpack bundles it).
  let takeLackingDecoder: () => boolean;
  before(async () => {
    postal = await load('node_modules/postal-mime/dist/esm/decode-strings.js');
    pane = await load('scripts/encoded-words-pane.js');
    const core = (await load('src/core/parse/encoded-words.ts')) as unknown as typeof EncodedWords;
    takeLackingDecoder = core.takeLackingDecoder;
  });

  it('answers a value without =? as postal-mime does, and notes nothing', () => {
    const values = ['', 'PayPal Service', '=', '?=', '= ?', 'a=?', 'Re: [list] 50% off =', ' spaced  out ', '日本語'];
    takeLackingDecoder();
    for (const value of values.filter((v) => !v.includes('=?'))) {
      expect(pane.decodeWords(value), value).to.equal(postal.decodeWords(value));
      expect(pane.isEncodedWordsOnly(value), value).to.equal(postal.isEncodedWordsOnly(value));
    }
    expect(pane.decodeWords(undefined)).to.equal(postal.decodeWords(undefined));
    expect(takeLackingDecoder()).to.equal(false);
  });

  it('notes every value holding =?, decoded or not by postal-mime', () => {
    for (const value of ['=?UTF-8?B?UGF5UGFs?=', 'x =?iso-2022-jp?B?GyRCJUYlOSVIGyhC?= y', 'a=?b']) {
      takeLackingDecoder();
      pane.decodeWords(value);
      expect(takeLackingDecoder(), value).to.equal(true);
      pane.isEncodedWordsOnly(value);
      expect(takeLackingDecoder(), value).to.equal(true);
    }
  });
});
