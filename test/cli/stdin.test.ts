import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { JsonLine } from '../../src/cli/format-json';
import { projectRoot } from '../helpers';

const KAGOYA = join(projectRoot, 'test', 'fixtures', 'kagoya-2021-12.eml');
const THREE = join(projectRoot, 'test', 'fixtures', 'cli-three.mbox');

/** Standard input as a pipe gives it: the bytes in chunks of `size` (a pipe's are 64 KB; small ones cut lines). */
function piped(bytes: Uint8Array, size: number): () => AsyncIterable<Uint8Array> {
  return async function* () {
    for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
  };
}

async function run(argv: string[], stdin: () => AsyncIterable<Uint8Array>, maxMessageBytes?: number) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), stdin };
  const code = await main(argv, io, { maxMessageBytes });
  const lines = argv.includes('--json')
    ? stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as JsonLine)
    : [];
  return { code, stdout, stderr, lines };
}

describe('cli: - reads standard input', () => {
  const kagoya = new Uint8Array(readFileSync(KAGOYA));
  const three = new Uint8Array(readFileSync(THREE));

  it('analyses one message piped in, as it analyses the same file', async () => {
    const fromFile = await run(['--json', KAGOYA], piped(new Uint8Array(), 1));
    for (const size of [7, 1000, 65536]) {
      const { code, stderr, lines } = await run(['--json', '-'], piped(kagoya, size));
      expect(code, `chunks of ${size}`).to.equal(0);
      expect(stderr).to.equal('');
      expect(lines).to.have.length(1);
      expect(lines[0]).to.deep.equal({ ...fromFile.lines[0], source: '-' });
    }
  });

  it('splits an mbox piped in, numbering its messages -#1, -#2 …', async () => {
    const { code, lines } = await run(['--json', '-'], piped(three, 100));
    expect(code).to.equal(0);
    expect(lines.map((l) => l.source)).to.deep.equal(['-#1', '-#2', '-#3']);
    const fromFile = await run(['--json', THREE], piped(new Uint8Array(), 1));
    expect(lines.map((l) => l.verdict)).to.deep.equal(fromFile.lines.map((l) => l.verdict));
  });

  it('takes standard input among files, in the order given, in the text report too', async () => {
    const { code, stdout } = await run([KAGOYA, '-'], piped(kagoya, 4096));
    expect(code).to.equal(0);
    const headings = stdout.split('\n').filter((l) => l.startsWith('== '));
    expect(headings).to.deep.equal([`== ${KAGOYA}`, '== -']);
  });

  it('says an empty standard input is empty, how to pipe a message in, and exits 1', async () => {
    const { code, stdout, stderr } = await run(['-'], piped(new Uint8Array(), 1));
    expect(code).to.equal(1);
    expect(stdout).to.equal('');
    expect(stderr).to.equal(
      'phish-inspector: standard input (-) is empty. Pipe a message in, e.g. phish-inspector - < message.eml\n',
    );
  });

  it('skips a message over the size bound, reading the pipe to its end, and exits 1', async () => {
    let pulled = 0;
    const chunks = 40;
    async function* big() {
      for (let i = 0; i < chunks; i++) {
        pulled++;
        yield i === 0 ? kagoya.slice(0, 2048) : new Uint8Array(2048).fill(0x41);
      }
    }
    const { code, stdout, stderr } = await run(['--json', '-'], big, 10_000);
    expect(code).to.equal(1);
    expect(stdout).to.equal('');
    expect(stderr).to.match(/^phish-inspector: -: the message is larger than [\d.]+ MB and was skipped/);
    expect(pulled).to.equal(chunks, 'the writer of the pipe is not cut off');
  });

  it('names a read error of standard input by its code', async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield kagoya.slice(0, 100);
      throw Object.assign(new Error('read failed'), { code: 'EIO' });
    }
    const { code, stderr } = await run(['--json', '-'], broken);
    expect(code).to.equal(1);
    expect(stderr).to.equal(
      'phish-inspector: -: cannot be read (EIO). Check that it exists and that you may read it.\n',
    );
  });
});
