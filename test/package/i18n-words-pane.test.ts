/**
 * The task pane's shared words in two parts (scripts/i18n-words-pane.cjs): the sentences of findings few messages
 * need wait in a chunk per language, and scripts/late-words-pane.js fetches them before a drawing that names one.
 * That is safe only if the two parts are the whole dictionary, and if only a report or a notice ever names a waiting
 * key: the pane's own code (what draws, what writes the summary) must never name one itself.
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import { projectRoot } from '../helpers';

const require = createRequire(import.meta.url);
type Loader = ((this: { resourcePath: string; resourceQuery: string }, source: string) => string) & {
  isLate: (key: string) => boolean;
  isView: (key: string) => boolean;
  isFlow: (key: string) => boolean;
  FIRST_WORDS: ReadonlySet<string>;
  CLICK_KEY: RegExp;
  LATE_UI_KEY: RegExp;
};
const split = require('../../scripts/i18n-words-pane.cjs') as Loader;

describe('the task pane’s words, split into first and late parts', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'i18n-words-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** The loader's output for a dictionary, run as the bundle runs it (TypeScript transpiled, then imported). */
  async function part(lang: 'en' | 'ja', query: '' | '?late' | '?view' | '?flows'): Promise<Record<string, string>> {
    const file = join(projectRoot, 'src', 'i18n', `${lang}.ts`);
    const source = split.call({ resourcePath: file, resourceQuery: query }, readFileSync(file, 'utf8'));
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext } }).outputText;
    const out = join(dir, `${lang}${query ? `-${query.slice(1)}` : ''}.mjs`);
    writeFileSync(out, js);
    const module = (await import(pathToFileURL(out).href)) as Record<string, Record<string, string>>;
    return query ? module[query.slice(1)]! : module[lang]!;
  }

  for (const [lang, whole] of [
    ['en', en],
    ['ja', ja],
  ] as const)
    it(`makes ${lang}.ts two parts that are the whole dictionary, the late one only findings' rarer sentences`, async () => {
      const first = await part(lang, '');
      const late = await part(lang, '?late');
      expect({ ...first, ...late }).to.deep.equal(whole);
      expect(Object.keys(first).filter((k) => k in late)).to.deep.equal([]);
      expect(Object.keys(late).filter((k) => !split.isLate(k) && !split.isView(k) && !split.isFlow(k))).to.deep.equal(
        [],
      );
      expect(Object.keys(late).length).to.be.greaterThan(50);
      // The evidence view's words come with its chunk (scripts/evidence-view-pane.js), and with the late words.
      const view = await part(lang, '?view');
      expect(Object.keys(view).sort()).to.deep.equal(Object.keys(whole).filter(split.isView).sort());
      expect(Object.keys(view).filter((k) => !(k in late))).to.deep.equal([]);
      expect(Object.keys(view)).to.include.members(['ui.hops.caption', 'author.relay', 'evidence.raw']);
      expect(Object.keys(view)).to.not.include.members(['ui.hops.toggle', 'ui.evidence.toggle']);
      // The click-time flows' words come with their chunk (scripts/action-flows-pane.js), and with the late words.
      const flows = await part(lang, '?flows');
      expect(Object.keys(flows).sort()).to.deep.equal(Object.keys(whole).filter(split.isFlow).sort());
      expect(Object.keys(flows).filter((k) => !(k in late))).to.deep.equal([]);
      expect(Object.keys(flows)).to.include.members(['ui.report.confirm', 'ui.report.address.label']);
      expect(Object.keys(first)).to.include.members(['ui.report.button', 'ui.report.address.change']);
      // The user interface's words, and the sentences of ordinary mail, come first.
      for (const key of ['verdict.likely-phishing', 'ui.report.button', 'sender.authentication.pass', 'host.idn'])
        expect(first).to.have.property(key);
    });

  it('lists only keys the dictionary has among the first words', () => {
    expect([...split.FIRST_WORDS].filter((key) => !(key in en))).to.deep.equal([]);
  });

  it('leaves every late key to reports and notices: the pane’s drawing and summary code names none', () => {
    const late = Object.keys(en).filter(
      (key) => split.isLate(key) && !split.CLICK_KEY.test(key) && !split.LATE_UI_KEY.test(key),
    );
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
      });
    const src = join(projectRoot, 'src');
    const drawing = [
      ...files(join(src, 'ui')),
      ...files(join(src, 'hosts', 'outlook')),
      ...files(join(src, 'hosts', 'common')),
      join(src, 'core', 'host-display.ts'),
      join(src, 'core', 'summary.ts'),
      join(src, 'i18n', 'index.ts'),
    ];
    // The code behind the buttons names its own late words, and loads them all first (pane-actions.ts).
    const click = [join(src, 'hosts', 'outlook', 'report.ts'), join(src, 'core', 'summary.ts')];
    const buttons = readFileSync(join(src, 'hosts', 'outlook', 'pane-actions.ts'), 'utf8');
    expect(buttons).to.match(/loadLateWords\('en'\), loadLateWords\(options\.lang\(\)\)/);
    const clickLate = Object.keys(en).filter((key) => split.isLate(key) && split.CLICK_KEY.test(key));
    expect(clickLate.length).to.be.greaterThan(5);
    for (const file of drawing.filter((f) => !click.includes(f))) {
      const text = readFileSync(file, 'utf8');
      for (const key of clickLate) expect(text, `${file} names ${key}`).to.not.include(`'${key}'`);
    }
    // The pane's own late words: what a click says, named only by the actions, which fetch them when missing; the
    // notices of a message read in part, named only where a reading is made, which the session draws.
    const uiLate = Object.keys(en).filter((key) => split.LATE_UI_KEY.test(key));
    expect(uiLate.length).to.be.greaterThan(20);
    const ownUiLate = [join(src, 'ui', 'action-flows.ts'), join(src, 'hosts', 'outlook', 'read-item.ts')];
    const kit = readFileSync(join(src, 'ui', 'action-kit.ts'), 'utf8');
    expect(kit).to.match(/loadLateWords\(lang\)\.then\(show, failed\)/);
    for (const file of drawing.filter((f) => !ownUiLate.includes(f))) {
      const text = readFileSync(file, 'utf8');
      // refine.ts drops a failed-body notice by its key once the whole message is read: it never draws it.
      for (const key of uiLate)
        if (!(file.endsWith('refine.ts') && key === 'ui.notice.body-failed'))
          expect(text, `${file} names ${key}`).to.not.include(`'${key}'`);
    }
    // The view's words: named only by the views their chunk brings, and by the summary (with host-display.ts
    // evidenceNotes, which only the summary and the command line call), which loads the late words first.
    const view = Object.keys(en).filter(split.isView);
    expect(view.length).to.be.greaterThan(15);
    const viewFiles = ['ui/evidence.ts', 'ui/hops.ts', 'core/summary.ts', 'core/host-display.ts'].map((f) =>
      join(src, f),
    );
    for (const file of drawing.filter((f) => !viewFiles.includes(f))) {
      const text = readFileSync(file, 'utf8');
      for (const key of view) expect(text, `${file} names ${key}`).to.not.include(`'${key}'`);
    }
    // The flows' words: named only by action-flows.ts, which their chunk brings.
    const flows = Object.keys(en).filter(split.isFlow);
    expect(flows.length).to.equal(5);
    for (const file of drawing.filter((f) => !f.endsWith(join('ui', 'action-flows.ts')))) {
      const text = readFileSync(file, 'utf8');
      for (const key of flows) expect(text, `${file} names ${key}`).to.not.include(`'${key}'`);
    }
    for (const file of drawing) {
      const text = readFileSync(file, 'utf8');
      for (const key of late) expect(text, `${file} names ${key}`).to.not.include(`'${key}'`);
      // A key made at drawing time (`script.${kind}`) must not be a late one either.
      expect(text, file).to.not.match(/`(?:origin|sender|links|content|story)\.\$\{/);
    }
  });
});
