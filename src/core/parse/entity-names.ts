/**
 * Named character references only some messages use. The task pane's decoder starts with the names mail is written
 * with (scripts/entities-decode-pane.js: HTML 4's, `&apos;` and the legacy names) and installs here what fetches the
 * rest of the WHATWG table. A host awaits `withEntityNames(input)` before analysing,
 * as it awaits withQrCodes: a message that names another character then waits for the table, and the verdict is
 * drawn once, decoded as with the whole table. Elsewhere (the CLI, the page, Node) the decoder has the whole table
 * and nothing is installed: the input passes through.
 */
import type { MessageInput } from '../types';

/** What the decoder knows, and how it learns the rest. */
export interface PartialEntityTable {
  /** Names (without `&` and `;`) the table holds now. */
  has(name: string): boolean;
  /** Adds the rest of the table; settles once the decoder holds every name. */
  complete(): Promise<void>;
}

let installed: PartialEntityTable | undefined;

/** Called once by the decoder that starts with part of the table (undefined: none again, for tests). */
export function installPartialEntityTable(table: PartialEntityTable | undefined): void {
  installed = table;
}

/** `&name;` references: only one whose name the table lacks can decode differently from the whole table. */
const REFERENCE = /&([A-Za-z][A-Za-z0-9]*);/g;

function namesAMissing(text: string, table: PartialEntityTable): boolean {
  for (const m of text.matchAll(REFERENCE)) if (!table.has(m[1]!)) return true;
  return false;
}

/**
 * The input, once the decoder holds every name it references: its HTML body and the HTML the checks read in its
 * attachments (their first bytes). Never throws: a table that cannot be fetched leaves those references undecoded.
 */
export async function withEntityNames(input: MessageInput): Promise<MessageInput> {
  const table = installed;
  if (!table) return input;
  const texts = [input.html ?? '', ...(input.attachments ?? []).map((a) => (a.head ? decodeAscii(a.head) : ''))];
  if (texts.some((text) => text.includes('&') && namesAMissing(text, table))) {
    try {
      await table.complete();
    } catch {
      // The chunk is missing or the network failed: the common names still decode, the rest stay as written.
    }
  }
  return input;
}

/** Bytes as text for finding ASCII references: a UTF-8 decoder keeps every ASCII byte, whatever surrounds it. */
function decodeAscii(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}
