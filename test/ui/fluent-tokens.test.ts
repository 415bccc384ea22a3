/**
 * Fluent's design tokens as a committed stylesheet (src/ui/fluent-tokens.css, from scripts/write-fluent-tokens.ts)
 * instead of the runtime `setTheme`: the file must be what the script writes from the installed @fluentui packages
 * (an upgrade, or another registered element, fails here until it is regenerated), and every token the Fluent
 * elements or our stylesheets read must have a value in light and in dark — a missing one would silently fall back
 * to the element's default (a transparent button, a light background in dark mode).
 */
import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';
import {
  componentTokens,
  fluentTokensCss,
  ourCssFiles,
  ourCssVariables,
  registeredComponents,
  TOKENS_CSS,
} from '../../scripts/write-fluent-tokens';
import { projectRoot } from '../helpers';

const committed = readFileSync(join(projectRoot, TOKENS_CSS), 'utf8');

/** `selector → { --name: value }` of a flat stylesheet (no nesting, no at-rules), comments dropped. */
function rules(css: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const text = css.replace(/\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//g, '');
  for (const [, selector, body] of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = new Map<string, string>();
    for (const part of body!.split(';')) {
      const colon = part.indexOf(':');
      if (colon < 0) continue;
      declarations.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
    }
    out.set(selector!.trim(), declarations);
  }
  return out;
}

/** What `--name` resolves to in each theme, from the committed file: dark is light overridden by the dark block. */
function effectiveTokens(): { light: Map<string, string>; dark: Map<string, string> } {
  const parsed = rules(committed);
  expect([...parsed.keys()]).to.deep.equal([':root', ":root[data-theme='dark']"]);
  const light = parsed.get(':root')!;
  const dark = new Map([...light, ...parsed.get(":root[data-theme='dark']")!]);
  return { light, dark };
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('Fluent design tokens (src/ui/fluent-tokens.css)', () => {
  it('is what scripts/write-fluent-tokens.ts writes from the installed packages (run it after an upgrade)', () => {
    expect(
      committed === fluentTokensCss(),
      `${TOKENS_CSS} is stale: run npx tsx scripts/write-fluent-tokens.ts`,
    ).to.equal(true);
  });

  it('reads the registered elements from src/ui/fluent.ts, and finds tokens in each', () => {
    expect(registeredComponents()).to.deep.equal(['button']);
    // The button's look in both themes: its brand fill, hover and focus ring come from these.
    expect([...componentTokens('button')]).to.include.members([
      'colorBrandBackground',
      'colorBrandBackgroundHover',
      'colorStrokeFocus2',
    ]);
    // The reader of a module's tokens works for any Fluent element, registered or not.
    expect([...componentTokens('message-bar')]).to.include.members([
      'colorPaletteRedBackground1',
      'colorPaletteRedBorder1',
    ]);
  });

  it('defines, in light and in dark, every token the Fluent elements read', () => {
    const { light, dark } = effectiveTokens();
    for (const component of registeredComponents()) {
      for (const token of componentTokens(component)) {
        expect(light.get(`--${token}`), `fluent-${component}: --${token} in light`)
          .to.be.a('string')
          .and.not.equal('');
        expect(dark.get(`--${token}`), `fluent-${component}: --${token} in dark`)
          .to.be.a('string')
          .and.not.equal('');
      }
    }
  });

  it('defines, in light and in dark, every variable our stylesheets read and do not set themselves', () => {
    const { light, dark } = effectiveTokens();
    const ours = ourCssVariables();
    // The pane's, the page's and the popup's sheets, with what they @import.
    expect(ourCssFiles()).to.include.members([
      'src/ui/styles.css',
      'src/ui/details.css',
      'src/hosts/web/web.css',
      'src/hosts/thunderbird/popup.css',
    ]);
    const undeclared = [...ours.used].filter((name) => !ours.declared.has(name));
    expect(undeclared).to.include('colorNeutralForeground1');
    // A misspelt token name would otherwise pass unnoticed: its fallback is the light value, wrong only in dark.
    for (const name of undeclared) {
      expect(light.get(`--${name}`), `--${name} in light`).to.be.a('string');
      expect(dark.get(`--${name}`), `--${name} in dark`).to.be.a('string');
    }
  });

  it('holds the values of Fluent web light and web dark', () => {
    const { light, dark } = effectiveTokens();
    const themes = [
      [light, webLightTheme],
      [dark, webDarkTheme],
    ] as const;
    for (const [actual, theme] of themes) {
      for (const [name, value] of actual) {
        expect(value, name).to.equal(String((theme as unknown as Record<string, string | number>)[name.slice(2)]));
      }
    }
    expect(dark.get('--colorNeutralBackground1')).to.equal('#292929');
    expect(light.get('--colorNeutralBackground1')).to.equal('#ffffff');
  });

  it('reaches every page through styles.css, and the runtime theme code stays out of the bundles', () => {
    const styles = readFileSync(join(projectRoot, 'src/ui/styles.css'), 'utf8');
    // @import must come before every rule to count; css-loader inlines it for the pane and the page.
    const beforeFirstRule = styles.slice(0, styles.indexOf('{'));
    expect(beforeFirstRule).to.include("@import './fluent-tokens.css';");
    for (const file of tsFiles(join(projectRoot, 'src'))) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.to.match(/from '@fluentui\/tokens'|theme\/set-theme/);
    }
  });
});
