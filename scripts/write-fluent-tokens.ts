/**
 * Writes src/ui/fluent-tokens.css: Fluent 2's web light and dark design tokens as static CSS custom properties, in
 * place of @fluentui/web-components' runtime `setTheme` and @fluentui/tokens' theme objects (~29 KB minified of
 * tokens in the task pane's JS). Light on `:root`, dark under `:root[data-theme='dark']` (only what differs), and
 * only the tokens something reads: the Fluent components src/ui/fluent.ts registers (their modules, walked from
 * each element's define.js through what it imports) and our own stylesheets (src/ui/styles.css with its @imports,
 * the standalone page's and the Thunderbird popup's).
 *
 *   npx tsx scripts/write-fluent-tokens.ts     after upgrading @fluentui/*, or registering another component
 *
 * The file is committed; test/ui/fluent-tokens.test.ts fails while it differs from what this script would write.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TOKENS_CSS = 'src/ui/fluent-tokens.css';
/** Where the components are registered: its `@fluentui/web-components/<name>.js` imports say which. */
const FLUENT_ENTRY = 'src/ui/fluent.ts';
/** Our stylesheets loaded beside the Fluent tokens (each with its relative @imports). */
const OUR_CSS_ROOTS = ['src/ui/styles.css', 'src/hosts/web/web.css', 'src/hosts/thunderbird/popup.css'];

const require = createRequire(import.meta.url);
const webComponentsDir = dirname(require.resolve('@fluentui/web-components/package.json'));
const tokensPackage = require('@fluentui/tokens/package.json') as { version: string };

type Theme = Record<string, string | number>;
const light = webLightTheme as unknown as Theme;
const dark = webDarkTheme as unknown as Theme;

/** The Fluent elements src/ui/fluent.ts registers, by folder name (`button`, `message-bar`, …). */
export function registeredComponents(): string[] {
  const source = readFileSync(join(projectRoot, FLUENT_ENTRY), 'utf8');
  const names = [...source.matchAll(/^import '@fluentui\/web-components\/([a-z-]+)\.js';$/gm)].map((m) => m[1]!);
  if (names.length === 0) throw new Error(`${FLUENT_ENTRY} registers no @fluentui/web-components element`);
  return names.sort();
}

/** Token name (without `--`) behind each export of the components' design-tokens.js (`colorBrandStroke1` → …). */
function designTokenNames(): Map<string, string> {
  const source = readFileSync(join(webComponentsDir, 'dist/esm/theme/design-tokens.js'), 'utf8');
  const map = new Map<string, string>();
  for (const m of source.matchAll(/^export const (\w+) = 'var\(--([\w-]+)\)';$/gm)) map.set(m[1]!, m[2]!);
  if (map.size === 0) throw new Error("design-tokens.js: no `export const x = 'var(--x)'` found; its format changed");
  return map;
}

/** Relative imports of an ES module (static `import … from './x.js'`, `export … from`, `import './x.js'`). */
function relativeImports(source: string): string[] {
  return [...source.matchAll(/(?:from|import)\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
}

/**
 * The tokens one component's modules read: names imported from design-tokens.js, and `var(--x)` written literally
 * in a module, less the custom properties the component sets itself (`--size`, `--icon-spacing`).
 */
export function componentTokens(component: string): Set<string> {
  const esm = join(webComponentsDir, 'dist/esm');
  const designTokens = join(esm, 'theme/design-tokens.js');
  const tokenOf = designTokenNames();
  const used = new Set<string>();
  const declared = new Set<string>();
  const seen = new Set<string>();
  const queue = [join(esm, component, 'define.js')];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || file === designTokens) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const spec of relativeImports(source)) queue.push(resolve(dirname(file), spec));
    const tokenImports = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'[./]*theme\/design-tokens\.js'/g)];
    if (tokenImports.length !== (source.match(/design-tokens\.js'/g) ?? []).length) {
      throw new Error(`${relative(esm, file)} imports design-tokens.js in a form this script does not read`);
    }
    for (const [, list] of tokenImports) {
      for (const name of list!
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const token = tokenOf.get(name);
        if (!token) throw new Error(`${relative(esm, file)} imports ${name}, which design-tokens.js does not export`);
        used.add(token);
      }
    }
    for (const m of source.matchAll(/var\(--([\w-]+)/g)) used.add(m[1]!);
    for (const m of source.matchAll(/--([\w-]+)\s*:/g)) declared.add(m[1]!);
  }
  return new Set([...used].filter((name) => !declared.has(name)));
}

/** Our stylesheets: the roots and every file they @import (relative), except the generated tokens file. */
export function ourCssFiles(): string[] {
  const files: string[] = [];
  const queue = [...OUR_CSS_ROOTS];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.includes(file) || file === TOKENS_CSS) continue;
    files.push(file);
    const source = readFileSync(join(projectRoot, file), 'utf8');
    for (const m of source.matchAll(/@import\s+(?:url\()?'(\.{1,2}\/[^']+)'/g)) {
      queue.push(
        relative(projectRoot, resolve(projectRoot, dirname(file), m[1]!))
          .split('\\')
          .join('/'),
      );
    }
  }
  return files;
}

