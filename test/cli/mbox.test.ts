import { expect } from 'chai';
import { MboxSplitter, splitMbox, startsLikeMbox, type MboxMessage } from '../../src/cli/mbox';
import { fixture } from '../helpers';

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const encode = (s: string) => new TextEncoder().encode(s);

/** Feeds `data` to a fresh splitter in pieces of `size` bytes. */
function splitInPieces(data: Uint8Array, size: number, max?: number): MboxMessage[] {
  const splitter = new MboxSplitter({ maxMessageBytes: max });
  const out: MboxMessage[] = [];
  for (let at = 0; at < data.length; at += size) out.push(...splitter.push(data.subarray(at, at + size)));
  out.push(...splitter.end());
  return out;
}

/**
 * A synthetic mailbox of `count` small real-shaped messages (Postfix delivery), each with a unique Message-ID and
 * a body line that had to be escaped.
 */
function generatedMbox(count: number, eol = '\n'): string {
  const parts: string[] = [];
  for (let n = 1; n <= count; n++) {
    parts.push(
      [
        `From bounce-${n}@lists.example.org Mon Nov 23 09:00:00 2026`,
        'Received: from mail.lists.example.org (mail.lists.example.org [198.51.100.7])',
        '\tby mx.example.co.jp (Postfix) with ESMTPS id 4KP0000000' + n,
        `\tfor <info@example.co.jp>; Mon, 23 Nov 2026 18:00:00 +0900 (JST)`,
        'From: Newsletter <news@lists.example.org>',
        'To: info@example.co.jp',
        `Subject: Issue ${n}`,
        `Message-ID: <issue-${n}@lists.example.org>`,
        '',
        `Issue ${n}.`,
        '>From the archive: nothing new.',
        '',
      ].join(eol),
    );
  }
  return parts.join(eol) + eol;
}

describe('cli: mbox splitter', () => {
  it('recognises an mbox by its envelope line and an .eml by its header line', () => {
    expect(startsLikeMbox(fixture('cli-three.mbox'))).to.equal(true);
    expect(startsLikeMbox(fixture('kagoya-2021-12.eml'))).to.equal(false);
    expect(startsLikeMbox(encode('From: KAGOYA Inc <sawada@air.linkclub.or.jp>\n'))).to.equal(false);
  });

  it('splits the three-message fixture, drops the envelope lines and the separating blank line', () => {
    const messages = splitInPieces(fixture('cli-three.mbox'), 1 << 20);
    expect(messages.map((m) => m.index)).to.deep.equal([1, 2, 3]);
    expect(text(messages[0]?.bytes)).to.match(/^Return-Path: <sawada@air\.linkclub\.or\.jp>\n/);
    expect(text(messages[0]?.bytes)).to.match(/L2JvZHk\+PC9odG1sPgo=\n$/);
    expect(text(messages[1]?.bytes)).to.match(/^Received: from TYCPR01MB8466/);
    expect(text(messages[2]?.bytes)).to.match(/\nRegards,\nHanako\n$/);
  });

  it('unescapes one > from a quoted From line (mboxrd) and leaves other lines alone', () => {
    const third = text(splitInPieces(fixture('cli-three.mbox'), 1 << 20)[2]?.bytes);
    expect(third).to.include('\nFrom the partner side:');
    expect(third).to.include('\n>From the quoted thread:');
    expect(third).not.to.include('>>From');
  });

  it('gives the same messages however the chunks cut the lines (every cut point, and byte by byte)', () => {
    const data = fixture('cli-three.mbox');
    const whole = splitInPieces(data, data.length).map((m) => text(m.bytes));
    expect(splitInPieces(data, 1).map((m) => text(m.bytes))).to.deep.equal(whole);
    for (let cut = 1; cut < data.length; cut++) {
      const splitter = new MboxSplitter();
      const got = [...splitter.push(data.subarray(0, cut)), ...splitter.push(data.subarray(cut)), ...splitter.end()];
      expect(
        got.map((m) => text(m.bytes)),
        `cut at ${cut}`,
      ).to.deep.equal(whole);
    }
  });

  it('reads CRLF mailboxes: a From line after CRLF is a boundary and the blank CRLF line is removed', () => {
    const messages = splitInPieces(encode(generatedMbox(3, '\r\n')), 7);
    expect(messages).to.have.length(3);
    expect(text(messages[1]?.bytes)).to.match(/^Received: .*\r\n/);
    expect(text(messages[1]?.bytes)).to.match(/\r\nFrom the archive: nothing new\.\r\n$/);
  });

  it('streams a 2,000-message mailbox: messages come out long before the input ends', async () => {
    const data = encode(generatedMbox(2000));
    const chunkSize = 16 * 1024;
    const totalChunks = Math.ceil(data.length / chunkSize);
    let pulled = 0;
    async function* reader() {
      for (let at = 0; at < data.length; at += chunkSize) {
        pulled++;
        yield data.slice(at, at + chunkSize);
      }
    }
    const pulledAtMessage: number[] = [];
    const ids: string[] = [];
    for await (const message of splitMbox(reader())) {
      pulledAtMessage.push(pulled);
      ids.push(/Message-ID: <(issue-\d+)@/.exec(text(message.bytes))?.[1] ?? '?');
    }
    expect(ids).to.have.length(2000);
    expect(ids[0]).to.equal('issue-1');
    expect(ids[1999]).to.equal('issue-2000');
    // The first message is out after the first chunk; by the 1,000th only about half the input was read.
    expect(pulledAtMessage[0]).to.equal(1);
    expect(pulledAtMessage[999]).to.be.below(totalChunks * 0.6);
    expect(totalChunks).to.be.above(50);
  });

  it('skips a message over the size bound without keeping it, and goes on with the next', () => {
    const big = 'x'.repeat(999) + '\n';
    const data = encode(
      'From a@example.org Mon Nov 23 09:00:00 2026\nSubject: big\n\n' +
        big.repeat(100) +
        '\nFrom b@example.org Mon Nov 23 09:00:01 2026\nSubject: small\n\nhi\n',
    );
    const messages = splitInPieces(data, 4096, 10_000);
    expect(messages).to.have.length(2);
    expect(messages[0]?.index).to.equal(1);
    expect(messages[0]?.bytes).to.equal(undefined);
    expect(messages[0]?.tooLarge?.size).to.be.above(100_000);
    expect(text(messages[1]?.bytes)).to.equal('Subject: small\n\nhi\n');
  });

  it('treats a line of only > characters as ordinary text, whatever its length', () => {
    const quotes = '>'.repeat(5000);
    const data = encode(`From a@example.org Mon Nov 23 09:00:00 2026\nSubject: q\n\n${quotes}From x\n`);
    expect(text(splitInPieces(data, 100)[0]?.bytes)).to.equal(`Subject: q\n\n${quotes}From x\n`);
  });
});
