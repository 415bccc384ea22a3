/**
 * Microsoft 365 filter headers, judged by name (DESIGN): the tenant's own only in a mailbox whose entry hop is EOP.
 * Cases: the KAGOYA pair, the partner mail (the partner's `-Untrusted` copies), Proofpoint in front of Microsoft 365,
 * a real list message carrying a sender tenant's headers (corpus usrp_users/00028), and headers a sender forged.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { fixtureText, sharedPath } from '../../helpers';
import { splitHeaderBlock, splitHeaderBytes } from '../../../src/core/parse/headers';
import { parseHops } from '../../../src/core/parse/received';
import { readTrustPath } from '../../../src/core/parse/trust';
import { parseAuthResults } from '../../../src/core/parse/auth-results';
import { readOrgFilter } from '../../../src/core/parse/org-filter';
import type { HeaderField, OrgFilter } from '../../../src/core/types';

function filterOf(headers: HeaderField[]): OrgFilter | undefined {
  return readOrgFilter(headers, readTrustPath(parseHops(headers)));
}
const fromText = (text: string) => filterOf(splitHeaderBlock(text));
const fromFixture = (name: string) => fromText(fixtureText(name));

describe('readOrgFilter', () => {
  it('reads the tenant’s own verdict in the KAGOYA Microsoft 365 mailbox: SCL 1, compauth pass', () => {
    const filter = fromFixture('kagoya-2021-12.m365.headers.txt');
    expect(filter?.own).to.equal(true);
    expect(filter?.values).to.include({
      SCL: '1',
      SFV: 'NSPM',
      CAT: 'NONE',
      CIP: '203.0.113.25',
      CTRY: 'JP',
      PTR: 'mail.air.linkclub.or.jp',
      H: 'mail.air.linkclub.or.jp',
      DIR: 'INB',
      BCL: '0',
      'ORG-SCL': '1',
      'ORG-AUTHAS': 'Anonymous',
      'ORG-DIRECTIONALITY': 'Incoming',
      compauth: 'pass',
      'compauth.reason': '109',
    });
    expect(filter?.fields.map((f) => f.name)).to.include.members([
      'X-MS-Exchange-Organization-SCL',
      'X-Forefront-Antispam-Report',
      'X-Microsoft-Antispam',
    ]);
  });

  it('partner mail: the tenant’s own values, never the partner’s renamed -Untrusted copies', () => {
    const filter = fromFixture('partner-m365-to-m365.synthetic.eml');
    expect(filter?.own).to.equal(true);
    expect(filter?.values).to.include({
      CIP: '40.107.74.95',
      DIR: 'INB',
      SCL: '1',
      compauth: 'pass',
      'compauth.reason': '100',
    });
    expect(filter?.fields.some((f) => f.key.endsWith('-untrusted'))).to.equal(false);
  });

  it('Proofpoint in front of Microsoft 365: the tenant’s SCL 5 / SPOOF verdict and compauth fail', () => {
    expect(fromFixture('trust-gateway-proofpoint-m365.synthetic.txt')).to.deep.include({ own: true });
    expect(fromFixture('trust-gateway-proofpoint-m365.synthetic.txt')?.values).to.include({
      SCL: '5',
      CAT: 'SPOOF',
      SFV: 'SPM',
      compauth: 'fail',
    });
  });

  it('takes compauth from the Authentication-Results the caller already parsed', () => {
    const headers = splitHeaderBlock(fixtureText('kagoya-2021-12.m365.headers.txt'));
    const hops = parseHops(headers);
    const trust = readTrustPath(hops);
    const auth = parseAuthResults(headers, hops, trust).map((a) => ({ ...a, trusted: false }));
    expect(readOrgFilter(headers, trust, auth)?.values.compauth).to.equal(undefined);
  });

  it('has nothing to say when the message carries no such headers', () => {
    expect(fromFixture('kagoya-2021-12.headers.txt')).to.equal(undefined);
  });

  it('calls the same names the sender’s word outside Microsoft 365, however reassuring', () => {
    const forged = fixtureText('kagoya-2021-12.headers.txt').replace(
      'MIME-Version: 1.0',
      'X-MS-Exchange-Organization-SCL: -1\nX-Forefront-Antispam-Report: SFV:SKN;SCL:-1;CAT:NONE;\nMIME-Version: 1.0',
    );
    const filter = fromText(forged);
    expect(filter?.own).to.equal(false);
    expect(filter?.values).to.include({ SFV: 'SKN', SCL: '-1' });
  });

  it('in Microsoft 365, prefers the Forefront report whose CIP is the entry hop’s IP over one the sender planted', () => {
    // Planted last, where "the last copy is Exchange's" alone would pick it.
    const planted = `${fixtureText('kagoya-2021-12.m365.headers.txt').trimEnd()}\nX-Forefront-Antispam-Report: CIP:198.51.100.1;SCL:-1;SFV:SKN;CAT:NONE;\n`;
    expect(fromText(planted)?.values).to.include({ CIP: '203.0.113.25', SCL: '1', SFV: 'NSPM' });
  });

  it('real list mail: a sender tenant’s lower-case filter headers are upstream, not ours', function () {
    const path = sharedPath(this, 'corpus', 'usrp_users', '00028-6c6aab49e231.eml');
    const filter = filterOf(splitHeaderBytes(new Uint8Array(readFileSync(path))).headers);
    expect(filter?.own).to.equal(false);
    expect(filter?.values).to.include({ SFV: 'NSPM', DIR: 'OUT', SCL: '1', BCL: '0' });
  });

  it('never throws on odd input', () => {
    expect(readOrgFilter(undefined as unknown as HeaderField[], { mailbox: 'unknown', internalHops: [] })).to.equal(
      undefined,
    );
    const odd = fromText(
      `X-Forefront-Antispam-Report: ${';:'.repeat(50_000)}${'A:'.repeat(100)}\nX-Microsoft-Antispam: BCL\n`,
    );
    expect(odd?.own).to.equal(false);
  });
});
