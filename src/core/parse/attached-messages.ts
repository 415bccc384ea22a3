/**
 * Attached messages read as messages of their own, where the whole message is parsed (parseMessage: the Outlook
 * worker, Thunderbird, the standalone page, the command line): a `message/rfc822` part (Outlook's "Forward as
 * attachment", a bounce's returned message) or a file named `.eml` that starts with a header line. Phishing wraps its
 * lure in one so that a gateway and a reader's preview see only the harmless outer mail ("You have a new voicemail,
 * see the attached message"); attached-message.ts judges what is read here. An inline message (no
 * Content-Disposition, a MIME digest's posts) is already the body: postal-mime renders it there.
 * Bounded: two levels (a colleague's forward of such a wrapper), a few messages in all, the first bytes of each (the
 * attachment's head, AttachmentInfo.head); each byte of the outer message is read at most once per level.
 */
import type { AttachmentInfo, MessageInput } from '../types';

/** Levels read: a message attached to the message, and one attached to that. */
const MAX_ATTACHED_DEPTH = 2;
/**
 * Attached messages read in all, every level together: a bounce holds one, a forward a few, a digest many.
 * @internal a test reads past it
 */
export const MAX_ATTACHED_READ = 8;

/** What reading attached messages may still spend, shared by every level of one message. */
export interface AttachedReading {
  /** Level of the message being parsed: 0 for the message itself. */
  depth: number;
  /** Attached messages that may still be read. */
  left: { count: number };
}

/** A fresh reading, for a message itself. */
export const newReading = (): AttachedReading => ({ depth: 0, left: { count: MAX_ATTACHED_READ } });

/** A field name and colon at the very start (an `.eml` file; not a PDF or a ZIP someone named so). */
const HEADER_START = /^(?:\ufeff)?[!-9;-~]{1,76}:/;

/** Whether an attachment is a message: declared as one, or an `.eml` file whose first line is a header field. */
export function isAttachedMessage(a: AttachmentInfo): boolean {
  const type = String(a.mimeType ?? '').toLowerCase();
  if (type === 'message/rfc822' || type === 'message/global') return true;
  if (!/\.eml$/i.test(String(a.filename ?? '').trim()) || !(a.head instanceof Uint8Array)) return false;
  return HEADER_START.test(new TextDecoder().decode(a.head.subarray(0, 80)));
}

/**
 * Reads each attached message among `all` into its `message`, with `parse` (parseMessage's own reading, one level
 * down), while the reading allows: the level, the count. Only the head is read (AttachmentInfo.head, at most 1 MB):
 * its header block and text come first, an attachment of its own is past it.
 */
export async function readAttachedMessages(
  all: AttachmentInfo[],
  reading: AttachedReading,
  parse: (bytes: Uint8Array, reading: AttachedReading) => Promise<MessageInput>,
): Promise<void> {
  if (reading.depth >= MAX_ATTACHED_DEPTH) return;
  for (const a of all) {
    if (reading.left.count <= 0) return;
    if (!a.head?.length || !isAttachedMessage(a)) continue;
    reading.left.count--;
    a.message = await parse(a.head, { depth: reading.depth + 1, left: reading.left });
  }
}
