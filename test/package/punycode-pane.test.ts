/**
 * The task pane's punycode (scripts/punycode-pane.js) against the package it stands in for: the same answer, or the
 * same error, for every input the pane can give it (hosts of any script, addresses, broken `xn--` labels).
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import punycode from 'punycode/punycode.js';
import { projectRoot } from '../helpers';

type Convert = (input: string) => string;
type Punycode = { encode: Convert; toASCII: Convert; toUnicode: Convert };

/** What a conversion gives: its answer, or its error's type and message. */
function outcome(convert: Convert, input: string): string {
  try {
    return `= ${convert(input)}`;
  } catch (error) {
    return `! ${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
}

/** A deterministic generator (mulberry32), so a failure names an input that fails again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters a host, an address or a broken label may hold: ASCII, dots of four scripts, letters of many. */
const POOLS = [
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-',
  '..@-_ xn--',
  '\u3002\uff0e\uff61',
  'äöüßéèàçñøåæœ',
  'аеорсхуіјпгмкАВЕКМНОРСТ',
  'αβγδεοριστυ',
  'あいうえおかきくけこアイウエオ日本語東京銀行',
  '한국어가나다',
  'עבריתالعربية',
  'ไทยहिंदी',
  '\u200b\u200d\u00ad\ufeff',
  '\ud83d\ude00\ud83c\udf89',
  '\ud800\udc00\udbff\udfff',
  '\ud800x\udc00',
  '\u0080\u00ff\uffff',
];

/** A label of code points from anywhere in Unicode (long runs move the bias through all its values). */
function wide(next: () => number): string {
  const length = 1 + Math.floor(next() * 60);
  const points: number[] = [];
  for (let i = 0; i < length; i++) {
    const r = next();
    points.push(
      r < 0.3
        ? 97 + Math.floor(next() * 26)
        : r < 0.6
          ? 0x80 + Math.floor(next() * 0x780)
          : r < 0.9
            ? 0x3000 + Math.floor(next() * 0x7000)
            : 0x10000 + Math.floor(next() * 0x100000),
    );
  }
  return String.fromCodePoint(...points);
}

function sample(next: () => number): string {
  if (next() < 0.3) return wide(next);
  const length = Math.floor(next() * 24);
  let text = next() < 0.3 ? 'xn--' : '';
  for (let i = 0; i < length; i++) {
    const pool = POOLS[Math.floor(next() * POOLS.length)]!;
    const chars = Array.from(pool);
    text += chars[Math.floor(next() * chars.length)];
  }
  return text;
}

describe('the task pane’s punycode', () => {
  let pane: Punycode;
  before(async () => {
    const url = pathToFileURL(join(projectRoot, 'scripts', 'punycode-pane.js')).href;
    pane = ((await import(url)) as { default: Punycode }).default;
  });

  const fixed = [
    '',
    '.',
    'münchen.de',
    'xn--mnchen-3ya.de',
    'XN--MNCHEN-3YA.DE',
    'аррӏе.com',
    'xn--80ak6aa92e.com',
    '日本語。jp',
    'user@bücher.example',
    'a@b@ü.de',
    'xn--',
    'xn---',
    'xn--a-',
    'xn--ü',
    'xn--zzzzzzzzzzzzzzzzzzzz',
    'xn--99999999999999999999.com',
    'xn--a.xn--ü',
    'xn--ls8h',
    '\ud83d\ude00.example',
    '\ud800.example',
    'ex\u00admple.com',
    'ab--cd.xn--ab--cd-',
    // Two bad labels that fail differently: the package converts the last label first, so its error is the one thrown.
    'xn--ü-.xn--!',
    'xn--!.xn--ü-',
  ];

  for (const name of ['encode', 'toASCII', 'toUnicode'] as const)
    it(`${name}: the package's answer or error, on ${fixed.length} chosen inputs and 20,000 random ones`, () => {
      const next = random(name.length * 7919);
      const inputs = [...fixed, ...Array.from({ length: 20_000 }, () => sample(next))];
      // toUnicode's own `xn--` forms, so its decoding meets valid input too.
      inputs.push(...inputs.slice(0, 2_000).map((input) => outcome(punycode.toASCII, input).slice(2)));
      const theirs = punycode as unknown as Punycode;
      const differ = inputs.filter((input) => outcome(pane[name], input) !== outcome(theirs[name], input));
      expect(differ.slice(0, 5)).to.deep.equal([]);
    });
});
