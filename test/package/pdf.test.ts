/**
 * The PDF reader as it ships: the command a user runs (dist/cli/phish-inspector.cjs) finds the sign-in link a PDF
 * attachment's button hides, says it is inside the attachment, and leaves its genuine twins alone.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CLI_BIN, projectRoot, requireBuiltCli } from '../helpers';

interface JsonLine {
  verdict: string;
  findings: { id: string; status: string; evidence: { url?: string; names?: { key: string }[] }[] }[];
}

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(CLI_BIN, args, { cwd: projectRoot, encoding: 'utf8' });
}

const fixture = (name: string) => join('test', 'fixtures', name);

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
