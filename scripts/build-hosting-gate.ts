/**
 * Writes src/core/checks/hosting-gate.json, the task pane's pre-filter of the hosting list (checks/hosting-gate.ts),
 * from src/core/checks/hosting-suffixes.json: run it after scripts/extract-hosting-suffixes.ts (issue #19).
 *   npx tsx scripts/build-hosting-gate.ts
 * test/core/checks/hosting-gate.test.ts fails until the file matches the list (and the documentation suffixes
 * hosting-suffixes.ts leaves alone) again.
 *
 * What it holds: for every listed suffix the judging can name (hosting-suffixes.ts hostedSuffix: all but the
 * documentation hosts), the registrable domain it lives under by the ICANN section (`amazonaws.com` for
 * `s3.dualstack.eu-west-1.amazonaws.com`, `0am.jp`, `on.aws`), a key of 2 or 3 labels; each key hashed
 * (hosting-gate.ts hostHash) into [0, range) with range = keys x 2^bits, and the sorted distinct values written as a
 * Golomb-Rice code (each gap: its quotient by 2^bits in unary, ones ended by a zero, then its remainder in `bits`
 * bits), six bits a character of ALPHABET. A host stands under a listed suffix only if one of its last 2..labels
 * labels' tails is a key, so the filter never says no to a host the list names; it says yes to another about once
 * in 2^bits tests.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import data from '../src/core/checks/hosting-suffixes.json';
import { DOCUMENTATION_SUFFIXES } from '../src/core/checks/hosting-suffixes';
import { ALPHABET, hostHash, type HostingGate } from '../src/core/checks/hosting-gate';

/**
 * One test in 2^BITS of a host under no listed suffix passes (1.6 %); each key costs about BITS + 1.6 bits. Measured
 * in the pane's gzipped bundle: 2,450 B at 6 bits, 300 B more a bit; a wrong yes costs the list's 16 KB, so 6 bits
 * make the fewest bytes a message (5: 2,140 B and 3.1 %; 8: 3,050 B and 0.4 %).
 */
const BITS = 6;

/** The registrable domain (ICANN section) a suffix lives under, or the suffix itself when it is one. */
export function gateKey(suffix: string): string {
  const icann = createRequire(import.meta.url)('tldts-icann') as typeof import('tldts-icann');
  return icann.getDomain(suffix) ?? suffix;
}

/** The filter of the suffixes the judging can name. */
export function buildHostingGate(suffixes: readonly string[]): HostingGate {
  const keys = [...new Set(suffixes.filter((s) => !DOCUMENTATION_SUFFIXES.has(s)).map(gateKey))];
  for (const key of keys)
    if (key.split('.').length < 2) throw new Error(`a key of one label (${key}): every host would pass`);
  const labels = Math.max(...keys.map((k) => k.split('.').length));
  const range = keys.length * 2 ** BITS;
  const values = [...new Set(keys.map((k) => hostHash(k) % range))].sort((a, b) => a - b);
  let bitString = '';
  let previous = 0;
  for (const value of values) {
    const gap = value - previous;
    previous = value;
    bitString += '1'.repeat(gap >> BITS) + '0' + (gap % 2 ** BITS).toString(2).padStart(BITS, '0');
  }
  bitString = bitString.padEnd(Math.ceil(bitString.length / 6) * 6, '0');
  let code = '';
  for (let at = 0; at < bitString.length; at += 6) code += ALPHABET[parseInt(bitString.slice(at, at + 6), 2)];
  return {
    labels,
    bits: BITS,
    range,
    count: values.length,
    code,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'core', 'checks', 'hosting-gate.json');
  const gate = buildHostingGate(data.suffixes);
  writeFileSync(out, JSON.stringify(gate) + '\n');
  console.log(`${gate.count} keys of ${data.suffixes.length} suffixes, ${gate.code.length} characters -> ${out}`);
}
