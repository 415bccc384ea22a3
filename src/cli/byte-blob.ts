/**
 * The Blob that postal-mime's part decoders get inside the command (webpack.config.js's CLI rule, through
 * scripts/postal-mime-byte-blob.cjs): they collect a part's decoded pieces and join them with
 * `await new Blob(pieces).arrayBuffer()`. Node's Blob reads itself back as a stream, a few microtasks per piece, which
 * made up about half of postal-mime's time on the corpus (issue #19). This one joins the bytes at once and answers the
 * same: each string piece as UTF-8 (a lone surrogate as U+FFFD, as Blob and TextEncoder both do), each buffer or view
 * copied as it was when given. Only those decoders see it; everything else in the process keeps Node's Blob.
 */

type Piece = string | ArrayBuffer | ArrayBufferView;

const utf8 = new TextEncoder();

function bytesOf(piece: Piece): Uint8Array {
  if (typeof piece === 'string') return utf8.encode(piece);
  if (piece instanceof ArrayBuffer) return new Uint8Array(piece);
  if (ArrayBuffer.isView(piece)) return new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength);
  // A Blob or anything else: the decoders never give one, so say so rather than guess.
  throw new TypeError('ByteBlob takes strings, ArrayBuffers and views only');
}

export class ByteBlob {
  readonly size: number;
  readonly type: string;
  private readonly bytes: Uint8Array;

  constructor(pieces: readonly Piece[] = [], options?: { type?: string }) {
    const parts = pieces.map(bytesOf);
    this.bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      this.bytes.set(p, at);
      at += p.length;
    }
    this.size = this.bytes.length;
    this.type = (options?.type ?? '').toLowerCase();
  }

  /** A fresh copy each time, as Blob gives: the caller may keep or change it. */
  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.bytes.slice().buffer);
  }
}
