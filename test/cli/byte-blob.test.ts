/**
 * The command's postal-mime joins a part's decoded pieces with ByteBlob instead of Node's Blob (src/cli/byte-blob.ts,
 * issue #19): it must give the very bytes Blob gives, or a message would read differently in the command than in the
 * task pane and the tests.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ByteBlob } from '../../src/cli/byte-blob';
import { main } from '../../src/cli/main';
import { CLI_BIN, projectRoot, requireBuiltCli } from '../helpers';

type Piece = string | ArrayBuffer | Uint8Array<ArrayBuffer>;

/** Strings (any code unit, lone surrogates too), whole buffers and views into the middle of a larger buffer. */
const piece: fc.Arbitrary<Piece> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
  fc.uint8Array({ maxLength: 64 }).map((a) => a.slice().buffer),
  fc
    .tuple(fc.uint8Array({ minLength: 2, maxLength: 64 }), fc.nat(), fc.nat())
    .map(([a, i, j]) => a.subarray(Math.min(i, j) % a.length, Math.max(i, j) % a.length)),
);

const bytes = async (blob: { arrayBuffer(): Promise<ArrayBuffer> }) => [...new Uint8Array(await blob.arrayBuffer())];

describe('cli: ByteBlob, the Blob of postal-mime’s part decoders in the command', () => {
  it('gives the bytes and size Node’s Blob gives for any strings, buffers and views, strings as UTF-8', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 8 }), async (pieces) => {
        const ours = new ByteBlob(pieces, { type: 'application/octet-stream' });
        const node = new Blob(pieces, { type: 'application/octet-stream' });
        expect(ours.size).to.equal(node.size);
        expect(await bytes(ours)).to.deep.equal(await bytes(node));
      }),
    );
  });

  it('joins runs of string pieces (a line and its newline at a time) to the same bytes, a surrogate pair split across two pieces too', async () => {
    const pieces: Piece[] = [
      'ab\ud83d',
      '\ude00c',
      '',
      '\ud83d',
      '',
      '\ude00',
      'line',
      '\n',
      new Uint8Array([0xf0]),
      '\ude00',
    ];
    expect(await bytes(new ByteBlob(pieces))).to.deep.equal(await bytes(new Blob(pieces)));
    const lines = Array.from({ length: 2000 }, (_, i) => (i % 2 ? '\n' : `line ${i} \u00e9\ud83d\ude00`));
    expect(await bytes(new ByteBlob(lines))).to.deep.equal(await bytes(new Blob(lines)));
  });

  it('keeps the bytes as they were when given, and hands out a copy each time, as Blob does', async () => {
    const given = new Uint8Array([1, 2, 3]);
    const blob = new ByteBlob([given, '\n']);
    given[0] = 9;
    const first = new Uint8Array(await blob.arrayBuffer());
    first[1] = 9;
    expect(await bytes(blob)).to.deep.equal([1, 2, 3, 10]);
  });

  it('refuses a piece it cannot read instead of guessing its bytes', () => {
    expect(() => new ByteBlob([new Blob(['x']) as unknown as string])).to.throw(TypeError);
  });

  it('leaves the built command’s reports on every fixture (base64, quoted-printable, 8-bit parts) as the sources give them with Node’s Blob', async function () {
    requireBuiltCli(this);
    this.timeout(60_000);
    const fixtures = join(projectRoot, 'test', 'fixtures');
    const built = spawnSync(CLI_BIN, ['--json', fixtures], { cwd: projectRoot, encoding: 'utf8', maxBuffer: 1 << 28 });
    let stdout = '';
    await main(['--json', fixtures], { stdout: (t) => void (stdout += t), stderr: () => undefined });
    expect(built.stdout.split('\n').length).to.be.above(100);
    expect(built.stdout).to.equal(stdout);
  });
});
