/**
 * The PDF reader as it ships: the command a user runs (dist/cli/phish-inspector.cjs) finds the sign-in link a PDF
 * attachment's button hides, says it is inside the attachment, and leaves its genuine twins alone.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CLI_BIN, projectRoot, requireBuiltCli } from '../helpers';
import { requireWebPackage, requireXpi } from './shipped';

/** Words only the PDF reader's code holds (the object-stream type it inflates, the keyword it skips streams by). */
const hasReader = (js: string) => js.includes('ObjStm') && js.includes('endstream');

interface JsonLine {
  verdict: string;
  findings: { id: string; status: string; evidence: { url?: string; names?: { key: string }[] }[] }[];
}

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(CLI_BIN, args, { cwd: projectRoot, encoding: 'utf8' });
}

const fixture = (name: string) => join('test', 'fixtures', name);

describe('package: the PDF reader', function () {
  this.timeout(60_000);

  it('stays out of the task pane’s and the page’s start-up scripts, inside the qr chunk and the pane’s worker', function () {
    const web = requireWebPackage(this);
    const js = (pattern: RegExp) =>
      [...web.keys()].filter((name) => pattern.test(name)).map((name) => web.get(name)!.toString('utf8'));
    for (const pattern of [/^taskpane\.[0-9a-f]{8}\.js$/, /^web\.[0-9a-f]{8}\.js$/]) {
      expect(js(pattern), String(pattern)).to.have.length(1);
      expect(js(pattern).some(hasReader), String(pattern)).to.equal(false);
    }
    expect(js(/\.qr\.[0-9a-f]{8}\.js$/).some(hasReader)).to.equal(true);
    expect(js(/^taskpane\.whole-message-worker\.[0-9a-f]{8}\.js$/).some(hasReader)).to.equal(true);
  });

  it('is inside Thunderbird’s popup.js', function () {
    const xpi = requireXpi(this);
    const popup = [...xpi.keys()].find((name) => /(^|\/)popup\.js$/.test(name))!;
    expect(hasReader(xpi.get(popup)!.toString('utf8'))).to.equal(true);
  });
});

describe('package: PDF attachments in the command', function () {
  this.timeout(60_000);
  before(function () {
    requireBuiltCli(this);
  });

  it('calls a "DocuSign" invoice whose PDF button opens a foreign sign-in page likely phishing', () => {
    const out = run(['--json', fixture('pdf-docusign-button.synthetic.eml')]);
    expect(out.status, out.stderr).to.equal(0);
    const line = JSON.parse(out.stdout.trim()) as JsonLine;
    expect(line.verdict).to.equal('likely-phishing');
    const evidence = line.findings.find((f) => f.id === 'links.host-mismatch')?.evidence[0];
    expect(evidence?.url).to.equal('https://secure-docview.top/auth/login?doc=INV-88213&email=keiri%40example.co.jp');
    expect(evidence?.names?.map((n) => n.key)).to.deep.equal(['evidence.in-attachment']);
  });

  it('tells the reader, in text and in Japanese, that the link is inside the attachment', () => {
    const en = run([fixture('pdf-docusign-button.synthetic.eml')]);
    // The command defangs every dotted name it prints, the file's too.
    expect(en.stdout).to.include('Inside the attachment Invoice_INV-88213[.]pdf');
    const ja = run(['--lang', 'ja', fixture('pdf-docusign-button.synthetic.eml')]);
    expect(ja.stdout).to.include('添付ファイル Invoice_INV-88213[.]pdf の中のリンク');
  });

  it('finds no red flags in a supplier’s own invoice or a colleague’s paper citing many sites', () => {
    for (const name of ['pdf-twin-genuine-invoice.synthetic.eml', 'pdf-twin-paper-citations.synthetic.eml']) {
      const out = run(['--json', fixture(name)]);
      expect(out.status, out.stderr).to.equal(0);
      expect((JSON.parse(out.stdout.trim()) as JsonLine).verdict, name).to.equal('no-red-flags');
    }
  });
});
