/**
 * Every regular expression in src/ is checked for catastrophic backtracking by recheck (its pure-JS backend: no
 * JVM, no native binary, no network). Message text reaches most of them, so an exponential or polynomial one is a
 * hang an attacker can trigger (`/\s*,\s*$/` on a megabyte of spaces). The regexes are found by parsing the sources
 * with the TypeScript compiler, so a new one is checked the day it is written.
 *
 * A regex recheck flags may stay only when the text it runs on is bounded where it is used; it is then listed in
 * REVIEWED with the bound, and the test measures the attack string recheck found, at that bound.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'chai';
import { checkSync, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { projectRoot } from './helpers';

interface FoundRegex {
  /** `src/core/x.ts:12` */
  where: string;
  source: string;
  flags: string;
  /** A RegExp built from something other than literals: cannot be checked statically. */
  dynamic?: string;
}

/**
 * Regexes recheck flags whose input is bounded where they are used, keyed `file literal`: the bound and why it holds.
 * The test measures recheck's attack string at that bound.
 */
const REVIEWED: Record<string, { maxInput: number; why: string }> = {
  'src/core/checks/sender.ts /\\.+$/': {
    maxInput: 255,
    why: 'domainsInName applies it only to a token of at most 255 characters (a longer token ends the loop first)',
  },
};

/** Flagged regexes that are real bugs, waiting for a fix in src/: their tests are skipped with the note. */
const KNOWN_UNSAFE: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? sourceFiles(path)
      : /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts')
        ? [path]
        : [];
  });
}

/** Regex literals, `new RegExp(…)` / `RegExp(…)`, and `.match/.search/.matchAll('string')` (a string there is compiled to a regex). */
function findRegexes(): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of sourceFiles(join(projectRoot, 'src'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node): string =>
      `${relative(projectRoot, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf('/');
        out.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          out.push({
            where: where(node),
            source: pattern.text,
            flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '',
          });
        } else out.push({ where: where(node), source: '', flags: '', dynamic: node.getText().slice(0, 120) });
      } else if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ['match', 'matchAll', 'search'].includes(node.expression.name.text) &&
        node.arguments[0] &&
        ts.isStringLiteralLike(node.arguments[0])
      ) {
        out.push({ where: where(node), source: node.arguments[0].text, flags: '' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

function recheck(source: string, flags: string): Diagnostics {
  process.env.RECHECK_SYNC_BACKEND ??= 'pure'; // the Scala.js build inside the package: no Java, no binary
  // The analysis takes seconds for a long alternation (rented-page.ts's path shapes: 3 s at load 14); a loaded machine
  // must not turn a safe regex into 'unknown'.
  return checkSync(source, flags, { timeout: 40_000, randomSeed: 1 });
}

/** Builds the attack string recheck reports (`'a'.repeat(n) + '!'` shapes) at `length` characters. */
function attackAt(d: Diagnostics, length: number): string | undefined {
  if (d.status !== 'vulnerable') return undefined;
  const { prefix, pump } = d.attack.pumps[0] ?? { prefix: '', pump: '' };
  if (!pump) return undefined;
  const repeat = Math.max(1, Math.floor((length - prefix.length - d.attack.suffix.length) / pump.length));
  return (prefix + pump.repeat(repeat) + d.attack.suffix).slice(0, length);
}

const REGEXES = findRegexes();

describe('regular expressions in src/ cannot backtrack catastrophically', function () {
  this.timeout(60_000);

  it('finds the regexes of src/ (the scan itself works)', () => {
    expect(REGEXES.length).to.be.greaterThan(40);
    expect(REGEXES.some((r) => r.where.startsWith('src/core/parse/headers.ts'))).to.be.true;
  });

  it('tells a catastrophic regex from a safe one (the checker itself works)', () => {
    expect(recheck('^(a+)+$', '').status).to.equal('vulnerable');
    expect(recheck('\\s*,\\s*$', '').status).to.equal('vulnerable');
    expect(recheck('^[a-z0-9]+(?:-[a-z0-9]+)*$', '').status).to.equal('safe');
  });

  it('builds no regex from a value (a dynamic RegExp cannot be checked here)', () => {
    expect(REGEXES.filter((r) => r.dynamic).map((r) => `${r.where}: ${r.dynamic}`)).to.deep.equal([]);
  });

  for (const r of REGEXES.filter((x) => !x.dynamic)) {
    const literal = `/${r.source}/${r.flags}`;
    const key = `${r.where.replace(/:\d+$/, '')} ${literal}`;
    const reviewed = REVIEWED[key];
    const bug = KNOWN_UNSAFE[key];
    const name = reviewed
      ? `${r.where} ${literal} is flagged but bounded: ${reviewed.why}`
      : `${r.where} ${literal} runs in linear time`;
    (bug ? it.skip : it)(bug ? `${name} (${bug})` : name, () => {
      const d = recheck(r.source, r.flags);
      if (!reviewed) {
        const detail =
          d.status === 'vulnerable'
            ? `${d.complexity.summary}, attack ${d.attack.pattern}`
            : d.status === 'unknown'
              ? `unknown: ${d.error.kind}`
              : '';
        expect(d.status, `${literal} at ${r.where}: ${detail}`).to.equal('safe');
        return;
      }
      // At the bound where it is used, even the worst input must cost next to nothing.
      const attack = attackAt(d, reviewed.maxInput);
      if (!attack) return;
      const regex = new RegExp(r.source, r.flags);
      const started = performance.now();
      for (let i = 0; i < 10; i++) attack.replace(regex, '');
      expect((performance.now() - started) / 10, `${literal} on ${reviewed.maxInput} chars`).to.be.below(5);
    });
  }

  it('lists no reviewed or known-unsafe regex that is gone from src/ (the lists stay true)', () => {
    const present = new Set(REGEXES.map((r) => `${r.where.replace(/:\d+$/, '')} /${r.source}/${r.flags}`));
    expect([...Object.keys(REVIEWED), ...Object.keys(KNOWN_UNSAFE)].filter((k) => !present.has(k))).to.deep.equal([]);
  });
});
