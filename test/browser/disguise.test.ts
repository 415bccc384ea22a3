/**
 * The disguise is never repeated (issue #17), on the built standalone page in a real Chromium: a message whose
 * subject is turned around by U+202E and broken by zero-width characters, from evil.example with Authentication-
 * Results naming it (test/fixtures/hostile-disguise-subject.synthetic.eml). On screen and in what Copy summary puts on
 * the clipboard, each hidden character is a visible marker; the clipboard text also has every host, IP and script URL
 * defanged. Its twin — a Japanese subject with emoji joined by ZWJ — reads exactly as written.
 */
import { expect } from 'chai';
import { browserSuite, checkFileAndCopy } from './harness';

/** Controls but LF, bidi, zero-width and word-joiner characters: none may reach the reader or IT raw. */
// eslint-disable-next-line no-control-regex -- asserting their absence
const HIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
/** The same on screen, but TAB: `innerText` puts one between table cells (the hop table, once Details is open). */
// eslint-disable-next-line no-control-regex -- asserting their absence
const HIDDEN_ON_SCREEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

describe('the disguise on the standalone page in Chromium', function () {
  this.timeout(60_000);
  const suite = browserSuite();

  it('shows markers for the hidden characters on screen and copies a summary with markers, defanged', async () => {
    const { o, screen, copied } = await checkFileAndCopy(suite, 'hostile-disguise-subject.synthetic.eml');
    expect(screen).to.include('Your account ⟨U+202E⟩moc.lapyap⟨U+202C⟩ is on h⟨U+200B⟩old⟨U+2060⟩');
    expect(screen).not.to.match(HIDDEN_ON_SCREEN);

    expect(copied).to.include('Subject: Your account ⟨U+202E⟩moc[.]lapyap⟨U+202C⟩ is on h⟨U+200B⟩old⟨U+2060⟩');
    expect(copied).to.include('Pay⟨U+200B⟩Pal Security <service@evil[.]example>');
    expect(copied).to.include('Origin IP: 52[.]140[.]217[.]90');
    expect(copied).to.include('smtp.mailfrom=evil[.]example').and.include('header.from=evil[.]example');
    expect(copied).to.include('javascript[:]alert(');
    expect(copied).not.to.match(HIDDEN);
    expect(copied).not.to.match(/evil\.example|52\.140\.|javascript:|https?:\/\//i);
    expect(o.errors).to.deep.equal([]);
  });

  it('keeps a Japanese subject with emoji joined by ZWJ as written, on screen and in the summary (the twin)', async () => {
    const { screen, copied } = await checkFileAndCopy(suite, 'hostile-disguise-twin-ja-emoji.synthetic.eml');
    const subject = '【重要】12月のご請求金額のお知らせ 👨\u200d👩\u200d👧 ❤\ufe0f 葛\u{e0100}飾区';
    expect(screen).to.include(subject);
    expect(copied).to.include(`Subject: ${subject}`);
    expect(`${screen}\n${copied}`).not.to.include('⟨U+');
  });
});
