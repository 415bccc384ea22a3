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

/**
 * The pieces with each run of strings joined into one, so it is encoded at once (the pass-through decoder gives a
 * line and a `\n` at a time: thousands of small encodes for one part; issue #19). The same bytes: UTF-8 encodes each
 * code point alone, so only a surrogate pair split across two pieces would read otherwise (two U+FFFD apart, one
 * character joined), and there the run is cut.
 */
function joinedText(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  let text: string | undefined;
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      if (text !== undefined) out.push(text);
      text = undefined;
      out.push(piece);
    } else if (text === undefined) text = piece;
    else if (isHighSurrogate(text.charCodeAt(text.length - 1)) && isLowSurrogate(piece.charCodeAt(0))) {
      out.push(text);
      text = piece;
    } else text += piece;
  }
  if (text !== undefined) out.push(text);
  return out;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

export class ByteBlob {
  readonly size: number;
  readonly type: string;
  private readonly bytes: Uint8Array;

  constructor(pieces: readonly Piece[] = [], options?: { type?: string }) {
    const parts = joinedText(pieces).map(bytesOf);
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
