/** The popup's path with a fake messenger: which message, whose addresses, the analysis, settings, the report. */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { AnalyzeOptions } from '../../../src/core/report';
import { displayedMessage, readerAddresses, readTbMessage } from '../../../src/hosts/thunderbird/read-message';
import type { Messenger, TbMessageHeader } from '../../../src/hosts/thunderbird/messenger-api';
import { reportToIt } from '../../../src/hosts/thunderbird/report-to-it';
import { loadSettings, saveUserAddress, USER_ADDRESS_KEY } from '../../../src/hosts/thunderbird/settings';
import { fixture } from '../../helpers';
import { fakeMessenger, header, READER_ACCOUNTS } from './fake-messenger';

describe('Thunderbird: the displayed message', () => {
  it('takes the one message of the MessageList that Manifest V3 returns, asking for the active tab', async () => {
    const { api, calls } = fakeMessenger({ displayed: { id: null, messages: [header(3)] } });
    expect(await displayedMessage(api)).to.deep.include({ kind: 'one' });
    expect(calls.getDisplayedMessages).to.deep.equal([7]);
  });

  it('says when no message or several are shown, counting a list with further pages as several', async () => {
    expect(await displayedMessage(fakeMessenger({ displayed: { id: null, messages: [] } }).api)).to.deep.equal({
      kind: 'none',
    });
    expect(
      await displayedMessage(fakeMessenger({ displayed: { id: null, messages: [header(1), header(2)] } }).api),
    ).to.deep.equal({
      kind: 'many',
      count: 2,
    });
    expect(
      await displayedMessage(fakeMessenger({ displayed: { id: 'page-2', messages: [header(1)] } }).api),
    ).to.include({ kind: 'many' });
  });

  it('also accepts the plain array Manifest V2 returned', async () => {
    const shown = await displayedMessage(fakeMessenger({ displayed: [header(4)] }).api);
    expect(shown).to.deep.equal({ kind: 'one', header: header(4) });
  });
});

describe("Thunderbird: the reader's addresses", () => {
  it("are the identities of the message's own account plus its recipients, lower-cased and once each", async () => {
    const { api } = fakeMessenger({ accounts: READER_ACCOUNTS });
    const addresses = await readerAddresses(api, header(1, { ccList: ['Boss <Boss@Example.co.jp>'] }));
    expect(addresses).to.deep.equal(['reader@example.co.jp', 'info@example.co.jp', 'boss@example.co.jp']);
  });

  it('use every account’s identities for a message opened from a file (it belongs to no account)', async () => {
    const { api } = fakeMessenger({ accounts: READER_ACCOUNTS });
    const addresses = await readerAddresses(api, header(1, { folder: undefined, external: true, recipients: [] }));
    expect(addresses).to.have.members(['reader@example.co.jp', 'info@example.co.jp', 'someone@gmail.example']);
  });

  it('fall back to the recipients when the accounts cannot be read', async () => {
    const { api } = fakeMessenger();
    api.accounts.get = async () => {
      throw new Error('Missing permission');
    };
    expect(await readerAddresses(api, header(1))).to.deep.equal(['info@example.co.jp']);
  });
});

/** What the popup's session does with a message: read it as Thunderbird stores it, then the core's analysis. */
async function analyzeTbMessage(api: Messenger, shown: TbMessageHeader, options: AnalyzeOptions = {}) {
  const input = await readTbMessage(api, shown);
  return { header: shown, input, report: analyze(input, options) };
}

describe('Thunderbird: analysing the message', () => {
  it('judges the link a QR code hides in the stored message’s image (an MFA lure whose only link it is)', async () => {
    const { api } = fakeMessenger({ raw: { 1: fixture('qr-mfa-reactivate.synthetic.eml') } });
    const { report } = await analyzeTbMessage(api, header(1));
    const qr = report.findings.find((f) => f.id === 'links.qr-code');
    expect(qr?.status).to.equal('fail');
    expect(qr?.evidence[0]).to.include({ value: 'mfa.png' });
    expect(report.verdict).to.not.equal('no-red-flags');
  });

  it('finds the KAGOYA message stored by Thunderbird likely phishing, with the same findings as the .eml', async () => {
    const { api } = fakeMessenger({ raw: { 1: fixture('tb-kagoya-2021-12.getraw.eml') }, accounts: READER_ACCOUNTS });
    const { report, input } = await analyzeTbMessage(api, header(1));
    expect(report.verdict).to.equal('likely-phishing');
    const ids = report.findings.map((f) => f.id);
    expect(ids).to.include.members([
      'sender.brand-mismatch',
      'links.host-mismatch',
      'links.brand-in-path',
      'links.recipient-in-url',
      'content.lure',
    ]);
    expect(input.recipients).to.include('reader@example.co.jp');
    // Thunderbird's own store lines (X-Mozilla-Status, X-Mozilla-Keys, …) are not the sender's headers.
    expect(input.headers).not.to.include('X-Mozilla-');
  });

  it('passes its options through to the analysis (here the IP owner lookup)', async () => {
    const raw = { 1: fixture('tb-kagoya-2021-12.getraw.eml') };
    const ipOwner = (ip: string) =>
      ip === '52.140.217.90' ? { asn: 8075, org: 'Microsoft Corporation', country: 'US' } : undefined;
    const { report } = await analyzeTbMessage(fakeMessenger({ raw }).api, header(1), { ipOwner });
    expect(JSON.stringify(report.findings.find((f) => f.id === 'origin.sender-ip'))).to.include(
      'Microsoft Corporation',
    );
  });
});

