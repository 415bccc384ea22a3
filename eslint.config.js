/**
 * Lint: @eslint/js + typescript-eslint recommended, plus the project's layer rules (DESIGN.md, "Layers"):
 * - src/core and src/i18n run in the task pane and in Node alike: no Node modules, no DOM or host globals;
 * - message text reaches the DOM only as text: no innerHTML/outerHTML/insertAdjacentHTML/document.write, no eval.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Globals of the Node scripts and configs (the `globals` package is not a dependency; these are all we use). */
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'].map((g) => [
    g,
    'readonly',
  ]),
);

/** Everywhere in src: markup from strings is how message text would become live HTML in the task pane. */
const noMarkupSinks = [
  {
    selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Message text reaches the DOM only through textContent / DOM nodes (STYLE: evidence is data).',
  },
  {
    selector: 'AssignmentExpression > MemberExpression.left[computed=true][property.value=/^(innerHTML|outerHTML)$/]',
    message: 'Message text reaches the DOM only through textContent / DOM nodes (STYLE: evidence is data).',
  },
  {
    selector: "MemberExpression[property.name='insertAdjacentHTML']",
    message: 'insertAdjacentHTML parses markup: build DOM nodes and set textContent instead.',
  },
];

/** src/core and src/i18n: the same code runs in a browser task pane, so also no host objects via globalThis. */
const hostGlobals = ['document', 'window', 'Office', 'messenger', 'browser', 'Buffer', 'process'];
const pureOnlyMessage = 'src/core and src/i18n must run in a browser task pane and in Node alike (DESIGN.md, Layers).';
const noHostViaGlobalThis = {
  selector: `MemberExpression[object.name=/^(globalThis|self)$/][property.name=/^(${hostGlobals.join('|')})$/]`,
  message: pureOnlyMessage,
};

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'artifacts/', '.cache/', 'coverage/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['**/*.ts'],
    rules: {
      // `_`-prefixed parameters are deliberately unused (a stand-in signature, a callback's fixed shape).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...noMarkupSinks],
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'write', message: 'document.write parses markup.' },
        { object: 'document', property: 'writeln', message: 'document.writeln parses markup.' },
      ],
    },
  },
  {
    files: ['src/core/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'fs/promises', 'path', 'os', 'url', 'crypto', 'child_process', 'buffer', 'stream'].map(
            (name) => ({ name, message: pureOnlyMessage }),
          ),
          patterns: [{ group: ['node:*'], message: pureOnlyMessage }],
        },
      ],
      'no-restricted-globals': ['error', ...hostGlobals.map((name) => ({ name, message: pureOnlyMessage }))],
      'no-restricted-syntax': ['error', ...noMarkupSinks, noHostViaGlobalThis],
    },
  },
  {
    files: ['test/**'],
    rules: {
      // chai's property assertions (`expect(x).to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
