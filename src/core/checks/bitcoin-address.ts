/**
 * A Bitcoin address in a text, checksum tested: content.extortion's judging (checks/extortion.ts, whose gate in
 * core/need-hints.ts only sees an address's shape), in the same chunk as its wording in the task pane.
 */
import { BECH32, LEGACY } from '../need-hints';

/** Characters around a legacy address in which "bitcoin" or "BTC" must be written (it has no checksum we can test). */
const NEAR = 120;

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
/** Bech32 (BIP 173) and bech32m (BIP 350) checksum constants. */
const BECH32_CONSTANTS = new Set([1, 0x2bc830a3]);

/** Whether `address` (lower case, `bc1…`) carries a valid bech32 or bech32m checksum: a real segwit address. */
function validBech32(address: string): boolean {
  const sep = address.lastIndexOf('1');
  if (sep < 1 || address.length - sep < 7) return false;
  const values: number[] = [];
  for (const c of address.slice(0, sep)) values.push(c.charCodeAt(0) >> 5);
  values.push(0);
  for (const c of address.slice(0, sep)) values.push(c.charCodeAt(0) & 31);
  for (const c of address.slice(sep + 1)) {
    const v = BECH32_CHARSET.indexOf(c);
    if (v < 0) return false;
    values.push(v);
  }
  const generators = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= generators[i]!;
  }
  return BECH32_CONSTANTS.has(chk >>> 0);
}

const BITCOIN_WORD = /bitcoin|btc|ビットコイン|比特币/i;

/**
 * The first Bitcoin address in `text`: a `bc1…` address with a valid checksum, or a legacy `1…`/`3…` address with
 * "bitcoin" or "BTC" written near it, or else a `bc1…` address whose checksum fails with the word near it — the
 * extortion mail copies its address by hand or garbles it as often as not (set30 p-en-15: "transfer 1250 USD in
 * Bitcoin to my wallet: bc1qk7m3…"), and its judging still needs the script's claims beside it. Bounded patterns, one
 * pass each.
 */
export function findBitcoinAddress(text: string): { start: number; end: number } | undefined {
  const near = (start: number, end: number) => BITCOIN_WORD.test(text.slice(Math.max(0, start - NEAR), end + NEAR));
  let garbled: { start: number; end: number } | undefined;
  for (const m of text.matchAll(BECH32)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (validBech32(m[0].toLowerCase())) return { start, end };
    if (!garbled && near(start, end)) garbled = { start, end };
  }
  for (const m of text.matchAll(LEGACY)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (near(start, end)) return { start, end };
  }
  return garbled;
}
