/**
 * content.disguised-text (src/core/checks/disguise.ts) through analyze() on whole messages: a display name or subject
 * that hides its letters, and the genuine mail that looks alike. Fixtures test/fixtures/evasion-*.synthetic.eml are
 * synthetic (issue #16, attack family 7).
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';

import { parseMessage } from '../../../src/core/parse-message';
import type { Report } from '../../../src/core/report';
import { translate } from '../../../src/i18n';
import { fixture } from '../../helpers';

async function report(name: string): Promise<Report> {
  return analyze(await parseMessage(fixture(name)));
}

const statuses = (r: Report, id: string) => r.findings.filter((f) => f.id === id).map((f) => f.status);

describe('content.disguised-text', () => {
  it('fails "P a y P a l" from a foreign domain: the spaced name claims PayPal, so the brand mismatch fires too', async () => {
    const r = await report('evasion-paypal-spaced-name.synthetic.eml');
    const f = r.findings.find((x) => x.id === 'content.disguised-text');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.deep.include({ reading: 'PayPal' });
    expect(f?.evidence[0]).to.include({ header: 'From', highlight: 'P a y P a l' });
    expect(f!.evidence[0]!.value).to.include(f!.evidence[0]!.highlight!);
    expect(statuses(r, 'sender.brand-mismatch')).to.deep.equal(['fail']);
    expect(r.verdict).to.equal('likely-phishing');
    expect(translate('en', f!.message.key, f!.message.params)).to.include('spaced-out letters');
    expect(translate('ja', f!.message.key, f!.message.params)).to.include('PayPal');
  });

  it('fails a brand name with a zero-width space in it, highlighting the word that carries it', async () => {
    const r = await report('evasion-hidden-letters-name.synthetic.eml');
    const f = r.findings.find((x) => x.id === 'content.disguised-text');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params.how).to.deep.equal({ key: 'content.disguise.hidden' });
    expect(f?.evidence[0]?.highlight).to.equal('Pay\u200bPal');
    expect(statuses(r, 'sender.brand-mismatch')).to.deep.equal(['fail']);
  });

  it('fails 三 井 住 友 カ ー ド spaced out in a Japanese display name', async () => {
    const r = await report('evasion-smbc-spaced-ja.synthetic.eml');
    const f = r.findings.find((x) => x.id === 'content.disguised-text');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.deep.include({ reading: '三井住友カード' });
    expect(statuses(r, 'sender.brand-mismatch')).to.deep.equal(['fail']);
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('says nothing of the genuine KAGOYA notice typed in full-width Latin, and still reads its claim', async () => {
    const r = await report('evasion-twin-kagoya-fullwidth.synthetic.eml');
    expect(statuses(r, 'content.disguised-text')).to.deep.equal([]);
    expect(statuses(r, 'sender.brand-mismatch')).to.deep.equal(['pass']);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('says nothing of a newsletter with emoji in its subject and name and soft hyphens in its German body', async () => {
    const r = await report('evasion-twin-newsletter-emoji-de.synthetic.eml');
    expect(statuses(r, 'content.disguised-text')).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('says nothing of a genuine Russian name in Cyrillic', async () => {
    const r = await report('evasion-twin-russian-name.synthetic.eml');
    expect(statuses(r, 'content.disguised-text')).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('warns of a disguised subject when the name claims no brand', async () => {
    const raw = [
      'From: Account Team <team@notice-center-mail.net>',
      'To: info@example.co.jp',
      'Subject: =?UTF-8?B?' + Buffer.from('𝐔𝐫𝐠𝐞𝐧𝐭: account on hold').toString('base64') + '?=',
      '',
      'Hello',
    ].join('\r\n');
    const r = analyze(await parseMessage(raw));
    const f = r.findings.find((x) => x.id === 'content.disguised-text');
    expect(f?.status).to.equal('warn');
    expect(f?.evidence[0]).to.include({ header: 'Subject', highlight: '𝐔𝐫𝐠𝐞𝐧𝐭' });
    expect(f?.message.key).to.equal('content.disguised-text.subject');
  });

  it('fails an all-Cyrillic word that spells a brand in a display name', async () => {
    const raw = [
      'From: =?UTF-8?B?' + Buffer.from('РауРаӏ').toString('base64') + '?= <team@notice-center-mail.net>',
      'To: info@example.co.jp',
      'Subject: Notice',
      '',
      'Hello',
    ].join('\r\n');
    const r = analyze(await parseMessage(raw));
    const f = r.findings.find((x) => x.id === 'content.disguised-text');
    expect(f?.status).to.equal('fail');
    expect(f?.message.params).to.deep.include({ reading: 'PayPal' });
    expect(f?.message.params.how).to.deep.equal({ key: 'content.disguise.mixed-script' });
  });

  // A Greek or Ukrainian brand writes its own name in its own letters (ΕΛΤΑ, ПриватБанк, Нова пошта): those letters are
  // its spelling, not look-alikes of Latin ones, even where some of them (Ε Τ Α, П а т) look Latin.
  for (const name of ['ΕΛΤΑ', 'ΕΛΛΗΝΙΚΑ ΤΑΧΥΔΡΟΜΕΙΑ', 'ПриватБанк', 'Нова пошта']) {
    it(`finds no disguise in a brand's own name in its own script: ${name}`, async () => {
      const raw = [
        'From: =?UTF-8?B?' + Buffer.from(name).toString('base64') + '?= <info@notices.example-esp.net>',
        'To: info@example.gr',
        'Subject: Notice',
        '',
        'Hello',
      ].join('\r\n');
      const r = analyze(await parseMessage(raw));
      expect(statuses(r, 'content.disguised-text')).to.deep.equal([]);
      // Still a claim of the brand from a domain not its own: the sender row judges that, as for any brand.
      expect(r.findings.some((x) => x.id === 'sender.brand-mismatch')).to.equal(true);
    });
  }
});
