/**
 * Bitcoin extortion (src/core/checks/extortion.ts): a Bitcoin address and two claims of the script. Fixtures
 * test/fixtures/extortion-*.synthetic.eml are synthetic (issue #16); their addresses are public examples (BIP 173's
 * test vector, the Bitcoin wiki's example address), never anyone's wallet.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import { forgetExtortionWording, loadExtortionWording } from '../../../src/core/checks/extortion';
import { findBitcoinAddress } from '../../../src/core/checks/bitcoin-address';
import type { Report } from '../../../src/core/report';
import { translate } from '../../../src/i18n';
import { fixture } from '../../helpers';
import { readInFreshPane } from '../../reading-session';

async function report(name: string): Promise<Report> {
  return analyze(await parseMessage(fixture(name)));
}

const BECH32 = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';

describe('Bitcoin addresses (the extortion check’s anchor)', () => {
  it('finds a bc1 address only when its bech32 checksum is valid', () => {
    expect(findBitcoinAddress(`pay to ${BECH32} now`)).to.deep.equal({ start: 7, end: 7 + BECH32.length });
    expect(findBitcoinAddress(`pay to ${BECH32.toUpperCase()} now`)).to.not.equal(undefined);
    // One character changed: the checksum no longer holds, so it is not an address.
    expect(findBitcoinAddress(`pay to ${BECH32.replace('v8f3t4', 'v8f3t5')} now`)).to.equal(undefined);
  });

  it('finds a legacy address only with "bitcoin" or "BTC" written near it (it cannot be checked here)', () => {
    expect(findBitcoinAddress('BTC: 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')).to.not.equal(undefined);
    expect(findBitcoinAddress('ref 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 in our ticket system')).to.equal(undefined);
  });
});

describe('content.extortion', () => {
  before(() => loadExtortionWording());

  it('says, without its wording loaded (a fresh task pane), that a message with a Bitcoin address needs it', async () => {
    forgetExtortionWording();
    try {
      const r = await report('extortion-sextortion-en.synthetic.eml');
      expect(r.needs).to.include('extortion');
      expect(r.findings.find((x) => x.id === 'content.extortion')).to.equal(undefined);
      // A message with no address never asks: the wording stays out of the reader's download.
      expect((await report('kagoya-2021-12.eml')).needs ?? []).to.not.include('extortion');
    } finally {
      await loadExtortionWording();
    }
    expect((await report('extortion-sextortion-en.synthetic.eml')).needs ?? []).to.not.include('extortion');
  });

  it('fails the English sextortion letter, with the claims and the address as evidence', async () => {
    const r = await report('extortion-sextortion-en.synthetic.eml');
    const f = r.findings.find((x) => x.id === 'content.extortion');
    expect(f?.status).to.equal('fail');
    expect(f!.message.params).to.deep.equal({ count: 3 });
    expect(f!.evidence.map((e) => e.highlight)).to.include(BECH32);
    expect(r.verdict).to.equal('likely-phishing');
    expect(r.story.map((s) => s.key)).to.include('story.extortion');
    expect(translate('en', f!.message.key, f!.message.params)).to.include('Do not pay');
    expect(translate('ja', f!.message.key, f!.message.params)).to.include('支払わず');
  });

  it('fails the Japanese one, with a legacy address next to 「ビットコイン」', async () => {
    const r = await report('extortion-sextortion-ja.synthetic.eml');
    expect(r.findings.find((x) => x.id === 'content.extortion')?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('says nothing about a newsletter quoting the scam beside its own donation address (one claim)', async () => {
    const r = await report('extortion-twin-donation-newsletter.synthetic.eml');
    expect(r.findings.find((x) => x.id === 'content.extortion')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('says nothing about a payment request in Bitcoin that claims no intrusion (a freelancer’s invoice)', () => {
    const text = [
      'From: Jo <jo@freelance.example>',
      'To: yamada@example.co.jp',
      'Subject: Invoice 42',
      '',
      `Thanks for the work! Please pay in Bitcoin to my wallet ${BECH32} within 48 hours, and say hi to all your colleagues.`,
    ].join('\r\n');
    const r = analyze({ headers: text.split('\r\n\r\n')[0]!, text: text.split('\r\n\r\n')[1]! });
    expect(r.findings.find((x) => x.id === 'content.extortion')).to.equal(undefined);
  });

  it('says nothing about the script without an address to pay (a warning article, a forwarded report)', async () => {
    const text = new TextDecoder()
      .decode(fixture('extortion-sextortion-en.synthetic.eml'))
      .replace(BECH32, '[removed]');
    const r = analyze(await parseMessage(text));
    expect(r.findings.find((x) => x.id === 'content.extortion')).to.equal(undefined);
  });
});

describe('the extortion wording in the reading session', () => {
  it('is loaded before the first drawing of a message with a Bitcoin address: one verdict, likely phishing', async () => {
    forgetExtortionWording();
    const { shown, report } = await readInFreshPane(
      await parseMessage(fixture('extortion-sextortion-en.synthetic.eml')),
    );
    expect(shown).to.deep.equal([undefined, 'likely-phishing']);
    expect(report?.findings.map((f) => f.id)).to.include('content.extortion');
  });
});
