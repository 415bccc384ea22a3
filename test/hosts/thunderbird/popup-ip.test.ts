/**
 * The popup reads the IP network table packed in the extension (its index and the shards a message needs) and names
 * the networks in its first drawing, as the task pane does; it never redraws for the table.
 */
import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { runPopup } from '../../../src/hosts/thunderbird/popup-controller';
import { decodeIpOwnerIndex } from '../../../src/core/ip-owner/table';
import { fixture } from '../../helpers';
import { sampleBuild, sampleTableFiles } from '../../fixtures/ip-tables';
import { fakeMessenger, header, READER_ACCOUNTS } from './fake-messenger';

describe('Thunderbird popup with the IP table', () => {
  const realFetch = globalThis.fetch;
  const requested: string[] = [];
  beforeEach(() => {
    requested.length = 0;
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  /** The extension's files as fetch gives them; `missing` answers 404 for the paths it matches. */
  function serveTable(missing: (path: string) => boolean = () => false): void {
    const files = sampleTableFiles();
    globalThis.fetch = (async (url: string) => {
      requested.push(String(url));
      const bytes = files.get(String(url).replace(/^data\//, ''));
      if (!bytes || missing(String(url))) return new Response('not found', { status: 404 });
      return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
        status: 200,
        headers: { 'content-type': 'application/octet-stream' },
      });
    }) as typeof fetch;
  }

  async function popup(): Promise<{ container: HTMLElement; result: Awaited<ReturnType<typeof runPopup>> }> {
    const container = new JSDOM('<!doctype html><div id="app"></div>').window.document.getElementById('app')!;
    const { api } = fakeMessenger({
      displayed: { id: null, messages: [header(1)] },
      raw: { 1: fixture('tb-kagoya-2021-12.getraw.eml') },
      accounts: READER_ACCOUNTS,
    });
    return { container, result: await runPopup(api, container) };
  }

  it('draws the login IP with its network in the first drawing, from the index and that IP’s shard only', async () => {
    serveTable();
    const { container, result } = await popup();
    // runPopup resolves once the first drawing is on screen: the owner is already in it, and attributed.
    const senderIp = result.session.report!.findings.find((f) => f.id === 'origin.sender-ip')!;
    expect(senderIp.message.params.owner, 'owner of 52.140.217.90').to.be.a('string').and.include('AS8075');
    expect(container.querySelector('.footnote')!.textContent).to.include('2026-06-17');
    const row = container.querySelector('[data-finding-id="origin.sender-ip"]');
    expect(row).to.not.equal(null);
    const shard = decodeIpOwnerIndex(sampleBuild().index).shardOf('52.140.217.90');
    expect(requested).to.include.members(['data/ip-owner/index.bin', `data/ip-owner/${shard}`]);
    expect(
      requested.every((url) => url.startsWith('data/ip-owner/')),
      'only the extension’s own files',
    ).to.equal(true);
    expect(requested.length).to.be.below(sampleTableFiles().size, 'not the whole table');
    // Nothing arrives later to redraw the checklist (a redraw would close what the reader opened).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.querySelector('[data-finding-id="origin.sender-ip"]')).to.equal(row);
  });

  it('when a shard cannot be fetched: says the network data is unavailable, and draws the checklist without owners', async () => {
    serveTable((url) => !url.endsWith('index.bin'));
    const { container, result } = await popup();
    expect(result.session.report!.verdict).to.equal('likely-phishing');
    expect(container.querySelector('[data-finding-id="sender.brand-mismatch"]')).to.not.equal(null);
    const senderIp = result.session.report!.findings.find((f) => f.id === 'origin.sender-ip')!;
    expect(senderIp.message.params.owner, 'no owner, and never "not in the data"').to.equal(undefined);
    expect(container.textContent).to.include('The IP network data could not be loaded');
  });

  it('when the table is missing altogether: the same notice and checklist', async () => {
    globalThis.fetch = (async () => new Response('not found', { status: 404 })) as typeof fetch;
    const { container, result } = await popup();
    expect(result.session.report!.verdict).to.equal('likely-phishing');
    expect(container.textContent).to.include('The IP network data could not be loaded');
  });
});
