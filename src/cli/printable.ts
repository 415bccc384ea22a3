/**
 * Makes message text safe to print. Header values, URLs and file names are attacker-controlled: an ESC byte in a
 * Subject could recolour, move or rewrite what is on an admin's terminal (ANSI/OSC sequences), and bidi controls
 * (U+202E "Trojan Source") or zero-width characters can make a host name read as another. They are shown as visible
 * escapes instead, which is also what an admin needs to see.
 */

/** C0 (except TAB), DEL and C1 controls; bidi, zero-width and line/paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

function hex(ch: string, width: number): string {
  return (ch.codePointAt(0) ?? 0).toString(16).padStart(width, '0');
}

/** For the text report: controls become `\xNN`, invisible formatting characters `\u{NNNN}`; a TAB becomes a space. */
export function printable(text: string): string {
  return text
    .replace(UNSAFE, (ch) => (ch.charCodeAt(0) < 0xa0 ? `\\x${hex(ch, 2)}` : `\\u{${hex(ch, 4)}}`))
    .replace(/\t/g, ' ');
}

/**
 * For JSON lines: JSON.stringify already escapes C0; this escapes the rest of the set the same way (`\u009b`),
 * which keeps the JSON valid and the value identical once parsed. Such characters only occur inside strings.
 */
export function jsonSafe(json: string): string {
  return json.replace(UNSAFE, (ch) => `\\u${hex(ch, 4)}`);
}
