/**
 * det37c: shortcuts and launchers in an attachment (content.risky-attachment). Attack: the SAT "comprobante fiscal
 * CFDI" malware lure (Grandoreiro-style) and the CVE-2024-21412 chains send a ZIP holding one Internet shortcut
 * (`.url`) whose target is a WebDAV share; the archive was listed and "nothing in it runs", so the mail had no red
 * flag. The same for a library / search-connector file and a console snap-in (`.msc`). Twins: a supplier's genuine
 * CFDI ZIP (XML and PDF) and a developer's project ZIP with source files that Outlook's list names too (`.py`, `.vb`)
 * stay clean.
 */
import { expect } from 'chai';
import { riskyAttachment } from '../../../src/core/checks/attachments';
import { describeBytes } from '../../../src/core/parse/attachment-bytes';
import type { CheckContext } from '../../../src/core/checks/check';
import type { Finding } from '../../../src/core/report';
import type { AttachmentInfo, ParsedMessage } from '../../../src/core/types';
import { storedZip } from './zip-fixture';

function zipAttachment(filename: string, members: string[]): AttachmentInfo {
  const head = storedZip(members, {});
  return { filename, mimeType: 'application/zip', size: head.length, head, ...describeBytes(head) };
}

function check(...attachments: AttachmentInfo[]): Finding[] {
  const out = riskyAttachment({ attachments } as unknown as ParsedMessage, {} as CheckContext);
  return Array.isArray(out) ? out : out ? [out] : [];
}

const keys = (findings: Finding[]) => findings.map((f) => `${f.status} ${f.message.key.split('.').pop()}`);

describe('det37c: an Internet shortcut or launcher attached, or zipped (content.risky-attachment)', () => {
  for (const member of [
    'Comprobante_CFDI_SAT_GAL180312KT4.url',
    'Factura.website',
    'Documentos.library-ms',
    'Scan.searchConnector-ms',
    'Invoice_7781.msc',
  ])
    it(`fails a ZIP holding ${member}`, () => {
      expect(keys(check(zipAttachment('CFDI_SAT_0122.zip', [member])))).to.deep.equal(['fail member']);
    });

  it('fails an Internet shortcut attached on its own', () => {
    const a: AttachmentInfo = { filename: 'Remittance_Advice.url', mimeType: 'application/octet-stream', size: 120 };
    expect(keys(check(a))).to.deep.equal(['fail program']);
  });

  it("twin: a supplier's CFDI ZIP (XML and PDF) stays clean", () => {
    expect(check(zipAttachment('CFDI_A-1187.zip', ['A-1187.xml', 'A-1187.pdf']))).to.deep.equal([]);
  });

  it("twin: a developer's project ZIP with Python and VB.NET sources stays clean", () => {
    const project = ['tool/', 'tool/main.py', 'tool/Form1.vb', 'tool/README.md', 'tool/cert.cer'];
    expect(check(zipAttachment('tool-1.2.zip', project))).to.deep.equal([]);
  });
});
