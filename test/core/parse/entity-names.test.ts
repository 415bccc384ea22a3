/**
 * withEntityNames: a host that starts with part of the entity table (the task pane) awaits it before analysing, so a
 * message that names a character outside the part is decoded as with the whole table, and one that does not costs
 * no fetch. test/hosts/outlook/built-pane.test.ts runs it in the built pane; test/package/entities-pane.test.ts holds
 * the part to the whole table.
 */
import { expect } from 'chai';
import { installPartialEntityTable, withEntityNames } from '../../../src/core/parse/entity-names';
import type { MessageInput } from '../../../src/core/types';

const COMMON = new Set(['amp', 'nbsp', 'lt', 'gt', 'quot', 'copy', 'rsquo']);

function fakeTable(complete: () => Promise<void> = async () => {}) {
  const calls: number[] = [];
  installPartialEntityTable({
    has: (name) => COMMON.has(name),
    complete: () => (calls.push(1), complete()),
  });
  return calls;
}

const page = (html: string): MessageInput => ({ headers: 'Subject: x\r\n', html });

describe('character names only some messages use (withEntityNames)', () => {
  afterEach(() => installPartialEntityTable(undefined));

  it('passes the input through untouched where the decoder has the whole table', async () => {
    const input = page('<p>&colon;</p>');
    expect(await withEntityNames(input)).to.equal(input);
  });

  it('fetches nothing for a body written with common names, numbers, or `&` in links', async () => {
    const calls = fakeTable();
    const input = page(
      '<p>Hello&nbsp;&amp; &copy 2026 &#58; &#x3a;</p><a href="https://x.example/?a=1&utm=2&b">it&rsquo;s</a>',
    );
    expect(await withEntityNames(input)).to.equal(input);
    expect(calls).to.deep.equal([]);
  });

  it('fetches the rest before analysis when the body names another character, once per message', async () => {
    const calls = fakeTable();
    await withEntityNames(page('<a href="https://evil.example">https&colon;//bank.example</a> &Afr; &colon;'));
    expect(calls).to.have.length(1);
  });

  it('fetches the rest when an HTML attachment the checks read names another character', async () => {
    const calls = fakeTable();
    const head = new TextEncoder().encode('<html>\u00e9\u3042<form action="https&colon;//evil.example/">');
    const attachment = { filename: 'invoice.html', mimeType: 'text/html', size: head.length, head };
    await withEntityNames({ headers: 'Subject: x\r\n', html: '<p>hi&nbsp;</p>', attachments: [attachment] });
    expect(calls).to.have.length(1);
  });

  it('never throws when the rest cannot be fetched: the input is analysed as it is', async () => {
    const calls = fakeTable(() => Promise.reject(new Error('chunk failed')));
    const input = page('&check;');
    expect(await withEntityNames(input)).to.equal(input);
    expect(calls).to.have.length(1);
  });
});
