/**
 * An RDAP answer (RFC 9083), read into the few facts the findings use: a domain's registration date and registrar,
 * an IP network's name, handle and country. The body is a server's word, read defensively: its size is capped
 * before parsing, its nesting depth is checked in one linear pass (JSON.parse is then linear too), and only a
 * bounded number of events and entities is looked at. Every string kept is cut short and stripped of control
 * characters: a registry's text is shown to the reader.
 */

/** Largest answer read: real domain and network answers are a few kilobytes to a few tens. */
export const MAX_RDAP_BYTES = 512 * 1024;
/** Deepest nesting read: RDAP's entities nest a few levels (an entity's entities' vCards). */
const MAX_DEPTH = 32;
/** Events and entities looked at, and characters kept of any string. */
const MAX_ITEMS = 100;
const MAX_TEXT = 120;

interface DomainRecord {
  kind: 'domain';
  /** Epoch ms of the `registration` event, when the registry gives one. */
  registered?: number;
  /** The `registration` event as written (evidence). */
  registeredText?: string;
  registrar?: string;
}

interface NetworkRecord {
  kind: 'ip';
  name: string;
  handle: string;
  country: string;
  /** The range, `start – end`, as the registry writes it (evidence). */
  range: string;
}

export type RdapRecord = DomainRecord | NetworkRecord;

/** Reads an answer body; `malformed` when it is not JSON of the kind asked, `too-large` past the cap. */
export function readRdap(
  body: string,
  kind: 'domain' | 'ip',
): { ok: true; record: RdapRecord } | { ok: false; reason: 'malformed' | 'too-large' } {
  if (body.length > MAX_RDAP_BYTES) return { ok: false, reason: 'too-large' };
  if (nestingDepth(body) > MAX_DEPTH) return { ok: false, reason: 'malformed' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!isObject(json)) return { ok: false, reason: 'malformed' };
  const cls = typeof json.objectClassName === 'string' ? json.objectClassName.toLowerCase() : '';
  if (kind === 'domain') {
    if (cls !== 'domain') return { ok: false, reason: 'malformed' };
    const event = list(json.events).find((e) => isObject(e) && e.eventAction === 'registration');
    const date = isObject(event) && typeof event.eventDate === 'string' ? event.eventDate : undefined;
    const time = date === undefined ? NaN : Date.parse(date);
    const registrar = list(json.entities).find((e) => isObject(e) && list(e.roles).includes('registrar'));
    return {
      ok: true,
      record: {
        kind: 'domain',
        ...(Number.isFinite(time) ? { registered: time, registeredText: clean(date!) } : {}),
        ...(isObject(registrar) ? { registrar: entityName(registrar) } : {}),
      },
    };
  }
  if (cls !== 'ip network') return { ok: false, reason: 'malformed' };
  const start = text(json.startAddress);
  const end = text(json.endAddress);
  return {
    ok: true,
    record: {
      kind: 'ip',
      name: text(json.name),
      handle: text(json.handle),
      country: text(json.country),
      range: start && end ? `${start} – ${end}` : start,
    },
  };
}

/** The deepest `[`/`{` nesting outside strings, in one pass (a hostile body nests a million deep). */
function nestingDepth(body: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) max = depth;
      if (max > MAX_DEPTH) return max;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v.slice(0, MAX_ITEMS) : [];
}

/** Control characters (bidi controls included) removed, whitespace collapsed, cut to MAX_TEXT. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
  const collapsed = plain.replace(/\s+/g, ' ').trim();
  return collapsed.length > MAX_TEXT ? `${collapsed.slice(0, MAX_TEXT)}…` : collapsed;
}

function text(v: unknown): string {
  return typeof v === 'string' ? clean(v) : '';
}

/** An entity's name: its vCard's `fn` (RFC 7095 jCard), else its handle. */
function entityName(entity: Record<string, unknown>): string {
  const vcard = Array.isArray(entity.vcardArray) ? entity.vcardArray[1] : undefined;
  const fn = list(vcard).find((p) => Array.isArray(p) && p[0] === 'fn');
  const name = Array.isArray(fn) ? text(fn[3]) : '';
  return name || text(entity.handle);
}
