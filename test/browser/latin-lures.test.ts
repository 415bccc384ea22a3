/**
 * Lures in Latin-script languages other than English in the built task pane, in a real Chromium: the first drawing of
 * a Portuguese and German lure has the lure finding the core gives with every phrase — read from the pane's prebuilt
 * tries (core/checks/pane-tries.ts), so the chunk of phrases in other scripts is not fetched for it — and an English
 * message never fetches that chunk either. Messages synthetic.
 */
import { expect } from 'chai';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import { browserSuite, checklistShown, type Opened } from './harness';

const HEADERS = [
  'From: "Banco" <aviso@banco-seguro.example>',
  'To: you@example.org',
  'Date: Mon, 7 Dec 2026 10:00:00 +0000',
  'Message-ID: <1@banco-seguro.example>',
  'Content-Type: text/plain; charset=utf-8',
];

function item(subject: string, text: string) {
  return {
    from: { displayName: 'Banco', emailAddress: 'aviso@banco-seguro.example' },
    to: [{ displayName: 'You', emailAddress: 'you@example.org' }],
    subject,
    headers: `${[...HEADERS, `Subject: ${subject}`].join('\r\n')}\r\n`,
    text,
  };
}

const FOREIGN = 'Sua conta foi suspensa. Confirme seus dados dentro de 24 horas.\nIhr Konto wurde gesperrt.';
const ENGLISH = 'Your account has been suspended. Verify your account within 24 hours to avoid deletion.';

/** The requests for the chunk of phrases in other scripts (`taskpane.phrases-nonlatin.<hash>.js`). */
const phraseChunks = (o: Opened) =>
  o.requests.filter((url) => /\/taskpane\.phrases-nonlatin\.[0-9a-f]{8}\.js$/.test(url));

const lureClass = (o: Opened) => o.page.locator('[data-finding-id="content.lure"]').getAttribute('class');

describe('Latin-script lures beyond English in the built task pane (Chromium)', function () {
  this.timeout(60_000);
  const suite = browserSuite();

  it('draws a Portuguese and German lure with the lure finding of every phrase, from the prebuilt tries', async () => {
    const raw = `${[...HEADERS, 'Subject: Aviso importante'].join('\r\n')}\r\n\r\n${FOREIGN}`;
    const expected = analyze(await parseMessage(raw)).findings.find((f) => f.id === 'content.lure');
    expect(expected, 'the core finds the lure with every phrase').to.not.equal(undefined);
    const o = await suite.open({ path: '/taskpane.html', office: { item: item('Aviso importante', FOREIGN) } });
    await checklistShown(o.page);
    expect(await lureClass(o)).to.include(`finding--${expected!.status}`);
    expect(phraseChunks(o)).to.deep.equal([]);
    expect(o.errors).to.deep.equal([]);
    expect(await o.violations()).to.deep.equal([]);
  });

  it('never fetches that chunk for an English lure, and still finds it', async () => {
    const o = await suite.open({ path: '/taskpane.html', office: { item: item('Account notice', ENGLISH) } });
    await checklistShown(o.page);
    expect(await lureClass(o)).to.match(/finding--(warn|fail)/);
    expect(phraseChunks(o)).to.deep.equal([]);
  });
});
