import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { projectRoot } from '../../helpers';

// webpack.config.js is plain JavaScript (webpack loads it directly); imported by URL so tsc needs no types for it.
interface WebpackConfigModule {
  contentPolicy(options: { localOfficeJs: boolean }): string;
  default(env: Record<string, unknown>, argv: { mode?: string }): { name: string; output: { path: string; clean?: unknown } }[];
}
const webpackConfig = (): Promise<WebpackConfigModule> => import(new URL('../../../webpack.config.js', import.meta.url).href);

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources] as [string, string[]];
    }),
  );
}

/** Every .ts file reachable from `entry` through relative imports (the pane's own module graph). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g)) {
      const target = resolve(dirname(file), match[1]!);
      const candidates = [`${target}.ts`, join(target, 'index.ts'), target];
      const found = candidates.find((c) => existsSync(c) && c.endsWith('.ts'));
      if (found) queue.push(found);
    }
  }
  return seen;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('task pane build', () => {
  it('has a strict CSP: no inline script or style, no eval, scripts only from here and office.js’s host', async () => {
    const { contentPolicy } = await webpackConfig();
    const policy = contentPolicy({ localOfficeJs: false });
    expect(policy).to.not.match(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    const d = directives(policy);
    expect(d.get('default-src')).to.deep.equal(["'none'"]);
    expect(d.get('script-src')).to.include.members(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(d.get('style-src')).to.deep.equal(["'self'"]);
    expect(d.get('connect-src')).to.deep.equal(["'self'"]);
    expect(d.get('object-src')).to.deep.equal(["'none'"]);
    expect(d.get('base-uri')).to.deep.equal(["'none'"]);
  });

  it('names no Microsoft host in the CSP when office.js is served locally', async () => {
    const { contentPolicy } = await webpackConfig();
    const policy = contentPolicy({ localOfficeJs: true });
    expect(policy).to.not.include('microsoft.com');
    expect(directives(policy).get('script-src')).to.deep.equal(["'self'"]);
  });

  it('puts the CSP before office.js, and office.js before the pane’s own script, in taskpane.html', () => {
    const template = readFileSync(join(projectRoot, 'src/hosts/outlook/taskpane.html'), 'utf8');
    const csp = template.indexOf('http-equiv="Content-Security-Policy"');
    const office = template.indexOf('<script src="<%= officeJsUrl %>">');
    expect(csp).to.be.greaterThan(0);
    expect(office).to.be.greaterThan(csp);
    // html-webpack-plugin injects the bundle at the end of <head>, after office.js.
    expect(template.indexOf('</head>')).to.be.greaterThan(office);
    expect(template).to.not.match(/<script>|style=|\son[a-z]+=/i);
  });

  it('keeps the static pages free of script and inline style', () => {
    for (const page of ['src/hosts/outlook/help.html', 'src/hosts/web/index.html']) {
      const html = readFileSync(join(projectRoot, page), 'utf8');
      expect(html, page).to.not.match(/<script|style=|\son[a-z]+=/i);
      expect(html, page).to.include('http-equiv="Content-Security-Policy"');
    }
  });

  it('sets no inline style from the pane’s code (a strict style-src would refuse it)', () => {
    const files = [...filesUnder(join(projectRoot, 'src/ui')), ...filesUnder(join(projectRoot, 'src/hosts/outlook'))].filter((f) =>
      f.endsWith('.ts'),
    );
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).to.not.match(/setAttribute\(\s*'style'|\.style\.|\.style\s*=|cssText|innerHTML|outerHTML|insertAdjacentHTML/);
    }
  });

  it('keeps the MIME parser out of the pane: Outlook gives headers and body separately', () => {
    const graph = reachable(join(projectRoot, 'src/hosts/outlook/index.ts'));
    expect(graph.has(join(projectRoot, 'src/core/analyze.ts'))).to.equal(true);
    expect(graph.has(join(projectRoot, 'src/core/parse-message.ts'))).to.equal(false);
  });

  it('builds the pane into dist/ without cleaning what other steps write there', async () => {
    const { default: configs } = await webpackConfig();
    const pane = configs({}, { mode: 'production' }).find((c) => c.name === 'taskpane')!;
    expect(pane.output.path).to.equal(join(projectRoot, 'dist'));
    const clean = pane.output.clean as { keep: (file: string) => boolean };
    for (const kept of ['cli/phish-inspector.cjs', 'data/ip-owner.bin', 'manifest.xml', 'office-js/office.js']) {
      expect(clean.keep(kept), kept).to.equal(true);
    }
    expect(clean.keep('taskpane.0123abcd.js')).to.equal(false);
  });
});