/** What our stylesheets read (`var(--x`) and what they set (`--x:`), across all of them. */
export function ourCssVariables(): { used: Set<string>; declared: Set<string> } {
  const used = new Set<string>();
  const declared = new Set<string>();
  for (const file of ourCssFiles()) {
    const source = readFileSync(join(projectRoot, file), 'utf8').replace(/\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//g, '');
    for (const m of source.matchAll(/var\(--([\w-]+)/g)) used.add(m[1]!);
    for (const m of source.matchAll(/--([\w-]+)\s*:/g)) declared.add(m[1]!);
  }
  return { used, declared };
}

/** Every Fluent token the pages read, sorted: all of the components', and those of ours that Fluent defines. */
export function referencedTokens(): string[] {
  const names = new Set<string>();
  for (const component of registeredComponents()) {
    for (const token of componentTokens(component)) {
      if (!(token in light) || !(token in dark))
        throw new Error(`fluent-${component} reads --${token}, which @fluentui/tokens does not define`);
      names.add(token);
    }
  }
  const ours = ourCssVariables();
  for (const name of ours.used) if (!ours.declared.has(name) && name in light) names.add(name);
  return [...names].sort();
}

function declaration(name: string, value: string | number): string {
  const text = String(value);
  // A value is pasted into a stylesheet: nothing that could end the declaration or the rule.
  if (/[;{}]|\/\*/.test(text)) throw new Error(`--${name}: unexpected value ${JSON.stringify(text)}`);
  return `  --${name}: ${text};`;
}

/** The stylesheet, as this script writes it. */
export function fluentTokensCss(): string {
  const names = referencedTokens();
  const darkOnly = names.filter((name) => String(dark[name]) !== String(light[name]));
  return [
    `/*`,
    ` * GENERATED by scripts/write-fluent-tokens.ts from @fluentui/tokens ${tokensPackage.version} (webLightTheme, webDarkTheme):`,
    ` * do not edit, run \`npx tsx scripts/write-fluent-tokens.ts\`. Only the tokens read by the Fluent elements src/ui/fluent.ts`,
    ` * registers (${registeredComponents().join(', ')}) and by our stylesheets; dark lists only what differs from light.`,
    ` */`,
    ``,
    `:root {`,
    ...names.map((name) => declaration(name, light[name]!)),
    `}`,
    ``,
    `:root[data-theme='dark'] {`,
    ...darkOnly.map((name) => declaration(name, dark[name]!)),
    `}`,
    ``,
  ].join('\n');
}

function main(): void {
  const path = join(projectRoot, TOKENS_CSS);
  const css = fluentTokensCss();
  const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  writeFileSync(path, css);
  const count = (css.match(/^ {2}--/gm) ?? []).length;
  console.log(`${TOKENS_CSS}: ${count} declarations, ${css.length} bytes${before === css ? ' (unchanged)' : ''}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
