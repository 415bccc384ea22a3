/**
 * The encoded-word decoder (RFC 2047: `=?UTF-8?B?…?=` in a subject or a display name; postal-mime's decodeWords)
 * as the task pane has it: a chunk of its own, fetched for a message with a header that holds one. The pane's
 * stand-in (scripts/encoded-words-pane.js) decodes nothing until then and notes every value holding `=?`, the only
 * values the decoder changes; analyze() then says `needs: ['encoded-words']`, and the pane loads the decoder and
 * analyses again before drawing. Elsewhere (the CLI, the page, Thunderbird) postal-mime decodes from the start,
 * nothing is installed and nothing is ever noted.
 */

/** How the stand-in learns the decoder. */
export interface PartialDecoder {
  /** Fetches the decoder; settles once every later value is decoded. */
  complete(): Promise<void>;
}

let installed: PartialDecoder | undefined;
let lacking = false;

/** Called once by the stand-in (undefined: none again, for tests). */
export function installPartialDecoder(decoder: PartialDecoder | undefined): void {
  installed = decoder;
}

/** Called by the stand-in for a value it could not decode. */
export function noteLackingDecoder(): void {
  lacking = true;
}

/** Whether a value went undecoded since the last call (and resets it). analyze() calls it before and after. */
export function takeLackingDecoder(): boolean {
  const was = lacking;
  lacking = false;
  return was;
}

/** Loads the decoder where the stand-in is installed; rejects when it cannot be fetched. */
export const loadDecoder = (): Promise<void> => installed?.complete() ?? Promise.resolve();
