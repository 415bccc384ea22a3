/**
 * Answers remembered by the bytes they were computed from, for a computation that depends on nothing else (reading
 * an image). Exact: a hash picks the entry, and the bytes kept with it are compared whole before it answers. Bounded:
 * at most MAX_ENTRIES entries and MAX_BYTES bytes kept; the least recently used go first. Pure: no host API.
 */

/** @internal tests fill it past its bounds */
export const MAX_ENTRIES = 256;
/** Bytes kept in all (copies: a message's attachment may be a view into the whole message). @internal */
export const MAX_BYTES = 8 * 1024 * 1024;

interface Entry<T> {
  bytes: Uint8Array;
  value: T;
}

export class ReadingCache<T> {
  /** By hash; a Map keeps insertion order, which is the use order (a hit is moved to the end). */
  private readonly entries = new Map<string, Entry<T>>();
  private size = 0;

  /** The answer for `bytes` read as `kind`: remembered, or `compute()`d and remembered when it fits. */
  get(kind: string, bytes: Uint8Array, compute: () => T): T {
    const key = `${kind}:${hashKey(bytes)}`;
    const entry = this.entries.get(key);
    if (entry && sameBytes(entry.bytes, bytes)) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value;
    }
    const value = compute();
    // Other bytes under the same hash (not seen in practice) keep the first; one huge image would push out the rest.
    if (entry || bytes.length > MAX_BYTES / 4) return value;
    while (this.entries.size >= MAX_ENTRIES || this.size + bytes.length > MAX_BYTES) this.evictOldest();
    this.entries.set(key, { bytes: bytes.slice(), value });
    this.size += bytes.length;
    return value;
  }

  /** Entries and bytes kept now. @internal */
  get held(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.size };
  }

  private evictOldest(): void {
    const oldest = this.entries.entries().next();
    if (oldest.done) return;
    this.size -= oldest.value[1].bytes.length;
    this.entries.delete(oldest.value[0]);
  }
}

/** FNV-1a over every byte, with the length: picks the entry (its bytes are compared after). */
function hashKey(b: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
  return `${b.length}:${h >>> 0}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
