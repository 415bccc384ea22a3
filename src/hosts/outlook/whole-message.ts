/**
 * The whole message as Outlook (Mailbox 1.14) hands it over — the Base64 of an .eml that Exchange rebuilt — read
 * by the core's MIME reader. Its own chunk in the bundle (taskpane.ts imports it with import()): the MIME parser is
 * fetched only by clients that can give the whole message, and only after the first checklist is on screen.
 */
import { parseMessage } from '../../core/parse-message';
import { withQrCodes } from '../../core/qr';
import * as qrReader from '../../core/qr/read';
import type { MessageInput } from '../../core/types';

/** Base64 → bytes; undefined when it is not Base64 (atob refuses it). */
function base64Bytes(base64: string): Uint8Array | undefined {
  let binary: string;
  try {
    // Office sends one unbroken string; line breaks, if a client ever adds them, are not data.
    binary = atob(base64.replace(/[\r\n]/g, ''));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The .eml read into a MessageInput: its header block (which refine.ts does not use: Exchange rebuilds it), its
 * text and HTML parts decoded, its attachments with their first bytes. Undefined when the Base64 is not readable.
 */
export async function readWholeMessage(base64: string): Promise<MessageInput | undefined> {
  const bytes = base64Bytes(base64);
  if (!bytes || bytes.length === 0) return undefined;
  // Only here does Outlook give attachments' bytes: the QR codes in its images come with this refined reading. The
  // decoders are in this worker's own bundle: served like every script, with a policy that lets nothing run
  // (scripts/serve.js), the worker could load no chunk of them.
  return withQrCodes(await parseMessage(bytes), () => Promise.resolve(qrReader));
}
