import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { analyze } from '../../../src/core/analyze';
import type { AnalyzeOptions, Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import * as reportModule from '../../../src/hosts/outlook/report';
import * as refineModule from '../../../src/hosts/outlook/refine';
import { MAX_WHOLE_MESSAGE_BYTES, base64Size } from '../../../src/hosts/outlook/refine';
import { startTaskpane, type RefineCode, type TaskpaneOptions } from '../../../src/hosts/outlook/taskpane';
import { readWholeMessage } from '../../../src/hosts/outlook/whole-message';
import { fixtureText } from '../../helpers';
import { qrPng } from '../../fixtures/qr-images';
import { fakeOffice, type FakeItem, MEETING_NOTES_HEADERS } from './fake-office';

// Outlook clients with Mailbox 1.14 give the whole message (getAsFileAsync: Base64 of an .eml Exchange rebuilt).
// The checklist is drawn first from the header block and the body, then once more from the .eml's MIME parts.

const HEADERS = MEETING_NOTES_HEADERS;
const HTML = '<p>Notes from today are on the team site.</p>';
/** A link only in the .eml's text part: Outlook's HTML body does not show it. */
const TEXT_ONLY_LINK = 'https://santamariasold.com/move/kagoya.net/?uid=info@example.co.jp';

interface EmlSpec {
  /** The header block Exchange rebuilt (differs from getAllInternetHeadersAsync's: it must not be used). */
  headers?: string;
  html?: string;
  text?: string;
  attachments?: { name: string; type: string; content: string | Uint8Array }[];
}

/** A multipart .eml as Exchange hands it over, Base64-encoded; text and HTML parts quoted-printable/base64. */
function eml(spec: EmlSpec): string {
  const head = spec.headers ?? 'From: Someone Else <x@rebuilt.example>\r\nSubject: rebuilt\r\nMIME-Version: 1.0\r\n';
  const alt = [
    '--ALT',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(spec.text ?? '', 'utf8').toString('base64'),
    '--ALT',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    (spec.html ?? '').replace(/=/g, '=3D'),
    '--ALT--',
  ].join('\r\n');
  const files = (spec.attachments ?? []).flatMap((a) => [
    '--MIX',
    `Content-Type: ${a.type}; name="${a.name}"`,
    `Content-Disposition: attachment; filename="${a.name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    (typeof a.content === 'string' ? Buffer.from(a.content, 'utf8') : Buffer.from(a.content)).toString('base64'),
  ]);
  const body = ['--MIX', 'Content-Type: multipart/alternative; boundary="ALT"', '', alt, ...files, '--MIX--', ''].join(
    '\r\n',
  );
  const message = `${head}Content-Type: multipart/mixed; boundary="MIX"\r\n\r\n${body}`;
  return Buffer.from(message, 'utf8').toString('base64');
}

const INVOICE = {
  name: 'invoice.html',
  type: 'text/html',
  content: '<form action="https://collect.example/p"><input type="password"></form>',
};

const NOTES: FakeItem = {
  from: { displayName: 'Sato Hanako', emailAddress: 'sato@example.co.jp' },
  to: [{ displayName: 'info', emailAddress: 'info@example.co.jp' }],
  subject: 'Meeting notes',
  headers: HEADERS,
  html: HTML,
  attachments: [
    {
      name: 'invoice.html',
      contentType: 'text/html',
      size: INVOICE.content.length,
      attachmentType: 'file',
      isInline: false,
    },
  ],
  eml: eml({ html: HTML, text: `Sign in: ${TEXT_ONLY_LINK}`, attachments: [INVOICE] }),
};

function dom() {
  const jsdom = new JSDOM('<!doctype html><html><head><title></title></head><body><div id="pane"></div></body></html>');
  return jsdom.window.document.getElementById('pane') as HTMLElement;
}

async function until(predicate: () => unknown, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The refinement with the .eml read in place: Node has no Web Worker (the Chromium test runs the real one). */
const inPlace: RefineCode = {
  refineReading: (options) => refineModule.refineReading({ readWhole: readWholeMessage, ...options }),
};

/** The pane with an analyze spy: every input it was handed, in order. */
async function start(item: FakeItem, extra: Partial<TaskpaneOptions> & { mailboxVersion?: string } = {}) {
  const container = dom();
  const fake = fakeOffice({ item, mailboxVersion: extra.mailboxVersion });
  const seen: MessageInput[] = [];
  const spy = (input: MessageInput, options?: AnalyzeOptions): Report => (seen.push(input), analyze(input, options));
  const pane = await startTaskpane({
    office: fake.office,
    container,
    readyTimeoutMs: 60_000,
    loadReportCode: () => Promise.resolve(reportModule),
    loadRefineCode: () => Promise.resolve(inPlace),
    analyze: spy,
    ...extra,
  });
  return { container, fake, seen, pane };
}

/** Counts the checklists drawn into the container from now on (each draw puts a new verdict heading in). */
function countDraws(container: HTMLElement): () => number {
  let draws = 0;
  const window = container.ownerDocument.defaultView!;
  const observer = new window.MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        const el = node as Element;
        if (el.nodeType === 1 && (el.matches('.verdict-title') || el.querySelector('.verdict-title'))) draws++;
      }
    }
  });
  observer.observe(container, { childList: true, subtree: true });
  return () => draws;
}

const ids = (container: HTMLElement): string[] =>
  [...container.querySelectorAll('[data-finding-id]')].map((e) => e.getAttribute('data-finding-id') ?? '');

describe('Outlook task pane: the whole message (Mailbox 1.14)', () => {
  it('draws from the headers and body first, then redraws once with the .eml’s text part and attachments', async () => {
    const { container, fake, seen, pane } = await start(NOTES);
    // The first draw: Outlook's header block and HTML body; the item's attachment list, name, type and size only.
    expect(seen).to.have.length.at.least(1);
    expect(seen[0]!.text).to.equal(undefined);
    expect(seen[0]!.attachments).to.deep.equal([
      { filename: 'invoice.html', mimeType: 'text/html', size: INVOICE.content.length },
    ]);
    expect(ids(container)).to.not.include('links.brand-in-path');
    const draws = countDraws(container);

    await pane.refinement();
    expect(fake.calls).to.include('getAsFileAsync');
    expect(draws()).to.equal(1);
    const refined = seen.at(-1)!;
    // Headers stay getAllInternetHeadersAsync's, never the rebuilt ones of the .eml.
    expect(refined.headers).to.equal(HEADERS);
    expect(refined.text).to.include(TEXT_ONLY_LINK);
    expect(refined.html).to.include('team site');
    const [invoice, ...others] = refined.attachments ?? [];
    expect(others).to.deep.equal([]);
    expect(invoice).to.deep.include({ filename: 'invoice.html', mimeType: 'text/html', size: INVOICE.content.length });
    expect(new TextDecoder().decode(invoice!.head)).to.equal(INVOICE.content);
    // On screen: the link only the text part carries is judged now.
    expect(ids(container)).to.include('links.brand-in-path');
    expect(container.textContent).to.include(TEXT_ONLY_LINK);
    // And the attached invoice.html, read now, is a local login page: its password form fails the attachment check.
    expect(ids(container)).to.include('content.risky-attachment');
    expect(container.querySelector('.verdict-title')?.textContent).to.equal('Likely phishing');
  });

  it('keeps the first draw, with nothing alarming, when getAsFileAsync fails', async () => {
    const { container, fake, seen, pane } = await start({
      ...NOTES,
      eml: { error: 'The operation failed.', code: 9020 },
    });
    const first = container.innerHTML;
    const draws = countDraws(container);
    await pane.refinement();
    expect(fake.calls).to.include('getAsFileAsync');
    // Only the first reading was analysed (once its data was in, and maybe once ahead of it: ui/session.ts).
    expect(new Set(seen).size).to.equal(1);
    expect(draws()).to.equal(0);
    expect(container.innerHTML).to.equal(first);
    expect(container.querySelector('.verdict-title')?.textContent).to.equal('No red flags found');
    expect(container.querySelector('[data-notice]')).to.equal(null);
  });

  it('judges the link a QR code in an attached image hides once the .eml is read (Outlook gives no bytes before)', async () => {
    const url = 'https://login.secure-mfa-portal.top/common/oauth2/authorize';
    const scan: FakeItem = {
      ...NOTES,
      attachments: [{ name: 'mfa.png', contentType: 'image/png', size: 900, attachmentType: 'file', isInline: true }],
      eml: eml({ html: HTML, attachments: [{ name: 'mfa.png', type: 'image/png', content: qrPng(url) }] }),
    };
    const { container, seen, pane } = await start(scan);
    expect(seen[0]!.qr).to.equal(undefined);
    expect(ids(container)).to.not.include('links.qr-code');
    await pane.refinement();
    expect(seen.at(-1)!.qr?.codes).to.deep.equal([{ image: 'mfa.png', text: url }]);
    expect(ids(container)).to.include('links.qr-code');
    expect(container.textContent).to.include(url);
  });

  it('does not redraw when the whole message shows nothing new (an expanded item stays open)', async () => {
    const same: FakeItem = { ...NOTES, attachments: [], eml: eml({ html: HTML }) };
    const { container, seen, pane } = await start(same);
    const draws = countDraws(container);
    await pane.refinement();
    expect(seen.length).to.be.greaterThan(1); // it was read and judged
    expect(draws()).to.equal(0);
  });

  it('keeps the first draw where no Web Worker can read the .eml', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).to.equal('undefined');
    const { container, fake, pane } = await start(NOTES, { loadRefineCode: () => Promise.resolve(refineModule) });
    const draws = countDraws(container);
    await pane.refinement();
    expect(fake.calls).to.include('getAsFileAsync');
    expect(draws()).to.equal(0);
    expect(ids(container)).to.not.include('links.brand-in-path');
  });

  it('keeps the first draw when the .eml is not Base64 at all', async () => {
    const { container, seen, pane } = await start({ ...NOTES, eml: '%%% not base64 %%%' });
    const first = container.innerHTML;
    await pane.refinement();
    expect(new Set(seen).size).to.equal(1);
    expect(container.innerHTML).to.equal(first);
  });

  it('never shows a slow .eml of a message the reader has already left', async () => {
    const slow: FakeItem = { ...NOTES, emlDelayMs: 150 };
    const { container, fake, seen, pane } = await start(slow);
    const leftFor = pane.refinement();
    // The reader moves on before Outlook answers: the next message has no .eml to give.
    const next: FakeItem = {
      ...NOTES,
      subject: 'Lunch',
      html: '<p>Lunch at noon.</p>',
      eml: undefined,
      attachments: [],
    };
    fake.selectItem(next);
    await until(() => seen.some((i) => i.html?.includes('Lunch at noon')), 'the next message drawn');
    await leftFor;
    await new Promise((resolve) => setTimeout(resolve, 200));
    await pane.refinement();
    expect(seen.filter((i) => i.text?.includes(TEXT_ONLY_LINK))).to.deep.equal([]);
    expect(ids(container)).to.not.include('links.brand-in-path');
    expect(container.querySelector('.verdict-title')?.textContent).to.equal('No red flags found');
  });

  it('leaves the first checklist up while a slow .eml is on its way, then redraws', async () => {
    const { container, pane } = await start({ ...NOTES, emlDelayMs: 120 });
    expect(container.querySelector('.verdict-title')?.textContent).to.equal('No red flags found');
    expect(ids(container)).to.not.include('links.brand-in-path');
    await pane.refinement();
    expect(ids(container)).to.include('links.brand-in-path');
  });

  it('says when the whole message is over the size cap, without decoding it', async () => {
    let decoded = 0;
    const readWhole = (base64: string) => (decoded++, readWholeMessage(base64));
    const code: RefineCode = { refineReading: (options) => refineModule.refineReading({ ...options, readWhole }) };
    const loadRefineCode = () => Promise.resolve(code);
    const big = 'A'.repeat(Math.ceil(((MAX_WHOLE_MESSAGE_BYTES + 1) * 4) / 3) + 4);
    expect(base64Size(big)).to.be.greaterThan(MAX_WHOLE_MESSAGE_BYTES);
    const { container, seen, pane } = await start({ ...NOTES, eml: big }, { loadRefineCode });
    const draws = countDraws(container);
    await pane.refinement();
    expect(decoded).to.equal(0);
    expect(draws()).to.equal(1);
    expect(seen.at(-1)!.limits).to.deep.equal([`whole-message-size:${MAX_WHOLE_MESSAGE_BYTES}:${base64Size(big)}`]);
    const limit = container.querySelector('[data-finding-id="content.limit"]');
    expect(limit?.textContent).to.include('A size limit was reached');
    expect(limit?.textContent).to.include('whole-message-size');
    // The rest is the first draw's: the item's attachment list is still carried.
    expect(seen.at(-1)!.attachments).to.deep.equal(seen[0]!.attachments);
  });

  it('never replaces the first verdict with a less complete one: Outlook’s HTML stays when the .eml’s lacks a link', async () => {
    const kagoya: FakeItem = {
      from: { displayName: 'KAGOYA Inc', emailAddress: 'sawada@air.linkclub.or.jp' },
      to: [{ displayName: 'info', emailAddress: 'info@example.co.jp' }],
      subject: '【KAGOYA WEBメール】ログインのお知らせ',
      headers: fixtureText('kagoya-2021-12.m365.headers.txt'),
      html: fixtureText('link-kagoya-2021-12.html'),
      // The rebuilt .eml's HTML without the link (as a client that strips it might give it), a text part beside it.
      eml: eml({ html: '<p>Your mailbox is flagged.</p>', text: 'Your mailbox is flagged.' }),
    };
    const { container, seen, pane } = await start(kagoya);
    expect(container.querySelector('.verdict-title')?.textContent).to.equal('Likely phishing');
    await pane.refinement();
    expect(ids(container)).to.include('links.brand-in-path');
    expect(container.querySelector('.verdict-title')?.textContent).to.equal('Likely phishing');
    // The .eml's own parts were tried and refused; what was drawn last carries Outlook's HTML and the .eml's text.
    expect(seen.some((i) => i.html?.includes('Your mailbox is flagged'))).to.equal(true);
    const last = seen.at(-1)!;
    expect(last.html).to.equal(kagoya.html);
    expect(last.text).to.include('Your mailbox is flagged');
  });

  it('reads the body from the .eml when Outlook could not give it, and drops the notice that said so', async () => {
    const { container, seen, pane } = await start({ ...NOTES, html: { error: 'boom' }, text: { error: 'boom' } });
    expect(container.querySelector('[data-notice="ui.notice.body-failed"]')).to.exist;
    expect(seen[0]!.missing).to.deep.equal(['body']);
    await pane.refinement();
    expect(seen.at(-1)!.missing).to.deep.equal([]);
    expect(container.querySelector('[data-notice="ui.notice.body-failed"]')).to.equal(null);
    expect(container.querySelector('[data-finding-id="content.body-missing"]')).to.equal(null);
    expect(ids(container)).to.include('links.brand-in-path');
  });

  it('on an older client (no Mailbox 1.14) never asks for the .eml, and carries the item’s attachment list', async () => {
    const listed: FakeItem = {
      ...NOTES,
      attachments: [
        { name: 'invoice.html', contentType: 'text/html', size: 812, attachmentType: 'file', isInline: false },
        { name: 'logo.png', contentType: 'image/png', size: 2048, attachmentType: 'file', isInline: true },
        { name: 'Q3 plan', contentType: undefined, size: Number.NaN, attachmentType: 'cloud', isInline: false },
      ],
    };
    const { fake, seen, pane } = await start(listed, { mailboxVersion: '1.13' });
    await pane.refinement();
    expect(fake.calls).to.not.include('getAsFileAsync');
    // One reading (maybe analysed once ahead of its data too: ui/session.ts).
    expect(new Set(seen).size).to.equal(1);
    expect(seen[0]!.attachments).to.deep.equal([
      { filename: 'invoice.html', mimeType: 'text/html', size: 812 },
      { filename: 'logo.png', mimeType: 'image/png', size: 2048 },
      { filename: 'Q3 plan', mimeType: 'application/octet-stream', size: 0 },
    ]);
  });
});
