/**
 * htmlparser2's character-reference decoder, on a plain name → value table instead of the `entities` package's
 * packed trie. The browser bundles already carry postal-mime's copy of the WHATWG table; the trie is a second copy of
 * the same names (13 KB gzipped), so webpack.config.js points `entities/decode` here (scripts/entities-decode.js).
 *
 * Same interface and the same results as `entities`' EntityDecoder, call for call (test/package/entity-decoder.test.ts
 * compares the two): the Tokenizer calls startEntity(mode) after each `&`, then write(buffer, offset) until it
 * returns how many characters the reference took (0: none, re-read them as text; -1: the buffer ended), and end() at
 * the end of the input. A named value is handed over one UTF-16 unit at a time, as the trie does.
 */

/** How a reference may end: text takes `&amp` without its `;`, an attribute only before a non-name character. */
export const DecodingMode = { Legacy: 0, Strict: 1, Attribute: 2 } as const;
type Mode = (typeof DecodingMode)[keyof typeof DecodingMode];

/** A table of named references, with every prefix of a name, so a walk stops where the trie's would. */
export interface EntityTable {
  /** Name (without `&` and `;`) → its characters. */
  readonly values: ReadonlyMap<string, string>;
  /** Names that also count without their `;` (`&amp`, `&copy`: the legacy ones). */
  readonly legacy: ReadonlySet<string>;
  readonly prefixes: ReadonlySet<string>;
  /** XML: numeric references keep C1 code points. */
  readonly xml: boolean;
}

/** Builds a table from `{ '&amp;': '&', '&amp': '&', … }` (postal-mime's html-entities.js shape). */
export function entityTable(entries: Readonly<Record<string, string>>, xml = false): EntityTable {
  const values = new Map<string, string>();
  const legacy = new Set<string>();
  const prefixes = new Set<string>();
  for (const [key, value] of Object.entries(entries)) {
    const name = key.replace(/^&/, '');
    if (name.endsWith(';')) values.set(name.slice(0, -1), value);
    else legacy.add(name);
  }
  for (const name of values.keys()) for (let i = 1; i <= name.length; i++) prefixes.add(name.slice(0, i));
  return { values, legacy, prefixes, xml };
}

/** Windows-1252's characters for the C1 controls U+0080–U+009F (0: kept), as the HTML standard maps `&#128;`. */
const C1 = [
  8364, 0, 8218, 402, 8222, 8230, 8224, 8225, 710, 8240, 352, 8249, 338, 0, 381, 0, 0, 8216, 8217, 8220, 8221, 8226,
  8211, 8212, 732, 8482, 353, 8250, 339, 0, 382, 376,
];

function replaceCodePoint(cp: number, xml: boolean): number {
  if (cp === 0 || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return 0xfffd;
  if (!xml && cp >= 128 && cp <= 159) return C1[cp - 128] || cp;
  return cp;
}

const SEMI = ';';
const isDigit = (c: number) => c >= 48 && c <= 57;
const isHexLetter = (c: number) => ((c | 32) >= 97 && (c | 32) <= 102) || isDigit(c);
/** An unterminated name in an attribute is text before `=`, a letter or a digit (`?a=1&copy=2` stays as written). */
const invalidAttributeEnd = (c: string) => /^[=A-Za-z0-9]$/.test(c);

/** Where the decoder is, between writes. */
const State = { Start: 0, NumericStart: 1, Decimal: 2, Hex: 3, Named: 4 } as const;

export class EntityDecoder {
  private mode: Mode = DecodingMode.Strict;
  private state: (typeof State)[keyof typeof State] = State.Start;
  /** Characters taken so far, the `&` included. */
  private consumed = 1;
  /** A numeric reference's value so far. */
  private result = 0;
  /** The name read so far: always a prefix of some name in the table. */
  private name = '';
  /** The longest legacy name read so far, emitted if the walk ends without a `;`. */
  private match: string | null = null;

  constructor(
    private readonly table: EntityTable,
    private readonly emitCodePoint: (codePoint: number, consumed: number) => void,
  ) {}

  startEntity(mode: Mode): void {
    this.mode = mode;
    this.state = State.Start;
    this.consumed = 1;
    this.result = 0;
    this.name = '';
    this.match = null;
  }

  write(input: string, offset: number): number {
    switch (this.state) {
      case State.Start:
        if (input[offset] === '#') {
          this.state = State.NumericStart;
          this.consumed += 1;
          return this.numericStart(input, offset + 1);
        }
        this.state = State.Named;
        return this.named(input, offset);
      case State.NumericStart:
        return this.numericStart(input, offset);
      case State.Decimal:
      case State.Hex:
        return this.digits(input, offset);
      default:
        return this.named(input, offset);
    }
  }

  end(): number {
    switch (this.state) {
      case State.Named:
        return this.match !== null && (this.mode !== DecodingMode.Attribute || this.match === this.name)
          ? this.emitNamed(this.match, 1 + this.match.length)
          : 0;
      case State.Decimal:
      case State.Hex:
        return this.emitNumeric(0);
      default:
        return 0;
    }
  }

  private numericStart(input: string, offset: number): number {
    if (offset >= input.length) return -1;
    if ((input.charCodeAt(offset) | 32) === 120 /* x */) {
      this.state = State.Hex;
      this.consumed += 1;
      return this.digits(input, offset + 1);
    }
    this.state = State.Decimal;
    return this.digits(input, offset);
  }

  private digits(input: string, offset: number): number {
    const hex = this.state === State.Hex;
    for (; offset < input.length; offset++) {
      const c = input.charCodeAt(offset);
      if (hex ? !isHexLetter(c) : !isDigit(c)) return this.emitNumeric(c);
      const digit = isDigit(c) ? c - 48 : (c | 32) - 87;
      this.result = this.result * (hex ? 16 : 10) + digit;
      this.consumed += 1;
    }
    return -1;
  }

  /** `last`: the character after the digits (0 at the end of the input). */
  private emitNumeric(last: number): number {
    // `&#`, `&#x` (2, 3 characters) without a digit are no reference.
    if (this.consumed <= (this.state === State.Hex ? 3 : 2)) return 0;
    if (last === 59 /* ; */) this.consumed += 1;
    else if (this.mode === DecodingMode.Strict) return 0;
    this.emitCodePoint(replaceCodePoint(this.result, this.table.xml), this.consumed);
    return this.consumed;
  }

  private named(input: string, offset: number): number {
    const { values, legacy, prefixes } = this.table;
    const strict = this.mode === DecodingMode.Strict;
    for (; offset < input.length; offset++) {
      const c = input[offset]!;
      if (values.has(this.name)) {
        if (!strict && legacy.has(this.name)) this.match = this.name;
        if (c === SEMI) return this.emitNamed(this.name, 1 + this.name.length + 1);
      }
      if (!prefixes.has(this.name + c)) return this.legacyOrNothing(c);
      this.name += c;
    }
    if (!strict && legacy.has(this.name)) this.match = this.name;
    return -1;
  }

  /** The walk met `next`, which continues no name: the legacy name read on the way, if it may end here. */
  private legacyOrNothing(next: string): number {
    const match = this.match;
    if (match === null) return 0;
    if (this.mode === DecodingMode.Attribute && (match !== this.name || invalidAttributeEnd(next))) return 0;
    return this.emitNamed(match, 1 + match.length);
  }

  private emitNamed(name: string, consumed: number): number {
    const value = this.table.values.get(name) ?? '';
    for (let i = 0; i < value.length; i++) this.emitCodePoint(value.charCodeAt(i), consumed);
    return consumed;
  }
}
