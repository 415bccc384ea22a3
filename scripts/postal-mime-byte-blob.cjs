/* global module, require, __dirname */
/**
 * webpack loader for the CLI bundle: postal-mime's part decoders (base64, quoted-printable, pass-through) get
 * src/cli/byte-blob.ts's ByteBlob as their `Blob`, by an import of that name at the top of the module, which the
 * global Blob they name gives way to. That file says why; the rest of the bundle keeps Node's Blob.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { resolve } = require('node:path');

const BYTE_BLOB = resolve(__dirname, '..', 'src', 'cli', 'byte-blob.ts');

module.exports = function postalMimeByteBlob(source) {
  // Each decoder joins its pieces with `new Blob(this.chunks, …)`: one that no longer does needs no ByteBlob, and the
  // build says so (postal-mime changed; this loader and its test want a look).
  if (!/\bnew Blob\(this\.chunks\b/.test(source))
    this.emitWarning(new Error('postal-mime-byte-blob: no new Blob(this.chunks…) in ' + this.resourcePath));
  return `import { ByteBlob as Blob } from ${JSON.stringify(BYTE_BLOB)};\n${source}`;
};
