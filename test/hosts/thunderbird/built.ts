/**
 * The .xpi a user gets, as `npm run build` leaves it in dist/, and a reader for it. Tests of the package read that
 * file, never a build of their own: what they check is what ships.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { xpiName } from '../../../scripts/build-thunderbird';
import { projectRoot } from '../../helpers';

const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
export const version = packageJson.version;

/** dist/phish-inspector-thunderbird-<version>.xpi. */
export const shippedXpiPath = join(projectRoot, 'dist', xpiName(version));

/**
 * The shipped .xpi's path, or undefined after printing a one-line reason (then the caller skips). Under CI=true a
 * missing .xpi fails: `npm test` builds dist/ first.
 */
export function requireShippedXpi(): string | undefined {
  if (existsSync(shippedXpiPath)) return shippedXpiPath;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${shippedXpiPath} is missing (npm run build writes it)`);
  console.log(`      (skipped: no ${xpiName(version)} in dist/; npm run build writes it)`);
  return undefined;
}

/**
 * The entries of a zip archive, read from its central directory (the .xpi as Thunderbird reads it), inflated and
 * CRC-checked. Throws on anything it does not understand: a test helper for our own writer's output.
 */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const packedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const packed = zip.subarray(dataAt, dataAt + packedSize);
    const data = method === 8 ? inflateRawSync(packed) : method === 0 ? Buffer.from(packed) : undefined;
    if (!data) throw new Error(`${name}: unknown method ${method}`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    entries.set(name, data);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
