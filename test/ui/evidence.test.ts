import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import { renderEvidence } from '../../src/ui/evidence';
import { fixture } from '../helpers';

function doc(): Document {
  return new JSDOM('<!doctype html><html><body></body></html>').window.document;
}

describe('ui/evidence: hosts and encoded names as the pane shows them', () => {
  it('shows a decoded Japanese sender name with the claimed brand marked, and the header as written in a disclosure', async () => {
    const r = analyze(await parseMessage(fixture('encoded-name-rakuten-card.synthetic.eml')));
    const f = r.findings.find((x) => x.id === 'sender.brand-mismatch')!;
    const list = renderEvidence(doc(), f.evidence, 'ja');
    const item = list.querySelector('li')!;
    expect(item.querySelector('.evidence-value')!.textContent).to.equal('楽天カード <info@card-notice-center.net>');
    expect(item.querySelector('mark')!.textContent).to.equal('楽天カード');
    const raw = item.querySelector('details.evidence-raw')!;
    expect(raw.hasAttribute('open')).to.equal(false);
    expect(raw.querySelector('summary')!.textContent).to.equal('メール上の元の表記');
    expect(raw.querySelector('code')!.textContent).to.equal(
      '=?UTF-8?B?5qW95aSp44Kr44O844OJ?= <info@card-notice-center.net>',
    );
  });

  it('shows a look-alike link in punycode with a line saying which letter is foreign, never as written', async () => {
    const r = analyze(await parseMessage(fixture('idn-apple-cyrillic.synthetic.eml')));
    const f = r.findings.find((x) => x.id === 'links.text-mismatch')!;
    const list = renderEvidence(doc(), f.evidence, 'en');
    expect(list.textContent).not.to.match(/\u0430pple/);
    expect(list.querySelector('.evidence-value')!.textContent).to.equal('https://xn--pple-43d.com/signin');
    expect(list.querySelector('mark')!.textContent).to.equal('xn--pple-43d.com');
    expect(list.querySelector('.evidence-name-note')!.textContent).to.equal(
      'xn--pple-43d.com (shown as [а]pple.com: its letter а is Cyrillic, not the Latin a)',
    );
  });
});
