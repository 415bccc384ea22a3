/**
 * Issue #16: a phrase pattern that expands past the lexicon's limit (lure-matcher.ts expandPhrase, ~2,000 variants)
 * throws when its finder first compiles — at run time, inside a check — and a check that throws was only an info line
 * under a verdict that could still say "no red flags". Now the failure is loud and early: every phrase table of every
 * check (eager and lazy, Latin and other scripts) is expanded here, a failure naming its file, table, family and
 * pattern; and at run time a check that could not run leaves the message at least suspicious (verdict.ts rule 5),
 * the reader told which check it was.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../../src/core/analyze';
import type * as CheckData from '../../../src/core/check-data';
import type * as Matcher from '../../../src/core/checks/lure-matcher';
import { expandPhrase, phraseFinder } from '../../../src/core/checks/lure-matcher';
import { LURE_FAMILIES, LURE_PHRASES } from '../../../src/core/checks/lure-phrases';
import type * as NonLatin from '../../../src/core/checks/nonlatin-phrases';
import { finderKey } from '../../../src/core/checks/trie-format';
import type { Report } from '../../../src/core/report';
import { projectRoot } from '../../helpers';

const CHECKS_DIR = join(projectRoot, 'src', 'core', 'checks');

type Patterns = readonly string[];
const isPatterns = (v: unknown): v is Patterns => Array.isArray(v) && v.every((p) => typeof p === 'string');
const isTable = (v: unknown): v is Record<string, Patterns> =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.values(v).length > 0 &&
  Object.values(v).every(isPatterns);

/** Each pattern of a table (a family's list, or tables by key inside an object). */
function* patternsOf(where: string, value: unknown): Generator<[string, string]> {
  if (isPatterns(value)) for (const p of value) yield [where, p];
  else if (isTable(value))
    for (const [family, list] of Object.entries(value)) yield* patternsOf(`${where}.${family}`, list);
  else if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Set))
    for (const [key, inner] of Object.entries(value)) if (isTable(inner)) yield* patternsOf(`${where}[${key}]`, inner);
}

/** The patterns that do not expand (too many variants, an unclosed brace), each named by where it is. */
function expansionProblems(tables: Record<string, unknown>, file: string): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(tables))
    for (const [where, pattern] of patternsOf(`${file} ${name}`, value)) {
      try {
        expandPhrase(pattern);
      } catch (error) {
        problems.push(`${where}: ${pattern.slice(0, 120)} — ${String(error).slice(0, 80)}`);
      }
    }
  return problems;
}

/** Every phrase file of the checks: the lexicons and each check's own wording, whichever chunk loads it. */
const phraseFiles = () => readdirSync(CHECKS_DIR).filter((f) => /phrases/.test(f) && f.endsWith('.ts'));

