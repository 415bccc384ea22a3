/**
 * The task pane's punycode (webpack.config.js puts this module in place of the punycode package in that bundle): the
 * three conversions the pane calls (toASCII and toUnicode in src/core/parse/domains.ts, encode in the suffix trie's
 * unpacking, scripts/pack-suffix-trie.cjs), written as punycode 2.3.1 computes them, answer for answer and error for
 * error (test/package/punycode-pane.test.ts holds them alike on every kind of input), without what the pane never
 * reads (decode and the UCS-2 helpers as exports, the version). RFC 3492's bootstring: base 36, t 1..26, skew 38,
 * damp 700, initial bias 72, initial code point 128.
 */
const MAX = 2147483647;
const BASE = 36;

const fail = (message) => {
  throw new RangeError(message);
};
const OVERFLOW = 'Overflow: input needs wider integers to process';
const INVALID = 'Invalid input';

/** The threshold of the digit at `k` for `bias`. */
const threshold = (k, bias) => (k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias);

function adapt(delta, points, first) {
  let k = 0;
  delta = first ? Math.floor(delta / 700) : delta >> 1;
  delta += Math.floor(delta / points);
  for (; delta > 455; k += BASE) delta = Math.floor(delta / 35);
  return Math.floor(k + (36 * delta) / (delta + 38));
}

/** A digit's letter: a–z for 0–25, 0–9 for 26–35. */
const letter = (digit) => String.fromCharCode(digit + 22 + 75 * (digit < 26));

/** A letter's digit, or BASE for a character that is none. */
const digitOf = (c) => (c >= 48 && c < 58 ? c - 22 : c >= 65 && c < 91 ? c - 65 : c >= 97 && c < 123 ? c - 97 : BASE);

function encode(input) {
  // Code points, a lone surrogate as itself (as punycode's ucs2decode reads it).
  const points = Array.from(input, (ch) => ch.codePointAt(0));
  let output = '';
  for (const p of points) if (p < 128) output += String.fromCharCode(p);
  const basic = output.length;
  let handled = basic;
  if (basic) output += '-';
  let n = 128;
  let delta = 0;
  let bias = 72;
  while (handled < points.length) {
    let m = MAX;
    for (const p of points) if (p >= n && p < m) m = p;
    if (m - n > Math.floor((MAX - delta) / (handled + 1))) fail(OVERFLOW);
    delta += (m - n) * (handled + 1);
    n = m;
    for (const p of points) {
      if (p < n && ++delta > MAX) fail(OVERFLOW);
      if (p === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = threshold(k, bias);
          if (q < t) break;
          output += letter(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        output += letter(q);
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        ++handled;
      }
    }
    ++delta;
    ++n;
  }
  return output;
}

function decode(input) {
  const output = [];
  let i = 0;
  let n = 128;
  let bias = 72;
  const basic = Math.max(input.lastIndexOf('-'), 0);
  for (let j = 0; j < basic; ++j) {
    if (input.charCodeAt(j) >= 128) fail('Illegal input >= 0x80 (not a basic code point)');
    output.push(input.charCodeAt(j));
  }
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const old = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) fail(INVALID);
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) fail(INVALID);
      if (digit > Math.floor((MAX - i) / w)) fail(OVERFLOW);
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAX / (BASE - t))) fail(OVERFLOW);
      w *= BASE - t;
    }
    const out = output.length + 1;
    bias = adapt(i - old, out, old == 0);
    if (Math.floor(i / out) > MAX - n) fail(OVERFLOW);
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** Each label of a domain (or of an address's domain) converted, under any of the dots RFC 3490 counts. */
function mapDomain(domain, convert) {
  const parts = domain.split('@');
  let result = '';
  if (parts.length > 1) {
    result = parts[0] + '@';
    domain = parts[1];
  }
  const labels = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.');
  // Last label first, as punycode's own map: of two bad labels, the last one's error is the one thrown.
  for (let i = labels.length; i--;) labels[i] = convert(labels[i]);
  return result + labels.join('.');
}

const toUnicode = (input) =>
  mapDomain(input, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));

const toASCII = (input) => mapDomain(input, (label) => (/[^\0-\x7F]/.test(label) ? 'xn--' + encode(label) : label));

export default { encode, toASCII, toUnicode };
