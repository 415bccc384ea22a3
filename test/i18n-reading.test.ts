/**
 * What the reader sees first reads plainly (issue #17): the failed and warning rows are above "Details for IT", so
 * their sentences are written for someone who has never heard of a header. For every message a fail or warn finding
 * takes on the fixtures, in English and Japanese: short sentences, and no mail-system acronym (SPF, DKIM, HELO …)
 * except inside parentheses, as the gloss after plain words. Pass and info rows sit in the details, for IT.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { analyze } from '../src/core/analyze';
import { parseMessage } from '../src/core/parse-message';
import { en } from '../src/i18n/en';
import { ja } from '../src/i18n/ja';
import { projectRoot } from './helpers';

/** Longest sentence: English in words (a placeholder is one), Japanese in characters (a placeholder is one). */
const MAX_WORDS_EN = 40;
const MAX_CHARS_JA = 120;
const ACRONYM = /\b(SPF|DKIM|DMARC|HELO|EHLO|rDNS|ASN|MX|SMTP|TLS|MIME|BEC|ESP|IDN|PSL)\b/;

/** The template with every parenthesised part and every placeholder taken out. */
function plainPart(template: string): string {
  let depth = 0;
  let out = '';
  for (const ch of template.replace(/\{[a-zA-Z0-9_]+\}/g, 'X')) {
    if (ch === '(' || ch === '(') depth++;
    else if (ch === ')' || ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

describe('the sentences a reader sees first', function () {
  this.timeout(60_000);
  const keys = new Set<string>();

  before(async () => {
    const fixtures = join(projectRoot, 'test', 'fixtures');
    for (const name of readdirSync(fixtures, { recursive: true }) as string[]) {
      if (!name.endsWith('.eml')) continue;
      const report = analyze(await parseMessage(readFileSync(join(fixtures, name))));
      for (const f of report.findings) if (f.status === 'fail' || f.status === 'warn') keys.add(f.message.key);
    }
  });

  it('are short: at most 40 English words or 120 Japanese characters a sentence', () => {
    expect(keys.size).to.be.greaterThan(30);
    for (const key of keys) {
      const english = (en as Record<string, string>)[key]!.replace(/\{[a-zA-Z0-9_]+\}/g, 'X');
      for (const sentence of english.split(/(?<=[.!?:])\s+(?=[A-Z"(])/))
        expect(sentence.split(/\s+/).length, `${key}: ${sentence}`).to.be.at.most(MAX_WORDS_EN);
      const japanese = (ja as Record<string, string>)[key]!.replace(/\{[a-zA-Z0-9_]+\}/g, 'X');
      for (const sentence of japanese.split('。'))
        expect([...sentence].length, `${key}: ${sentence}`).to.be.at.most(MAX_CHARS_JA);
    }
  });

  it('name no mail-system acronym except in parentheses after plain words', () => {
    for (const key of keys)
      for (const [lang, words] of [
        ['en', en],
        ['ja', ja],
      ] as const) {
        const template = (words as Record<string, string>)[key]!;
        expect(plainPart(template), `${lang} ${key}: ${template}`).not.to.match(ACRONYM);
      }
  });
});
