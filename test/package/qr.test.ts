/**
 * The QR reader as it ships: its image and QR decoders stay out of the task pane's and the standalone page's start-up
 * scripts (a chunk fetched only for a message with an image), are inside Thunderbird's popup.js (one script per
 * page there), and the command a user runs finds a link hidden in a QR code.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CLI_BIN, projectRoot, requireBuiltCli } from '../helpers';
import { chunkFiles, type PackageFiles } from './check-package';
import { requireWebPackage, requireXpi } from './shipped';

/** Strings only the decoders carry (their own error messages): fast-png, the qr decoder, omggif, jpeg-js. */
const DECODER_MARKS = ['Unknown color type', 'invalid opts.timeLimit', 'Invalid GIF 87a/89a header', 'SOI not found'];

const text = (files: PackageFiles, name: string) => files.get(name)!.toString('utf8');
const marks = (js: string) => DECODER_MARKS.filter((m) => js.includes(m));

function entry(files: PackageFiles, pattern: RegExp): string {
  const names = [...files.keys()].filter((name) => pattern.test(name));
  if (names.length !== 1) throw new Error(`expected one file like ${pattern}, found ${names.join(', ') || 'none'}`);
  return names[0]!;
}

describe('package: the QR reader', function () {
  this.timeout(60_000);

  it('the package check reads a chunk runtime with one named chunk (webpack 5 writes it differently)', () => {
    const runtime =
      'r.u=e=>"taskpane."+(998===e?"qr":e)+"."+{89:"c2459000",998:"74cf8ca2"}[e]+".js",r.e=e=>Promise.all([])';
    expect(chunkFiles(runtime)).to.deep.equal({ files: ['taskpane.qr.74cf8ca2.js', 'taskpane.89.c2459000.js'] });
  });

  describe('in dist/ (task pane, standalone page)', () => {
    let web: PackageFiles;
    before(function () {
      web = requireWebPackage(this);
    });

    it('keeps the image and QR decoders out of the start-up scripts of the task pane and the standalone page', () => {
      for (const pattern of [/^taskpane\.[0-9a-f]{8}\.js$/, /^web\.[0-9a-f]{8}\.js$/]) {
        const name = entry(web, pattern);
        expect(marks(text(web, name)), name).to.deep.equal([]);
      }
    });

    it('ships them as chunks the standalone page loads on demand', () => {
      const name = entry(web, /^web\.[0-9a-f]{8}\.js$/);
      const loaded = chunkFiles(text(web, name)).files.filter((file) => web.has(file));
      expect(
        loaded.filter((file) => /\.qr\.[0-9a-f]{8}\.js$/.test(file)),
        name,
      ).to.have.length(1);
      expect(new Set(loaded.flatMap((file) => marks(text(web, file)))), name).to.deep.equal(new Set(DECODER_MARKS));
      const gz = loaded.reduce(
        (sum, file) => sum + (marks(text(web, file)).length ? gzipSync(web.get(file)!).length : 0),
        0,
      );
      expect(gz, `${name}: the decoders' chunks, gzipped`).to.be.below(40 * 1024);
    });

    it('puts them inside the pane’s whole-message worker, which may load no script (every script is served so)', () => {
      const worker = entry(web, /^taskpane\.whole-message-worker\.[0-9a-f]{8}\.js$/);
      expect(marks(text(web, worker))).to.deep.equal(DECODER_MARKS);
      expect(chunkFiles(text(web, worker)).files, worker).to.deep.equal([]);
    });
  });

  describe('in the .xpi', () => {
    it('has the decoders inside popup.js, its one script', function () {
      const xpi = requireXpi(this);
      const popup = [...xpi.keys()].find((name) => /(^|\/)popup\.js$/.test(name))!;
      expect(marks(text(xpi, popup))).to.deep.equal(DECODER_MARKS);
    });
  });

  describe('in the command (dist/cli/phish-inspector.cjs)', () => {
    const BIN = CLI_BIN;
    before(function () {
      requireBuiltCli(this);
    });

    it('finds the link a QR code hides in an MFA lure’s only image, and names the image', () => {
      const fixture = join('test', 'fixtures', 'qr-mfa-reactivate.synthetic.eml');
      const run = spawnSync(BIN, ['--json', fixture], { cwd: projectRoot, encoding: 'utf8' });
      expect(run.status, run.stderr).to.equal(0);
      const line = JSON.parse(run.stdout.trim()) as {
        verdict: string;
        findings: { id: string; status: string; evidence: { url?: string; value?: string }[] }[];
      };
      expect(line.verdict).to.not.equal('no-red-flags');
      const qr = line.findings.find((f) => f.id === 'links.qr-code');
      expect(qr?.status).to.equal('fail');
      expect(qr?.evidence[0]).to.deep.include({
        url: 'https://login.secure-mfa-portal.top/common/oauth2/authorize?u=yamada@example.co.jp',
        value: 'mfa.png',
      });
    });
  });
});
