/**
 * The raw source as Thunderbird gives it. `tb-kagoya-2021-12.getraw.eml` is the KAGOYA fixture with the three store
 * lines exactly as Thunderbird 153's `messages.getRaw` returned them for it in the headless test (real shape:
 * LF-terminated lines above a CRLF message, X-Mozilla-Keys padded with spaces).
 */
import { expect } from 'chai';
import { parseMessage } from '../../../src/core/parse-message';
import { rawToBytes, readRawMessage, stripStoreLines } from '../../../src/hosts/thunderbird/raw-message';
import { fixture } from '../../helpers';
import { fakeMessenger } from './fake-messenger';

const encoder = new TextEncoder();
const decoder = new TextDecoder('latin1');

/** The store lines Thunderbird put above the message (everything before the message's first field). */
function storeLines(): Uint8Array {
  const stored = fixture('tb-kagoya-2021-12.getraw.eml');
  return stored.subarray(0, decoder.decode(stored).indexOf('Return-Path:'));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

describe('Thunderbird raw source', () => {
  it("cuts Thunderbird's three store lines and gives back the message byte for byte", () => {
    const { bytes, strippedLines } = stripStoreLines(fixture('tb-kagoya-2021-12.getraw.eml'));
    expect(strippedLines).to.equal(3);
    expect(Buffer.from(bytes).equals(Buffer.from(fixture('kagoya-2021-12.eml')))).to.be.true;
  });

  it('leaves a message without store lines untouched', () => {
    const original = fixture('kagoya-2021-12.eml');
    const { bytes, strippedLines } = stripStoreLines(original);
    expect(strippedLines).to.equal(0);
    expect(bytes).to.equal(original);
  });

  it('cuts an mbox "From " separator and folded store fields, but not the same words in the body', () => {
    const raw = encoder.encode(
      'From - Sat Nov 27 22:51:00 2021\r\nX-Mozilla-Status: 0001\r\nx-mozilla-keys: $label1\r\n  continued\r\n' +
        'From: a@example.net\r\nSubject: hi\r\n\r\nX-Mozilla-Status: 0001 stays in the body\r\n',
    );
    const { bytes, strippedLines } = stripStoreLines(raw);
    expect(strippedLines).to.equal(4);
    expect(new TextDecoder().decode(bytes)).to.equal(
      'From: a@example.net\r\nSubject: hi\r\n\r\nX-Mozilla-Status: 0001 stays in the body\r\n',
    );
  });

  it('keeps fields that only start like a store field (X-Mozilla-Draft-Info is the sender client’s own)', () => {
    const raw = encoder.encode(
      'X-Mozilla-Draft-Info: internal/draft; vcard=0\nX-Mozilla-Status2: 00000000\nFrom: a@example.net\n\nbody',
    );
    expect(new TextDecoder().decode(stripStoreLines(raw).bytes)).to.equal(
      'X-Mozilla-Draft-Info: internal/draft; vcard=0\nFrom: a@example.net\n\nbody',
    );
  });

  it('reads a "binary string" (one character per byte) as the same bytes as the File', async () => {
    const original = fixture('msg-sjis-raw-from.synthetic.eml');
    const binary = String.fromCharCode(...original);
    expect(Buffer.from(await rawToBytes(binary)).equals(Buffer.from(original))).to.be.true;
    expect(Buffer.from(await rawToBytes(new Blob([new Uint8Array(original)]))).equals(Buffer.from(original))).to.be
      .true;
  });

  it('keeps Shift_JIS header bytes intact from getRaw to the parsed From (the File is read as bytes, not text)', async () => {
    const stored = concat(storeLines(), fixture('msg-sjis-raw-from.synthetic.eml'));
    const { api, calls } = fakeMessenger({ raw: { 5: stored } });
    const raw = await readRawMessage(api, 5);
    expect(calls.getRaw).to.deep.equal([{ id: 5, options: { data_format: 'File' } }]);
    expect(raw.strippedLines).to.equal(3);
    const input = await parseMessage(raw.bytes);
    expect(input.headers).to.include('From: 三井住友カード <info@smbc-card.example.net>');
    expect(input.headers).not.to.include('X-Mozilla');
  });
});
