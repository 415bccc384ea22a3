/**
 * "Look up online" in the Thunderbird popup (issue #18), on a jsdom page with a fake messenger and a loopback RDAP
 * server as the admin's proxy (managed storage `online.rdapBase`): Thunderbird's permission for exactly the servers
 * listed is asked in the click on Send, and nothing is sent without it.
 */
import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { runPopup } from '../../../src/hosts/thunderbird/popup-controller';
import { fixture } from '../../helpers';
import { startRdapServer, type RdapServer } from '../../core/online/rdap-server';
import { fakeMessenger, header, READER_ACCOUNTS } from './fake-messenger';

function page(): HTMLElement {
  const dom = new JSDOM('<!doctype html><html><body><div id="app"></div></body></html>');
  return dom.window.document.getElementById('app')!;
}

async function until(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('Thunderbird popup: Look up online', function () {
  this.timeout(30_000);
  let server: RdapServer;
  beforeEach(async () => {
    server = await startRdapServer();
  });
  afterEach(() => server.close());

  async function popup(grant: boolean) {
    const container = page();
    const { api } = fakeMessenger({
      displayed: { id: null, messages: [header(1)] },
      raw: { 1: fixture('online-brand-new-domain.synthetic.eml') },
      accounts: READER_ACCOUNTS,
      managed: { online: { rdapBase: server.base } },
    });
    const requests: string[][] = [];
    api.permissions = {
      request: ({ origins }) => {
        requests.push(origins);
        return Promise.resolve(grant);
      },
    };
    await runPopup(api, container);
    const button = () => container.querySelector<HTMLElement>('[data-action="online-lookup"]')!;
    expect(button().hidden).to.equal(false);
    button().click();
    await until(() => !!container.querySelector('[data-action="online-send"]'), 'the consent');
    expect(server.log, 'nothing before Send').to.deep.equal([]);
    expect(requests, 'no permission asked before Send with a proxy').to.deep.equal([]);
    container.querySelector<HTMLElement>('[data-action="online-send"]')!.click();
    return { container, requests };
  }

  it("asks Thunderbird's permission for the proxy's host at Send, then shows what came back", async () => {
    const { container, requests } = await popup(true);
    expect(requests).to.deep.equal([['http://127.0.0.1/*']]);
    await until(() => !!container.querySelector('[data-online="findings"]'), 'the findings');
    const texts = [...container.querySelectorAll('[data-online="findings"] li')].map((li) => li.textContent).join('\n');
    expect(texts).to.include('new-brand-login.com was registered 7 days ago');
    expect(server.log).to.have.length(9);
    expect(container.querySelector('.privacy')?.textContent).to.include('only the items listed under');
  });

  it('sends nothing when Thunderbird is not given the permission, and says so', async () => {
    const { container } = await popup(false);
    await until(
      () => (container.querySelector('.tb-online')?.textContent ?? '').includes('Nothing was sent'),
      'the note',
    );
    expect(server.log).to.deep.equal([]);
  });
});
