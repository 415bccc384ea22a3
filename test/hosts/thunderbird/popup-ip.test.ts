/** The popup reads the IP network table packed in the extension and names the networks, as the task pane does. */
import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { runPopup } from '../../../src/hosts/thunderbird/popup-controller';
import { resetIpOwnerCache } from '../../../src/ui/ip-owner-loader';
import { fixture } from '../../helpers';
import { sampleTableBytes } from '../../fixtures/ip-tables';
import { fakeMessenger, header, READER_ACCOUNTS } from './fake-messenger';

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('Thunderbird popup with the IP table', () => {
  const realFetch = globalThis.fetch;
  const requested: string[] = [];
  beforeEach(() => {
    resetIpOwnerCache();
    requested.length = 0;
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
    resetIpOwnerCache();
  });

  it('re-analyses once the packed table is read: the login IP gets its network and the data is attributed', async () => {
    const bytes = sampleTableBytes();
    globalThis.fetch = (async (url: string) => {
      requested.push(String(url));
      return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
        status: 200,
        headers: { 'content-type': 'application/octet-stream' },
      });
    }) as typeof fetch;
    const container = new JSDOM('<!doctype html><div id="app"></div>').window.document.getElementById('app')!;
    const { api } = fakeMessenger({
      displayed: { id: null, messages: [header(1)] },
      raw: { 1: fixture('tb-kagoya-2021-12.getraw.eml') },
      accounts: READER_ACCOUNTS,
    });
    const result = await runPopup(api, container);
    await until(() => !!container.querySelector('.footnote'));
    expect(requested).to.deep.equal(['data/ip-owner.bin'], 'only the extension’s own file');
    const senderIp = result.session.report!.findings.find((f) => f.id === 'origin.sender-ip')!;
    expect(senderIp.message.params.owner, 'owner of 52.140.217.90').to.be.a('string').and.include('AS8075');
    expect(container.querySelector('.footnote')!.textContent).to.include('2026-06-17');
  });

  it('keeps the checklist as drawn when the table is missing', async () => {
    globalThis.fetch = (async () => new Response('not found', { status: 404 })) as typeof fetch;
    const container = new JSDOM('<!doctype html><div id="app"></div>').window.document.getElementById('app')!;
    const { api } = fakeMessenger({
      displayed: { id: null, messages: [header(1)] },
      raw: { 1: fixture('tb-kagoya-2021-12.getraw.eml') },
      accounts: READER_ACCOUNTS,
    });
    const result = await runPopup(api, container);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.session.report!.verdict).to.equal('likely-phishing');
    expect(container.querySelector('[data-finding-id="sender.brand-mismatch"]')).to.not.equal(null);
  });
});