describe('every phrase table compiles (issue #16: a pattern too large failed at run time, silently)', () => {
  it('expands every pattern of every phrase file, naming the file, table and pattern that does not', async () => {
    const problems: string[] = [];
    let patterns = 0;
    for (const file of phraseFiles()) {
      const tables = (await import(pathToFileURL(join(CHECKS_DIR, file)).href)) as Record<string, unknown>;
      for (const [, value] of Object.entries(tables)) patterns += [...patternsOf('', value)].length;
      problems.push(...expansionProblems(tables, file));
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
    // Not vacuous: the lure lexicon, the no-link, callback, advance-fee, BEC, money-route, extortion, document-offer
    // and mail-system wordings, in both scripts.
    expect(phraseFiles().length).to.be.at.least(15);
    expect(patterns).to.be.above(2500);
  });

  it('compiles every finder the checks make, as at run time, eager and lazy, with the other scripts', async () => {
    // Every module that makes a finder, imported as a chunk is (under tsx, a dynamic import is a module instance of
    // its own: the matcher asked is that instance's), then every check's data loaded as the tools load it.
    const load = (file: string) => import(pathToFileURL(join(CHECKS_DIR, file)).href);
    for (const file of readdirSync(CHECKS_DIR).filter((f) => f.endsWith('.ts')))
      if (readFileSync(join(CHECKS_DIR, file), 'utf8').includes('phraseFinder(')) await load(file);
    await ((await load('../check-data.ts')) as typeof CheckData).loadAllCheckData();
    const matcher = (await load('lure-matcher.ts')) as typeof Matcher;
    const tries = matcher.compiledTries((await load('nonlatin-phrases.ts')) as typeof NonLatin);
    const keys = tries.map((t) => finderKey(t.families));
    // The lure lexicon (eager) and wordings only a chunk loads (callback, extortion, money route, mail system).
    for (const families of [LURE_FAMILIES, ['charge', 'call', 'dispute'], ['quota', 'password'], ['offer']])
      expect(
        keys.some((k) => families.every((f) => k.includes(f))),
        families.join(' '),
      ).to.equal(true);
    expect(tries.length).to.be.at.least(8);
  });

  it('names the table and pattern of a pattern too large', () => {
    const huge = '{a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} {a|b|c}';
    const problems = expansionProblems({ LURE_PHRASES: { urgency: ['act now', huge] } }, 'lure-phrases.ts');
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include('lure-phrases.ts LURE_PHRASES.urgency: {a|b|');
  });
});

const mail = (subject: string, body: string) => ({
  headers: [
    'Received: from mail.hartwell.co.uk (mail.hartwell.co.uk [185.70.42.17]) by mx.acmetools.com',
    ' with ESMTPS id 7C1D2; Tue, 2 Dec 2025 10:12:04 +0000',
    'Authentication-Results: mx.acmetools.com; dkim=pass header.d=hartwell.co.uk header.s=s1;',
    ' spf=pass smtp.mailfrom=hartwell.co.uk; dmarc=pass (p=none) header.from=hartwell.co.uk',
    'Message-ID: <a1b2c3@hartwell.co.uk>',
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    'From: Ann Lee <ann.lee@hartwell.co.uk>',
    'To: Bob Ray <bob.ray@acmetools.com>',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ].join('\r\n'),
  text: body,
});

const NOTE = mail('Lunch on Friday', 'Hi Bob,\nAre we still on for lunch on Friday at 12?\nAnn\n');
const failed = (r: Report) => r.findings.filter((f) => f.id === 'report.check-failed');

describe('a check that could not run (issue #16)', () => {
  it('leaves a plain note clean when every check ran', () => {
    const r = analyze(NOTE);
    expect(failed(r)).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('never calls a message clean when a check threw: suspicious, the check named in the findings and the story', () => {
    const r = analyze(NOTE, {
      online: () => {
        throw new Error('deliberately broken');
      },
    });
    expect(failed(r).map((f) => f.message.params)).to.deep.equal([
      { check: 'online', error: 'Error: deliberately broken' },
    ]);
    expect(failed(r)[0]!.status).to.equal('info');
    expect(r.verdict).to.equal('suspicious');
    expect(r.verdictReasons).to.include('report.check-failed');
    expect(r.story.map((s) => s.key)).to.deep.equal(['story.check-failed', 'story.advice.suspicious']);
    expect(r.story[0]!.params).to.deep.equal({ check: 'online' });
  });

  it('says so when the lure lexicon holds a pattern too large: the content checks could not judge the wording', () => {
    // The failure of issue #16: a lexicon with one pattern past the limit throws as its finder first compiles — at
    // run time, inside a check (never as its module loads) — and the message is then at least suspicious.
    const huge = '{a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} {a|b|c}';
    const find = phraseFinder(LURE_FAMILIES, { ...LURE_PHRASES, urgency: [...LURE_PHRASES.urgency, huge] });
    let thrown: unknown;
    try {
      find(NOTE.text);
    } catch (error) {
      thrown = error;
    }
    expect(String(thrown)).to.include('expands too far');
    const r = analyze(NOTE, {
      online: () => {
        throw thrown;
      },
    });
    expect(String(failed(r)[0]!.message.params.error)).to.include('expands too far');
    expect(r.verdict).to.equal('suspicious');
  });

  it('keeps a check that failed from lowering a verdict the other checks reached', () => {
    const phish = mail(
      'Your account will be suspended',
      'Your account has been suspended. Verify your account within 24 hours: https://secure-login.example.net/verify\n',
    );
    const before = analyze(phish).verdict;
    const r = analyze(phish, {
      online: () => {
        throw new Error('deliberately broken');
      },
    });
    expect(before).to.not.equal('no-red-flags');
    expect(r.verdict).to.equal(before);
  });
});
