import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSources, type SourceItem, type SourceOptions } from '../../src/cli/sources';
import { projectRoot } from '../helpers';

const THREE = join(projectRoot, 'test', 'fixtures', 'cli-three.mbox');

async function items(path: string, options: SourceOptions = {}): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readSources([path], options)) out.push(item);
  return out;
}

describe('cli: reading a mailbox file', () => {
  let tmp: string;
  before(() => (tmp = mkdtempSync(join(tmpdir(), 'phish-sources-'))));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('gives the same messages from a mailbox read in one piece as from the same mailbox streamed', async () => {
    // The fixture (a few KB) is read whole by default; 64-byte reads stream it, cutting its lines everywhere.
    const whole = await items(THREE);
    const streamed = await items(THREE, { chunkBytes: 64 });
    expect(whole.map((i) => i.source)).to.deep.equal([`${THREE}#1`, `${THREE}#2`, `${THREE}#3`]);
    expect(whole).to.deep.equal(streamed);
  });

  it('names a too-large message of a small mailbox read whole, as it does when streaming, and goes on', async () => {
    const whole = await items(THREE, { maxMessageBytes: 3000 });
    expect(whole).to.deep.equal(await items(THREE, { maxMessageBytes: 3000, chunkBytes: 64 }));
    expect(whole.map((i) => i.kind))
      .to.include('error')
      .and.include('message');
  });

  it('reads a message file to its bytes in one read as with the head first, and says an empty file is empty', async () => {
    // A file no larger than a streaming read is read whole at once; a larger one, its head first (the mbox test).
    const path = join(tmp, 'plain.eml');
    const text = `From: a@example.org\nSubject: Hi\n\n${'Hello. '.repeat(400)}\n`;
    writeFileSync(path, text);
    const once = await items(path);
    expect(once).to.deep.equal(await items(path, { chunkBytes: 64 }));
    expect(once).to.have.length(1);
    expect(once[0]).to.include({ kind: 'message', source: path, file: path });
    expect(once[0]?.kind === 'message' && Buffer.from(once[0].bytes).toString()).to.equal(text);
    const empty = join(tmp, 'empty.eml');
    writeFileSync(empty, '');
    expect(await items(empty)).to.deep.equal([
      { kind: 'error', source: empty, key: 'cli.error.empty', params: { source: empty } },
    ]);
  });

  it('reads a saved message that opens with an envelope line as one message', async () => {
    const path = join(tmp, 'saved.eml');
    writeFileSync(path, 'From a@example.org Mon Nov 23 09:00:00 2026\nFrom: a@example.org\nSubject: Hi\n\nHello.\n');
    const [item, ...rest] = await items(path);
    expect(rest).to.deep.equal([]);
    expect(item).to.include({ kind: 'message', source: `${path}#1`, file: path });
    const bytes = item?.kind === 'message' ? new TextDecoder().decode(item.bytes) : '';
    expect(bytes).to.equal('From: a@example.org\nSubject: Hi\n\nHello.\n');
  });
});
