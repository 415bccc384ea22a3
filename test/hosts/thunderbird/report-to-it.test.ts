/**
 * Thunderbird's report to IT never repeats a disguise: driven as a user does it (popup → Report → Confirm) on a fake
 * messenger, the forward's subject and body show hidden characters as markers and every host and IP defanged.
 * The original travels as the forwarded attachment, its content untouched; a file name with hidden characters is
 * renamed to its visible form.
 */
import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { runPopup } from '../../../src/hosts/thunderbird/popup-controller';
import { fixture } from '../../helpers';
import { fakeMessenger, header, READER_ACCOUNTS, type FakeOptions } from './fake-messenger';

const HOSTILE_SUBJECT = 'Your account \u202emoc.lapyap\u202c is on h\u200bold\u2060 \u2066now\u2069';
const TWIN_SUBJECT = '【重要】12月のご請求金額のお知らせ 👨\u200d👩\u200d👧 ❤\ufe0f 葛\u{e0100}飾区';

function message(file: string, subject: string, author: string): FakeOptions {
  return {
    displayed: { id: null, messages: [header(1, { subject, author })] },
    raw: { 1: fixture(file) },
    accounts: READER_ACCOUNTS,
    managed: { reportAddresses: ['soc@example.co.jp'], subjectPrefix: '[Phish]' },
    // Thunderbird attaches the original named after its subject.
    forwardAttachments: [{ id: 5, name: `${subject}.eml` }],
  };
}

async function reported(options: FakeOptions) {
  const container = new JSDOM('<!doctype html><body><div id="app"></div></body>').window.document.getElementById(
    'app',
  )!;
  const { api, calls } = fakeMessenger(options);
  await runPopup(api, container);
  container.querySelector<HTMLElement>('[data-action="report"]')!.click();
  container.querySelector<HTMLElement>('[data-action="confirm"]')!.click();
  for (let i = 0; i < 200 && calls.beginForward.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
  expect(calls.beginForward).to.have.length(1);
  return { ...calls.beginForward[0]!, renamed: calls.renamed };
}

describe('Thunderbird report to IT', () => {
  it('shows a hostile subject’s hidden characters as markers in the subject and body, every host and IP defanged', async () => {
    const forward = await reported(
      message(
        'hostile-disguise-subject.synthetic.eml',
        HOSTILE_SUBJECT,
        'Pay\u200bPal Security <service@evil.example>',
      ),
    );
    expect(forward.type).to.equal('forwardAsAttachment');
    // The attached original keeps its content (it is Thunderbird's own forward of message 1); only its name is made
    // visible, so IT does not read a reversed file name.
    expect(forward.id).to.equal(1);
    expect(forward.renamed).to.deep.equal([
      {
        tabId: 99,
        id: 5,
        name: 'Your account ⟨U+202E⟩moc.lapyap⟨U+202C⟩ is on h⟨U+200B⟩old⟨U+2060⟩ ⟨U+2066⟩now⟨U+2069⟩.eml',
      },
    ]);
    const details = forward.details!;
    expect(details.subject).to.equal(
      '[Phish] Your account ⟨U+202E⟩moc.lapyap⟨U+202C⟩ is on h⟨U+200B⟩old⟨U+2060⟩ ⟨U+2066⟩now⟨U+2069⟩',
    );
    const body = details.plainTextBody!;
    expect(body).to.include('⟨U+202E⟩moc[.]lapyap⟨U+202C⟩').and.include('Pay⟨U+200B⟩Pal');
    expect(body).to.include('smtp.mailfrom=evil[.]example').and.include('Origin IP: 52[.]140[.]217[.]90');
    expect(body).to.include('javascript[:]alert(');
    // eslint-disable-next-line no-control-regex -- asserting their absence
    const hidden = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069]/;
    expect(details.subject).not.to.match(hidden);
    expect(body).not.to.match(hidden);
    expect(body).not.to.match(/evil\.example|52\.140\.|javascript:|https?:\/\//i);
  });

  it('keeps a Japanese subject with emoji and joiners as written (the twin)', async () => {
    const forward = await reported(
      message('hostile-disguise-twin-ja-emoji.synthetic.eml', TWIN_SUBJECT, '経理部 <billing@example.co.jp>'),
    );
    expect(forward.details!.subject).to.equal(`[Phish] ${TWIN_SUBJECT}`);
    expect(forward.renamed, 'a legitimate name is left as Thunderbird wrote it').to.deep.equal([]);
    expect(forward.details!.plainTextBody).to.include(TWIN_SUBJECT).and.not.include('⟨U+');
  });
});
