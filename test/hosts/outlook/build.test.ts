import { expect } from 'chai';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import webpack, { type Configuration } from 'webpack';
import { projectRoot } from '../../helpers';

// webpack.config.js is plain JavaScript (webpack loads it directly); imported by URL so tsc needs no types for it.
interface WebpackConfigModule {
  contentPolicy(options: { localOfficeJs: boolean; rdapConnect?: string[] }): string;
  default(
    env: Record<string, unknown>,
    argv: { mode?: string },
  ): (Configuration & { name: string; output: { path: string; clean?: unknown } })[];
}
const webpackConfig = (): Promise<WebpackConfigModule> =>
  import(new URL('../../../webpack.config.js', import.meta.url).href);

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
  it('has a strict CSP: no inline script or style, no eval, scripts only from here, office.js’s host and MicrosoftAjax’s', async () => {
    const { contentPolicy } = await webpackConfig();
    const policy = contentPolicy({ localOfficeJs: false, rdapConnect: [] });
    expect(policy).to.not.match(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    const d = directives(policy);
    expect(d.get('default-src')).to.deep.equal(["'none'"]);
    // office.js's Outlook scripts load MicrosoftAjax.js from ajax.aspnetcdn.com (scripts/content-policy.js says which).
    expect(d.get('script-src')).to.deep.equal([
      "'self'",
      'https://appsforoffice.microsoft.com',
      'https://ajax.aspnetcdn.com',
    ]);
    expect(d.get('style-src')).to.deep.equal(["'self'"]);
    expect(d.get('connect-src')).to.deep.equal(["'self'"]);
    expect(d.get('object-src')).to.deep.equal(["'none'"]);
    expect(d.get('base-uri')).to.deep.equal(["'none'"]);
  });

  it('lets the online look-up reach only what the page may: its own origin, plus what PHISH_RDAP_CONNECT adds', async () => {
    const { contentPolicy } = await webpackConfig();
    expect(directives(contentPolicy({ localOfficeJs: false, rdapConnect: [] })).get('connect-src')).to.deep.equal([
      "'self'",
    ]);
    const widened = contentPolicy({ localOfficeJs: true, rdapConnect: ['https://rdap.corp.example'] });
    expect(directives(widened).get('connect-src')).to.deep.equal(["'self'", 'https://rdap.corp.example']);
  });

  it('names no office.js host in the CSP when office.js is served locally, only MicrosoftAjax’s', async () => {
    const { contentPolicy } = await webpackConfig();
    const policy = contentPolicy({ localOfficeJs: true });
    expect(policy).to.not.include('microsoft.com');
    // The local copy holds the same Outlook scripts, and they still load MicrosoftAjax.js from Microsoft's CDN.
    expect(directives(policy).get('script-src')).to.deep.equal(["'self'", 'https://ajax.aspnetcdn.com']);
  });

  it('names in the Outlook scripts of office.js the one MicrosoftAjax host the CSP allows', () => {
    const dist = join(projectRoot, 'node_modules/@microsoft/office-js/dist');
    for (const file of ['outlook-web-16.01.js', 'outlook-win32-16.02.js', 'outlook-mac-16.00.js']) {
      const hosts = new Set(
        [...readFileSync(join(dist, file), 'utf8').matchAll(/\/\/(ajax\.[a-z.]+)\//g)].map((m) => m[1]),
      );
      expect([...hosts], file).to.deep.equal(['ajax.aspnetcdn.com']);
    }
  });

  it('gives help.html the policy the server sends for it', async () => {
    const { helpContentPolicy } = (await import(
      new URL('../../../scripts/content-policy.js', import.meta.url).href
    )) as {
      helpContentPolicy(): string;
    };
    const html = readFileSync(join(projectRoot, 'src/hosts/outlook/help.html'), 'utf8');
    expect(html).to.include(`http-equiv="Content-Security-Policy" content="${helpContentPolicy()}"`);
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
    const files = [
      ...filesUnder(join(projectRoot, 'src/ui')),
      ...filesUnder(join(projectRoot, 'src/hosts/outlook')),
    ].filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).to.not.match(
        /setAttribute\(\s*'style'|\.style\.|\.style\s*=|cssText|innerHTML|outerHTML|insertAdjacentHTML/,
      );
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
    for (const kept of [
      'cli/phish-inspector.cjs',
      'data/ip-owner/index.bin',
      'manifest.xml',
      'web.0123abcd.js',
      'office-jsx',
    ]) {
      expect(clean.keep(kept), kept).to.equal(true);
    }
    // The local office.js copy is the pane's: cleaned like its bundles, so only a local build leaves it there.
    for (const cleaned of [
      'taskpane.0123abcd.js',
      'office-js',
      'office-js/office.js',
      'office-js/en-us/office_strings.js',
    ]) {
      expect(clean.keep(cleaned), cleaned).to.equal(false);
    }
  });

  it('leaves no local office.js copy behind when a normal build follows a local one', async function () {
    // Two real builds of the pane (the local one copies 34 MB), into a folder of their own, not the shared dist/.
    this.timeout(240_000);
    const out = mkdtempSync(join(tmpdir(), 'pi-pane-build-'));
    const { default: configs } = await webpackConfig();
    const build = async (env: Record<string, unknown>) => {
      const pane = configs(env, { mode: 'production' }).find((c) => c.name === 'taskpane')!;
      const compiler = webpack({
        ...pane,
        context: projectRoot,
        output: { ...pane.output, path: out },
      } as Configuration);
      await new Promise<void>((done, fail) =>
        compiler.run((error, stats) => {
          compiler.close(() => {});
          if (error || stats?.hasErrors()) fail(error ?? new Error(stats?.toString('errors-only')));
          else done();
        }),
      );
    };
    try {
      mkdirSync(join(out, 'cli'));
      writeFileSync(join(out, 'cli', 'phish-inspector.cjs'), '// another step’s file');
      await build({ officejs: 'local' });
      expect(existsSync(join(out, 'office-js', 'office.js'))).to.equal(true);
      expect(readFileSync(join(out, 'taskpane.html'), 'utf8')).to.include('office-js/office.js');
      await build({});
      expect(existsSync(join(out, 'office-js'))).to.equal(false);
      expect(readFileSync(join(out, 'taskpane.html'), 'utf8')).to.include(
        'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      );
      expect(existsSync(join(out, 'cli', 'phish-inspector.cjs'))).to.equal(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('has a build script for the local office.js copy that runs the same later steps as the normal build', () => {
    const { scripts } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const [webpackStep, ...rest] = scripts['build:officejs-local']!.split(' && ');
    expect(webpackStep).to.equal('webpack --mode production --env officejs=local');
    expect(rest.join(' && ')).to.equal(scripts.build!.split(' && ').slice(1).join(' && '));
    // The README's command is that script (npm would hand `-- --env …` to the last step of `build`).
    expect(readFileSync(join(projectRoot, 'README.md'), 'utf8')).to.include('npm run build:officejs-local');
  });
});