describe('Thunderbird: settings from the admin policy and the options page', () => {
  it('without a policy, reports go to the address the user saved', async () => {
    const { api } = fakeMessenger({ local: { [USER_ADDRESS_KEY]: 'security@example.co.jp' } });
    const settings = await loadSettings(api);
    expect(settings).to.include({ managed: false, userMaySetAddress: true });
    expect(settings.reportTo).to.deep.equal(['security@example.co.jp']);
  });

  it("with a policy, the admin's address wins and the user's is ignored unless the policy allows it", async () => {
    const local = { [USER_ADDRESS_KEY]: 'me@example.co.jp' };
    const locked = await loadSettings(
      fakeMessenger({ managed: { reportAddresses: ['soc@example.co.jp'] }, local }).api,
    );
    expect(locked.reportTo).to.deep.equal(['soc@example.co.jp']);
    expect(locked.userMaySetAddress).to.be.false;
    const open = await loadSettings(
      fakeMessenger({ managed: { reportAddresses: ['soc@example.co.jp'], userMaySetAddress: true }, local }).api,
    );
    expect(open.reportTo).to.deep.equal(['me@example.co.jp']);
  });

  it('names a bad policy field as a problem and still works with the defaults', async () => {
    const settings = await loadSettings(
      fakeMessenger({ managed: { reportAddresses: 'not an address', subjectPrefix: 7 } }).api,
    );
    expect(settings.problems.map((p) => p.field)).to.have.members(['reportAddresses', 'subjectPrefix']);
    expect(settings.config.subjectPrefix).to.equal('[Phishing report]');
  });

  it('saves a valid address, refuses an invalid one, and refuses any when the admin locked the setting', async () => {
    const { api, calls } = fakeMessenger();
    expect(await saveUserAddress(api, '  security@example.co.jp ')).to.equal('saved');
    expect(calls.localSet).to.deep.equal([{ [USER_ADDRESS_KEY]: 'security@example.co.jp' }]);
    expect(await saveUserAddress(api, 'security at example')).to.equal('invalid');
    expect(await saveUserAddress(api, '')).to.equal('cleared');
    const locked = fakeMessenger({ managed: { reportAddresses: ['soc@example.co.jp'] } });
    expect(await saveUserAddress(locked.api, 'me@example.co.jp')).to.equal('locked');
    expect(locked.calls.localSet).to.deep.equal([]);
  });
});

describe('Thunderbird: report to IT', () => {
  async function kagoya() {
    const fake = fakeMessenger({
      raw: { 1: fixture('tb-kagoya-2021-12.getraw.eml') },
      managed: { reportAddresses: ['soc@example.co.jp'] },
    });
    const analysis = await analyzeTbMessage(fake.api, header(1));
    return { ...fake, analysis, settings: await loadSettings(fake.api) };
  }

  it('opens a forward of the message as an attachment to IT, with the prefix, the subject and the story', async () => {
    const { api, calls, analysis, settings } = await kagoya();
    const outcome = await reportToIt(api, analysis.header, analysis.report, settings, 'en');
    expect(outcome).to.deep.equal({ ok: true, to: ['soc@example.co.jp'] });
    expect(calls.beginForward).to.have.length(1);
    const { id, type, details } = calls.beginForward[0]!;
    expect(id).to.equal(1);
    expect(type).to.equal('forwardAsAttachment');
    expect(details).to.include({
      subject: '[Phishing report] 【KAGOYA WEBメール】ログインのお知らせ',
      isPlainText: true,
    });
    expect(details!.to).to.deep.equal(['soc@example.co.jp']);
    expect(details!.plainTextBody).to.include('Verdict: Likely phishing').and.include('santamariasold[.]com');
    expect(details!.plainTextBody)
      .to.include('links.brand-in-path')
      .and.not.match(/https?:\/\//);
  });

  it('writes the body in the reader’s language', async () => {
    const { api, calls, analysis, settings } = await kagoya();
    await reportToIt(api, analysis.header, analysis.report, settings, 'ja');
    expect(calls.beginForward[0]!.details!.plainTextBody).to.include('判定: フィッシングの可能性が高い');
  });

  it('opens nothing when no address is configured, and says why', async () => {
    const { api, calls } = fakeMessenger({ raw: { 1: fixture('tb-kagoya-2021-12.getraw.eml') } });
    const analysis = await analyzeTbMessage(api, header(1));
    const outcome = await reportToIt(api, analysis.header, analysis.report, await loadSettings(api), 'en');
    expect(outcome).to.deep.equal({ ok: false, reason: 'no-address' });
    expect(calls.beginForward).to.deep.equal([]);
  });

  it('turns a compose failure into an outcome, not an exception', async () => {
    const { api, analysis, settings } = await kagoya();
    api.compose.beginForward = async () => {
      throw new Error('Compose window\n could not open');
    };
    const outcome = await reportToIt(api, analysis.header, analysis.report, settings, 'en');
    expect(outcome).to.deep.equal({ ok: false, reason: 'failed', error: 'Compose window could not open' });
  });
});
