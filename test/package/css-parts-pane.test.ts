/**
 * The task pane's stylesheets in parts (scripts/css-parts-pane.cjs): the rules of what no first drawing shows wait in
 * the chunk that draws it. Safe only if the parts and the rest are the whole stylesheet, and if each waiting rule
 * styles only what its chunk's code draws.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../helpers';

const require = createRequire(import.meta.url);
type Loader = ((
  this: { resourcePath: string; resourceQuery: string; addDependency(path: string): void },
  source: string,
) => string) & {
  PARTS: Record<string, { file: string; selector: RegExp }>;
  plainAliases(dir: string, addDependency: (path: string) => void): Map<string, string>;
  withoutAliases(css: string, aliases: Map<string, string>): string;
};
const parts = require('../../scripts/css-parts-pane.cjs') as Loader;
const ui = join(projectRoot, 'src', 'ui');

/** The loader's output for a file of src/ui and a query. */
function run(file: string, query: string): string {
  const path = join(ui, file);
  return parts.call({ resourcePath: path, resourceQuery: query, addDependency: () => {} }, readFileSync(path, 'utf8'));
}

/** A part module's CSS (the string it adds to the page). */
const cssOf = (module: string): string => JSON.parse(/adoptStyles\(document, ("(?:[^"\\]|\\.)*")\);/.exec(module)![1]!);

/** Each rule as `selector{declarations}`, comments and spacing gone, in order. */
function rules(css: string): string[] {
  const text = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@import[^;]*;/g, '')
    .replace(/\s+/g, ' ');
  const out: string[] = [];
  // Innermost blocks: a @media's rules carry its condition.
  for (const media of text.matchAll(/(@media[^{]*)\{((?:[^{}]*\{[^{}]*\})*)\s*\}/g))
    for (const rule of media[2]!.matchAll(/([^{}]+)\{([^{}]*)\}/g))
      out.push(`${media[1]!.trim()} ${norm(rule[1]!, rule[2]!)}`);
  const flat = text
    .replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*\s*\}/g, '')
    .replace(/@keyframes[^{]*\{(?:[^{}]*\{[^{}]*\})*\s*\}/g, '');
  for (const rule of flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)) out.push(norm(rule[1]!, rule[2]!));
  return out;
}

const norm = (selector: string, body: string): string =>
  `${selector.replace(/\s*([,>])\s*/g, '$1').trim()}{${body
    .split(';')
    .map((d) =>
      d
        .replace(/\s*:\s*/, ':')
        .replace(/\s*,\s*/g, ',')
        .trim(),
    )
    .filter(Boolean)
    .join(';')}}`;

describe('the task pane’s stylesheets, split into first and waiting parts', () => {
  it('makes styles.css (with its @imports) and the waiting parts the whole stylesheet, each rule once', () => {
    const whole = ['fluent-tokens.css', 'details.css', 'styles.css'].flatMap((f) =>
      rules(readFileSync(join(ui, f), 'utf8')),
    );
    const first = rules(run('styles.css', ''));
    const waiting = [run('details.css', '?evidence'), run('styles.css', '?flows')].flatMap((m) => rules(cssOf(m)));
    // The forced-colors rules of the evidence part are copies: the first part keeps them too.
    const own = waiting.filter((rule) => !rule.startsWith('@media'));
    expect(own.length).to.be.greaterThan(15);
    expect(first.filter((rule) => own.includes(rule))).to.deep.equal([]);
    const tokens = (css: string) => [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!);
    const sorted = (list: string[]) => [...list].sort();
    // Tokens: the two parts hold each light and each dark token once between them.
    const button = cssOf(run('fluent-tokens.css', '?button'));
    const tokensWhole = readFileSync(join(ui, 'fluent-tokens.css'), 'utf8');
    expect(sorted([...tokens(run('fluent-tokens.css', '')), ...tokens(button)])).to.deep.equal(
      sorted(tokens(tokensWhole)),
    );
    // Every other rule of the whole is in the first part, as written but for the fallbacks of the tokens it carries.
    const tokenRule = (rule: string) => /^:root(\[data-theme=['"]?dark['"]?\])?\{--/.test(rule);
    const given = new Set(tokens(/:root\s*\{[^}]*\}/.exec(tokensWhole)![0]));
    // Our names that stand for one token read it directly in the pane, their definitions gone (styles.css :root).
    const aliases = parts.plainAliases(ui, () => {});
    expect([...aliases.keys()])
      .to.include('--pi-text')
      .and.not.include('--pi-fail')
      .and.not.include('--pi-font');
    const bare = (rule: string) =>
      parts
        .withoutAliases(rule, aliases)
        .replace(/;}/, '}')
        .replace(/var\((--[\w-]+),[^()]*\)/g, (all, name: string) => (given.has(name) ? `var(${name})` : all));
    const firstOrOwn = new Set([...first, ...own].map(bare));
    expect(whole.filter((rule) => !tokenRule(rule) && !firstOrOwn.has(bare(rule)))).to.deep.equal([]);
    expect(first.filter((rule) => /var\(--[\w-]+,/.test(rule) && bare(rule) !== rule)).to.deep.equal([]);
    expect(whole.filter((rule) => bare(rule) !== rule).length, 'fallbacks in the source').to.be.greaterThan(20);
  });

  it('leaves in the first part every token our stylesheets read', () => {
    const first = run('styles.css', '');
    const read = new Set([...first.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]));
    const button = cssOf(run('fluent-tokens.css', '?button'));
    const waiting = [...button.matchAll(/(--[\w-]+):/g)].map((m) => m[1]);
    expect(waiting.length).to.be.greaterThan(10);
    expect(waiting.filter((token) => read.has(token))).to.deep.equal([]);
  });

  it('lets a waiting rule style only what its chunk draws: no first drawing names its classes', () => {
    const chunks: Record<string, string[]> = {
      evidence: ['evidence.ts', 'hops.ts'],
      flows: ['action-flows.ts'],
    };
    const firstDrawing = ['report-view.ts', 'pane.ts', 'actions.ts', 'dom.ts', 'session.ts', 'online-action.ts'].map(
      (f) => readFileSync(join(ui, f), 'utf8'),
    );
    for (const [name, part] of Object.entries(parts.PARTS)) {
      const classes = new Set(
        [...cssOf(run(part.file, `?${name}`)).matchAll(/\.([a-z][\w-]*)/g)]
          .map((m) => m[1]!)
          .filter((c) => part.selector.test(`.${c}`)),
      );
      expect(classes.size, name).to.be.greaterThan(2);
      const drawers = chunks[name]!.map((f) => readFileSync(join(ui, f), 'utf8')).join('\n');
      // A modifier (`hop-role--origin`) may be written from its stem (`hop-role--${role}`).
      for (const c of new Set([...classes].map((name) => name.replace(/--.*$/, '')))) {
        expect(drawers, `${c} drawn by the ${name} chunk`).to.match(new RegExp(`\\b${c}\\b`));
        for (const text of firstDrawing)
          expect(text, `${c} in a first drawing`).to.not.match(new RegExp(`['"\` ]${c}['"\` ]`));
      }
    }
  });
});
