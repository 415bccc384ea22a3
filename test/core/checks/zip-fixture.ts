/**
 * A ZIP as zip tools write it: stored members, local headers, central directory, end record. `streamed` sets
 * general-purpose bit 3 (sizes after the data); `encrypted` sets bit 0 and prepends the 12-byte encryption header;
 * `body` is each member's length (8 bytes of 'A', or 64 bytes of a varied pattern when encrypted or `varied`).
 */
export function storedZip(
  names: string[],
  options: { streamed?: boolean; encrypted?: boolean; varied?: boolean; body?: number } = {},
): Uint8Array {
  const enc = new TextEncoder();
  const out: number[] = [];
  const central: number[] = [];
  const u16 = (a: number[], v: number) => a.push(v & 255, (v >> 8) & 255);
  const u32 = (a: number[], v: number) => (u16(a, v & 0xffff), u16(a, v >>> 16));
  const varied = options.encrypted !== undefined || options.varied;
  const header = options.encrypted ? 12 : 0;
  const flags = (options.encrypted ? 1 : 0) | (options.streamed ? 8 : 0);
  const crc = varied ? 0x1234abcd : 0;
  for (const name of names) {
    const n = enc.encode(name);
    const data = varied
      ? new Uint8Array(header + (options.body ?? 64)).map((_, i) => (i * 37 + n.length) & 255)
      : new Uint8Array(options.body ?? 8).fill(0x41);
    const offset = out.length;
    (u32(out, 0x04034b50), u16(out, 20), u16(out, flags), u16(out, 0), u32(out, 0), u32(out, crc));
    (u32(out, options.streamed ? 0 : data.length), u32(out, data.length - header), u16(out, n.length), u16(out, 0));
    for (const byte of [...n, ...data]) out.push(byte);
    (u32(central, 0x02014b50), u16(central, 20), u16(central, 20), u16(central, flags & 1), u16(central, 0));
    (u32(central, 0), u32(central, crc), u32(central, data.length), u32(central, data.length));
    u16(central, n.length);
    for (let i = 0; i < 4; i++) u16(central, 0);
    (u32(central, 0), u32(central, offset));
    central.push(...n);
  }
  const at = out.length;
  out.push(...central);
  (u32(out, 0x06054b50), u16(out, 0), u16(out, 0), u16(out, names.length), u16(out, names.length));
  (u32(out, central.length), u32(out, at), u16(out, 0));
  return Uint8Array.from(out);
}
