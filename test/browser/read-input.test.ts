/**
 * What the standalone page makes of what the user gives it (src/hosts/web/read-input.ts), without a browser:
 * pasted text with the blank lines a copy brings, headers alone, text that is no mail, Outlook .msg files, files too
 * large, several files at once. Real shapes: the KAGOYA fixtures; the .msg is its real 8-byte OLE signature.
 */
import { expect } from 'chai';
import { fixture, fixtureText } from '../helpers';
import {
  MAX_FILE_BYTES,
  isOutlookMsg,
  readFiles,
  readPasted,
  readSample,
  trimPasted,
  type FileLike,
} from '../../src/hosts/web/read-input';

function file(name: string, bytes: Uint8Array, size = bytes.length): FileLike {
  return { name, size, arrayBuffer: async () => bytes.slice().buffer };
}

const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe('standalone page input', () => {
  it('drops the blank lines and BOM a copy brings before the first header, and nothing else', () => {
    expect(trimPasted('\uFEFF\r\n  \n\tFrom: a@b.example\nSubject: x\n')).to.equal('\tFrom: a@b.example\nSubject: x\n');
    expect(trimPasted('From: a@b.example\n\nbody')).to.equal('From: a@b.example\n\nbody');
    expect(trimPasted(' \n \n')).to.equal('');
  });

  it('reads pasted headers after a blank line, and marks the body as not given', async () => {
    const outcome = await readPasted(`\n\n${fixtureText('kagoya-2021-12.headers.txt')}`);
    expect(outcome.input?.headers).to.include('From: KAGOYA Inc <sawada@air.linkclub.or.jp>');
    expect(outcome.input?.missing).to.deep.equal(['body']);
    expect(outcome.notices.map((n) => n.key)).to.deep.equal(['web.notice.headers-only']);
  });

  it('reads a pasted whole message with its body', async () => {
    const outcome = await readPasted(fixtureText('kagoya-2021-12.eml'));
    expect(outcome.input?.html).to.include('santamariasold.com');
    expect(outcome.input?.missing).to.equal(undefined);
    expect(outcome.notices).to.deep.equal([]);
  });

  it('says what to paste for empty text and for text that is not a header block', async () => {
    expect((await readPasted('  \n ')).notices.map((n) => n.key)).to.deep.equal(['web.notice.empty']);
    const prose = await readPasted('Dear customer,\nyour account is locked: click here.');
    expect(prose.input).to.equal(undefined);
    expect(prose.notices.map((n) => n.key)).to.deep.equal(['web.notice.not-mail']);
  });

  it('recognises an Outlook .msg by its signature and explains it instead of analysing it', async () => {
    expect(isOutlookMsg(OLE)).to.equal(true);
    expect(isOutlookMsg(fixture('kagoya-2021-12.eml'))).to.equal(false);
    const outcome = await readFiles([file('invoice.msg', OLE)]);
    expect(outcome.input).to.equal(undefined);
    expect(outcome.notices).to.deep.equal([
      { intent: 'warning', key: 'web.notice.msg-file', params: { name: 'invoice.msg' } },
    ]);
  });

  it('refuses a file over the size limit before reading it', async () => {
    let read = false;
    const big: FileLike = {
      name: 'huge.eml',
      size: MAX_FILE_BYTES + 1,
      arrayBuffer: async () => ((read = true), new ArrayBuffer(0)),
    };
    const outcome = await readFiles([big]);
    expect(read).to.equal(false);
    expect(outcome.notices[0]).to.include({ key: 'web.notice.too-large' });
  });

  it('checks the first of several files and says the others were left out; a failed read is a notice', async () => {
    const outcome = await readFiles([
      file('a.eml', fixture('kagoya-2021-12.eml')),
      file('b.eml', fixture('kagoya-2021-12.eml')),
    ]);
    expect(outcome.input?.headers).to.include('KAGOYA');
    expect(outcome.notices.map((n) => n.key)).to.deep.equal(['web.notice.first-file-only']);
    const failing: FileLike = {
      name: 'gone.eml',
      size: 10,
      arrayBuffer: async () => Promise.reject(new Error('NotReadableError')),
    };
    expect((await readFiles([failing])).notices[0]).to.deep.include({
      key: 'web.notice.file-failed',
      params: { name: 'gone.eml', error: 'NotReadableError' },
    });
  });

  it('reads the QR codes of a dropped message’s images before the report is drawn, and a pasted one’s too', async () => {
    const url = 'https://login.secure-mfa-portal.top/common/oauth2/authorize?u=yamada@example.co.jp';
    const dropped = await readFiles([file('mfa.eml', fixture('qr-mfa-reactivate.synthetic.eml'))]);
    expect(dropped.input?.qr?.codes).to.deep.equal([{ image: 'mfa.png', text: url }]);
    const pasted = await readPasted(fixtureText('qr-mfa-reactivate.synthetic.eml'));
    expect(pasted.input?.qr?.codes).to.deep.equal([{ image: 'mfa.png', text: url }]);
    // A message without images is read as before: the decoders are not loaded for it.
    expect((await readFiles([file('k.eml', fixture('kagoya-2021-12.eml'))])).input?.qr).to.equal(undefined);
  });

  it('loads the sample from the page’s own origin, and says so when it cannot', async () => {
    const asked: string[] = [];
    const ok = await readSample(async (url) => {
      asked.push(url);
      return { ok: true, status: 200, arrayBuffer: async () => fixture('kagoya-2021-12.eml').slice().buffer };
    });
    expect(asked).to.deep.equal(['samples/kagoya-2021-12.eml']);
    expect(ok.input?.headers).to.include('KAGOYA');
    const missing = await readSample(async () => ({
      ok: false,
      status: 404,
      arrayBuffer: async () => new ArrayBuffer(0),
    }));
    expect(missing.notices[0]).to.deep.include({
      key: 'web.notice.sample-failed',
      params: { name: 'samples/kagoya-2021-12.eml', error: 'HTTP 404' },
    });
  });
});
