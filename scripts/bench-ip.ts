/**
 * `tsx scripts/bench-ip.ts [table]`: how fast the IP owner table loads and answers (a figure, not a test: it depends
 * on the machine). Lookups take the IP as text, as the checks pass it, so the time includes parsing it.
 * Target: under 5 µs per lookup. The table is dist/data/ip-owner/ (`npm run build:ip`) unless another folder is named.
 * Also: what the first lookup in a shard costs (reading and decoding it), which is what one message pays.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { IP_OWNER_INDEX, decodeIpOwnerIndex, openIpOwnerTable } from '../src/core/ip-owner/table';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_US = 5;
const LOOKUPS = 200_000;
const ROUNDS = 5;

/** A deterministic generator (xorshift32): the same addresses on every run. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

function v4Addresses(n: number): string[] {
  const rnd = random(4);
  return Array.from({ length: n }, () => Array.from({ length: 4 }, () => Math.floor(rnd() * 256)).join('.'));
}

/** Prefixes of large, well-known IPv6 allocations (Google, Microsoft, Amazon, Cloudflare, NTT, KDDI, …): random
 * addresses in all of 2000::/3 would almost never be in the data, and a miss is the cheap case. */
const V6_PREFIXES = [
  '2001:4860',
  '2a00:1450',
  '2404:6800',
  '2603:1036',
  '2a01:111',
  '2600:1f18',
  '2a05:d018',
  '2606:4700',
  '2001:240',
  '2001:268',
  '240b:10',
  '2400:4050',
];

function v6Addresses(n: number): string[] {
  const rnd = random(6);
  const group = (): string => Math.floor(rnd() * 0x10000).toString(16);
  return Array.from({ length: n }, () => {
    const prefix = V6_PREFIXES[Math.floor(rnd() * V6_PREFIXES.length)]!;
    const rest = prefix.split(':').length === 2 ? 6 : 5;
    return [prefix, ...Array.from({ length: rest }, group)].join(':');
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function main(): void {
  const dir = resolve(process.argv[2] ?? join(ROOT, 'dist', 'data', 'ip-owner'));
  const indexFile = join(dir, IP_OWNER_INDEX);
  if (!existsSync(indexFile)) {
    console.log(`IP owner table not built (${indexFile}): run npm run build:ip`);
    return;
  }
  const index = decodeIpOwnerIndex(readFileSync(indexFile));
  const files = index.files();
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  // The first lookup in each shard: read from disk and decode (what a message pays per shard it touches).
  const firstMs: number[] = [];
  const cold = openIpOwnerTable(index, (file) => readFileSync(join(dir, file)));
  for (const file of files) {
    const t0 = performance.now();
    cold.lookup(firstAddress(file));
    firstMs.push(performance.now() - t0);
  }
  const table = openIpOwnerTable(index, (file) => readFileSync(join(dir, file)));
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;
  const sorted = [...firstMs].sort((a, b) => a - b);
  console.log(
    `table ${dir}: data ${index.dataDate}; ${index.counts.v4} + ${index.counts.v6} shards, ${mb(raw)} raw, ` +
      `${mb(gz)} gzipped (each file alone); first lookup in a shard (read + decode) median ` +
      `${median(firstMs).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms`,
  );
  for (const [label, ips] of [
    ['IPv4', v4Addresses(LOOKUPS)],
    ['IPv6', v6Addresses(LOOKUPS)],
  ] as const) {
    let found = 0;
    for (const ip of ips) if (table.lookup(ip)) found++; // warm-up: JIT, shards read, org names decoded on first use
    const perIp: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const t0 = performance.now();
      for (const ip of ips) table.lookup(ip);
      perIp.push(((performance.now() - t0) * 1000) / ips.length);
    }
    const us = median(perIp);
    console.log(
      `${label} lookup: ${us.toFixed(2)} µs per IP (median of ${ROUNDS} × ${ips.length} random addresses, ${((found / ips.length) * 100).toFixed(0)}% in the data); ` +
        `target < ${TARGET_US} µs: ${us < TARGET_US ? 'ok' : 'OVER'}`,
    );
  }
}

/** The first address of a shard, from its file name (`4-34000000.bin`, `6-<32 hex digits>.bin`). */
function firstAddress(file: string): string {
  const hex = file.slice(2, -4);
  if (file.startsWith('4-')) return [0, 2, 4, 6].map((i) => parseInt(hex.slice(i, i + 2), 16)).join('.');
  return Array.from({ length: 8 }, (_, i) => hex.slice(i * 4, i * 4 + 4)).join(':');
}

main();
