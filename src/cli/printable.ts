/**
 * Makes message text safe to print. Header values, URLs and file names are attacker-controlled: an ESC byte in a
 * Subject could recolour, move or rewrite what is on an admin's terminal (ANSI/OSC sequences), and bidi controls
 * (U+202E "Trojan Source") or zero-width characters can make a host name read as another. The CLI uses the core's
 * one sanitiser (core/visible-text.ts), as the pane and the summary do: each such character is shown as `⟨U+202E⟩`,
 * which is also what an admin needs to see.
 */
import { jsonVisible, visibleLine } from '../core/visible-text';

/** For the text report, one line at a time: controls and hidden characters become `⟨U+001B⟩`; a TAB a space. */
export const printable: (text: string) => string = visibleLine;

/**
 * For JSON lines: JSON.stringify already escapes C0; the rest of the set is escaped the same way (`\u202e`), which
 * keeps the JSON valid and the value identical once parsed.
 */
export const jsonSafe: (json: string) => string = jsonVisible;
